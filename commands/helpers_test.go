package commands

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/kutip/kutip/retrieval"
)

// fakeLibrary is a small in-memory library for the cases the real one
// cannot produce on demand: hostile passages, many long quotes, failures.
type fakeLibrary struct {
	answers map[string]retrieval.Answer // by question text; missing = abstain
	sources []retrieval.Source
	askErr  error
	gate    chan struct{} // when set, Ask waits for it to close

	reindex func(ctx context.Context, progress func(retrieval.Progress)) (retrieval.Summary, error)

	mu    sync.Mutex
	asked []retrieval.Question
}

func (f *fakeLibrary) Ask(ctx context.Context, q retrieval.Question) (retrieval.Answer, error) {
	f.mu.Lock()
	f.asked = append(f.asked, q)
	f.mu.Unlock()
	if f.gate != nil {
		<-f.gate
	}
	if f.askErr != nil || q.Text == "broken" {
		return retrieval.Answer{}, errors.Join(f.askErr, errors.New("fake: index on fire"))
	}
	a, ok := f.answers[q.Text]
	if !ok {
		return retrieval.Answer{Question: q.Text, Abstained: true}, nil
	}
	a.Quotes = a.Quotes[:min(len(a.Quotes), q.Limit)]
	return a, nil
}

func (f *fakeLibrary) Sources() []retrieval.Source { return f.sources }

