package retrieval

// Abstention rules that read what the best quote's sentences tell against
// what the question asks for: a place, a role's holder, a count of one
// fate, a weapon's model, a destination. Each is called from askTraced on
// the best candidate and turns its evidence to zero when the quote does
// not give what is asked.

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kutip/kutip/retrieval/vocab"
)

// townUnnamed reports whether a question asking in which town or village
// ("di kota mana", "which city") has a quote, as it will be shown, whose
// sentences about what is asked place it in a country and name no other
// place after a place word but those the question names: "akan bertemu
// ... di Iran" does not say in which city. Short passages are left alone,
// as for namesTheKind.
func (s *snapshot) townUnnamed(qa parsedQuestion, c candidate, article articleWords) bool {
	if !asksForTown(qa) {
		return false
	}
	if _, _, words := article(); words < minLongArticle {
		return false
	}
	country := false
	start, end := s.extend(c, vocab.Unknown)
	for _, sent := range s.sentencesAbout(qa, c.Article, start, end) {
		toks := sent.toks
		for i := 1; i < len(toks); i++ {
			t := toks[i]
			if !placeWords[toks[i-1].Fold] || !capitalised(t.Surface) || notAPlace(toks, i) {
				continue
			}
			if !countries[t.Fold] && !qa.QuestionTerms[t.Term] && !acronym(t.Surface) || i >= 2 && apposedPlace(sent.text, toks, i-2) {
				return false
			}
			country = country || countries[t.Fold]
		}
	}
	return country
}

// apposedPlace reports whether toks[i] is a name that a kind of place
// after a comma sets in a larger one: "pembebasan Kursk, wilayah Rusia"
// names Kursk.
func apposedPlace(text string, toks []token, i int) bool {
	if i+1 >= len(toks) || !placeKinds[toks[i+1].Fold] {
		return false
	}
	t := toks[i]
	return strings.TrimSpace(text[t.End:toks[i+1].Start]) == "," && capitalised(t.Surface) && !countries[t.Fold] && !acronym(t.Surface)
}

// placeKinds are the place words that name a kind of place, not a
// preposition.
var placeKinds = func() map[string]bool {
	prepositions := setOf("di", "ke", "dari", "dekat", "in", "at", "from", "near")
	m := map[string]bool{}
	for w := range placeWords {
		if !prepositions[w] {
			m[w] = true
		}
	}
	return m
}()

// destinationSwapped reports whether the question names where someone
// went ("kunjungan Kim ke Moskow") and the quote, which never gives that
// destination after "ke", has a sentence telling of going the same way
// elsewhere and not naming it at all: "Putin melakukan kunjungan langka
// ke Pyongyang".
func (s *snapshot) destinationSwapped(qa parsedQuestion, c candidate) bool {
	if qa.Destination == nil {
		return false
	}
	text := s.articles[c.Article].Text
	swapped := false
	for _, sent := range s.sentences[c.Article][c.First : c.Last+1] {
		toks := tokenize(text[sent.Start:sent.End])
		terms := termSetOf(toks)
		// The sentence tells of going as the question does, or of a
		// visit, elsewhere.
		other := !altsIn(qa.Destination, terms) && (altsIn(qa.Going, terms) || slices.ContainsFunc(toks, func(t token) bool { return visitTerms[t.Term] }))
		for i := 1; i < len(toks); i++ {
			if toks[i-1].Fold != "ke" || !capitalised(toks[i].Surface) {
				continue
			}
			if altsIn(qa.Destination, termSetOf(toks[i:min(i+3, len(toks))])) {
				return false // "ke Moskow"
			}
			swapped = swapped || other
		}
	}
	return swapped
}

