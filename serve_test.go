package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/kutip/kutip/bot/discordtest"
)

// serveToken is the bot token of the serve tests; it must never be logged.
const serveToken = "OTk5.serve-test-secret.token"

// askKursk is a seed-qa question whose answer quotes "Kursk".
const askKursk = "Di wilayah mana tentara Korea Utara bertempur melawan pasukan Ukraina?"

// outLines is a writer that hands each write to a channel as well.
type outLines struct {
	mu  sync.Mutex
	buf bytes.Buffer
	c   chan string
}

func newOutLines() *outLines { return &outLines{c: make(chan string, 1024)} }

func (o *outLines) Write(p []byte) (int, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	select {
	case o.c <- string(p):
	default:
	}
	return o.buf.Write(p)
}

func (o *outLines) String() string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.buf.String()
}

// served is a running `kutip serve` against a fake Discord.
type served struct {
	fake *discordtest.Server
	priv ed25519.PrivateKey
	url  string // the interactions endpoint, in HTTP mode
}

// startServe runs `kutip serve` (with --http on a loopback port when
// httpMode) over the embedded seed corpus until the test ends, and checks
// that it registered the commands first.
func startServe(t *testing.T, httpMode bool) *served {
	t.Helper()
	fake := discordtest.New(t)
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	env := map[string]string{
		"DISCORD_TOKEN":          serveToken,
		"DISCORD_APPLICATION_ID": discordtest.AppID,
		"DISCORD_API_BASE":       fake.URL,
		"DISCORD_PUBLIC_KEY":     hex.EncodeToString(pub),
		"KUTIP_INDEX":            t.TempDir(),
		"KUTIP_LOG_LEVEL":        "debug",
	}
	args := []string{"serve"}
	if httpMode {
		args = append(args, "--http", "127.0.0.1:0")
	}
	ctx, cancel := context.WithCancel(context.Background())
	stdout, stderr := newOutLines(), newOutLines()
	done := make(chan struct{})
	var runErr error
	go func() {
		defer close(done)
		runErr = run(ctx, args, func(k string) string { return env[k] }, strings.NewReader(""), stdout, stderr)
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case <-done:
			if runErr != nil {
				t.Errorf("serve: %v", runErr)
			}
		case <-time.After(discordtest.Timeout):
			t.Error("serve did not stop after cancel")
		}
		if strings.Contains(stdout.String()+stderr.String(), "serve-test-secret") {
			t.Errorf("got the bot token in the output:\n%s\n%s", stdout, stderr)
		}
	})

	req := fake.NextRequest(t)
	if want := "/applications/" + discordtest.AppID + "/commands"; req.Method != http.MethodPut || req.Path != want {
		t.Fatalf("got %s %s first, want PUT %s (registration)", req.Method, req.Path, want)
	}
	var names []string
	cmds, _ := req.Body.([]any)
	for _, c := range cmds {
		name, _ := c.(map[string]any)["name"].(string)
		names = append(names, name)
	}
	for _, want := range []string{"ask", "sources", "reindex"} {
		if !contains(names, want) {
			t.Errorf("got commands %v registered, want %q among them", names, want)
		}
	}

	s := &served{fake: fake, priv: priv}
	if !httpMode {
		if id := fake.WaitIdentify(t); id.Token != "Bot "+serveToken {
			t.Errorf("got identify token %q, want the bot token", id.Token)
		}
		return s
	}
	for s.url == "" {
		select {
		case line := <-stdout.c:
			if i := strings.Index(line, "http://"); i >= 0 {
				s.url = strings.TrimSpace(line[i:])
			}
		case <-done:
			t.Fatalf("serve stopped: %v\n%s", runErr, stderr)
		case <-time.After(discordtest.Timeout):
			t.Fatalf("serve printed no address within %v", discordtest.Timeout)
		}
	}
	return s
}

// post sends body to the HTTP endpoint signed at ts (spoilt when bad).
func (s *served) post(t *testing.T, body []byte, ts time.Time, bad bool) (int, []byte) {
	t.Helper()
	return discordtest.PostSigned(t, s.url, s.priv, body, ts, bad)
}

