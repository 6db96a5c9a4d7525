package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// runKutip runs the CLI with a map-backed environment.
func runKutip(t *testing.T, env map[string]string, stdin string, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	getenv := func(k string) string { return env[k] }
	err := run(context.Background(), args, getenv, strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), err
}

func TestAskJSONShape(t *testing.T) {
	env := map[string]string{"KUTIP_INDEX": t.TempDir()}
	out, stderr, err := runKutip(t, env, `{"id": "q1", "question": "Berapa tentara Korea Utara yang dikirim ke Rusia?"}
Siapa yang memenangkan Piala Dunia 2022?
`, "ask", "--json")
	if err != nil {
		t.Fatalf("ask: %v\n%s", err, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d lines, want 2:\n%s", len(lines), out)
	}
	var first map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
		t.Fatal(err)
	}
	if got, want := keys(first), []string{"abstained", "answers", "id", "question"}; !reflect.DeepEqual(got, want) {
		t.Errorf("top-level keys: got %v, want %v", got, want)
	}
	if first["id"] != "q1" || first["abstained"] != false {
		t.Errorf("got id %v abstained %v, want q1 false", first["id"], first["abstained"])
	}
	answers := first["answers"].([]any)
	if len(answers) == 0 || len(answers) > 3 {
		t.Fatalf("got %d answers, want 1..3 (default limit)", len(answers))
	}
	a := answers[0].(map[string]any)
	if got, want := keys(a), []string{"also_reported_by", "article_id", "published", "quote", "score", "source", "title", "url"}; !reflect.DeepEqual(got, want) {
		t.Errorf("answer keys: got %v, want %v", got, want)
	}
	if p, _ := a["published"].(string); len(p) != len("2006-01-02") {
		t.Errorf("published %q, want YYYY-MM-DD", p)
	}
	if _, ok := a["score"].(float64); !ok {
		t.Errorf("score %v is not a number", a["score"])
	}
	var second struct {
		ID        string `json:"id"`
		Abstained bool   `json:"abstained"`
		Answers   []any  `json:"answers"`
	}
	if err := json.Unmarshal([]byte(lines[1]), &second); err != nil {
		t.Fatal(err)
	}
	if second.ID != "" || !second.Abstained || second.Answers == nil || len(second.Answers) != 0 {
		t.Errorf("unanswerable: got %+v, want id \"\", abstained, answers []", second)
	}
}

func keys(m map[string]any) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func TestAskReadable(t *testing.T) {
	env := map[string]string{"KUTIP_INDEX": t.TempDir()}
	out, _, err := runKutip(t, env, "", "ask", "Kapan Putin mengunjungi Pyongyang?", "--limit", "1")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "Juni") || !strings.Contains(out, " — ") {
		t.Errorf("got %q, want a quote about June and a source line", out)
	}
	if n := strings.Count(out, "\n1. "); n != 1 || strings.Contains(out, "\n2. ") {
		t.Errorf("got %q, want exactly one quote with --limit 1", out)
	}
}

func TestIndexAndSources(t *testing.T) {
	corpus := t.TempDir()
	os.WriteFile(filepath.Join(corpus, "good.md"), []byte("---\nid: good\ntitle: Judul baik\nsource: Uji\npublished: 2024-05-06\n---\nKorea Utara meluncurkan rudal ke Laut Timur pada Senin pagi.\n"), 0o644)
	os.WriteFile(filepath.Join(corpus, "broken.md"), []byte("---\nid: [unclosed\n---\nTeks.\n"), 0o644)
	env := map[string]string{"KUTIP_INDEX": t.TempDir()}
	out, _, err := runKutip(t, env, "", "index", "--corpus", corpus)
	if err != nil {
		t.Fatalf("index: %v", err)
	}
	if !strings.Contains(out, "1 articles") || !strings.Contains(out, "broken.md") {
		t.Errorf("summary %q: want 1 article and the broken file reported", out)
	}
	out, _, err = runKutip(t, env, "", "sources", "--corpus", corpus)
	if err != nil {
		t.Fatal(err)
	}
	if want := "good\tUji\t2024-05-06\tJudul baik\n"; out != want {
		t.Errorf("sources: got %q, want %q", out, want)
	}
}

func TestIndexFailsOnlyWhenNothingIndexed(t *testing.T) {
	corpus := t.TempDir()
	os.WriteFile(filepath.Join(corpus, "empty.md"), nil, 0o644)
	env := map[string]string{"KUTIP_INDEX": t.TempDir()}
	out, _, err := runKutip(t, env, "", "index", "--corpus", corpus)
	if err == nil {
		t.Fatalf("index of a corpus with nothing readable: got nil error, want failure")
	}
	if !strings.Contains(out, "empty.md") {
		t.Errorf("summary %q: want the empty file reported", out)
	}
}

func TestEvalCommand(t *testing.T) {
	env := map[string]string{"KUTIP_INDEX": t.TempDir()}
	out, _, err := runKutip(t, env, "", "eval", "--qa", "retrieval/testdata/seed-qa.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"success@1", "success@3", "abstained", "false abstentions", "trade-off"} {
		if !strings.Contains(out, want) {
			t.Errorf("eval output lacks %q:\n%s", want, out)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{nil, {"frobnicate"}, {"ask", "--limit", "x"}, {"eval"}} {
		_, _, err := runKutip(t, map[string]string{}, "", args...)
		if !errors.Is(err, errUsage) {
			t.Errorf("%v: got %v, want a usage error", args, err)
		}
		if exitCode(err) != 2 {
			t.Errorf("%v: exit code %d, want 2", args, exitCode(err))
		}
	}
}

func TestParagraphs(t *testing.T) {
	got := paragraphs("Judul  berita\n\nKalimat  pertama.\nmasih sama.\r\n\r\nKalimat kedua.\n\n\n")
	want := "Judul berita\n   Kalimat pertama. masih sama.\n   Kalimat kedua."
	if got != want {
		t.Errorf("paragraphs: got %q, want %q", got, want)
	}
}
