package retrieval

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	bleveid "github.com/blevesearch/bleve/v2/analysis/lang/id"
	"github.com/blevesearch/bleve/v2/search"

	idana "github.com/kutip/kutip/retrieval/analysis"
	"github.com/kutip/kutip/retrieval/vocab"
)

// Bounds on what a question may cost: a 10,000-character question is
// answered from its first maxQuestionRunes runes and its rarest
// maxConcepts words.
const (
	maxQuestionRunes = 500
	maxConcepts      = 24
)

// concept is one thing the question asks about: a word, or an English word
// with its Indonesian translations. It is matched when any alternative is
// found; an alternative is a sequence of index terms that must all appear.
type concept struct {
	Label  string
	Alts   [][]string
	Weight float64 // idf of its most common alternative
	Absent bool    // no alternative occurs anywhere in the corpus
	Name   int     // written with a capital inside the question: the name's number, counting from 1; 0 for none
	// Denials are the words that deny it, as alternatives: "tolak" for
	// "mengakui" (a yes/no question is answered by a denial too).
	Denials [][]string
	// Loose are the thesaurus's synonyms of a word no article holds
	// (diteken: menandatangani), worth tuning.LooseCredit of its weight.
	Loose [][]string
	// Describes is set for words that describe the answer rather than
	// name what it is about: "British" in "Which British newspaper did
	// ... cite?". The answer need not repeat them.
	Describes bool
	// In has bit k set when sentence k of a question of several holds
	// the word; none when the word is a chat form's standard one.
	In uint64
}

// parsedQuestion is an analysed question.
type parsedQuestion struct {
	Text string
	// Options is the byte span of the two options the question ends by
	// offering ("3 Oktober atau 5 Oktober"), both made one concept; zero
	// for none.
	Options  [2]int
	Tokens   []token // Text's words, tokenised once
	Type     vocab.AnswerType
	English  bool
	Concepts []concept
	// QuestionTerms are all index terms of the question, so that an
	// answer-type match ("a number") ignores numbers the question itself
	// contains.
	QuestionTerms map[string]bool
	// Defines is set for a question asking what something is: "apa yang
	// dimaksud dengan X", "apa itu X", "apa arti X".
	Defines bool
	// Meaning is set for a question asking what a word means: "apa arti
	// kata X", "apakah maksud dari istilah X". "... (yang berarti Stoa
	// Kerajaan)" answers it.
	Meaning bool
	// Counted holds the alternatives of what a "berapa"/"how many"
	// question counts: "tentara" in "brp tentara yg dikirim".
	Counted [][]string
	// Category holds the alternatives of the noun a "X apa"/"which X"
	// question names its answer by: "kota" in "dekat kota apa", whose
	// answer is written "kota Rovenky".
	Category [][]string
	// NameOf holds the alternatives of a kind whose name the question
	// asks for, when news always writes such names with a capital: "desa"
	// in "nama desa terakhir itu apa?", "officers" in "the names of the
	// officers".
	NameOf [][]string
	// NamedKind holds the alternatives of the noun right after "nama",
	// whatever its kind: "pesawat" in "Apa nama pesawat terbang pertama
	// ...?".
	NamedKind [][]string
	// Source holds the alternatives of whom the question attributes what
	// it asks to: "Kyiv" in "Menurut Kyiv, berapa ..." and "According to
	// Kyiv, how many ...".
	Source [][]string
	// SourceDid holds the terms of what the source did when the question
	// names it as the one who spoke, and of its denial: "konfirmasi",
	// "tolak", ... for "Rusia mengkonfirmasi ... hari apa?".
	SourceDid map[string]bool
	// Sentences is how many sentences the question has, when more than
	// one: "Rusia memenjarakan seorang tentara bayaran. Orang itu bernama
	// siapa?" has two.
	Sentences int
	// Asked marks, for a question of several sentences, those that ask:
	// that hold a question word or end with "?". The others set the
	// scene ("aku lagi ngerjain tugas HI soal Korut-Rusia.").
	Asked uint64
	// Role is the noun naming the person a who-question asks for:
	// "jenderal" in "Siapa nama jenderal …".
	Role string
	// Guesses are the numbers a how-many question proposes after asking
	// ("brp tentara? 12rb ya?"), as index terms: a count the answer
	// confirms, not one the question already holds.
	Guesses map[string]bool
	// Since is set for a question asking since when.
	Since bool
	// From is set for a question asking from where ("dari manakah",
	// "darimana"): the place the answer gives follows "dari".
	From bool
	// Headline is set for a question that points at its article by the
	// headline ("Di artikel berjudul \"...\", ...", "the piece headlined
	// ..."): the headline's words are matched by the article's title, for
	// every sentence of it.
	Headline bool
	// TitleTerms are the terms of the headline a question quotes to name
	// its story ("Di artikel berjudul \"Seoul ungkap ...\", ..."); nil
	// for none. The story whose title holds them is the one to quote.
	TitleTerms map[string]bool
	// ExcludedName are the alternatives of the name or country the
	// question excludes ("selain korut, siapa lagi ...": korea utara).
	ExcludedName [][]string
	// Destination holds the alternatives of the place the question says
	// someone went or sent something to: "Moskow" in "kunjungan Kim ke
	// Moskow", "travel to Moscow".
	Destination [][]string
	// Going holds the alternatives of the words telling how it went there:
	// "kunjungan" in "kunjungan ke Moskow", "visit" in "visit Moscow".
	Going [][]string
	// Surnames maps each name given in full as one person's (its number in
	// Concept.Name) to its last word's alternatives (surnames).
	Surnames map[int][][]string
	// Weapon is set for a question asking which weapon, by its type or
	// its name: "rudal jenis apa", "what type of missile", "which missile".
	Weapon bool
	// Money is set for a question about a salary, a price or a cost
	// ("berapa gaji ...", "How much does Russia pay ...?") that asks for no
	// rate: 12.000 tentara does not answer it.
	Money bool
	// Units are those of the measure a question asks for: kilometres and
	// miles for "seberapa jauh", hectares too for "berapa luas". A number
	// without one ("berpenduduk 218.954 jiwa") does not answer it.
	Units map[string]bool
	// Acronym is the acronym whose expansion is asked for, lower case:
	// "hiv" in "Apakah kepanjangan dari HIV?", "nis" in "What does NIS
	// stand for?"; "" for none.
	Acronym string
}

// kind is the index term of the kind of answer the question names, as
// asked ("kota" in "di kota apa", "negara" in "negara mana"), or "".
func (q parsedQuestion) kind() string {
	if len(q.Category) == 0 {
		return ""
	}
	return lastTerm(q.Category)
}

// lastTerm is the last term of a concept's first alternative: "senjata"
// for "gudang senjata".
func lastTerm(alts [][]string) string {
	return alts[0][len(alts[0])-1]
}

// monthNames are the months as news writes them in dates; monthNumbers
// reads them back, older spellings too.
var (
	monthNames   = [...]string{1: "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"}
	monthNumbers = func() map[string]int {
		m := map[string]int{"pebruari": 2, "nopember": 11}
		for n, name := range monthNames[1:] {
			m[name] = n + 1
		}
		return m
	}()
)

// dateAlts reads a day and month at the start of words, "6 september"
// or "16 8" (from 16-8-2005), and returns both ways news writes them,
// "6 September" and "(6/9)", and how many words it read.
func dateAlts(words []string) ([][]string, int) {
	if len(words) < 2 {
		return nil, 0
	}
	day, err := strconv.Atoi(words[0])
	if err != nil || day < 1 || day > 31 || words[0][0] == '0' {
		return nil, 0
	}
	month, ok := monthNumbers[words[1]]
	if !ok {
		m, err := strconv.Atoi(words[1])
		if err != nil || m < 1 || m > 12 || len(words) < 3 || !yearLike(words[2]) {
			return nil, 0 // "16 8" is a date only with its year: 16-8-2005
		}
		month = m
	}
	d := strconv.Itoa(day)
	return [][]string{{d, normTerm(monthNames[month])}, {d, strconv.Itoa(month)}}, 2
}

func yearLike(w string) bool {
	y, err := strconv.Atoi(w)
	return err == nil && y >= 1800 && y <= 2100
}

// classifiers are the counting words of Indonesian: "tiga orang
// tentara", "dua buah rudal".
var classifiers = setOf("orang", "buah", "ekor", "unit", "biji", "butir", "lembar", "batang")

// scaleWords are the scales a count may be asked in: "berapa ribu".
var scaleWords = setOf("puluh", "ratus", "ribu", "juta", "miliar")

// countedAlts are the alternatives of the concepts named by the first n
// content words after a count question's question words (skipping
// "jumlah" and "banyak"); n is 3 in English, where adjectives come first
// ("North Korean troops"). A classifier counts too but not towards n:
// "brp orang tentara" counts orang and tentara.
func countedAlts(concepts []concept, words []string, after, n int) [][]string {
	var counted []string
	for got, i := 0, after+1; i < len(words) && got < n; i++ {
		w := words[i]
		if got > 0 && vocab.IsEnglishAuxiliary(w) {
			break // "how many troops has North Korea sent": the troops
		}
		if stopWords[w] || w == "jumlah" || w == "banyak" || w == "total" || scaleWords[w] {
			continue
		}
		counted = append(counted, w)
		if base, ok := strings.CutSuffix(w, "nya"); ok && len(base) > 2 {
			counted = append(counted, base) // "brp banyak rudalnya": rudal
		}
		if !classifiers[w] {
			got++
		}
	}
	var alts [][]string
	labelled := map[string]bool{} // the words of every concept's label
	for _, c := range concepts {
		words := strings.Fields(strings.ToLower(c.Label))
		for _, w := range words {
			labelled[w] = true
		}
		if slices.ContainsFunc(words, func(w string) bool { return slices.Contains(counted, w) }) {
			alts = append(alts, c.Alts...)
		}
	}
	// "berapa orang tewas": "orang" no article holds is no concept, but
	// people are still what is counted, so "110 mil" counts none.
	for _, w := range counted {
		if classifiers[w] && countables[w] && !labelled[w] {
			alts = append([][]string{{w}}, alts...)
		}
	}
	return alts
}

// countableAsked is what keywords ending in the question word count
// ("korban ukraina di kursk brp", "iran missiles to russia how many"):
// the first concept that is a thing counted one by one, unless one
// measures ("jangkauan rudal iran brp").
func countableAsked(concepts []concept) [][]string {
	for _, c := range concepts {
		if slices.ContainsFunc(c.Alts, func(alt []string) bool { return measures[alt[len(alt)-1]] != nil }) {
			return nil
		}
	}
	for _, c := range concepts {
		if slices.ContainsFunc(c.Alts, func(alt []string) bool { return countables[alt[len(alt)-1]] }) {
			return c.Alts
		}
	}
	return nil
}

// stopWords are dropped from questions: bleve's Indonesian list (Tala 2003)
// minus words that change what is asked, plus question frames.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(string(bleveid.IndonesianStopWords), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "var ") {
			continue
		}
		if i := strings.IndexAny(line, " \t|"); i >= 0 {
			line = line[:i]
		}
		m[line] = true
	}
	for _, keep := range []string{"tidak", "bukan", "tanpa", "dekat", "kecil", "lama", "banyak", "paling", "sebelum", "sesudah", "setelah", "sejak", "pertama", "terakhir", "antara", "bersama", "lain", "depan", "awal", "akhirnya", "masing", "masih"} {
		delete(m, keep)
	}
	for _, add := range []string{"menjadi", "jadi", "ya", "yah", "kok", "kan", "lho", "loh", "nah", "tuh", "eh", "min", "gan", "sis", "bro", "bang", "kak", "guys", "wkwk", "wkwkwk", "haha", "hehe", "pls", "plis", "please", "tolong", "mohon", "jelaskan", "dijelaskan", "jelasin", "cek", "cekin", "lupa", "kira", "kira-kira", "beri", "tahu", "aku", "tadi", "baca", "nama", "namanya", "bernama", "dimaksud", "maksud", "disebut", "adalah", "tsb", "dll", "nya", "banget", "emang", "gitu", "gini", "mengenai", "terkait", "seputar", "perihal", "menyangkut", "menurut", "artikel", "lewat", "selain", "kepanjangan", "kepanjangannya", "singkatan", "singkatannya", "yg",
		// chat's exclamations: "... kena rudal ukraina anjir"
		"anjir", "anjay", "anjrit", "njir", "bjir", "buset", "busyet", "astaga",
		// Gen-Z chat: "bestie spill dong", "... fr", "cmiiw"
		"bestie", "spill", "ngab", "fr", "cmiiw", "ygy", "jujurly", "literally", "btw", "kuy", "gaskeun",
		// K-pop fans' Korean: "Omo, ...", "jinjja", "oppa-oppa Bukhan", "Seoul-ssi"
		"omo", "aigoo", "jinjja", "daebak", "oppa", "unnie", "ssi",
		// anime fans' Japanese: "Nani?! ... senpai", "sugoi desu ne www"
		"nani", "sugoi", "yabai", "baka", "desu", "kawaii", "senpai", "onegai", "arigatou", "arigato", "honto", "hontou", "sou", "ne", "uwu", "owo", "www",
		// "Siapa nama beliau?": the person the message named before
		"beliau",
		// "kapan tepatnya ...": the asker's wish for the exact fact, which
		// the answer need not say
		"tepatnya",
		// Korean speakers' ending and honorific: "... berapa imnida?", "janggwan-nim"
		"imnida", "nim",
		// Filipino members' Taglish particles: "Ilan ba yung troops na ...?"
		"yung", "naman", "daw", "pala", "talaga", "mga", "nung", "sina", "nina", "ang", "ng", "pre",
		// hedges: the answer need not hedge as the asker does ("yang diduga
		// menewaskan": "serangan tak terduga" is no match)
		"diduga", "dikabarkan", "kabarnya", "katanya", "konon", "disinyalir", "ditengarai", "reportedly", "allegedly", "purportedly", "supposedly",
		"waktu", // chat's "saat": "naik mobil apa waktu jalan-jalan"
		// where the asker heard it: "tadi di radio saya dengar ..."
		"dengar", "denger", "mendengar", "radio", "televisi", "tv",
		"sekian", // "seratus sekian": a figure the asker half recalls
		"sih", "deh", "dong", "kah", "lah",
		// the particles of Javanese ("ngono"), Medan ("bah", "lae") and
		// Makassar ("berapa mi", "siapa ji", "tawwa") chat
		"ngono", "bah", "lae", "mi", "ji", "ki", "ka", "toh", "tawwa", "bela", "iye",
		// and of Sundanese ("naon atuh", "mah", "euy", "punten")
		"mah", "atuh", "euy", "punten", "mangga",
		// and of Balinese ("madan apa nah?", "bli", "mbok", "gek") and
		// Acehnese ("peu beh?", "adek", "teungku")
		"nake", "bli", "mbok", "gek", "beh", "cit", "adek", "teungku",
		"dang", "kang", "lei", "koh", // Manado's and Banyumas's particles ("apa dang?")
		"nggih",      // high Javanese
		"seh", "yok", // Surabaya's ("yok opo seh")
		"gerangan", // an old hedge: "Siapakah gerangan ..."
		"nge",      // chat's prefix, set apart: "nge-wish", "nge-veto"
		"the", "a", "an", "of", "is", "are", "was", "were", "do", "does", "did", "to", "in", "on", "at", "by", "for", "and", "or"} {
		m[add] = true
	}
	return m
}()

// roleHedges may stand between siapa and the role it asks for ("Siapa
// sebenarnya nama direktur ...").
var roleHedges = setOf("sebenarnya", "sesungguhnya", "tepatnya", "persisnya")

// regionalLocatives are regional words that mean di before a name or a
// where-word (Surabaya's "ndek Kursk", "nang endi") and something else
// elsewhere.
var regionalLocatives = setOf("ndek", "nang", "lek")

// homographs are regional words that are Indonesian words too, with
// their regional reading ("" for a particle). Where no article holds the
// Indonesian word (a horse, tea), the question means the regional one:
// Sundanese "téh" marks the topic ("tentara korut téh"); Balinese "kuda"
// is berapa, "ajak" dengan, "gen" saja, "tiang" saya and "ring" di; Madurese "ban"
// dan; Acehnese "bak" di; high Javanese "asma" (asthma) nama; Batak
// "sian" dari; Sasak "sak" yang, "sai" siapa and "jok"
// (a car seat) ke; Lampung "jama" dengan, "jak" dari, "mit" ke and
// "gelar" (a title) nama.
var homographs = map[string]string{"teh": "", "kuda": "berapa", "siaga": "berapa", "ajak": "dengan", "gen": "saja", "tiang": "saya", "ban": "dan", "bak": "di", "asma": "nama",
	"sian": "dari", "sak": "yang", "sai": "siapa", "jok": "ke", "ring": "di",
	"jama": "dengan", "jak": "dari", "mit": "ke", "gelar": "nama"}

// acehneseAsks are the Acehnese question words after which "nan" is
// nama, not Minangkabau's yang: "soe nan komandan ...", "pue nan desa".
var acehneseAsks = setOf("soe", "pue", "peue", "peu")

// extremes are the superlatives of a measure and the words news also
// says them with: "jangkauan maksimum" is the farthest reach.
var extremes = func() map[string][][]string {
	most, least := [][]string{{"maksimum"}, {"maksimal"}}, [][]string{{"minimum"}, {"minimal"}}
	m := map[string][][]string{}
	for _, w := range []string{"terjauh", "tertinggi", "terbesar", "terbanyak", "terpanjang", "terluas", "terlama", "terdalam", "tercepat", "terberat"} {
		m[w] = most
	}
	for _, w := range []string{"terkecil", "terendah", "tersedikit", "terpendek", "tersempit", "terdekat"} {
		m[w] = least
	}
	return m
}()

// modernSpelling returns a word written in the spelling before 1972
// ("Oekraina", "jang", "dipendjarakan") as it is written today, when no
// article holds it as written and today's form is a word the corpus or,
// for a word in lower case, the list of function and chat words knows;
// else "".
func (s *snapshot) modernSpelling(t token) string {
	if s.held(t.Term) || vocab.Expand(t.Fold) != nil {
		return "" // "soe" is Acehnese siapa, no "su"
	}
	name := capitalised(t.Surface)
	m := vocab.Modern(t.Fold, name)
	switch {
	case m == "":
		return ""
	case s.held(termOf(m)):
		return m // "Roesia": Rusia
	case titleWords[m]:
		return m // "Djenderal": jenderal, a role
	case !name && (stopWords[m] || asksSomething(m) || vocab.Expand(m) != nil):
		return m // "jang": yang
	}
	return ""
}

// sumatranA returns the Indonesian of a word said the way Palembang,
// Jambi and Minangkabau chat says a final "a", as "o" ("tentaro",
// "samo", "sebenernyo", "reaksinyo"), when no article holds the word and
// one holds the word with "a"; "" otherwise. A name stays ("Prabowo").
func (s *snapshot) sumatranA(t token) string {
	w := t.Fold
	if len(w) < 4 || !strings.HasSuffix(w, "o") || s.held(t.Term) || vocab.Expand(w) != nil || isDigit(w[:1]) {
		return ""
	}
	a := w[:len(w)-1] + "a"
	if s.held(termOf(a)) || stopWords[a] || vocab.Expand(a) != nil || !capitalised(t.Surface) && idana.IsRoot(termOf(a)) {
		return a // "samo": sama, "sebenernyo": chat's sebenernya, "reaksinyo": reaksinya
	}
	return ""
}

