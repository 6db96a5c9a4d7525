package retrieval

import (
	"context"
	"fmt"
	"os"
	"testing"
)

func TestDbg(t *testing.T) {
	q := os.Getenv("DBG_Q")
	if q == "" {
		t.Skip()
	}
	opts := Options{IndexDir: "/tmp/dbgidx"}
	if c := os.Getenv("DBG_CORPUS"); c != "" {
		opts = Options{IndexDir: "/tmp/dbgidx2", CorpusDir: c}
	}
	lib, _, err := Open(context.Background(), opts, nil)
	if err != nil {
		t.Fatal(err)
	}
	s := lib.snap
	qa := s.analyse(q)
	fmt.Printf("type %v defines %v\n", qa.Type, qa.Defines)
	for _, c := range qa.Concepts {
		fmt.Printf("  concept %q w=%.2f absent=%v name=%d alts=%v\n", c.Label, c.Weight, c.Absent, c.Name, c.Alts)
	}
	hits, _ := lib.search(context.Background(), qa, tuning.Candidates)
	cands := s.rank(qa, hits)
	for i, c := range cands {
		if i >= 6 {
			break
		}
		fmt.Printf("#%d score %.3f cov %.2f feats %.2f\n   %.250s\n", i, c.Score, c.Coverage, c.Features, s.articles[c.Article].Text[c.Start:c.End])
	}
}
