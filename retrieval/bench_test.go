package retrieval

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkAskSeed answers one question over the seed corpus.
func BenchmarkAskSeed(b *testing.B) {
	lib := openSeed(b)
	ctx := context.Background()
	b.ResetTimer()
	for b.Loop() {
		if _, err := lib.Ask(ctx, Question{Text: "Berapa tentara Korea Utara yang dikirim ke Rusia?"}); err != nil {
			b.Fatal(err)
		}
	}
}

// clickID is the 22k-article CLICK-ID news set beside the checkout.
var clickID = filepath.Join("..", "..", "shared", "evaldata", "news", "click_id", "articles.jsonl.gz")

// BenchmarkIndexClickID builds the index of 22,136 real news articles.
func BenchmarkIndexClickID(b *testing.B) {
	if _, err := os.Stat(clickID); err != nil {
		b.Skipf("no CLICK-ID: %v", err)
	}
	for b.Loop() {
		lib, sum, err := Open(context.Background(), Options{CorpusDir: clickID, IndexDir: b.TempDir()}, nil)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(sum.Articles), "articles")
		b.ReportMetric(float64(sum.Passages), "passages")
		lib.Close()
	}
}

// BenchmarkAskClickID answers the 1,000 headline-style queries of
// ../shared/eval/bench-queries.txt over CLICK-ID, one per iteration.
func BenchmarkAskClickID(b *testing.B) {
	if _, err := os.Stat(clickID); err != nil {
		b.Skipf("no CLICK-ID: %v", err)
	}
	f, err := os.Open(filepath.Join(sharedEval, "bench-queries.txt"))
	if err != nil {
		b.Skipf("no bench queries: %v", err)
	}
	var queries []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		queries = append(queries, sc.Text())
	}
	f.Close()
	dir := filepath.Join(os.TempDir(), "kutip-bench-clickid") // reused across runs
	lib, _, err := Open(context.Background(), Options{CorpusDir: clickID, IndexDir: dir}, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer lib.Close()
	ctx := context.Background()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		if _, err := lib.Ask(ctx, Question{Text: queries[i%len(queries)]}); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkAbstainModel weighs one answer's evidence with the embedded
// abstention model: the cost the model adds to every answered question.
func BenchmarkAbstainModel(b *testing.B) {
	if abstainModel == nil {
		b.Fatal("the embedded abstention model did not load")
	}
	lib := openSeed(b)
	_, v, err := lib.askTraced(context.Background(), Question{Text: "Berapa tentara Korea Utara yang dikirim ke Rusia?"})
	if err != nil || v.Evidence == nil {
		b.Fatalf("no evidence to weigh: %v", err)
	}
	for b.Loop() {
		abstainModel.prob(v.Evidence)
	}
	b.ReportMetric(float64(len(abstainModel.Trees)), "trees")
}