// homograph returns the regional reading of a word of homographs, or of
// one with -nya ("gelarnya": namanya), where no article holds the
// Indonesian word.
func (s *snapshot) homograph(t token) (string, bool) {
	if reading, ok := homographs[t.Fold]; ok && !s.held(t.Term) {
		return reading, true
	}
	base, ok := strings.CutSuffix(t.Fold, "nya")
	if reading := homographs[base]; ok && reading != "" && !s.held(termOf(base)) {
		return reading + "nya", true
	}
	return "", false
}

// isTruthWord reports whether w asks whether something is true: "benar",
// "bener", "right", "correct".
func isTruthWord(w string) bool { return truthWords[w] || w == "right" || w == "correct" }

// claimFrame reports whether toks[i] puts up a claim for checking rather
// than says what it is about: "benarkah", or "benar", "betul" or "iya"
// after "apa" or "apakah".
func claimFrame(toks []token, i int) bool {
	if claimWords[toks[i].Fold] {
		return true
	}
	return (truthWords[toks[i].Fold] || toks[i].Fold == "iya") && i > 0 && claimAsks[toks[i-1].Fold]
}

var (
	claimWords = setOf("benarkah", "betulkah", "benerkah")
	claimAsks  = setOf("apa", "apakah", "apkh")
)

// rhetoricalNegation reports whether toks[i] is the "not" of a question
// asked the negative way, which negates nothing it asks about: "Apa tidak
// ada kekhawatiran ...?", "Apakah tak ada data ...?" (the negation right
// after a sentence's opening "apa"), "Masa Kim gak menyebut apa-apa?"
// (anywhere in a sentence "masa" opens).
func rhetoricalNegation(text string, toks []token, i int) bool {
	if !negations[toks[i].Fold] {
		return false
	}
	if i > 0 && (toks[i-1].Fold == "apa" || toks[i-1].Fold == "apakah") && opensSentence(text, toks, i-1) {
		return true
	}
	for k := i - 1; k >= 0; k-- {
		if disbelief(text, toks, k) {
			return true
		}
		if opensSentence(text, toks, k) {
			return false
		}
	}
	return false
}

// disbelief reports whether toks[k] is the "masa" of disbelief opening a
// sentence ("Masa sih ...", "masa dia ...", "Masa Kim gak ...?"), not the
// noun of a period ("Masa jabatan Kim ...", "Masa Orde Baru ...").
func disbelief(text string, toks []token, k int) bool {
	if toks[k].Fold != "masa" && toks[k].Fold != "masak" || !opensSentence(text, toks, k) || k+1 >= len(toks) {
		return false
	}
	if next := toks[k+1].Fold; disbeliefFollowers[next] || negations[next] {
		return true
	}
	if !capitalised(toks[k+1].Surface) {
		return false
	}
	for j := k + 2; j < len(toks) && !opensSentence(text, toks, j); j++ {
		if negations[toks[j].Fold] {
			return true // "Masa Kim Jong Un gak menyebut ...?"
		}
	}
	return false
}

var disbeliefFollowers = setOf("sih", "iya", "ya", "dia", "mereka", "kamu", "lu", "lo", "elu", "gue", "gw", "aku", "kita", "kami", "orang")

// negations are the words of "not", standard and chat.
var negations = union(chatTags, setOf("tidak", "tak", "bukan", "ndak", "nda"))

// oneOf are the words after "salah" that make it "one of": "salah satu",
// "salah seorang", "salah sebuah".
var oneOf = setOf("satu", "seorang", "sebuah", "1")

// yesNoTags are the chat words for "or not", a tag on a yes/no question
// when they end it or a particle follows ("gk sih", "ga ya").
var (
	// chatTags are the tags that may also come before "yg" ("ada negara
	// lain ga yg kirim rudal?"); "bukan yang pertama" negates.
	chatTags   = setOf("gk", "ga", "gak", "nggak", "ngga", "enggak", "engga", "kaga", "ngk")
	yesNoTags  = union(chatTags, setOf("blm", "belum", "tidak", "bukan"))
	truthWords = setOf("benar", "bener", "betul", "btl", "bnr")
	// namesToo are dialect words (Betawi, eastern Malay, Javanese) that,
	// written with a capital, are names: "Deng Xiaoping", "Jang
	// Song-thaek", "suku Karo".
	namesToo     = setOf("deng", "jang", "lai", "su", "seng", "ade", "kate", "kite", "pi", "par", "wong", "saka", "karo", "cak", "dio", "liu", "uli", "hana", "le", "pat", "lon", "soe", "wulan", "sugeng", "sami", "na", "ima", "nike", "niki", "nyak", "mit", "jane", "rika", "dino")
	tagFollowers = setOf("sih", "ya", "yah", "nih", "tuh", "kah", "dong", "deh", "kan", "ato", "atau")
)

// frameNouns, right after a question word, ask for a kind of answer:
// "apa definisi dari X", "di mana letak X", "apa isi X".
var frameNouns = union(setOf("definisi", "arti", "artinya", "pengertian", "makna", "isi", "isinya", "bunyi", "letak", "lokasi", "letaknya", "lokasinya"), positionWords)

// stateNouns, right after "bagaimana", ask what a thing is like, a
// description rather than a manner.
var stateNouns = setOf("sistem", "bentuk", "keadaan", "kondisi", "sifat", "ciri", "struktur", "situasi", "suasana", "status", "rupa", "wujud", "karakter", "watak", "nasib")

// placeFrames are the verbs and nouns of where-questions that say where
// something lies; the answer need not repeat them.
var placeFrames = setOf("letak", "terletak", "berada", "berlokasi", "lokasi", "letaknya", "lokasinya", "tempat", "tempatnya")

// definitionFrames, right after a question word, ask what something is.
var definitionFrames = setOf("definisi", "arti", "artinya", "pengertian", "makna", "dimaksud", "itu")

// emojiRun is a run of emoji (with their skin tones, joiners and
// variation selectors) and other pictographs.
var emojiRun = regexp.MustCompile(`\s*[\p{So}\x{FE0F}\x{200D}\x{1F3FB}-\x{1F3FF}]+\s*`)

// emojiBreaks ends a sentence at an emoji that closes a feeling before
// the question ("Sedih lihat dunia kayak gini 😔 menurut siapa ...?", "I'm
// so worried about my brother 😟 please tell me ..."): the words before it
// set the scene and weigh as a scene's do. Only a clause of three words
// or more that asks nothing, before words that ask, is ended so; "korut
// 😡 kirim brp?" stays one sentence.
func emojiBreaks(text string) string {
	locs := emojiRun.FindAllStringIndex(text, -1)
	for i := len(locs) - 1; i >= 0; i-- {
		start, end := locs[i][0], locs[i][1]
		if end >= len(text) {
			continue
		}
		clause := text[:start]
		if k := strings.LastIndexAny(clause, ".!?\n"); k >= 0 {
			clause = clause[k+1:]
		}
		before, after := tokenize(clause), tokenize(text[end:])
		if len(before) < 3 || holdsQuestion(before) || !holdsQuestion(after) {
			continue
		}
		text = text[:start] + ". " + text[end:]
	}
	return text
}

// headlineWords point at an article by its headline.
var headlineWords = setOf("judul", "judulnya", "berjudul", "bertajuk", "tajuk", "headline", "headlined", "titled")

// quotedHeadlineRe finds a story named by its quoted headline, with the
// words that point at it: 'Di artikel berjudul "...",', 'In the report
// titled "..."', 'the article headlined "..."'.
var quotedHeadlineRe = regexp.MustCompile(`(?i)(\b(di|dalam|pada|menurut|in|according to|from)\s+)?(the\s+)?\b(artikel|berita|laporan|tulisan|article|piece|story|report)(\s+(yang|yg)?\s*(berjudul|bertajuk|judulnya|titled|headlined|entitled))?\s*["“]([^"”]{20,120})["”]\s*,?`)

var spaceBeforeMark = regexp.MustCompile(`\s+([?!.,])`)

// quotedHeadline returns the headline a question quotes to name its
// story, and the question without it and the words pointing at it; "" and
// the question itself when it quotes none.
func quotedHeadline(text string) (string, string) {
	m := quotedHeadlineRe.FindStringSubmatchIndex(text)
	if m == nil {
		return "", text
	}
	title := text[m[16]:m[17]]
	rest := strings.Join(strings.Fields(text[:m[0]]+" "+text[m[1]:]), " ")
	rest = spaceBeforeMark.ReplaceAllString(rest, "$1")
	if len(tokenize(rest)) < 2 {
		return "", text // the headline is all there is: its words are the question's
	}
	return title, rest
}

// followsQuestionWord reports whether words[i] comes right after a
// question word, "dari" or "yang" allowed between.
func followsQuestionWord(i int, isQW map[int]bool, words []string) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if isQW[j] {
			return true
		}
		if words[j] != "dari" && words[j] != "yang" && words[j] != "sebenarnya" {
			return false
		}
	}
	return false
}

// wordMeaningFrame returns the positions of the words that ask what a
// word means, "arti kata", "maksud dari istilah", right after the
// question word ("Apakah maksud dari kata Basilika?"), or nil.
func wordMeaningFrame(words []string, isQW map[int]bool) map[int]bool {
	for i, w := range words {
		if !meaningNouns[w] || !followsQuestionWord(i, isQW, words) {
			continue
		}
		j := i + 1
		if j < len(words) && words[j] == "dari" {
			j++
		}
		if j+1 < len(words) && wordNouns[words[j]] {
			frame := map[int]bool{}
			for k := i; k <= j; k++ {
				frame[k] = true
			}
			return frame
		}
	}
	return nil
}

var (
	meaningNouns = setOf("arti", "maksud", "makna", "pengertian")
	wordNouns    = setOf("kata", "istilah")
)

// analyse turns a question into concepts.
func (s *snapshot) analyse(text string) parsedQuestion {
	// A story named by its quoted headline ("Dalam artikel \"Korea Utara
	// konfirmasi ...\", ...") is where to look; the rest is the question.
	title, text := quotedHeadline(text)
	headline := title == "" && slices.ContainsFunc(tokenize(text), func(t token) bool { return headlineWords[t.Fold] })
	text = withoutCodeSyntax(asQuestion(withoutCourtesy(withoutBotMention(s.withoutLeet(withoutTitleCase(withoutHonorifics(emojiBreaks(vocab.EmojiWords(vocab.Romanized(truncateRunes(idana.Plain(strings.ToValidUTF8(text, " ")), maxQuestionRunes)))))))))))
	english := vocab.IsEnglish(text)
	if english {
		text = withoutLanguageAsked(s.withoutEnglishTypos(text)) // "hwo many", "misiles"
	}
	q := parsedQuestion{Text: text, Tokens: tokenize(text), QuestionTerms: map[string]bool{}, Guesses: map[string]bool{}}
	rate := false
	for _, t := range q.Tokens {
		q.QuestionTerms[t.Term] = true
		q.Money = q.Money || moneyWords[t.Fold]
		rate = rate || rateWords[t.Fold]
	}
	q.Money = q.Money && !rate
	q.Acronym = acronymAsked(text)
	q.Headline = headline
	if title != "" {
		q.TitleTerms = termSetOf(tokenize(title))
	}
	if english {
		q.English = true
		s.analyseEnglish(&q)
	} else {
		s.analyseIndonesian(&q)
	}
	q.Concepts, q.Options = eitherOf(q)
	offered := q.Options[1] != 0
	if !offered {
		q.Concepts, q.Options = withoutGuess(q)
	}
	hedgedGuesses(&q)
	q.Destination, q.Going = destinationOf(q)
	q.Weapon = asksWeapon(q)
	q.Units = unitsAsked(q)
	s.addInitials(&q)
	// "On what exact date ...", "Tanggal resmi apa ...", "between which
	// months" (months: bulan): the kind asked for is a date.
	if q.Type == vocab.Thing && slices.ContainsFunc(q.Category, func(alt []string) bool { return dateKinds[alt[len(alt)-1]] }) {
		// The kind is a frame then, as "tanggal berapa" is: the answer
		// gives a date without saying "date".
		q.Type = vocab.Date
		q.Concepts = slices.DeleteFunc(q.Concepts, func(c concept) bool { return slices.EqualFunc(c.Alts, q.Category, slices.Equal) })
	}
	// "dari media mana", "lembaga korsel mana": "mana" asks which, and
	// the kind is no place.
	if q.Type == vocab.Place && bodyKinds[q.kind()] {
		q.Type = vocab.Thing
	}
	// The question holds its words in every form it is matched in: an
	// answer is something else ("NK" is Korea Utara, not a name to give).
	for _, c := range q.Concepts {
		for _, alt := range c.Alts {
			for _, t := range alt {
				q.QuestionTerms[t] = true
			}
		}
	}
	if offered {
		// "... Belgorod or Bryansk?": one option is the answer, so its
		// words are not the question's own, besides which a quote must
		// name something ("placed", "weaponUnnamed").
		for _, t := range q.Tokens {
			if t.Start >= q.Options[0] && t.End <= q.Options[1] && !stopWords[t.Fold] {
				delete(q.QuestionTerms, t.Term)
			}
		}
	}
	// "Di provinsi manakah lokasi kota Pelaihari": the answer is a
	// province's name, and the word "provinsi" in a quote about another
	// place is no evidence; what the place is asked of is.
	if q.Category != nil && q.Type == vocab.Place {
		for i, c := range q.Concepts {
			if slices.EqualFunc(c.Alts, q.Category, slices.Equal) {
				q.Concepts[i].Weight *= askedKindWeight
			}
		}
	}
	// Keep the rarest concepts only: they carry the question.
	if len(q.Concepts) > maxConcepts {
		sortConcepts(q.Concepts)
		q.Concepts = q.Concepts[:maxConcepts]
	}
	// "Rusia memenjarakan seorang tentara bayaran. Orang itu bernama
	// siapa?": a question of several sentences; note which hold each word.
	if sents, asked := sentenceWords(q); sents != nil {
		q.Sentences, q.Asked = len(sents), asked
		for i, c := range q.Concepts {
			label := strings.ToLower(c.Label)
			for k, words := range sents {
				if words[label] || !slices.ContainsFunc(strings.Fields(label), func(w string) bool { return !words[w] }) {
					q.Concepts[i].In |= 1 << k
				}
			}
			if q.Concepts[i].In != 0 && q.Concepts[i].In&asked == 0 {
				q.Concepts[i].Weight *= sceneWeight // a word of the scene only
			}
		}
		// "North Korean troops were later sent to Kursk. When had Ukraine
		// seized that territory?": where the scene's troops went is not
		// where the question asks anyone went, unless the asking sentence
		// tells of that going too ("... ke Rusia. Berapa tentara yang
		// dikirim?").
		inScene := func(alts [][]string) bool {
			return slices.ContainsFunc(q.Concepts, func(c concept) bool {
				return slices.EqualFunc(c.Alts, alts, slices.Equal) && c.In != 0 && c.In&q.Asked == 0
			})
		}
		goingAsked := slices.ContainsFunc(q.Concepts, func(c concept) bool {
			return c.In&q.Asked != 0 && slices.ContainsFunc(c.Alts, func(alt []string) bool {
				return slices.ContainsFunc(q.Going, func(g []string) bool { return slices.Equal(g, alt) })
			})
		})
		if q.Destination != nil && inScene(q.Destination) && !goingAsked {
			q.Destination, q.Going = nil, nil
		}
	}
	// "selain Korut, negara mana lagi ...": what the question excludes is
	// no part of the answer; it weighs little. The words that exclude
	// ("selain", "which other country besides") ask for nothing.
	excluded := excludedWords(q)
	if len(excluded) > 0 {
		openers := excludingPhrases(q)
		q.Concepts = slices.DeleteFunc(q.Concepts, func(c concept) bool {
			return excluding[strings.ToLower(c.Label)] || openers[strings.ToLower(c.Label)]
		})
	}
	// "Which other country sent missiles to Russia?": with nothing
	// excluded, "other" asks what else did it, as "also" does (asksAlso),
	// and names nothing to match.
	if len(excluded) == 0 && q.English && q.Type != vocab.YesNo {
		q.Concepts = slices.DeleteFunc(q.Concepts, func(c concept) bool { return otherWords[strings.ToLower(c.Label)] })
	}
	for _, label := range excluded {
		for i, c := range q.Concepts {
			if strings.EqualFold(c.Label, label) {
				q.Concepts[i].Weight *= excludedWeight
				if c.Name != 0 || slices.ContainsFunc(strings.Fields(strings.ToLower(c.Label)), func(w string) bool { return countries[w] }) {
					q.ExcludedName = append(q.ExcludedName, c.Alts...)
				}
			}
		}
	}
	// "luas negara Wales", "pendiri kerajaan Kahuripan": the kind before
	// a name says what the name is, and a passage about it need not.
	if !q.English {
		s.weighAppositiveKinds(&q)
	}
	// A word no article holds is as often the asker's own wording
	// (dilancarkan, mendadak) as a detail the corpus lacks: it counts less
	// towards the share of the question a quote must cover. Not so the
	// thing a definition question asks about, nor a name.
	for i, c := range q.Concepts {
		if c.Absent && c.Name == 0 && !q.Defines {
			q.Concepts[i].Weight *= tuning.AbsentWeight
		}
		// Asked how many, a figure no article holds is the asker's guess
		// ("was it ten thousand or something?", "seratus sekian"): the
		// answer corrects it rather than repeats it.
		if c.Absent && q.Type == vocab.Number && !hyphenated(q, c.Label) && slices.ContainsFunc(c.Alts, func(alt []string) bool { return len(alt) == 1 && isDigit(alt[0]) && !yearLike(alt[0]) }) {
			q.Concepts[i].Weight *= guessWeight
			for _, alt := range c.Alts {
				q.Guesses[strings.Join(alt, " ")] = true
			}
		}
	}
	q.Surnames = surnames(q)
	return q
}

// hedgedGuesses marks as guesses a how-many question's figures the asker
// hedges ("Did Kim send around twelve thousand soldiers? What figure is
// reported?", "sekitar 12 ribu?"): the answer confirms or corrects them,
// as it does a figure after the question word.
func hedgedGuesses(q *parsedQuestion) {
	if q.Type != vocab.Number {
		return
	}
	text := " " + strings.Join(strings.Fields(strings.ToLower(q.Text)), " ")
	for _, c := range q.Concepts {
		if !slices.ContainsFunc(c.Alts, func(alt []string) bool { return len(alt) == 1 && isDigit(alt[0]) && !yearLike(alt[0]) }) {
			continue
		}
		for h := range hedges {
			if strings.Contains(text, " "+h+" "+strings.ToLower(c.Label)) {
				for _, alt := range c.Alts {
					q.Guesses[strings.Join(alt, " ")] = true
				}
			}
		}
	}
}

// hedges are the words before a figure the asker is unsure of.
var hedges = setOf("around", "about", "approximately", "roughly", "some", "nearly", "almost", "only", "just", "sekitar", "kira-kira", "kurang lebih", "hampir", "sktr", "cuma", "hanya", "cuman")

// hyphenated reports whether the question writes label joined by a hyphen
// to the word before it: the "23" of "KN-23" is part of a name, as is the
// "181" of "GA - 181", a flight's code spaced out.
func hyphenated(q parsedQuestion, label string) bool {
	for i := 1; i < len(q.Tokens); i++ {
		if q.Tokens[i].Fold != strings.ToLower(label) {
			continue
		}
		gap, prev := q.Text[q.Tokens[i-1].End:q.Tokens[i].Start], q.Tokens[i-1].Fold
		if gap == "-" || strings.TrimSpace(gap) == "-" && strings.ContainsFunc(prev, unicode.IsLetter) {
			return true
		}
	}
	return false
}