func (f *fakeLibrary) Reindex(ctx context.Context, progress func(retrieval.Progress)) (retrieval.Summary, error) {
	return f.reindex(ctx, progress)
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

var (
	srcFox = retrieval.Source{ArticleID: "000", Title: "Korea Utara kirim pasukan untuk berperang bersama Rusia di Ukraina",
		Publisher: "Fox News (terjemahan)", URL: "https://www.example.test/fox/korea-utara", Published: day("2024-10-10")}
	srcAlj = retrieval.Source{ArticleID: "001", Title: "Pasukan Korea Utara bertarung untuk Rusia di Ukraina: Seoul",
		Publisher: "Al Jazeera (terjemahan)", URL: "https://www.example.test/aljazeera/pasukan", Published: day("2024-10-08")}
	srcAlinea = retrieval.Source{ArticleID: "002", Title: "Seoul ungkap Korea Utara semakin banyak kirim pasukan ke Rusia",
		Publisher: "Alinea.id", URL: "https://www.example.test/alinea/seoul-ungkap", Published: day("2025-02-27")}
	srcTribun = retrieval.Source{ArticleID: "003", Title: "Pandang Rusia-Korea Utara Makin Kuat, Zelensky Klaim Kim Jong Un Kirim Personel Militer untuk Putin",
		Publisher: "Tribunnews", URL: "https://www.example.test/tribun/zelensky(klaim)", Published: day("2024-10-13")}
	srcPahami = retrieval.Source{ArticleID: "004", Title: "Korea Utara konfirmasi kirim pasukan bantu Rusia melawan Ukraina",
		Publisher: "Pahami.id", Published: day("2025-04-28")} // no URL
	srcHostile = retrieval.Source{ArticleID: "666", Title: "[klik](http://evil.example) @everyone ||rahasia|| `kode`",
		Publisher: "<@123> Hostile", URL: "javascript:alert(1)"} // no date, unusable URL
)

func newFake() *fakeLibrary {
	srcs := []retrieval.Source{srcPahami, srcAlinea, srcTribun, srcFox, srcAlj, srcHostile}
	for n := 1; n <= 6; n++ {
		srcs = append(srcs, retrieval.Source{ArticleID: fmt.Sprintf("1%02d", n), Title: fmt.Sprintf("Berita tambahan nomor %d tentang Kursk", n),
			Publisher: "Kompas", URL: fmt.Sprintf("https://www.example.test/kompas/%d", n), Published: day("2024-11-01").AddDate(0, 0, -n)})
	}
	troops := []retrieval.Quote{
		{Text: "Badan intelijen Korea Selatan mengatakan Korea Utara telah mengirim sekitar 1.500 tentara pasukan khusus ke Rusia.",
			Terms: []string{"tentara", "mengirim"}, Source: srcAlinea, AlsoReportedBy: []retrieval.Source{srcAlj, srcFox}},
		{Text: "Menurut Menteri Pertahanan Seoul Kim Yong-hyun, Korea Utara saat ini mengirimkan pasukan untuk berperang bersama tentara Rusia di Ukraina.",
			Terms: []string{"mengirimkan", "pasukan", "tentara"}, Source: srcFox},
		{Text: "Zelensky mengklaim sekitar 10.000 tentara dan pekerja Korea Utara bersiap dikirim.", Terms: []string{"tentara", "dikirim"}, Source: srcTribun},
		{Text: "Pyongyang mengonfirmasi pengiriman pasukannya untuk pertama kalinya.", Terms: []string{"pasukannya"}, Source: srcPahami},
		{Text: "Sekitar 3.000 tentara tambahan dikirim pada awal 2025.", Terms: []string{"tentara", "dikirim"}, Source: srcAlinea},
	}
	hostile := []retrieval.Quote{
		{Text: "@everyone @here lihat <@123> dan <@&456> di <#789> <:kim:42> <t:1700000000:R>", Terms: []string{"everyone"}, Source: srcHostile},
		{Text: "```\n# Judul palsu\n> kutipan palsu\n- daftar\n1. nomor\n```\n||spoiler|| **tebal** __garis__ ~~coret~~", Source: srcHostile},
		{Text: "Baca [di sini](http://evil.example/a_b) atau https://evil.example/path_(x)?q=1. Selesai.", Terms: []string{"sini"}, Source: srcHostile,
			AlsoReportedBy: []retrieval.Source{srcHostile, srcFox, srcAlj, srcAlinea, srcTribun, srcPahami, srcHostile}},
		{Text: strings.Repeat("Kalimat yang sangat panjang tentang tentara Korea Utara di Kursk ", 80) + ".", Terms: []string{"tentara"}, Source: srcHostile},
	}
	var many []retrieval.Quote
	for n := range retrieval.MaxLimit {
		many = append(many, retrieval.Quote{Text: fmt.Sprintf("%d. ", n+1) + strings.Repeat("Pasukan Korea Utara bertempur di wilayah Kursk bersama tentara Rusia. ", 14),
			Terms: []string{"Pasukan", "Kursk"}, Source: srcTribun, AlsoReportedBy: []retrieval.Source{srcFox}})
	}
	return &fakeLibrary{
		sources: srcs,
		answers: map[string]retrieval.Answer{
			"berapa tentara korut yang dikirim?": {Question: "berapa tentara korut yang dikirim?", Quotes: troops},
			"hostile":                            {Question: "hostile", Quotes: hostile},
			"many":                               {Question: "many", Quotes: many},
		},
		reindex: func(ctx context.Context, progress func(retrieval.Progress)) (retrieval.Summary, error) {
			for n := 1; n <= 5; n++ {
				progress(retrieval.Progress{Done: n, Total: 5})
			}
			return retrieval.Summary{Articles: 5, Passages: 143, Duration: 1234 * time.Millisecond,
				Skipped: []retrieval.Problem{{Path: "corpus/rusak.html", Reason: "no article text found"}, {Path: "corpus/berita.jsonl", Line: 7, Reason: "invalid JSON: <@everyone>"}}}, nil
		},
	}
}

// call is one recorded Responder call, as Discord would receive it.
type call struct {
	Method string          `json:"method"`
	Body   json.RawMessage `json:"body"`
}

// recorder is a Responder that records every call and checks every message
// against Validate.
type recorder struct {
	mu        sync.Mutex
	calls     []call
	invalid   []error
	onRespond func(*discordgo.InteractionResponse) // called after recording
}

func (r *recorder) record(method string, v any, err error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if merr := enc.Encode(v); merr != nil {
		panic(merr)
	}
	b := bytes.TrimSpace(buf.Bytes())
	r.mu.Lock()
	defer r.mu.Unlock()
	r.calls = append(r.calls, call{method, b})
	if err != nil {
		r.invalid = append(r.invalid, fmt.Errorf("%s #%d: %w", method, len(r.calls), err))
	}
}

func (r *recorder) Respond(ctx context.Context, resp *discordgo.InteractionResponse) error {
	var err error
	switch resp.Type {
	case discordgo.InteractionResponseChannelMessageWithSource, discordgo.InteractionResponseUpdateMessage,
		discordgo.InteractionApplicationCommandAutocompleteResult:
		err = Validate(resp.Data)
	}
	r.record("Respond", resp, err)
	if r.onRespond != nil {
		r.onRespond(resp)
	}
	return nil
}

func (r *recorder) Edit(ctx context.Context, e *discordgo.WebhookEdit) error {
	r.record("Edit", e, validateEdit(e))
	return nil
}

func (r *recorder) Followup(ctx context.Context, p *discordgo.WebhookParams) error {
	r.record("Followup", p, validateFollowup(p))
	return nil
}

func (r *recorder) check(t *testing.T) {
	t.Helper()
	for _, err := range r.invalid {
		t.Error(err)
	}
}

// readInteraction reads a fixture from testdata.
func readInteraction(t *testing.T, name string) *discordgo.Interaction {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	var i discordgo.Interaction
	if err := json.Unmarshal(b, &i); err != nil {
		t.Fatalf("fixture %s: %v", name, err)
	}
	return &i
}

// fixedClock is a clock that moves only when told.
type fixedClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fixedClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fixedClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}
