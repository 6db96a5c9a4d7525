package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// DefaultAPIBase is Discord's REST API root.
const DefaultAPIBase = "https://discord.com/api/v10"

// RESTOptions configures a REST client.
type RESTOptions struct {
	// Base is the API root; "" means DefaultAPIBase. Tests point it at
	// bot/discordtest.
	Base string
	// Token is the bot token (with or without the "Bot " prefix). Only
	// registration and the gateway need it; interaction callbacks and
	// webhooks are authorised by the interaction token.
	Token string
	// Client sends the requests; nil means a client with a 30 s timeout.
	Client *http.Client
	// Logger receives rate-limit and error records; nil discards them.
	Logger *slog.Logger
	// MaxRetries bounds the retries after a 429; 0 means 3.
	MaxRetries int
	// MaxWait is the longest Retry-After the client waits for; a longer
	// one fails the call at once. 0 means 30 s.
	MaxWait time.Duration
	// Sleep waits d or until ctx is done; nil means a real timer. Tests
	// inject one that returns at once.
	Sleep func(ctx context.Context, d time.Duration) error
}

// REST is a small client for the few Discord REST routes the bot uses. It
// is safe for concurrent use.
type REST struct {
	base       string
	token      string
	client     *http.Client
	log        *slog.Logger
	maxRetries int
	maxWait    time.Duration
	sleep      func(ctx context.Context, d time.Duration) error
}

// NewREST returns a REST client.
func NewREST(opts RESTOptions) *REST {
	c := &REST{
		base:       strings.TrimRight(opts.Base, "/"),
		token:      strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(opts.Token), "Bot ")),
		client:     opts.Client,
		log:        opts.Logger,
		maxRetries: opts.MaxRetries,
		maxWait:    opts.MaxWait,
		sleep:      opts.Sleep,
	}
	if c.base == "" {
		c.base = DefaultAPIBase
	}
	if c.client == nil {
		c.client = &http.Client{Timeout: 30 * time.Second}
	}
	if c.log == nil {
		c.log = slog.New(slog.DiscardHandler)
	}
	c.log = c.log.With("component", "bot/rest")
	if c.maxRetries == 0 {
		c.maxRetries = 3
	}
	if c.maxWait == 0 {
		c.maxWait = 30 * time.Second
	}
	if c.sleep == nil {
		c.sleep = sleepContext
	}
	return c
}

// Base returns the API root the client talks to.
func (c *REST) Base() string { return c.base }

// APIError is a non-2xx answer from Discord. Its text never contains a
// token: routes that carry an interaction token are named by operation.
type APIError struct {
	Op      string // "interaction callback", "edit original", ...
	Status  int    // HTTP status
	Code    int    // Discord's JSON error code, 0 when absent
	Message string // Discord's JSON error message
}

func (e *APIError) Error() string {
	return fmt.Sprintf("bot: %s: status %d: code %d: %s", e.Op, e.Status, e.Code, e.Message)
}

// ErrRateLimited is returned (wrapped in the error) when Discord still
// answers 429 after the retries, or asks for a longer wait than allowed.
var ErrRateLimited = errors.New("bot: rate limited")

// Callback sends the initial response to an interaction:
// POST /interactions/{id}/{token}/callback.
func (c *REST) Callback(ctx context.Context, interactionID, token string, resp *discordgo.InteractionResponse) error {
	path := "/interactions/" + url.PathEscape(interactionID) + "/" + url.PathEscape(token) + "/callback"
	body, err := encodeResponse(resp)
	if err != nil {
		return fmt.Errorf("bot: interaction callback: %w", err)
	}
	return c.do(ctx, "interaction callback", http.MethodPost, path, false, json.RawMessage(body), nil)
}

