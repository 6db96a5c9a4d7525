package commands

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// Buttons are stateless: a custom_id carries everything a click needs, and
// the question of an /ask reply is read back from the clicked message, so
// any replica of the bot can serve any click.

// askPage is the custom_id of an /ask paging button:
// "ask:<asker user id>:<page>:<quotes per page>".
type askPage struct {
	User  string
	Page  int // 0-based
	Limit int
}

const askPrefix = "ask:"

func (p askPage) customID() string {
	return fmt.Sprintf("%s%s:%d:%d", askPrefix, p.User, p.Page, p.Limit)
}

func parseAskPage(id string) (askPage, bool) {
	parts := strings.Split(strings.TrimPrefix(id, askPrefix), ":")
	if !strings.HasPrefix(id, askPrefix) || len(parts) != 3 || parts[0] == "" {
		return askPage{}, false
	}
	page, err1 := strconv.Atoi(parts[1])
	limit, err2 := strconv.Atoi(parts[2])
	if err1 != nil || err2 != nil || page < 0 || limit < 1 || limit > maxAskLimit {
		return askPage{}, false
	}
	return askPage{User: parts[0], Page: page, Limit: limit}, true
}

// sourcesPage is the custom_id of a /sources paging button:
// "src:<page>:<filter>". A filter too long for the 100-character custom_id
// is cut, so pages after the first list the articles matching the cut
// filter (a superset of the first page's matches); filters that long are
// rare, as titles autocomplete.
type sourcesPage struct {
	Page   int
	Filter string
}

const sourcesPrefix = "src:"

func (p sourcesPage) customID() string {
	head := fmt.Sprintf("%s%d:", sourcesPrefix, p.Page)
	return head + cutRunes(p.Filter, maxCustomID-runes(head))
}

func parseSourcesPage(id string) (sourcesPage, bool) {
	if !strings.HasPrefix(id, sourcesPrefix) {
		return sourcesPage{}, false
	}
	num, filter, ok := strings.Cut(strings.TrimPrefix(id, sourcesPrefix), ":")
	page, err := strconv.Atoi(num)
	if !ok || err != nil || page < 0 {
		return sourcesPage{}, false
	}
	return sourcesPage{Page: page, Filter: filter}, true
}

// questionMark starts the footer line that carries the question of an /ask
// reply. Footers are plain text (no markdown), so the question is stored
// verbatim and read back verbatim.
const questionMark = "❓ "

// askFooter is the footer of an /ask reply's last embed: the question, then
// what the page shows.
func askFooter(question, pageLine string) string {
	return questionMark + question + "\n" + pageLine
}

// questionOf reads the question back from a message built by renderAnswer.
func questionOf(m *discordgo.Message) (string, bool) {
	if m == nil || len(m.Embeds) == 0 {
		return "", false
	}
	f := m.Embeds[len(m.Embeds)-1].Footer
	if f == nil || !strings.HasPrefix(f.Text, questionMark) {
		return "", false
	}
	q, _, _ := strings.Cut(strings.TrimPrefix(f.Text, questionMark), "\n")
	q = strings.TrimSpace(q)
	return q, q != ""
}
