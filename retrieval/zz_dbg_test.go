package retrieval

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"testing"
)

var zzFeat = []string{"cov", "bm25", "extra", "prox", "def", "type", "cause", "lead", "about", "atf", "count", "verb", "defines", "kind", "named", "source", "else", "other", "yearless", "dayless", "excl", "othnum", "deputy", "othnat", "othcnt", "fig"}

func TestZZDbg(t *testing.T) {
	q := os.Getenv("DBG_Q")
	if q == "" {
		t.Skip()
	}
	n, _ := strconv.Atoi(os.Getenv("DBG_N"))
	if n == 0 {
		n = 5
	}
	ctx := context.Background()
	lib, _, err := Open(ctx, Options{IndexDir: os.Getenv("DBG_IDX"), CorpusDir: os.Getenv("DBG_CORPUS")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	s := lib.snap
	qa := s.analyse(q)
	fmt.Printf("type=%v category=%v role=%q english=%v\n", qa.Type, qa.Category, qa.Role, qa.English)
	for _, c := range qa.Concepts {
		fmt.Printf("  %q w=%.2f alts=%v name=%v absent=%v loose=%v\n", c.Label, c.Weight, c.Alts, c.Name, c.Absent, c.Loose)
	}
	hits, _ := lib.search(ctx, qa, tuning.Candidates)
	cands := s.rank(qa, hits)
	for i, c := range cands {
		if i >= n {
			break
		}
		fmt.Printf("[%d] score=%.3f cov=%.3f typeOK=%v art=%d\n   %s\n   ", i, c.Score, c.Coverage, c.TypeOK, c.Article, s.articles[c.Article].Text[c.Start:c.End])
		for k, v := range c.Features {
			if v != 0 && k < len(zzFeat) {
				fmt.Printf("%s=%.2f ", zzFeat[k], v)
			}
		}
		fmt.Println()
	}
	ans, v, _ := lib.askTraced(ctx, Question{Text: q, Limit: 3})
	fmt.Printf("abstained=%v verdict=%+v\n", ans.Abstained, v)
}
