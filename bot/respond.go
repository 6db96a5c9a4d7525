package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Discord's deadlines.
const (
	// DefaultDeferAfter is how long a handler may take before the bot
	// defers on its behalf; Discord drops interactions not answered
	// within 3 s.
	DefaultDeferAfter = 2500 * time.Millisecond
	// TokenLife bounds a handler: an interaction token is valid for 15
	// minutes after the interaction arrives.
	TokenLife = 15 * time.Minute
)

// ErrAlreadyResponded is returned by Responder.Respond on a second call.
var ErrAlreadyResponded = errors.New("bot: interaction already responded to")

// Options tunes the HTTP endpoint and the gateway. The zero value is ready
// for production; tests inject the clock and the deferral timer.
type Options struct {
	// DeferAfter is how long a handler may run before the bot defers on
	// its behalf; 0 means DefaultDeferAfter.
	DeferAfter time.Duration
	// After returns a channel that fires after d; nil means time.After.
	// Tests pass a channel they fire themselves.
	After func(d time.Duration) <-chan time.Time
	// Now is the clock used to reject replayed requests; nil means
	// time.Now.
	Now func() time.Time
	// MaxBody caps an HTTP interaction's body; 0 means 1 MiB.
	MaxBody int64
	// ShutdownGrace is how long the gateway lets running handlers finish
	// after its context ends before cancelling them; 0 means 10 s.
	ShutdownGrace time.Duration
}

