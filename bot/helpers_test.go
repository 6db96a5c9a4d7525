package bot_test

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/kutip/kutip/bot"
	"github.com/kutip/kutip/bot/discordtest"
)

// now is the fixed clock of the HTTP tests.
var now = time.Unix(1_750_000_000, 0)

// logBuffer collects log output safely across goroutines.
type logBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func newLogger() (*slog.Logger, *logBuffer) {
	buf := &logBuffer{}
	return slog.New(slog.NewTextHandler(buf, &slog.HandlerOptions{Level: slog.LevelDebug})), buf
}

// fired returns an After that fires at once: the deferral safety net
// triggers before any handler that waits for the test.
func fired(time.Duration) <-chan time.Time {
	c := make(chan time.Time, 1)
	c <- now
	return c
}

// never is an After that never fires: handlers always answer in time.
func never(time.Duration) <-chan time.Time { return nil }

// endpoint is an HTTP interactions endpoint behind httptest, signed with a
// fresh key, answering late messages through a fake Discord.
type endpoint struct {
	srv  *httptest.Server
	priv ed25519.PrivateKey
	fake *discordtest.Server
	ep   *bot.Endpoint
	logs *logBuffer
}

func newEndpoint(t *testing.T, h bot.Handler, after func(time.Duration) <-chan time.Time) *endpoint {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	fake := discordtest.New(t)
	log, logs := newLogger()
	rest := bot.NewREST(bot.RESTOptions{Base: fake.URL, Logger: log})
	ep := bot.NewEndpoint(pub, h, rest, log, bot.Options{After: after, Now: func() time.Time { return now }, MaxBody: 4096})
	srv := httptest.NewServer(ep)
	t.Cleanup(func() {
		srv.Close()
		ctx, cancel := context.WithTimeout(context.Background(), discordtest.Timeout)
		defer cancel()
		if err := ep.Wait(ctx); err != nil {
			t.Errorf("handlers still running: %v", err)
		}
	})
	return &endpoint{srv: srv, priv: priv, fake: fake, ep: ep, logs: logs}
}

// post sends body signed at ts (the signature may be spoilt with bad).
func (e *endpoint) post(t *testing.T, body []byte, ts time.Time, bad bool) (int, []byte) {
	t.Helper()
	return discordtest.PostSigned(t, e.srv.URL, e.priv, body, ts, bad)
}

// interact posts an interaction, expects 200 and returns the decoded JSON.
func (e *endpoint) interact(t *testing.T, i *discordgo.Interaction) map[string]any {
	t.Helper()
	status, b := e.post(t, mustJSON(t, i), now, false)
	if status != http.StatusOK {
		t.Fatalf("got status %d (%s), want 200", status, b)
	}
	return decode(t, b)
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func decode(t *testing.T, b []byte) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("decoding %s: %v", b, err)
	}
	return m
}

func command(id, locale string) *discordgo.Interaction {
	return &discordgo.Interaction{
		ID: id, AppID: discordtest.AppID, Token: "itoken-" + id, Type: discordgo.InteractionApplicationCommand,
		Locale: discordgo.Locale(locale),
		Data:   discordgo.ApplicationCommandInteractionData{ID: "c1", Name: "ask"},
	}
}

func component(id string) *discordgo.Interaction {
	return &discordgo.Interaction{
		ID: id, AppID: discordtest.AppID, Token: "itoken-" + id, Type: discordgo.InteractionMessageComponent,
		Data: discordgo.MessageComponentInteractionData{CustomID: "page:2", ComponentType: discordgo.ButtonComponent},
	}
}

func autocomplete(id string) *discordgo.Interaction {
	return &discordgo.Interaction{
		ID: id, AppID: discordtest.AppID, Token: "itoken-" + id, Type: discordgo.InteractionApplicationCommandAutocomplete,
		Data: discordgo.ApplicationCommandInteractionData{ID: "c2", Name: "sources"},
	}
}

// reply is a handler's plain message answer.
func reply(content string) *discordgo.InteractionResponse {
	return &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Content: content},
	}
}

// field walks a decoded JSON value: field(m, "data", "content").
func field(v any, path ...string) any {
	for _, p := range path {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = m[p]
	}
	return v
}

// checkNoMentions fails unless msg carries allowed_mentions with an empty
// parse list.
func checkNoMentions(t *testing.T, what string, msg any) {
	t.Helper()
	parse, ok := field(msg, "allowed_mentions", "parse").([]any)
	if !ok || len(parse) != 0 {
		t.Errorf("%s: got allowed_mentions %v, want {parse: []}", what, field(msg, "allowed_mentions"))
	}
}

func num(v any) int {
	f, _ := v.(float64)
	return int(f)
}
