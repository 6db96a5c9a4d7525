package commands

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/kutip/kutip/retrieval"
)

// openSeed opens the real library over the embedded seed corpus.
func openSeed(t *testing.T) *retrieval.Library {
	t.Helper()
	lib, _, err := retrieval.Open(context.Background(), retrieval.Options{IndexDir: t.TempDir()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lib.Close() })
	return lib
}

// TestRealLibrary runs the fixtures against the real retrieval.Library:
// what the Router sends must be what rendering the library's own answer
// gives, and every message must be within Discord's limits.
func TestRealLibrary(t *testing.T) {
	lib := openSeed(t)
	router := New(lib, lib, lib, Options{})
	handle := func(t *testing.T, i *discordgo.Interaction) *recorder {
		t.Helper()
		rec := &recorder{}
		if err := router.HandleInteraction(context.Background(), i, rec); err != nil {
			t.Fatal(err)
		}
		rec.check(t)
		return rec
	}

	t.Run("ask", func(t *testing.T) {
		for _, q := range []string{"berapa tentara korut yang dikirim?", "Who confirmed that North Korean troops were sent?", "siapa juara piala dunia 2022?"} {
			i := readInteraction(t, "ask.json")
			i.Data.(discordgo.ApplicationCommandInteractionData).Options[0].Value = q
			rec := handle(t, i)
			a, err := lib.Ask(context.Background(), retrieval.Question{Text: q, Limit: 2 * retrieval.DefaultLimit})
			if err != nil {
				t.Fatal(err)
			}
			want := renderAnswer(answerView{Lang: indonesian, Asker: "1000000000000000001", Question: q, Answer: a, Limit: retrieval.DefaultLimit})
			got := decodeResponse(t, rec.calls[0])
			if len(got.Data.Embeds) != len(want.Embeds) {
				t.Fatalf("%s: got %d embeds, want %d", q, len(got.Data.Embeds), len(want.Embeds))
			}
			for n := range want.Embeds {
				g, _ := json.Marshal(got.Data.Embeds[n])
				w, _ := json.Marshal(want.Embeds[n])
				if string(g) != string(w) {
					t.Errorf("%s: embed %d: got %s, want %s", q, n, g, w)
				}
			}
			t.Logf("%s: abstained %v, %d quotes", q, a.Abstained, len(a.Quotes))
		}
	})

	t.Run("sources", func(t *testing.T) {
		got := decodeResponse(t, handle(t, readInteraction(t, "sources.json")).calls[0])
		n := len(lib.Sources())
		if want := fmt.Sprintf("Page 1/1 · %d articles", n); n == 0 || got.Data.Embeds[0].Footer.Text != want {
			t.Errorf("got footer %q, want %q", got.Data.Embeds[0].Footer.Text, want)
		}
		for _, s := range lib.Sources() {
			if !strings.Contains(got.Data.Embeds[0].Description, escapeText(truncate(oneLine(s.Title), maxTitle))) {
				t.Errorf("got %q, want it to list %q", got.Data.Embeds[0].Description, s.Title)
			}
		}
	})

	t.Run("autocomplete", func(t *testing.T) {
		i := readInteraction(t, "sources_autocomplete.json")
		i.Data.(discordgo.ApplicationCommandInteractionData).Options[0].Value = "RUSIA"
		var r struct {
			Data struct {
				Choices []discordgo.ApplicationCommandOptionChoice `json:"choices"`
			} `json:"data"`
		}
		if err := json.Unmarshal(handle(t, i).calls[0].Body, &r); err != nil {
			t.Fatal(err)
		}
		if len(r.Data.Choices) == 0 {
			t.Fatal("got no choices, want the titles mentioning Rusia")
		}
		for _, c := range r.Data.Choices {
			if !strings.Contains(strings.ToLower(c.Value.(string)), "rusia") {
				t.Errorf("got choice %q, want it to contain rusia", c.Value)
			}
		}
	})

	t.Run("reindex", func(t *testing.T) {
		rec := handle(t, readInteraction(t, "reindex_admin.json"))
		last := string(rec.calls[len(rec.calls)-1].Body)
		if want := fmt.Sprintf(": %d artikel, ", len(lib.Sources())); !strings.Contains(last, want) {
			t.Errorf("got %s, want a summary with %q", last, want)
		}
	})
}

func BenchmarkRenderAnswer(b *testing.B) {
	a := newFake().answers["many"]
	for b.Loop() {
		renderAnswer(answerView{Lang: indonesian, Asker: "1", Question: "many", Answer: a, Page: 1, Limit: 10})
	}
}

func BenchmarkAskRealLibrary(b *testing.B) {
	lib, _, err := retrieval.Open(context.Background(), retrieval.Options{IndexDir: b.TempDir()}, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer lib.Close()
	router := New(lib, lib, lib, Options{})
	var i discordgo.Interaction
	if err := json.Unmarshal([]byte(`{"type":2,"id":"1","locale":"id","data":{"type":1,"name":"ask","options":[{"name":"question","type":3,"value":"berapa tentara korut yang dikirim?"}]},"user":{"id":"1"}}`), &i); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if err := router.HandleInteraction(context.Background(), &i, &recorder{}); err != nil {
			b.Fatal(err)
		}
	}
}
