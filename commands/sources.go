package commands

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// sources answers /sources [filter].
func (r *Router) sources(ctx context.Context, i *discordgo.Interaction, resp Responder, data discordgo.ApplicationCommandInteractionData) error {
	filter := ""
	if o := data.GetOption(optFilter); o != nil {
		filter, _ = o.Value.(string)
	}
	d := renderSources(langOf(i), r.catalog.Sources(), filter, 0)
	return respond(ctx, resp, "sources", discordgo.InteractionResponseChannelMessageWithSource, d)
}

// sourcesPage answers a click on a /sources list's previous/next button.
// Anyone may page a list: it is the same for everyone.
func (r *Router) sourcesPage(ctx context.Context, i *discordgo.Interaction, resp Responder, p sourcesPage) error {
	d := renderSources(langOf(i), r.catalog.Sources(), p.Filter, p.Page)
	return respond(ctx, resp, "sources page", discordgo.InteractionResponseUpdateMessage, d)
}

// autocomplete suggests /sources filters from the publishers and titles.
func (r *Router) autocomplete(ctx context.Context, i *discordgo.Interaction, resp Responder, data discordgo.ApplicationCommandInteractionData) error {
	typed := ""
	for _, o := range data.Options {
		if o.Focused {
			typed, _ = o.Value.(string)
		}
	}
	var names []string
	for _, s := range r.catalog.Sources() {
		names = append(names, s.Publisher)
	}
	for _, s := range r.catalog.Sources() {
		names = append(names, s.Title)
	}
	d := &discordgo.InteractionResponseData{Choices: choices(names, typed), AllowedMentions: noMentions()}
	if err := resp.Respond(ctx, &discordgo.InteractionResponse{Type: discordgo.InteractionApplicationCommandAutocompleteResult, Data: d}); err != nil {
		return fmt.Errorf("commands: autocomplete: respond: %w", err)
	}
	return nil
}

// choices picks up to 25 distinct candidates containing typed (ignoring
// case), those starting with it first, each otherwise in the given order.
// A choice's value is cut to 100 runes without an ellipsis, so that it
// still matches as a filter; its name gets an ellipsis.
func choices(candidates []string, typed string) []*discordgo.ApplicationCommandOptionChoice {
	t := strings.ToLower(strings.TrimSpace(typed))
	type hit struct {
		s      string
		prefix bool
	}
	var hits []hit
	seen := map[string]bool{}
	for _, c := range candidates {
		c = oneLine(c)
		lc := strings.ToLower(c)
		if c == "" || seen[lc] || !strings.Contains(lc, t) {
			continue
		}
		seen[lc] = true
		hits = append(hits, hit{c, strings.HasPrefix(lc, t)})
	}
	sort.SliceStable(hits, func(a, b int) bool { return hits[a].prefix && !hits[b].prefix })
	out := []*discordgo.ApplicationCommandOptionChoice{}
	for _, h := range hits[:min(len(hits), maxChoices)] {
		out = append(out, &discordgo.ApplicationCommandOptionChoice{Name: truncate(h.s, maxChoiceLen), Value: cutRunes(h.s, maxChoiceLen)})
	}
	return out
}