// visitedElsewhere reports whether a when-question names where someone
// went ("kpn kim jong un kunjungan ke moskow") and the quote tells of a
// visit without saying where ("bersulang selama kunjungan mereka pada 19
// Juni"), in an article whose visits go elsewhere ("Putin berkunjung ke
// Korea Utara") and never where the question says: the quote's visit is
// that other one.
func (s *snapshot) visitedElsewhere(qa parsedQuestion, c candidate) bool {
	if qa.Destination == nil || qa.Type != vocab.Date {
		return false
	}
	text := s.articles[c.Article].Text
	sents := s.sentences[c.Article]
	quote := tokenize(text[sents[c.First].Start:sents[c.Last].End])
	if !slices.ContainsFunc(quote, func(t token) bool { return visitTerms[t.Term] }) {
		return false
	}
	for i := 1; i < len(quote); i++ {
		if towards[quote[i-1].Fold] && capitalised(quote[i].Surface) {
			return false // the quote says where: destinationSwapped's case
		}
	}
	toks := tokenize(text)
	elsewhere := false
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].Fold != "ke" || !capitalised(toks[i+1].Surface) || !slices.ContainsFunc(toks[max(i-3, 0):i], func(t token) bool { return visitTerms[t.Term] }) {
			continue
		}
		end := i + 2 // the place's name: its capitalised words, up to a stop
		for end < len(toks) && end < i+4 && capitalised(toks[end].Surface) && strings.TrimSpace(text[toks[end-1].End:toks[end].Start]) == "" {
			end++
		}
		if altsIn(qa.Destination, termSetOf(toks[i+1:end])) {
			return false // a visit to where the question says
		}
		elsewhere = true
	}
	return elsewhere
}

// visitTerms tell of a visit.
var visitTerms = setOf("kunjung", "lawat")

// tripUntold reports whether a when-question asks when someone went
// somewhere ("when did kim jong un fly to moscow to meet putin?") and the
// quote names neither the place nor any going: it dates something else
// they did ("Pada hari Senin, Kim Jong Un mengucapkan selamat ...").
func tripUntold(qa parsedQuestion, quote map[string]bool) bool {
	if qa.Type != vocab.Date || qa.Destination == nil || altsIn(qa.Destination, quote) || tripInClause(qa) {
		return false
	}
	for t := range quote {
		if visitTerms[t] || tripTerms[t] {
			return false
		}
	}
	return true
}

// tripInClause reports whether the question's going is a clause that
// dates what it asks: "Pakta ditandatangani saat Putin ke Pyongyang, tapi
// pada bulan apa kedua pemimpin meratifikasinya?" asks of the ratifying.
func tripInClause(qa parsedQuestion) bool {
	toks := qa.Tokens
	for i := 1; i+1 < len(toks); i++ {
		if !towards[toks[i].Fold] || !altsIn(qa.Destination, termSetOf(toks[i+1:min(i+4, len(toks))])) { // "ke Korea Utara"
			continue
		}
		if slices.ContainsFunc(toks[max(i-4, 0):i], func(t token) bool { return clauseOpeners[t.Fold] }) {
			return true
		}
	}
	return false
}

// clauseOpeners open a clause that dates another event.
var clauseOpeners = union(temporalConnectives, setOf("saat", "ketika", "sewaktu", "selama", "when", "while", "during"))

// tripTerms tell of going somewhere.
var tripTerms = setOf("datang", "tiba", "terbang", "berangkat", "pergi", "jalan", "kirim", "kerah", "utus", "pindah", "tempat", "singgah")

// roleUnnamed reports whether a who-question asking for a role ("Siapa
// nama Menteri Pertahanan Rusia", "kepala NIS siapa") has, from a whole
// story, a quote whose sentences about what is asked name no person.
func (s *snapshot) roleUnnamed(qa parsedQuestion, c candidate, article articleWords) bool {
	if qa.Type != vocab.Person || qa.Role == "" {
		return false
	}
	if _, _, words := article(); words < minWholeStory {
		return false
	}
	sents := s.sentences[c.Article]
	if bylines(s.articles[c.Article].Text, sents[c.First:c.Last+1]) {
		return false // "Fitra Iskandar / Reporter": the name is a line of its own
	}
	for _, sent := range s.sentencesAbout(qa, c.Article, sents[c.First].Start, sents[c.Last].End) {
		if typeMatch(qa, sent.text, sent.toks) {
			return false
		}
	}
	return true
}

