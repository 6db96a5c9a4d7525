// Package discordtest is a fake Discord on loopback for tests, in the
// manner of net/http/httptest: an HTTP server for the REST routes the bot
// uses and a gateway websocket that a real discordgo session can connect
// to. It records every REST request and lets a test wait for the next one
// on a channel (with a timeout, never a sleep), and it dispatches
// interactions over the gateway.
//
// It knows Discord's wire format only; it must not import the bot or any
// other package of this module.
package discordtest

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// Timeout bounds every wait in this package; reaching it fails the test.
const Timeout = 10 * time.Second

// IDs the fake Discord uses for its application and bot user.
const (
	AppID     = "100000000000000001"
	BotUserID = "100000000000000002"
)

// Request is one REST request the fake received.
type Request struct {
	Method string
	Path   string // relative to the API base, e.g. "/webhooks/1/tok/messages/@original"
	Header http.Header
	Raw    []byte
	Body   any // Raw decoded as JSON (map[string]any, []any, ...); nil when empty
	Status int // what the fake answered
}

// Object returns Body as a JSON object, or nil.
func (r Request) Object() map[string]any {
	m, _ := r.Body.(map[string]any)
	return m
}

// Identify is what a gateway client sent in its op 2 Identify.
type Identify struct {
	Token    string
	Intents  int
	Compress bool
}

// Server is a fake Discord.
type Server struct {
	// URL is the REST API base (http://127.0.0.1:port/api/v10).
	URL string
	// GatewayURL is the websocket URL that GET /gateway returns.
	GatewayURL string

	srv        *httptest.Server
	writes     chan Request
	identified chan Identify

	mu         sync.Mutex
	all        []Request
	rateLimits []time.Duration
	acked      map[string]bool
	conns      map[*gwConn]bool
	ready      *gwConn
	nextID     int
}

// New starts a fake Discord and closes it when the test ends.
func New(tb testing.TB) *Server {
	tb.Helper()
	s := &Server{
		writes:     make(chan Request, 1024),
		identified: make(chan Identify, 16),
		acked:      map[string]bool{},
		conns:      map[*gwConn]bool{},
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/api/v10/", s.serveREST)
	mux.HandleFunc("/ws", s.serveGateway)
	mux.HandleFunc("/ws/", s.serveGateway)
	s.srv = httptest.NewServer(mux)
	s.URL = s.srv.URL + "/api/v10"
	s.GatewayURL = "ws" + strings.TrimPrefix(s.srv.URL, "http") + "/ws"
	tb.Cleanup(s.Close)
	return s
}

// Close closes the gateway connections and the server.
func (s *Server) Close() {
	s.mu.Lock()
	for c := range s.conns {
		c.ws.Close()
	}
	s.mu.Unlock()
	s.srv.Close()
}

// Requests returns every REST request received so far, GETs included.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.all...)
}

// NextRequest waits for the next REST request that is not a GET (the
// discovery GETs a session makes are only in Requests).
func (s *Server) NextRequest(tb testing.TB) Request {
	tb.Helper()
	select {
	case r := <-s.writes:
		return r
	case <-time.After(Timeout):
		tb.Fatalf("discordtest: no REST request within %v", Timeout)
		return Request{}
	}
}

// RateLimitNext makes the next REST request answer 429 with retry_after
// (and Retry-After) set to d. Calls queue up.
func (s *Server) RateLimitNext(d time.Duration) {
	s.mu.Lock()
	s.rateLimits = append(s.rateLimits, d)
	s.mu.Unlock()
}

// WaitIdentify waits until a gateway client has identified and been sent
// READY, and returns its Identify.
func (s *Server) WaitIdentify(tb testing.TB) Identify {
	tb.Helper()
	select {
	case id := <-s.identified:
		return id
	case <-time.After(Timeout):
		tb.Fatalf("discordtest: no gateway Identify within %v", Timeout)
		return Identify{}
	}
}

// SendInteraction dispatches INTERACTION_CREATE to the gateway client that
// identified last. It fills AppID when empty.
func (s *Server) SendInteraction(i *discordgo.Interaction) error {
	s.mu.Lock()
	c := s.ready
	s.mu.Unlock()
	if c == nil {
		return errors.New("discordtest: no identified gateway client")
	}
	if i.AppID == "" {
		i.AppID = AppID
	}
	return c.dispatch("INTERACTION_CREATE", i)
}