// guessWeight is the share of its weight a figure no article holds keeps
// in a how-many question: the asker's guess.
const guessWeight = 0.25

// countFrom is the index of the last word of an English question's
// frame, after which comes what it counts: "how many kilometres from the
// border is the depot where the bombs were kept" counts kilometres; the
// relative "where" opens no frame of its own.
func countFrom(words []string, qw []int) int {
	after := qw[0]
	for _, i := range qw[1:] {
		if relatives[words[i]] {
			break
		}
		after = max(after, i)
	}
	return after
}

var relatives = setOf("where", "when", "who", "whom", "whose", "which", "why")

// keywordTypes are the words that, first or last in keywords without a
// question word, ask for a kind of answer: "jumlah tentara korut dikirim
// 2024", "nk troops sent 2024 total", "tanggal rapat parlemen korut",
// "putin pezeshkian meeting location"; the first wins.
var keywordTypes = map[string]vocab.AnswerType{
	"jumlah": vocab.Number, "total": vocab.Number, "banyaknya": vocab.Number, "count": vocab.Number, "number": vocab.Number, "figure": vocab.Number,
	"tanggal": vocab.Date, "tgl": vocab.Date, "date": vocab.Date,
	"lokasi": vocab.Place, "location": vocab.Place,
	"sumber": vocab.Thing, "source": vocab.Thing, // "source for the 1k-3k reinforcement figure?"
}

// maxKeywords is the most words keywords have: "north korean soldiers
// captured by ukraine as POWs number" (nine) asks how many, but "Fox only
// says ... does Al Jazeera give the exact date?" is a sentence whose last
// word is no frame.
const maxKeywords = 10

// maxOpenedKeywords is the most words keywords their frame opens have:
// "total NK troops sent to Russia in 2024 per the euronews-sourced
// report" (twelve) asks how many as plainly as a short one.
const maxOpenedKeywords = 16

// keywordType is the kind of answer keywords without a question word ask
// for, and the indexes of the words that ask it; Unknown and none when no
// keyword type word opens or ends them. The frame may open after whose
// figure it is ("Kyiv's total figure for NK troops ...") and run on over
// a second frame word.
func keywordType(words []string) (vocab.AnswerType, []int) {
	if len(words) < 2 || len(words) > maxOpenedKeywords {
		return vocab.Unknown, nil // a word alone asks nothing; a sentence is no keywords
	}
	first := 0
	if strings.HasSuffix(words[0], "'s") {
		first = 1
	}
	if at, ok := keywordTypes[words[first]]; ok && first+1 < len(words) {
		at2, ok2 := keywordTypes[words[first+1]]
		if ok2 && at2 == at {
			return at, []int{first, first + 1}
		}
		return at, []int{first}
	}
	if len(words) > maxKeywords {
		return vocab.Unknown, nil
	}
	if at, ok := keywordTypes[words[len(words)-1]]; ok {
		return at, []int{len(words) - 1}
	}
	// An amount after whose estimate it is: "versi Ukraina, total tentara
	// Korut?", "ukraine govt estimate total north korean troops sent".
	// Not "figure", which a source may qualify ("the 1k-3k figure").
	for j := first + 1; j < len(words) && j <= first+maxSourceWords; j++ {
		if at := keywordTypes[words[j]]; at == vocab.Number && words[j] != "figure" {
			return at, []int{j}
		}
	}
	return vocab.Unknown, nil
}

// maxSourceWords is the most words that may say whose estimate an amount
// frame is before it ("ukraine govt estimate total ...").
const maxSourceWords = 3

// imperativeFrame reads an English request that opens with a verb ("Give
// the full date on which ...", "State the number of ..."): the kind of
// answer its object names within four words, and the indexes of the verb
// and that word; Unknown when it is none.
func imperativeFrame(words []string) (vocab.AnswerType, []int) {
	if len(words) < 2 || !imperatives[words[0]] {
		return vocab.Unknown, nil
	}
	for j := 1; j < len(words) && j <= 4; j++ {
		if at, ok := keywordTypes[words[j]]; ok {
			return at, []int{0, j}
		}
	}
	return vocab.Unknown, nil
}

var imperatives = setOf("give", "state", "identify", "provide", "tell", "find")

// askedKindWeight is the share of its weight the kind of place a
// where-question asks for keeps ("provinsi" in "di provinsi mana").
const askedKindWeight = 0.5

// excludedWeight is the share of its weight a word the question
// excludes keeps ("selain X").
const excludedWeight = 0.25

// placeBodies are the bodies that stand before their names; a minister
// or a ministry is followed by its field ("Menteri Kesehatan").
var placeBodies = setOf("lembaga", "badan", "instansi", "institusi", "partai", "organisasi", "klub")

// appositiveKindWeight is the share of its weight a kind keeps when a
// name follows it ("negara" in "luas negara Wales").
const appositiveKindWeight = 0.5

// appositiveKinds are the kinds, as index terms, that stand before a name
// in apposition: "kota Blitar", "kerajaan Majapahit", "klub Leicester City".
var appositiveKinds = func() map[string]bool {
	m := map[string]bool{}
	for w := range union(union(namedKinds, placeBodies), setOf("kerajaan", "kecamatan", "danau", "selat", "teluk", "benua", "suku", "universitas", "kepulauan", "republik", "kesultanan", "kekaisaran", "dinasti", "museum", "stasiun")) {
		m[normTerm(w)] = true
	}
	// "wilayah Kursk", "daerah Belgorod": an area is named with its word
	// as often as not, and a region asked of is said so.
	delete(m, "wilayah")
	delete(m, "daerah")
	return m
}()

// weighAppositiveKinds lowers, once, the weight of a kind written in
// lower case right before a name or a word at least twice as rare, which
// is no kind itself: "negara" in "luas negara wales". The kind asked for
// ("kota apa") keeps its weight, and so does a word that only shares the
// kind's root ("raja" in "raja pertama kerajaan Yordania").
func (s *snapshot) weighAppositiveKinds(q *parsedQuestion) {
	holding := func(term string, whole bool) int {
		return slices.IndexFunc(q.Concepts, func(c concept) bool {
			if whole {
				return len(c.Alts) > 0 && slices.Equal(c.Alts[0], []string{term})
			}
			return slices.ContainsFunc(c.Alts, func(alt []string) bool { return slices.Contains(alt, term) })
		})
	}
	halved := map[int]bool{}
	toks := q.Tokens
	for i := 0; i+1 < len(toks); i++ {
		kind, next := normTerm(toks[i].Fold), normTerm(toks[i+1].Fold)
		if !appositiveKinds[kind] || appositiveKinds[next] || capitalised(toks[i].Surface) {
			continue
		}
		k, n := holding(kind, true), holding(next, false)
		if k < 0 || n < 0 || halved[k] || !strings.EqualFold(q.Concepts[k].Label, toks[i].Fold) ||
			slices.EqualFunc(q.Concepts[k].Alts, q.Category, slices.Equal) {
			continue
		}
		if q.Concepts[n].Name != 0 || q.Concepts[n].Weight >= q.Concepts[k].Weight+math.Ln2 {
			q.Concepts[k].Weight *= appositiveKindWeight
			halved[k] = true
		}
	}
}

// excluders open what a question excludes: "selain X", "besides X".
var excluders = setOf("selain", "besides", "except")

// otherWords ask in English for another than the one in mind: "which
// other country".
var otherWords = setOf("other", "another", "else")

// excluding are the words that go with an excluder and ask for nothing
// once it is there: "which other country besides ...".
var excluding = func() map[string]bool {
	m := setOf("lain", "other", "else", "another")
	for w := range excluders {
		m[w] = true
	}
	return m
}()

