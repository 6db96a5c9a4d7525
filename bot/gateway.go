package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"

	"github.com/bwmarrin/discordgo"
)

// Gateway receives interactions over a discordgo gateway session.
type Gateway struct {
	rest *REST
	h    Handler
	log  *slog.Logger
	opts Options

	mu     sync.Mutex
	closed bool
	wg     sync.WaitGroup
}

// NewGateway returns a gateway that logs in with rest's bot token and
// reaches Discord through rest's API base, so tests can point both at
// bot/discordtest.
func NewGateway(rest *REST, h Handler, log *slog.Logger, opts Options) *Gateway {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Gateway{rest: rest, h: h, log: log.With("component", "bot/gateway"), opts: opts.withDefaults()}
}

// Run connects, answers interactions until ctx ends, then closes the
// session and lets running handlers finish (for at most
// Options.ShutdownGrace) before returning. A cancelled ctx is a clean stop:
// Run returns nil.
func (g *Gateway) Run(ctx context.Context) error {
	if g.rest.token == "" {
		return errors.New("bot: gateway: no bot token")
	}
	s, err := discordgo.New("Bot " + g.rest.token)
	if err != nil {
		return fmt.Errorf("bot: gateway: new session: %w", err)
	}
	s.Client = g.rest.httpClient()
	s.Identify.Intents = discordgo.IntentsGuilds
	s.StateEnabled = false
	s.LogLevel = discordgo.LogError // higher levels print the identify payload, token included

	// Handlers outlive a cancelled ctx for a grace period; stop ends them.
	base, stop := context.WithCancel(context.WithoutCancel(ctx))
	defer stop()
	s.AddHandler(func(_ *discordgo.Session, r *discordgo.Ready) {
		name := ""
		if r.User != nil {
			name = r.User.Username
		}
		g.log.Info("gateway ready", "user", name)
	})
	s.AddHandler(func(_ *discordgo.Session, ic *discordgo.InteractionCreate) {
		if ic.Interaction != nil {
			g.dispatch(base, ic.Interaction)
		}
	})
	g.log.Info("connecting to gateway")
	if err := s.Open(); err != nil {
		return fmt.Errorf("bot: gateway: open: %w", err)
	}
	<-ctx.Done()
	g.log.Info("closing gateway")
	g.mu.Lock()
	g.closed = true
	g.mu.Unlock()
	if err := s.Close(); err != nil {
		g.log.Warn("closing session", "err", err)
	}
	done := make(chan struct{})
	go func() { g.wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-g.opts.After(g.opts.ShutdownGrace):
		g.log.Warn("cancelling handlers still running at shutdown")
		stop()
		<-done
	}
	return nil
}

// dispatch runs the handler for one interaction in its own goroutine, with
// the callback POST as the initial response and the deferral safety net.
func (g *Gateway) dispatch(base context.Context, i *discordgo.Interaction) {
	g.mu.Lock()
	if g.closed {
		g.mu.Unlock()
		return
	}
	g.wg.Add(1)
	g.mu.Unlock()
	go func() {
		defer g.wg.Done()
		ctx, cancel := context.WithTimeout(base, TokenLife)
		defer cancel()
		rs := newResponder(i, g.rest, func(ctx context.Context, resp *discordgo.InteractionResponse) error {
			return g.rest.Callback(ctx, i.ID, i.Token, resp)
		})
		finished := make(chan struct{})
		deferC := g.opts.After(g.opts.DeferAfter)
		go func() {
			select {
			case <-deferC:
				if err := rs.deferNow(ctx); err != nil {
					g.log.Error("deferring", "interaction", i.ID, "err", err)
				}
			case <-finished:
			}
		}()
		run(ctx, g.log, g.h, i, rs)
		close(finished)
	}()
}