// countOfAnotherFate reports whether a how-many question asks for people
// of one fate (captured, killed, wounded, sent) and every sentence of the
// quote that holds a count tells of another: "12.000 tentara dikirim" does
// not count the prisoners "ditawan", nor the dead.
func (s *snapshot) countOfAnotherFate(qa parsedQuestion, c candidate) bool {
	if qa.Type != vocab.Number {
		return false
	}
	asked := fatesOf(qa.QuestionTerms)
	if len(asked) == 0 {
		return false
	}
	text := s.articles[c.Article].Text
	other := false
	for _, sent := range s.sentences[c.Article][c.First : c.Last+1] {
		if !holdsCount(qa, text[sent.Start:sent.End]) && !(roughCountAnswers(qa) && holdsRoughCount(text[sent.Start:sent.End])) {
			continue
		}
		told := fatesOf(termSetOf(tokenize(text[sent.Start:sent.End])))
		for k := range told {
			if asked[k] {
				return false
			}
		}
		other = other || len(told) > 0
	}
	return other
}

// countOfAnotherNation reports whether a how-many question counts one
// nation's people ("How many Russian soldiers died", "berapa tentara
// Rusia yang tewas") and every count of people in the quote is of
// another's: "Ribuan tentara Korea Utara ... telah tewas".
func (s *snapshot) countOfAnotherNation(qa parsedQuestion, c candidate) bool {
	if qa.Type != vocab.Number {
		return false
	}
	asked := nationCounted(qa, false)
	if asked == "" {
		return false
	}
	text := s.articles[c.Article].Text[c.Start:c.End]
	return countsOnlyOthers(qa, text, tokenize(text), asked, false)
}

// countsOnlyOthers reports whether toks (words of text) count people, and
// drones with drones set, of a named nation, every such count another
// nation's than asked.
func countsOnlyOthers(qa parsedQuestion, text string, toks []token, asked string, drones bool) bool {
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Fold
	}
	other := false
	for j := 1; j < len(toks); j++ {
		end := countedNounEnd(words, j, drones)
		if end < 0 || !(isCount(qa, text, toks, j-1) || roughCounts[words[j-1]]) {
			continue
		}
		switch owner, _ := ownerAt(words, end); owner {
		case asked:
			return false
		case "":
		default:
			other = true
		}
	}
	return other
}

// nationCounted is the country whose people (or drones, with drones set)
// a how-many question counts: "tentara Rusia", "Russian soldiers",
// "tentara korut", "drone Rusia"; "" when none.
func nationCounted(qa parsedQuestion, drones bool) string {
	words := ownerWords(qa)
	for i, w := range words {
		end := countedNounEnd(words, i, drones)
		if end < 0 {
			continue
		}
		if owner, _ := ownerAt(words, end); owner != "" && !qa.English {
			return owner
		}
		// English order, in an English question or for an English noun
		// in an Indonesian one: "brp Russian soldiers died ...".
		for j := max(0, i-2); j < i && (qa.English || englishPeople[w] || droneNouns[w]); j++ {
			if owner, n := ownerAt(words, j); owner != "" && j+n == i {
				return owner
			}
		}
	}
	return ""
}

// countedNounEnd returns, when words[i] opens a noun whose nation a count
// gives ("tentara Rusia"; with drones set, "pesawat nirawak Ukraina",
// "drone Rusia" too), the index right after it; -1 otherwise.
func countedNounEnd(words []string, i int, drones bool) int {
	if peopleNouns[words[i]] || drones && droneNouns[words[i]] {
		return i + 1
	}
	if drones && words[i] == "pesawat" && i+1 < len(words) && words[i+1] == "nirawak" {
		return i + 2
	}
	return -1
}

var droneNouns = setOf("drone", "drones")

