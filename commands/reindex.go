package commands

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/kutip/kutip/retrieval"
)

// Progress edits are throttled: one when another tenth of the corpus is
// done and at least progressEvery has passed since the last one.
const progressEvery = time.Second

// reindex answers /reindex: server admins only, checked here because
// server admins can override the command's default permissions.
func (r *Router) reindex(ctx context.Context, i *discordgo.Interaction, resp Responder) error {
	l := langOf(i)
	reply := discordgo.InteractionResponseChannelMessageWithSource
	if i.GuildID == "" || i.Member == nil {
		return respond(ctx, resp, "reindex", reply, notice(l.t(msgGuildOnly)))
	}
	if i.Member.Permissions&(discordgo.PermissionManageGuild|discordgo.PermissionAdministrator) == 0 {
		return respond(ctx, resp, "reindex", reply, notice(l.t(msgForbidden)))
	}
	deferral := &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Flags: discordgo.MessageFlagsEphemeral},
	}
	if err := resp.Respond(ctx, deferral); err != nil {
		return fmt.Errorf("commands: reindex: defer: %w", err)
	}

	var (
		mu       sync.Mutex
		lastEdit time.Time
		tenths   int
	)
	progress := func(p retrieval.Progress) {
		if p.Total <= 0 {
			return
		}
		mu.Lock()
		defer mu.Unlock()
		now := r.now()
		t := p.Done * 10 / p.Total
		if t <= tenths || (!lastEdit.IsZero() && now.Sub(lastEdit) < progressEvery) {
			return
		}
		tenths, lastEdit = t, now
		d := finish(&discordgo.InteractionResponseData{Content: l.t(msgReindexProgress, p.Done, p.Total, p.Done*100/p.Total)})
		if err := edit(ctx, resp, "reindex progress", d); err != nil {
			r.log.Warn("reindex progress", "err", err)
		}
	}

	r.log.Info("reindex started", "user", userID(i), "guild", i.GuildID)
	sum, err := r.indexer.Reindex(ctx, progress)
	mu.Lock() // no progress edit may land after the summary
	defer mu.Unlock()
	switch {
	case errors.Is(err, retrieval.ErrReindexing):
		return edit(ctx, resp, "reindex", finish(&discordgo.InteractionResponseData{Content: l.t(msgReindexBusy)}))
	case err != nil:
		r.log.Error("reindex failed", "err", err)
		return edit(ctx, resp, "reindex", finish(&discordgo.InteractionResponseData{Content: l.t(msgReindexFailed)}))
	}
	r.log.Info("reindex done", "articles", sum.Articles, "passages", sum.Passages, "skipped", len(sum.Skipped), "duration", sum.Duration)
	return edit(ctx, resp, "reindex", renderSummary(l, sum))
}
