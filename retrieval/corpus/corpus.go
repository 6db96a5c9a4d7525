package corpus

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"
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

//go:embed seed
var seedFiles embed.FS

// Seed is the default corpus: the five embedded seed articles (see the
// package documentation), at the root of the FS. Load(Seed, ".") reads it.
var Seed fs.FS = mustSub(seedFiles, "seed")

func mustSub(fsys fs.FS, dir string) fs.FS {
	sub, err := fs.Sub(fsys, dir)
	if err != nil {
		panic(err) // the embed directive guarantees the directory
	}
	return sub
}

// Limits applied when Options leaves them zero.
const (
	// DefaultMaxFileSize caps a file that is read whole (Markdown, text,
	// HTML). JSON Lines files are streamed and have no file cap.
	DefaultMaxFileSize = 64 << 20
	// DefaultMaxLineSize caps one line of a JSON Lines file.
	DefaultMaxLineSize = 16 << 20
)

// Options tunes Load. The zero value uses the defaults.
type Options struct {
	MaxFileSize int64 // 0 means DefaultMaxFileSize
	MaxLineSize int   // 0 means DefaultMaxLineSize
}

// Load reads every article under root in fsys with default Options.
func Load(fsys fs.FS, root string) ([]Article, []Problem, error) {
	return Options{}.Load(fsys, root)
}

// LoadDir reads every article under the directory dir with default Options.
func LoadDir(dir string) ([]Article, []Problem, error) {
	return Options{}.LoadDir(dir)
}

// LoadDir reads every article under the directory dir of the operating
// system. Paths in the results start with dir. It returns an error only when
// dir itself cannot be read.
func (o Options) LoadDir(dir string) ([]Article, []Problem, error) {
	info, err := os.Stat(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("corpus: open %s: %w", dir, err)
	}
	if !info.IsDir() {
		return nil, nil, fmt.Errorf("corpus: open %s: not a directory", dir)
	}
	return o.load(os.DirFS(dir), ".", func(p string) string {
		return filepath.Join(dir, filepath.FromSlash(p))
	})
}

// Load reads every article in the tree under root ("." for all of fsys;
// root may also name a single file), recursively, choosing the format by
// extension (see the package documentation).
//
// Articles come sorted by path, then line. Each article's Text is cleaned
// (see Clean); its Lang defaults to "id"; an article without an id in its
// metadata takes its file name without extension, or "path:line" in JSON
// Lines. A file or line that cannot be read (unreadable, empty, binary, not
// UTF-8, too large, broken front matter or JSON, no text left after
// cleaning, an id already seen) is skipped and reported as a Problem; the
// first article with an id wins. A published date that cannot be parsed is
// not a problem: the article loads without a date.
//
// The error is non-nil only when root itself cannot be read.
func (o Options) Load(fsys fs.FS, root string) ([]Article, []Problem, error) {
	return o.load(fsys, root, func(p string) string { return p })
}

func (o Options) load(fsys fs.FS, root string, display func(string) string) ([]Article, []Problem, error) {
	if o.MaxFileSize <= 0 {
		o.MaxFileSize = DefaultMaxFileSize
	}
	if o.MaxLineSize <= 0 {
		o.MaxLineSize = DefaultMaxLineSize
	}
	if _, err := fs.Stat(fsys, root); err != nil {
		return nil, nil, fmt.Errorf("corpus: open %s: %w", display(root), err)
	}
	l := &loader{opts: o, fsys: fsys, display: display}
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == root {
				return err
			}
			l.problem(p, 0, "cannot read: %v", unwrapPath(err))
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		l.file(p)
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("corpus: read %s: %w", display(root), err)
	}
	return l.finish()
}

// loader collects the results of one Load.
type loader struct {
	opts     Options
	fsys     fs.FS
	display  func(string) string
	articles []Article
	problems []Problem
}

func (l *loader) problem(p string, line int, format string, args ...any) {
	l.problems = append(l.problems, Problem{Path: l.display(p), Line: line, Reason: fmt.Sprintf(format, args...)})
}