// initial returns the initial response to i: the HTTP response body in
// HTTP mode, the callback POST at the fake Discord in gateway mode.
func (s *served) initial(t *testing.T, i *discordgo.Interaction) map[string]any {
	t.Helper()
	if s.url == "" {
		if err := s.fake.SendInteraction(i); err != nil {
			t.Fatal(err)
		}
		req := s.fake.NextRequest(t)
		if want := "/interactions/" + i.ID + "/" + i.Token + "/callback"; req.Method != http.MethodPost || req.Path != want {
			t.Fatalf("got %s %s, want POST %s", req.Method, req.Path, want)
		}
		return req.Object()
	}
	b, err := json.Marshal(i)
	if err != nil {
		t.Fatal(err)
	}
	status, body := s.post(t, b, time.Now(), false)
	if status != http.StatusOK {
		t.Fatalf("got status %d (%s), want 200", status, body)
	}
	var m map[string]any
	if err := json.Unmarshal(body, &m); err != nil {
		t.Fatalf("decoding %s: %v", body, err)
	}
	return m
}

// message returns the message a reply ends up as: the initial response's
// data, or, after a deferral, the next edit of the original.
func (s *served) message(t *testing.T, i *discordgo.Interaction) map[string]any {
	t.Helper()
	resp := s.initial(t, i)
	switch typ := jsonInt(resp["type"]); typ {
	case 4, 7:
		data, _ := resp["data"].(map[string]any)
		return data
	case 5, 6:
		return s.nextEdit(t, i)
	default:
		t.Fatalf("got response type %d (%v), want a message or a deferral", typ, resp)
		return nil
	}
}

// nextEdit waits for the next edit of i's original response.
func (s *served) nextEdit(t *testing.T, i *discordgo.Interaction) map[string]any {
	t.Helper()
	req := s.fake.NextRequest(t)
	if want := "/webhooks/" + discordtest.AppID + "/" + i.Token + "/messages/@original"; req.Method != http.MethodPatch || req.Path != want {
		t.Fatalf("got %s %s, want PATCH %s", req.Method, req.Path, want)
	}
	return req.Object()
}

// text is everything a user reads in a message, markdown marks removed.
func text(msg map[string]any) string {
	var b strings.Builder
	add := func(v any) {
		if s, ok := v.(string); ok {
			b.WriteString(s + "\n")
		}
	}
	add(msg["content"])
	embeds, _ := msg["embeds"].([]any)
	for _, e := range embeds {
		em, _ := e.(map[string]any)
		add(em["title"])
		add(em["description"])
		fields, _ := em["fields"].([]any)
		for _, f := range fields {
			fm, _ := f.(map[string]any)
			add(fm["name"])
			add(fm["value"])
		}
		if foot, ok := em["footer"].(map[string]any); ok {
			add(foot["text"])
		}
	}
	return strings.NewReplacer("**", "", "\\", "", "__", "").Replace(b.String())
}

func checkParseEmpty(t *testing.T, what string, msg map[string]any) {
	t.Helper()
	am, _ := msg["allowed_mentions"].(map[string]any)
	parse, ok := am["parse"].([]any)
	if !ok || len(parse) != 0 {
		t.Errorf("%s: got allowed_mentions %v, want {parse: []}", what, msg["allowed_mentions"])
	}
}

func ephemeral(msg map[string]any) bool {
	return jsonInt(msg["flags"])&int(discordgo.MessageFlagsEphemeral) != 0
}

func jsonInt(v any) int {
	f, _ := v.(float64)
	return int(f)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Interactions as Discord sends them.

func slash(id, locale string, perms int64, name string, opts ...*discordgo.ApplicationCommandInteractionDataOption) *discordgo.Interaction {
	return &discordgo.Interaction{
		ID: id, AppID: discordtest.AppID, Token: "tok-" + id, Type: discordgo.InteractionApplicationCommand,
		GuildID: "400000000000000001", ChannelID: "300000000000000001", Locale: discordgo.Locale(locale),
		Member: &discordgo.Member{User: &discordgo.User{ID: "500000000000000001", Username: "penanya"}, Permissions: perms},
		Data:   discordgo.ApplicationCommandInteractionData{ID: "600000000000000001", Name: name, Options: opts},
	}
}

func stringOpt(name, value string) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionString, Value: value}
}

