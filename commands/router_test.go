package commands

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/kutip/kutip/retrieval"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestGolden feeds every interaction fixture through a Router and compares
// what it sends to Discord with testdata/golden.
func TestGolden(t *testing.T) {
	fixtures, err := filepath.Glob("testdata/*.json")
	if err != nil || len(fixtures) == 0 {
		t.Fatalf("got fixtures %v, err %v", fixtures, err)
	}
	for _, path := range fixtures {
		name := strings.TrimSuffix(filepath.Base(path), ".json")
		t.Run(name, func(t *testing.T) {
			lib := newFake()
			clock := &fixedClock{t: time.Date(2025, 5, 1, 9, 0, 0, 0, time.UTC)}
			router := New(lib, lib, lib, Options{Cooldown: 10 * time.Second, Now: clock.Now})
			rec := &recorder{}
			if err := router.HandleInteraction(context.Background(), readInteraction(t, filepath.Base(path)), rec); err != nil {
				t.Fatalf("HandleInteraction: %v", err)
			}
			rec.check(t)
			got := marshalCalls(t, rec.calls)
			golden := filepath.Join("testdata", "golden", name+".json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
}

func marshalCalls(t *testing.T, calls []call) []byte {
	t.Helper()
	// Unescaped <, > and & keep the golden files readable.
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(calls); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// run handles one fixture with lib and returns the recorded calls.
func run(t *testing.T, lib *fakeLibrary, opts Options, i *discordgo.Interaction) *recorder {
	t.Helper()
	rec := &recorder{}
	if err := New(lib, lib, lib, opts).HandleInteraction(context.Background(), i, rec); err != nil {
		t.Fatalf("HandleInteraction: %v", err)
	}
	rec.check(t)
	return rec
}

func decodeResponse(t *testing.T, c call) discordgo.InteractionResponse {
	t.Helper()
	if c.Method != "Respond" {
		t.Fatalf("got %s, want Respond", c.Method)
	}
	var r struct {
		Type discordgo.InteractionResponseType  `json:"type"`
		Data *discordgo.InteractionResponseData `json:"data"`
	}
	// Components do not unmarshal into the interface; drop them.
	var raw map[string]json.RawMessage
	_ = json.Unmarshal(c.Body, &raw)
	if d, ok := raw["data"]; ok {
		var m map[string]json.RawMessage
		_ = json.Unmarshal(d, &m)
		delete(m, "components")
		raw["data"], _ = json.Marshal(m)
	}
	b, _ := json.Marshal(raw)
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	return discordgo.InteractionResponse{Type: r.Type, Data: r.Data}
}

func TestAllowedMentionsSerialised(t *testing.T) {
	for _, name := range []string{"ask.json", "ask_failure.json", "reindex_admin.json", "sources.json", "ask_next_page.json", "find_sources.json"} {
		t.Run(name, func(t *testing.T) {
			rec := run(t, newFake(), Options{}, readInteraction(t, name))
			for _, c := range rec.calls {
				if strings.Contains(string(c.Body), `"type":5`) || strings.Contains(string(c.Body), `"type":6`) {
					continue // deferrals carry no message
				}
				if !strings.Contains(string(c.Body), `"allowed_mentions":{"parse":[]`) {
					t.Errorf("got %s %s, want allowed_mentions with \"parse\":[]", c.Method, c.Body)
				}
			}
		})
	}
}

func TestAskInline(t *testing.T) {
	lib := newFake()
	rec := run(t, lib, Options{}, readInteraction(t, "ask_en_hidden.json"))
	if len(rec.calls) != 1 {
		t.Fatalf("got %d calls, want 1 inline response", len(rec.calls))
	}
	r := decodeResponse(t, rec.calls[0])
	if r.Type != discordgo.InteractionResponseChannelMessageWithSource {
		t.Errorf("got type %d, want %d", r.Type, discordgo.InteractionResponseChannelMessageWithSource)
	}
	if r.Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
		t.Errorf("got flags %d, want ephemeral (hide: true)", r.Data.Flags)
	}
	if len(r.Data.Embeds) != 2 {
		t.Errorf("got %d embeds, want 2 (limit 2)", len(r.Data.Embeds))
	}
	if got := lib.asked[0]; got.Limit != 4 || got.Text != "berapa tentara korut yang dikirim?" {
		t.Errorf("got question %+v, want the text with Limit 4 (two pages of 2)", got)
	}
	if !strings.Contains(r.Data.Embeds[0].Description, "**mengirim**") {
		t.Errorf("got %q, want the matched word in bold", r.Data.Embeds[0].Description)
	}
	if !strings.Contains(r.Data.Embeds[0].Description, `Also reported by [Al Jazeera \(terjemahan\)](https://www.example.test/aljazeera/pasukan)`) {
		t.Errorf("got %q, want the other publishers in English", r.Data.Embeds[0].Description)
	}
	footer := r.Data.Embeds[1].Footer.Text
	if footer != "❓ berapa tentara korut yang dikirim?\nQuotes 1–2" {
		t.Errorf("got footer %q, want the question and the quote range", footer)
	}
}

// TestAskDeferred makes the answer arrive only after the Router deferred:
// the fake search waits until the deferral is recorded.
func TestAskDeferred(t *testing.T) {
	for _, tt := range []struct {
		fixture   string
		wantDefer discordgo.InteractionResponseType
	}{
		{"ask_en_hidden.json", discordgo.InteractionResponseDeferredChannelMessageWithSource},
		{"ask_next_page.json", discordgo.InteractionResponseDeferredMessageUpdate},
	} {
		t.Run(tt.fixture, func(t *testing.T) {
			lib := newFake()
			lib.gate = make(chan struct{})
			rec := &recorder{onRespond: func(r *discordgo.InteractionResponse) {
				if r.Type == tt.wantDefer {
					close(lib.gate)
				}
			}}
			router := New(lib, lib, lib, Options{SoftDeadline: time.Millisecond})
			if err := router.HandleInteraction(context.Background(), readInteraction(t, tt.fixture), rec); err != nil {
				t.Fatal(err)
			}
			rec.check(t)
			if len(rec.calls) != 2 || rec.calls[0].Method != "Respond" || rec.calls[1].Method != "Edit" {
				t.Fatalf("got %v, want Respond (deferral) then Edit", rec.calls)
			}
			r := decodeResponse(t, rec.calls[0])
			if r.Type != tt.wantDefer {
				t.Errorf("got type %d, want %d", r.Type, tt.wantDefer)
			}
			if tt.wantDefer == discordgo.InteractionResponseDeferredChannelMessageWithSource && (r.Data == nil || r.Data.Flags != discordgo.MessageFlagsEphemeral) {
				t.Errorf("got deferral data %+v, want ephemeral (hide: true)", r.Data)
			}
			var e struct {
				Embeds []*discordgo.MessageEmbed `json:"embeds"`
			}
			if err := json.Unmarshal(rec.calls[1].Body, &e); err != nil {
				t.Fatal(err)
			}
			if len(e.Embeds) != 2 {
				t.Errorf("got edit %s, want the 2 quotes of the page", rec.calls[1].Body)
			}
		})
	}
}

func TestAskPaging(t *testing.T) {
	lib := newFake()
	rec := run(t, lib, Options{}, readInteraction(t, "ask_next_page.json"))
	r := decodeResponse(t, rec.calls[0])
	if r.Type != discordgo.InteractionResponseUpdateMessage {
		t.Fatalf("got type %d, want UPDATE_MESSAGE", r.Type)
	}
	if got := lib.asked[0]; got.Text != "berapa tentara korut yang dikirim?" || got.Limit != 6 {
		t.Errorf("got %+v, want the question read back from the message, Limit 6 (pages 2 and 3 of 2)", got)
	}
	if got := r.Data.Embeds[1].Footer.Text; !strings.HasSuffix(got, "Kutipan 3–4") {
		t.Errorf("got footer %q, want quotes 3–4", got)
	}
	if !strings.Contains(string(rec.calls[0].Body), `"custom_id":"ask:1000000000000000001:0:2"`) ||
		!strings.Contains(string(rec.calls[0].Body), `"custom_id":"ask:1000000000000000001:2:2"`) {
		t.Errorf("got %s, want buttons to pages 0 and 2", rec.calls[0].Body)
	}

	// Someone else clicking gets a note, and no search runs.
	lib = newFake()
	rec = run(t, lib, Options{}, readInteraction(t, "ask_page_other_user.json"))
	r = decodeResponse(t, rec.calls[0])
	if r.Type != discordgo.InteractionResponseChannelMessageWithSource || r.Data.Flags&discordgo.MessageFlagsEphemeral == 0 || len(lib.asked) != 0 {
		t.Errorf("got %s with %d searches, want an ephemeral note and none", rec.calls[0].Body, len(lib.asked))
	}
	if !strings.Contains(r.Data.Content, "Only the person who asked") {
		t.Errorf("got %q, want the English note", r.Data.Content)
	}

	// A message without the question footer cannot be paged.
	i := readInteraction(t, "ask_next_page.json")
	i.Message.Embeds[0].Footer = nil
	rec = run(t, newFake(), Options{}, i)
	if r := decodeResponse(t, rec.calls[0]); !strings.Contains(r.Data.Content, "/ask") || r.Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
		t.Errorf("got %s, want an ephemeral note to ask again", rec.calls[0].Body)
	}
}

func TestAskPageFailureKeepsMessage(t *testing.T) {
	lib := newFake()
	lib.gate = make(chan struct{})
	lib.askErr = context.DeadlineExceeded
	rec := &recorder{onRespond: func(*discordgo.InteractionResponse) { close(lib.gate) }}
	if err := New(lib, lib, lib, Options{SoftDeadline: time.Millisecond}).HandleInteraction(context.Background(), readInteraction(t, "ask_next_page.json"), rec); err != nil {
		t.Fatal(err)
	}
	rec.check(t)
	if len(rec.calls) != 2 || rec.calls[1].Method != "Followup" {
		t.Fatalf("got %v, want a deferred update then a followup (the answers stay)", rec.calls)
	}
	var p discordgo.WebhookParams
	if err := json.Unmarshal(rec.calls[1].Body, &p); err != nil {
		t.Fatal(err)
	}
	if p.Flags&discordgo.MessageFlagsEphemeral == 0 || !strings.Contains(p.Content, "pencarian gagal") {
		t.Errorf("got %s, want an ephemeral apology", rec.calls[1].Body)
	}
}

func TestAskCooldown(t *testing.T) {
	lib := newFake()
	clock := &fixedClock{t: time.Date(2025, 5, 1, 9, 0, 0, 0, time.UTC)}
	router := New(lib, lib, lib, Options{Cooldown: 10 * time.Second, Now: clock.Now})
	ask := func() discordgo.InteractionResponse {
		t.Helper()
		rec := &recorder{}
		if err := router.HandleInteraction(context.Background(), readInteraction(t, "ask.json"), rec); err != nil {
			t.Fatal(err)
		}
		rec.check(t)
		return decodeResponse(t, rec.calls[0])
	}
	if r := ask(); len(r.Data.Embeds) == 0 {
		t.Fatalf("first question: got %+v, want an answer", r.Data)
	}
	clock.Advance(3 * time.Second)
	r := ask()
	if want := "Coba lagi dalam 7 detik."; !strings.Contains(r.Data.Content, want) || r.Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
		t.Errorf("got %q (flags %d), want an ephemeral %q", r.Data.Content, r.Data.Flags, want)
	}
	if len(lib.asked) != 1 {
		t.Errorf("got %d searches, want 1", len(lib.asked))
	}
	// The message command shares the cooldown.
	if r := decodeResponse(t, runWith(t, router, "find_sources.json").calls[0]); !strings.Contains(r.Data.Content, "detik") {
		t.Errorf("got %q, want the cooldown note", r.Data.Content)
	}
	clock.Advance(7 * time.Second)
	if r := ask(); len(r.Data.Embeds) == 0 {
		t.Errorf("after the cooldown: got %q, want an answer", r.Data.Content)
	}
}

func runWith(t *testing.T, router *Router, fixture string) *recorder {
	t.Helper()
	rec := &recorder{}
	if err := router.HandleInteraction(context.Background(), readInteraction(t, fixture), rec); err != nil {
		t.Fatal(err)
	}
	rec.check(t)
	return rec
}

func TestFindSourcesQuestion(t *testing.T) {
	lib := newFake()
	run(t, lib, Options{}, readInteraction(t, "find_sources.json"))
	if got, want := lib.asked[0].Text, "eh berapa tentara korut yang dikirim? liat :flag_kp:"; got != want {
		t.Errorf("got question %q, want %q", got, want)
	}
}

func TestReindex(t *testing.T) {
	t.Run("progress throttled by tenths and seconds", func(t *testing.T) {
		for _, tt := range []struct {
			name      string
			step      time.Duration // the clock moves this much per progress call
			wantEdits int           // progress edits
		}{
			{"frozen clock", 0, 1},
			{"slow", 300 * time.Millisecond, 10},
			{"fast", 50 * time.Millisecond, 5}, // a tenth takes 0.5s: edits at 10, 30, 50, 70 and 90%
		} {
			t.Run(tt.name, func(t *testing.T) {
				lib := newFake()
				clock := &fixedClock{t: time.Date(2025, 5, 1, 9, 0, 0, 0, time.UTC)}
				lib.reindex = func(ctx context.Context, progress func(retrieval.Progress)) (retrieval.Summary, error) {
					for n := 1; n <= 100; n++ {
						clock.Advance(tt.step)
						progress(retrieval.Progress{Done: n, Total: 100})
					}
					return retrieval.Summary{Articles: 100, Passages: 900}, nil
				}
				rec := run(t, lib, Options{Now: clock.Now}, readInteraction(t, "reindex_admin.json"))
				edits := 0
				for _, c := range rec.calls {
					if c.Method == "Edit" && strings.Contains(string(c.Body), "Mengindeks ulang…") {
						edits++
					}
				}
				if edits != tt.wantEdits {
					t.Errorf("got %d progress edits, want %d", edits, tt.wantEdits)
				}
				if last := rec.calls[len(rec.calls)-1]; !strings.Contains(string(last.Body), "100 artikel, 900 potongan") {
					t.Errorf("got last call %s, want the summary", last.Body)
				}
			})
		}
	})
	for _, tt := range []struct {
		name string
		err  error
		want string
	}{
		{"already running", retrieval.ErrReindexing, "sedang berjalan"},
		{"failure", os.ErrPermission, "indeks lama tetap dipakai"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			lib := newFake()
			lib.reindex = func(context.Context, func(retrieval.Progress)) (retrieval.Summary, error) {
				return retrieval.Summary{}, tt.err
			}
			rec := run(t, lib, Options{}, readInteraction(t, "reindex_admin.json"))
			body := string(rec.calls[len(rec.calls)-1].Body)
			if !strings.Contains(body, tt.want) || strings.Contains(body, tt.err.Error()) {
				t.Errorf("got %s, want %q and not the error text", body, tt.want)
			}
		})
	}
	t.Run("administrator without manage server", func(t *testing.T) {
		i := readInteraction(t, "reindex_member.json")
		i.Member.Permissions |= discordgo.PermissionAdministrator
		rec := run(t, newFake(), Options{}, i)
		if r := decodeResponse(t, rec.calls[0]); r.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource {
			t.Errorf("got type %d, want a deferral", r.Type)
		}
	})
	t.Run("refusals run nothing", func(t *testing.T) {
		for _, name := range []string{"reindex_member.json", "reindex_dm.json"} {
			lib := newFake()
			ran := false
			lib.reindex = func(context.Context, func(retrieval.Progress)) (retrieval.Summary, error) {
				ran = true
				return retrieval.Summary{}, nil
			}
			rec := run(t, lib, Options{}, readInteraction(t, name))
			r := decodeResponse(t, rec.calls[0])
			if ran || len(rec.calls) != 1 || r.Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
				t.Errorf("%s: got %v (reindex ran: %v), want one ephemeral refusal", name, rec.calls, ran)
			}
		}
	})
}
