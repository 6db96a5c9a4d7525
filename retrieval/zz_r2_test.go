package retrieval

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
)

// R2_QA=qa.jsonl R2_CORPUS=corpus R2_IDX=dir R2_MODE=r2|wrong|fa
func TestZZR2(t *testing.T) {
	qa := os.Getenv("R2_QA")
	if qa == "" {
		t.Skip()
	}
	f, _ := os.Open(qa)
	items, err := ReadQA(f)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	lib, _, err := Open(ctx, Options{IndexDir: os.Getenv("R2_IDX"), CorpusDir: os.Getenv("R2_CORPUS")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	mode := os.Getenv("R2_MODE")
	out, _ := os.Create(os.Getenv("R2_OUT"))
	defer out.Close()
	n := 0
	for _, it := range items {
		if !it.Answerable {
			continue
		}
		ans, _, _ := lib.askTraced(ctx, Question{Text: it.Question, Limit: 3}, answeringAlways())
		if len(ans.Quotes) == 0 || Judge(it, ans.Quotes[0].Text) {
			continue
		}
		right := -1
		for i, q := range ans.Quotes {
			if Judge(it, q.Text) {
				right = i
				break
			}
		}
		if mode == "r2" && right < 1 {
			continue
		}
		n++
		fmt.Fprintf(out, "### %s | %s | right=%d\n", it.Question, strings.Join(it.Answers, " || "), right)
		for i, q := range ans.Quotes {
			fmt.Fprintf(out, "  [%d] %s\n", i, strings.ReplaceAll(q.Text, "\n", " "))
		}
	}
	fmt.Fprintf(out, "total %d\n", n)
}