// encodeResponse marshals an initial response. Autocomplete results are
// written as {"choices": [...]} alone: discordgo's struct would drop an
// empty choices list and add message fields Discord does not expect.
func encodeResponse(resp *discordgo.InteractionResponse) ([]byte, error) {
	if resp.Type == discordgo.InteractionApplicationCommandAutocompleteResult {
		choices := []*discordgo.ApplicationCommandOptionChoice{}
		if resp.Data != nil && resp.Data.Choices != nil {
			choices = resp.Data.Choices
		}
		type data struct {
			Choices []*discordgo.ApplicationCommandOptionChoice `json:"choices"`
		}
		return json.Marshal(struct {
			Type discordgo.InteractionResponseType `json:"type"`
			Data data                              `json:"data"`
		}{resp.Type, data{choices}})
	}
	return json.Marshal(resp)
}

// EditOriginal edits the initial response of an interaction:
// PATCH /webhooks/{app}/{token}/messages/@original.
func (c *REST) EditOriginal(ctx context.Context, appID, token string, edit *discordgo.WebhookEdit) error {
	path := "/webhooks/" + url.PathEscape(appID) + "/" + url.PathEscape(token) + "/messages/@original"
	return c.do(ctx, "edit original", http.MethodPatch, path, false, edit, nil)
}

// Followup sends a new message after the initial response:
// POST /webhooks/{app}/{token}.
func (c *REST) Followup(ctx context.Context, appID, token string, msg *discordgo.WebhookParams) error {
	path := "/webhooks/" + url.PathEscape(appID) + "/" + url.PathEscape(token)
	return c.do(ctx, "followup", http.MethodPost, path, false, msg, nil)
}

// BulkOverwrite replaces the application's commands, globally when guildID
// is "" and in that guild otherwise, and returns what Discord stored.
func (c *REST) BulkOverwrite(ctx context.Context, appID, guildID string, cmds []*discordgo.ApplicationCommand) ([]*discordgo.ApplicationCommand, error) {
	path := "/applications/" + url.PathEscape(appID) + "/commands"
	if guildID != "" {
		path = "/applications/" + url.PathEscape(appID) + "/guilds/" + url.PathEscape(guildID) + "/commands"
	}
	if cmds == nil {
		cmds = []*discordgo.ApplicationCommand{} // "[]" deletes all; "null" is rejected
	}
	var out []*discordgo.ApplicationCommand
	if err := c.do(ctx, "bulk overwrite commands", http.MethodPut, path, true, cmds, &out); err != nil {
		return nil, err
	}
	return out, nil
}

// Register replaces the application's commands with cmds: globally when
// guildID is "", otherwise in that guild only (instant, for development).
func Register(ctx context.Context, rest *REST, appID, guildID string, cmds []*discordgo.ApplicationCommand) error {
	if appID == "" {
		return errors.New("bot: register: no application id")
	}
	if rest.token == "" {
		return errors.New("bot: register: no bot token")
	}
	got, err := rest.BulkOverwrite(ctx, appID, guildID, cmds)
	if err != nil {
		return fmt.Errorf("bot: register: %w", err)
	}
	rest.log.Info("commands registered", "count", len(got), "guild", guildID)
	return nil
}