func (o Options) withDefaults() Options {
	if o.DeferAfter == 0 {
		o.DeferAfter = DefaultDeferAfter
	}
	if o.After == nil {
		o.After = time.After
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.MaxBody == 0 {
		o.MaxBody = 1 << 20
	}
	if o.ShutdownGrace == 0 {
		o.ShutdownGrace = 10 * time.Second
	}
	return o
}

// noMentions is the allowed_mentions of every message the bot sends: a
// quote must never ping anyone.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// responder implements Responder for one interaction. The initial response
// goes through send (the HTTP response body, or the callback POST on the
// gateway); everything after goes through the REST webhook routes.
type responder struct {
	i    *discordgo.Interaction
	rest *REST
	send func(ctx context.Context, resp *discordgo.InteractionResponse) error

	initialSent chan struct{} // closed once the initial response is delivered (or failed)

	mu           sync.Mutex
	answered     bool // an initial response went out (the handler's or ours)
	handlerSpoke bool // the handler's Respond has been honoured
	autoDeferred bool // the initial response was our deferral
	pendingDefer bool // the original is a "thinking…" deferral not yet edited
}

func newResponder(i *discordgo.Interaction, rest *REST, send func(context.Context, *discordgo.InteractionResponse) error) *responder {
	return &responder{i: i, rest: rest, send: send, initialSent: make(chan struct{})}
}

// sendInitial delivers the one initial response; whoever set answered
// calls it exactly once.
func (r *responder) sendInitial(ctx context.Context, resp *discordgo.InteractionResponse) error {
	defer close(r.initialSent)
	return r.send(ctx, resp)
}

// waitInitial holds webhook calls until the initial response has reached
// Discord: an edit of an original that does not exist yet would fail.
func (r *responder) waitInitial(ctx context.Context) error {
	r.mu.Lock()
	answered := r.answered
	r.mu.Unlock()
	if !answered {
		return nil
	}
	select {
	case <-r.initialSent:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Respond implements Responder.
func (r *responder) Respond(ctx context.Context, resp *discordgo.InteractionResponse) error {
	if resp == nil {
		return errors.New("bot: respond: nil response")
	}
	resp = withNoMentions(resp)
	r.mu.Lock()
	if r.handlerSpoke {
		r.mu.Unlock()
		return ErrAlreadyResponded
	}
	r.handlerSpoke = true
	if !r.answered {
		r.answered = true
		r.pendingDefer = resp.Type == discordgo.InteractionResponseDeferredChannelMessageWithSource
		r.mu.Unlock()
		return r.sendInitial(ctx, resp)
	}
	// We deferred on the handler's behalf: deliver its answer as an edit
	// of the original (or, after a component's silent deferral, as a new
	// message when it asked for one).
	component := r.i.Type == discordgo.InteractionMessageComponent
	r.mu.Unlock()
	switch resp.Type {
	case discordgo.InteractionResponseDeferredChannelMessageWithSource,
		discordgo.InteractionResponseDeferredMessageUpdate:
		return nil // already deferred
	case discordgo.InteractionResponseChannelMessageWithSource:
		if component {
			return r.Followup(ctx, paramsOf(resp.Data))
		}
		return r.Edit(ctx, editOf(resp.Data))
	case discordgo.InteractionResponseUpdateMessage:
		return r.Edit(ctx, editOf(resp.Data))
	default:
		return fmt.Errorf("bot: respond: type %d too late, the bot already answered", resp.Type)
	}
}

// Edit implements Responder.
func (r *responder) Edit(ctx context.Context, edit *discordgo.WebhookEdit) error {
	if edit == nil {
		return errors.New("bot: edit: nil edit")
	}
	e := *edit
	if e.AllowedMentions == nil {
		e.AllowedMentions = noMentions()
	}
	if err := r.waitInitial(ctx); err != nil {
		return fmt.Errorf("bot: edit: %w", err)
	}
	r.mu.Lock()
	r.pendingDefer = false
	r.mu.Unlock()
	return r.rest.EditOriginal(ctx, r.i.AppID, r.i.Token, &e)
}

// Followup implements Responder.
func (r *responder) Followup(ctx context.Context, msg *discordgo.WebhookParams) error {
	if msg == nil {
		return errors.New("bot: followup: nil message")
	}
	m := *msg
	if m.AllowedMentions == nil {
		m.AllowedMentions = noMentions()
	}
	if err := r.waitInitial(ctx); err != nil {
		return fmt.Errorf("bot: followup: %w", err)
	}
	return r.rest.Followup(ctx, r.i.AppID, r.i.Token, &m)
}

// deferNow sends the safety-net deferral if nothing was sent yet.
func (r *responder) deferNow(ctx context.Context) error {
	r.mu.Lock()
	if r.answered {
		r.mu.Unlock()
		return nil
	}
	r.answered, r.autoDeferred = true, true
	d := deferralFor(r.i)
	r.pendingDefer = d.Type == discordgo.InteractionResponseDeferredChannelMessageWithSource
	r.mu.Unlock()
	return r.sendInitial(ctx, d)
}

// deferralFor is what the bot answers when a handler is slow: "thinking…"
// for a command, a silent acknowledgement for a component, no choices for
// autocomplete (which cannot be deferred).
func deferralFor(i *discordgo.Interaction) *discordgo.InteractionResponse {
	switch i.Type {
	case discordgo.InteractionMessageComponent:
		return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate}
	case discordgo.InteractionApplicationCommandAutocomplete:
		return noChoices()
	default:
		return &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{AllowedMentions: noMentions()},
		}
	}
}

func noChoices() *discordgo.InteractionResponse {
	return &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: []*discordgo.ApplicationCommandOptionChoice{}},
	}
}

// apologize tells the user something went wrong, by whatever route is
// still open: the initial response, an edit of our unanswered "thinking…",
// or an ephemeral followup.
func (r *responder) apologize(ctx context.Context) error {
	if r.i.Type == discordgo.InteractionApplicationCommandAutocomplete {
		r.mu.Lock()
		answered := r.answered
		r.answered, r.handlerSpoke = true, true
		r.mu.Unlock()
		if answered {
			return nil
		}
		return r.sendInitial(ctx, noChoices())
	}
	text := apology(r.i.Locale)
	r.mu.Lock()
	answered, pending := r.answered, r.pendingDefer
	r.mu.Unlock()
	switch {
	case !answered:
		// If the safety-net deferral races us, Respond turns this into an
		// edit of the deferral.
		return r.Respond(ctx, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Content: text, Flags: discordgo.MessageFlagsEphemeral, AllowedMentions: noMentions()},
		})
	case pending:
		return r.Edit(ctx, &discordgo.WebhookEdit{Content: &text, AllowedMentions: noMentions()})
	}
	return r.Followup(ctx, &discordgo.WebhookParams{Content: text, Flags: discordgo.MessageFlagsEphemeral, AllowedMentions: noMentions()})
}

