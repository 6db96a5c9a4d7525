package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"

	"github.com/kutip/kutip/config"
	"github.com/kutip/kutip/retrieval"
)

// runEval scores a QA set: success@1, success@3, abstention, false
// abstentions, the abstention trade-off curve, and the misses.
func runEval(ctx context.Context, cfg config.Config, stdout, stderr io.Writer) error {
	if cfg.QA == "" {
		return fmt.Errorf("%w: kutip eval needs --qa FILE", errUsage)
	}
	f, err := os.Open(cfg.QA)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	items, err := retrieval.ReadQA(f)
	f.Close()
	if err != nil {
		return fmt.Errorf("eval %s: %w", cfg.QA, err)
	}
	lib, _, err := openLibrary(ctx, cfg, stderr, true)
	if err != nil {
		return err
	}
	defer lib.Close()
	rep, err := lib.Evaluate(ctx, items)
	if err != nil {
		return err
	}
	if cfg.JSON {
		return json.NewEncoder(stdout).Encode(rep)
	}
	printReport(stdout, cfg.QA, rep)
	return nil
}

func ratio(n, d int) string {
	if d == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f (%d/%d)", float64(n)/float64(d), n, d)
}

func printReport(w io.Writer, name string, rep retrieval.EvalReport) {
	fmt.Fprintf(w, "QA set: %s (%d questions: %d answerable, %d unanswerable)\n", name, rep.Questions, rep.Answerable, rep.Unanswerable)
	fmt.Fprintf(w, "success@1          %s\n", ratio(rep.Success1, rep.Answerable))
	fmt.Fprintf(w, "success@3          %s\n", ratio(rep.Success3, rep.Answerable))
	fmt.Fprintf(w, "abstained          %s of unanswerable\n", ratio(rep.Abstained, rep.Unanswerable))
	fmt.Fprintf(w, "false abstentions  %s of answerable\n", ratio(rep.FalseAbstentions, rep.Answerable))
	langs := make([]string, 0, len(rep.ByLang))
	for l := range rep.ByLang {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, l := range langs {
		v := rep.ByLang[l]
		fmt.Fprintf(w, "  lang %-3s         %s right\n", l, ratio(v[0], v[1]))
	}
	fmt.Fprintln(w, "\nabstention trade-off (min coverage → answerable success@1, unanswerable abstained, false abstentions):")
	for _, p := range rep.Curve {
		fmt.Fprintf(w, "  %.2f  %.3f  %.3f  %.3f\n", p.MinCoverage, p.Success1, p.Abstained, p.FalseAbstentions)
	}
	if len(rep.Misses) > 0 {
		fmt.Fprintf(w, "\nmisses (%d):\n", len(rep.Misses))
		for _, m := range rep.Misses {
			got := m.Got
			switch {
			case m.Abstained:
				got = "(abstained)"
			case got == "":
				got = "(no quote)"
			}
			fmt.Fprintf(w, "  %s %q want %q\n      got %s\n", m.Item.ID, m.Item.Question, m.Item.Answers, got)
		}
	}
}