// do sends one JSON request, retrying on 429, and decodes a JSON answer
// into out when out is not nil.
func (c *REST) do(ctx context.Context, op, method, path string, auth bool, body, out any) error {
	payload, err := json.Marshal(body)
	if err != nil {
		return fmt.Errorf("bot: %s: encode: %w", op, err)
	}
	if auth && c.token == "" {
		return fmt.Errorf("bot: %s: no bot token", op)
	}
	for attempt := 0; ; attempt++ {
		req, err := http.NewRequestWithContext(ctx, method, c.base+path, bytes.NewReader(payload))
		if err != nil {
			return fmt.Errorf("bot: %s: %w", op, err)
		}
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("User-Agent", "DiscordBot (https://github.com/kutip/kutip, 1)")
		if auth {
			req.Header.Set("Authorization", "Bot "+c.token)
		}
		resp, err := c.client.Do(req)
		if err != nil {
			// *url.Error quotes the URL, which may hold an interaction
			// token: keep only the cause.
			var uerr *url.Error
			if errors.As(err, &uerr) {
				err = uerr.Err
			}
			return fmt.Errorf("bot: %s: %w", op, err)
		}
		data, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
		resp.Body.Close()
		if err != nil {
			return fmt.Errorf("bot: %s: read answer: %w", op, err)
		}
		if resp.StatusCode == http.StatusTooManyRequests {
			wait := retryAfter(resp.Header, data)
			if attempt >= c.maxRetries || wait > c.maxWait {
				return fmt.Errorf("bot: %s: retry after %v: %w", op, wait, ErrRateLimited)
			}
			c.log.Warn("rate limited", "op", op, "retry_after", wait, "attempt", attempt+1,
				"global", resp.Header.Get("X-RateLimit-Global") == "true")
			if err := c.sleep(ctx, wait); err != nil {
				return fmt.Errorf("bot: %s: waiting out rate limit: %w", op, err)
			}
			continue
		}
		if resp.StatusCode < 200 || resp.StatusCode > 299 {
			apiErr := &APIError{Op: op, Status: resp.StatusCode}
			var e struct {
				Code    int    `json:"code"`
				Message string `json:"message"`
			}
			if json.Unmarshal(data, &e) == nil {
				apiErr.Code, apiErr.Message = e.Code, e.Message
			}
			return apiErr
		}
		if out != nil && len(data) > 0 {
			if err := json.Unmarshal(data, out); err != nil {
				return fmt.Errorf("bot: %s: decode answer: %w", op, err)
			}
		}
		return nil
	}
}

// retryAfter reads how long Discord asks us to wait: the JSON retry_after
// (seconds, fractional) or else the Retry-After header (seconds); 1 s when
// neither parses.
func retryAfter(h http.Header, body []byte) time.Duration {
	var e struct {
		RetryAfter float64 `json:"retry_after"`
	}
	if json.Unmarshal(body, &e) == nil && e.RetryAfter > 0 {
		return seconds(e.RetryAfter)
	}
	if s, err := strconv.ParseFloat(strings.TrimSpace(h.Get("Retry-After")), 64); err == nil && s > 0 {
		return seconds(s)
	}
	return time.Second
}

func seconds(s float64) time.Duration {
	return time.Duration(math.Ceil(s * float64(time.Second)))
}

func sleepContext(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// httpClient returns an http.Client for a discordgo session that sends
// discordgo's requests (hard-wired to https://discord.com/api/v9) to this
// client's base instead, so the gateway and the REST client share one path
// to Discord.
func (c *REST) httpClient() *http.Client {
	next := c.client.Transport
	if next == nil {
		next = http.DefaultTransport
	}
	return &http.Client{Timeout: c.client.Timeout, Transport: rewriteTransport{base: c.base, next: next}}
}

// rewriteTransport maps https://discord.com/api/v{N}/... onto base/...
type rewriteTransport struct {
	base string
	next http.RoundTripper
}

func (t rewriteTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	rest, ok := apiPath(req.URL)
	if !ok {
		return t.next.RoundTrip(req)
	}
	u, err := url.Parse(t.base + rest)
	if err != nil {
		return nil, err
	}
	u.RawQuery = req.URL.RawQuery
	r := req.Clone(req.Context())
	r.URL = u
	r.Host = u.Host
	return t.next.RoundTrip(r)
}

// apiPath returns the part of a discord.com API URL after /api/v{N} (or
// after /api when unversioned).
func apiPath(u *url.URL) (string, bool) {
	if u.Host != "discord.com" && u.Host != "discordapp.com" {
		return "", false
	}
	p := u.EscapedPath()
	if !strings.HasPrefix(p, "/api/") {
		return "", false
	}
	p = strings.TrimPrefix(p, "/api")
	if strings.HasPrefix(p, "/v") {
		i := 2
		for i < len(p) && p[i] >= '0' && p[i] <= '9' {
			i++
		}
		if i > 2 && (i == len(p) || p[i] == '/') {
			p = p[i:]
		}
	}
	return p, true
}
