package retrieval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestTune sweeps answer-selection settings over the shared QA sets. It is
// a tool, not a check: run with KUTIP_TUNE=1.
func TestTune(t *testing.T) {
	if os.Getenv("KUTIP_TUNE") == "" {
		t.Skip("set KUTIP_TUNE=1 to sweep tuning")
	}
	type set struct {
		name  string
		lib   *Library
		items []QAItem
	}
	var sets []set
	for _, s := range [][3]string{{"seed", "", "seed-qa.jsonl"}, {"facqa", "facqa-dev/corpus.jsonl", "facqa-dev/qa.jsonl"}, {"idkmrc", "idkmrc-dev/corpus.jsonl", "idkmrc-dev/qa.jsonl"}} {
		f, err := os.Open(filepath.Join(sharedEval, s[2]))
		if err != nil {
			t.Skip(err)
		}
		items, _ := ReadQA(f)
		f.Close()
		opts := Options{IndexDir: filepath.Join(os.TempDir(), "kutip-tune")}
		if s[1] != "" {
			opts.CorpusDir = filepath.Join(sharedEval, s[1])
		}
		lib, _, err := Open(context.Background(), opts, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer lib.Close()
		sets = append(sets, set{s[0], lib, items})
	}
	base := tuning
	defer func() { tuning = base }()
	run := func(label string) {
		line := label
		for _, s := range sets {
			rep, err := s.lib.Evaluate(context.Background(), s.items)
			if err != nil {
				t.Fatal(err)
			}
			ab := 0.0
			if rep.Unanswerable > 0 {
				ab = float64(rep.Abstained) / float64(rep.Unanswerable)
			}
			line += fmt.Sprintf(" | %s %.3f/%.3f ab %.2f fa %.3f", s.name, float64(rep.Success1)/float64(rep.Answerable), float64(rep.Success3)/float64(rep.Answerable), ab, float64(rep.FalseAbstentions)/float64(rep.Answerable))
		}
		t.Log(line)
	}
	run("base")
	if os.Getenv("KUTIP_TUNE") == "quick" {
		return
	}
	for _, tb := range []float64{0.05, 0.15, 0.3} {
		for _, bw := range []float64{0.1, 0.3, 0.6} {
			for _, ep := range []float64{0.0, 0.04, 0.1} {
				tuning = base
				tuning.TypeBonus, tuning.BM25Weight, tuning.ExtraPenalty = tb, bw, ep
				run(fmt.Sprintf("type %.2f bm25 %.2f extra %.2f", tb, bw, ep))
			}
		}
	}
}
