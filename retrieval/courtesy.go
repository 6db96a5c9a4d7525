package retrieval

import (
	"slices"
	"strings"
)

// Courtesy: polite Discord users open and close a question with greetings,
// apologies, requests for information, the people addressed and thanks
// ("Numpang tanya bapak ibu, ... ? terima kasih sebelumnya"). None of it is
// asked about, and its words ("selamat", "ibu", "terima") are in the
// articles: matched, they pull in quotes about something else and dilute
// the question. A phrase is dropped only at either end of the question, so
// "pyongyang bilang makasih ke rusia gara2 apa" keeps its thanks.

// courtesyPhrases are the phrases dropped, as folded words.
var courtesyPhrases = append(phrases(
	// greetings and apologies
	"selamat pagi", "selamat siang", "selamat sore", "selamat malam", "halo", "hallo", "hai", "assalamualaikum", "hi", "hello", "hey", "everyone", "hi all",
	"permisi", "maaf", "mohon maaf", "punten", "maaf mengganggu", "mohon maaf mengganggu",
	"maaf nanya", "maaf tanya", "maaf bertanya", "hal basic", "pertanyaan basic", "pertanyaan dasar", "pertanyaan bodoh",
	"sorry", "sorry for asking", "basic question", "dumb question", "noob question",
	// forum veterans' openers and closers ("sori OOT gan", "newbie nanya")
	"sori", "oot", "sori oot", "sorry oot", "newbie nanya", "newbie question", "sori newbie nanya", "sorry newbie question",
	"ane mau nanya", "ane mau tanya", "ane nanya", "ditunggu jawabannya", "mohon pencerahan suhu", "agan", "agan agan", "sundul",
	// young users' hails
	"woi", "woy", "oi",
	// joining a thread and its closers ("ijin nimbrung", "cmiiw", "bump", "sauce?")
	"ijin nimbrung", "izin nimbrung", "nimbrung", "cmiiw", "bump", "sauce",
	// asking to ask
	"numpang tanya", "numpang nanya", "mau tanya", "mau nanya", "izin tanya", "ijin tanya", "izin bertanya",
	"ijin bertanya", "izin nanya", "ijin nanya", "boleh tanya", "tanya dong", "lagi",
	// pious openers, closers and forms of address (Islamic, Christian, Balinese Hindu)
	"bismillah", "bismillahirrahmanirrahim", "masya allah", "masyaallah", "masha allah", "mashallah", "maa syaa allah",
	"subhanallah", "alhamdulillah", "insya allah", "insyaallah", "inshallah", "astaghfirullah", "astagfirullah", "qadarullah",
	"assalamu alaikum", "assalamu'alaikum", "assalamu'alaikum wr wb", "assalamualaikum wr wb", "assalamu alaikum wr wb", "assalamualaikum warahmatullahi wabarakatuh",
	"wassalam", "wassalamualaikum", "jazakallah", "jazakallah khair", "jazakallahu khairan", "jazakumullah",
	"jazakumullah khairan", "barakallah", "barakallahu fiikum", "syukron", "syukran", "afwan", "tafadhal", "na'am",
	"akhi", "ukhti", "akh", "antum", "ikhwan", "akhwat", "ustadz", "ustad",
	"shalom", "syalom", "puji tuhan", "tuhan memberkati", "gbu", "om swastiastu", "suksma", "matur suksma",
	// the Dayak greeting (West Kalimantan)
	"adil ka talino", "adil ka talino bacuramin ka saruga basengat ka jubata", "kawan",
	// Batak, Sasak and Lampung
	"horas", "horas lae", "lae", "ito", "amang", "inang", "mauliate", "semeton", "plinggih", "tampiasih", "tabik", "puakhi",
	// high Javanese
	"nyuwun sewu", "nuwun sewu", "nyuwun pirsa", "nyuwun pirso", "kulanuwun", "matur nuwun", "matur suwun", "maturnuwun",
	"sugeng enjing", "sugeng siang", "sugeng sonten", "sugeng dalu", "nggih",
	// the old-fashioned polite request ("Sudilah kiranya Ananda terangkan, ...",
	// "Sekiranya Ananda sudi menjawab: ...")
	"sudilah kiranya", "sudi kiranya", "mohon kiranya", "sekiranya", "kiranya", "ananda", "sudi menjawab", "sudi menjelaskan",
	"sudi menerangkan",
	// asking for information
	"mohon info", "mohon infonya", "mohon informasi", "mohon informasinya", "minta info", "minta infonya",
	"mohon pencerahan", "mohon pencerahannya", "mohon bantuan", "mohon bantuannya", "info dong", "infonya dong",
	// the people addressed
	"bapak ibu", "bapak2 ibu2", "bapak bapak ibu ibu", "rekan", "rekan2", "rekan rekan", "teman2", "teman teman",
	"kawan2", "kawan kawan", "sekalian", "semua", "gan", "min", "kak", "guys", "gaes", "gais", "bro", "sis", "mas", "mbak",
	// thanks
	"terima kasih", "terimakasih", "trimakasih", "trima kasih", "makasih", "thanks", "thank you", "thx", "tq", "tks",
	"terima kasih banyak", "terimakasih banyak", "makasih banyak", "terima kasih sebelumnya", "terimakasih sebelumnya",
	"trimakasih sebelumnya", "makasih sebelumnya", "sebelumnya terima kasih", "thanks in advance", "thanks a lot", "many thanks", "cheers",
	"banyak", "sebelumnya",
	// curiosity
	"penasaran", "penasaran aja", "penasaran nih", "cuma penasaran", "kepo", "just curious", "curious",
	// laughter
	"wkwk", "wkwkwk", "wkwkwkwk", "haha", "hahaha", "hehe", "lol", "lmao",
	// what the asker saw or read first
	"tadi lihat foto", "tadi liat foto", "td liat foto", "td lihat foto", "liat foto", "lihat foto",
	"tadi lihat video", "tadi liat video", "td liat video", "liat video", "lihat video",
	"tadi baca berita", "td baca berita", "barusan baca berita", "baca berita", "tadi liat berita", "td liat berita",
	"i saw a photo", "i saw a picture", "i saw a video", "saw a photo", "saw a picture", "saw a video", "i read",
	// the asker's own not knowing in English
	"idk", "i don't know", "i dont know", "not sure", "i'm not sure", "im not sure", "i'm confused", "im confused",
), notKnowingPhrases()...)