// peopleNouns are the words that count soldiers and casualties, as news
// writes them.
var (
	englishPeople = setOf("soldiers", "troops", "officers", "personnel")
	peopleNouns   = union(setOf("tentara", "korban", "pasukan", "prajurit", "serdadu", "personel", "perwira", "petugas"), englishPeople)
)

// holdsCount reports whether a sentence holds a count the question does
// not.
func holdsCount(qa parsedQuestion, sentence string) bool {
	return holdsCountIn(qa, sentence, tokenize(sentence))
}

// roughCountAnswers reports whether "ribuan" answers the question: not
// when it asks for the exact number ("jumlah pasti", "exactly").
func roughCountAnswers(qa parsedQuestion) bool {
	return !slices.ContainsFunc(qa.Tokens, func(t token) bool { return exactWords[t.Fold] })
}

// countsRoughly reports whether toks count in round words ("ribuan") a
// question asking how many, not how much, how long or exactly how many,
// would take for an answer.
func countsRoughly(qa parsedQuestion, toks []token) bool {
	return qa.Units == nil && !qa.Money && slices.ContainsFunc(toks, func(t token) bool {
		return roughCounts[t.Fold] && !qa.QuestionTerms[t.Term]
	}) && roughCountAnswers(qa)
}

// holdsRoughCount reports whether a sentence counts in round words:
// "Ribuan tentara Korea Utara ... telah tewas atau terluka".
func holdsRoughCount(sentence string) bool {
	return slices.ContainsFunc(tokenize(sentence), func(t token) bool { return roughCounts[t.Fold] })
}

var (
	exactWords  = setOf("pasti", "persis", "pastinya", "exact", "exactly", "precise", "precisely")
	roughCounts = setOf("ribuan", "ratusan", "puluhan", "belasan", "jutaan", "thousands", "hundreds", "dozens", "millions")
)

// fatesOf returns the indexes into fates of the fates terms tell of.
func fatesOf(terms map[string]bool) map[int]bool {
	out := map[int]bool{}
	for k, fate := range fates {
		for t := range fate {
			if terms[t] {
				out[k] = true
			}
		}
	}
	return out
}

// fates are what news counts soldiers and people by, as index terms, one
// fate a set: a count of the sent is no count of the captured. Casualties
// ("korban") are the dead and the wounded.
var fates = []map[string]bool{
	setOf(termOf("ditawan"), termOf("tawanan"), "captured", "prisoner", "prisoners", "pows", "pow"),
	setOf(termOf("tewas"), termOf("meninggal"), termOf("gugur"), termOf("terbunuh"), termOf("korban"), "killed", "dead", "died", "die", "fallen", "casualties"),
	setOf(termOf("terluka"), termOf("cedera"), termOf("korban"), "wounded", "injured", "casualties"),
	setOf(termOf("dikirim"), termOf("dikerahkan"), "sent", "deployed"),
}

// weaponUnnamed reports whether a question asking which weapon has a
// quote, as it will be shown, whose sentences about what is asked name
// no model after a weapon word: a new capitalised word or a code such as
// "Fas-360" within five words ("rudal balistik jarak pendek Fas-360"); a
// country is no model ("misil Ukraina"). Short passages are left alone,
// as for namesTheKind.
func (s *snapshot) weaponUnnamed(qa parsedQuestion, c candidate, article articleWords) bool {
	if !qa.Weapon {
		return false
	}
	if _, _, words := article(); words < minLongArticle {
		return false
	}
	start, end := s.extend(c, vocab.Unknown)
	for _, sent := range s.sentencesAbout(qa, c.Article, start, end) {
		toks := sent.toks
		for i, t := range toks {
			if !weaponKinds[t.Term] {
				continue
			}
			for _, u := range toks[i+1 : min(i+6, len(toks))] {
				if placeWords[u.Fold] {
					break // "misil Ukraina di dekat Donetsk": a place, no model
				}
				if capitalised(u.Surface) && !qa.QuestionTerms[u.Term] && !countries[u.Fold] || modelCodeRe.MatchString(u.Surface) {
					return false
				}
			}
		}
	}
	return true
}

