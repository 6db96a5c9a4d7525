package bot

import (
	"context"

	"github.com/bwmarrin/discordgo"
)

// Handler answers one interaction through r.
type Handler interface {
	HandleInteraction(ctx context.Context, i *discordgo.Interaction, r Responder) error
}

// HandlerFunc adapts a function to Handler.
type HandlerFunc func(ctx context.Context, i *discordgo.Interaction, r Responder) error

// HandleInteraction calls f.
func (f HandlerFunc) HandleInteraction(ctx context.Context, i *discordgo.Interaction, r Responder) error {
	return f(ctx, i, r)
}

// Responder is how a handler answers an interaction.
type Responder interface {
	// Respond sends the initial response (a message, a deferral, an update
	// of a component's message, or autocomplete choices). It may be called
	// once; if the bot already deferred on the handler's behalf (the
	// 3-second rule), a message response becomes an edit of the original.
	Respond(ctx context.Context, resp *discordgo.InteractionResponse) error
	// Edit edits the original response.
	Edit(ctx context.Context, edit *discordgo.WebhookEdit) error
	// Followup sends a new message after the initial response.
	Followup(ctx context.Context, msg *discordgo.WebhookParams) error
}
