package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"

	"golang.org/x/term"

	"github.com/kutip/kutip/config"
	"github.com/kutip/kutip/retrieval"
)

const usage = `kutip answers questions with verbatim quotes from news articles.

Usage:
  kutip ask [--corpus DIR] [--index DIR] [--limit N] [--json] [QUESTION]
  kutip index [--corpus DIR] [--index DIR]
  kutip sources [--corpus DIR]
  kutip eval --qa FILE [--corpus DIR] [--index DIR] [--json]
  kutip serve [--http ADDR] [--guild ID] [--corpus DIR] [--index DIR]
  kutip register [--guild ID]

Without --corpus, kutip uses the five seed articles built into it.
Run "kutip help" for the flags and environment variables.
`

// errUsage marks a command line that could not be understood.
var errUsage = errors.New("usage")

// errNothingIndexed is returned by kutip index when no article could be
// read at all.
var errNothingIndexed = errors.New("nothing could be indexed")

func exitCode(err error) int {
	if errors.Is(err, errUsage) {
		return 2
	}
	return 1
}

// run is kutip with its OS handles passed in; it never exits the process.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return fmt.Errorf("%w: no command given", errUsage)
	}
	cmd, rest := args[0], args[1:]
	if cmd == "help" || cmd == "-h" || cmd == "--help" {
		fmt.Fprint(stdout, usage)
		fmt.Fprintln(stdout, "\nFlags:")
		config.Usage(stdout)
		return nil
	}
	cfg, err := config.Load(rest, getenv)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(stdout, usage)
		config.Usage(stdout)
		return nil
	}
	if err != nil {
		return fmt.Errorf("%w: %w", errUsage, err)
	}
	switch cmd {
	case "ask":
		return runAsk(ctx, cfg, stdin, stdout, stderr)
	case "index":
		return runIndex(ctx, cfg, stdout, stderr)
	case "sources":
		return runSources(ctx, cfg, stdout, stderr)
	case "eval":
		return runEval(ctx, cfg, stdout, stderr)
	case "serve":
		return runServe(ctx, cfg, stdout, stderr)
	case "register":
		return runRegister(ctx, cfg, stdout)
	}
	fmt.Fprint(stderr, usage)
	return fmt.Errorf("%w: unknown command %q", errUsage, cmd)
}

// logger returns the CLI's logger: warnings and errors on stderr.
func logger(stderr io.Writer, level string) *slog.Logger {
	var l slog.Level
	if err := l.UnmarshalText([]byte(level)); err != nil {
		l = slog.LevelInfo
	}
	return slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: l}))
}

// openLibrary opens the corpus and its index, drawing a progress bar on a
// terminal while the index builds.
func openLibrary(ctx context.Context, cfg config.Config, stderr io.Writer, quiet bool) (*retrieval.Library, retrieval.Summary, error) {
	level := cfg.LogLevel
	if quiet && level == config.DefaultLogLevel {
		level = "error"
	}
	opts := retrieval.Options{CorpusDir: cfg.Corpus, IndexDir: cfg.Index, Logger: logger(stderr, level)}
	bar := newProgressBar(stderr)
	lib, sum, err := retrieval.Open(ctx, opts, bar.update)
	bar.done()
	return lib, sum, err
}

// progressBar draws "indexing [=====>    ] 120/500" on a terminal, and
// nothing elsewhere.
type progressBar struct {
	w     io.Writer
	on    bool
	drawn bool
}

func newProgressBar(w io.Writer) *progressBar {
	f, ok := w.(*os.File)
	return &progressBar{w: w, on: ok && term.IsTerminal(int(f.Fd()))}
}

func (b *progressBar) update(p retrieval.Progress) {
	if !b.on || p.Total == 0 {
		return
	}
	const width = 30
	n := p.Done * width / p.Total
	fmt.Fprintf(b.w, "\rindexing [%s%s] %d/%d articles", strings.Repeat("=", n), strings.Repeat(" ", width-n), p.Done, p.Total)
	b.drawn = true
}

func (b *progressBar) done() {
	if b.drawn {
		fmt.Fprintln(b.w)
	}
}

func runIndex(ctx context.Context, cfg config.Config, stdout, stderr io.Writer) error {
	lib, sum, err := openLibrary(ctx, cfg, stderr, true)
	printSummary(stdout, sum)
	if err != nil {
		if sum.Articles == 0 && len(sum.Skipped) > 0 {
			return fmt.Errorf("%w: %w", errNothingIndexed, err)
		}
		return err
	}
	return lib.Close()
}

func printSummary(w io.Writer, sum retrieval.Summary) {
	state := "built"
	if sum.Reused {
		state = "up to date (reused)"
	}
	if sum.Articles > 0 {
		fmt.Fprintf(w, "index %s: %d articles, %d passages in %s\n", state, sum.Articles, sum.Passages, sum.Duration.Round(time.Millisecond))
	}
	if len(sum.Skipped) > 0 {
		fmt.Fprintf(w, "skipped %d:\n", len(sum.Skipped))
		for _, p := range sum.Skipped {
			fmt.Fprintf(w, "  %s\n", p)
		}
	}
}

