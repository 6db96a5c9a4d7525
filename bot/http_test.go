package bot_test

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/kutip/kutip/bot"
	"github.com/kutip/kutip/bot/discordtest"
)

const (
	apologyID = "Maaf, terjadi kesalahan"
	apologyEN = "Sorry, something went wrong"
)

func TestEndpointPing(t *testing.T) {
	called := make(chan struct{}, 1)
	e := newEndpoint(t, bot.HandlerFunc(func(context.Context, *discordgo.Interaction, bot.Responder) error {
		called <- struct{}{}
		return nil
	}), never)
	got := e.interact(t, &discordgo.Interaction{ID: "1", Type: discordgo.InteractionPing})
	if num(got["type"]) != 1 {
		t.Errorf("got %v, want {type: 1}", got)
	}
	if len(called) != 0 {
		t.Error("got the handler called for a PING, want it left alone")
	}
}

func TestEndpointInlineResponse(t *testing.T) {
	e := newEndpoint(t, bot.HandlerFunc(func(ctx context.Context, i *discordgo.Interaction, r bot.Responder) error {
		return r.Respond(ctx, reply("jawaban untuk "+i.ApplicationCommandData().Name))
	}), never)
	got := e.interact(t, command("10", "id"))
	if num(got["type"]) != 4 {
		t.Errorf("got type %v, want 4", got["type"])
	}
	if c := field(got, "data", "content"); c != "jawaban untuk ask" {
		t.Errorf("got content %q, want %q", c, "jawaban untuk ask")
	}
	checkNoMentions(t, "inline response", got["data"])
	if rs := e.fake.Requests(); len(rs) != 0 {
		t.Errorf("got %d REST requests, want none (the answer is the HTTP body)", len(rs))
	}
}

func TestEndpointSlowHandlerIsDeferredThenEdited(t *testing.T) {
	tests := []struct {
		name        string
		interaction *discordgo.Interaction
		answer      *discordgo.InteractionResponse
		wantType    int    // the endpoint's deferral
		wantMethod  string // how the handler's late answer reaches Discord
		wantPath    string
	}{
		{"command", command("20", "id"), reply("lambat"), 5, http.MethodPatch, "/webhooks/" + discordtest.AppID + "/itoken-20/messages/@original"},
		{"component update", component("21"),
			&discordgo.InteractionResponse{Type: discordgo.InteractionResponseUpdateMessage, Data: &discordgo.InteractionResponseData{Content: "lambat"}},
			6, http.MethodPatch, "/webhooks/" + discordtest.AppID + "/itoken-21/messages/@original"},
		{"component new message", component("22"), reply("lambat"), 6, http.MethodPost, "/webhooks/" + discordtest.AppID + "/itoken-22"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			release := make(chan struct{})
			done := make(chan error, 1)
			e := newEndpoint(t, bot.HandlerFunc(func(ctx context.Context, i *discordgo.Interaction, r bot.Responder) error {
				<-release
				err := r.Respond(ctx, tt.answer)
				done <- err
				return err
			}), fired)
			got := e.interact(t, tt.interaction)
			if num(got["type"]) != tt.wantType {
				t.Fatalf("got HTTP response %v, want type %d", got, tt.wantType)
			}
			close(release)
			req := e.fake.NextRequest(t)
			if req.Method != tt.wantMethod || req.Path != tt.wantPath {
				t.Errorf("got %s %s, want %s %s", req.Method, req.Path, tt.wantMethod, tt.wantPath)
			}
			if c := field(req.Body, "content"); c != "lambat" {
				t.Errorf("got content %q, want %q", c, "lambat")
			}
			checkNoMentions(t, "late answer", req.Body)
			if err := <-done; err != nil {
				t.Errorf("got Respond error %v, want nil", err)
			}
		})
	}
}

