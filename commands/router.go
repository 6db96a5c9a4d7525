package commands

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/kutip/kutip/retrieval"
)

// Searcher is the one thing /ask needs from retrieval. Finding nothing is
// Answer{Abstained: true}, not an error.
type Searcher interface {
	Ask(ctx context.Context, q retrieval.Question) (retrieval.Answer, error)
}

// Catalog lists the corpus's articles, newest first (for /sources).
type Catalog interface {
	Sources() []retrieval.Source
}

// Reindexer rebuilds the index (for /reindex). It returns
// retrieval.ErrReindexing while another reindex runs; on failure the old
// index keeps serving.
type Reindexer interface {
	Reindex(ctx context.Context, progress func(retrieval.Progress)) (retrieval.Summary, error)
}

// Responder is how a handler answers an interaction. It has the same
// methods as bot.Responder (declared again so that commands does not import
// bot): a bot.Responder is a commands.Responder.
type Responder interface {
	// Respond sends the initial response; it may be called once.
	Respond(ctx context.Context, resp *discordgo.InteractionResponse) error
	// Edit edits the original response.
	Edit(ctx context.Context, edit *discordgo.WebhookEdit) error
	// Followup sends a new message after the initial response.
	Followup(ctx context.Context, msg *discordgo.WebhookParams) error
}

// Options tune a Router. The zero value is usable.
type Options struct {
	Cooldown     time.Duration    // per-user interval between /ask questions; 0 = none
	Logger       *slog.Logger     // nil = discard
	Now          func() time.Time // nil = time.Now; the clock of cooldowns and progress throttling
	SoftDeadline time.Duration    // how long /ask waits for an answer before deferring; 0 = 2s
}

// DefaultSoftDeadline leaves a second of Discord's three for the reply to
// travel.
const DefaultSoftDeadline = 2 * time.Second

// Router answers Kutip's interactions. It is safe for concurrent use and
// holds no per-message state: paging reads everything from the clicked
// message and its custom_id.
type Router struct {
	search  Searcher
	catalog Catalog
	indexer Reindexer
	log     *slog.Logger
	now     func() time.Time
	soft    time.Duration
	cool    *cooldowns
}

// New returns a Router over a library (usually one *retrieval.Library for
// all three).
func New(s Searcher, c Catalog, r Reindexer, opts Options) *Router {
	rt := &Router{search: s, catalog: c, indexer: r, log: opts.Logger, now: opts.Now, soft: opts.SoftDeadline}
	if rt.log == nil {
		rt.log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if rt.now == nil {
		rt.now = time.Now
	}
	if rt.soft <= 0 {
		rt.soft = DefaultSoftDeadline
	}
	rt.cool = newCooldowns(opts.Cooldown, maxCooldownUsers)
	return rt
}

// HandleInteraction answers one interaction. Problems the user can act on
// are answered with a message written for them and return nil; the error
// returned is a failure to reach Discord (or an interaction Kutip cannot
// handle), for the bot to log.
func (r *Router) HandleInteraction(ctx context.Context, i *discordgo.Interaction, resp Responder) error {
	switch i.Type {
	case discordgo.InteractionApplicationCommand:
		data, ok := i.Data.(discordgo.ApplicationCommandInteractionData)
		if !ok {
			return fmt.Errorf("commands: interaction %s: no command data", i.ID)
		}
		switch data.Name {
		case cmdAsk:
			return r.ask(ctx, i, resp, data)
		case cmdFindSources:
			return r.findSources(ctx, i, resp, data)
		case cmdSources:
			return r.sources(ctx, i, resp, data)
		case cmdReindex:
			return r.reindex(ctx, i, resp)
		}
	case discordgo.InteractionMessageComponent:
		data, ok := i.Data.(discordgo.MessageComponentInteractionData)
		if !ok {
			return fmt.Errorf("commands: interaction %s: no component data", i.ID)
		}
		if p, ok := parseAskPage(data.CustomID); ok {
			return r.askPage(ctx, i, resp, p)
		}
		if p, ok := parseSourcesPage(data.CustomID); ok {
			return r.sourcesPage(ctx, i, resp, p)
		}
	case discordgo.InteractionApplicationCommandAutocomplete:
		data, ok := i.Data.(discordgo.ApplicationCommandInteractionData)
		if ok && data.Name == cmdSources {
			return r.autocomplete(ctx, i, resp, data)
		}
		return fmt.Errorf("commands: interaction %s: unexpected autocomplete", i.ID)
	default:
		return fmt.Errorf("commands: interaction %s: unsupported type %v", i.ID, i.Type)
	}
	r.log.Warn("unknown interaction", "id", i.ID, "type", i.Type)
	return respond(ctx, resp, "unknown", discordgo.InteractionResponseChannelMessageWithSource, notice(langOf(i).t(msgUnknown)))
}

// respond sends an initial response.
func respond(ctx context.Context, resp Responder, op string, typ discordgo.InteractionResponseType, d *discordgo.InteractionResponseData) error {
	if err := resp.Respond(ctx, &discordgo.InteractionResponse{Type: typ, Data: d}); err != nil {
		return fmt.Errorf("commands: %s: respond: %w", op, err)
	}
	return nil
}

// edit replaces the original response.
func edit(ctx context.Context, resp Responder, op string, d *discordgo.InteractionResponseData) error {
	if err := resp.Edit(ctx, editOf(d)); err != nil {
		return fmt.Errorf("commands: %s: edit: %w", op, err)
	}
	return nil
}

// userID is who sent the interaction (Member in a server, User in DMs).
func userID(i *discordgo.Interaction) string {
	if i.Member != nil && i.Member.User != nil {
		return i.Member.User.ID
	}
	if i.User != nil {
		return i.User.ID
	}
	return ""
}
