// Package commands is Kutip's Discord application: it turns an interaction
// (/ask, /sources, /reindex, the "Cari sumber" message command, their
// buttons and autocomplete) into a question for retrieval and a reply, and
// renders that reply to discordgo's data types.
//
// It knows Discord's message shapes and limits (limits.go), markdown
// escaping (escape.go), the two reply languages (messages.go) and the
// stateless paging custom_ids (customid.go). Rendering is pure: the same
// answer gives the same message, which the golden files in testdata/golden
// pin down.
//
// It imports retrieval for its types and discordgo for its data types only:
// it must never hold a *discordgo.Session, open a socket or import bot.
// Deadlines beyond the soft one of /ask, signatures and transports belong
// to bot; main wires a Router into a bot.Handler.
package commands
