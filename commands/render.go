package commands

import (
	"fmt"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/kutip/kutip/retrieval"
)

// Rendering is pure: these functions turn a reply model into discordgo data
// and do nothing else, so the golden files can pin them down.

const (
	colorAnswer   = 0x3b82f6
	colorNoAnswer = 0x9ca3af
	colorSources  = 0x10b981

	maxAskLimit     = 10  // the /ask limit option's maximum: quotes per page
	maxQuestion     = 300 // runes of a question (the /ask option's max_length)
	sourcesPerPage  = 10
	maxAlsoReported = 5 // publishers listed under "also reported by"
	maxTitle        = 150
	maxMeta         = 700 // runes of author, title and "also reported by" in one answer embed
	maxAskFooter    = 400 // the question (≤ maxQuestion) and the quote range
)

// noMentions is the allowed_mentions of every message: an empty, non-nil
// parse list, which discordgo serialises as "parse":[] (its Parse field has
// no omitempty), so that nothing quoted can ping anyone.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// finish applies the rules every message follows: no mentions, content
// within its limit, and SUPPRESS_EMBEDS exactly on messages without embeds
// (it would hide our own embeds; on content-only messages it stops links
// from unfurling).
func finish(d *discordgo.InteractionResponseData) *discordgo.InteractionResponseData {
	d.AllowedMentions = noMentions()
	d.Content = truncate(d.Content, maxContent)
	if d.Embeds == nil {
		d.Embeds = []*discordgo.MessageEmbed{}
	}
	if d.Components == nil {
		d.Components = []discordgo.MessageComponent{}
	}
	if len(d.Embeds) == 0 {
		d.Flags |= discordgo.MessageFlagsSuppressEmbeds
	} else {
		d.Flags &^= discordgo.MessageFlagsSuppressEmbeds
	}
	return d
}

// notice is a short ephemeral text reply.
func notice(text string) *discordgo.InteractionResponseData {
	return finish(&discordgo.InteractionResponseData{Content: text, Flags: discordgo.MessageFlagsEphemeral})
}

// editOf turns a message into an edit of the original response that
// replaces all of it (empty lists clear old embeds and buttons).
func editOf(d *discordgo.InteractionResponseData) *discordgo.WebhookEdit {
	content, embeds, components := d.Content, d.Embeds, d.Components
	if embeds == nil {
		embeds = []*discordgo.MessageEmbed{}
	}
	if components == nil {
		components = []discordgo.MessageComponent{}
	}
	return &discordgo.WebhookEdit{Content: &content, Embeds: &embeds, Components: &components, AllowedMentions: noMentions()}
}

// followupOf turns a message into a followup.
func followupOf(d *discordgo.InteractionResponseData) *discordgo.WebhookParams {
	components := d.Components
	if components == nil {
		components = []discordgo.MessageComponent{}
	}
	return &discordgo.WebhookParams{Content: d.Content, Embeds: d.Embeds, Components: components, AllowedMentions: noMentions(), Flags: d.Flags}
}

// plain makes text for fields Discord shows without markdown (embed author,
// footer): one line, mentions broken.
func plain(s string) string { return strings.ReplaceAll(oneLine(s), "@", "@"+zwsp) }

func date(t time.Time, l lang) string {
	if t.IsZero() {
		return l.t(msgUndated)
	}
	return t.Format("2006-01-02")
}

// answerView is one page of an /ask reply.
type answerView struct {
	Lang     lang
	Asker    string // user id; only they may page
	Question string
	Answer   retrieval.Answer
	Page     int // 0-based; clamped to the last page with quotes
	Limit    int // quotes per page
}

