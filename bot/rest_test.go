package bot_test

import (
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

const botToken = "MTIzNDU2.secret-bot-token.xyz"

// sleeps records the waits asked of the REST client without waiting.
type sleeps struct{ got []time.Duration }

func (s *sleeps) sleep(_ context.Context, d time.Duration) error {
	s.got = append(s.got, d)
	return nil
}

func testCommands() []*discordgo.ApplicationCommand {
	return []*discordgo.ApplicationCommand{
		{Name: "ask", Description: "Tanya"},
		{Name: "sources", Description: "Sumber"},
	}
}

func TestRegister(t *testing.T) {
	tests := []struct {
		name, guild, wantPath string
	}{
		{"global", "", "/applications/" + discordtest.AppID + "/commands"},
		{"guild", "555", "/applications/" + discordtest.AppID + "/guilds/555/commands"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fake := discordtest.New(t)
			log, logs := newLogger()
			rest := bot.NewREST(bot.RESTOptions{Base: fake.URL, Token: botToken, Logger: log})
			if err := bot.Register(context.Background(), rest, discordtest.AppID, tt.guild, testCommands()); err != nil {
				t.Fatalf("Register: %v", err)
			}
			req := fake.NextRequest(t)
			if req.Method != http.MethodPut || req.Path != tt.wantPath {
				t.Errorf("got %s %s, want PUT %s", req.Method, req.Path, tt.wantPath)
			}
			if got := req.Header.Get("Authorization"); got != "Bot "+botToken {
				t.Errorf("got Authorization %q, want the bot token", got)
			}
			cmds, _ := req.Body.([]any)
			if len(cmds) != 2 || field(cmds[0], "name") != "ask" || field(cmds[1], "name") != "sources" {
				t.Errorf("got body %v, want the two commands", req.Body)
			}
			if strings.Contains(logs.String(), "secret-bot-token") {
				t.Errorf("got the token in the logs: %s", logs.String())
			}
		})
	}
	t.Run("needs a token and an application id", func(t *testing.T) {
		fake := discordtest.New(t)
		if err := bot.Register(context.Background(), bot.NewREST(bot.RESTOptions{Base: fake.URL}), discordtest.AppID, "", testCommands()); err == nil {
			t.Error("got nil error without a token, want an error")
		}
		if err := bot.Register(context.Background(), bot.NewREST(bot.RESTOptions{Base: fake.URL, Token: botToken}), "", "", testCommands()); err == nil {
			t.Error("got nil error without an application id, want an error")
		}
		if rs := fake.Requests(); len(rs) != 0 {
			t.Errorf("got %d requests, want none", len(rs))
		}
	})
}

func TestRESTRetriesAfterRateLimit(t *testing.T) {
	fake := discordtest.New(t)
	var s sleeps
	rest := bot.NewREST(bot.RESTOptions{Base: fake.URL, Token: botToken, Sleep: s.sleep})
	fake.RateLimitNext(1500 * time.Millisecond)
	fake.RateLimitNext(250 * time.Millisecond)
	if err := bot.Register(context.Background(), rest, discordtest.AppID, "", testCommands()); err != nil {
		t.Fatalf("Register: %v", err)
	}
	var statuses []int
	for range 3 {
		statuses = append(statuses, fake.NextRequest(t).Status)
	}
	if want := []int{429, 429, 200}; !equal(statuses, want) {
		t.Errorf("got statuses %v, want %v", statuses, want)
	}
	if want := []time.Duration{1500 * time.Millisecond, 250 * time.Millisecond}; !equal(s.got, want) {
		t.Errorf("got waits %v, want %v", s.got, want)
	}
}

func TestRESTGivesUpOnRateLimit(t *testing.T) {
	tests := []struct {
		name      string
		limits    []time.Duration
		wantWaits int
	}{
		{"too many retries", []time.Duration{time.Second, time.Second}, 1},
		{"wait too long", []time.Duration{time.Hour}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fake := discordtest.New(t)
			var s sleeps
			rest := bot.NewREST(bot.RESTOptions{Base: fake.URL, Token: botToken, Sleep: s.sleep, MaxRetries: 1, MaxWait: time.Minute})
			for _, d := range tt.limits {
				fake.RateLimitNext(d)
			}
			err := bot.Register(context.Background(), rest, discordtest.AppID, "", testCommands())
			if !errors.Is(err, bot.ErrRateLimited) {
				t.Errorf("got %v, want ErrRateLimited", err)
			}
			if len(s.got) != tt.wantWaits {
				t.Errorf("got %d waits, want %d", len(s.got), tt.wantWaits)
			}
		})
	}
}

func TestRESTErrorsHideInteractionToken(t *testing.T) {
	fake := discordtest.New(t)
	rest := bot.NewREST(bot.RESTOptions{Base: fake.URL})
	ctx := context.Background()
	resp := reply("x")
	if err := rest.Callback(ctx, "80", "itoken-secret", resp); err != nil {
		t.Fatalf("first callback: %v", err)
	}
	err := rest.Callback(ctx, "80", "itoken-secret", resp)
	var apiErr *bot.APIError
	if !errors.As(err, &apiErr) || apiErr.Status != http.StatusBadRequest || apiErr.Code != 40060 {
		t.Fatalf("got %v, want an APIError 400 code 40060", err)
	}
	if strings.Contains(err.Error(), "itoken-secret") {
		t.Errorf("got %q, want no interaction token in the error", err)
	}
	// A transport error (connection refused) must not quote the URL either.
	fake.Close()
	err = rest.Followup(ctx, discordtest.AppID, "itoken-secret", &discordgo.WebhookParams{Content: "x"})
	if err == nil || strings.Contains(err.Error(), "itoken-secret") {
		t.Errorf("got %v, want an error without the interaction token", err)
	}
}

func equal[T comparable](a, b []T) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