// modelCodeRe matches a model's code: letters and digits, hyphenated.
var modelCodeRe = regexp.MustCompile(`^\pL+-?\d+\pL*$`)

// asksForTown reports whether the kind the question asks for, as asked,
// is a town or a village: "region" has "kota" among its synonyms.
func asksForTown(qa parsedQuestion) bool {
	return towns[qa.kind()]
}

// placeUnnamed reports whether a question asking where ("di mana", "di
// kota mana", "where") or in which town has a quote whose sentences about
// what is asked name no place the question does not: "Presiden Putin akan
// bertemu dengan Presiden Iran" tells when, and "... berlatih di Iran"
// before it is about something else. "Negara mana ..." may ask for a
// thing, and a passage short of a whole story may leave the place to the
// rest of it, so both are left alone.
func (s *snapshot) placeUnnamed(qa parsedQuestion, c candidate, article articleWords) bool {
	if !(qa.Type == vocab.Place && whereRe.MatchString(qa.Text) || asksForTown(qa)) {
		return false
	}
	if _, _, words := article(); words < minWholeStory {
		return false
	}
	sents := s.sentences[c.Article]
	for _, sent := range s.sentencesAbout(qa, c.Article, sents[c.First].Start, sents[c.Last].End) {
		if placed(qa, sent.text, sent.toks) {
			return false
		}
	}
	return true
}

// placed reports whether a sentence names a place the question does not:
// after a place word ("di Kursk"), or a country not as an office's or a
// people's ("Presiden Iran", "pemimpin Korea Utara"): "SEA Games XXII,
// Vietnam 2003", "mengirim personel ke pasukan Rusia".
func placed(qa parsedQuestion, text string, toks []token) bool {
	origin := originAskedRe.MatchString(qa.Text)
	for i, t := range toks {
		if !capitalised(t.Surface) || qa.QuestionTerms[t.Term] {
			continue
		}
		if i > 0 && placeWords[toks[i-1].Fold] && !notAPlace(toks, i) || apposedPlace(text, toks, i) {
			return true
		}
		if countries[t.Fold] && (i == 0 || !capitalised(toks[i-1].Surface) && !titleWords[toks[i-1].Fold] || strings.Contains(text[toks[i-1].End:t.Start], ",") || origin) {
			return true
		}
	}
	return false
}

// originAskedRe asks which country someone comes from: then an office's
// country answers ("Presiden FMR Estonia" for "Tokoh dari negara mana").
var originAskedRe = regexp.MustCompile(`(?i)\b(dari|asal)\s+negara\s+(mana|manakah|apa|apakah)\b|\bfrom\s+(which|what)\s+country\b`)

// notAPlace reports whether the capitalised word toks[i], after a place
// word, is a point of the compass standing alone: "sanksi berat dari
// Barat" names the West, not a place where something happened.
func notAPlace(toks []token, i int) bool {
	return compass[toks[i].Fold] && (i+1 == len(toks) || !capitalised(toks[i+1].Surface))
}

var compass = setOf("barat", "timur", "utara", "selatan", "west", "east", "north", "south")

// acronym reports whether a word is written in capitals, as an
// organisation is ("di PBB"), never a town.
func acronym(word string) bool {
	return utf8.RuneCountInString(word) > 1 && strings.ToUpper(word) == word && strings.ToLower(word) != word
}

// sentencesAbout returns the sentences of an article from start to end
// that are about what the question asks: one holding a word of it, or one
// pointing back at such a sentence ("Tokoh ini sangat populer di kalangan
// masyarakat Pulau Jawa"). A caption or a neighbour about something else
// is left out.
func (s *snapshot) sentencesAbout(qa parsedQuestion, article, start, end int) []sentence {
	text := s.articles[article].Text
	var out []sentence
	about := false // the sentence before was about what is asked
	for _, sent := range s.sentences[article] {
		if sent.Start < start || sent.End > end {
			continue
		}
		toks := tokenize(text[sent.Start:sent.End])
		terms := termSetOf(toks)
		about = slices.ContainsFunc(qa.Concepts, func(k concept) bool { return altsIn(k.Alts, terms) }) || about && refersBack(toks)
		if about {
			out = append(out, sentence{text[sent.Start:sent.End], toks})
		}
	}
	return out
}