func (s *Server) serveREST(w http.ResponseWriter, r *http.Request) {
	raw, _ := io.ReadAll(r.Body)
	req := Request{Method: r.Method, Path: strings.TrimPrefix(r.URL.Path, "/api/v10"), Header: r.Header.Clone(), Raw: raw}
	if len(raw) > 0 {
		if err := json.Unmarshal(raw, &req.Body); err != nil {
			req.Body = nil
		}
	}
	status, answer := s.route(&req)
	req.Status = status
	s.mu.Lock()
	s.all = append(s.all, req)
	s.mu.Unlock()
	if req.Method != http.MethodGet {
		s.writes <- req
	}
	if m, ok := answer.(map[string]any); ok && status == http.StatusTooManyRequests {
		w.Header().Set("Retry-After", strconv.FormatFloat(m["retry_after"].(float64), 'f', -1, 64))
	}
	if answer == nil {
		w.WriteHeader(status)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(answer)
}

// route answers one REST request as Discord would, enough for the bot.
func (s *Server) route(r *Request) (int, any) {
	s.mu.Lock()
	if len(s.rateLimits) > 0 {
		d := s.rateLimits[0]
		s.rateLimits = s.rateLimits[1:]
		s.mu.Unlock()
		return http.StatusTooManyRequests, map[string]any{
			"message": "You are being rate limited.", "retry_after": d.Seconds(), "global": false,
		}
	}
	s.mu.Unlock()
	p := strings.Split(strings.Trim(r.Path, "/"), "/")
	authed := strings.HasPrefix(r.Header.Get("Authorization"), "Bot ")
	unauthorized := map[string]any{"message": "401: Unauthorized", "code": 0}
	switch {
	case r.Method == http.MethodGet && r.Path == "/gateway":
		return http.StatusOK, map[string]any{"url": s.GatewayURL}
	case r.Method == http.MethodGet && r.Path == "/gateway/bot":
		if !authed {
			return http.StatusUnauthorized, unauthorized
		}
		return http.StatusOK, map[string]any{
			"url": s.GatewayURL, "shards": 1,
			"session_start_limit": map[string]any{"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1},
		}
	case r.Method == http.MethodGet && r.Path == "/users/@me":
		if !authed {
			return http.StatusUnauthorized, unauthorized
		}
		return http.StatusOK, botUser()
	case r.Method == http.MethodPost && len(p) == 4 && p[0] == "interactions" && p[3] == "callback":
		if r.Object() == nil {
			return http.StatusBadRequest, map[string]any{"message": "Invalid Form Body", "code": 50035}
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.acked[p[1]] {
			return http.StatusBadRequest, map[string]any{"message": "Interaction has already been acknowledged.", "code": 40060}
		}
		s.acked[p[1]] = true
		return http.StatusNoContent, nil
	case r.Method == http.MethodPatch && len(p) == 5 && p[0] == "webhooks" && p[3] == "messages":
		return http.StatusOK, s.message(r)
	case r.Method == http.MethodPost && len(p) == 3 && p[0] == "webhooks":
		return http.StatusOK, s.message(r)
	case r.Method == http.MethodPut && p[0] == "applications" && p[len(p)-1] == "commands" && (len(p) == 3 || len(p) == 5 && p[2] == "guilds"):
		if !authed {
			return http.StatusUnauthorized, unauthorized
		}
		cmds, ok := r.Body.([]any)
		if !ok {
			return http.StatusBadRequest, map[string]any{"message": "Invalid Form Body", "code": 50035}
		}
		out := make([]any, 0, len(cmds))
		for _, c := range cmds {
			m, ok := c.(map[string]any)
			if !ok {
				return http.StatusBadRequest, map[string]any{"message": "Invalid Form Body", "code": 50035}
			}
			m["id"] = s.id()
			m["application_id"] = p[1]
			out = append(out, m)
		}
		return http.StatusOK, out
	}
	return http.StatusNotFound, map[string]any{"message": "404: Not Found", "code": 0}
}

func (s *Server) id() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.nextID++
	return strconv.Itoa(200000000000000000 + s.nextID)
}

func (s *Server) message(r *Request) map[string]any {
	m := map[string]any{"id": s.id(), "channel_id": "300000000000000001", "type": 0, "content": "", "author": botUser()}
	if c, ok := r.Object()["content"].(string); ok {
		m["content"] = c
	}
	return m
}

func botUser() map[string]any {
	return map[string]any{"id": BotUserID, "username": "kutip", "discriminator": "0", "bot": true}
}

// gwConn is one gateway websocket client.
type gwConn struct {
	ws  *websocket.Conn
	mu  sync.Mutex // serialises writes
	seq int
}

func (c *gwConn) write(v any) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.ws.WriteJSON(v)
}

func (c *gwConn) dispatch(t string, d any) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.seq++
	return c.ws.WriteJSON(map[string]any{"op": 0, "s": c.seq, "t": t, "d": d})
}

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

// serveGateway speaks just enough of the gateway: Hello, Identify, READY,
// heartbeat ACKs, dispatches.
func (s *Server) serveGateway(w http.ResponseWriter, r *http.Request) {
	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c := &gwConn{ws: ws}
	s.mu.Lock()
	s.conns[c] = true
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		delete(s.conns, c)
		if s.ready == c {
			s.ready = nil
		}
		s.mu.Unlock()
		ws.Close()
	}()
	if err := c.write(map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": 41250}}); err != nil {
		return
	}
	for {
		var msg struct {
			Op int             `json:"op"`
			D  json.RawMessage `json:"d"`
		}
		if err := ws.ReadJSON(&msg); err != nil {
			return
		}
		switch msg.Op {
		case 1: // heartbeat
			if c.write(map[string]any{"op": 11}) != nil {
				return
			}
		case 2, 6: // identify; a resume is answered as a fresh identify
			var id struct {
				Token    string `json:"token"`
				Intents  int    `json:"intents"`
				Compress bool   `json:"compress"`
			}
			json.Unmarshal(msg.D, &id)
			ready := map[string]any{
				"v": 10, "session_id": fmt.Sprintf("session-%p", c), "resume_gateway_url": s.GatewayURL,
				"user": botUser(), "application": map[string]any{"id": AppID, "flags": 0},
				"guilds": []any{}, "private_channels": []any{},
			}
			if c.dispatch("READY", ready) != nil {
				return
			}
			s.mu.Lock()
			s.ready = c
			s.mu.Unlock()
			s.identified <- Identify{Token: id.Token, Intents: id.Intents, Compress: id.Compress}
		}
	}
}