// add finishes an article read from p and keeps it, or reports why not.
func (l *loader) add(a Article, p string) {
	a.Path = l.display(p)
	if a.Lang == "" {
		a.Lang = "id"
	}
	if a.ID == "" {
		if a.Line > 0 {
			a.ID = fmt.Sprintf("%s:%d", p, a.Line)
		} else {
			a.ID = fileID(p)
		}
	}
	if a.Text == "" {
		l.problem(p, a.Line, "no article text (empty, or nothing left after removing web chrome)")
		return
	}
	l.articles = append(l.articles, a)
}

// finish sorts the results and drops articles whose id was already seen.
func (l *loader) finish() ([]Article, []Problem, error) {
	sort.SliceStable(l.articles, func(i, j int) bool {
		a, b := l.articles[i], l.articles[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		return a.Line < b.Line
	})
	first := make(map[string]Article, len(l.articles))
	kept := l.articles[:0]
	for _, a := range l.articles {
		if f, seen := first[a.ID]; seen {
			where := f.Path
			if f.Line > 0 {
				where = fmt.Sprintf("%s:%d", f.Path, f.Line)
			}
			l.problems = append(l.problems, Problem{Path: a.Path, Line: a.Line,
				Reason: fmt.Sprintf("duplicate id %q, already used by %s", a.ID, where)})
			continue
		}
		first[a.ID] = a
		kept = append(kept, a)
	}
	sort.SliceStable(l.problems, func(i, j int) bool {
		a, b := l.problems[i], l.problems[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		return a.Line < b.Line
	})
	return kept, l.problems, nil
}

// format is how a file is read.
type format int

const (
	formatNone format = iota
	formatText
	formatHTML
	formatJSONL
	formatJSONLGzip
)

func formatOf(name string) format {
	n := strings.ToLower(name)
	switch {
	case strings.HasSuffix(n, ".jsonl.gz"):
		return formatJSONLGzip
	case strings.HasSuffix(n, ".jsonl"):
		return formatJSONL
	}
	switch path.Ext(n) {
	case ".md", ".markdown", ".txt":
		return formatText
	case ".html", ".htm":
		return formatHTML
	}
	return formatNone
}

// fileID is a file's name without its extension.
func fileID(p string) string {
	base := path.Base(p)
	return strings.TrimSuffix(base, path.Ext(base))
}

func (l *loader) file(p string) {
	switch f := formatOf(path.Base(p)); f {
	case formatText, formatHTML:
		data, ok := l.readWhole(p)
		if !ok {
			return
		}
		if f == formatText {
			l.text(p, data)
		} else {
			l.html(p, data)
		}
	case formatJSONL, formatJSONLGzip:
		l.jsonl(p, f == formatJSONLGzip)
	}
}

// readWhole reads a file that must be text, within the size cap.
func (l *loader) readWhole(p string) ([]byte, bool) {
	f, err := l.fsys.Open(p)
	if err != nil {
		l.problem(p, 0, "cannot open: %v", unwrapPath(err))
		return nil, false
	}
	defer f.Close()
	max := l.opts.MaxFileSize
	if info, err := f.Stat(); err == nil && info.Size() > max {
		l.problem(p, 0, "file too large: %s, the limit is %s", sizeOf(info.Size()), sizeOf(max))
		return nil, false
	}
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		l.problem(p, 0, "cannot read: %v", unwrapPath(err))
		return nil, false
	}
	if int64(len(data)) > max {
		l.problem(p, 0, "file too large: over %s, the limit", sizeOf(max))
		return nil, false
	}
	if why := notText(data); why != "" {
		l.problem(p, 0, "%s", why)
		return nil, false
	}
	return bytes.TrimPrefix(data, []byte("\ufeff")), true
}

// notText says why data is not readable text, or "" when it is.
func notText(data []byte) string {
	if len(bytes.TrimSpace(data)) == 0 {
		return "empty file"
	}
	head := data
	if len(head) > 8192 {
		head = head[:8192]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return "binary file (contains NUL bytes), not text"
	}
	control := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			control++
		}
	}
	if control*10 > len(head) {
		return "binary file (mostly control bytes), not text"
	}
	if !utf8.Valid(data) {
		return "not UTF-8 text (convert the file to UTF-8)"
	}
	return ""
}

// unwrapPath drops the path from an *fs.PathError, which a Problem already
// names.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func sizeOf(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
