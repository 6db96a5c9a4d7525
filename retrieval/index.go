package retrieval

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"

	idana "github.com/kutip/kutip/retrieval/analysis"
)

// Index fields.
const (
	fieldText  = "text"
	fieldTitle = "title"
)

// completeMarker is written into an index directory once it is fully built;
// a directory without it is a build that died and is never opened.
const completeMarker = "kutip-complete"

// passage is one indexed unit: a run of whole sentences of one paragraph.
type passage struct {
	Article int // index into snapshot.articles
	Start   int // byte offsets in the article's Text
	End     int
	// First and Count name the passage's sentences in the article's
	// sentence list.
	First, Count int
}

// maxPassageSentences and maxPassageBytes bound a passage: long paragraphs
// are cut into runs of whole sentences so that a hit points near its answer.
const (
	maxPassageSentences = 4
	maxPassageBytes     = 900
)

// passagesOf splits an article into sentences and passages: paragraphs
// (separated by a blank line), cut into runs of at most
// maxPassageSentences sentences. A line that is only a photo credit is no
// sentence.
func passagesOf(articleIdx int, text string) ([]idana.Span, []passage) {
	var all []idana.Span
	var out []passage
	for _, para := range paragraphs(text) {
		var sents []idana.Span
		for _, sp := range idana.Sentences(text[para[0]:para[1]]) {
			sp.Start += para[0]
			sp.End += para[0]
			if idana.IsCredit(text[sp.Start:sp.End]) {
				continue
			}
			sents = append(sents, sp)
		}
		for len(sents) > 0 {
			n := 1
			for n < len(sents) && n < maxPassageSentences && sents[n].End-sents[0].Start <= maxPassageBytes {
				n++
			}
			out = append(out, passage{Article: articleIdx, Start: sents[0].Start, End: sents[n-1].End, First: len(all), Count: n})
			all = append(all, sents[:n]...)
			sents = sents[n:]
		}
	}
	return all, out
}

// paragraphs returns the byte ranges of the blank-line separated paragraphs
// of text.
func paragraphs(text string) [][2]int {
	var out [][2]int
	start := -1
	lineStart := 0
	for lineStart <= len(text) {
		lineEnd := strings.IndexByte(text[lineStart:], '\n')
		if lineEnd < 0 {
			lineEnd = len(text)
		} else {
			lineEnd += lineStart
		}
		blank := strings.TrimSpace(text[lineStart:lineEnd]) == ""
		switch {
		case blank && start >= 0:
			out = append(out, [2]int{start, lineStart})
			start = -1
		case !blank && start < 0:
			start = lineStart
		}
		lineStart = lineEnd + 1
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(text)})
	}
	return out
}

// docID names a passage in the index. Passages are recomputed from the
// corpus at open, deterministically, so the index stores no text.
func docID(n int) string { return strconv.Itoa(n) }

func newMapping() mapping.IndexMapping {
	m := bleve.NewIndexMapping()
	m.ScoringModel = "bm25"
	m.DefaultAnalyzer = analyzerName
	doc := bleve.NewDocumentMapping()
	for _, name := range []string{fieldText, fieldTitle} {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = analyzerName
		f.Store = false // quotes come from the corpus, by offset
		f.IncludeTermVectors = false
		f.IncludeInAll = false
		doc.AddFieldMappingsAt(name, f)
	}
	m.DefaultMapping = doc
	return m
}

// fingerprint identifies a corpus and the analysis applied to it: an index
// built under another fingerprint is never served.
func fingerprint(articles []Article) string {
	h := sha256.New()
	io.WriteString(h, analysisVersion)
	// Passages are recomputed at open and named by position: their
	// bounds are part of what the index was built from.
	fmt.Fprintf(h, "\x00passages %d %d", maxPassageSentences, maxPassageBytes)
	for _, a := range articles {
		fmt.Fprintf(h, "\x00%s\x00%s\x00%s\x00%s\x00%s\x00%d\x00%s", a.ID, a.Title, a.Source, a.URL, a.Published.Format("2006-01-02T15:04:05Z07:00"), len(a.Text), a.Text)
	}
	return hex.EncodeToString(h.Sum(nil))[:20]
}

