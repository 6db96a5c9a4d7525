package retrieval

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	index "github.com/blevesearch/bleve_index_api"

	idana "github.com/kutip/kutip/retrieval/analysis"
	"github.com/kutip/kutip/retrieval/corpus"
)

// Options says where a Library finds its corpus and keeps its index.
type Options struct {
	CorpusDir string       // "" = the embedded seed corpus
	IndexDir  string       // "" = <user cache dir>/kutip/index
	Logger    *slog.Logger // nil = discard
}

// Library answers questions from one corpus. It is safe for concurrent use;
// Reindex swaps in a new index while questions keep being answered from the
// old one.
type Library struct {
	opts     Options
	indexDir string
	log      *slog.Logger

	// alias is what questions are searched through; Reindex swaps the
	// index behind it atomically. mu guards snap, which must match the
	// index behind alias: Ask holds it for reading, the swap for writing.
	alias bleve.IndexAlias
	mu    sync.RWMutex
	snap  *snapshot

	reindexing sync.Mutex
}

// snapshot is one built index with the corpus it was built from.
type snapshot struct {
	index     bleve.Index
	reader    index.IndexReader // for document frequencies
	articles  []Article
	sentences [][]idana.Span // per article
	passages  []passage
	fp        string
	// docCount and the df cache serve idf lookups.
	docCount float64
	dfMu     sync.Mutex
	df       map[string]float64
	// skeletons map the consonants of the articles' words to the most
	// frequent word written with them (consonantWord), built on first use.
	skeletonsOnce sync.Once
	skeletons     map[string]string
}

// Open reads the corpus and opens its index, building it when the corpus or
// the analysis changed since the index on disk was built. Files that cannot
// be read are reported in Summary.Skipped; Open fails only when no article
// at all could be read or the index cannot be written.
func Open(ctx context.Context, opts Options, progress func(Progress)) (*Library, Summary, error) {
	l := &Library{opts: opts, log: opts.Logger}
	if l.log == nil {
		l.log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	dir := opts.IndexDir
	if dir == "" {
		d, err := defaultIndexDir()
		if err != nil {
			return nil, Summary{}, err
		}
		dir = d
	}
	l.indexDir = dir
	snap, sum, err := l.load(ctx, "", progress)
	if err != nil {
		return nil, sum, err
	}
	l.snap = snap
	l.alias = bleve.NewIndexAlias(snap.index)
	return l, sum, nil
}

// load reads the corpus and opens or builds its index. When the corpus'
// fingerprint is current (the index already open), it returns a nil
// snapshot and a Summary marked Reused.
func (l *Library) load(ctx context.Context, current string, progress func(Progress)) (*snapshot, Summary, error) {
	start := time.Now()
	var (
		arts     []Article
		problems []Problem
		err      error
	)
	if l.opts.CorpusDir == "" {
		arts, problems, err = corpus.Load(corpus.Seed, ".")
	} else if st, statErr := os.Stat(l.opts.CorpusDir); statErr == nil && !st.IsDir() {
		// A single file (corpus.jsonl, say) is a corpus too.
		arts, problems, err = corpus.Load(os.DirFS(filepath.Dir(l.opts.CorpusDir)), filepath.Base(l.opts.CorpusDir))
	} else {
		arts, problems, err = corpus.LoadDir(l.opts.CorpusDir)
	}
	sum := Summary{Skipped: problems}
	if err != nil {
		return nil, sum, fmt.Errorf("retrieval: read corpus: %w", err)
	}
	for _, p := range problems {
		l.log.Warn("skipped", "file", p.Path, "line", p.Line, "reason", p.Reason)
	}
	if len(arts) == 0 {
		return nil, sum, fmt.Errorf("retrieval: read corpus %q: %w", l.opts.CorpusDir, errNoArticles)
	}
	var ps []passage
	sents := make([][]idana.Span, len(arts))
	for i, a := range arts {
		var more []passage
		sents[i], more = passagesOf(i, a.Text)
		ps = append(ps, more...)
	}
	fp := corpusKey(l.opts.CorpusDir) + "-" + fingerprint(arts)
	if fp == current {
		sum.Articles, sum.Passages, sum.Reused = len(arts), len(ps), true
		sum.Duration = time.Since(start)
		return nil, sum, nil
	}
	idx, reused, err := openOrBuild(ctx, l.indexDir, fp, arts, ps, progress)
	if err != nil {
		return nil, sum, err
	}
	if !reused {
		removeStale(l.indexDir, fp)
	}
	count, err := idx.DocCount()
	if err != nil {
		idx.Close()
		return nil, sum, fmt.Errorf("retrieval: count passages: %w", err)
	}
	// The index is read-only once built: one reader serves every idf
	// lookup for the snapshot's life.
	adv, err := idx.Advanced()
	if err != nil {
		idx.Close()
		return nil, sum, fmt.Errorf("retrieval: open index reader: %w", err)
	}
	reader, err := adv.Reader()
	if err != nil {
		idx.Close()
		return nil, sum, fmt.Errorf("retrieval: open index reader: %w", err)
	}
	sum.Articles, sum.Passages, sum.Reused = len(arts), len(ps), reused
	sum.Duration = time.Since(start)
	l.log.Info("index ready", "articles", sum.Articles, "passages", sum.Passages, "reused", reused, "fingerprint", fp, "took", sum.Duration)
	return &snapshot{index: idx, reader: reader, articles: arts, sentences: sents, passages: ps, fp: fp, docCount: float64(count), df: map[string]float64{}}, sum, nil
}

// Reindex re-reads the corpus and swaps the new index in atomically.
// Questions are answered from the old index until then; when the reindex
// fails the old index keeps serving. It returns ErrReindexing when another
// reindex is running.
func (l *Library) Reindex(ctx context.Context, progress func(Progress)) (Summary, error) {
	if !l.reindexing.TryLock() {
		return Summary{}, ErrReindexing
	}
	defer l.reindexing.Unlock()
	l.mu.RLock()
	current := l.snap.fp
	l.mu.RUnlock()
	snap, sum, err := l.load(ctx, current, progress)
	if err != nil || snap == nil {
		// A failure leaves the old index serving; nil means it is current.
		return sum, err
	}
	l.mu.Lock()
	old := l.snap
	l.alias.Swap([]bleve.Index{snap.index}, []bleve.Index{old.index})
	l.snap = snap
	l.mu.Unlock()
	if err := old.close(); err != nil {
		l.log.Warn("close old index", "err", err)
	}
	removeStale(l.indexDir, snap.fp)
	return sum, nil
}

// Sources lists every article of the corpus, newest first.
func (l *Library) Sources() []Source {
	l.mu.RLock()
	arts := l.snap.articles
	l.mu.RUnlock()
	out := make([]Source, len(arts))
	for i, a := range arts {
		out[i] = SourceOf(a)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if !out[i].Published.Equal(out[j].Published) {
			return out[i].Published.After(out[j].Published)
		}
		return out[i].ArticleID < out[j].ArticleID
	})
	return out
}

