// Package corpus reads news articles from files: Markdown and text with
// optional YAML front matter, HTML pages, and JSON Lines (optionally gzipped).
// It cleans scraped web chrome out of the text. It knows nothing of indexes
// or Discord.
package corpus

import (
	"fmt"
	"time"
)

// Article is one news article.
type Article struct {
	ID        string
	Title     string
	Source    string // the publisher
	URL       string
	Published time.Time // zero when unknown
	Lang      string
	// Text is the cleaned body: paragraphs separated by a blank line.
	// Quotes are byte ranges of Text.
	Text string
	// Path is the file the article came from (and Line its line, for JSONL).
	Path string
	Line int
}

// Problem is a file, or a line of one, that was skipped, and why.
type Problem struct {
	Path   string
	Line   int // 0 when the whole file is concerned
	Reason string
}

func (p Problem) String() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.Path, p.Line, p.Reason)
	}
	return fmt.Sprintf("%s: %s", p.Path, p.Reason)
}