// apology is the text a user sees when a handler fails: never err.Error().
func apology(locale discordgo.Locale) string {
	if strings.HasPrefix(strings.ToLower(string(locale)), "en") {
		return "Sorry, something went wrong while handling this. Please try again in a moment."
	}
	return "Maaf, terjadi kesalahan saat memproses permintaan ini. Silakan coba lagi sebentar lagi."
}

// run calls h for one interaction, recovering a panic, and apologises to
// the user when the handler panics, fails, or returns without answering.
// It is the middleware both transports share.
func run(ctx context.Context, log *slog.Logger, h Handler, i *discordgo.Interaction, r *responder) {
	err := func() (err error) {
		defer func() {
			if p := recover(); p != nil {
				log.Error("handler panicked", "interaction", i.ID, "type", i.Type.String(), "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
				err = errPanic
			}
		}()
		return h.HandleInteraction(ctx, i, r)
	}()
	r.mu.Lock()
	spoke := r.handlerSpoke
	r.mu.Unlock()
	switch {
	case errors.Is(err, errPanic):
	case err != nil && spoke:
		// The user has an answer; the error is ours to read.
		log.Error("handler failed after responding", "interaction", i.ID, "err", err)
		return
	case err != nil:
		log.Error("handler failed", "interaction", i.ID, "type", i.Type.String(), "err", err)
	case !spoke:
		log.Error("handler returned without responding", "interaction", i.ID, "type", i.Type.String())
	default:
		return
	}
	if err := r.apologize(ctx); err != nil {
		log.Error("sending apology", "interaction", i.ID, "err", err)
	}
}

var errPanic = errors.New("bot: handler panicked")

// withNoMentions returns resp with allowed_mentions set when it carries a
// message and the handler left it nil. It does not modify resp.
func withNoMentions(resp *discordgo.InteractionResponse) *discordgo.InteractionResponse {
	switch resp.Type {
	case discordgo.InteractionResponseChannelMessageWithSource,
		discordgo.InteractionResponseUpdateMessage,
		discordgo.InteractionResponseDeferredChannelMessageWithSource:
	default:
		return resp
	}
	if resp.Data != nil && resp.Data.AllowedMentions != nil {
		return resp
	}
	out := *resp
	var d discordgo.InteractionResponseData
	if resp.Data != nil {
		d = *resp.Data
	}
	d.AllowedMentions = noMentions()
	out.Data = &d
	return &out
}

func editOf(d *discordgo.InteractionResponseData) *discordgo.WebhookEdit {
	if d == nil {
		d = &discordgo.InteractionResponseData{}
	}
	content := d.Content
	components := d.Components
	embeds := d.Embeds
	if components == nil {
		components = []discordgo.MessageComponent{}
	}
	if embeds == nil {
		embeds = []*discordgo.MessageEmbed{}
	}
	return &discordgo.WebhookEdit{Content: &content, Components: &components, Embeds: &embeds, AllowedMentions: d.AllowedMentions}
}

func paramsOf(d *discordgo.InteractionResponseData) *discordgo.WebhookParams {
	if d == nil {
		d = &discordgo.InteractionResponseData{}
	}
	return &discordgo.WebhookParams{Content: d.Content, Components: d.Components, Embeds: d.Embeds, AllowedMentions: d.AllowedMentions, Flags: d.Flags}
}
