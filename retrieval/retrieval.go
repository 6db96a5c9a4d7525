// Package retrieval answers questions from a corpus of news articles with
// verbatim quotes and their sources.
//
// It speaks news: articles, passages, quotes and sources. Corpus loading and
// cleaning live in retrieval/corpus, Indonesian analysis (stemming, sentence
// splitting) in retrieval/analysis, word lists (chat-style Indonesian, an
// English→Indonesian glossary) in retrieval/vocab. It uses bleve for the
// index and knows nothing of Discord; it must not import bot or commands.
package retrieval

import (
	"errors"
	"time"

	"github.com/kutip/kutip/retrieval/corpus"
)

// Article is one news article of the corpus.
type Article = corpus.Article

// Problem is one file (or line) of the corpus that could not be read; it was
// skipped and everything else was indexed.
type Problem = corpus.Problem

// Question is what a user asks.
type Question struct {
	Text  string
	Limit int // the most quotes wanted; 0 means DefaultLimit
}

// DefaultLimit is the number of quotes Ask returns when Question.Limit is 0.
const DefaultLimit = 3

// MaxLimit caps Question.Limit.
const MaxLimit = 25

// Answer is the reply to one Question: the best quotes, best first, or none
// when the corpus holds no answer (Abstained). Finding nothing is not an
// error.
type Answer struct {
	Question  string
	Abstained bool
	Quotes    []Quote
}

// Quote is a verbatim passage of one article: whole sentences of
// Article.Text between Start and End (byte offsets).
type Quote struct {
	Text  string
	Start int
	End   int
	// Terms are the words of Text that matched the question, as they appear
	// in Text, for highlighting.
	Terms  []string
	Source Source
	Score  float64
	// AlsoReportedBy lists other articles that carry the same passage.
	AlsoReportedBy []Source
}

// Source describes where a quote comes from.
type Source struct {
	ArticleID string
	Title     string
	Publisher string
	URL       string
	Published time.Time // zero when unknown
}

// SourceOf returns the Source of an article.
func SourceOf(a Article) Source {
	return Source{ArticleID: a.ID, Title: a.Title, Publisher: a.Source, URL: a.URL, Published: a.Published}
}

// Summary reports what an index build did.
type Summary struct {
	Articles int
	Passages int
	Skipped  []Problem
	Duration time.Duration
	Reused   bool // the index on disk was current and was reused
}

// Progress reports an index build under way.
type Progress struct {
	Done  int // articles indexed so far
	Total int
}

// ErrReindexing is returned by Reindex while another reindex is running.
var ErrReindexing = errors.New("retrieval: a reindex is already running")