// renderAnswer draws one page of an answer: one embed per quote (publisher
// and date as author, the article title linking to it, the quote with the
// question's words in bold), the question and the page in the last footer
// (where a paging click reads it back), and previous/next buttons.
func renderAnswer(v answerView) *discordgo.InteractionResponseData {
	l := v.Lang
	quotes := v.Answer.Quotes
	if v.Answer.Abstained || len(quotes) == 0 {
		return finish(&discordgo.InteractionResponseData{Embeds: []*discordgo.MessageEmbed{{
			Title:       l.t(msgNoAnswerTitle),
			Description: l.t(msgNoAnswerBody),
			Color:       colorNoAnswer,
			Footer:      &discordgo.MessageEmbedFooter{Text: truncate(questionMark+v.Question, maxFooter)},
		}}})
	}
	limit := min(max(v.Limit, 1), maxAskLimit)
	page := min(max(v.Page, 0), (len(quotes)-1)/limit)
	from, to := page*limit, min(page*limit+limit, len(quotes))
	shown := quotes[from:to]
	hasMore := to < len(quotes) && to < retrieval.MaxLimit

	// Author, title and "also reported by" of each embed share at most
	// 4,000 of the 6,000 runes; the quotes get the rest.
	meta := min(maxMeta, 4000/len(shown))
	embeds := make([]*discordgo.MessageEmbed, len(shown))
	also := make([]string, len(shown))
	fixed := 0
	for i, q := range shown {
		e := &discordgo.MessageEmbed{
			Author: &discordgo.MessageEmbedAuthor{Name: truncate(plain(q.Source.Publisher)+" · "+date(q.Source.Published, l), min(maxAuthor, meta/4))},
			Title:  truncate(escapeText(truncate(oneLine(q.Source.Title), maxTitle)), min(maxEmbedTitle, meta/2)),
			URL:    safeURL(q.Source.URL),
			Color:  colorAnswer,
		}
		if len(q.AlsoReportedBy) > 0 {
			line := "\n\n" + l.t(msgAlsoReported, alsoList(q.AlsoReportedBy, meta-embedLen(e)-40))
			if runes(line) <= meta-embedLen(e) {
				also[i] = line
			}
		}
		embeds[i] = e
		fixed += embedLen(e) + runes(also[i])
	}
	last := embeds[len(embeds)-1]
	last.Footer = &discordgo.MessageEmbedFooter{Text: truncate(askFooter(v.Question, l.t(msgQuoteRange, from+1, to)), maxAskFooter)}
	fixed += runes(last.Footer.Text)

	// Share what is left of the 6,000 runes between the quotes.
	each := (maxEmbedTotal - fixed) / len(shown)
	for i, q := range shown {
		budget := min(each, maxEmbedDesc-runes(also[i]))
		embeds[i].Description = fitQuote(q.Text, q.Terms, budget) + also[i]
	}

	d := &discordgo.InteractionResponseData{Embeds: embeds}
	if page > 0 || hasMore {
		d.Components = pager(
			askPage{User: v.Asker, Page: max(page-1, 0), Limit: limit}.customID(), page > 0,
			askPage{User: v.Asker, Page: page + 1, Limit: limit}.customID(), hasMore, l.t(msgNext), l)
	}
	return finish(d)
}

// fitQuote renders a quote in at most budget runes: the raw text is cut
// (escaping adds backslashes, so it may take a few tries) before it is
// escaped, so that a cut never breaks the markdown.
func fitQuote(text string, terms []string, budget int) string {
	if budget <= 0 {
		return ""
	}
	n := runes(text)
	for {
		out := highlight(truncate(text, n), terms)
		over := runes(out) - budget
		if over <= 0 || n <= 1 {
			return truncate(out, budget)
		}
		n -= over
	}
}

// alsoList names the other publishers of a passage, as links, in about
// budget runes; those that do not fit are counted ("+3").
func alsoList(srcs []retrieval.Source, budget int) string {
	var parts []string
	used := 0
	for i, s := range srcs {
		name := s.Publisher
		if name == "" {
			name = s.Title
		}
		part := link(truncate(oneLine(name), 60), s.URL)
		if i == maxAlsoReported || used+runes(part)+2 > budget-4 {
			parts = append(parts, fmt.Sprintf("+%d", len(srcs)-i))
			break
		}
		parts = append(parts, part)
		used += runes(part) + 2
	}
	return strings.Join(parts, ", ")
}

