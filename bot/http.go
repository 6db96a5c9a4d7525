package bot

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// MaxClockSkew is how far an interaction's X-Signature-Timestamp may be
// from now before the request is refused as a replay.
const MaxClockSkew = 5 * time.Minute

// ParsePublicKey decodes the application's public key as shown in the
// Discord developer portal (64 hex digits).
func ParsePublicKey(s string) (ed25519.PublicKey, error) {
	b, err := hex.DecodeString(strings.TrimSpace(s))
	if err != nil {
		return nil, fmt.Errorf("bot: parse public key: %w", err)
	}
	if len(b) != ed25519.PublicKeySize {
		return nil, fmt.Errorf("bot: parse public key: got %d bytes, want %d", len(b), ed25519.PublicKeySize)
	}
	return ed25519.PublicKey(b), nil
}

// Endpoint is the HTTP interactions endpoint (Discord's "Interactions
// Endpoint URL"). It keeps no state between requests, so replicas can run
// behind a load balancer.
type Endpoint struct {
	key  ed25519.PublicKey
	h    Handler
	rest *REST
	log  *slog.Logger
	opts Options
	wg   sync.WaitGroup
}

// NewEndpoint returns the handler for POST /interactions. key verifies
// Discord's signatures; rest carries the answers given after the HTTP
// response (edits, followups).
func NewEndpoint(key ed25519.PublicKey, h Handler, rest *REST, log *slog.Logger, opts Options) *Endpoint {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Endpoint{key: key, h: h, rest: rest, log: log.With("component", "bot/http"), opts: opts.withDefaults()}
}

// Wait blocks until the handlers still running after their HTTP response
// have finished, or ctx ends.
func (e *Endpoint) Wait(ctx context.Context) error {
	done := make(chan struct{})
	go func() { e.wg.Wait(); close(done) }()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("bot: waiting for handlers: %w", ctx.Err())
	}
}

// ServeHTTP verifies and answers one interaction. The handler's first
// Respond becomes the HTTP response; if it has not come by DeferAfter the
// endpoint answers with a deferral and the handler's answer becomes an edit
// through REST. The handler then runs on, detached from the request, for at
// most TokenLife.
func (e *Endpoint) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	if req.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, req.Body, e.opts.MaxBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(w, "cannot read body", http.StatusBadRequest)
		return
	}
	if !e.verify(req.Header, body) {
		e.log.Warn("refused request: bad signature or stale timestamp", "remote", req.RemoteAddr)
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	var i discordgo.Interaction
	if err := json.Unmarshal(body, &i); err != nil {
		http.Error(w, "malformed interaction", http.StatusBadRequest)
		return
	}
	if i.Type == discordgo.InteractionPing {
		writeJSON(w, []byte(`{"type":1}`))
		return
	}
	if i.ID == "" || i.Token == "" || i.Type == 0 {
		http.Error(w, "malformed interaction", http.StatusBadRequest)
		return
	}

	initial := make(chan *discordgo.InteractionResponse, 1)
	written := make(chan error, 1)
	send := func(ctx context.Context, resp *discordgo.InteractionResponse) error {
		initial <- resp // buffered; sent at most once
		select {
		case err := <-written:
			return err
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	rs := newResponder(&i, e.rest, send)
	ctx, cancel := context.WithTimeout(context.WithoutCancel(req.Context()), TokenLife)
	e.wg.Add(1)
	go func() {
		defer e.wg.Done()
		defer cancel()
		run(ctx, e.log, e.h, &i, rs)
	}()

	deferC := e.opts.After(e.opts.DeferAfter)
	for {
		select {
		case resp := <-initial:
			b, err := encodeResponse(resp)
			if err != nil {
				e.log.Error("encoding response", "interaction", i.ID, "err", err)
				http.Error(w, "internal error", http.StatusInternalServerError)
				written <- fmt.Errorf("bot: respond: %w", err)
				return
			}
			writeJSON(w, b)
			written <- nil
			return
		case <-deferC:
			deferC = nil
			go func() {
				if err := rs.deferNow(ctx); err != nil {
					e.log.Error("deferring", "interaction", i.ID, "err", err)
				}
			}()
		case <-req.Context().Done():
			written <- errors.New("bot: respond: the HTTP request ended first")
			e.log.Warn("request ended before a response", "interaction", i.ID)
			return
		}
	}
}

// verify checks Discord's Ed25519 signature over timestamp+body and that
// the timestamp is recent.
func (e *Endpoint) verify(h http.Header, body []byte) bool {
	if len(e.key) != ed25519.PublicKeySize {
		return false
	}
	sig, err := hex.DecodeString(h.Get("X-Signature-Ed25519"))
	if err != nil || len(sig) != ed25519.SignatureSize {
		return false
	}
	ts := h.Get("X-Signature-Timestamp")
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return false
	}
	if skew := e.opts.Now().Sub(time.Unix(sec, 0)); skew > MaxClockSkew || skew < -MaxClockSkew {
		return false
	}
	var msg bytes.Buffer
	msg.WriteString(ts)
	msg.Write(body)
	return ed25519.Verify(e.key, msg.Bytes(), sig)
}

func writeJSON(w http.ResponseWriter, b []byte) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK)
	w.Write(b)
	if f, ok := w.(http.Flusher); ok {
		f.Flush()
	}
}
