package commands

import (
	"fmt"

	"github.com/bwmarrin/discordgo"
)

// lang is a reply language.
type lang int

const (
	indonesian lang = iota // the default
	english
)

// langOf picks the reply language from the user's client locale: English
// for English clients, Indonesian for everyone else.
func langOf(i *discordgo.Interaction) lang {
	switch i.Locale {
	case discordgo.EnglishUS, discordgo.EnglishGB:
		return english
	}
	return indonesian
}

// msg names one user-facing string.
type msg int

const (
	msgNoAnswerTitle msg = iota
	msgNoAnswerBody
	msgQuoteRange
	msgAlsoReported
	msgPrev
	msgNext
	msgNextPage
	msgAskFailed
	msgAskEmpty
	msgCooldown
	msgNotAsker
	msgStale
	msgNoText
	msgSourcesTitle
	msgSourcesTitleFilter
	msgSourcesFooter
	msgSourcesNone
	msgSourcesNoMatch
	msgUndated
	msgGuildOnly
	msgForbidden
	msgReindexStarted
	msgReindexProgress
	msgReindexDone
	msgReindexSkipped
	msgReindexMore
	msgReindexBusy
	msgReindexFailed
	msgUnknown
	msgCount // keep last
)

// messages holds every user-facing string: [indonesian, english].
var messages = [msgCount][2]string{
	msgNoAnswerTitle: {"Tidak ada jawaban di sumber", "No answer in the sources"},
	msgNoAnswerBody: {
		"Artikel-artikel yang saya punya tidak memuat jawaban untuk pertanyaan ini. Saya hanya mengutip berita apa adanya, jadi tidak ada kutipan yang bisa saya tunjukkan.",
		"The articles I have don't hold an answer to this question. I only quote the news as written, so there is no quote to show.",
	},
	msgQuoteRange:         {"Kutipan %d–%d", "Quotes %d–%d"},
	msgAlsoReported:       {"Juga diberitakan oleh %s", "Also reported by %s"},
	msgPrev:               {"‹ Sebelumnya", "‹ Previous"},
	msgNext:               {"Jawaban lain ›", "More answers ›"},
	msgNextPage:           {"Berikutnya ›", "Next ›"},
	msgAskFailed:          {"Maaf, pencarian gagal. Coba lagi sebentar lagi.", "Sorry, the search failed. Please try again in a moment."},
	msgAskEmpty:           {"Tulis dulu pertanyaannya.", "Please write a question."},
	msgCooldown:           {"Pelan-pelan 🙂 Coba lagi dalam %d detik.", "Easy there 🙂 Try again in %d s."},
	msgNotAsker:           {"Hanya yang bertanya yang bisa membuka halaman lain. Pakai /ask untuk pertanyaanmu sendiri.", "Only the person who asked can page through these answers. Use /ask for your own question."},
	msgStale:              {"Halaman pesan ini tidak bisa dibuka lagi. Tanyakan ulang dengan /ask.", "This message can no longer be paged. Ask again with /ask."},
	msgNoText:             {"Pesan itu tidak berisi teks untuk dicari.", "That message has no text to look up."},
	msgSourcesTitle:       {"Sumber berita", "News sources"},
	msgSourcesTitleFilter: {"Sumber berita: “%s”", "News sources: “%s”"},
	msgSourcesFooter:      {"Halaman %d/%d · %d artikel", "Page %d/%d · %d articles"},
	msgSourcesNone:        {"Belum ada artikel.", "There are no articles yet."},
	msgSourcesNoMatch:     {"Tidak ada artikel yang cocok dengan “%s”.", "No article matches “%s”."},
	msgUndated:            {"tanpa tanggal", "undated"},
	msgGuildOnly:          {"/reindex hanya bisa dipakai di server.", "/reindex only works in a server."},
	msgForbidden:          {"Hanya admin server (izin Kelola Server) yang bisa mengindeks ulang.", "Only server admins (Manage Server permission) can reindex."},
	msgReindexStarted:     {"Mengindeks ulang…", "Reindexing…"},
	msgReindexProgress:    {"Mengindeks ulang… %d/%d artikel (%d%%)", "Reindexing… %d/%d articles (%d%%)"},
	msgReindexDone:        {"Indeks diperbarui dalam %s: %d artikel, %d potongan teks.", "Index rebuilt in %s: %d articles, %d passages."},
	msgReindexSkipped:     {"%d berkas dilewati:", "%d files skipped:"},
	msgReindexMore:        {"…dan %d lainnya", "…and %d more"},
	msgReindexBusy:        {"Pengindeksan ulang sedang berjalan. Tunggu sampai selesai.", "A reindex is already running. Please wait for it to finish."},
	msgReindexFailed:      {"Pengindeksan ulang gagal; indeks lama tetap dipakai. Rinciannya ada di log bot.", "The reindex failed; the old index keeps serving. Details are in the bot's log."},
	msgUnknown:            {"Perintah ini tidak saya kenal.", "I don't know this command."},
}

// t returns message m in language l, formatted with args.
func (l lang) t(m msg, args ...any) string {
	if len(args) == 0 {
		return messages[m][l]
	}
	return fmt.Sprintf(messages[m][l], args...)
}