func TestServeHTTP(t *testing.T) {
	s := startServe(t, true)

	t.Run("ping", func(t *testing.T) {
		resp := s.initial(t, &discordgo.Interaction{ID: "1", Type: discordgo.InteractionPing})
		if jsonInt(resp["type"]) != 1 {
			t.Errorf("got %v, want PONG {type: 1}", resp)
		}
	})
	t.Run("ask quotes the corpus", func(t *testing.T) {
		i := slash("2", "id", 0, "ask", stringOpt("question", askKursk))
		msg := s.message(t, i)
		if got := text(msg); !strings.Contains(got, "Kursk") {
			t.Errorf("got answer %q, want a quote containing %q", got, "Kursk")
		}
		if ephemeral(msg) {
			t.Error("got an ephemeral answer, want a public one")
		}
		checkParseEmpty(t, "/ask", msg)
	})
	t.Run("sources", func(t *testing.T) {
		msg := s.message(t, slash("3", "id", 0, "sources"))
		if got := text(msg); !strings.Contains(got, "Alinea.id") || !strings.Contains(got, "Tribunnews") {
			t.Errorf("got %q, want the seed publishers listed", got)
		}
		checkParseEmpty(t, "/sources", msg)
	})
	t.Run("reindex refused to a non-admin", func(t *testing.T) {
		msg := s.message(t, slash("4", "en-US", 0, "reindex"))
		if !ephemeral(msg) || strings.TrimSpace(text(msg)) == "" || strings.Contains(text(msg), "Index rebuilt") {
			t.Errorf("got %v, want an ephemeral refusal", msg)
		}
		checkParseEmpty(t, "/reindex refusal", msg)
	})
	t.Run("reindex by an admin", func(t *testing.T) {
		i := slash("5", "en-US", discordgo.PermissionManageGuild, "reindex")
		resp := s.initial(t, i)
		data, _ := resp["data"].(map[string]any)
		if jsonInt(resp["type"]) != 5 || !ephemeral(data) {
			t.Fatalf("got %v, want an ephemeral deferral (type 5)", resp)
		}
		checkReindexSummary(t, s, i)
	})

	refused := []struct {
		name   string
		body   []byte
		ts     time.Time
		bad    bool
		status int
	}{
		{"bad signature", []byte(`{"id":"9","type":1}`), time.Now(), true, http.StatusUnauthorized},
		{"stale timestamp", []byte(`{"id":"9","type":1}`), time.Now().Add(-10 * time.Minute), false, http.StatusUnauthorized},
		{"malformed body", []byte(`{"id":"9","type":`), time.Now(), false, http.StatusBadRequest},
	}
	for _, tt := range refused {
		t.Run(tt.name, func(t *testing.T) {
			if got, body := s.post(t, tt.body, tt.ts, tt.bad); got != tt.status {
				t.Errorf("got status %d (%s), want %d", got, body, tt.status)
			}
		})
	}
}

// checkReindexSummary waits past progress edits for the summary edit.
func checkReindexSummary(t *testing.T, s *served, i *discordgo.Interaction) {
	t.Helper()
	for {
		edit := s.nextEdit(t, i)
		checkParseEmpty(t, "/reindex edit", edit)
		if got := text(edit); strings.Contains(got, "Index rebuilt") {
			if !strings.Contains(got, "5 articles") {
				t.Errorf("got summary %q, want the 5 seed articles counted", got)
			}
			return
		}
	}
}

