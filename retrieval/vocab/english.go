package vocab

import (
	"slices"
	"strings"
	"unicode"
)

// token is one word of a question: lower is what tables are keyed on, orig
// keeps the case the user typed (to tell "US" from "us", "May" from "may").
type token struct {
	lower, orig string
}

// tokenize splits text into words, keeping the dots and commas inside numbers
// ("14,000") and hyphens and apostrophes inside words, and dropping an
// English possessive ("Korea's" → "korea").
func tokenize(text string) []token {
	text = strings.ToValidUTF8(text, " ")
	fields := strings.FieldsFunc(text, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == ',' || r == '-' || r == '\'' || r == '’')
	})
	toks := make([]token, 0, len(fields))
	for _, f := range fields {
		f = strings.Trim(f, ".,-'’")
		for _, suffix := range []string{"'s", "’s", "'S", "’S"} {
			f = strings.TrimSuffix(f, suffix)
		}
		if f == "" {
			continue
		}
		if f == "U.S" || f == "u.s" { // "U.S." lost its last dot to Trim
			f = "U.S."
		}
		toks = append(toks, token{lower: strings.ToLower(f), orig: f})
	}
	return toks
}

// englishStop are English function words: frequent, and never Indonesian
// words, so they are evidence of English. "as" is left out because Indonesian
// writes AS for the United States.
var englishStop = setOf(`the a an of to in on at by for with from into about besides as
	is are was were be been being am do does did done has have had having will would
	shall should can could may might must and or but if then than that this these
	those it its they them their he him his she her we us our you your i me my
	there here what which who whom whose when where why how many much
	according going get got not no any some such so very just also
	up down off out back over away yo hey hi guys lol pls plz please actually really
	exactly finally basically kinda even ever now currently supposedly later
	wait btw um uh hmm ok okay tho anyway anyways name names true
	r u ur rn bc cuz abt wat wut w else lmao lmfao tbh ngl fr imo imho idk smth sth bruh
	wanna gonna gotta something
	i've i'm i'd i'll you're we're they're there's it's that's isn't aren't wasn't weren't
	don't doesn't didn't can't won't haven't hasn't`)

// IsEnglishStop reports whether w (lower case) is an English function word.
func IsEnglishStop(w string) bool { return englishStop[w] }

// indonesianStop are Indonesian function words and question words, plus every
// chat-style form in the slang table that is not also an English word of the
// glossary ("nk", "feb"), as evidence of Indonesian.
var indonesianStop = func() map[string]bool {
	m := setOf(`yang dan di ke dari ini itu dengan untuk pada oleh dalam ada adalah
		akan sudah telah belum tidak bukan juga atau karena bisa dapat saja lagi
		masih sedang mereka kami kita saya dia ia apa apakah siapa siapakah kapan
		kapankah berapa berapakah mengapa kenapa bagaimana bagaimanakah mana dimana
		dimanakah tersebut serta hingga sampai antara sebagai bahwa para sejak setelah
		sebelum saat ketika jika kalau tahun bulan hari menurut kata tentang
		terhadap seperti lebih banyak semua pun lah nya tetapi namun yaitu yakni`)
	for w := range slang {
		if !englishStop[w] && glossary[w] == nil {
			m[w] = true
		}
	}
	return m
}()

func setOf(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// englishQuestionStart are words that open an English question.
var englishQuestionStart = setOf(`what which who whom whose when where why how
	is are was were do does did has have can could will would`)

// IsEnglish reports whether text is an English question or sentence rather
// than Indonesian (standard or chat-style). It counts function words of each
// language: English wins with at least two English function words and more
// than twice as many as Indonesian ones, or with a single English question
// word opening a sentence of three or more words that has no Indonesian
// function word at all, or when three words or more, none of them an
// Indonesian function word or affixed word, are at least half words the
// English glossary knows (keywords: "NIS South Korea full name"). Names alone ("Kim Jong Un"), mixed sentences and
// anything too short are not English.
func IsEnglish(text string) bool {
	var en, id, words, glossed int
	firstQuestion := false
	for i, t := range tokenize(text) {
		if !hasLetter(t.lower) {
			continue
		}
		words++
		if slices.ContainsFunc(fold(t.lower), func(f string) bool { return glossary[f] != nil }) {
			glossed++
		}
		if englishStop[t.lower] {
			en++
			if i == 0 && englishQuestionStart[t.lower] {
				firstQuestion = true
			}
		}
		if indonesianStop[t.lower] || hasIndonesianAffix(t.lower) {
			id++
			if i == 0 && questionWords[t.lower] != Unknown {
				// An Indonesian question around an English title:
				// "Kapan novel We Need to Talk About Kevin dirilis?"
				id += 2
			}
		}
	}
	switch {
	case en >= 2 && en > 2*id:
		return true
	case en == 1 && id == 0 && firstQuestion && words >= 3:
		return true
	case id == 0 && words >= 3 && 2*glossed >= words:
		// Keywords typed as into a search box: "NIS South Korea full
		// name", "Ukraine estimate total NK troops sent".
		return true
	}
	return false
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// hasIndonesianAffix spots the commonest Indonesian derivations: the passive
// di-…-kan/-i, meng-/mem-/peng- stems and the -nya suffix. English words
// rarely take these shapes, and the evidence only needs to tip mixed text.
func hasIndonesianAffix(w string) bool {
	if len(w) < 6 {
		return false
	}
	switch {
	case strings.HasSuffix(w, "nya") && !strings.HasSuffix(w, "enya"):
		return true
	case strings.HasPrefix(w, "di") && (strings.HasSuffix(w, "kan") || strings.HasSuffix(w, "kah")):
		return true
	case strings.HasPrefix(w, "meng") || strings.HasPrefix(w, "peng") || strings.HasPrefix(w, "meny"):
		return true
	case strings.HasPrefix(w, "ber") && strings.HasSuffix(w, "an"):
		return true
	}
	return false
}
