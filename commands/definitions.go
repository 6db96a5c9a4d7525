package commands

import "github.com/bwmarrin/discordgo"

// Command and option names as Discord sends them back (the default names;
// localized names are only shown).
const (
	cmdAsk         = "ask"
	cmdSources     = "sources"
	cmdReindex     = "reindex"
	cmdFindSources = "Cari sumber" // message context menu

	optQuestion = "question"
	optLimit    = "limit"
	optHide     = "hide"
	optFilter   = "filter"
)

// localeID is Discord's Indonesian locale, which discordgo v0.29 does not
// name.
const localeID discordgo.Locale = "id"

// loc gives a name or description in Indonesian and English.
func loc(id, en string) *map[discordgo.Locale]string {
	m := map[discordgo.Locale]string{localeID: id, discordgo.EnglishUS: en, discordgo.EnglishGB: en}
	return &m
}

// Definitions returns Kutip's application commands, for registration.
// Descriptions default to Indonesian (the reply language of every
// non-English client); names default to English, localized for Indonesian
// clients.
func Definitions() []*discordgo.ApplicationCommand {
	everywhere := &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM}
	guildOnly := &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild}
	manageServer := int64(discordgo.PermissionManageGuild)
	no := false
	minLimit := 1.0

	option := func(typ discordgo.ApplicationCommandOptionType, name, idName, idDesc, enDesc string) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{
			Type: typ, Name: name, Description: idDesc,
			NameLocalizations:        *loc(idName, name),
			DescriptionLocalizations: *loc(idDesc, enDesc),
		}
	}
	question := option(discordgo.ApplicationCommandOptionString, optQuestion, "pertanyaan",
		"Pertanyaan tentang berita tentara Korea Utara di Rusia", "A question about the news on North Korean troops in Russia")
	question.Required = true
	question.MaxLength = maxQuestion
	limit := option(discordgo.ApplicationCommandOptionInteger, optLimit, "jumlah",
		"Jumlah kutipan per halaman (1–10, bawaan 3)", "Quotes per page (1–10, default 3)")
	limit.MinValue = &minLimit
	limit.MaxValue = maxAskLimit
	hide := option(discordgo.ApplicationCommandOptionBoolean, optHide, "sembunyikan",
		"Hanya kamu yang melihat jawabannya", "Only you see the answer")
	filter := option(discordgo.ApplicationCommandOptionString, optFilter, "saring",
		"Judul atau penerbit yang dicari", "A title or publisher to look for")
	filter.Autocomplete = true

	return []*discordgo.ApplicationCommand{
		{
			Type: discordgo.ChatApplicationCommand, Name: cmdAsk, NameLocalizations: loc("tanya", cmdAsk),
			Description:              "Jawab pertanyaan dengan kutipan langsung dari berita",
			DescriptionLocalizations: loc("Jawab pertanyaan dengan kutipan langsung dari berita", "Answer a question with verbatim quotes from the news"),
			Contexts:                 everywhere,
			Options:                  []*discordgo.ApplicationCommandOption{question, limit, hide},
		},
		{
			Type: discordgo.ChatApplicationCommand, Name: cmdSources, NameLocalizations: loc("sumber", cmdSources),
			Description:              "Daftar artikel berita yang bisa dikutip",
			DescriptionLocalizations: loc("Daftar artikel berita yang bisa dikutip", "List the news articles Kutip quotes from"),
			Contexts:                 everywhere,
			Options:                  []*discordgo.ApplicationCommandOption{filter},
		},
		{
			Type: discordgo.ChatApplicationCommand, Name: cmdReindex, NameLocalizations: loc("indeks-ulang", cmdReindex),
			Description:              "Baca ulang korpus dan bangun ulang indeks (admin server)",
			DescriptionLocalizations: loc("Baca ulang korpus dan bangun ulang indeks (admin server)", "Re-read the corpus and rebuild the index (server admins)"),
			DefaultMemberPermissions: &manageServer,
			DMPermission:             &no,
			Contexts:                 guildOnly,
			Options:                  []*discordgo.ApplicationCommandOption{},
		},
		{
			Type: discordgo.MessageApplicationCommand, Name: cmdFindSources, NameLocalizations: loc(cmdFindSources, "Find sources"),
			Contexts: everywhere,
		},
	}
}