// Close closes the index.
func (l *Library) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.snap.close()
}

func (s *snapshot) close() error {
	return errors.Join(s.reader.Close(), s.index.Close())
}

// docFreq returns how many passages hold term in the text field.
func (s *snapshot) docFreq(term string) float64 { return s.fieldFreq(fieldText, term) }

// titleFreq returns how many passages hold term in their article's title
// or publisher.
func (s *snapshot) titleFreq(term string) float64 { return s.fieldFreq(fieldTitle, term) }

func (s *snapshot) fieldFreq(field, term string) float64 {
	key := field + "\x00" + term
	s.dfMu.Lock()
	defer s.dfMu.Unlock()
	if df, ok := s.df[key]; ok {
		return df
	}
	df := 0.0
	if tfr, err := s.reader.TermFieldReader(context.Background(), []byte(term), field, false, false, false); err == nil {
		df = float64(tfr.Count())
		tfr.Close()
	}
	if len(s.df) > 100000 {
		s.df = map[string]float64{}
	}
	s.df[key] = df
	return df
}

// consonantWord returns the word of the articles, as indexed, whose
// consonants are those given ("snjt": senjata), the most frequent when
// several are; "" when none is.
func (s *snapshot) consonantWord(consonants string) string {
	s.skeletonsOnce.Do(func() {
		s.dfMu.Lock() // the reader is read one caller at a time, as docFreq reads it
		defer s.dfMu.Unlock()
		s.skeletons = map[string]string{}
		best := map[string]uint64{}
		dict, err := s.reader.FieldDict(fieldText)
		if err != nil {
			return
		}
		defer dict.Close()
		for {
			e, err := dict.Next()
			if err != nil || e == nil {
				return
			}
			if len(e.Term) < 3 || !lettersOnly(e.Term) {
				continue
			}
			k := skeleton(e.Term)
			if len(k) >= 2 && e.Count > best[k] {
				best[k], s.skeletons[k] = e.Count, e.Term
			}
		}
	})
	return s.skeletons[consonants]
}

// skeleton returns the consonants of a word, in order.
func skeleton(w string) string {
	var b strings.Builder
	for i := 0; i < len(w); i++ {
		if !strings.ContainsRune("aeiou", rune(w[i])) {
			b.WriteByte(w[i])
		}
	}
	return b.String()
}

// articlesHolding returns the articles some passage of which holds term
// in the text field.
func (s *snapshot) articlesHolding(term string) map[int]bool {
	s.dfMu.Lock() // the reader's postings are read one caller at a time, as docFreq reads them
	defer s.dfMu.Unlock()
	out := map[int]bool{}
	tfr, err := s.reader.TermFieldReader(context.Background(), []byte(term), fieldText, false, false, false)
	if err != nil {
		return out
	}
	defer tfr.Close()
	for {
		d, err := tfr.Next(nil)
		if err != nil || d == nil {
			return out
		}
		id, err := s.reader.ExternalID(d.ID)
		if n, aerr := strconv.Atoi(id); err == nil && aerr == nil && n >= 0 && n < len(s.passages) {
			out[s.passages[n].Article] = true
		}
	}
}
