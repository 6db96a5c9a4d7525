package bot_test

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/kutip/kutip/bot"
	"github.com/kutip/kutip/bot/discordtest"
)

// gateway runs a real discordgo session against a fake Discord until the
// test ends.
func gateway(t *testing.T, h bot.Handler, after func(time.Duration) <-chan time.Time) (*discordtest.Server, *logBuffer) {
	t.Helper()
	fake := discordtest.New(t)
	log, logs := newLogger()
	rest := bot.NewREST(bot.RESTOptions{Base: fake.URL, Token: botToken, Logger: log})
	g := bot.NewGateway(rest, h, log, bot.Options{After: after})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- g.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Run: %v", err)
			}
		case <-time.After(discordtest.Timeout):
			t.Error("Run did not return after cancel")
		}
		if strings.Contains(logs.String(), "secret-bot-token") {
			t.Errorf("got the token in the logs: %s", logs.String())
		}
	})
	id := fake.WaitIdentify(t)
	if id.Token != "Bot "+botToken {
		t.Errorf("got identify token %q, want %q", id.Token, "Bot "+botToken)
	}
	if id.Intents != int(discordgo.IntentsGuilds) {
		t.Errorf("got intents %d, want %d (guilds only)", id.Intents, discordgo.IntentsGuilds)
	}
	return fake, logs
}

func TestGatewayAnswersInteraction(t *testing.T) {
	fake, _ := gateway(t, bot.HandlerFunc(func(ctx context.Context, i *discordgo.Interaction, r bot.Responder) error {
		return r.Respond(ctx, reply("halo "+i.ApplicationCommandData().Name))
	}), never)
	if err := fake.SendInteraction(command("90", "id")); err != nil {
		t.Fatal(err)
	}
	req := fake.NextRequest(t)
	if want := "/interactions/90/itoken-90/callback"; req.Method != http.MethodPost || req.Path != want {
		t.Fatalf("got %s %s, want POST %s", req.Method, req.Path, want)
	}
	if req.Status != http.StatusNoContent {
		t.Errorf("got status %d, want 204", req.Status)
	}
	if num(field(req.Body, "type")) != 4 || field(req.Body, "data", "content") != "halo ask" {
		t.Errorf("got %v, want a type 4 message %q", req.Body, "halo ask")
	}
	checkNoMentions(t, "gateway response", field(req.Body, "data"))
	var sawGateway bool
	for _, r := range fake.Requests() {
		sawGateway = sawGateway || r.Method == http.MethodGet && r.Path == "/gateway"
	}
	if !sawGateway {
		t.Error("got no GET /gateway at the fake, want discordgo's requests rewritten onto the API base")
	}
}

func TestGatewayDefersSlowHandlerThenEdits(t *testing.T) {
	release := make(chan struct{})
	fake, _ := gateway(t, bot.HandlerFunc(func(ctx context.Context, i *discordgo.Interaction, r bot.Responder) error {
		<-release
		return r.Respond(ctx, reply("akhirnya"))
	}), fired)
	if err := fake.SendInteraction(command("91", "id")); err != nil {
		t.Fatal(err)
	}
	req := fake.NextRequest(t)
	if req.Path != "/interactions/91/itoken-91/callback" || num(field(req.Body, "type")) != 5 {
		t.Fatalf("got %s %s %v, want the deferral callback (type 5)", req.Method, req.Path, req.Body)
	}
	close(release)
	req = fake.NextRequest(t)
	if want := "/webhooks/" + discordtest.AppID + "/itoken-91/messages/@original"; req.Method != http.MethodPatch || req.Path != want {
		t.Fatalf("got %s %s, want PATCH %s", req.Method, req.Path, want)
	}
	if field(req.Body, "content") != "akhirnya" {
		t.Errorf("got %v, want content %q", req.Body, "akhirnya")
	}
	checkNoMentions(t, "edit", req.Body)
}

func TestGatewaySurvivesPanic(t *testing.T) {
	fake, logs := gateway(t, bot.HandlerFunc(func(ctx context.Context, i *discordgo.Interaction, r bot.Responder) error {
		if i.ID == "92" {
			panic("gateway boom")
		}
		return r.Respond(ctx, reply("baik"))
	}), never)
	if err := fake.SendInteraction(command("92", "en-US")); err != nil {
		t.Fatal(err)
	}
	req := fake.NextRequest(t)
	if c, _ := field(req.Body, "data", "content").(string); req.Path != "/interactions/92/itoken-92/callback" || !strings.HasPrefix(c, apologyEN) {
		t.Fatalf("got %s %v, want the apology as the callback", req.Path, req.Body)
	}
	checkNoMentions(t, "gateway apology", field(req.Body, "data"))
	if err := fake.SendInteraction(command("93", "id")); err != nil {
		t.Fatal(err)
	}
	if req := fake.NextRequest(t); field(req.Body, "data", "content") != "baik" {
		t.Errorf("got %v after the panic, want the next interaction answered", req.Body)
	}
	if !strings.Contains(logs.String(), "gateway boom") {
		t.Errorf("got logs %q, want the panic logged", logs.String())
	}
}