func TestEndpointSlowAutocompleteGetsNoChoices(t *testing.T) {
	release := make(chan struct{})
	done := make(chan error, 1)
	e := newEndpoint(t, bot.HandlerFunc(func(ctx context.Context, i *discordgo.Interaction, r bot.Responder) error {
		<-release
		err := r.Respond(ctx, &discordgo.InteractionResponse{
			Type: discordgo.InteractionApplicationCommandAutocompleteResult,
			Data: &discordgo.InteractionResponseData{Choices: []*discordgo.ApplicationCommandOptionChoice{{Name: "a", Value: "a"}}},
		})
		done <- err
		return nil
	}), fired)
	got := e.interact(t, autocomplete("30"))
	choices, ok := field(got, "data", "choices").([]any)
	if num(got["type"]) != 8 || !ok || len(choices) != 0 {
		t.Errorf("got %v, want type 8 with empty choices", got)
	}
	close(release)
	if err := <-done; err == nil {
		t.Error("got nil error for autocomplete choices after the deadline, want an error")
	}
}

func TestEndpointApologises(t *testing.T) {
	tests := []struct {
		name    string
		locale  string
		handler bot.HandlerFunc
		want    string
	}{
		{"panic, Indonesian", "id", func(context.Context, *discordgo.Interaction, bot.Responder) error {
			panic("boom")
		}, apologyID},
		{"panic, English", "en-US", func(context.Context, *discordgo.Interaction, bot.Responder) error {
			panic("boom")
		}, apologyEN},
		{"error, British English", "en-GB", func(context.Context, *discordgo.Interaction, bot.Responder) error {
			return errors.New("secret internal detail")
		}, apologyEN},
		{"no answer at all", "fr", func(context.Context, *discordgo.Interaction, bot.Responder) error {
			return nil
		}, apologyID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEndpoint(t, tt.handler, never)
			got := e.interact(t, command("40", tt.locale))
			content, _ := field(got, "data", "content").(string)
			if num(got["type"]) != 4 || !strings.HasPrefix(content, tt.want) {
				t.Errorf("got %v, want a type 4 message starting %q", got, tt.want)
			}
			if strings.Contains(content, "secret") || strings.Contains(content, "boom") {
				t.Errorf("got %q, want no error text shown to the user", content)
			}
			if flags := num(field(got, "data", "flags")); flags&int(discordgo.MessageFlagsEphemeral) == 0 {
				t.Errorf("got flags %d, want ephemeral", flags)
			}
			checkNoMentions(t, "apology", got["data"])
			// The server keeps serving after a panic.
			if pong := e.interact(t, &discordgo.Interaction{ID: "41", Type: discordgo.InteractionPing}); num(pong["type"]) != 1 {
				t.Errorf("got %v after the failure, want a PONG", pong)
			}
		})
	}
}

func TestEndpointPanicAfterRespondingSendsEphemeralFollowup(t *testing.T) {
	e := newEndpoint(t, bot.HandlerFunc(func(ctx context.Context, i *discordgo.Interaction, r bot.Responder) error {
		if err := r.Respond(ctx, reply("halaman 1")); err != nil {
			return err
		}
		panic("after responding")
	}), never)
	got := e.interact(t, command("50", "en-US"))
	if c := field(got, "data", "content"); c != "halaman 1" {
		t.Errorf("got content %q, want %q", c, "halaman 1")
	}
	req := e.fake.NextRequest(t)
	if want := "/webhooks/" + discordtest.AppID + "/itoken-50"; req.Method != http.MethodPost || req.Path != want {
		t.Fatalf("got %s %s, want POST %s", req.Method, req.Path, want)
	}
	if c, _ := field(req.Body, "content").(string); !strings.HasPrefix(c, apologyEN) {
		t.Errorf("got followup %q, want the apology", c)
	}
	if flags := num(field(req.Body, "flags")); flags&int(discordgo.MessageFlagsEphemeral) == 0 {
		t.Errorf("got flags %d, want ephemeral", flags)
	}
	checkNoMentions(t, "followup apology", req.Body)
	if !strings.Contains(e.logs.String(), "after responding") || !strings.Contains(e.logs.String(), "stack=") {
		t.Errorf("got logs %q, want the panic value and a stack", e.logs.String())
	}
}

