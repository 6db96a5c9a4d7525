package retrieval

import (
	"context"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

var (
	fuzzLibOnce sync.Once
	fuzzLib     *Library
	fuzzLibErr  error
)

// FuzzAsk feeds arbitrary questions through question analysis, query
// building and answer selection: every question gets quotes or an
// abstention, never an error or a panic, and every quote is verbatim.
func FuzzAsk(f *testing.F) {
	for _, seed := range []string{
		"Berapa tentara Korea Utara yang dikirim ke Rusia?",
		"brp tentara korut yg dikirim?",
		"How many North Korean soldiers were sent?",
		`"`, ":", "/.*/", "*", `title:korea AND -utara ~2 ^3`,
		"12 ribu tentara", "Kim Jong-un", "\xff\xfe", "",
		"How far can the Fas-360 fly at most?", "Berapa 28/4 Путин 김정은, eh *Korsel",
		`Di artikel berjudul "Seoul ungkap Korea Utara", siapa?`, "Adikku nanya buat PR, seberapa",
	} {
		f.Add(seed)
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, question string) {
		fuzzLibOnce.Do(func() {
			fuzzLib, _, fuzzLibErr = Open(context.Background(), Options{IndexDir: dir}, nil)
		})
		if fuzzLibErr != nil {
			t.Fatal(fuzzLibErr)
		}
		ans, err := fuzzLib.Ask(context.Background(), Question{Text: question, Limit: 5})
		if err != nil {
			t.Fatalf("Ask(%q): %v", question, err)
		}
		if ans.Abstained != (len(ans.Quotes) == 0) {
			t.Fatalf("Ask(%q): abstained=%v with %d quotes", question, ans.Abstained, len(ans.Quotes))
		}
		for _, q := range ans.Quotes {
			if !utf8.ValidString(q.Text) || strings.TrimSpace(q.Text) == "" {
				t.Fatalf("Ask(%q): quote %q is empty or not UTF-8", question, q.Text)
			}
		}
	})
}
