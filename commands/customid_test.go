package commands

import (
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

func TestAskPageRoundTrip(t *testing.T) {
	p := askPage{User: "12345678901234567890", Page: 2, Limit: 10}
	id := p.customID()
	if runes(id) > maxCustomID {
		t.Errorf("got %d runes, want at most %d", runes(id), maxCustomID)
	}
	got, ok := parseAskPage(id)
	if !ok || got != p {
		t.Errorf("got %+v %v, want %+v", got, ok, p)
	}
	for _, bad := range []string{"ask:", "ask:u:x:3", "ask:u:1:0", "ask:u:-1:3", "ask::1:3", "ask:u:1:3:4", "src:1:", "ask:u:1:99"} {
		if _, ok := parseAskPage(bad); ok {
			t.Errorf("parseAskPage(%q): got ok, want rejected", bad)
		}
	}
}

func TestSourcesPageRoundTrip(t *testing.T) {
	tests := []struct {
		filter, wantFilter string
	}{
		{"", ""},
		{"kompas: perang", "kompas: perang"},
		{strings.Repeat("é", 150), strings.Repeat("é", maxCustomID-len("src:12:"))},
	}
	for _, tt := range tests {
		id := sourcesPage{Page: 12, Filter: tt.filter}.customID()
		if runes(id) > maxCustomID {
			t.Errorf("got %d runes, want at most %d", runes(id), maxCustomID)
		}
		got, ok := parseSourcesPage(id)
		if !ok || got.Page != 12 || got.Filter != tt.wantFilter {
			t.Errorf("got %+v %v, want page 12 filter %q", got, ok, tt.wantFilter)
		}
	}
}

func TestQuestionOf(t *testing.T) {
	q := "brp tentara korut yg dikirim? [x](y) @everyone"
	d := renderAnswer(answerView{Lang: english, Asker: "1", Question: q, Answer: newFake().answers["many"], Limit: 3})
	got, ok := questionOf(&discordgo.Message{Embeds: d.Embeds})
	if !ok || got != q {
		t.Errorf("got %q %v, want %q", got, ok, q)
	}
	if _, ok := questionOf(&discordgo.Message{}); ok {
		t.Error("got a question from a message without embeds")
	}
}

func TestCooldowns(t *testing.T) {
	t0 := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	c := newCooldowns(10*time.Second, 3)
	if w := c.wait("a", t0); w != 0 {
		t.Errorf("first: got %v, want 0", w)
	}
	if w := c.wait("a", t0.Add(4*time.Second)); w != 6*time.Second {
		t.Errorf("again after 4s: got %v, want 6s", w)
	}
	if w := c.wait("b", t0.Add(4*time.Second)); w != 0 {
		t.Errorf("another user: got %v, want 0", w)
	}
	if w := c.wait("a", t0.Add(10*time.Second)); w != 0 {
		t.Errorf("after 10s: got %v, want 0", w)
	}
	// The map stays bounded; the longest idle user goes first.
	c.wait("c", t0.Add(11*time.Second))
	c.wait("d", t0.Add(12*time.Second))
	if len(c.users) > 3 {
		t.Errorf("got %d users, want at most 3", len(c.users))
	}
	if _, ok := c.users["b"]; ok {
		t.Error("got b kept, want the longest idle user evicted")
	}
	if got := seconds(1500 * time.Millisecond); got != 2 {
		t.Errorf("got %d, want 2", got)
	}
	if w := newCooldowns(0, 3).wait("a", t0); w != 0 {
		t.Errorf("no cooldown: got %v, want 0", w)
	}
}