// sentence is a sentence's text and its words, their offsets into it.
type sentence struct {
	text string
	toks []token
}

// minWholeStory is the length, in words, from which an article is a whole
// story rather than a paragraph: a paragraph of an encyclopedia or a
// news excerpt leaves where it happened to the paragraphs around it.
const minWholeStory = 150

// refersBack reports whether a sentence opens by pointing back at the one
// before: "Ia ...", "Tokoh ini ...", "Kota tersebut ...".
func refersBack(sentence []token) bool {
	if opensWithPronoun(sentence) {
		return true
	}
	for _, t := range sentence[min(1, len(sentence)):min(3, len(sentence))] {
		if demonstratives[t.Fold] {
			return true
		}
	}
	// "Luas wilayahnya adalah 100,4km²", "Penduduknya ...": the -nya of
	// one of its first two words is what the sentence before names.
	for _, t := range sentence[:min(2, len(sentence))] {
		if len(t.Fold) > 5 && strings.HasSuffix(t.Fold, "nya") {
			return true
		}
	}
	return false
}

var demonstratives = setOf("ini", "itu", "tersebut")

var whereRe = regexp.MustCompile(`(?i)\b((di|ke|dari)(\s+\pL+){0,4}\s+mana(kah)?|(di|ke|dari)mana(kah)?|where|dmn|kmn|dmna|dimna|kmna|kemna|drmn)\b`)

// towns are the index terms of the kinds of place smaller than a country.
var towns = setOf("kota", "desa", "kampung", "town", "city", "village", "oblast", "provinsi", "kabupaten", "wilayah", "province", "region")

// countOfAnotherSource reports whether a how-many question asks for one
// source's figure ("menurut pemerintah Rusia sendiri, brp ...", "according
// to KCNA") and every sentence of the best window that holds a count gives
// it as someone else's: "Menurut pemerintah Ukraina, Korea Utara mengirim
// sekitar 14.000 tentara".
func (s *snapshot) countOfAnotherSource(qa parsedQuestion, c candidate) bool {
	if qa.Type != vocab.Number || qa.Source == nil {
		return false
	}
	// "According to the Pahami report": the outlet reports whoever's
	// figure it quotes.
	if altsIn(qa.Source, termSetOf(tokenize(publisher(s.articles[c.Article])))) {
		return false
	}
	text := s.articles[c.Article].Text
	other := false
	for k := c.First; k <= c.Last; k++ {
		sp := s.sentences[c.Article][k]
		switch countBy(qa, text[sp.Start:sp.End]) {
		case countByAnother:
			other = true
		case countBySource:
			return false
		}
	}
	return other
}

// Whose count a sentence gives, for a question asking a source's.
const (
	countNone      = iota // it holds no count
	countBySource         // the question's source's, or no one's in particular
	countByAnother        // a name's the question does not hold
)

func countBy(qa parsedQuestion, sentence string) int {
	toks := tokenize(sentence)
	switch {
	case !holdsCountIn(qa, sentence, toks):
		return countNone
	case attributesToSource(qa, sentence, toks) || !attributedElsewhere(qa, toks):
		return countBySource
	}
	return countByAnother
}

// attributedElsewhere reports whether toks attribute what they tell to a
// name the question does not hold: "menurut pemerintah Ukraina", "kata
// Zelensky".
func attributedElsewhere(qa parsedQuestion, toks []token) bool {
	for i, t := range toks {
		if t.Fold != "menurut" && !saidVerbs[t.Fold] {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+3; j++ {
			if capitalised(toks[j].Surface) && !qa.QuestionTerms[toks[j].Term] {
				return true
			}
		}
	}
	return false
}