func TestServeGateway(t *testing.T) {
	s := startServe(t, false)

	t.Run("ask, then the next page", func(t *testing.T) {
		limit := &discordgo.ApplicationCommandInteractionDataOption{Name: "limit", Type: discordgo.ApplicationCommandOptionInteger, Value: float64(1)}
		ask := slash("10", "id", 0, "ask", stringOpt("question", askKursk), limit)
		first := s.message(t, ask)
		if got := text(first); !strings.Contains(got, askKursk) {
			t.Errorf("got %q, want the question shown", got)
		}
		checkParseEmpty(t, "/ask", first)

		var m discordgo.Message
		raw, err := json.Marshal(first)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(raw, &m); err != nil {
			t.Fatalf("decoding the answer as a message: %v", err)
		}
		next := ""
		for _, row := range m.Components {
			r, ok := row.(*discordgo.ActionsRow)
			if !ok {
				continue
			}
			for _, c := range r.Components {
				if b, ok := c.(*discordgo.Button); ok && strings.HasPrefix(b.CustomID, "ask:") && strings.Contains(b.CustomID, ":1:") && !b.Disabled {
					next = b.CustomID
				}
			}
		}
		if next == "" {
			t.Fatalf("got no enabled next-page button in %v", first["components"])
		}
		m.ID, m.ChannelID = "700000000000000001", ask.ChannelID
		click := &discordgo.Interaction{
			ID: "11", AppID: discordtest.AppID, Token: "tok-11", Type: discordgo.InteractionMessageComponent,
			GuildID: ask.GuildID, ChannelID: ask.ChannelID, Locale: "id", Member: ask.Member, Message: &m,
			Data: discordgo.MessageComponentInteractionData{CustomID: next, ComponentType: discordgo.ButtonComponent},
		}
		resp := s.initial(t, click)
		var second map[string]any
		switch jsonInt(resp["type"]) {
		case 7:
			second, _ = resp["data"].(map[string]any)
		case 6:
			second = s.nextEdit(t, click)
		default:
			t.Fatalf("got %v, want an update of the clicked message (type 7 or 6)", resp)
		}
		if text(second) == text(first) || !strings.Contains(text(second), askKursk) {
			t.Errorf("got page 2 %q, want another page of the same question", text(second))
		}
		checkParseEmpty(t, "page 2", second)
	})
	t.Run("sources with autocomplete", func(t *testing.T) {
		typed := stringOpt("filter", "alinea")
		typed.Focused = true
		ac := slash("12", "id", 0, "sources", typed)
		ac.Type = discordgo.InteractionApplicationCommandAutocomplete
		resp := s.initial(t, ac)
		var picked string
		choices, _ := resp["data"].(map[string]any)["choices"].([]any)
		for _, c := range choices {
			if v, _ := c.(map[string]any)["value"].(string); strings.Contains(v, "Alinea") {
				picked = v
			}
		}
		if jsonInt(resp["type"]) != 8 || picked == "" {
			t.Fatalf("got %v, want autocomplete choices (type 8) offering Alinea.id", resp)
		}
		msg := s.message(t, slash("13", "id", 0, "sources", stringOpt("filter", picked)))
		if got := text(msg); !strings.Contains(got, "Alinea.id") || strings.Contains(got, "Tribunnews") {
			t.Errorf("got %q, want only the Alinea.id article listed", got)
		}
		checkParseEmpty(t, "/sources", msg)
	})
	t.Run("reindex by an admin", func(t *testing.T) {
		i := slash("14", "en-US", discordgo.PermissionAdministrator, "reindex")
		resp := s.initial(t, i)
		data, _ := resp["data"].(map[string]any)
		if jsonInt(resp["type"]) != 5 || !ephemeral(data) {
			t.Fatalf("got %v, want an ephemeral deferral (type 5)", resp)
		}
		checkReindexSummary(t, s, i)
	})
}

func TestServeNeedsSettings(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		args []string
		want string
	}{
		{"gateway without a token", map[string]string{}, []string{"serve"}, "DISCORD_TOKEN"},
		{"http without a public key", map[string]string{}, []string{"serve", "--http", "127.0.0.1:0"}, "DISCORD_PUBLIC_KEY"},
		{"register without an application id", map[string]string{"DISCORD_TOKEN": serveToken}, []string{"register"}, "DISCORD_APPLICATION_ID"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.env["KUTIP_INDEX"] = t.TempDir()
			_, _, err := runKutip(t, tt.env, "", tt.args...)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want an error naming %s", err, tt.want)
			}
		})
	}
}

func TestRegisterCommand(t *testing.T) {
	fake := discordtest.New(t)
	env := map[string]string{"DISCORD_TOKEN": serveToken, "DISCORD_APPLICATION_ID": discordtest.AppID, "DISCORD_API_BASE": fake.URL}
	out, _, err := runKutip(t, env, "", "register", "--guild", "42")
	if err != nil {
		t.Fatalf("register: %v", err)
	}
	req := fake.NextRequest(t)
	if want := "/applications/" + discordtest.AppID + "/guilds/42/commands"; req.Method != http.MethodPut || req.Path != want {
		t.Errorf("got %s %s, want PUT %s", req.Method, req.Path, want)
	}
	if !strings.Contains(out, "guild 42") || strings.Contains(out, "serve-test-secret") {
		t.Errorf("got output %q, want the guild named and no token", out)
	}
}
