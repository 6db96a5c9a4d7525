package retrieval

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// abstainTraining is how TestTrainAbstention grows the abstention model.
var abstainTraining = boostConfig{Trees: 100, Depth: 3, Rate: 0.1, MinLeaf: 40, Bins: 64, L2: 1}

// TestTrainAbstention rewrites abstain-model.json when KUTIP_TRAIN_ABSTAIN
// is set (and ../shared is present): run it after changing what the
// evidence holds or how windows are scored. It learns from questions no
// evaluation asks: the two thirds of IDK-MRC's train split that
// TestTrainSplits leaves out, and the seed paraphrases. An unanswerable
// question is a yes (abstain), an answerable one whose first quote is
// right a no; an answerable one answered wrongly teaches nothing either
// way and is left out.
func TestTrainAbstention(t *testing.T) {
	if os.Getenv("KUTIP_TRAIN_ABSTAIN") == "" {
		t.Skip("set KUTIP_TRAIN_ABSTAIN=1 to retrain abstain-model.json")
	}
	var x [][]float64
	var y []float64
	collect := func(opts Options, items []QAItem) {
		lib, _, err := Open(context.Background(), opts, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer lib.Close()
		for _, it := range items {
			ans, v, err := lib.askTraced(context.Background(), Question{Text: it.Question, Limit: 1}, withoutModel(), answeringAlways())
			if err != nil {
				t.Fatal(err)
			}
			if v.Evidence == nil {
				continue // a rule or an empty question decides
			}
			switch {
			case !it.Answerable:
				y = append(y, 1)
			case len(ans.Quotes) > 0 && Judge(it, ans.Quotes[0].Text):
				y = append(y, 0)
			default:
				continue
			}
			x = append(x, v.Evidence)
		}
	}
	articles, items := idkmrcTrainQuestions(t, func(n int) bool { return n%3 != 0 })
	corpus := filepath.Join(t.TempDir(), "corpus.jsonl")
	writeJSONL(t, corpus, articles)
	collect(Options{IndexDir: t.TempDir(), CorpusDir: corpus}, items)
	collect(Options{IndexDir: t.TempDir()}, readQAFile(t, "testdata/seed-paraphrase-qa.jsonl"))
	cfg := abstainTraining
	cfg.Features = evidenceNames()
	m := trainBoost(x, y, cfg)
	data, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("abstain-model.json", append(data, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("trained on %d questions, %d trees", len(x), len(m.Trees))
}

func writeJSONL(t *testing.T, path string, rows []map[string]string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	for _, r := range rows {
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
	}
}

func readQAFile(t *testing.T, path string) []QAItem {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	items, err := ReadQA(f)
	if err != nil {
		t.Fatal(err)
	}
	return items
}