// openOrBuild opens the index for fp under dir, or builds it there from the
// passages. It returns whether an existing index was reused.
func openOrBuild(ctx context.Context, dir, fp string, arts []Article, ps []passage, progress func(Progress)) (bleve.Index, bool, error) {
	path := filepath.Join(dir, fp)
	if _, err := os.Stat(filepath.Join(path, completeMarker)); err == nil {
		idx, err := openReadOnly(path)
		if err == nil {
			return idx, true, nil
		}
		// A damaged index is rebuilt, not served.
		os.RemoveAll(path)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, false, fmt.Errorf("retrieval: create index dir %s: %w", dir, err)
	}
	tmp, err := os.MkdirTemp(dir, fp+".building-")
	if err != nil {
		return nil, false, fmt.Errorf("retrieval: create index dir: %w", err)
	}
	os.Remove(tmp) // bleve wants to create it
	idx, err := bleve.NewUsing(tmp, newMapping(), scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, false, fmt.Errorf("retrieval: create index %s: %w", tmp, err)
	}
	if err := fill(ctx, idx, arts, ps, progress); err != nil {
		idx.Close()
		os.RemoveAll(tmp)
		// Another process may have built the same index meanwhile.
		if _, statErr := os.Stat(filepath.Join(path, completeMarker)); statErr == nil && ctx.Err() == nil {
			if idx, openErr := openReadOnly(path); openErr == nil {
				return idx, true, nil
			}
		}
		return nil, false, err
	}
	if err := idx.Close(); err != nil {
		os.RemoveAll(tmp)
		return nil, false, fmt.Errorf("retrieval: close new index: %w", err)
	}
	if err := os.WriteFile(filepath.Join(tmp, completeMarker), []byte(fp+"\n"), 0o644); err != nil {
		os.RemoveAll(tmp)
		return nil, false, fmt.Errorf("retrieval: mark index complete: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		// Another process may have finished the same index first.
		os.RemoveAll(tmp)
		if _, statErr := os.Stat(filepath.Join(path, completeMarker)); statErr != nil {
			return nil, false, fmt.Errorf("retrieval: install index %s: %w", path, err)
		}
	}
	idx, err = openReadOnly(path)
	if err != nil {
		return nil, false, fmt.Errorf("retrieval: open index %s: %w", path, err)
	}
	return idx, false, nil
}

// fill indexes the passages in batches.
func fill(ctx context.Context, idx bleve.Index, arts []Article, ps []passage, progress func(Progress)) error {
	const batchSize = 2000
	b := idx.NewBatch()
	lastArticle := -1
	doneArticles := 0
	for n, p := range ps {
		if p.Article != lastArticle {
			lastArticle = p.Article
			doneArticles++
		}
		a := arts[p.Article]
		// The title field carries the publisher too: "the Fox News report".
		doc := map[string]string{fieldText: a.Text[p.Start:p.End], fieldTitle: a.Title + "\n" + a.Source}
		if err := b.Index(docID(n), doc); err != nil {
			return fmt.Errorf("retrieval: index passage of %s: %w", a.ID, err)
		}
		if b.Size() >= batchSize {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("retrieval: build index: %w", err)
			}
			if err := idx.Batch(b); err != nil {
				return fmt.Errorf("retrieval: index batch: %w", err)
			}
			b.Reset()
			if progress != nil {
				progress(Progress{Done: doneArticles, Total: len(arts)})
			}
		}
	}
	if b.Size() > 0 {
		if err := idx.Batch(b); err != nil {
			return fmt.Errorf("retrieval: index batch: %w", err)
		}
	}
	if progress != nil {
		progress(Progress{Done: len(arts), Total: len(arts)})
	}
	return nil
}

// corpusKey names where a corpus comes from, so that each corpus's
// indexes are told apart in a shared index directory: "seed" for the
// embedded one, a hash of the absolute path for a directory or file.
func corpusKey(corpusDir string) string {
	if corpusDir == "" {
		return "seed"
	}
	if abs, err := filepath.Abs(corpusDir); err == nil {
		corpusDir = abs
	}
	sum := sha256.Sum256([]byte(corpusDir))
	return hex.EncodeToString(sum[:])[:12]
}

// removeStale deletes the index directories under dir that keep's corpus
// no longer needs: its old fingerprints, builds that died, and indexes
// named before names carried a corpus key. Other corpora's indexes stay:
// "kutip eval --corpus ..." does not delete the bot's. A build touched
// within staleBuild may be another process's, still running, and stays.
// Failures are ignored: another process may still be using an old index.
func removeStale(dir, keep string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	key, _, _ := strings.Cut(keep, "-")
	for _, e := range entries {
		name := e.Name()
		if !e.IsDir() || name == keep {
			continue
		}
		if strings.Contains(name, ".building-") {
			if info, err := e.Info(); err == nil && time.Since(info.ModTime()) < staleBuild {
				continue
			}
		} else if other, _, keyed := strings.Cut(name, "-"); keyed && other != key {
			continue // another corpus's index
		}
		os.RemoveAll(filepath.Join(dir, name))
	}
}

// staleBuild is how long an unfinished build may go untouched before it is
// taken for one that died.
const staleBuild = time.Hour

// defaultIndexDir is where indexes live unless Options.IndexDir says
// otherwise.
func defaultIndexDir() (string, error) {
	cache, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("retrieval: no cache directory (set --index): %w", err)
	}
	return filepath.Join(cache, "kutip", "index"), nil
}

var errNoArticles = errors.New("no article could be read")

// openReadOnly opens a finished index for searching. A finished index is
// never written again, and read-only opens share bolt's file lock, so
// several processes (kutip serve, kutip ask, replicas) can serve one index
// directory at once; the timeout turns a lock held by a writer into an
// error instead of a hang.
func openReadOnly(path string) (bleve.Index, error) {
	return bleve.OpenUsing(path, map[string]interface{}{"read_only": true, "bolt_timeout": "10s"})
}