// excludedWords are the labels of the words a question excludes: the
// words after "selain" or "besides" up to a comma, three at most ("korea
// utara" for "selain korut, ...").
func excludedWords(q parsedQuestion) []string {
	toks := q.Tokens
	var out []string
	for i, t := range toks {
		if !excluders[t.Fold] && !(t.Fold == "from" && i > 0 && toks[i-1].Fold == "apart") && !(t.Fold == "than" && i > 0 && toks[i-1].Fold == "other") && !notOnly(toks, i) {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+3; j++ {
			if j > i+1 && strings.ContainsAny(q.Text[toks[j-1].End:toks[j].Start], ",.?!;") || isQuestionWord(toks[j].Fold) {
				break // "selain korut siapa kirim rudal": the question starts again
			}
			out = append(out, toks[j].Fold)
			if exp := vocab.Expand(toks[j].Fold); !q.English && len(exp) > 0 {
				out = append(out, strings.Join(exp, " ")) // korut: korea utara
			}
		}
	}
	// Two-word names: "north korean", "korea utara".
	n := len(out)
	for i := 0; i+1 < n; i++ {
		out = append(out, out[i]+" "+out[i+1])
	}
	return out
}

// notOnly reports whether toks[i] ends a "not only" that excludes the
// name that follows: "bukan cuma Kursk", "tidak hanya Iran", "not just
// Kursk"; not "bukan cuma sejak perang Ukraina".
func notOnly(toks []token, i int) bool {
	if i == 0 || i+1 >= len(toks) || !onlyWords[toks[i].Fold] || !notWords[toks[i-1].Fold] {
		return false
	}
	return isPlaceName(toks[i+1])
}

var (
	onlyWords = setOf("cuma", "hanya", "doang", "just", "only")
	notWords  = setOf("bukan", "tidak", "tak", "gak", "nggak", "ga", "not")
)

// excludingPhrases are the words of a question's "not only" phrases,
// which ask for nothing once they exclude what follows.
func excludingPhrases(q parsedQuestion) map[string]bool {
	words := map[string]bool{}
	for i := range q.Tokens {
		if notOnly(q.Tokens, i) {
			words[q.Tokens[i-1].Fold], words[q.Tokens[i].Fold] = true, true
		}
	}
	return words
}

// minSceneWords is the length, in words, from which what comes before a
// question's last sentence is a sentence of its own.
const minSceneWords = 4

// sentenceWords are the words (folded, chat words expanded) of each
// sentence of a question of several, or nil for a question of one. What
// comes before the last sentence must be one ("Kapan Yahoo! Koprol ..."
// is one sentence), and at most maxSentences are told apart.
func sentenceWords(q parsedQuestion) (sents []map[string]bool, asked uint64) {
	toks := q.Tokens
	var starts []int
	for i := range toks {
		if i > 0 && opensSentence(q.Text, toks, i) && len(toks)-i >= 2 {
			starts = append(starts, i)
		}
	}
	if end := temporalClauseEnd(q.Text, toks); end > 0 && q.Type != vocab.Thing && q.Type != vocab.Unknown && (len(starts) == 0 || starts[0] > end) {
		starts = append([]int{end}, starts...)
	}
	if len(starts) == 0 || starts[len(starts)-1] < minSceneWords {
		return nil, 0
	}
	starts = append([]int{0}, starts...)
	if len(starts) > maxSentences {
		starts = append(starts[:1], starts[len(starts)-maxSentences+1:]...)
	}
	for k, start := range starts {
		end, tail := len(toks), q.Text[toks[len(toks)-1].End:]
		if k+1 < len(starts) {
			end = starts[k+1]
			tail = q.Text[toks[end-1].End:toks[end].Start]
		}
		m := map[string]bool{}
		for _, t := range toks[start:end] {
			m[t.Fold] = true
			if !q.English {
				for _, e := range vocab.Expand(t.Fold) {
					m[e] = true
				}
			}
			if isQuestionWord(t.Fold) {
				asked |= 1 << k
			}
		}
		if strings.Contains(tail, "?") {
			asked |= 1 << k // "... vladivostok ya?" asks too
		}
		sents = append(sents, m)
	}
	return sents, asked
}

// stateForms open a country's official name: "Federasi Rusia",
// "Republik Korea".
var stateForms = setOf("federasi", "republik", "federation", "republic")

// destinationOf returns the alternatives of the name a question gives as
// where someone went or sent something: the name after "ke", "to" or
// "visit" ("ke Moskow", "travel to Moscow", "visit Pyongyang"), or a
// country or a name of known spellings in a chat question written in
// lower case ("ke moskow"); nil when none. going holds the alternatives
// of the words before it that tell how: "kunjungan", "visit".
func destinationOf(q parsedQuestion) (where, going [][]string) {
	toks := q.Tokens
	lowerCase := strings.ToLower(q.Text) == q.Text
	conceptOf := func(t token) *concept {
		for i, c := range q.Concepts {
			if slices.ContainsFunc(c.Alts, func(alt []string) bool { return alt[0] == t.Term }) {
				return &q.Concepts[i]
			}
		}
		return nil
	}
	for i := 1; i < len(toks); i++ {
		t := toks[i]
		if !towards[toks[i-1].Fold] || i > 1 && notGoing[toks[i-2].Fold] {
			continue
		}
		if !capitalised(t.Surface) && !(lowerCase && (countries[t.Fold] || vocab.Variants(t.Fold) != nil)) {
			continue
		}
		if stateForms[t.Fold] && i+1 < len(toks) && capitalised(toks[i+1].Surface) {
			t = toks[i+1] // "ke Federasi Rusia": to Russia
		}
		c := conceptOf(t)
		if c == nil {
			continue
		}
		// How it went there: the words just before, "visit" itself.
		for j := max(i-4, 0); j < i; j++ {
			if g := conceptOf(toks[j]); g != nil && g != c {
				going = append(going, g.Alts...)
			}
		}
		return c.Alts, going
	}
	return nil, nil
}

// asksWeapon reports whether a question asks which weapon: its kind is a
// weapon ("which missile"), or a type or a name of one ("rudal jenis apa",
// "what type of missile", "nama rudalnya").
func asksWeapon(q parsedQuestion) bool {
	if q.Type != vocab.Thing && q.Type != vocab.Unknown {
		return false // "what date the missile attack ...": a date
	}
	if weaponKinds[q.kind()] {
		return true // "which missile"
	}
	asksModel := modelWords[q.kind()] || slices.ContainsFunc(q.Tokens, func(t token) bool { return nameWords[t.Fold] || modelWords[t.Term] })
	return asksModel && slices.ContainsFunc(q.Concepts, func(c concept) bool { return weaponKinds[lastTerm(c.Alts)] })
}

// weaponKinds are the index terms of weapons news names by their model
// ("rudal balistik Fas-360", "rudal KN-23"); modelWords ask for a model.
var (
	weaponKinds = setOf("rudal", "misil", "roket", "missile", "rocket")
	modelWords  = setOf("jenis", "tipe", "type", "model", "sistem", "system", "kind")
	nameWords   = setOf("nama", "namanya", "name", "names")
)

// notGoing are the words whose "to" names no place anyone goes:
// "according to Fox", "contributed to Fox News' report".
var notGoing = setOf("according", "contributed", "contribute", "contributes", "contributing", "belongs", "belong", "belonged",
	"related", "due", "close", "next", "similar", "compared", "thanks", "attributed", "referring", "refers", "reply", "replied", "responded")

// towards are the words before where someone goes.
var towards = setOf("ke", "to", "visit", "visits", "visited", "visiting", "kunjungi", "mengunjungi", "ngunjungi")

// dateKinds are the index terms of the kinds of answer that are dates.
var dateKinds = setOf("tanggal", "hari", "bulan", "tahun", "date", "day", "month", "year")

// maxSentences is how many sentences of a question are told apart.
const maxSentences = 8

// temporalOpeners open a clause that places the question's event after or
// before another: "Setelah Rusia mengakuinya, ...", "After Kim sent ...,".
var temporalOpeners = setOf("sebelum", "setelah", "sesudah", "usai", "seusai", "after", "before", "following")

// temporalClauseEnd returns the index of the word after the comma that
// closes a clause opening the question with a temporal opener, which
// holds no question word: that clause sets the scene as a sentence before
// the question does ("Sebelum Korea Utara mengonfirmasi ... (28/4), pada
// hari apa Rusia ...?"). It returns 0 when there is none. (sentenceWords
// uses it unless the question asks what: asked what happened before
// something, the answer is told beside it.)
func temporalClauseEnd(text string, toks []token) int {
	if len(toks) < 4 || !temporalOpeners[toks[0].Fold] {
		return 0
	}
	for i := 1; i < len(toks)-1; i++ {
		if isQuestionWord(toks[i].Fold) {
			return 0
		}
		if strings.Contains(text[toks[i].End:toks[i+1].Start], ",") {
			return i + 1
		}
	}
	return 0
}

// opensSentence reports whether toks[i] is the first word of a sentence
// of text, capitalised for that alone: "Orang yang dipenjara tersebut
// bernama siapa?" after a sentence of context names no "Orang". The stop
// after an abbreviation ("R.L. Stine", "PT. Pupuk") ends no sentence.
func opensSentence(text string, toks []token, i int) bool {
	if i == 0 {
		return true
	}
	gap, prev := text[toks[i-1].End:toks[i].Start], toks[i-1].Surface
	// A stop after a short word may end an abbreviation, unless a
	// question word follows: "... Kim Jong Un. What was ...".
	// A year or a number ends a sentence: "... 12 Oktober 2024. Total ...".
	abbreviation := (utf8.RuneCountInString(prev) <= 3 || strings.ToUpper(prev) == prev) && !sentenceOpeners[toks[i].Fold] &&
		strings.IndexFunc(prev, unicode.IsLetter) >= 0
	return strings.ContainsAny(gap, "?!;\n") || strings.Contains(gap, ".") && !abbreviation
}

// sentenceOpeners are question words that open a sentence.
var sentenceOpeners = setOf("what", "which", "who", "when", "where", "why", "how", "siapa", "apa", "apakah", "kapan", "berapa", "mengapa", "kenapa", "bagaimana", "dimana", "di")

// placeInLowerCase reports whether toks[i], in a question written all in
// lower case, names a place: after a word that places, and a space ("ke
// kherson", "wilayah bryansk", not "di-intercept"), no article holds it and
// it is no Indonesian word, nor an English one the glossary knows ("ke
// frontline"). Chat questions do not capitalise names.
func (s *snapshot) placeInLowerCase(text string, toks []token, i int) bool {
	t := toks[i]
	return i > 0 && placeWords[toks[i-1].Fold] && strings.TrimSpace(text[toks[i-1].End:t.Start]) == "" &&
		utf8.RuneCountInString(t.Fold) >= 4 && !idana.IsRoot(t.Term) && s.docFreq(t.Term) == 0 &&
		englishAlts(t.Fold) == nil // "balik ke frontline": English, garis depan
}

// unheardName reports whether a word of a question in lower case is a
// name the spelling variants know ("kharkiv") that no article holds: a
// name, though not capitalised, as a chat question writes it.
func (s *snapshot) unheardName(t token) bool {
	return vocab.Variants(t.Fold) != nil && s.docFreq(t.Term) == 0
}

// typoOf returns the frame word a question's word is a typo of ("denga":
// dengan, "berapkah": berapakah, "kapn": kapan), or "": a word of four
// letters or more, no root, one edit or one swap of neighbours from it,
// and a hundred times rarer in the corpus (articles have typos too).
func (s *snapshot) typoOf(w string) string {
	if len(w) < 4 || idana.IsRoot(w) {
		return ""
	}
	// A word the stemmer reads as derived is a word of its own when short
	// ("berada" is ber-ada, not a typo of berapa); when long, its stem's
	// count says nothing of it ("berapkah" stems to "rap").
	df := 0.0
	if t := normTerm(w); t == w {
		df = s.docFreq(t)
	} else if len(w) < 7 {
		return ""
	}
	for _, f := range typoTargets {
		if (withinOneEdit(w, f) || swapsNeighbours(w, f) || withinTwoEdits(w, f)) && df*100 <= s.docFreq(normTerm(f)) {
			return f
		}
	}
	return ""
}

// held reports whether some passage, or some article's title or
// publisher, holds the index term: a word as written that the corpus has
// is no typo.
func (s *snapshot) held(term string) bool {
	return s.docFreq(term) > 0 || s.titleFreq(term) > 0
}

// unstretched returns a chat word with a letter held down ("korutt",
// "brpaa", "bangettt") as it is written, when no passage or vocabulary
// knows the stretched form and one does the word with each run of a
// letter cut to one or two; else the word as it stands.
func (s *snapshot) unstretched(t token) string {
	w := t.Fold
	if len(w) < 4 || s.held(t.Term) || vocab.Expand(w) != nil || idana.IsRoot(w) || stopWords[w] {
		return w
	}
	for _, keep := range []int{1, 2} {
		c := cutRuns(w, keep)
		if c != w && (vocab.Expand(c) != nil || idana.IsRoot(c) || stopWords[c] || s.held(normTerm(c))) {
			return c
		}
	}
	return w
}

// leetDigits are the digits alay writing puts for letters ("s1ap4"
// siapa, "k0r3a" korea, "kur5k" Kursk, "b6t" bgt).
var leetDigits = map[rune]rune{'4': 'a', '3': 'e', '1': 'i', '0': 'o', '5': 's', '6': 'g', '7': 't', '9': 'g'}

// wordRe matches a run of letters and digits.
var wordRe = regexp.MustCompile(`[\p{L}\p{N}]+`)

// Programmers ask in their own syntax: "terminal_feodosia.burn_duration",
// "SELECT nama FROM tentara_bayaran WHERE dipenjara_oleh = 'Rusia'".
var (
	snakeRe = regexp.MustCompile(`([\p{L}\p{N}])_+([\p{L}\p{N}])`)
	// A member: two letters or more before the dot and lower case on
	// both sides, so "U.S." and "Kpts.II" stay.
	memberRe = regexp.MustCompile(`\p{L}\p{Ll}+\.\p{Ll}{2,}`)
	// SQL's keywords, read only in a message that holds SELECT, "==" or
	// snake_case: a shouted "WHERE ... AND ..." keeps its words.
	sqlWordRe = regexp.MustCompile(`\b(?:SELECT|FROM|WHERE|AND|OR|IN|LIMIT|ORDER BY|GROUP BY)\b`)
)

// webDomains are the endings of a site's name: "alinea.id" stays one word.
var webDomains = setOf("id", "com", "net", "org", "co", "tv", "news", "gov", "go", "ac", "info", "io", "uk", "ru", "ua", "kr")

// withoutCodeSyntax returns text with the words of identifiers apart:
// snake_case and member chains ("pyongyang.reaction") become words, a
// site's name ("Pahami.id") and a link stay, and, in a message that
// looks like code, SQL's upper-case keywords go, SELECT asking what.
func withoutCodeSyntax(text string) string {
	if !strings.ContainsAny(text, "_.") && !strings.Contains(text, "SELECT") {
		return text
	}
	if links := linkRe.FindAllStringIndex(text, -1); links != nil {
		var b strings.Builder
		last := 0
		for _, l := range links {
			b.WriteString(withoutCodeSyntax(text[last:l[0]]))
			b.WriteString(text[l[0]:l[1]])
			last = l[1]
		}
		b.WriteString(withoutCodeSyntax(text[last:]))
		return b.String()
	}
	code := strings.Contains(text, "SELECT") || strings.Contains(text, "==") || strings.Contains(text, "_")
	for range 2 { // "a_b_c": each match consumes the letter after it
		text = snakeRe.ReplaceAllString(text, "$1 $2")
	}
	for range 2 { // "a.b.c", as above
		text = memberRe.ReplaceAllStringFunc(text, func(m string) string {
			left, right, _ := strings.Cut(m, ".")
			if webDomains[strings.ToLower(right)] {
				return m
			}
			return left + " " + right
		})
	}
	if !code {
		return text
	}
	return sqlWordRe.ReplaceAllStringFunc(text, func(m string) string {
		if m == "SELECT" {
			return "apa"
		}
		return " "
	})
}

// Every article is Indonesian: "in Indonesian" and "the Indonesian name"
// ask for the words an article uses, and name nothing to match.
var (
	inIndonesianRe      = regexp.MustCompile(`(?i)\s*\bin\s+(?:the\s+)?(?:indonesian|bahasa(?:\s+indonesia)?)(?:\s+language)?\b`)
	indonesianWordingRe = regexp.MustCompile(`(?i)\bindonesian\s+((?:name|term|word|translation|title|spelling|phrase|expression)s?)\b`)
)

// withoutLanguageAsked returns an English question without the words
// asking for Indonesian: "What is NIS called in Indonesian?", "the full
// Indonesian name of South Korea's NIS".
func withoutLanguageAsked(text string) string {
	return indonesianWordingRe.ReplaceAllString(inIndonesianRe.ReplaceAllString(text, ""), "$1")
}

// honorificRe matches a Japanese or Korean honorific hyphened to a
// capitalised name, as anime fans and Korean speakers write them:
// "Putin-san", "Kim Jong Un-sama", "Rusia-kun", "Putin-nim".
var honorificRe = regexp.MustCompile(`\p{Lu}\p{L}*-(?:san|sama|kun|chan|dono|senpai|sensei|tan|nim)\b`)

// withoutHonorifics returns text with the honorifics honorificRe finds
// dropped: the name is what the articles hold. A reduplication keeps its
// hyphen: "Bersama-sama".
func withoutHonorifics(text string) string {
	return honorificRe.ReplaceAllStringFunc(text, func(m string) string {
		name, honorific, _ := strings.Cut(m, "-")
		if strings.HasSuffix(strings.ToLower(name), honorific) {
			return m
		}
		return name
	})
}

// withoutLeet rewrites the words of alay writing as the words they spell:
// digits for letters ("brp t3nt4r4 k0rut yg d1k1r1m") and a closing x for
// -nya ("jumlahx"). A word an article or a chat list knows as written
// stays, and so do figures and models ("14rb", "3km", "Fas-360", "M16").
func (s *snapshot) withoutLeet(text string) string {
	return wordRe.ReplaceAllStringFunc(text, func(w string) string {
		if !strings.ContainsAny(w, "0123456789") && !strings.HasSuffix(w, "x") {
			return w // most words: no index lookup
		}
		if s.held(normTerm(w)) || vocab.Expand(strings.ToLower(w)) != nil {
			return w
		}
		return s.unleet(w)
	})
}

// unleet returns the word an alay word spells, or w. A word that turns
// from letters to digits or back three times or more is alay beyond
// doubt ("s3m3n4nj0ng"); one that turns twice ("kur5k"), or turns once
// between three letters or more and a few digits ("rus14", "4lasan"),
// must spell a word the corpus or a list knows; one that turns once
// between fewer letters and digits spells only a function or chat word
// ("d1", "ap4"): "T34" is a tank, not tea, "3km" a distance.
func (s *snapshot) unleet(w string) string {
	base, redup := strings.CutSuffix(w, "2") // "m4s1ng2": masing-masing
	var b strings.Builder
	letters, digits, cuts := 0, 0, 0
	wasDigit := false
	for i, r := range base {
		l, isDigit := leetDigits[r]
		switch {
		case isDigit:
			digits++
			r = l
		case unicode.IsLetter(r):
			letters++
		default:
			return w // "G20", "A380": a model
		}
		if i > 0 && isDigit != wasDigit {
			cuts++
		}
		wasDigit = isDigit
		b.WriteRune(r)
	}
	spelled := b.String()
	lower := strings.ToLower(spelled)
	if stem, ok := strings.CutSuffix(lower, "x"); ok && len(stem) >= 4 && spelled == lower && !translator().Knows(lower) && s.knownWord(stem) {
		spelled, lower = stem+"nya", stem+"nya" // "jumlahx": jumlahnya
		if digits == 0 {
			return spelled
		}
	}
	if digits == 0 || letters == 0 {
		return w
	}
	switch {
	case stopWords[lower] || vocab.Expand(lower) != nil || vocab.IsQuestionWord(lower):
	case cuts >= 3: // "s3m3n4nj0ng": alay beyond doubt, though misspelt
	case (cuts == 2 || letters >= 3 && digits <= 3 && len(lower) >= 4) && s.knownWord(lower):
	default:
		return w
	}
	if redup {
		return spelled + "2"
	}
	return spelled
}

// knownWord reports whether a word, or the word with a held-down letter
// cut ("bangettt"), is one an article, the root list (through its stem:
// "alasannya") or a chat or name list knows.
func (s *snapshot) knownWord(w string) bool {
	for _, c := range []string{w, cutRuns(w, 1), cutRuns(w, 2)} {
		if stopWords[c] || idana.IsRoot(termOf(c)) || vocab.Expand(c) != nil || vocab.Variants(c) != nil || vocab.IsQuestionWord(c) || s.held(termOf(c)) {
			return true
		}
	}
	return false
}

// placeJoined returns a word no passage holds that chat made of "ke",
// "di" or "dari" and a place the spellings know ("kepyongyang",
// "dikursk") as those two words, else nil.
func (s *snapshot) placeJoined(t token) []string {
	if s.held(t.Term) {
		return nil
	}
	for _, p := range []string{"dari", "ke", "di"} {
		place, ok := strings.CutPrefix(t.Fold, p)
		if ok && len(place) >= 4 && (countries[place] || vocab.Variants(place) != nil) {
			return []string{p + " " + place}
		}
	}
	return nil
}

// runTogether reads a word no article holds, and no dictionary or chat
// list knows, as two words a fast typist ran together ("tentarabayaran",
// "semenanjungkorea"): the longest first part that, with the rest, makes
// two words the articles hold, or a question word and a word the
// articles hold ("kotaapa", "berapatahun"). Each part has four letters or
// more, a question word three. Two plain roots are left joined:
// "bulutangkis" is one word, the sport, not a feather that intercepts;
// and a capitalised word is a name ("Poppasan"). It returns nil when
// there is no such reading.
func (s *snapshot) runTogether(t token) []string {
	w := t.Fold
	if len(w) < 7 || capitalised(t.Surface) || !lettersOnly(w) || s.held(t.Term) || idana.IsRoot(w) || vocab.Expand(w) != nil || vocab.Variants(w) != nil {
		return nil
	}
	known := func(part string) bool {
		return len(part) >= 4 && !stopWords[part] && (s.held(termOf(part)) || vocab.Variants(part) != nil || countries[part])
	}
	for i := len(w) - 3; i >= 4; i-- {
		left, right := w[:i], w[i:]
		if vocab.IsQuestionWord(left) || vocab.IsQuestionWord(right) {
			if known(left) || known(right) {
				return []string{left + " " + right} // "kotaapa", "berapatahun"
			}
			continue
		}
		if known(left) && known(right) && !(idana.IsRoot(left) && idana.IsRoot(right)) {
			return []string{left + " " + right}
		}
	}
	return nil
}

// vowelless reads a word typed without its vowels, as old text messages
// were ("brp jmlh prjrt yg dkrm", "gdg snjt"), as the word of the articles
// with its consonants, after the consonants of a prefix (di-, ber-, ter-,
// meN-, peN-, ke-) or a suffix (-kan, -an, -nya) when the whole does not
// match. Only a word in lower case that no article, dictionary, chat
// list or English glossary knows ("car", "which"), with at most one vowel
// in four letters, is read so ("pengarang", a third vowels, is a word);
// the chat list already reads the common ones ("yg", "brp", "dgn").
func (s *snapshot) vowelless(t token) []string {
	w := t.Fold
	if len(w) < 3 || t.Surface != w || !lettersOnly(w) || s.held(t.Term) || idana.IsRoot(w) || vocab.Expand(w) != nil || vocab.Variants(w) != nil ||
		translator().Knows(w) {
		return nil // "car", "which", "many": English mixed in
	}
	k := skeleton(w)
	if 4*(len(w)-len(k)) > len(w) || len(k) < 2 {
		return nil
	}
	for _, pre := range []string{"", "d", "br", "b", "tr", "t", "mng", "mn", "mm", "m", "pn", "pm", "pr", "p", "k"} {
		for _, suf := range []string{"", "kn", "n", "ny"} {
			core, ok := strings.CutPrefix(k, pre)
			if !ok {
				continue
			}
			if core, ok = strings.CutSuffix(core, suf); !ok || len(core) < 2 {
				continue
			}
			if word := s.consonantWord(core); word != "" && (!strings.ContainsRune("aeiou", rune(w[0])) || word[0] == w[0]) {
				return []string{word}
			}
		}
	}
	return nil
}

// variantRest reads a word no article holds that ends, with the word
// before it, a spelling the variants know of a name ("Kim Jongun") as
// the rest of the name's usual spelling ("jong un"), else nil.
func (s *snapshot) variantRest(toks []token, i int) []string {
	if i == 0 || s.held(toks[i].Term) {
		return nil
	}
	prev := toks[i-1].Fold
	v := vocab.Variants(prev + " " + toks[i].Fold)
	if v == nil {
		return nil
	}
	if rest, ok := strings.CutPrefix(v[0], prev+" "); ok {
		return []string{rest}
	}
	return nil
}

// lettersOnly reports whether w is made of letters a to z only.
func lettersOnly(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// cutRuns cuts every run of one letter in w to at most keep letters.
func cutRuns(w string, keep int) string {
	var b strings.Builder
	var last rune
	n := 0
	for _, r := range w {
		if r == last {
			n++
		} else {
			last, n = r, 1
		}
		if n <= keep || !unicode.IsLetter(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// sentenceCased returns toks[i] with the capital that opens a sentence
// taken off ("Tnggal berapa ...": tnggal), as the typo readers, which
// leave names alone, want it.
func sentenceCased(text string, toks []token, i int) token {
	t := toks[i]
	if opensSentence(text, toks, i) {
		t.Surface = strings.ToLower(t.Surface)
	}
	return t
}

// rootTypo returns the root word a question's word is a typo of
// ("leteak": letak, "asla": asal, "definis": definisi), or "": a word in
// lower case that no passage holds, that is no root, no derived word (the
// stemmer leaves it as it is: "persiden" reads as per-siden and stays)
// and no word the vocabulary knows, one edit or one swap of neighbours
// from a root or function word with the same first letter that passages
// hold; of several such, the one most passages hold.
func (s *snapshot) rootTypo(t token) string {
	w := t.Fold
	if len(w) < 4 || len(w) > maxTypoLen || t.Surface != w || idana.IsRoot(w) || stopWords[w] || normTerm(w) != w || strings.ContainsAny(w, "0123456789") ||
		s.held(t.Term) || s.splitCompound(t.Term) != nil {
		return ""
	}
	// A word the vocabulary knows is no typo: chat's "batalin", an
	// English "troops", "akui" (aku, konfirmasi).
	if vocab.Expand(w) != nil || vocab.Colloquial(w) != nil || vocab.Synonyms(w) != nil || vocab.Synonyms(t.Term) != nil ||
		vocab.Variants(w) != nil || englishAlts(w) != nil {
		return ""
	}
	best, bestDF := "", 0.0
	for _, c := range oneEditFrom(w) {
		if c[0] != w[0] || !idana.IsRoot(c) && !stopWords[c] {
			continue
		}
		if df := s.docFreq(normTerm(c)); df > bestDF {
			best, bestDF = c, df
		}
	}
	return best
}

// withoutEnglishTypos returns an English question with each lower-case
// word that neither the translator nor any passage knows written as the
// one word the translator knows that it is a slip of, or as it stands
// when there is none or more than one. Without an English dictionary an
// unknown word may be a real one ("commanding"), so only the slips that
// seldom make another word count: two neighbours swapped ("hwo",
// "soldeirs"), a doubled letter typed once ("misiles", "acording"), a
// vowel typed for another in a long word ("mercenery"), a dropped g or,
// in a long word, vowel ("meetin", "presidnt"), and any one edit from a
// question word ("whta").
func (s *snapshot) withoutEnglishTypos(text string) string {
	tr := translator()
	var b strings.Builder
	last := 0
	toks := tokenize(text)
	for i, t := range toks {
		w := t.Fold
		if len(w) < 3 || len(w) > maxTypoLen || strings.ContainsAny(w, "0123456789'-") || tr.Knows(w) || vocab.Expand(w) != nil ||
			s.held(t.Term) {
			continue
		}
		if t.Surface != w {
			// A capitalised word is a name, unless it is a slip of a
			// name the spellings know ("Zelenksy") or of a day or a
			// month ("Firday").
			if fixed := s.capitalTypo(toks, i); fixed != "" {
				b.WriteString(text[last:t.Start])
				b.WriteString(strings.ToUpper(fixed[:1]) + fixed[1:])
				last = t.End
			}
			continue
		}
		cands := slices.Concat(neighbourSwaps(w), doubledOnce(w), vowelSlips(w), droppedLetters(w))
		for _, c := range oneEditFrom(w) {
			if asksSomething(c) {
				cands = append(cands, c)
			}
		}
		fixed := ""
		for _, c := range cands {
			if c[0] != w[0] || c == fixed || !tr.Knows(c) {
				continue
			}
			if fixed != "" {
				fixed = "" // more than one
				break
			}
			fixed = c
		}
		if fixed == "" {
			fixed = joinedWords(tr, w) // "southkorean"
		}
		if fixed != "" {
			b.WriteString(text[last:t.Start])
			b.WriteString(fixed)
			last = t.End
		}
	}
	b.WriteString(text[last:])
	return b.String()
}

// joinedWords returns w, a phrase of the glossary typed without its
// space ("southkorean", "airdefence"), as the phrase, or "": the one split
// into two words of three letters or more that the translator reads as
// one phrase. Two words it reads apart are no phrase: "warhead" is no
// "war head".
func joinedWords(tr *vocab.Translator, w string) string {
	found := ""
	for i := 3; i+3 <= len(w); i++ {
		phrase := w[:i] + " " + w[i:]
		if terms := tr.Translate(phrase); len(terms) != 1 || !terms[0].Known || terms[0].English != phrase {
			continue
		}
		if found != "" {
			return "" // more than one
		}
		found = phrase
	}
	return found
}

// capitalTypo returns the name, day or month a capitalised English word
// no passage holds is a slip of ("Zelenksy": zelensky, "Firday": friday),
// or "": a name as nameTypo reads one, else the one day or month with the
// same first letter that a word of five letters or more is with a letter
// dropped, swapped or mistyped. A letter more makes names: "Augusto".
func (s *snapshot) capitalTypo(toks []token, i int) string {
	if fixed := s.nameTypo(toks, i); fixed != "" {
		return fixed
	}
	w, fixed := toks[i].Fold, ""
	if len(w) < minOneWordTypo {
		return "" // "Mai", "Jane": names
	}
	for _, c := range oneEditFrom(w) {
		if c[0] != w[0] || c == fixed || !englishCalendar[c] || len(c) < len(w) {
			continue
		}
		if fixed != "" {
			return "" // more than one
		}
		fixed = c
	}
	return fixed
}

// englishCalendar are the English names of the days and the months,
// which English capitalises as it does names.
var englishCalendar = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")

// minVowelSlipLen is the shortest word, in bytes, read with one vowel
// typed for another: shorter words make other words that way ("bat",
// "bit").
const minVowelSlipLen = 7

// vowelSlips returns a long w with each of its vowels changed in turn
// for another ("mercenery" gives "mercenary"), nil for a short one.
func vowelSlips(w string) []string {
	if len(w) < minVowelSlipLen {
		return nil
	}
	var out []string
	for i := range len(w) {
		if !strings.ContainsRune("aeiou", rune(w[i])) {
			continue
		}
		for _, v := range "aeiou" {
			if byte(v) != w[i] {
				out = append(out, w[:i]+string(v)+w[i+1:])
			}
		}
	}
	return out
}

// minDroppedVowelLen is the shortest word, in bytes, read as missing a
// vowel: shorter words make other words that way.
const minDroppedVowelLen = 6

// droppedLetters returns w with a letter chat drops put back: the g of
// "-ing" ("meetin", "trainin") and, in a long word, a vowel ("presidnt",
// "missle").
func droppedLetters(w string) []string {
	var out []string
	if strings.HasSuffix(w, "in") {
		out = append(out, w+"g")
	}
	// An inflected word the glossary lacks ("commanding") is a real one
	// as often as a slip.
	inflected := slices.ContainsFunc([]string{"ing", "ed", "es", "ly"}, func(suffix string) bool { return strings.HasSuffix(w, suffix) })
	if len(w) >= minDroppedVowelLen && !inflected {
		for i := 1; i < len(w); i++ {
			for _, v := range "aeiou" {
				out = append(out, w[:i]+string(v)+w[i:])
			}
		}
	}
	return out
}

// doubledOnce returns w with each of its letters doubled in turn:
// "misiles" gives "mmisiles", "miisiles", "missiles", ...
func doubledOnce(w string) []string {
	var out []string
	for i := range len(w) {
		out = append(out, w[:i+1]+w[i:])
	}
	return out
}

// asksSomething reports whether word is a question word ("how", "siapa").
func asksSomething(word string) bool {
	typ, _ := vocab.QuestionType([]string{word})
	return typ != vocab.Unknown
}

// nameTypo returns the word a word of a name no passage holds is a typo
// of ("Utra" in "Korea Utra": utara), or "": one edit or one swap of
// neighbours from a word that makes, with the word before or after it, a
// name the vocabulary knows ("korea utara", "amerika serikat"), or, in a
// capitalised word of five letters or more, is one of its spellings of a
// name ("Rosia": rusia, "Korus": korut).
func (s *snapshot) nameTypo(toks []token, i int) string {
	w := toks[i].Fold
	if len(w) < 4 || len(w) > maxTypoLen || strings.ContainsAny(w, "0123456789") || s.held(toks[i].Term) {
		return ""
	}
	known := func(phrase string) bool { return vocab.Synonyms(phrase) != nil || vocab.Variants(phrase) != nil }
	// A word of four letters is read as the name one letter longer only:
	// a phone's autocorrect makes "Rusia" "Rusa", while "Irak" is no "Iran".
	oneWord := len(w) >= minOneWordTypo-1 && capitalised(toks[i].Surface) && vocab.Variants(w) == nil // "Rosia", not "pemicu" nor "Bryansk"
	for _, c := range oneEditFrom(w) {
		named := oneWord && vocab.Variants(c) != nil && (len(w) >= minOneWordTypo || len(c) > len(w))
		if c[0] == w[0] && (i > 0 && known(toks[i-1].Fold+" "+c) || i+1 < len(toks) && known(c+" "+toks[i+1].Fold) || named) {
			return c
		}
	}
	return ""
}

// minOneWordTypo is the shortest word read as a one-word name it is a
// typo of: "Irak" is no "Iran".
const minOneWordTypo = 5

// maxTypoLen is the longest word, in bytes, the typo readers try to
// read as another: longer ones are no mistyped word but noise, and each
// letter adds some fifty candidates.
const maxTypoLen = 24

// oneEditFrom returns the words one edit from w, in the letters a to z:
// a letter inserted, two neighbours swapped, a letter deleted, a letter
// changed, in that order.
func oneEditFrom(w string) []string {
	var inserted, deleted, changed []string
	for i := 0; i <= len(w); i++ {
		for c := byte('a'); c <= 'z'; c++ {
			inserted = append(inserted, w[:i]+string(c)+w[i:])
			if i < len(w) && c != w[i] {
				changed = append(changed, w[:i]+string(c)+w[i+1:])
			}
		}
		if i < len(w) {
			deleted = append(deleted, w[:i]+w[i+1:])
		}
	}
	return slices.Concat(inserted, neighbourSwaps(w), deleted, changed)
}

// neighbourSwaps returns w with each two different neighbouring letters
// swapped: "hwo" gives "who" and "how".
func neighbourSwaps(w string) []string {
	var out []string
	for i := 0; i+1 < len(w); i++ {
		if w[i] != w[i+1] {
			out = append(out, w[:i]+string(w[i+1])+string(w[i])+w[i+2:])
		}
	}
	return out
}

// typoTargets are the words that frame a question, as typed often enough
// to be mistyped.
var typoTargets = []string{"dengan", "dimaksud", "bagaimana", "bagaimanakah", "berapa", "berapakah", "siapa", "siapakah", "kapan", "kapankah",
	"mengapa", "kenapa", "dimana", "dimanakah", "apakah", "adalah", "merupakan", "tersebut"}

// withinTwoEdits reports whether a is two edits from b, a long question
// word, with the same first letter: "bagaiaman" for "bagaimana". Shorter
// words have too many neighbours at two edits, and other words real ones
// ("tersebar" is two from "tersebut").
func withinTwoEdits(a, b string) bool {
	if !longQuestionWords[b] || a[0] != b[0] {
		return false
	}
	d, exceeded := search.LevenshteinDistanceMax(a, b, 2)
	return !exceeded && d <= 2
}

// longQuestionWords are the typo targets of eight letters or more that
// are question words: "bagaimana", "berapakah", not "merupakan".
var longQuestionWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range typoTargets {
		if at, _ := vocab.QuestionType([]string{w}); len(w) >= 8 && at != vocab.Unknown {
			m[w] = true
		}
	}
	return m
}()

// swapsNeighbours reports whether a is b with two neighbouring letters
// swapped: "bagaimnaa" for "bagaimana".
func swapsNeighbours(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}

// adjacent reports whether words holds a directly followed by b.
func adjacent(words []string, a, b string) bool {
	for i := 0; i+1 < len(words); i++ {
		if words[i] == a && words[i+1] == b {
			return true
		}
	}
	return false
}

func (s *snapshot) analyseIndonesian(q *parsedQuestion) {
	var words []string
	var names []bool       // capitalised inside the question
	var capitals []bool    // written in capitals: "SRBM"
	var afterComma []bool  // the word opens a clause: "Menurut laporan Ukraina, apa ..."
	var clauseOpens []bool // the word opens a clause or a sentence: "Sebelum itu, apakah ..."
	shouting := strings.ToUpper(q.Text) == q.Text
	lowerCase := strings.ToLower(q.Text) == q.Text
	toks := q.Tokens
	tagged := false
	for i, t := range toks {
		// "bener gk iran kirim rudal?", "betul tidak ...": "true or not"
		// asks yes or no; neither word is asked about.
		if truthWords[t.Fold] && i+1 < len(toks) && yesNoTags[toks[i+1].Fold] ||
			i > 0 && truthWords[toks[i-1].Fold] && yesNoTags[t.Fold] {
			tagged = true
			continue
		}
		if disbelief(q.Text, toks, i) || rhetoricalNegation(q.Text, toks, i) {
			continue // "Apa tidak ada kekhawatiran ...?": asks whether there is, negating nothing
		}
		if claimFrame(toks, i) {
			continue // "Benarkah ...?", "Apa iya ...?": a claim put up, its truth not asked about
		}
		// "korut ngaku gk sih …", "udh dikirim blm?": a chat "or not" tag
		// asks yes or no; it negates nothing.
		if yesNoTags[t.Fold] && (i == len(toks)-1 || tagFollowers[toks[i+1].Fold] || chatTags[t.Fold] && i > 0 && (toks[i+1].Fold == "yg" || toks[i+1].Fold == "yang")) {
			tagged = true
			continue
		}
		if (t.Fold == "lengkap" || t.Fold == "lengkapnya") && i > 0 && nameWords[toks[i-1].Fold] {
			continue // "nama lengkapnya": the name in full is the name asked for
		}
		t.Fold = s.unstretched(t)
		if modern := s.modernSpelling(t); modern != "" {
			t.Fold, t.Term = modern, termOf(modern) // "Roesia": Rusia, "sendjata": senjata
		} else if a := s.sumatranA(t); a != "" {
			t.Fold, t.Term = a, termOf(a) // "tentaro": tentara, "reaksinyo": reaksinya
		}
		// An acronym in capitals ("GA-181") is not the chat word it
		// spells ("ga", tidak), though it may be a name's ("AS").
		exp := vocab.Expand(t.Fold)
		if t.Fold == "nan" && i > 0 && acehneseAsks[toks[i-1].Fold] {
			exp = []string{"nama"} // Acehnese "soe nan ...": siapa nama; Minangkabau's yang elsewhere
		}
		if regionalLocatives[t.Fold] && i+1 < len(toks) && (capitalised(toks[i+1].Surface) || slices.Contains(vocab.Expand(toks[i+1].Fold), "mana")) {
			exp = []string{"di"} // Surabaya's "ndek Kursk", "nang endi": not Sasak's tidak, Banjar's yang
		}
		if reading, ok := s.homograph(t); ok {
			if reading == "" {
				continue // a particle: "tentara korut téh"
			}
			exp = []string{reading} // "kuda jauhne": berapa jauhnya
		}
		if exp == nil {
			exp = s.placeJoined(t) // "kepyongyang": ke Pyongyang
		}
		if exp == nil {
			exp = s.runTogether(t) // "tentarabayaran": tentara bayaran
		}
		if exp == nil {
			exp = s.vowelless(t) // "snjt": senjata
		}
		if exp == nil {
			exp = s.variantRest(toks, i) // "Kim Jongun": kim jong un
		}
		if len(exp) == 1 && !strings.Contains(exp[0], " ") && !shouting && acronym(t.Surface) && (s.held(t.Term) || utf8.RuneCountInString(t.Surface) <= 2) {
			exp = nil // "BGT", "BRP", which no article holds, are chat's banget and berapa
		}
		if t.Fold == "gua" && !pronounSlot(toks, i) {
			exp = nil // "mengidentifikasi gua di Pegunungan Muller": a cave, not chat's "I"
		}
		if namesToo[t.Fold] && capitalised(t.Surface) {
			exp = nil // "Deng Xiaoping", "Jang Song-thaek", "Lai Ching-te": names, not dialect words
		}
		comma := i > 0 && strings.Contains(q.Text[toks[i-1].End:t.Start], ",")
		opens := comma || i > 0 && opensSentence(q.Text, toks, i)
		if len(exp) > 0 {
			for _, e := range exp {
				for _, f := range strings.Fields(e) {
					words = append(words, f)
					names = append(names, false)
					capitals = append(capitals, false)
					afterComma = append(afterComma, comma)
					clauseOpens = append(clauseOpens, opens)
					comma, opens = false, false
				}
			}
			continue
		}
		fold := t.Fold
		name := capitalised(t.Surface) && !opensSentence(q.Text, toks, i) && !emphasised(toks, i) || lowerCase && (s.placeInLowerCase(q.Text, toks, i) || s.unheardName(t))
		if fixed := s.typoOf(fold); fixed != "" {
			fold = fixed // "apakah yang dimaksud denga geisha"
		} else if fixed := s.rootTypo(sentenceCased(q.Text, toks, i)); fixed != "" && !name {
			fold = fixed // "dimanakah leteak area Turkistan"
		} else if fixed := s.nameTypo(toks, i); fixed != "" {
			fold = fixed // "tentara Korea Utra"
		}
		words = append(words, fold)
		capitals = append(capitals, acronym(t.Surface) || innerCapital(t.Surface))
		names = append(names, name)
		afterComma = append(afterComma, comma)
		clauseOpens = append(clauseOpens, opens)
	}
	// "sejak kapan", "dari kapan" (chat "dr kapan"): answered by "sejak
	// pendirian Korea Utara" as much as by a date.
	q.Since = slices.Contains(words, "sejak") || adjacent(words, "dari", "kapan")
	q.From = adjacent(words, "dari", "mana") || adjacent(words, "dari", "manakah") || slices.Contains(words, "darimana") || slices.Contains(words, "darimanakah")
	typ, qw := vocab.QuestionType(words)
	if typ == vocab.Unknown {
		typ, qw = keywordType(words)
	}
	// "Sebelum itu, apakah Rusia pernah mengonfirmasi ...?": "apakah"
	// opening a clause after a scene asks yes or no as it does opening the
	// question.
	if typ == vocab.Thing && len(qw) > 0 && qw[0] > 0 && clauseOpens[qw[0]] && (words[qw[0]] == "apakah" || words[qw[0]] == "apkh") {
		if t, _ := vocab.QuestionType(words[qw[0]:]); t == vocab.YesNo {
			typ = vocab.YesNo
		}
	}
	if typ == vocab.Unknown && tagged {
		typ = vocab.YesNo // "Kim itu menhan korut bukan?"
	}
	// "Bagaimana sistem pemerintahan Jepang?" asks what the system is
	// ("Pemerintahan Jepang adalah sebuah monarki konstitusional"), not
	// how something is done; the noun frames the question as "letak"
	// does.
	described := -1
	if typ == vocab.Manner && len(qw) > 0 && qw[0]+1 < len(words) && stateNouns[words[qw[0]+1]] {
		typ, described = vocab.Thing, qw[0]+1
	}
	q.Type = typ
	isQW := map[int]bool{}
	for _, i := range qw {
		isQW[i] = true
	}
	// Capitalised words next to each other, small words between allowed,
	// are one name: "Kebun Raya Cibodas", "Sea of Azov".
	runs, lastName := 0, -1
	nameRun := func(i int) int {
		if !names[i] {
			return 0
		}
		if lastName < 0 || slices.ContainsFunc(words[lastName+1:i], func(w string) bool { return !stopWords[w] }) {
			runs++
		}
		lastName = i
		return runs
	}
	for i, w := range words {
		if definitionFrames[w] && followsQuestionWord(i, isQW, words) {
			q.Defines = true
		}
	}
	meaningFrame := wordMeaningFrame(words, isQW)
	if meaningFrame != nil {
		q.Defines, q.Meaning = true, true
	}
	seen := map[string]bool{}
	for i := 0; i < len(words); i++ {
		w := words[i]
		if isQW[i] || w == "pihak" && i > 0 && words[i-1] == "menurut" {
			continue // "menurut pihak Kyiv" is "menurut Kyiv"
		}
		if base, ok := cutPossessive(w); ok && s.docFreq(normTerm(w)) == 0 {
			w = base // "Seoul's claim bahwa ..." in a question mixing the languages
		}
		name := nameRun(i)
		if name != 0 && i > 0 && s.patronymic(w) {
			continue // "Vladimir Vladimirovich": the given name names him, as news does
		}
		// A date, "6 September" or "16-8-2005", is also written "(6/9)".
		if alts, n := dateAlts(words[i:]); n > 0 {
			s.addConcept(q, seen, strings.Join(words[i:i+n], " "), alts, name)
			i += n - 1
			continue
		}
		if v, n, ok := vocab.ParseNumber(words[i:]); ok && n > 0 {
			label := strings.Join(words[i:i+n], " ")
			alts := numberAlts(v)
			for _, w := range words[i : i+n] {
				if _, ok := vocab.CanonicalNumber(w); ok {
					alts = append(alts, []string{normTerm(w)})
				}
			}
			if typ == vocab.Number && len(qw) > 0 && !hyphenated(*q, label) && (i > qw[0] && words[i-1] != "dari" || slices.ContainsFunc(words[i+n:], isTruthWord)) {
				// "brp tentara? 12rb ya?": the asker's guess, which the
				// answer may confirm; "berapa dari 12.000" is a share.
				// So is a figure put to be checked: "jaraknya 110 mil,
				// benar? Berapa jaraknya?"
				for _, alt := range alts {
					q.Guesses[strings.Join(alt, " ")] = true
				}
			}
			i += n - 1
			s.addConcept(q, seen, label, alts, name)
			continue
		}
		// "di balik" is a preposition (behind), not balik (to return).
		if stopWords[w] || len(w) < 2 && !isDigit(w) || w == "balik" && i > 0 && words[i-1] == "di" {
			continue
		}
		// "hari Sabtu": the weekday says it, and "Sabtu (12/10/2024)
		// malam" need not write "hari".
		if w == "hari" && i+1 < len(words) && weekdays[words[i+1]] && !isQW[i] {
			continue
		}
		// "bala tentara" is the army, said grandly: tentara.
		if w == "bala" && i+1 < len(words) && strings.HasPrefix(words[i+1], "tentara") {
			continue
		}
		// "salah satu pihak" is one of the parties: no mistake (salah),
		// and no count of one.
		if w == "salah" && i+1 < len(words) && oneOf[words[i+1]] {
			i++
			continue
		}
		// "in that Ukrainian missile strike": an English function word no
		// article holds asks for nothing.
		if vocab.IsEnglishStop(w) && s.docFreq(normTerm(w)) == 0 {
			continue
		}
		// "brp org tentara": a classifier between berapa and the noun it
		// counts is a measure word; when no article holds it, it only
		// weighs against every answer ("700 unit kapal" keeps "unit";
		// "berapa orang yang tewas" counts the orang themselves).
		if classifiers[w] && i > 0 && isQW[i-1] && typ == vocab.Number && i+1 < len(words) && !stopWords[words[i+1]] && !isQW[i+1] && s.docFreq(normTerm(w)) == 0 {
			continue
		}
		// "berapa ribu serdadu": the scale of the count asked, which
		// "14.000 tentara" writes in digits ("Ribuan tentara" is no count).
		if scaleWords[w] && i > 0 && isQW[i-1] && typ == vocab.Number {
			continue
		}
		// "berapa jauh" asks for a distance that news writes "110 mil dari
		// perbatasan": a measure word no article holds is a frame too.
		if i > 0 && isQW[i-1] && typ == vocab.Number && measures[normTerm(w)] != nil && s.docFreq(normTerm(w)) == 0 {
			seen[normTerm(w)] = true // and so is "terjauh" after it
			continue
		}
		if meaningFrame[i] {
			continue // "maksud dari kata" in "Apakah maksud dari kata Basilika?"
		}
		// "apa arti X", "di mana letak X": the noun after the question
		// word names the kind of answer, not something to match.
		if frameNouns[w] && followsQuestionWord(i, isQW, words) || i == described {
			continue
		}
		// "terletak", "berada" in a where-question frame it: "Di negara
		// manakah kota Incheon terletak?" asks where Incheon is.
		if q.Type == vocab.Place && placeFrames[w] {
			continue
		}
		// "alasan", "penyebab" in a why-question ask for the cause the
		// answer gives with karena or akibat, "tujuan" for its aim; they
		// are not to be matched.
		if q.Type == vocab.Reason && (reasonWords[w] || w == "tujuan" || w == "tujuannya") {
			continue // "knp korut mau batalin perjanjian itu? tujuannya apa"
		}
		// Words with synonyms as a phrase ("luar negeri": asing; "bahan
		// bakar minyak": BBM) are one concept.
		if n, alts := phraseSynonyms(words[i:], isQW, i); n > 0 {
			s.addConcept(q, seen, strings.Join(words[i:i+n], " "), alts, name)
			i += n - 1
			continue
		}
		// Words the corpus writes as one ("olah raga" → olahraga, "Air
		// Asia" → AirAsia): one concept, matched written either way.
		if i+1 < len(words) && !isQW[i+1] {
			if joined := normTerm(w + words[i+1]); s.docFreq(joined) > 0 {
				s.addConcept(q, seen, w+" "+words[i+1], [][]string{{joined}, {normTerm(w), normTerm(words[i+1])}}, name)
				i++
				continue
			}
		}
		term := normTerm(w)
		// Chat-style verbs the corpus writes in standard form
		// ("batalin" → batalkan, "nyimpen" → menyimpan), or with a
		// synonym ("ngakuin" → mengakui, as "mengonfirmasi"); Minang
		// and Sundanese words too ("sanjato" → senjata, "ngalaporkeun" →
		// melaporkan), Acehnese ("geubatalkan" → dibatalkan), high
		// Javanese ("dipunsengkuyung" → didukung, "pasukanipun" →
		// pasukannya) and Balinese ("kabatalang" → dibatalkan).
		if s.docFreq(term) == 0 && name == 0 {
			for _, std := range vocab.Regional(w) {
				if t := normTerm(std); s.docFreq(t) > 0 || s.anyInCorpus(vocab.Synonyms(t)) {
					w, term = std, t
					break
				}
			}
		}
		alts := [][]string{{term}}
		// An English word in an Indonesian question ("brp troops korut"):
		// its glossary translations, when no article holds it as written;
		// a name only when it is an acronym the glossary spells out
		// ("SRBM": rudal balistik jarak pendek) or a nation it knows
		// ("Ukrainian": Ukraina; not "News" in "Fox News").
		switch {
		case s.docFreq(term) != 0:
		case name == 0 || capitals[i]:
			translate := englishAlts
			if name != 0 {
				translate = glossaryAlts
			}
			for _, alt := range translate(w) {
				alts = append(alts, alt)
				for _, syn := range vocab.Synonyms(strings.Join(alt, " ")) {
					alts = append(alts, termsOf(syn)) // supply: pasok, and so suplai
				}
			}
		default:
			for _, alt := range glossaryAlts(w) {
				if isCountry(alt) || len(alt) == 1 && titleWords[alt[0]] {
					alts = append(alts, alt) // a nation: "Ukrainian" is Ukraina; a title: "President Putin"
				}
			}
		}
		if s.docFreq(term) == 0 {
			if parts := s.splitCompound(term); parts != nil {
				alts = append(alts, parts) // "tatasurya": tata surya
			}
		}
		// A figure's unit is matched as written ("Angka 115 kilometer itu
		// ..."); a unit asked for alone ("brp km") in any spelling.
		if figure := i > 0 && words[i-1] != "" && isDigit(words[i-1]) && (lengthUnits[w] || weightUnits[w]); !figure {
			for _, syn := range append(vocab.Synonyms(w), vocab.Synonyms(term)...) {
				alts = append(alts, termsOf(syn))
			}
		}
		for _, v := range vocab.Variants(w) {
			alts = append(alts, termsOf(v))
		}
		c := s.addConcept(q, seen, w, alts, name)
		switch {
		case c == nil:
		case c.Absent && name == 0:
			c.Loose = s.looseAlts(w, term)
		case term == "tulis" && typ == vocab.Person:
			// Asked who wrote a story: its byline's "Reporter" tells
			// (writerLabels, for the byline window itself).
			c.Loose = append(c.Loose, []string{"reporter"}, []string{"wartawan"}, []string{"pewarta"})
		}
		if c != nil && extremes[w] != nil {
			c.Loose = append(c.Loose, extremes[w]...) // "jangkauan terjauh": "jangkauan maksimum"
		}
	}
	if typ == vocab.Number && len(qw) > 0 {
		if slices.Max(qw) == len(words)-1 {
			q.Counted = countableAsked(q.Concepts) // "korban ukraina di kursk brp"
		} else {
			q.Counted = countedAlts(q.Concepts, words, slices.Max(qw), 1)
		}
	}
	// naming reports whether words[k] is (part of) a name or a country; a
	// country spelt out from chat ("korsel": korea selatan) names too.
	naming := func(k int) bool {
		return names[k] || countries[words[k]] || k > 0 && compass[words[k]] && countries[words[k-1]]
	}
	namingAll := func(from, to int) bool {
		for k := from; k < to; k++ {
			if !naming(k) {
				return false
			}
		}
		return true
	}
	// The kind is the noun before the question word, skipping a name
	// that qualifies it ("Lembaga Korea Selatan mana" asks for a lembaga);
	// a noun that ends the clause before is none ("Menurut laporan
	// Ukraina, apa nama divisi ...").
	for _, i := range qw {
		if i == 0 || !categoryAsks[words[i]] || isQW[i-1] || afterComma[i] {
			continue
		}
		j := i - 1
		for j > 0 && naming(j) && !isQW[j-1] && !stopWords[words[j-1]] {
			j--
		}
		if j > 0 && !isQW[j-1] && bodyKinds[words[j-1]] && !bodyKinds[words[j]] && !naming(j) && conceptAlts(q.Concepts, words[j-1]) != nil {
			j-- // "Media pemerintah mana": a body of the government, the head first ("media cetak" is one word)
		}
		q.Category = conceptAlts(q.Concepts, words[j])
		if demonstratives[words[j]] && !isQW[0] {
			// "kantor berita negara korut yg ngumumin itu apa namanya":
			// the phrase the question opens with, closed by "itu".
			if c := conceptNamed(q.Concepts, words[0]); c != nil {
				q.Category = c.Alts
			}
		}
		if j > 1 && !isQW[0] && slices.ContainsFunc(words[1:j], func(w string) bool { return w == "yang" || w == "yg" }) && !hasNames(conceptNamed(q.Concepts, words[j])) {
			// "kantor berita korut yg rilis pernyataan apa": the named
			// kind the question opens with, which the clause describes.
			if c := conceptNamed(q.Concepts, words[0]); hasNames(c) {
				q.Category = c.Alts
			}
		}
		if j >= 2 && words[j-1] == "atau" {
			// "di kota atau wilayah apa": either kind, the first named first.
			q.Category = append(conceptAlts(q.Concepts, words[j-2]), q.Category...)
		}
		switch {
		case kindFrames[words[j]]:
			// "mobil merek apa": the answer names the make ("mobil
			// Aurus"), not the word "merek"; the kind is still asked.
			q.Concepts = slices.DeleteFunc(q.Concepts, func(c concept) bool { return c.Label == words[j] })
		case frameNouns[words[j]] && j == i-1:
			// "isinya apa aja", "artinya apa": what is asked, as in
			// "apa isinya"; no kind, and nothing to match.
			q.Category = nil
			q.Concepts = slices.DeleteFunc(q.Concepts, func(c concept) bool { return c.Label == words[j] })
		}
		break
	}
	// English in an Indonesian question: "near which town?" asks for a
	// town, as "dekat kota apa?" does.
	for _, i := range qw {
		if q.Category == nil && (words[i] == "which" || words[i] == "what") && i+1 < len(words) && !isQW[i+1] {
			q.Category = conceptAlts(q.Concepts, words[i+1])
		}
	}
	q.NameOf = nameOf(q.Concepts, words, false, "nama", "namanya")
	if i := slices.Index(words, "nama"); i >= 0 && i+1 < len(words) {
		q.NamedKind = conceptOpenedBy(q.Concepts, words[i+1])
	}
	q.Source = sourceOf(q.Concepts, words, "menurut")
	if q.Source == nil {
		q.Source = sourceOf(q.Concepts, words, "versi") // "versi ukraina", as chat says "menurut Ukraina"
	}
	if q.Source == nil {
		q.Source, q.SourceDid = speakerOf(q.Concepts, words)
	}
	// "Siapa nama surat kabar ...?": chat asks a thing's name with siapa
	// too; a kind of thing after "siapa nama" makes it a what-question.
	if typ == vocab.Person && len(qw) > 0 && qw[0]+2 < len(words) && (words[qw[0]+1] == "nama" || words[qw[0]+1] == "namanya") {
		if alts := conceptOpenedBy(q.Concepts, words[qw[0]+2]); slices.ContainsFunc(alts, func(alt []string) bool { return thingKinds[alt[len(alt)-1]] }) {
			typ, q.Type, q.Category = vocab.Thing, vocab.Thing, alts
		}
	}
	// "Siapa (nama) jenderal …", "jenderal … itu siapa namanya",
	// "komandan … namanya siapa": the noun after siapa, or opening the
	// question, is the role of the person asked for.
	if typ == vocab.Person && len(qw) > 0 {
		i := qw[0]
		isName := func(k int) bool { return k >= 0 && k < len(words) && (words[k] == "nama" || words[k] == "namanya") }
		next := i + 1
		for next < len(words)-1 && roleHedges[words[next]] {
			next++ // "Siapa sebenarnya nama direktur ..."
		}
		asksName := isName(next)
		last := len(words) - 1
		for last > i && tagFollowers[words[last]] {
			last-- // "... siapa ya"
		}
		// "Dengar-dengar Putin ... hari Jumat. Siapa nama presiden Iran
		// ...?": a question word opening the last sentence opens the
		// question.
		inside := i > 0 && !questionWordOpensSentence(q.Text, toks, words[i])
		j := next
		switch {
		case i > 0 && objectMarkers[words[i-1]]:
			j = len(words) // "menhan ngomong ke siapa": whom the minister told, not who the minister is
		case inside && knowingVerbs[words[i-1]] && asksName:
			j = next + 1 // "gak ada yang tahu siapa nama jenderal ...": the question is what is known
		case inside && knowingVerbs[words[i-1]]:
			j = next // "Masa sih gak ada yang tahu siapa jenderal Korut ...?"
		case inside && isName(0):
			j = 1 // "nama menhan rusia ... itu siapa"
		case inside && (asksName || isName(i-1)):
			j = 0
		case inside && i == last && titleWords[words[0]]:
			j = 0 // "jenderal korut yg mimpin pasukan di kursk siapa ya"
		case inside && titleWords[words[0]] && namingAll(1, i):
			j = 0 // "Jenderal Korut siapa yang memimpin ...": the role, then only whose
		case inside && (i == last || titleWords[words[i-1]]):
			j = i - 1 // "... dipimpin jenderal siapa?", "Oleh jenderal siapa pasukan ... dipimpin?"
		case inside:
			j = len(words)
		case asksName:
			j++
		}
		// An office is often capitalised ("Siapa nama Menteri Pertahanan
		// Rusia"): a title word is a role all the same.
		if j < len(words) && !isQW[j] && (!names[j] || titleWords[words[j]]) && !stopWords[words[j]] && !isVerb(words[j]) && !anyone[strings.TrimSuffix(words[j], "nya")] &&
			!countWord(words[j]) {
			q.Role = words[j]
		}
		// "Siapa yang menjabat (sebagai) Menteri Pertahanan Rusia ...":
		// the office held is the role.
		for k := i + 1; q.Role == "" && k+1 < len(words) && k <= i+3; k++ {
			if words[k] != "menjabat" && words[k] != "jabat" {
				continue
			}
			r := k + 1
			if words[r] == "sebagai" && r+1 < len(words) {
				r++
			}
			if titleWords[words[r]] {
				q.Role = words[r]
			}
		}
	}
}

// knowingVerbs, before a question word, make what follows the question
// asked: "ada yang tahu siapa jenderal ...".
var knowingVerbs = setOf("tahu", "tau", "ngerti", "mengerti", "paham", "kenal", "ingat", "inget")

// addInitials lets a name of three words or more ("Forum Petani
// Merdeka", "PT Pupuk Iskandar Muda") match its initials ("FPM", "PIM"):
// news spells a long name out once, then writes its initials. Only
// initials some article holds, and that are no word, count.
func (s *snapshot) addInitials(q *parsedQuestion) {
	var folds []string
	for _, t := range q.Tokens {
		folds = append(folds, t.Fold)
	}
	spoken := " " + strings.Join(folds, " ") + " "
	runs := map[int][]int{} // name → its concepts, in question order
	for i, c := range q.Concepts {
		if c.Name != 0 {
			runs[c.Name] = append(runs[c.Name], i)
		}
	}
	for _, idx := range runs {
		// "Sekretaris Jenderal Forum Petani Merdeka" is the FPM's;
		// "PT Pupuk Iskandar Muda" is "PIM".
		for len(idx) > 0 && (titleWords[strings.ToLower(q.Concepts[idx[0]].Label)] || companyPrefixes[strings.ToLower(q.Concepts[idx[0]].Label)]) {
			idx = idx[1:]
		}
		var letters, firsts []string // of every word; of every concept
		for _, i := range idx {
			for _, w := range strings.Fields(q.Concepts[i].Label) {
				letters = append(letters, initial(w))
			}
			firsts = append(firsts, initial(q.Concepts[i].Label))
		}
		initials := strings.Join(letters, "")
		if len(letters) >= 3 && spelledTogether(q.Concepts, idx, spoken) && !idana.IsRoot(initials) && !stopWords[initials] && !newsAbbreviations[initials] && vocab.Expand(initials) == nil && s.docFreq(initials) > 0 && s.spelledOutWith(q.Concepts, idx, initials) {
			for _, i := range idx {
				q.Concepts[i].Alts = append(q.Concepts[i].Alts, []string{initials})
			}
		}
		// "Pusat Studi Energi ( PSE ) Universitas Gadjah Mada ( UGM )":
		// the question spells out initials it also gives.
		for k, i := range idx {
			label := strings.ToLower(q.Concepts[i].Label)
			n := len(label)
			if n < 2 || k < n || strings.Join(firsts[k-n:k], "") != label {
				continue
			}
			for _, j := range idx[k-n : k] {
				q.Concepts[j].Alts = append(q.Concepts[j].Alts, []string{label})
			}
		}
	}
}

// spelledOutWith reports whether an article that holds the initials also
// holds the rarest word of the name they stand for: news writes a long
// name out before its initials, and "PSK" in a story that never names
// Kerch is no "Pertempuran Semenanjung Kerch".
func (s *snapshot) spelledOutWith(concepts []concept, idx []int, initials string) bool {
	rarest := concepts[idx[0]]
	for _, i := range idx[1:] {
		if concepts[i].Weight > rarest.Weight {
			rarest = concepts[i]
		}
	}
	withInitials := s.articlesHolding(initials)
	for _, alt := range rarest.Alts {
		if len(alt) != 1 || alt[0] == initials {
			continue
		}
		for a := range s.articlesHolding(alt[0]) {
			if withInitials[a] {
				return true
			}
		}
	}
	return false
}

// fatherOf returns the given name a Russian or Ukrainian patronymic
// comes from ("vladimirovich": vladimir, "sergeyevna": sergey), or ""
// when w, lower case, is none.
func fatherOf(w string) string {
	for _, suffix := range []string{"ovich", "evich", "ovych", "ovna", "evna", "ivna"} {
		if father, ok := strings.CutSuffix(w, suffix); ok && len(father) >= 3 {
			return father
		}
	}
	return ""
}

// patronymic reports whether w, lower case, is a patronymic no article
// holds, of a given name some article does: news writes "Vladimir
// Putin", not "Vladimir Vladimirovich Putin". A surname like it
// ("Abramovich") names someone else, whom no article names.
func (s *snapshot) patronymic(w string) bool {
	father := fatherOf(w)
	return father != "" && s.docFreq(normTerm(w)) == 0 && s.docFreq(normTerm(father)) > 0
}

// initial is w's first letter, in lower case.
func initial(w string) string {
	r, _ := utf8.DecodeRuneInString(w)
	return string(unicode.ToLower(r))
}

var companyPrefixes = setOf("pt", "cv", "pd", "tbk")

// bodyKinds are kinds of organisation, a news outlet among them, as index
// terms: "media mana" asks for one, not for a place.
var bodyKinds = union(outletKinds, setOf("lembaga", "badan", "instansi", "institusi", "partai", "usaha", "organisasi", "tim", "klub",
	"kementerian", "menteri", "agensi"))

// thingKinds are the kinds of thing, not of person, whose name a question
// may ask for, as index terms: outlets, bodies, places, units.
var thingKinds = func() map[string]bool {
	m := union(union(bodyKinds, towns), kindNamedPlaces)
	delete(m, "menteri")
	return m
}()

// conceptOpenedBy returns the alternatives of the concept whose label is
// word or opens with it ("surat kabar" for "surat"), or nil.
func conceptOpenedBy(concepts []concept, word string) [][]string {
	for _, c := range concepts {
		if f := strings.Fields(c.Label); len(f) > 0 && strings.EqualFold(f[0], word) {
			return c.Alts
		}
	}
	return nil
}

// newsAbbreviations are the lower-case abbreviations of news prose: "dkk"
// is "dan kawan-kawan", not the initials of "Dinas Kehutanan Kalbar".
var newsAbbreviations = setOf("dkk", "dll", "dsb", "dst", "sbb", "ybs", "yth", "tsb", "sda", "ttd")

// spelledTogether reports whether the concepts idx are words next to each other
// in spoken, the question's folded words: "John McLaughlin dari Inggris"
// is two names.
func spelledTogether(concepts []concept, idx []int, spoken string) bool {
	var labels []string
	for _, i := range idx {
		labels = append(labels, strings.ToLower(concepts[i].Label))
	}
	return strings.Contains(spoken, " "+strings.Join(labels, " ")+" ")
}

// countWord reports whether w is a number, in digits or words, or one
// made a collective or an ordinal: "6", "enam", "keenam".
func countWord(w string) bool {
	return numberWords[w] || isDigit(firstDigitRun(w)) || strings.HasPrefix(w, "ke") && numberWords[w[2:]]
}

// questionWordOpensSentence reports whether the first occurrence of the
// question word w among toks, the words of text, opens a sentence.
func questionWordOpensSentence(text string, toks []token, w string) bool {
	for k, t := range toks {
		if t.Fold == w {
			return opensSentence(text, toks, k)
		}
	}
	return false
}

// objectMarkers are the prepositions that make "siapa" another person
// than the role the question opens with: "kepada siapa", "dengan siapa",
// "oleh siapa".
var objectMarkers = setOf("ke", "kepada", "dengan", "sama", "oleh", "untuk", "buat", "bersama", "dari", "terhadap")

// anyone are the nouns naming a person by no role: "Siapa warga asing
// yang dipenjara ..." asks for whoever it was.
var anyone = setOf("warga", "orang", "tokoh", "sosok", "pria", "wanita", "perempuan", "seseorang", "pihak", "individu")

// englishRoles are the nouns naming an office or a job a who-question asks
// the holder of, and the verbs of holding a command ("who commands the
// contingent" asks for its commander).
var englishRoles = setOf("minister", "president", "director", "head", "chief", "commander", "general", "governor",
	"leader", "spokesman", "spokesperson", "ambassador", "chairman", "secretary", "mayor", "king", "queen", "prime", "heads",
	"command", "commands", "commanded", "commanding")

// hasNames reports whether c, when there is one, is a kind of thing that
// has names ("media", "kantor berita", "kota").
func hasNames(c *concept) bool {
	return c != nil && slices.ContainsFunc(c.Alts, func(alt []string) bool { return namedKinds[strings.Join(alt, " ")] })
}

// nameOf returns the alternatives of the kind named just after the word
// asking for a name ("nama desa", "names of the officers"), when it is
// one of namedKinds; nil otherwise.
func nameOf(concepts []concept, words []string, english bool, name ...string) [][]string {
	for i, w := range words {
		if !slices.Contains(name, w) {
			continue
		}
		official := i > 0 && nameQualifiers[words[i-1]] // "the official name of"
		// Indonesian names the kind first ("nama desa Rusia terakhir"),
		// after a count if any; English a few words on ("the names of the
		// six North Korean officers").
		for j := i + 1; j < len(words) && j <= i+7; j++ {
			if countWord(words[j]) {
				continue // "nama2 6 perwira", "nama keenam perwira", "the names of the six officers"
			}
			if nameQualifiers[words[j]] {
				official = true // "nama resmi perjanjian"
				continue
			}
			alts := conceptAlts(concepts, words[j])
			if alts != nil && (namedKinds[strings.Join(alts[0], " ")] || official && officialKinds[strings.Join(alts[0], " ")]) {
				return alts
			}
			if alts != nil && !english {
				return nil
			}
		}
		// "arsenal hit by drone town name": English keywords end with the
		// kind and "name".
		if english && i > 0 && i == len(words)-1 {
			if alts := conceptAlts(concepts, words[i-1]); alts != nil && namedKinds[strings.Join(alts[0], " ")] {
				return alts
			}
		}
		// "... desa terakhir yang mereka duduki. Desa itu namanya apa?":
		// the kind right before, pointed at.
		if j := i - 1; !english && j > 0 && demonstratives[words[j]] {
			if alts := conceptAlts(concepts, words[j-1]); alts != nil && namedKinds[strings.Join(alts[0], " ")] {
				return alts
			}
		}
		// "perjanjian inter-korea 1991 itu nama resminya apa?": the kind
		// opens the question and nothing follows the name but its frame.
		if !english {
			for _, c := range concepts {
				if countWord(c.Label) {
					continue // "6 perwira korut ... itu namanya siapa aja?"
				}
				kind := strings.Join(c.Alts[0], " ")
				if namedKinds[kind] || official && officialKinds[kind] {
					return c.Alts
				}
				break
			}
		}
	}
	return nil
}

// sourceOf returns the alternatives of the first name within four words
// after the word that attributes ("menurut", "according"), or of the
// first concept there when none is a name; nil when the question
// attributes nothing.
func sourceOf(concepts []concept, words []string, attributes string) [][]string {
	i := slices.Index(words, attributes)
	if i < 0 {
		return nil
	}
	var first [][]string
	for j := i + 1; j < len(words) && j <= i+4; j++ {
		c := conceptNamed(concepts, words[j])
		switch {
		case c == nil:
		case c.Name != 0 || slices.ContainsFunc(c.Alts, isCountry):
			return c.Alts // "menurut pemerintah rusia": Rusia, though chat writes it in lower case
		case first == nil:
			first = c.Alts
		}
	}
	return first
}

// namedSourceOf returns the alternatives of the name or country right
// after attributes, nil when none follows it: "per kyiv" attributes,
// "per month" does not.
func namedSourceOf(concepts []concept, words []string, attributes string) [][]string {
	i := slices.Index(words, attributes)
	if i < 0 || i+1 >= len(words) {
		return nil
	}
	if c := conceptNamed(concepts, words[i+1]); c != nil && (c.Name != 0 || slices.ContainsFunc(c.Alts, isCountry)) {
		return c.Alts
	}
	return nil
}

// speakerOf returns who the question says spoke and the terms of the
// speaking and of its denial (asked whether Pyongyang admits it, "Korea
// Utara menolak" attributes too): the country or name right before (up to three words) a
// word of confirming, claiming or denying ("rusia ngonfirmasi",
// "Russia first confirm", "Kremlin baru ngaku"); nil when there is none.
func speakerOf(concepts []concept, words []string) (who [][]string, did map[string]bool) {
	for i, w := range words {
		verb := conceptNamed(concepts, w)
		// "troops reportedly sent": an English adverb hedges, it names no
		// one who reported.
		if verb == nil || verb.Name != 0 || strings.HasSuffix(w, "ly") || !slices.ContainsFunc(verb.Alts, func(alt []string) bool { return speechTerms[alt[0]] }) {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			if c := conceptNamed(concepts, words[j]); c != nil && c != verb && (c.Name != 0 || slices.ContainsFunc(c.Alts, isCountry)) {
				did := map[string]bool{}
				for _, alt := range append(deniedBy(verb.Alts), verb.Alts...) {
					if len(alt) == 1 {
						did[alt[0]] = true
					}
				}
				return c.Alts, did
			}
		}
		return nil, nil
	}
	return nil, nil
}

// conceptNamed returns the concept a question word was read as: by its
// label, the first word of a phrase's label, or a chat verb's standard
// form ("ngonfirmasi" is labelled "mengonfirmasi"); nil for none.
func conceptNamed(concepts []concept, w string) *concept {
	for _, form := range append([]string{w}, vocab.Colloquial(w)...) {
		for i, c := range concepts {
			if strings.EqualFold(c.Label, form) || strings.EqualFold(strings.Fields(c.Label)[0], form) {
				return &concepts[i]
			}
		}
	}
	return nil
}

// speechTerms are the index terms of confirming, claiming, saying and
// denying: what a question may ask who did.
var speechTerms = setOf("aku", "konfirmasi", "klaim", "kata", "sebut", "ungkap", "umum", "lapor", "tolak", "bantah", "nyata", "ujar", "tutur", "benar")

// namedKinds are the kinds (as index terms) whose instances news names
// with a capital: places, officers, outlets, organisations.
var namedKinds = setOf("desa", "kota", "kabupaten", "provinsi", "wilayah", "pulau", "sungai", "gunung", "negara", "daerah", "kampung",
	"perwira", "komandan", "jenderal", "pilot", "media", "koran", "surat kabar", "harian", "perusahaan", "partai", "bandara", "pelabuhan",
	"gudang senjata", "divisi", "brigade", "batalyon", "resimen")

// officialKinds are kinds whose official name news writes with a capital
// ("Perjanjian Dasar"), though it may call them by a description too
// ("kemitraan strategis komprehensif"); nameQualifiers ask for that name.
var (
	officialKinds  = setOf("janji", "pakta", "traktat")
	nameQualifiers = setOf("resmi", "resminya", "lengkap", "lengkapnya", "official", "full", "formal")
)

// kindFrames name a kind of any thing: "merek apa", "jenis apa".
var kindFrames = union(setOf("merek", "merk", "jenis", "tipe", "macam", "model"), positionWords)

// positionWords ask for a position: "jabatannya apa" is answered by an
// office ("Menteri Pertahanan Seoul Kim Yong-hyun"), not by "pejabat",
// which shares its root.
var positionWords = setOf("jabatan", "jabatannya", "posisi", "posisinya", "kedudukan", "kedudukannya")

// categoryAsks are the question words that follow the noun naming the
// answer's kind: "kota apa", "negara mana".
var categoryAsks = setOf("apa", "apakah", "mana", "manakah")

// phraseSynonyms looks for a phrase of three or two words at the start of
// words that has synonyms of its own, and returns its length and
// alternatives (the phrase, then its synonyms); 0 when there is none.
func phraseSynonyms(words []string, isQW map[int]bool, at int) (int, [][]string) {
	for n := min(3, len(words)); n >= 2; n-- {
		if slices.ContainsFunc(words[1:n], func(w string) bool { return stopWords[w] }) || isQW[at+n-1] {
			continue
		}
		var phrase []string
		for _, w := range words[:n] {
			phrase = append(phrase, normTerm(w))
		}
		syns := vocab.Synonyms(strings.Join(words[:n], " "))
		if len(syns) == 0 {
			syns = vocab.Synonyms(strings.Join(phrase, " ")) // "ditembak jatuh": tembak jatuh, so cegat
		}
		if len(syns) == 0 && n == 2 && isDigit(words[1]) {
			syns = vocab.Variants(strings.Join(words[:n], " ")) // a model's spellings: "Fateh-360" is the Fas-360
		}
		if len(syns) == 0 {
			continue
		}
		alts := [][]string{phrase}
		for _, syn := range syns {
			alts = append(alts, termsOf(syn))
		}
		return n, alts
	}
	return 0, nil
}

// conceptAlts are the alternatives of the concept labelled word, or nil.
func conceptAlts(concepts []concept, word string) [][]string {
	for _, c := range concepts {
		if strings.EqualFold(c.Label, word) {
			return c.Alts
		}
	}
	// A phrase the word ends: "kantor berita" for the "berita" before
	// "mana".
	for _, c := range concepts {
		if f := strings.Fields(c.Label); len(f) > 1 && strings.EqualFold(f[len(f)-1], word) {
			return c.Alts
		}
	}
	return nil
}

func (s *snapshot) analyseEnglish(q *parsedQuestion) {
	var words []string
	for _, t := range q.Tokens {
		words = append(words, t.Fold)
	}
	q.Since = adjacent(words, "since", "when")
	typ, qw := vocab.QuestionType(words)
	if typ == vocab.Unknown {
		typ, qw = keywordType(words)
	}
	if at, frame := imperativeFrame(words); at != vocab.Unknown {
		typ, qw = at, frame // "Give the full date on which ...": the "which" is relative
	}
	q.Type = typ
	frame := map[string]bool{} // "how many", "what is the total number of"
	for _, i := range qw {
		frame[strings.TrimSuffix(words[i], "'s")] = true
	}
	seen := map[string]bool{}
	runs, inName := 0, false
	describing := answerDescription(words)
	goingTo := map[string]bool{}
	for i := 0; i+2 < len(words); i++ {
		if goingWords[words[i]] && words[i+1] == "to" && isPlaceName(q.Tokens[i+2]) {
			goingTo[words[i]] = true
		}
	}
	terms := translator().Translate(q.Text)
	// A capital opening a sentence marks no name: "... were kept.
	// Roughly how many miles ...".
	openers := map[string]bool{}
	for i, t := range q.Tokens {
		if opensSentence(q.Text, q.Tokens, i) {
			openers[t.Surface] = true
		}
	}
	for i := 0; i < len(terms); i++ {
		term := terms[i]
		// "Oct 12", "12th October": a date, matched as news writes it.
		if alts, n := englishDate(terms[i:]); n > 0 {
			s.addConcept(q, seen, term.English+" "+terms[i+1].English, alts, 0)
			i += n - 1
			inName = false
			continue
		}
		// A question frame ("how many" → berapa, jumlah) set the type;
		// it is not something to match. Nor is a letter standing alone
		// ("give X of Y"), unless it numbers a name ("SEA Games X").
		letter := len(term.English) < 2 && !isDigit(term.English) && !(i > 0 && capitalised(terms[i-1].English) && numberingRe.MatchString(term.English))
		if frame[strings.ToLower(term.English)] || letter {
			continue
		}
		// "when did putin go to pyongyang" asks what "kapan putin ke
		// pyongyang" does: the going is said by "to" and where.
		if goingTo[strings.ToLower(term.English)] {
			continue
		}
		// "What does NIS stand for?" asks for NIS spelled out; "stand" is
		// no word of the answer.
		if q.Acronym != "" && slices.ContainsFunc(strings.Fields(strings.ToLower(term.English)), func(w string) bool { return expansionWords[w] }) {
			continue
		}
		// "according to" is "menurut", a frame Indonesian questions drop
		// too: the source it names is matched, not the frame.
		if len(term.Indonesian) > 0 && !slices.ContainsFunc(term.Indonesian, func(id string) bool { return !stopWords[strings.ToLower(id)] }) {
			continue
		}
		var alts [][]string
		questionWord := false
		for _, id := range term.Indonesian {
			ts := termsOf(id)
			if len(ts) == 0 {
				continue
			}
			if len(ts) == 1 && isQuestionWord(ts[0]) {
				questionWord = true
			}
			alts = append(alts, ts)
		}
		if questionWord {
			continue
		}
		if own := termsOf(term.English); len(own) > 0 && !stopWords[strings.ToLower(term.English)] {
			alts = append(alts, own)
		}
		for _, alt := range alts {
			// "Kyiv" is also Ukraina; "South Korean" (korea selatan) also Seoul.
			for _, syn := range vocab.Synonyms(strings.Join(alt, " ")) {
				alts = append(alts, termsOf(syn))
			}
		}
		if len(alts) == 0 {
			continue
		}
		// An English word neither glossary nor dictionary knows, and no
		// article holds, is untranslated English, not something to match,
		// unless it is capitalised inside the question: a name ("Gaza").
		isName := capitalised(term.English) && !openers[strings.Fields(term.English)[0]]
		if !term.Known && !isName && len(alts) == 1 && s.docFreq(alts[0][0]) == 0 {
			inName = false
			continue
		}
		if isName && inName && !term.Known && s.patronymic(strings.ToLower(term.English)) {
			continue // "Vladimir Vladimirovich Putin", as news writes him: "Vladimir Putin"
		}
		// A word the glossary translates ("North Korean", "Germany") is a
		// name of its own: "North Korean KN-23" names KN-23 too.
		name := 0
		if isName {
			if !inName || term.Known {
				runs++
			}
			name = runs
		}
		inName = isName && !term.Known
		if c := s.addConcept(q, seen, term.English, alts, name); c != nil {
			c.Describes = describing[strings.ToLower(strings.Fields(term.English)[0])]
		}
	}
	// "how far", "how long" measure; they count nothing.
	if typ == vocab.Number && len(qw) > 0 && !slices.ContainsFunc(qw, func(i int) bool { return measureFrames[words[i]] }) {
		if slices.Max(qw) == len(words)-1 {
			q.Counted = countableAsked(q.Concepts) // "iran missiles to russia how many"
		} else {
			q.Counted = countedAlts(q.Concepts, words, countFrom(words, qw), 3)
		}
	}
	q.NameOf = nameOf(q.Concepts, words, true, "name", "names")
	q.Source = sourceOf(q.Concepts, words, "according")
	if q.Source == nil {
		q.Source = namedSourceOf(q.Concepts, words, "per") // "total nk troops per kyiv"
	}
	if q.Source == nil {
		q.Source, q.SourceDid = speakerOf(q.Concepts, words)
	}
	// "Who is the Russian defence minister ...", "who is nk's defense
	// minister": the first word naming a role is the role asked for.
	if typ == vocab.Person && len(qw) > 0 {
		q.Role = englishRole(q.Concepts) // "defence minister"
	}
	// "Which state news agency ...": the last word describing the answer.
	for i := len(q.Concepts) - 1; i >= 0; i-- {
		if q.Concepts[i].Describes {
			q.Category = q.Concepts[i].Alts
			break
		}
	}
	// "Which car brand ...": the answer names the make ("mobil Aurus"),
	// not the word "brand", as for "mobil merek apa".
	q.Concepts = slices.DeleteFunc(q.Concepts, func(c concept) bool {
		return c.Describes && englishKindFrames[strings.ToLower(c.Label)]
	})
	// "which country" is one phrase of the glossary: the kind it names.
	for _, c := range q.Concepts {
		if f := strings.Fields(strings.ToLower(c.Label)); q.Category == nil && q.Type == vocab.Thing && len(f) == 2 && (f[0] == "which" || f[0] == "what") {
			q.Category = c.Alts
		}
	}
	// "What's the name of Russia's defence minister ...": the name of an
	// office is its holder's.
	if q.Type == vocab.Thing && slices.Contains(words, "name") && q.NameOf == nil {
		if role := englishRole(q.Concepts); role != "" {
			q.Type, q.Role = vocab.Person, role
		}
	}
	// "Which North Korean general ...": a kind that is an office asks
	// for the person holding it.
	for _, c := range q.Concepts {
		if q.Type == vocab.Thing && q.Category != nil && slices.EqualFunc(c.Alts, q.Category, slices.Equal) && englishRoles[strings.ToLower(c.Label)] {
			q.Type, q.Role = vocab.Person, c.Label
		}
	}
}

// englishRole is the label of the first concept naming an office ("defence
// minister"), or "".
func englishRole(concepts []concept) string {
	for _, c := range concepts {
		if slices.ContainsFunc(strings.Fields(strings.ToLower(c.Label)), func(w string) bool { return englishRoles[w] }) {
			return c.Label
		}
	}
	return ""
}

// englishDate reads a day and a month at the start of terms, either way
// round ("Oct 12", "12th October"), and returns dateAlts' alternatives
// and how many terms it read.
func englishDate(terms []vocab.Term) ([][]string, int) {
	if len(terms) < 2 {
		return nil, 0
	}
	month := func(t vocab.Term) string {
		for _, id := range t.Indonesian {
			if monthNumbers[id] > 0 {
				return id
			}
		}
		return ""
	}
	day := func(t vocab.Term) string {
		m := englishDayRe.FindStringSubmatch(strings.ToLower(t.English))
		if m == nil {
			return ""
		}
		return m[1]
	}
	for _, order := range [][2]int{{1, 0}, {0, 1}} { // month-day, day-month
		d, m := day(terms[order[0]]), month(terms[order[1]])
		if d != "" && m != "" {
			alts, _ := dateAlts([]string{d, m})
			return alts, 2
		}
	}
	return nil, 0
}

var englishDayRe = regexp.MustCompile(`^([1-9]|[12][0-9]|3[01])(st|nd|rd|th)?$`)

// answerDescription returns the words between "which"/"what" and the
// verb of an English question ("Which British newspaper did ...", "which
// news agency reported ..."), at most three: they describe the answer.
func answerDescription(words []string) map[string]bool {
	out := map[string]bool{}
	for i, w := range words {
		if w != "which" && w != "what" {
			continue
		}
		for k, d := range words[i+1 : min(i+4, len(words))] {
			if d == "of" && k > 0 && englishKindFrames[words[i+k]] {
				continue // "what kind of missile": the missile describes it
			}
			if englishVerbs[d] || strings.HasSuffix(d, "ed") || englishPrepositions[d] || verbAdverbs[d] {
				break // "which region of Russia": the region, not Russia; "which brigade first clashed": the brigade
			}
			out[d] = true
		}
		break
	}
	return out
}

// goingWords say in English that someone went somewhere, which "to" and
// the place say as well. Not "travel": news says that in words of its
// own (perjalanan), and the word is evidence.
var goingWords = setOf("go", "goes", "went", "going", "gone", "come", "came")

// englishKindFrames say that the noun after "of" is the kind asked for.
var englishKindFrames = setOf("kind", "kinds", "type", "types", "sort", "brand", "make", "model")

// verbAdverbs go with the verb that follows them, ending the description
// of an answer: "Which Ukrainian brigade first clashed ...".
var verbAdverbs = setOf("first", "also", "still", "already", "recently", "ever", "just", "later", "initially", "reportedly", "officially", "actually", "allegedly")

// englishPrepositions end the description of an answer.
var englishPrepositions = setOf("of", "in", "from", "near", "at", "on", "for", "to", "with", "by")

// measureFrames make "how" ask for a measure, not a count.
var measureFrames = setOf("far", "long", "big", "old", "high", "tall", "large", "wide", "deep", "heavy", "fast")

// englishVerbs end the description of an answer: auxiliaries and common
// irregular past tenses.
var englishVerbs = setOf("is", "are", "was", "were", "do", "does", "did", "has", "have", "had", "can", "could", "will", "would", "should",
	"sent", "took", "made", "said", "led", "hit", "shot", "gave", "got", "went", "came", "began", "fought", "won", "lost", "held", "met", "told", "saw", "struck", "built", "brought", "left", "kept", "sold", "paid")

// englishAlts are the Indonesian translations of word as English, or nil
// when neither glossary nor dictionary knows it.
func englishAlts(word string) [][]string {
	return knownAlts(translator().Translate(word))
}

// glossaryAlts are the glossary's translations of word, or nil: an
// acronym ("SRBM") is only one the glossary spells out, not "BUY".
func glossaryAlts(word string) [][]string {
	return knownAlts(vocab.Translate(word))
}

// knownAlts are the index terms of a word's translations, or nil when it
// is not one known word.
func knownAlts(terms []vocab.Term) [][]string {
	if len(terms) != 1 || !terms[0].Known {
		return nil
	}
	var alts [][]string
	for _, id := range terms[0].Indonesian {
		if ts := termsOf(id); len(ts) > 0 {
			alts = append(alts, ts)
		}
	}
	return alts
}

// looseAlts are the thesaurus's synonyms of a word (or of its root) that
// some article holds.
func (s *snapshot) looseAlts(word, term string) [][]string {
	syns := vocab.Thesaurus(word)
	if len(syns) == 0 {
		syns = vocab.Thesaurus(term)
	}
	var out [][]string
	seen := map[string]bool{}
	for _, syn := range syns {
		ts := termsOf(syn)
		key := strings.Join(ts, " ")
		if len(ts) == 0 || len(ts) > 2 || seen[key] || !s.allInCorpus(ts) || slices.ContainsFunc(ts, otherWhenStemmed) {
			continue
		}
		seen[key] = true
		out = append(out, ts)
	}
	return out
}

// splitCompound returns the two words a word no article holds is written
// as in the corpus ("tatasurya" is "tata surya", "sepakbola" "sepak
// bola"): two dictionary roots of three letters or more that articles
// hold, neither a function word ("sembahyang" is no "sembah yang"). It
// returns nil when there is no such split.
func (s *snapshot) splitCompound(word string) []string {
	for i := 3; i <= len(word)-3; i++ {
		left, right := word[:i], word[i:]
		if idana.IsRoot(left) && idana.IsRoot(right) && !stopWords[left] && !stopWords[right] && s.docFreq(left) > 0 && s.docFreq(right) > 0 {
			return []string{left, right}
		}
	}
	return nil
}

// otherWhenStemmed reports whether a synonym's term is a function word or
// a number: stemmed, "bagian" (a part) is "bagi" (for) and "satuan" (a
// unit) is "satu" (one), words every article holds in another sense.
func otherWhenStemmed(term string) bool {
	_, _, number := vocab.ParseNumber([]string{term})
	return stopWords[term] || number
}

func (s *snapshot) allInCorpus(terms []string) bool {
	for _, t := range terms {
		if s.docFreq(t) == 0 {
			return false
		}
	}
	return true
}

// anyInCorpus reports whether any of the words occurs in some article.
func (s *snapshot) anyInCorpus(words []string) bool {
	for _, w := range words {
		if ts := termsOf(w); len(ts) == 1 && s.docFreq(ts[0]) > 0 {
			return true
		}
	}
	return false
}

// addConcept weighs a concept by its idf and adds it unless an identical
// one is there already; it returns the concept added, or nil.
func (s *snapshot) addConcept(q *parsedQuestion, seen map[string]bool, label string, alts [][]string, name int) *concept {
	alts = dedupeAlts(alts)
	if len(alts) == 0 {
		return nil
	}
	key := strings.Join(alts[0], " ")
	if seen[key] {
		return nil
	}
	seen[key] = true
	c := concept{Label: label, Alts: alts, Name: name, Denials: deniedBy(alts)}
	maxDF, inTitles := 0.0, false
	for _, alt := range alts {
		df := math.Inf(1)
		for _, t := range alt {
			df = math.Min(df, s.docFreq(t))
		}
		maxDF = math.Max(maxDF, df)
		inTitles = inTitles || len(alt) == 1 && s.titleFreq(alt[0]) > 0
	}
	c.Absent = maxDF == 0 && !inTitles
	c.Weight = idf(s.docCount, maxDF)
	q.Concepts = append(q.Concepts, c)
	return &q.Concepts[len(q.Concepts)-1]
}

// idf is BM25's inverse document frequency.
func idf(n, df float64) float64 {
	return math.Log(1 + (n-df+0.5)/(df+0.5))
}

func numberAlts(v float64) [][]string {
	if word := vocab.NumberWord(v); word != "" {
		return [][]string{{strconv.FormatInt(int64(v), 10)}, {normTerm(word)}}
	}
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		return [][]string{{strconv.FormatInt(int64(v), 10)}}
	}
	return [][]string{{strconv.FormatFloat(v, 'f', -1, 64)}}
}

// termsOf analyses a word or phrase into index terms, dropping stop words
// unless nothing else is left.
func termsOf(phrase string) []string {
	var all, content []string
	for _, t := range tokenize(phrase) {
		all = append(all, t.Term)
		if !stopWords[t.Fold] {
			content = append(content, t.Term)
		}
	}
	if len(content) > 0 {
		return content
	}
	return all
}

// withoutGuess returns the question's concepts without the guess it ends
// by offering after a comma or before "atau siapa", and the guess's byte
// span: "kapan putin sama kim bersulang, sekitar tanggal 20 juni?",
// "ditandatangani tahun berapa, 1992 kalau nggak salah?", "what was it
// called, Feodossiya?", "itu Kim Yong Sun atau siapa?". The answer
// confirms or corrects a guess, so a guess no article holds is no detail
// the corpus lacks. A guess is a few words after the question's last
// comma, past a question word, that offer what the question asks for: a
// date for when, a figure for how many, a name otherwise; "..., menurut
// Ukraina?" names a source, and "tewas di Kursk, Rusia?" when, a place.
// Only the guess's words no article holds, and its hedges, are dropped.
func withoutGuess(q parsedQuestion) ([]concept, [2]int) {
	toks := q.Tokens
	end := len(toks)
	for end > 0 && (tagFollowers[toks[end-1].Fold] || guessHedges[toks[end-1].Fold]) {
		end-- // "1992 kalau nggak salah?"
	}
	asks := func(t token) bool { return asksSomething(t.Fold) }
	comma, orAsks := -1, false
	if end >= 3 && asks(toks[end-1]) && (toks[end-2].Fold == "atau" || toks[end-2].Fold == "or") {
		orAsks = true
		// "... itu Kim Yong-sun atau siapa sih?": the name before "atau
		// siapa" is the guess.
		or := end - 2
		comma = or
		for comma > 1 && or-comma < maxOption && (capitalised(toks[comma-1].Surface) || q.Text[toks[comma-2].End:toks[comma-1].Start] == "-") {
			comma--
		}
		end = or
	}
	for i := end - 1; comma < 0 && i > 0 && i >= end-maxGuess; i-- {
		if strings.Contains(q.Text[toks[i-1].End:toks[i].Start], ",") {
			comma = i
		}
	}
	if comma < 0 || comma == end || !orAsks && !slices.ContainsFunc(toks[:comma], asks) {
		return q.Concepts, [2]int{}
	}
	start := comma
	for start < end && (hedges[toks[start].Fold] || guessOpeners[toks[start].Fold]) {
		start++ // "sekitar tanggal 20 juni", "around October 5th"
	}
	guess := toks[start:end]
	if len(guess) == 0 || slices.ContainsFunc(guess, asks) || !offers(q, guess) {
		return q.Concepts, [2]int{}
	}
	in := map[string]bool{} // the words from the comma on, and their standard forms ("nggak": tidak)
	for _, t := range toks[comma:] {
		in[t.Fold] = true
		for _, std := range vocab.Expand(t.Fold) {
			for _, w := range strings.Fields(std) {
				in[w] = true
			}
		}
	}
	hedging := func(w string) bool { return hedges[w] || guessHedges[w] || guessOpeners[w] || tagFollowers[w] }
	kept := slices.DeleteFunc(slices.Clone(q.Concepts), func(c concept) bool {
		words := strings.Fields(strings.ToLower(c.Label))
		inGuess := !slices.ContainsFunc(words, func(w string) bool { return !in[w] })
		// A guess some article holds may be the question's subject
		// ("Menjabat sebagai kepala badan apakah, Kusmayanto Kadiman?")
		// or right: it stays.
		return inGuess && (c.Absent || !slices.ContainsFunc(words, func(w string) bool { return !hedging(w) }))
	})
	if len(kept) == 0 {
		return q.Concepts, [2]int{}
	}
	return kept, [2]int{toks[comma].Start, toks[end-1].End}
}

// offers reports whether guess, a question's closing words, offers what
// the question asks for: a date or a figure, or a name of capitalised
// words.
func offers(q parsedQuestion, guess []token) bool {
	dated := slices.ContainsFunc(guess, func(t token) bool { return months[t.Fold] || yearRe.MatchString(t.Term) })
	switch q.Type {
	case vocab.Date:
		return dated
	case vocab.Number: // a figure, not the date a count is asked at ("..., as of April 2025?")
		return !dated && slices.ContainsFunc(guess, func(t token) bool { return isDigit(firstDigitRun(t.Fold)) || numberWords[t.Fold] })
	case vocab.Person, vocab.Place, vocab.Thing:
		return !slices.ContainsFunc(guess, func(t token) bool { return !capitalised(t.Surface) || countries[t.Fold] })
	}
	return false
}

// maxGuess is the most words a closing guess has, hedges included.
const maxGuess = 6

var (
	// guessHedges close a guess: "1992 kalau nggak salah?", "..., right?"
	guessHedges = setOf("kalau", "kalo", "klo", "nggak", "gak", "ga", "enggak", "tidak", "salah", "kayaknya", "rasanya", "bukan", "right", "i", "think", "or", "so", "something")
	// guessOpeners open one: "sekitar tanggal 20 juni", "was it October 5th"
	guessOpeners = setOf("tanggal", "tgl", "tahun", "thn", "mungkin", "maybe", "like", "was", "it", "is", "kah")
)

// eitherOf returns the question's concepts with the two options a
// question ends by offering ("diteken tahun 1991 atau tahun 2000?",
// "Japan or the United States?") made one concept: the answer names one
// of them, and the other, which no article may hold, is no detail the
// corpus lacks. The options are what follows the last "atau" or "or",
// to the end, and as many words before it, back to a comma, a question
// word or a function word ("di Vladivostok atau di kosmodrom Vostochny").
func eitherOf(q parsedQuestion) ([]concept, [2]int) {
	toks := q.Tokens
	end := len(toks)
	for end > 0 && tagFollowers[toks[end-1].Fold] && toks[end-1].Fold != "atau" {
		end-- // "... atau 5 Oktober ya?"
	}
	or := -1
	for i := end - 2; i >= 1 && i >= end-maxOption-1; i-- {
		if (toks[i].Fold == "atau" || toks[i].Fold == "or") && toks[i].Surface != "OR" { // not "Bandara OR Tambo"
			or = i
			break
		}
	}
	if or < 0 || slices.ContainsFunc(toks[or+1:end], func(t token) bool { return isQuestionWord(t.Fold) }) {
		return q.Concepts, [2]int{} // "di kota atau wilayah mana": the kinds of what is asked
	}
	// An option is a name or a noun phrase: a function word may open it
	// ("a Storm Shadow", "di kosmodrom Vostochny") but not stand inside
	// it ("died or were wounded in Kursk" joins verbs).
	functionWord := func(w string) bool { return stopWords[w] || vocab.IsEnglishStop(w) }
	if slices.ContainsFunc(toks[or+2:end], func(t token) bool { return functionWord(t.Fold) }) {
		return q.Concepts, [2]int{}
	}
	start := or
	for start > 0 && or-start < end-or-1 && !strings.Contains(q.Text[toks[start-1].End:toks[start].Start], ",") {
		f := toks[start-1].Fold
		if isQuestionWord(f) || functionWord(f) {
			break // "Donetsk an ATACMS or a Storm Shadow": the option opens after "an"
		}
		start--
	}
	side := map[string]int{} // a word's option: 1 the first, 2 the second
	for _, t := range toks[start:or] {
		side[t.Fold] |= 1
	}
	for _, t := range toks[or+1 : end] {
		side[t.Fold] |= 2
	}
	var in []int
	sides := 0
	for i, c := range q.Concepts {
		of := 0
		for _, w := range strings.Fields(strings.ToLower(c.Label)) {
			if side[w] == 0 {
				of = -1
				break
			}
			of |= side[w]
		}
		if of > 0 {
			in = append(in, i)
			sides |= of
		}
	}
	if sides != 3 || !slices.ContainsFunc(in, func(i int) bool { return !q.Concepts[i].Absent }) {
		// Neither option in any article: each is a detail the corpus
		// lacks, and a name ("an ATACMS or a Storm Shadow") unknown.
		return q.Concepts, [2]int{}
	}
	merged := q.Concepts[in[0]]
	merged.Alts = slices.Clone(merged.Alts)
	merged.Loose = slices.Clone(merged.Loose)
	merged.Name = 0
	for _, i := range in[1:] {
		c := q.Concepts[i]
		merged.Alts = append(merged.Alts, c.Alts...)
		merged.Loose = append(merged.Loose, c.Loose...)
		merged.Weight = max(merged.Weight, c.Weight)
		merged.Absent = merged.Absent && c.Absent
	}
	merged.Alts = dedupeAlts(merged.Alts)
	var out []concept
	for i, c := range q.Concepts {
		switch {
		case i == in[0]:
			out = append(out, merged)
		case !slices.Contains(in, i):
			out = append(out, c)
		}
	}
	return out, [2]int{toks[start].Start, toks[end-1].End}
}

// withoutOptions is the question's text without the options it ends by
// offering: a year offered ("tahun 1991 atau tahun 2000?") is no year the
// question is about.
func (q parsedQuestion) withoutOptions() string {
	if q.Options[1] == 0 {
		return q.Text
	}
	return q.Text[:q.Options[0]] + q.Text[q.Options[1]:]
}

// maxOption is the most words an option offered at the end of a question
// may have: "Jumat 25 April".
const maxOption = 4

var questionWords = map[string]bool{"berapa": true, "kapan": true, "siapa": true, "mana": true, "mengapa": true, "kenapa": true, "bagaimana": true, "apa": true, "apakah": true, "bilamana": true}

func isQuestionWord(term string) bool { return questionWords[term] }

func dedupeAlts(alts [][]string) [][]string {
	seen := map[string]bool{}
	out := alts[:0]
	for _, a := range alts {
		if len(a) == 0 {
			continue
		}
		k := strings.Join(a, " ")
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, a)
	}
	return out
}

func sortConcepts(cs []concept) {
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0 && cs[j].Weight > cs[j-1].Weight; j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
		}
	}
}

