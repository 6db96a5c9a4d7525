// Package bot owns Discord's transports: every socket and every deadline.
// It speaks only the Handler interface; it must not import retrieval or
// commands.
//
// Two transports deliver interactions to a Handler:
//
//   - Endpoint (http.go) is Discord's "Interactions Endpoint URL": it checks
//     the Ed25519 signature and the timestamp (replays older than
//     MaxClockSkew are refused), caps the body, answers PING with PONG and
//     writes the handler's first Respond as the HTTP response. It is
//     stateless, so replicas can sit behind a load balancer.
//   - Gateway (gateway.go) runs a discordgo session and sends the handler's
//     first Respond as the callback POST.
//
// Both share one middleware (respond.go): the handler runs in its own
// goroutine, detached from the request, for at most TokenLife. If it has not
// answered after Options.DeferAfter (2.5 s; Discord's limit is 3 s) the bot
// defers on its behalf (type 5 for commands, 6 for components, no choices
// for autocomplete) and the handler's later answer becomes an edit of the
// original. A panic is recovered and logged with its stack; a panic, an
// error or no answer at all gets the user an ephemeral apology in English
// (en-* locales) or Indonesian, never the error text. Every message the bot
// sends carries allowed_mentions with an empty parse list unless the
// handler set its own.
//
// REST (rest.go) is the one path to Discord's API, with a configurable base
// (DISCORD_API_BASE) and bounded retries on 429; the gateway's discordgo
// session is given an http.Client that rewrites discordgo's hard-wired
// https://discord.com/api/v9 onto the same base. Register bulk-overwrites
// the application's commands. Errors never quote a URL, since interaction
// routes carry the interaction token; the bot token is never logged.
//
// bot/discordtest is a fake Discord (REST and gateway on loopback) for
// tests.
package bot
