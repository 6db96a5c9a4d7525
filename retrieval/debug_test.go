package retrieval

import (
	"context"
	"os"
	"strings"
	"testing"
)

func TestDebugQ(t *testing.T) {
	q := os.Getenv("KUTIP_Q")
	if q == "" {
		t.Skip()
	}
	lib, _, err := Open(context.Background(), Options{CorpusDir: os.Getenv("KUTIP_C"), IndexDir: "/tmp/kutip-tune"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	s := lib.snap
	qa := s.analyse(q)
	t.Logf("type %v english %v", qa.Type, qa.English)
	for _, c := range qa.Concepts {
		t.Logf("concept %q alts %v w %.2f absent %v", c.Label, c.Alts, c.Weight, c.Absent)
	}
	hits, _ := lib.search(context.Background(), qa, 40)
	cands := s.rank(qa, hits)
	want := os.Getenv("KUTIP_A")
	for i, c := range cands {
		txt := s.articles[c.Article].Text[c.Start:c.End]
		mark := ""
		if want != "" && strings.Contains(strings.ToLower(txt), strings.ToLower(want)) {
			mark = "  <== ANSWER"
		}
		if i < 5 || mark != "" {
			t.Logf("%d score %.3f cov %.3f %s: %.200s%s", i, c.Score, c.Coverage, s.articles[c.Article].ID, txt, mark)
		}
	}
	for _, a := range s.articles {
		if want != "" && strings.Contains(a.Text, want) {
			t.Logf("answer in article %s", a.ID)
		}
	}
}

func TestDebugRanks(t *testing.T) {
	qaPath := os.Getenv("KUTIP_QA")
	if qaPath == "" {
		t.Skip()
	}
	lib, _, err := Open(context.Background(), Options{CorpusDir: os.Getenv("KUTIP_C"), IndexDir: "/tmp/kutip-tune"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	f, _ := os.Open(qaPath)
	items, _ := ReadQA(f)
	s := lib.snap
	hist := map[int]int{}
	for _, it := range items {
		if !it.Answerable {
			continue
		}
		qa := s.analyse(it.Question)
		hits, _ := lib.search(context.Background(), qa, 40)
		cands := s.rank(qa, hits)
		rank := -1
		for i, c := range cands {
			c.Start, c.End = s.extend(c)
			if Judge(it, s.articles[c.Article].Text[c.Start:c.End]) {
				rank = i
				break
			}
		}
		b := rank
		if rank > 5 {
			b = 10
		}
		hist[b]++
		if rank > 0 && rank <= 3 && os.Getenv("KUTIP_SHOW") != "" {
			t.Logf("rank %d %q: top %.3f/%.3f vs %.3f/%.3f", rank, it.Question, cands[0].Score, cands[0].Coverage, cands[rank].Score, cands[rank].Coverage)
		}
	}
	t.Logf("rank histogram (-1 none, 10 = >5): %v", hist)
}

func TestDebugRank1(t *testing.T) {
	qaPath := os.Getenv("KUTIP_QA1")
	if qaPath == "" {
		t.Skip()
	}
	lib, _, err := Open(context.Background(), Options{CorpusDir: os.Getenv("KUTIP_C"), IndexDir: "/tmp/kutip-tune"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	f, _ := os.Open(qaPath)
	items, _ := ReadQA(f)
	s := lib.snap
	n := 0
	for _, it := range items {
		if !it.Answerable {
			continue
		}
		qa := s.analyse(it.Question)
		hits, _ := lib.search(context.Background(), qa, 40)
		cands := s.rank(qa, hits)
		if len(cands) < 2 {
			continue
		}
		c0 := cands[0]
		c0.Start, c0.End = s.extend(c0)
		c1 := cands[1]
		c1.Start, c1.End = s.extend(c1)
		if Judge(it, s.articles[c0.Article].Text[c0.Start:c0.End]) || !Judge(it, s.articles[c1.Article].Text[c1.Start:c1.End]) {
			continue
		}
		n++
		if n > 12 {
			break
		}
		t.Logf("Q %q type %v want %q", it.Question, qa.Type, it.Answers)
		for _, c := range cands[:2] {
			t.Logf("   %.3f cov %.3f type %v: %.300s", c.Score, c.Coverage, c.TypeOK, s.articles[c.Article].Text[c.Start:c.End])
		}
	}
}