func TestEndpointPanicAfterDeferralEditsTheDeferral(t *testing.T) {
	release := make(chan struct{})
	e := newEndpoint(t, bot.HandlerFunc(func(ctx context.Context, i *discordgo.Interaction, r bot.Responder) error {
		<-release
		panic("slow and broken")
	}), fired)
	got := e.interact(t, command("60", "id"))
	if num(got["type"]) != 5 {
		t.Fatalf("got %v, want the deferral (type 5)", got)
	}
	checkNoMentions(t, "deferral", got["data"])
	close(release)
	req := e.fake.NextRequest(t)
	if want := "/webhooks/" + discordtest.AppID + "/itoken-60/messages/@original"; req.Method != http.MethodPatch || req.Path != want {
		t.Fatalf("got %s %s, want PATCH %s", req.Method, req.Path, want)
	}
	if c, _ := field(req.Body, "content").(string); !strings.HasPrefix(c, apologyID) {
		t.Errorf("got edit %q, want the apology", c)
	}
	checkNoMentions(t, "edited apology", req.Body)
}

func TestEndpointSecondRespondFails(t *testing.T) {
	second := make(chan error, 1)
	e := newEndpoint(t, bot.HandlerFunc(func(ctx context.Context, i *discordgo.Interaction, r bot.Responder) error {
		if err := r.Respond(ctx, reply("satu")); err != nil {
			return err
		}
		second <- r.Respond(ctx, reply("dua"))
		return nil
	}), never)
	e.interact(t, command("70", "id"))
	if err := <-second; !errors.Is(err, bot.ErrAlreadyResponded) {
		t.Errorf("got %v, want ErrAlreadyResponded", err)
	}
}

func TestEndpointRefuses(t *testing.T) {
	h := bot.HandlerFunc(func(ctx context.Context, i *discordgo.Interaction, r bot.Responder) error {
		t.Error("handler called for a refused request")
		return nil
	})
	ping := []byte(`{"id":"1","type":1}`)
	tests := []struct {
		name   string
		body   []byte
		ts     time.Time
		bad    bool
		status int
	}{
		{"bad signature", ping, now, true, http.StatusUnauthorized},
		{"stale timestamp", ping, now.Add(-bot.MaxClockSkew - time.Second), false, http.StatusUnauthorized},
		{"future timestamp", ping, now.Add(bot.MaxClockSkew + time.Second), false, http.StatusUnauthorized},
		{"malformed JSON", []byte(`{"id":`), now, false, http.StatusBadRequest},
		{"not an interaction", []byte(`{"hello":"world"}`), now, false, http.StatusBadRequest},
		{"oversized body", bytes.Repeat([]byte("x"), 5000), now, false, http.StatusRequestEntityTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEndpoint(t, h, never)
			if got, body := e.post(t, tt.body, tt.ts, tt.bad); got != tt.status {
				t.Errorf("got status %d (%s), want %d", got, body, tt.status)
			}
		})
	}
	t.Run("wrong method", func(t *testing.T) {
		e := newEndpoint(t, h, never)
		resp, err := e.srv.Client().Get(e.srv.URL)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusMethodNotAllowed {
			t.Errorf("got status %d, want 405", resp.StatusCode)
		}
	})
	t.Run("missing signature", func(t *testing.T) {
		e := newEndpoint(t, h, never)
		resp, err := e.srv.Client().Post(e.srv.URL, "application/json", bytes.NewReader(ping))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusUnauthorized {
			t.Errorf("got status %d, want 401", resp.StatusCode)
		}
	})
}

func TestParsePublicKey(t *testing.T) {
	tests := []struct {
		in     string
		wantOK bool
	}{
		{strings.Repeat("ab", 32), true},
		{strings.Repeat("ab", 31), false},
		{"zz", false},
		{"", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := bot.ParsePublicKey(tt.in)
			if (err == nil) != tt.wantOK {
				t.Errorf("got error %v, want ok=%v", err, tt.wantOK)
			}
		})
	}
}
