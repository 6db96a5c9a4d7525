package commands

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/kutip/kutip/retrieval"
)

// askRequest is one page of one question to answer.
type askRequest struct {
	question string
	page     int
	limit    int
	hide     bool // ephemeral reply
	update   bool // a paging click: update the clicked message
}

// ask answers /ask question [limit] [hide].
func (r *Router) ask(ctx context.Context, i *discordgo.Interaction, resp Responder, data discordgo.ApplicationCommandInteractionData) error {
	req := askRequest{limit: retrieval.DefaultLimit}
	for _, o := range data.Options {
		switch v := o.Value.(type) {
		case string:
			if o.Name == optQuestion {
				req.question = cleanQuestion(v)
			}
		case float64: // JSON numbers
			if o.Name == optLimit {
				req.limit = min(max(int(v), 1), maxAskLimit)
			}
		case bool:
			if o.Name == optHide {
				req.hide = v
			}
		}
	}
	return r.newQuestion(ctx, i, resp, req)
}

// findSources answers the "Cari sumber" message command: /ask with the
// selected message's text.
func (r *Router) findSources(ctx context.Context, i *discordgo.Interaction, resp Responder, data discordgo.ApplicationCommandInteractionData) error {
	var text string
	if data.Resolved != nil {
		if m := data.Resolved.Messages[data.TargetID]; m != nil {
			text = m.Content
			if strings.TrimSpace(text) == "" && len(m.Embeds) > 0 {
				text = m.Embeds[0].Title + " " + m.Embeds[0].Description
			}
		}
	}
	q := cleanQuestion(text)
	if q == "" {
		return respond(ctx, resp, "find sources", discordgo.InteractionResponseChannelMessageWithSource, notice(langOf(i).t(msgNoText)))
	}
	return r.newQuestion(ctx, i, resp, askRequest{question: q, limit: retrieval.DefaultLimit})
}

// newQuestion applies the per-user cooldown, then answers page 0.
func (r *Router) newQuestion(ctx context.Context, i *discordgo.Interaction, resp Responder, req askRequest) error {
	l := langOf(i)
	if req.question == "" {
		return respond(ctx, resp, "ask", discordgo.InteractionResponseChannelMessageWithSource, notice(l.t(msgAskEmpty)))
	}
	if wait := r.cool.wait(userID(i), r.now()); wait > 0 {
		return respond(ctx, resp, "ask", discordgo.InteractionResponseChannelMessageWithSource, notice(l.t(msgCooldown, seconds(wait))))
	}
	return r.answer(ctx, i, resp, req)
}

// askPage answers a click on an /ask reply's previous/next button.
func (r *Router) askPage(ctx context.Context, i *discordgo.Interaction, resp Responder, p askPage) error {
	l := langOf(i)
	if userID(i) != p.User {
		return respond(ctx, resp, "ask page", discordgo.InteractionResponseChannelMessageWithSource, notice(l.t(msgNotAsker)))
	}
	q, ok := questionOf(i.Message)
	if !ok {
		return respond(ctx, resp, "ask page", discordgo.InteractionResponseChannelMessageWithSource, notice(l.t(msgStale)))
	}
	return r.answer(ctx, i, resp, askRequest{question: q, page: p.Page, limit: p.Limit, update: true})
}

// answer asks the question and replies inline when the answer comes within
// the soft deadline, or defers and edits the reply in when it comes later.
func (r *Router) answer(ctx context.Context, i *discordgo.Interaction, resp Responder, req askRequest) error {
	l := langOf(i)
	// One page more than shown tells whether there is a next page.
	q := retrieval.Question{Text: req.question, Limit: min((req.page+2)*req.limit, retrieval.MaxLimit)}

	type result struct {
		a   retrieval.Answer
		err error
	}
	done := make(chan result, 1)
	go func() {
		a, err := r.search.Ask(ctx, q)
		done <- result{a, err}
	}()

	deferred := false
	var res result
	timer := time.NewTimer(r.soft)
	select {
	case res = <-done:
		timer.Stop()
	case <-timer.C:
		d := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}
		if req.update {
			d.Type = discordgo.InteractionResponseDeferredMessageUpdate
		} else if req.hide {
			d.Data = &discordgo.InteractionResponseData{Flags: discordgo.MessageFlagsEphemeral}
		}
		if err := resp.Respond(ctx, d); err != nil {
			return fmt.Errorf("commands: ask: defer: %w", err)
		}
		deferred = true
		res = <-done
	}

	if res.err != nil {
		r.log.Error("ask failed", "question", req.question, "err", res.err)
		failed := notice(l.t(msgAskFailed))
		switch {
		case !deferred:
			return respond(ctx, resp, "ask", discordgo.InteractionResponseChannelMessageWithSource, failed)
		case req.update: // keep the answers on screen; tell the asker alone
			if err := resp.Followup(ctx, followupOf(failed)); err != nil {
				return fmt.Errorf("commands: ask: followup: %w", err)
			}
			return nil
		default:
			return edit(ctx, resp, "ask", failed)
		}
	}

	d := renderAnswer(answerView{Lang: l, Asker: userID(i), Question: req.question, Answer: res.a, Page: req.page, Limit: req.limit})
	if req.hide {
		d.Flags |= discordgo.MessageFlagsEphemeral
	}
	if deferred {
		return edit(ctx, resp, "ask", d)
	}
	typ := discordgo.InteractionResponseChannelMessageWithSource
	if req.update {
		typ = discordgo.InteractionResponseUpdateMessage
	}
	return respond(ctx, resp, "ask", typ, d)
}

var (
	mentionLike = regexp.MustCompile(`<(?:@[!&]?|#|a?:\w+:|/[^>]*:|t:)[^>]*>`)
	spaces      = regexp.MustCompile(`\s+`)
)

// cleanQuestion turns text into a question: mentions, custom emoji and
// links dropped, whitespace folded to single spaces (a question is one
// line: the footer that carries it is read back by its first line), and
// cut to maxQuestion runes at a word boundary.
func cleanQuestion(s string) string {
	s = mentionLike.ReplaceAllString(s, " ")
	s = bareURL.ReplaceAllString(s, " ")
	s = strings.TrimSpace(spaces.ReplaceAllString(s, " "))
	if runes(s) <= maxQuestion {
		return s
	}
	cut := cutRunes(s, maxQuestion)
	if sp := strings.LastIndexByte(cut, ' '); sp > len(cut)/2 {
		cut = cut[:sp]
	}
	return strings.TrimSpace(cut)
}