// pager is one row of previous/next buttons.
func pager(prevID string, prevOn bool, nextID string, nextOn bool, nextLabel string, l lang) []discordgo.MessageComponent {
	return []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
		discordgo.Button{Label: l.t(msgPrev), Style: discordgo.SecondaryButton, CustomID: prevID, Disabled: !prevOn},
		discordgo.Button{Label: nextLabel, Style: discordgo.PrimaryButton, CustomID: nextID, Disabled: !nextOn},
	}}}
}

// filterSources keeps the sources whose title or publisher contains filter,
// ignoring case.
func filterSources(all []retrieval.Source, filter string) []retrieval.Source {
	f := strings.ToLower(strings.TrimSpace(filter))
	if f == "" {
		return all
	}
	var out []retrieval.Source
	for _, s := range all {
		if strings.Contains(strings.ToLower(s.Title), f) || strings.Contains(strings.ToLower(s.Publisher), f) {
			out = append(out, s)
		}
	}
	return out
}

// renderSources draws one page of the article list: date, publisher and
// the title linking to the article, newest first.
func renderSources(l lang, all []retrieval.Source, filter string, page int) *discordgo.InteractionResponseData {
	matches := filterSources(all, filter)
	shownFilter := escapeText(truncate(oneLine(filter), 80))
	if len(matches) == 0 {
		if strings.TrimSpace(filter) == "" {
			return finish(&discordgo.InteractionResponseData{Content: l.t(msgSourcesNone)})
		}
		return finish(&discordgo.InteractionResponseData{Content: l.t(msgSourcesNoMatch, shownFilter)})
	}
	pages := (len(matches) + sourcesPerPage - 1) / sourcesPerPage
	page = min(max(page, 0), pages-1)
	shown := matches[page*sourcesPerPage : min(page*sourcesPerPage+sourcesPerPage, len(matches))]

	lines := func(links bool) string {
		var b strings.Builder
		for i, s := range shown {
			if i > 0 {
				b.WriteByte('\n')
			}
			title := truncate(oneLine(s.Title), maxTitle)
			if links {
				title = link(title, s.URL)
			} else {
				title = escapeText(title)
			}
			fmt.Fprintf(&b, "`%s` **%s** — %s", date(s.Published, l), escapeText(truncate(oneLine(s.Publisher), 60)), title)
		}
		return b.String()
	}
	desc := lines(true)
	if runes(desc) > maxEmbedDesc {
		desc = lines(false) // very long URLs: keep every title rather than cut links
	}
	title := l.t(msgSourcesTitle)
	if strings.TrimSpace(filter) != "" {
		title = l.t(msgSourcesTitleFilter, shownFilter)
	}
	d := &discordgo.InteractionResponseData{Embeds: []*discordgo.MessageEmbed{{
		Title:       truncate(title, maxEmbedTitle),
		Description: truncate(desc, maxEmbedDesc),
		Color:       colorSources,
		Footer:      &discordgo.MessageEmbedFooter{Text: l.t(msgSourcesFooter, page+1, pages, len(matches))},
	}}}
	if pages > 1 {
		d.Components = pager(
			sourcesPage{Page: max(page-1, 0), Filter: filter}.customID(), page > 0,
			sourcesPage{Page: page + 1, Filter: filter}.customID(), page < pages-1, l.t(msgNextPage), l)
	}
	return finish(d)
}

// renderSummary reports a finished reindex, listing skipped files until the
// message is full.
func renderSummary(l lang, sum retrieval.Summary) *discordgo.InteractionResponseData {
	var b strings.Builder
	b.WriteString(l.t(msgReindexDone, sum.Duration.Round(time.Millisecond), sum.Articles, sum.Passages))
	if n := len(sum.Skipped); n > 0 {
		b.WriteString("\n" + l.t(msgReindexSkipped, n))
		for i, p := range sum.Skipped {
			line := "\n• " + escapeText(truncate(oneLine(p.String()), 200))
			more := "\n" + l.t(msgReindexMore, n-i)
			if runes(b.String())+runes(line)+runes(more) > maxContent {
				b.WriteString(more)
				break
			}
			b.WriteString(line)
		}
	}
	return finish(&discordgo.InteractionResponseData{Content: b.String()})
}
