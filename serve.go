package main

// kutip serve and kutip register: the library, the commands and the bot
// wired together.

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/kutip/kutip/bot"
	"github.com/kutip/kutip/commands"
	"github.com/kutip/kutip/config"
)

// shutdownGrace is how long kutip serve lets requests and handlers under
// way finish after it is told to stop.
const shutdownGrace = 10 * time.Second

// runServe answers Discord interactions until ctx ends: over HTTP when
// cfg.HTTPAddr is set (needs cfg.PublicKey), otherwise over the gateway
// (needs cfg.Token). With a token and an application id it first registers
// the commands (globally, or in cfg.Guild).
func runServe(ctx context.Context, cfg config.Config, stdout, stderr io.Writer) error {
	var key ed25519.PublicKey
	switch {
	case cfg.HTTPAddr != "":
		if cfg.PublicKey == "" {
			return errors.New("serve: --http needs DISCORD_PUBLIC_KEY (the application's public key from the developer portal, hex)")
		}
		k, err := bot.ParsePublicKey(cfg.PublicKey)
		if err != nil {
			return fmt.Errorf("serve: DISCORD_PUBLIC_KEY: %w", err)
		}
		key = k
	case cfg.Token == "":
		return errors.New("serve: set DISCORD_TOKEN to use the gateway, or --http ADDR with DISCORD_PUBLIC_KEY to receive HTTP interactions")
	}

	log := logger(stderr, cfg.LogLevel)
	rest := bot.NewREST(bot.RESTOptions{Base: cfg.APIBase, Token: cfg.Token, Logger: log})
	lib, sum, err := openLibrary(ctx, cfg, stderr, false)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	defer lib.Close()
	log.Info("library ready", "articles", sum.Articles, "passages", sum.Passages, "skipped", len(sum.Skipped), "reused", sum.Reused)

	router := commands.New(lib, lib, lib, commands.Options{Cooldown: cfg.AskCooldown, Logger: log.With("component", "commands")})
	h := bot.HandlerFunc(func(ctx context.Context, i *discordgo.Interaction, r bot.Responder) error {
		return router.HandleInteraction(ctx, i, r)
	})

	switch {
	case cfg.Token != "" && cfg.AppID != "":
		if err := bot.Register(ctx, rest, cfg.AppID, cfg.Guild, commands.Definitions()); err != nil {
			return fmt.Errorf("serve: %w", err)
		}
	case cfg.Token != "":
		log.Warn("commands not registered: DISCORD_APPLICATION_ID is not set")
	default:
		log.Info("commands not registered: DISCORD_TOKEN is not set (run kutip register where it is)")
	}

	if cfg.HTTPAddr != "" {
		return serveHTTP(ctx, cfg.HTTPAddr, bot.NewEndpoint(key, h, rest, log, bot.Options{}), stdout)
	}
	fmt.Fprintln(stdout, "kutip: connecting to the Discord gateway")
	return bot.NewGateway(rest, h, log, bot.Options{ShutdownGrace: shutdownGrace}).Run(ctx)
}

// serveHTTP serves POST /interactions (and GET /healthz for load
// balancers) on addr until ctx ends, then shuts down gracefully.
func serveHTTP(ctx context.Context, addr string, ep *bot.Endpoint, stdout io.Writer) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("serve: listen: %w", err)
	}
	mux := http.NewServeMux()
	mux.Handle("/interactions", ep)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { io.WriteString(w, "ok\n") })
	srv := &http.Server{
		Handler:           mux,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	fmt.Fprintf(stdout, "kutip: serving HTTP interactions on http://%s/interactions\n", ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: http: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("serve: shutdown: %w", err)
	}
	if err := ep.Wait(sctx); err != nil {
		return fmt.Errorf("serve: shutdown: %w", err)
	}
	return nil
}

// runRegister registers the commands (globally, or in cfg.Guild) and exits.
func runRegister(ctx context.Context, cfg config.Config, stdout io.Writer) error {
	if cfg.Token == "" || cfg.AppID == "" {
		return errors.New("register: set DISCORD_TOKEN and DISCORD_APPLICATION_ID")
	}
	rest := bot.NewREST(bot.RESTOptions{Base: cfg.APIBase, Token: cfg.Token})
	cmds := commands.Definitions()
	if err := bot.Register(ctx, rest, cfg.AppID, cfg.Guild, cmds); err != nil {
		return fmt.Errorf("register: %w", err)
	}
	where := "globally (may take up to an hour to appear)"
	if cfg.Guild != "" {
		where = "in guild " + cfg.Guild
	}
	fmt.Fprintf(stdout, "kutip: registered %d commands %s\n", len(cmds), where)
	return nil
}
