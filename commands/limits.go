package commands

import (
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
)

// Discord's limits on what a bot may send, counted in characters (runes).
// Messages that break them are rejected whole with a 400, so every builder
// truncates to them and Validate checks the result.
const (
	maxContent       = 2000
	maxEmbeds        = 10
	maxEmbedTitle    = 256
	maxEmbedDesc     = 4096
	maxFields        = 25
	maxFieldName     = 256
	maxFieldValue    = 1024
	maxFooter        = 2048
	maxAuthor        = 256
	maxEmbedTotal    = 6000 // title, description, field names and values, footer and author of all embeds
	maxRows          = 5
	maxButtonsPerRow = 5
	maxCustomID      = 100
	maxButtonLabel   = 80
	maxChoices       = 25
	maxChoiceLen     = 100
)

// ellipsis ends truncated text.
const ellipsis = "…"

// truncate cuts s to at most n runes, ending with "…" when it cut.
func truncate(s string, n int) string {
	if n <= 0 {
		return ""
	}
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return cutRunes(s, n-1) + ellipsis
}

// cutRunes returns the first n runes of s, without an ellipsis.
func cutRunes(s string, n int) string {
	if n <= 0 {
		return ""
	}
	i := 0
	for pos := range s {
		if i == n {
			return s[:pos]
		}
		i++
	}
	return s
}

func runes(s string) int { return utf8.RuneCountInString(s) }

// embedLen is what an embed counts towards maxEmbedTotal.
func embedLen(e *discordgo.MessageEmbed) int {
	n := runes(e.Title) + runes(e.Description)
	for _, f := range e.Fields {
		n += runes(f.Name) + runes(f.Value)
	}
	if e.Footer != nil {
		n += runes(e.Footer.Text)
	}
	if e.Author != nil {
		n += runes(e.Author.Name)
	}
	return n
}

// Validate reports every way d breaks Discord's limits or Kutip's safety
// rules: mentions must be disabled with an empty allowed_mentions parse
// list, and SUPPRESS_EMBEDS (which hides the message's own embeds too) may
// only be set on messages without embeds. Autocomplete data is checked for
// its choices only.
func Validate(d *discordgo.InteractionResponseData) error {
	if d == nil {
		return errors.New("no data")
	}
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }

	if d.Choices != nil {
		if len(d.Choices) > maxChoices {
			bad("%d choices, limit %d", len(d.Choices), maxChoices)
		}
		for _, c := range d.Choices {
			if n := runes(c.Name); n < 1 || n > maxChoiceLen {
				bad("choice name %q: %d runes, want 1..%d", c.Name, n, maxChoiceLen)
			}
			if v, ok := c.Value.(string); ok && runes(v) > maxChoiceLen {
				bad("choice value %q: %d runes, limit %d", v, runes(v), maxChoiceLen)
			}
		}
		return errors.Join(errs...)
	}

	if d.AllowedMentions == nil || d.AllowedMentions.Parse == nil || len(d.AllowedMentions.Parse) > 0 ||
		len(d.AllowedMentions.Users) > 0 || len(d.AllowedMentions.Roles) > 0 {
		bad("allowed_mentions must be an empty parse list")
	}
	if d.Content == "" && len(d.Embeds) == 0 {
		bad("empty message")
	}
	if n := runes(d.Content); n > maxContent {
		bad("content: %d runes, limit %d", n, maxContent)
	}
	if len(d.Embeds) > 0 && d.Flags&discordgo.MessageFlagsSuppressEmbeds != 0 {
		bad("SUPPRESS_EMBEDS set on a message with embeds")
	}
	if len(d.Embeds) > maxEmbeds {
		bad("%d embeds, limit %d", len(d.Embeds), maxEmbeds)
	}
	total := 0
	for i, e := range d.Embeds {
		total += embedLen(e)
		check := func(what, s string, limit int) {
			if n := runes(s); n > limit {
				bad("embed %d %s: %d runes, limit %d", i, what, n, limit)
			}
		}
		check("title", e.Title, maxEmbedTitle)
		check("description", e.Description, maxEmbedDesc)
		if e.Footer != nil {
			check("footer", e.Footer.Text, maxFooter)
		}
		if e.Author != nil {
			check("author", e.Author.Name, maxAuthor)
		}
		if len(e.Fields) > maxFields {
			bad("embed %d: %d fields, limit %d", i, len(e.Fields), maxFields)
		}
		for _, f := range e.Fields {
			check("field name", f.Name, maxFieldName)
			check("field value", f.Value, maxFieldValue)
		}
	}
	if total > maxEmbedTotal {
		bad("embeds: %d runes in all, limit %d", total, maxEmbedTotal)
	}

	if len(d.Components) > maxRows {
		bad("%d action rows, limit %d", len(d.Components), maxRows)
	}
	ids := map[string]bool{}
	for _, c := range d.Components {
		row, ok := c.(discordgo.ActionsRow)
		if !ok {
			bad("component %T: want an action row", c)
			continue
		}
		if len(row.Components) > maxButtonsPerRow {
			bad("%d buttons in a row, limit %d", len(row.Components), maxButtonsPerRow)
		}
		for _, bc := range row.Components {
			b, ok := bc.(discordgo.Button)
			if !ok {
				bad("component %T: want a button", bc)
				continue
			}
			if n := runes(b.Label); n > maxButtonLabel {
				bad("button label %q: %d runes, limit %d", b.Label, n, maxButtonLabel)
			}
			if n := runes(b.CustomID); n < 1 || n > maxCustomID {
				bad("custom_id %q: %d runes, want 1..%d", b.CustomID, n, maxCustomID)
			}
			if ids[b.CustomID] {
				bad("custom_id %q used twice", b.CustomID)
			}
			ids[b.CustomID] = true
		}
	}
	return errors.Join(errs...)
}

// validateEdit is Validate for an edit of the original response.
func validateEdit(e *discordgo.WebhookEdit) error {
	d := &discordgo.InteractionResponseData{AllowedMentions: e.AllowedMentions}
	if e.Content != nil {
		d.Content = *e.Content
	}
	if e.Embeds != nil {
		d.Embeds = *e.Embeds
	}
	if e.Components != nil {
		d.Components = *e.Components
	}
	return Validate(d)
}

// validateFollowup is Validate for a followup message.
func validateFollowup(p *discordgo.WebhookParams) error {
	return Validate(&discordgo.InteractionResponseData{
		Content: p.Content, Embeds: p.Embeds, Components: p.Components,
		AllowedMentions: p.AllowedMentions, Flags: p.Flags,
	})
}