func isDigit(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// truncateRunes cuts s to at most n runes.
func truncateRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
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

// translator is the English→Indonesian glossary, with FreeDict's
// English–Indonesian dictionary (embedded) behind it for words the
// glossary lacks.
var translator = sync.OnceValue(func() *vocab.Translator {
	d, err := vocab.FreeDict()
	if err != nil {
		return vocab.NewTranslator(nil) // cannot happen with the embedded file; the glossary still works
	}
	return vocab.NewTranslator(d)
})

// acronymAsked returns, lower case, the acronym a question asks to spell
// out ("Apakah kepanjangan dari HIV?", "singkatan dari apa NIS", "What
// does NIS stand for?"): a word of two to eight capitals in a question
// holding one of expansionWords; "" for none.
func acronymAsked(text string) string {
	toks := tokenize(text)
	if !slices.ContainsFunc(toks, func(t token) bool { return expansionWords[t.Fold] }) {
		return ""
	}
	for _, t := range toks {
		if n := len(t.Surface); n >= 2 && n <= 8 && strings.ToUpper(t.Surface) == t.Surface && strings.ToLower(t.Surface) != t.Surface && !isDigit(firstDigitRun(t.Surface)) {
			return t.Fold
		}
	}
	return ""
}

// emphasised reports whether toks[i], a word in capitals, is a plain word
// written so for emphasis ("namanya SIAPA", "JAUH BGT"), not an acronym:
// a function word or a question word of four letters or more, or a root
// beside another such word in capitals ("Kapankah PETA dibubarkan?" asks
// about an acronym).
func emphasised(toks []token, i int) bool {
	t := toks[i]
	if !acronym(t.Surface) || utf8.RuneCountInString(t.Surface) < 4 {
		return false
	}
	if stopWords[t.Fold] || asksSomething(t.Fold) {
		return true
	}
	plain := func(u token) bool {
		return acronym(u.Surface) && utf8.RuneCountInString(u.Surface) >= 3 &&
			(idana.IsRoot(u.Fold) || stopWords[u.Fold] || asksSomething(u.Fold) || vocab.Expand(u.Fold) != nil)
	}
	return idana.IsRoot(t.Fold) && (i > 0 && plain(toks[i-1]) || i+1 < len(toks) && plain(toks[i+1]))
}

// innerCapital reports whether a short word has a capital after its
// first letter, as shorthand does ("MinDef", "MoD"): like an acronym, the
// glossary may spell it out.
func innerCapital(word string) bool {
	n := utf8.RuneCountInString(word)
	_, first := utf8.DecodeRuneInString(word)
	return n >= 3 && n <= 8 && strings.ToLower(word[first:]) != word[first:]
}

var expansionWords = setOf("kepanjangan", "kepanjangannya", "singkatan", "singkatannya", "akronim", "stand", "stands", "abbreviation", "acronym",
	"full", "complete", "mean", "means", "meaning") // "full name of NIS", "What means NIS?"

// cutPossessive cuts an English possessive: "Seoul's" is "Seoul".
func cutPossessive(w string) (string, bool) {
	for _, suffix := range []string{"'s", "’s"} {
		if base, ok := strings.CutSuffix(w, suffix); ok && base != "" {
			return base, true
		}
	}
	return w, false
}

// pronounSlot reports whether toks[i] stands where chat puts its "I"
// ("gua penasaran ...", "menurut gua", "yg gua tau"): opening the
// question, after a word that takes a person, or before one a person
// does. "gua" elsewhere is a cave.
func pronounSlot(toks []token, i int) bool {
	return i == 0 || beforePronoun[toks[i-1].Fold] || i+1 < len(toks) && afterPronoun[toks[i+1].Fold]
}

var (
	beforePronoun = setOf("menurut", "kata", "buat", "sama", "ama", "yg", "yang", "kalo", "kalau", "bagi", "utk", "untuk")
	afterPronoun  = setOf("mau", "pengen", "pengin", "ingin", "penasaran", "bingung", "tau", "tahu", "denger", "dengar", "baca", "liat",
		"lihat", "pikir", "kira", "rasa", "ga", "gak", "gk", "nggak", "ngga", "udah", "udh", "sudah", "lagi", "juga", "cuma", "masih", "belum",
		"blm", "pernah", "nanya", "tanya", "bisa", "lupa", "inget", "ingat", "cari", "nyari", "butuh", "perlu", "dapet", "dapat", "kok")
)

// sceneWeight is the share of its weight a word keeps that only the
// sentences setting a question's scene hold ("Pada tahun 2024 Korea Utara
// mulai mengirim tentaranya untuk membantu Rusia. ... Berapa jumlah
// tentara yang dikirim?"): the answer tells what the asking sentence
// asks, and need not repeat the scene (swept on the seen sets: 0.5
// against 1 and 0.3).
const sceneWeight = 0.5