func runSources(ctx context.Context, cfg config.Config, stdout, stderr io.Writer) error {
	lib, _, err := openLibrary(ctx, cfg, stderr, true)
	if err != nil {
		return err
	}
	defer lib.Close()
	for _, s := range lib.Sources() {
		fmt.Fprintf(stdout, "%s\t%s\t%s\t%s\n", s.ArticleID, orDash(s.Publisher), orDash(dateOf(s)), s.Title)
	}
	return nil
}

func runAsk(ctx context.Context, cfg config.Config, stdin io.Reader, stdout, stderr io.Writer) error {
	lib, _, err := openLibrary(ctx, cfg, stderr, true)
	if err != nil {
		return err
	}
	defer lib.Close()
	if len(cfg.Args) > 0 {
		return askOne(ctx, lib, cfg, "", strings.Join(cfg.Args, " "), stdout)
	}
	sc := bufio.NewScanner(stdin)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		id, question := "", line
		if strings.HasPrefix(line, "{") {
			var in struct {
				ID       string `json:"id"`
				Question string `json:"question"`
			}
			if err := json.Unmarshal([]byte(line), &in); err != nil {
				fmt.Fprintf(stderr, "kutip: skipped a line that is not a JSON question: %v\n", err)
				continue
			}
			id, question = in.ID, in.Question
		}
		if err := askOne(ctx, lib, cfg, id, question, stdout); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read questions: %w", err)
	}
	return nil
}

func askOne(ctx context.Context, lib *retrieval.Library, cfg config.Config, id, question string, w io.Writer) error {
	ans, err := lib.Ask(ctx, retrieval.Question{Text: question, Limit: cfg.Limit})
	if err != nil {
		return err
	}
	if cfg.JSON {
		b, err := json.Marshal(jsonAnswerOf(id, ans))
		if err != nil {
			return fmt.Errorf("encode answer: %w", err)
		}
		_, err = fmt.Fprintf(w, "%s\n", b)
		return err
	}
	printAnswer(w, ans)
	return nil
}

// paragraphs folds the whitespace of a quote, keeping its paragraph
// breaks as indented new lines: a quote may run from a heading into the
// paragraph after it.
func paragraphs(text string) string {
	var paras []string
	for _, p := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n\n") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			paras = append(paras, p)
		}
	}
	return strings.Join(paras, "\n   ")
}

func printAnswer(w io.Writer, ans retrieval.Answer) {
	if ans.Abstained {
		fmt.Fprintf(w, "Q: %s\nTidak ditemukan jawaban untuk pertanyaan ini di sumber-sumber Kutip. (No answer found in the sources.)\n\n", ans.Question)
		return
	}
	fmt.Fprintf(w, "Q: %s\n\n", ans.Question)
	for i, q := range ans.Quotes {
		fmt.Fprintf(w, "%d. “%s”\n   — %s\n", i+1, paragraphs(q.Text), sourceLine(q.Source))
		for _, s := range q.AlsoReportedBy {
			fmt.Fprintf(w, "     also reported by %s\n", sourceLine(s))
		}
		fmt.Fprintln(w)
	}
}

// sourceLine is "publisher — title, date, url", leaving out what is unknown.
func sourceLine(s retrieval.Source) string {
	var parts []string
	if s.Title != "" {
		parts = append(parts, s.Title)
	}
	if d := dateOf(s); d != "" {
		parts = append(parts, d)
	}
	if s.URL != "" {
		parts = append(parts, s.URL)
	}
	line := strings.Join(parts, ", ")
	if s.Publisher != "" {
		line = s.Publisher + " — " + line
	}
	if line == "" {
		line = s.ArticleID
	}
	return line
}

func dateOf(s retrieval.Source) string {
	if s.Published.IsZero() {
		return ""
	}
	return s.Published.Format("2006-01-02")
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// jsonAnswer is the --json shape, one line a question; tools outside the
// project rely on it, so change it only compatibly.
type jsonAnswer struct {
	ID        string      `json:"id"`
	Question  string      `json:"question"`
	Abstained bool        `json:"abstained"`
	Answers   []jsonQuote `json:"answers"`
}

type jsonQuote struct {
	Quote string `json:"quote"`
	jsonSource
	Score          float64      `json:"score"`
	AlsoReportedBy []jsonSource `json:"also_reported_by"`
}

type jsonSource struct {
	ArticleID string `json:"article_id"`
	Title     string `json:"title"`
	Source    string `json:"source"`
	URL       string `json:"url"`
	Published string `json:"published"`
}

func jsonSourceOf(s retrieval.Source) jsonSource {
	return jsonSource{ArticleID: s.ArticleID, Title: s.Title, Source: s.Publisher, URL: s.URL, Published: dateOf(s)}
}

func jsonAnswerOf(id string, ans retrieval.Answer) jsonAnswer {
	out := jsonAnswer{ID: id, Question: ans.Question, Abstained: ans.Abstained, Answers: []jsonQuote{}}
	for _, q := range ans.Quotes {
		jq := jsonQuote{Quote: q.Text, jsonSource: jsonSourceOf(q.Source), Score: q.Score, AlsoReportedBy: []jsonSource{}}
		for _, s := range q.AlsoReportedBy {
			jq.AlsoReportedBy = append(jq.AlsoReportedBy, jsonSourceOf(s))
		}
		out.Answers = append(out.Answers, jq)
	}
	return out
}