// askers and the ways of not knowing make the phrases of an asker's own
// not knowing: "gw ga ngerti", "ulun kada paham", "aku bingung". Chat's
// (notKnowingAlone) stand without the asker too ("... dikirim? kurang
// paham"); the others only after one ("... tidak tahu?" is asked).
var (
	askers          = []string{"aku", "saya", "sy", "gw", "gue", "gua", "ak", "aq", "ane", "ulun", "kamek", "awak", "isun", "beta", "abdi"}
	notKnowingAlone = []string{"gatau", "ga tau", "gak tau", "gk tau", "ga ngerti", "gak ngerti", "gk ngerti", "ga paham", "gak paham", "kurang paham", "kurang ngerti"}
	notKnowing      = []string{"bingung", "masih bingung", "agak bingung", "jadi bingung", "nggak tau", "ngga tau", "tidak tahu", "tidak tau",
		"belum tahu", "blm tau", "nggak ngerti", "tidak mengerti", "tidak paham", "belum paham", "kada paham", "kada tahu", "ndak tau",
		"ndak paham", "ora ngerti", "ora mudeng", "ga mudeng", "gak mudeng", "masih ga ngerti", "kurang jelas"}
)

// notKnowingPhrases returns chat's ways of not knowing, and every asker
// with every way.
func notKnowingPhrases() [][]string {
	var out [][]string
	for _, n := range notKnowingAlone {
		out = append(out, strings.Fields(n))
	}
	every := append(slices.Clone(notKnowingAlone), notKnowing...)
	for _, a := range askers {
		for _, n := range every {
			out = append(out, strings.Fields(a+" "+n))
		}
	}
	return out
}

// courtesyAlone are the words dropped only next to another courtesy
// phrase: alone they ask or count ("negara mana lagi", "berapa banyak",
// "semua tentara") or name someone ("rekan terdekatnya").
var courtesyAlone = setOf("lagi", "banyak", "sebelumnya", "semua", "rekan", "sekalian", "kawan")

// withoutCourtesy returns text without the courtesy phrases at its ends,
// or text itself when nothing else would be left.
func withoutCourtesy(text string) string {
	toks := tokenize(text)
	lo, hi := 0, len(toks)
	// From the front, then from the end.
	for lo < hi {
		n := courtesyLen(toks[lo:hi], false, lo > 0)
		if n == 0 {
			break
		}
		lo += n
	}
	for lo < hi {
		n := courtesyLen(toks[lo:hi], true, hi < len(toks))
		if n == 0 {
			break
		}
		hi -= n
	}
	if lo >= hi || lo == 0 && hi == len(toks) {
		return text
	}
	if hi == len(toks) {
		return text[toks[lo].Start:] // the question's own end, its mark included
	}
	out := text[toks[lo].Start:toks[hi-1].End]
	if strings.Contains(text[toks[hi-1].End:toks[hi].Start], "?") {
		out += "?" // "... bulan apa ya? terima kasih": the question keeps its mark
	}
	return out
}

// courtesyLen returns the length of the courtesy phrase opening toks, or
// closing them when atEnd, or 0. A phrase that stands alone only beside
// another ("lagi", "banyak") counts when besideCourtesy.
func courtesyLen(toks []token, atEnd, besideCourtesy bool) int {
	best := 0
	for _, p := range courtesyPhrases {
		if len(p) > len(toks) || len(p) <= best || len(p) == 1 && courtesyAlone[p[0]] && !besideCourtesy {
			continue
		}
		at := 0
		if atEnd {
			at = len(toks) - len(p)
		}
		if phraseAt(toks, at, p) {
			best = len(p)
		}
	}
	return best
}

// phraseAt reports whether toks[i:] opens with the words of p; a phrase
// running past the end is not there.
func phraseAt(toks []token, i int, p []string) bool {
	if i < 0 || i+len(p) > len(toks) {
		return false
	}
	for j, w := range p {
		if toks[i+j].Fold != w {
			return false
		}
	}
	return true
}
