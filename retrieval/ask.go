package retrieval

import (
	"context"
	"fmt"
	"maps"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	idana "github.com/kutip/kutip/retrieval/analysis"
	"github.com/kutip/kutip/retrieval/corpus"
	"github.com/kutip/kutip/retrieval/vocab"
)

// Tuning of answer selection, calibrated with `kutip eval` on the QA sets
// in ../shared/eval (see README, "Answer quality").
var tuning = struct {
	Candidates    int     // passages fetched from bleve before re-ranking
	MaxQuoteLen   int     // bytes a quote may grow to when it adds a neighbour
	MinCoverage   float64 // abstain when the best quote covers less of the question
	FuzzyCredit   float64 // share of a concept's weight a typo match earns
	ContextCredit float64 // share earned by a concept found only around the quote
	SurnameCredit float64 // share earned by a name's word the quote leaves to its surname ("Kam" for Joseph Kam)
	NearEqual     float64 // scores this close are ordered newest first
	DupSimilarity float64 // quotes this similar are one answer
	ExtendBack    bool    // grow quotes backwards too
	LooseCredit   float64 // share of a concept's weight a thesaurus synonym earns
	LooseBoost    float64 // bleve boost of thesaurus synonyms
	AbsentWeight  float64 // share of its idf a word no article holds weighs
	RescueBelow   float64 // under MinCoverage, answer when the abstention model's doubt is at most this
	DoubtAbove    float64 // over MinCoverage, abstain when the model's doubt is over this
}{
	Candidates:    40,
	MaxQuoteLen:   400,
	MinCoverage:   0.44,
	FuzzyCredit:   0.6,
	ContextCredit: 0.5,
	SurnameCredit: 0.5,
	NearEqual:     0.01,
	DupSimilarity: 0.85,
	ExtendBack:    true,
	LooseCredit:   0.3,
	LooseBoost:    0.3,
	AbsentWeight:  0.75,
	RescueBelow:   0.5,
	DoubtAbove:    0.91,
}

// Ask answers a question with the best quotes of the corpus, best first.
// When the evidence is weak it abstains: an Answer with no quotes and
// Abstained set. Only a failing index is an error.
func (l *Library) Ask(ctx context.Context, q Question) (Answer, error) {
	ans, _, err := l.askTraced(ctx, q)
	return ans, err
}

// askSettings override tuning for one question (evaluation and
// training).
type askSettings struct {
	model  *boostModel // nil: coverage decides alone
	always bool        // quote the best candidates whatever the evidence
}

type askOption func(*askSettings)

// withoutModel leaves the abstention decision to coverage and the rules.
func withoutModel() askOption { return func(s *askSettings) { s.model = nil } }

// answeringAlways quotes the best candidates however weak the evidence.
func answeringAlways() askOption { return func(s *askSettings) { s.always = true } }

// verdict is the evidence askTraced decided on.
type verdict struct {
	Coverage float64   // the best candidate's, 0 when a rule rejected it
	Evidence []float64 // the abstention model's input; nil when a rule rejected the best candidate
	// Rescuable is false when the question names something no article
	// holds: then the model may not answer what coverage abstains on.
	Rescuable bool
}

// askTraced is Ask that also returns the evidence it decided on.
func (l *Library) askTraced(ctx context.Context, q Question, opts ...askOption) (Answer, verdict, error) {
	set := askSettings{model: abstainModel}
	for _, o := range opts {
		o(&set)
	}
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	limit = min(limit, MaxLimit)
	l.mu.RLock()
	defer l.mu.RUnlock()
	s := l.snap
	qa := s.analyse(q.Text)
	ans := Answer{Question: q.Text, Abstained: true}
	if len(qa.Concepts) == 0 {
		return ans, verdict{}, nil
	}
	hits, err := l.search(ctx, qa, tuning.Candidates)
	if err != nil {
		return Answer{}, verdict{}, err
	}
	cands := s.rank(qa, hits)
	if len(cands) == 0 {
		return ans, verdict{}, nil
	}
	raw := cands[0].Coverage
	for i, c := range cands {
		if asked, ok := askedCoverage(qa, c.termSet); ok {
			// A question of several sentences: the answer need not
			// repeat the scene one sets, so what one of them asks counts
			// for half.
			cands[i].Coverage = max(c.Coverage, (c.Coverage+asked)/2)
		}
	}
	// A claim put up for checking ("Benarkah ...?", "Is it true that
	// ...?") may get a detail wrong: the quote that gets it right answers.
	claim := checksClaim(qa.Text)
	best := cands[0].Coverage
	if !claim && (s.unknownName(qa, cands[0]) || nameAbsent(qa, cands[0].termSet)) {
		best = 0 // no evidence about what the question names
	}
	if qa.Type == vocab.Number && !cands[0].TypeOK && !asksDegree(qa) {
		best = 0 // asked how many, and the best quote holds no count
	}
	if !claim && s.unheardDate(qa) {
		best = 0 // asked about 20 November, and no article names that day
	}
	if unheardRole(qa, cands[0].termSet) {
		best = 0 // asked for a general, and no article mentions one
	}
	if unheardCount(qa, cands[0].termSet) {
		best = 0 // asked how many litres, and no article counts in litres
	}
	if unheardKind(qa, cands[0].termSet) {
		best = 0 // asked at which port, and no article mentions a port
	}
	if asksForDay(qa) && !s.namesADay(cands[0]) {
		best = 0 // asked on what date, and the quote gives a month or a year
	}
	quote := s.articles[cands[0].Article].Text[cands[0].Start:cands[0].End]
	quoteToks := tokenize(quote)
	if !claim && nearNamesake(qa, quote, quoteToks) {
		best = 0 // asked about Sunan Gita, and the quote tells of Sunan Giri
	}
	if !claim && monthSwapped(qa, quoteToks) {
		best = 0 // asked about March and April, and the quote tells of January and February
	}
	if asksForMonth(qa) && !namesMonth(quote, quoteToks) {
		best = 0 // asked in what month, and the quote says only "tahun lalu"
	}
	if asksForYear(qa) && !slices.ContainsFunc(quoteToks, isYear) {
		best = 0 // asked in what year, and the quote names none
	}
	if s.numberedOtherwise(qa, cands) {
		best = 0 // asked about PlayStation 2, and the quote tells of PlayStation 3
	}
	years := withoutDateline(qa.withoutOptions(), s.articles[cands[0].Article])
	if !claim && otherYear(years, quote) && !asksForYear(qa) {
		// Asked in what year, the year the question names dates
		// something else: "... dibatalkan Oktober 2024 itu ditandatangani
		// tahun berapa?".
		best = 0 // asked about 2023, and the quote dates its facts to 2024
	}
	if !claim && yearUnsaid(years, s.articles[cands[0].Article]) {
		best = 0 // asked about Cape Town in 1852, and its article dates other years only
	}
	if !claim && !qa.English && (negationDropped(qa.Text, quoteToks) || asksWhoDoesNot(qa.Text, quoteToks)) {
		best = 0 // asked what does not, and the quote tells what does
	}
	if !claim && !qa.English && qa.Type != vocab.YesNo && qa.Type != vocab.Unknown && negationAdded(qa.Text, quoteToks) {
		best = 0 // asked why he had the chance to take the throne, and the quote says he never had
	}
	if qa.Type != vocab.YesNo && officeOfAnother(qa, quoteToks) {
		// Asked whether he is North Korea's minister, the quote naming
		// Seoul's answers no.
		best = 0 // asked for North Korea's minister, and the quote names Seoul's
	}
	article := s.wordsOf(cands[0].Article)
	if qa.NameOf != nil && !s.namesTheKind(qa, cands[0], article) {
		best = 0 // asked for the village's name, and the quote names none
	}
	if s.placeUnnamed(qa, cands[0], article) {
		best = 0 // asked where, and the quote names no place the question does not
	}
	if s.portfolioUnsaid(qa, cands[0], article) {
		best = 0 // asked who the foreign minister is, and the story names no foreign minister
	}
	if s.roleUnnamed(qa, cands[0], article) {
		best = 0 // asked who the minister is, and a whole story's quote names no one
	}
	if !claim && regionSwapped(qa, quoteToks) {
		best = 0 // asked about a strike on Zaporizhzhia, and the quote tells of one near Donetsk
	}
	if !claim && qa.Type != vocab.YesNo && s.officeUnsaid(qa, cands[0]) {
		best = 0 // asked what South Korea's president said, and the story names no South Korean president
	}
	if anotherOffice(qa, quoteToks) {
		best = 0 // asked for Seoul's president, and the quote names its defence minister
	}
	if s.countOfAnotherNation(qa, cands[0]) {
		best = 0 // asked how many Russians died, and the quote counts North Koreans
	}
	if s.countOfAnotherSource(qa, cands[0]) {
		best = 0 // asked for Moscow's count, and the quote gives Kyiv's
	}
	if s.countOfAnotherFate(qa, cands[0]) {
		best = 0 // asked how many were captured, and the quote counts those sent
	}
	if s.weaponUnnamed(qa, cands[0], article) {
		best = 0 // asked which missile, and the quote tells of "serangan misil Ukraina"
	}
	if s.destinationSwapped(qa, cands[0]) {
		best = 0 // asked when Kim went to Moscow, and the quote tells of Putin's visit to Pyongyang
	}
	if s.visitedElsewhere(qa, cands[0]) {
		best = 0 // asked when Kim went to Moscow, and the quote's visit is, by its story, Putin's to Pyongyang
	}
	if tripUntold(qa, cands[0].termSet) {
		best = 0 // asked when Kim flew to Moscow, and the quote dates his birthday wishes
	}
	if s.townUnnamed(qa, cands[0], article) {
		best = 0 // asked in which city, and the quote names only a country
	}
	if s.destinationUnsaid(qa, cands[0], article) {
		best = 0 // asked how many were sent to Belgorod, and the story never names Belgorod
	}
	if countryUnsaid(qa, article) {
		best = 0 // asked about Inggris, and a long article never mentions it
	}
	if aspectUnsaid(qa, cands[0].termSet) {
		best = 0 // asked what science is good for, and the quote tells what it is
	}
	if markedWordUnsaid(qa, cands[0].termSet, article) {
		best = 0 // asked for the smallest, or when it was banned, and the article never says
	}
	if !claim && opposite(qa, cands[0].termSet, quoteToks) {
		best = 0 // asked for the first, and the quote tells of the last
	}
	if ordinalUnsaid(qa, cands[0].termSet, article) {
		best = 0 // asked for the second king, and the article tells of the first
	}
	if definedUnsaid(qa, cands[0].termSet, article) {
		best = 0 // asked what a failed convergence is, and the article defines convergence
	}
	if !cands[0].TypeOK && plannedOnly(qa, quoteToks) {
		best = 0 // asked when North Korea annulled the pact, and the quote, dating nothing, says it is expected to
	}
	if subordinateOnly(qa, cands[0].termSet, quoteToks) {
		best = 0 // asked where the troops trained before they were sent, and the quote tells where they were sent
	}
	if futureUnsaid(qa, quoteToks) {
		best = 0 // asked when Kim's next visit will be, and the quote tells of a past one
	}
	v := verdict{Coverage: best}
	minCoverage := tuning.MinCoverage
	if best > 0 {
		v.Evidence = evidence(qa, cands, raw, best)
		v.Rescuable = !namesUnknown(qa)
	}
	switch {
	case set.always:
		minCoverage = 0
	case best == 0 || abstains(set.model, v, minCoverage):
		return ans, v, nil
	case best < minCoverage:
		minCoverage = best // the model answers where coverage alone would not
	}
	quotes := s.quotes(cands, limit, minCoverage, qa.Type)
	ans.Abstained = len(quotes) == 0
	ans.Quotes = quotes
	return ans, v, nil
}

// askedCoverage is, for a question of several sentences, the best
// idf-weighted share of one sentence's words a window's terms hold: the
// answer repeats what one sentence asks, not the scene another sets. ok
// is false for a question of one sentence.
func askedCoverage(qa parsedQuestion, terms map[string]bool) (float64, bool) {
	if qa.Sentences < 2 {
		return 0, false
	}
	best := 0.0
	for k := range qa.Sentences {
		got, total := 0.0, 0.0
		for _, c := range qa.Concepts {
			if c.In != 0 && c.In&(1<<k) == 0 {
				continue
			}
			total += c.Weight
			if altsIn(c.Alts, terms) {
				got += c.Weight
			}
		}
		if total > 0 {
			best = max(best, got/total)
		}
	}
	return best, true
}

// unknownName reports whether the question names something no article
// holds ("tentara Tiongkok", "the war in Gaza"): a name whose words no
// article holds and the best quote holds no near spelling of.
func (s *snapshot) unknownName(qa parsedQuestion, best candidate) bool {
	var toks []token // the quote's words, once a name word is absent
	words, unknown := map[int]int{}, map[int]int{}
	for i, c := range qa.Concepts {
		name := c.Name
		if name == 0 && (countries[strings.ToLower(c.Label)] || slices.ContainsFunc(c.Alts, isCountry)) {
			name = -1 - i // a country written in lower case names it too: "what did china say"
		}
		if name == 0 || c.Describes || dateWords[strings.ToLower(c.Label)] {
			continue // "April" names no thing; an article may write 28/4
		}
		if qa.Asked != 0 && c.In != 0 && c.In&qa.Asked == 0 {
			continue // named only in the scene the asker sets ("tugas HI")
		}
		words[name]++
		if !c.Absent {
			continue
		}
		if toks == nil {
			toks = tokenize(s.articles[best.Article].Text[best.Start:best.End])
		}
		if !fuzzyIn(c.Alts[0], toks, map[string]bool{}) && !beginsAWord(qa, strings.ToLower(c.Label), toks) {
			unknown[name]++
		}
	}
	for n, u := range unknown {
		if u == words[n] {
			return true
		}
	}
	return false
}

// nameAbsent reports whether the question names someone in two words or
// more, one of which no article holds (a name's word, no Indonesian one),
// and the best quote holds none of them: "RSUD Dr Hassard" is neither in
// the corpus nor in a quote about another hospital.
func nameAbsent(qa parsedQuestion, quote map[string]bool) bool {
	words, absent, quoted := map[int]int{}, map[int]bool{}, map[int]bool{}
	for _, c := range qa.Concepts {
		if c.Name == 0 || c.Describes {
			continue
		}
		words[c.Name]++
		label := strings.ToLower(c.Label)
		// "Bangsa" in "Perserikatan Bangsa-Bangsa" is a word, not a name.
		absent[c.Name] = absent[c.Name] || c.Absent && !idana.IsRoot(label) && idana.Stem(label) == label
		quoted[c.Name] = quoted[c.Name] || altsIn(c.Alts, quote)
	}
	for n, k := range words {
		if k >= 2 && absent[n] && !quoted[n] {
			return true
		}
	}
	return false
}

// beginsAWord reports whether word, a name the asker only half recalls
// ("Joong apa gitu", "Roven apa ya"), begins a longer word of toks
// ("JoongAng", "Rovenky").
func beginsAWord(qa parsedQuestion, word string, toks []token) bool {
	if utf8.RuneCountInString(word) < 4 || !halfRecalled(qa.Tokens, word) {
		return false
	}
	return slices.ContainsFunc(toks, func(t token) bool { return len(t.Fold) > len(word) && strings.HasPrefix(t.Fold, word) })
}

// halfRecalled reports whether the question follows word with a hedge
// that says the rest escapes the asker: "Joong apa gitu", "Roven apa ya",
// "Roven something", "namanya Pezeshki siapa?".
func halfRecalled(toks []token, word string) bool {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Fold != word {
			continue
		}
		next := toks[i+1].Fold
		if next == "gitu" || next == "something" || next == "apa" && i+2 < len(toks) && recallHedges[toks[i+2].Fold] ||
			next == "siapa" && (i+2 == len(toks) || recallHedges[toks[i+2].Fold]) { // "namanya Pezeshki siapa?"
			return true
		}
	}
	return false
}

var recallHedges = setOf("gitu", "gt", "ya", "yah", "sih", "namanya", "tuh")

// nearNamesake reports whether the best quote (toks, its words) names a
// near-namesake of a name in the question: the name with one word, which no article
// holds, replaced by another ("Kabupaten Belibes" asked, "Kabupaten
// Brebes" quoted; "Yoweri Muggota Museveni", "Yoweri Kaguta Museveni").
func nearNamesake(qa parsedQuestion, quote string, toks []token) bool {
	absent := map[string]bool{}
	for _, c := range qa.Concepts {
		if c.Name != 0 && c.Absent && len(c.Alts[0]) == 1 {
			absent[c.Alts[0][0]] = true
		}
	}
	if len(absent) == 0 {
		return false
	}
	q := qa.Tokens
	for i, t := range q {
		if !absent[t.Term] || !swappable(t) || fuzzyIn([]string{t.Term}, toks, map[string]bool{}) ||
			slices.ContainsFunc(toks, func(u token) bool { return swapsNeighbours(t.Term, u.Term) }) {
			continue
		}
		for _, d := range []int{-1, 1} {
			j := i + d
			if j < 0 || j >= len(q) || !capitalised(q[j].Surface) || absent[q[j].Term] || titleWords[q[j].Fold] ||
				strings.TrimSpace(qa.Text[q[min(i, j)].End:q[max(i, j)].Start]) != "" {
				continue // "asal Galur , Jakarta Pusat": two names
			}
			// The kept word is always paired with another name word: "Paro
			// Chu" beside "di utara Paro" names the place itself too.
			kept, replaced := 0, 0
			for k, u := range toks {
				if u.Term != q[j].Term || !capitalised(u.Surface) {
					continue // "sebuah museum" beside "Museum Fatahillah" is no name
				}
				kept++
				slot := k - d
				if slot < 0 || slot >= len(toks) {
					continue
				}
				lo, hi := min(slot, k), max(slot, k)
				joined := strings.TrimSpace(quote[toks[lo].End:toks[hi].Start]) == ""
				r := toks[slot]
				// "Meskipun Mehta ...": a sentence's first word is
				// capitalised, and no name.
				opens := slot == 0 || strings.ContainsAny(quote[toks[slot-1].End:r.Start], ".!?")
				if joined && capitalised(r.Surface) && !opens && !stopWords[r.Fold] && !qa.QuestionTerms[r.Term] && !titleWords[r.Fold] {
					replaced++
				}
			}
			if replaced > 0 && replaced == kept {
				return true
			}
		}
	}
	return false
}

// swappable reports whether a name's word could be another's in a
// near-namesake: a word of three letters or more, not an acronym ("DK
// PBB" is "Dewan Keamanan PBB"), an initial or a model number ("Airbus
// A304").
func swappable(t token) bool {
	letters, upper := 0, 0
	for _, r := range t.Surface {
		switch {
		case unicode.IsDigit(r) || r == '.':
			return false
		case unicode.IsUpper(r):
			upper++
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 3 && upper < letters
}

// namesTheKind reports whether a candidate's quote, as it will be shown,
// names an instance of the kind whose name the question asks for: "desa
// Rusia terakhir" names no village, "tentara bayaran Stephen Hubbard" a
// soldier.
func (s *snapshot) namesTheKind(qa parsedQuestion, c candidate, article articleWords) bool {
	if _, _, words := article(); words < minLongArticle {
		return true // a passage of a sentence or two may name it in the next
	}
	start, end := s.extend(c, qa.Type)
	text := s.articles[c.Article].Text[start:end]
	return namesKind(qa.NameOf, qa, text, tokenize(text))
}

// unheardRole reports whether a who-question asks for a role no article
// holds ("Siapa nama jenderal …" when no article mentions a general), nor
// a synonym of it in the quote.
func unheardRole(qa parsedQuestion, terms map[string]bool) bool {
	if qa.Role == "" {
		return false
	}
	// "dubes" is read as "duta besar", whose first word is the role.
	if c := conceptNamed(qa.Concepts, strings.ToLower(qa.Role)); c != nil {
		return c.Absent && !altsIn(c.Loose, terms)
	}
	return false
}

// unheardKind reports whether the kind of place an Indonesian question
// asks for ("di pelabuhan mana") is one news names a place of with the
// kind ("Pelabuhan Vladivostok"), and a word no article holds, nor one
// like it in the quote. A region news may name alone ("di Sumatera
// Barat" for "di provinsi mana"), and "mana" may ask for no place at all
// ("lembaga mata-mata mana"): other kinds are left alone.
func unheardKind(qa parsedQuestion, terms map[string]bool) bool {
	if qa.Category == nil || qa.Type != vocab.Place && qa.Type != vocab.Thing ||
		!slices.ContainsFunc(qa.Category, func(alt []string) bool { return kindNamedPlaces[strings.Join(alt, " ")] }) {
		return false
	}
	return slices.ContainsFunc(qa.Concepts, func(c concept) bool {
		return c.Absent && c.Name == 0 && slices.EqualFunc(c.Alts, qa.Category, slices.Equal) && !altsIn(c.Loose, terms)
	})
}

// kindNamedPlaces are the kinds of place news names with the kind word, as
// index terms: "Pelabuhan Vostochny", "Bandara Kursk", "Pangkalan Udara
// Engels", "Rumah Sakit Bhayangkara"; and so are military units
// ("Brigade Mekanis ke-47", "Batalion Azov").
var kindNamedPlaces = setOf("labuh", "bandara", "bandar udara", "pangkal", "stasiun", "terminal", "rumah sakit", "penjara",
	"markas", "kamp", "gedung", "hotel", "stadion", "universitas", "kampus", "sekolah", "masjid", "gereja", "candi", "museum", "bendung", "jembatan",
	"brigade", "batalion", "resimen", "divisi", "kompi", "skuadron")

// unheardCount reports whether a how-many question counts in a unit no
// article names ("berapa liter bahan bakar" over articles that never
// write litres), nor a word like it in the quote.
func unheardCount(qa parsedQuestion, terms map[string]bool) bool {
	if qa.Type != vocab.Number {
		return false
	}
	return slices.ContainsFunc(qa.Concepts, func(c concept) bool {
		return c.Absent && countUnits[strings.ToLower(c.Label)] && !altsIn(c.Loose, terms) && slices.ContainsFunc(c.Alts, func(alt []string) bool {
			return slices.ContainsFunc(qa.Counted, func(counted []string) bool { return slices.Equal(alt, counted) })
		})
	})
}

// unheardDate reports whether the question names a day of a month ("20
// November", "16-8-2005") that no article holds in either way news writes
// it, nor was published on.
func (s *snapshot) unheardDate(qa parsedQuestion) bool {
	return slices.ContainsFunc(qa.Concepts, func(c concept) bool {
		if !c.Absent || len(c.Alts) != 2 || len(c.Alts[1]) != 2 {
			return false
		}
		day, err1 := strconv.Atoi(c.Alts[1][0])
		month, err2 := strconv.Atoi(c.Alts[1][1])
		if err1 != nil || err2 != nil {
			return false
		}
		return !slices.ContainsFunc(s.articles, func(a Article) bool {
			return !a.Published.IsZero() && a.Published.Day() == day && int(a.Published.Month()) == month
		})
	})
}

// monthSwapped reports whether a how-many question names a month
// ("antara Maret dan April") that the quote never does, while it names
// another: it counts at another time. So does a question asking the day
// in a month ("tanggal berapa di bulan November"). (A month in other
// questions is often context for the answer's own: "Setelah diadopsi
// pada bulan Juni, kapan ... diratifikasi?")
func monthSwapped(qa parsedQuestion, quote []token) bool {
	if qa.Type != vocab.Number && !asksForDay(qa) {
		return false
	}
	asked := false
	for term := range qa.QuestionTerms {
		asked = asked || monthNumbers[term] > 0
	}
	if !asked {
		return false
	}
	other := false
	for _, t := range quote {
		if monthNumbers[t.Term] > 0 {
			if qa.QuestionTerms[t.Term] {
				return false
			}
			other = true
		}
	}
	return other
}

// asksForDay reports whether a date question asks for the day: "tanggal
// berapa", "tgl brp", "on what date".
func asksForDay(qa parsedQuestion) bool {
	if qa.Type != vocab.Date {
		return false
	}
	if qa.QuestionTerms[termOf("tanggal")] || qa.QuestionTerms[termOf("tgl")] || qa.QuestionTerms[termOf("date")] {
		return true
	}
	// "On what exact day in March ...": a day of the month it names.
	if !qa.QuestionTerms[termOf("day")] {
		return false
	}
	for term := range qa.QuestionTerms {
		if months[term] {
			return true
		}
	}
	return false
}

// asksForWeekday reports whether a date question asks for the day of
// the week: "pada hari apa", "hari apa", "what day", "which day" (but not
// "what day in March", asksForDay's).
func asksForWeekday(qa parsedQuestion) bool {
	return qa.Type == vocab.Date && weekdayAskedRe.MatchString(qa.Text) && !asksForDay(qa)
}

var weekdayAskedRe = regexp.MustCompile(`(?i)\bhari\s+(apa|apakah|apaan)\b|\b(what|which)\s+day\b`)

// asksForYear reports whether a date question asks for the year: "tahun
// berapa", "thn brp", "what year".
func asksForYear(qa parsedQuestion) bool {
	return qa.Type == vocab.Date && yearAskedRe.MatchString(qa.Text)
}

// asksForMonth reports whether a date question asks for the month:
// "bulan apa", "bln brp", "which month".
func asksForMonth(qa parsedQuestion) bool {
	return qa.Type == vocab.Date && monthAskedRe.MatchString(qa.Text)
}

var monthAskedRe = regexp.MustCompile(`(?i)\b(bulan|bln)\s+(berapa|berapakah|brp|apa|apakah|apaan)\b|\b(what|which)\s+months?\b`)

// namesMonth reports whether text (tokenised as toks) names a month, by
// its name or in a date written 28/4.
func namesMonth(text string, toks []token) bool {
	return daySlashRe.MatchString(text) || slices.ContainsFunc(toks, func(t token) bool { return monthNumbers[t.Fold] > 0 })
}

// isYear reports whether t could be a year, ancient ones too: "809",
// "1945", not "12.000".
func isYear(t token) bool {
	return yearNumberRe.MatchString(t.Term) && !strings.ContainsAny(t.Surface, ".,")
}

var yearNumberRe = regexp.MustCompile(`^\d{3,4}$`)

var yearAskedRe = regexp.MustCompile(`(?i)\b(tahun|thn|th)\s+(berapa|berapakah|brp|apa|apakah|kapan)\b|\b(what|which)\s+year\b`)

// namesADay reports whether a candidate's text names a day of a month.
func (s *snapshot) namesADay(c candidate) bool {
	text := s.articles[c.Article].Text[c.Start:c.End]
	return namesDay(text, tokenize(text))
}

// namesDay reports whether text (tokenised as toks) names a day of a
// month: "7 Februari", "6-14 Agustus", "Senin (28/4)".
func namesDay(text string, toks []token) bool {
	if daySlashRe.MatchString(text) {
		return true
	}
	for i := 0; i+1 < len(toks); i++ {
		if dayRe.MatchString(toks[i].Fold) && monthNumbers[toks[i+1].Fold] > 0 {
			return true
		}
	}
	return false
}

var (
	daySlashRe = regexp.MustCompile(`\b\d{1,2}\s?/\s?\d{1,2}\b`) // 28/4, and "8/ 9" as some corpora tokenise it
	dayRe      = regexp.MustCompile(`^\d{1,2}(-\d{1,2})?$`)      // 7, 6-14
)

// futureUnsaid reports whether a when-question asks about the future
// ("kapan kim bakal kunjungan balik ke moskow?", "next kim putin summit
// when") and the quote tells of nothing to come: it dates a past event.
func futureUnsaid(qa parsedQuestion, quote []token) bool {
	if qa.Type != vocab.Date || !asksAhead(qa.Tokens) {
		return false
	}
	for i, t := range quote {
		if futureWords[t.Fold] || plannedWords[t.Fold] || t.Fold == "depan" && i > 0 && comingTimes[quote[i-1].Fold] {
			return false
		}
	}
	return true
}

// plannedOnly reports whether a when-question asks when something was
// done ("Kapan Korea Utara membatalkan perjanjian itu?") and the quote
// tells of that deed only as a plan or an expectation: "Korea Utara
// diharapkan akan membatalkan perjanjian ...".
func plannedOnly(qa parsedQuestion, quote []token) bool {
	if qa.Type != vocab.Date || asksAhead(qa.Tokens) || slices.ContainsFunc(qa.Tokens, func(t token) bool {
		return plannedWords[t.Fold] || intentWords[t.Fold] || t.Term == "rencana" || t.Term == "jadwal"
	}) {
		return false // "yang mau dibatalkan", "kapan pemerintah merencanakan ..."
	}
	planned := false
	for _, c := range qa.Concepts {
		if c.Name > 0 {
			continue
		}
		for i, t := range quote {
			if !slices.ContainsFunc(c.Alts, func(alt []string) bool { return len(alt) == 1 && alt[0] == t.Term }) || !isVerb(t.Fold) {
				continue // the question's deed, as the quote's verb
			}
			if i == 0 || !plannedWords[quote[i-1].Fold] {
				return false // a deed the quote tells as done
			}
			planned = true
		}
	}
	return planned
}

// intentWords tell of what someone means to do: "yang mau dibatalkan"
// ("bakal" is a futureWord already).
var intentWords = setOf("mau", "hendak", "ingin", "want", "wants", "wanted", "plan", "plans", "planned", "intend", "intends", "expected", "going")

// asksAhead reports whether a question asks about what is to come: "next
// summit", not "next to the Russians".
func asksAhead(toks []token) bool {
	for i, t := range toks {
		if futureWords[t.Fold] && !(t.Fold == "next" && i+1 < len(toks) && toks[i+1].Fold == "to") {
			return true
		}
		if t.Fold == "going" && i+2 < len(toks) && toks[i+1].Fold == "to" && !isPlaceName(toks[i+2]) {
			return true // "when is kim going to visit moscow", not "going to Moscow"
		}
	}
	return false
}

// isPlaceName reports whether t names a place, though chat writes it in
// lower case ("moscow").
func isPlaceName(t token) bool {
	return capitalised(t.Surface) || countries[t.Fold] || vocab.Variants(t.Fold) != nil
}

var (
	// futureWords ask about what is to come. Not "akan": news questions
	// use it of what was then planned and has since happened ("Kapan PT
	// PGN akan menaikkan harga gasnya?"), and their quotes give its date
	// without it.
	futureWords = setOf("bakal", "berikutnya", "selanjutnya", "mendatang", "dijadwalkan", "will", "next", "upcoming", "scheduled")
	// plannedWords mark a plan in a quote: "akan", "rencananya", and
	// "depan" after comingTimes.
	plannedWords = setOf("akan", "rencana", "rencananya", "berencana", "direncanakan", "diharapkan", "diperkirakan", "nanti")
	// comingTimes before "depan" name a time to come ("pekan depan",
	// "masa depan"); "garis depan" is the front line.
	comingTimes = setOf("minggu", "pekan", "bulan", "tahun", "masa", "hari", "kali")
)

// withoutDateline drops from a question that cites a report ("Berdasarkan
// laporan Al Jazeera pada Oktober 2024, ...") the year the article a is
// dated: it dates the report, not the fact asked about.
func withoutDateline(question string, a Article) string {
	if a.Published.IsZero() || !reportCueRe.MatchString(question) {
		return question
	}
	return strings.ReplaceAll(question, strconv.Itoa(a.Published.Year()), "")
}

var reportCueRe = regexp.MustCompile(`(?i)\b(laporan|pernyataan|menurut|berdasarkan|report|statement|according)\b`)

// otherYear reports whether the question names a year the quote does not
// hold while the quote dates what it tells to another year: "pada tahun
// 2024" for a question about 2023.
func otherYear(question, quote string) bool {
	asked := yearWordRe.FindAllString(question, -1)
	if len(asked) == 0 {
		return false
	}
	for _, y := range yearWordRe.FindAllString(quote, -1) {
		if slices.Contains(asked, y) {
			return false
		}
	}
	return datedYearRe.MatchString(quote)
}

// yearUnsaid reports whether the question names a year that its best
// quote's article a, masthead included, never does, though the article
// dates what it tells with two years or more: a story of other years
// cannot tell what happened in this one. A news excerpt that dates
// nothing ("Senin (12/9)") may well be of the year asked.
func yearUnsaid(question string, a Article) bool {
	asked := yearWordRe.FindAllString(question, -1)
	if len(asked) == 0 {
		return false
	}
	dated := map[string]bool{}
	for _, text := range []string{masthead(a), a.Text} {
		for _, y := range yearWordRe.FindAllString(text, -1) {
			dated[y] = true
		}
	}
	return len(dated) >= 2 && slices.ContainsFunc(asked, func(y string) bool { return !dated[y] })
}

// otherNumbered reports whether the question names something by a name
// and its number ("PlayStation 2", "István III", "Perang Dunia II") and the
// quote numbers that name only otherwise: it tells of another of them.
func otherNumbered(question string, quote []token) bool {
	same, other := numberedAs(numberedNames(question), quote)
	return other && !same
}

// numberedNames returns the names a question numbers, each as its name
// word and number: "PlayStation" and "2" for "Kapan PlayStation 2 rilis?".
// A number set apart from the name ("Pesta Budaya Papua (PBP) 22-27
// Agustus") or opening a date ("Piala Dunia 2 Juli") numbers no name.
func numberedNames(question string) [][2]token {
	q := tokenize(question)
	var out [][2]token
	for i := 1; i+1 < len(q); i++ {
		if !capitalised(q[i].Surface) || !numbering(q[i+1]) || strings.TrimSpace(question[q[i].End:q[i+1].Start]) != "" {
			continue
		}
		if slices.ContainsFunc(q[i+2:min(i+4, len(q))], func(t token) bool { return monthNumbers[t.Fold] > 0 }) {
			continue
		}
		out = append(out, [2]token{q[i], q[i+1]})
	}
	return out
}

// strayNumbers is the weight of the question's concepts that are the
// number of a name it numbers ("3" of "PlayStation 3") and that terms
// hold: matches, unless the window numbers the name so.
func strayNumbers(qa parsedQuestion, names [][2]token, terms map[string]bool) float64 {
	w := 0.0
	for _, c := range qa.Concepts {
		if slices.ContainsFunc(names, func(n [2]token) bool { return len(c.Alts[0]) == 1 && c.Alts[0][0] == n[1].Term }) && altsIn(c.Alts, terms) {
			w += c.Weight
		}
	}
	return w
}

// numberedAs reports whether the quote numbers one of the question's
// numbered names ("PlayStation 2") the same way, and whether it numbers
// it otherwise.
func numberedAs(names [][2]token, quote []token) (same, other bool) {
	for _, n := range names {
		for j := 0; j+1 < len(quote); j++ {
			if quote[j].Term != n[0].Term || !numbering(quote[j+1]) {
				continue
			}
			if quote[j+1].Fold == n[1].Fold {
				return true, other
			}
			other = true
		}
		if other {
			return false, true
		}
	}
	return false, false
}

// numberedOtherwise reports whether the best candidates number a name the
// question numbers only otherwise, and the best of them does not name it
// at all: asked about "Grand Theft Auto 3", they tell of Grand Theft Auto
// IV, and the best quote of "permainan ini". A best quote naming it
// unnumbered ("István ... lahir") may still tell of the one asked.
func (s *snapshot) numberedOtherwise(qa parsedQuestion, cands []candidate) bool {
	names := numberedNames(qa.Text)
	if names == nil {
		return false
	}
	other := false
	for i, c := range cands[:min(len(cands), numberedCandidates)] {
		quote := tokenize(s.articles[c.Article].Text[c.Start:c.End])
		same, o := numberedAs(names, quote)
		if same || i == 0 && !o && namesAny(names, quote) {
			return false
		}
		other = other || o
	}
	return other
}

// namesAny reports whether the quote holds one of the numbered names,
// numbered or not.
func namesAny(names [][2]token, quote []token) bool {
	return slices.ContainsFunc(names, func(n [2]token) bool {
		return slices.ContainsFunc(quote, func(t token) bool { return t.Term == n[0].Term })
	})
}

// numberedCandidates is how many of the best candidates numberedOtherwise
// looks at.
const numberedCandidates = 5

// numbering reports whether t numbers a name: "2", "III", not a year.
func numbering(t token) bool {
	return numberingRe.MatchString(t.Surface)
}

var numberingRe = regexp.MustCompile(`^([1-9]\d?|[IVXL]{1,6})$`)

var (
	yearWordRe  = regexp.MustCompile(`\b(1[5-9]|20)\d\d\b`)
	datedYearRe = regexp.MustCompile(`(?i)\b(tahun|thn|pada|in|januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|january|february|march|may|june|july|august|october|december)\s+(1[5-9]|20)\d\d\b`)
)

// negationAdded reports whether the quote negates what a question with no
// negation asks about: asked "Mengapa Li Jiancheng berkesempatan
// menduduki tahta?", the quote says he "tak pernah berkesempatan
// menduduki tahtanya". A verb of the question and the content word after
// it must be there, close together, each time right after a negation.
func negationAdded(question string, quote []token) bool {
	toks := tokenize(question)
	if slices.ContainsFunc(toks, func(t token) bool { return negationWords[t.Fold] }) {
		return false
	}
	q := slices.DeleteFunc(toks, func(t token) bool { return stopWords[t.Fold] })
	for j := 0; j+1 < len(q); j++ {
		if len(q[j].Term) < 4 || q[j].Term == q[j].Fold {
			continue // an affixed word, as verbs are: "berkesempatan", not "bulan"
		}
		plain, negated := false, false
		for k, t := range quote {
			if t.Term != q[j].Term || !slices.ContainsFunc(quote[k+1:min(k+4, len(quote))], func(u token) bool { return u.Term == q[j+1].Term }) {
				continue
			}
			i := k - 1
			for i >= 0 && negationAux[quote[i].Fold] && !modalAux[quote[i].Fold] {
				i-- // "tak pernah berkesempatan"; "tidak perlu dipindahkan" denies a need, not the move
			}
			switch {
			case i >= 1 && negationWords[quote[i].Fold] && directiveWords[quote[i-1].Fold]:
				// "meminta PT PGN menahan diri tak menaikkan harga", "agar
				// tidak ...": asked not to, which says nothing of whether
				// it did.
			case i >= 0 && negationWords[quote[i].Fold]:
				negated = true
			default:
				plain = true
			}
		}
		if negated && !plain {
			return true
		}
	}
	return false
}

// modalAux between a negation and a verb deny a need or a wish, not that
// it happened: "tidak perlu dipindahkan", "tidak mau menyerah".
var modalAux = setOf("perlu", "harus", "boleh", "mau", "ingin", "terlalu")

// directiveWords before a negation ask or intend that something not be
// done: "agar tidak", "menahan diri tak", "diminta tidak".
var directiveWords = setOf("agar", "supaya", "untuk", "diri", "minta", "meminta", "diminta", "memohon", "mendesak", "didesak", "harus", "sebaiknya", "hendaknya")

// negationDropped reports whether the question negates a statement the
// quote makes plainly: asked "cabang ilmu yang tidak mempelajari reptil",
// the quote says "cabang ilmu yang mempelajari tentang reptil". The
// negated word and the next word of the question must both be there, close
// together, and no occurrence of them negated ("tidak memakan daging").
func negationDropped(question string, quote []token) bool {
	q := tokenize(question)
	for i := 0; i < len(q); i++ {
		if !negationWords[q[i].Fold] || rhetoricalNegation(question, q, i) {
			continue
		}
		if slices.ContainsFunc(q[i+1:], func(t token) bool { return t.Fold == "melainkan" }) {
			continue // "Bukan sejak invasi, melainkan sejak kapan ...?" rules the invasion out and asks the rest
		}
		j := i + 1
		for j < len(q) && negationAux[q[j].Fold] {
			j++
		}
		if j >= len(q) || len(q[j].Term) < 4 {
			continue
		}
		next := ""
		for k := j + 1; k < len(q) && k <= j+2; k++ {
			if !stopWords[q[k].Fold] {
				next = q[k].Term
				break
			}
		}
		plain, negated := false, false
		for k, t := range quote {
			if t.Term != q[j].Term || next != "" && !slices.ContainsFunc(quote[k+1:min(k+4, len(quote))], func(u token) bool { return u.Term == next }) {
				continue
			}
			if slices.ContainsFunc(quote[max(k-3, 0):k], func(u token) bool { return negationWords[u.Fold] }) {
				negated = true
			} else {
				plain = true
			}
		}
		if plain && !negated {
			return true
		}
	}
	return false
}

// asksWhoDoesNot reports whether the question asks who or what does not
// ("Siapa yang tidak menciptakan komputer?", "Apa nama yang bukan …")
// while the quote negates nothing: a quote of what someone did does not
// say who did not.
func asksWhoDoesNot(question string, quote []token) bool {
	if !whoDoesNotRe.MatchString(question) {
		return false
	}
	return !slices.ContainsFunc(quote, func(t token) bool { return negationWords[t.Fold] })
}

var whoDoesNotRe = regexp.MustCompile(`(?i)^\W*(siapa|siapakah|apa|apakah)(\s+(nama|saja|sajakah))?\s+yang\s+(tidak|bukan|belum)\b`)

var (
	negationWords = setOf("tidak", "bukan", "belum", "tak", "tanpa")
	// negationAux sit between a negation and what it negates: "tidak
	// dapat dikonsumsi", "belum pernah".
	negationAux = setOf("ada", "hanya", "lagi", "pernah", "juga", "dapat", "bisa", "boleh", "akan", "mau", "ingin", "perlu", "harus", "sedang", "terlalu")
)

// articleWords returns an article's terms and how many words it has,
// tokenising it on the first call only: the rules that need the best
// quote's whole article share one pass over it, and questions no rule
// concerns make none.
type articleWords func() (terms, folds map[string]bool, words int)

func (s *snapshot) wordsOf(a int) articleWords {
	var terms, folds map[string]bool
	var words int
	return func() (map[string]bool, map[string]bool, int) {
		if terms == nil {
			toks := tokenize(s.articles[a].Text)
			terms, words = termSetOf(toks), len(toks)
			folds = make(map[string]bool, len(terms))
			for i, t := range toks {
				folds[t.Fold] = true
				if t.Fold == "paling" && i+1 < len(toks) {
					folds["ter"+toks[i+1].Term] = true // "paling besar" says terbesar
				}
			}
		}
		return terms, folds, words
	}
}

// destinationUnsaid reports whether the question names where someone
// went or sent something ("dikirim ke Belgorod") that neither the best
// quote's article, of some length, nor its masthead names: the story tells
// of another journey. A short passage may leave the place to the rest of
// its story, so it is left alone.
func (s *snapshot) destinationUnsaid(qa parsedQuestion, best candidate, article articleWords) bool {
	if qa.Destination == nil {
		return false
	}
	terms, _, words := article()
	if words < minLongArticle || altsIn(qa.Destination, terms) {
		return false
	}
	return !altsIn(qa.Destination, termSetOf(tokenize(masthead(s.articles[best.Article]))))
}

// countryUnsaid reports whether the question names a country that the
// best quote's article, of some length, never mentions: "Kapan internet
// pertama masuk ke Inggris?" answered from a paragraph about Indonesia. A
// passage of a sentence or two may leave its country to the rest of its
// story, so short articles are left alone.
func countryUnsaid(qa parsedQuestion, article articleWords) bool {
	for _, c := range qa.Concepts {
		// A chat question written in lower case names its countries so.
		named := c.Name != 0 || qa.Text == strings.ToLower(qa.Text)
		if !named || !slices.ContainsFunc(strings.Fields(strings.ToLower(c.Label)), func(w string) bool { return countries[w] }) {
			continue
		}
		terms, _, words := article()
		if words >= minLongArticle && !altsIn(c.Alts, terms) && !terms[countryAcronyms[strings.ToLower(c.Label)]] {
			return true
		}
	}
	return false
}

// aspectUnsaid reports whether a question asking for one aspect of a
// thing ("Apakah manfaat dari sains?", "apa kekurangan drone itu?")
// gets a quote that never names that aspect, nor a synonym of it: a
// definition of science does not tell what it is good for.
func aspectUnsaid(qa parsedQuestion, quote map[string]bool) bool {
	toks := qa.Tokens
	if len(toks) < 3 || qa.Defines || !definitionOpeners[toks[0].Fold] || !aspects[toks[1].Fold] {
		return false
	}
	for _, c := range qa.Concepts {
		if strings.EqualFold(c.Label, toks[1].Surface) {
			return !altsIn(c.Alts, quote) && !altsIn(c.Loose, quote)
		}
	}
	return false
}

// aspects are the nouns a question asks for one side of a thing by.
// (Not "fungsi", "tujuan" or "dampak": an answer tells those as "untuk
// ..." or "sehingga ...", without the word.)
var aspects = setOf("manfaat", "khasiat", "kelebihan", "kekurangan", "keuntungan", "kerugian")

// minLongArticle is the length, in words, from which an article that
// never names a country is taken not to be about it, or one whose quote
// names no village not to name it: shorter passages are excerpts that
// leave such things to the rest of their story.
const minLongArticle = 60

// countryAcronyms are the index terms news writes a country's name as:
// "pejabat pertahanan AS" mentions Amerika.
var countryAcronyms = map[string]string{"amerika": "as", "inggris": "uk"}

// countries are the names of countries (and of the Atlantic) as
// Indonesian writes them. Indonesia is not among them: Indonesian news
// about Indonesia seldom names it. Nor are continents, which name events
// ("Kejuaraan Asia").
var countries = setOf("inggris", "amerika", "jepang", "china", "cina", "tiongkok", "rusia", "india", "prancis", "perancis",
	"jerman", "belanda", "italia", "spanyol", "yunani", "mesir", "afrika", "australia", "kanada", "brasil", "meksiko",
	"argentina", "turki", "iran", "irak", "israel", "palestina", "saudi", "korea", "vietnam", "thailand", "malaysia",
	"singapura", "filipina", "portugal", "austria", "swiss", "swedia", "norwegia", "denmark", "finlandia",
	"polandia", "irlandia", "skotlandia", "belgia", "pakistan", "afghanistan", "afganistan", "bangladesh", "nepal",
	"kamboja", "laos", "myanmar", "mongolia", "ukraina", "atlantik", "estonia", "latvia", "lituania", "belarus", "moldova",
	"hongaria", "rumania", "bulgaria", "serbia", "kroasia", "ceko", "slovakia", "suriah", "yordania", "lebanon", "libya", "kuba")

// markedWordUnsaid reports whether the question asks about a superlative
// ("kota terkecil", "pemimpin terburuk", "the oldest") or an ending
// ("dibubarkan", "dilarang", "runtuh") that the best quote's article never
// mentions, nor the quote a synonym of: an article that does not say a
// thing was the smallest, or was banned, cannot say which or when.
func markedWordUnsaid(qa parsedQuestion, quote map[string]bool, article articleWords) bool {
	text := strings.ToLower(qa.Text)
	// "yang paling lama dituturkan": "paling" makes a superlative too,
	// which the article says as "paling lama" or "terlama".
	toks := qa.Tokens
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Fold != "paling" || stopWords[toks[i+1].Fold] || countedMost[toks[i+1].Fold] || countedMost[strings.Join(vocab.Expand(toks[i+1].Fold), " ")] {
			continue // "paling byk" is "paling banyak"
		}
		w := toks[i+1]
		_, folds, _ := article()
		if !folds["ter"+w.Term] && !folds["ter"+w.Fold] && !(strings.HasPrefix(w.Fold, "ter") && folds[w.Fold]) {
			return true // "paling terkenal" is said "terkenal"
		}
	}
	for _, c := range qa.Concepts {
		label := strings.ToLower(c.Label)
		title := slices.ContainsFunc(superlativeTitles, func(p string) bool { return strings.HasSuffix(p, " "+label) && strings.Contains(text, p) })
		if !superlatives[label] && !endings[label] || altsIn(c.Loose, quote) || strings.Contains(text, "pendidikan "+label) || title {
			continue // "pendidikan terakhir" is one's highest degree, "pemimpin tertinggi" a title
		}
		terms, folds, _ := article()
		if !altsIn(c.Alts, terms) {
			return true
		}
		// "terakhir" (the last) is no "akhir" (an end): the last is said
		// as itself or with "paling". Other superlatives are said in other
		// words too ("terbesar" as "utama", "terbaru" as "baru-baru ini").
		if label == "terakhir" && !folds[label] && !folds["ter"+lastTerm(c.Alts)] {
			return true
		}
	}
	return false
}

// ordinalUnsaid reports whether the question asks about the second, third
// ... of something ("Siapa raja kedua Dinasti Han Barat?") that the best
// quote's article, of some length, never counts so: an article that tells
// only of the first cannot say who came second. Short passages are
// excerpts that may count in the rest of their story, and an ordinal
// inside a name ("Megalitikum Kuantum Kedua") names, not counts.
func ordinalUnsaid(qa parsedQuestion, quote map[string]bool, article articleWords) bool {
	for _, c := range qa.Concepts {
		label := strings.ToLower(c.Label)
		if !ordinals[label] || c.Name != 0 || altsIn(c.Alts, quote) {
			continue
		}
		if terms, _, words := article(); words >= minLongArticle && !altsIn(c.Alts, terms) {
			return true
		}
	}
	return false
}

// ordinals are the ordinal words past the first ("pertama" has its
// opposite, "terakhir", among the opposites).
var ordinals = setOf("kedua", "ketiga", "keempat", "kelima", "keenam", "ketujuh", "kedelapan", "kesembilan", "kesepuluh")

var (
	// superlatives are the ter- adjectives (and English superlatives)
	// that ask for the most of something; ter- verbs (terjadi, terletak)
	// are not.
	superlatives = setOf("terakhir", "terkecil", "terburuk", "terbaru", "termuda", "tercepat", "terbesar", "terbaik", "terjauh",
		"tertinggi", "tertua", "terpanjang", "terpendek", "terluas", "terbanyak", "terkaya", "termiskin", "terdekat", "terlama",
		"terberat", "termahal", "termurah", "terpopuler", "terendah", "tersedikit", "terawal", "terkuat", "terlemah", "terlengkap",
		"termutakhir", "tersempit", "terdalam", "terpenting", "terparah",
		"last", "latest", "newest", "largest", "biggest", "smallest", "oldest", "youngest", "highest", "lowest", "longest",
		"shortest", "fastest", "best", "worst", "richest", "poorest", "nearest", "closest", "strongest", "deepest")
	// endings are events that end or undo something. Deaths are not
	// among them: articles give them as dates ("1882–1941").
	endings = setOf("dilarang", "dihancurkan", "ditutup", "dibubarkan", "runtuh", "dihapuskan", "berakhir", "dibunuh",
		"tenggelam", "dibatalkan", "dihapus", "dicabut", "dibebaskan", "ditangkap", "dipenjara", "diusir", "hancur", "bubar", "tutup",
		"punah", "musnah", "digulingkan", "dibakar", "dikalahkan", "kalah", "menyerah", "ditolak", "dijual", "dibongkar")
)

// rankedUnsaid reports whether c is a superlative the question asks
// ("terkecil", "paling kecil") that toks (whose terms are terms) hold
// only as its plain word
// ("kecil"): neither "terkecil" nor "paling kecil", nor a synonym
// ("raksasa" for "terbesar").
func rankedUnsaid(qa parsedQuestion, c concept, toks []token, terms map[string]bool) bool {
	label := strings.ToLower(c.Label)
	root, ok := strings.CutPrefix(label, "ter")
	if !ok || !superlatives[label] || slices.ContainsFunc(superlativeTitles, func(p string) bool { return strings.Contains(strings.ToLower(qa.Text), p) }) {
		return false
	}
	for _, alt := range c.Alts {
		if !slices.Equal(alt, []string{root}) && altsIn([][]string{alt}, terms) {
			return false // "hiu raksasa" for "hiu terbesar"
		}
	}
	for i, t := range toks {
		if t.Fold == label || t.Fold == "paling" && i+1 < len(toks) && (toks[i+1].Fold == root || toks[i+1].Term == root) {
			return false
		}
	}
	return true
}

// superlativeTitles are titles that hold a superlative: the supreme
// leader is no highest of several leaders the article must rank.
var superlativeTitles = []string{"pemimpin tertinggi", "panglima tertinggi"}

// countedMost are the words after "paling" that markedWordUnsaid leaves
// alone: the most or the farthest is read from counts ("17 di atas
// wilayah Krasnodar" is where the most were downed), and "paling tidak"
// (at least) is no superlative.
var countedMost = setOf("banyak", "sedikit", "jauh", "tidak")

// definedUnsaid reports whether a definition question ("Apakah pengertian
// dari konvergensi gagal?", "apa yang dimaksud dengan geisha yang
// murahan?") holds a word that neither the best quote nor its article
// holds, nor a synonym of: the article defines something else (plain
// convergence, geisha). Words no article holds (the asker's spelling) and
// the definition's own frame ("arti kata", "definisi sederhana") do not
// count. Other questions are left alone: they are often worded unlike
// the article that answers them.
func definedUnsaid(qa parsedQuestion, quote map[string]bool, article articleWords) bool {
	if !qa.Defines || qa.Sentences > 1 || !opensWithWhat(qa.Text) {
		return false // "Ada surat kabar ... . Surat kabar apa itu?" asks which, not what it is
	}
	for _, c := range qa.Concepts {
		if c.Absent || definitionFrame[strings.ToLower(c.Label)] || altsIn(c.Alts, quote) || altsIn(c.Loose, quote) {
			continue
		}
		if terms, _, _ := article(); !altsIn(c.Alts, terms) {
			return true
		}
	}
	return false
}

// opensWithWhat reports whether a question opens with the word asking
// what or who something is, as a definition question does ("Apa itu X?",
// "Apakah pengertian dari X?").
func opensWithWhat(question string) bool {
	f := strings.Fields(strings.ToLower(question))
	return len(f) > 0 && definitionOpeners[strings.Trim(f[0], ",.?!")]
}

var definitionOpeners = setOf("apa", "apakah", "apaan", "siapa", "siapakah")

// definitionFrame are the words a definition question wraps its subject
// in: "arti kata X", "istilah X", "definisi sederhana dari X", "ilmu X".
var definitionFrame = setOf("kata", "istilah", "sederhana", "singkat", "ilmu", "bahasa", "umum")

// opposite reports whether a quote's terms hold the opposite of a
// question word they lack: asked for the last ("terakhir"), the quote
// tells of the first ("pertama"). A question that swaps a word for its
// opposite is one the corpus does not answer.
func opposite(qa parsedQuestion, terms map[string]bool, quote []token) bool {
	// A superlative is its own word: "terakhir" (last) is no form of
	// "berakhir" (ended), "terbesar" none of "besar".
	superlative := func(fold, term string) bool { return strings.HasPrefix(fold, "ter") && !strings.HasPrefix(term, "ter") }
	said := func(word string) bool {
		term := termOf(word)
		return slices.ContainsFunc(quote, func(t token) bool {
			return t.Term == term && superlative(t.Fold, t.Term) == superlative(word, term)
		})
	}
	for _, c := range qa.Concepts {
		if c.Name > 0 || altsIn(c.Alts, terms) {
			continue
		}
		label := strings.ToLower(c.Label)
		if label == "pertama" && strings.Contains(strings.ToLower(qa.Text), "pertama kali") {
			continue // "for the first time" dates an event; it is not a rank
		}
		for _, a := range opposites[label] {
			if said(a) {
				return true
			}
		}
	}
	return false
}

// opposites are pairs of words whose swap turns a question into another:
// superlatives, ordinals, and events with an opposite (didirikan,
// dibubarkan). Compass points are not among them: they are parts of
// names (Korea Utara, Korea Selatan).
var opposites = func() map[string][]string {
	m := map[string][]string{}
	for _, p := range [][2]string{{"pertama", "terakhir"}, {"awal", "akhir"}, {"tertinggi", "terendah"}, {"terbesar", "terkecil"}, {"tertua", "termuda"}, {"terpanjang", "terpendek"}, {"terluas", "tersempit"}, {"terbanyak", "tersedikit"}, {"lahir", "wafat"}, {"lahir", "meninggal"}, {"dibangun", "dihancurkan"}, {"didirikan", "dibubarkan"}, {"dibuka", "ditutup"}, {"menang", "kalah"}, {"naik", "turun"}, {"masuk", "keluar"}, {"dimulai", "berakhir"}, {"dimulai", "selesai"}, {"mayoritas", "minoritas"}, {"kakak", "adik"}, {"berdiri", "runtuh"}, {"didirikan", "runtuh"}, {"terbaik", "terburuk"}, {"terkaya", "termiskin"}, {"terdekat", "terjauh"}, {"terberat", "teringan"}, {"terpanas", "terdingin"}, {"impor", "ekspor"}, {"menikah", "bercerai"}, {"dilantik", "diberhentikan"}, {"bergabung", "keluar"}, {"meningkat", "menurun"}, {"positif", "negatif"}} {
		m[p[0]] = append(m[p[0]], p[1])
		m[p[1]] = append(m[p[1]], p[0])
	}
	return m
}()

// hit is a passage bleve found, with its BM25 score.
type hit struct {
	Passage int
	Score   float64
}

// search builds a disjunction of term queries from the question's concepts
// (never query-string syntax) and returns the best passages.
func (l *Library) search(ctx context.Context, qa parsedQuestion, size int) ([]hit, error) {
	var clauses []query.Query
	for _, c := range qa.Concepts {
		for _, alt := range c.Alts {
			for _, t := range alt {
				tq := bleve.NewTermQuery(t)
				tq.SetField(fieldText)
				clauses = append(clauses, tq)
				ttq := bleve.NewTermQuery(t)
				ttq.SetField(fieldTitle)
				ttq.SetBoost(0.3)
				clauses = append(clauses, ttq)
			}
		}
		for _, alt := range c.Loose {
			for _, t := range alt {
				tq := bleve.NewTermQuery(t)
				tq.SetField(fieldText)
				tq.SetBoost(tuning.LooseBoost)
				clauses = append(clauses, tq)
			}
		}
		// A word no article holds may be a typo: look for near spellings,
		// with a low boost, beside the exact clause.
		if c.Absent && len(c.Alts[0]) == 1 && len(c.Alts[0][0]) >= 5 && !isDigit(c.Alts[0][0]) {
			fq := bleve.NewFuzzyQuery(c.Alts[0][0])
			fq.SetField(fieldText)
			fq.SetFuzziness(1)
			fq.SetPrefix(1)
			fq.SetBoost(0.2)
			clauses = append(clauses, fq)
		}
	}
	// A few hits more than asked for, cut to size here: passages of equal
	// score (the same paragraph in two articles) are then cut by passage
	// number, not by how the index's segments merged, so every build of
	// an index answers alike. (bleve's own sort by _id does the same at
	// about 8 ms a question over CLICK-ID.)
	req := bleve.NewSearchRequestOptions(bleve.NewDisjunctionQuery(clauses...), size+tieMargin, 0, false)
	res, err := l.alias.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("retrieval: search: %w", err)
	}
	out := make([]hit, 0, len(res.Hits))
	for _, h := range res.Hits {
		var n int
		if _, err := fmt.Sscan(h.ID, &n); err != nil {
			continue
		}
		out = append(out, hit{Passage: n, Score: h.Score})
	}
	sort.Slice(out, func(i, j int) bool {
		if a, b := scoreKey(out[i].Score), scoreKey(out[j].Score); a != b {
			return a > b
		}
		return out[i].Passage < out[j].Passage
	})
	return out[:min(size, len(out))], nil
}

// tieMargin is how many hits beyond those asked for search fetches, so
// that ties at the cut are settled by passage number.
const tieMargin = 10

// candidate is a quotable run of sentences with its evidence.
type candidate struct {
	Article  int
	Start    int
	End      int
	First    int // sentence indexes in the article
	Last     int
	TypeOK   bool
	Passage  int // index into snapshot.passages
	Features [numFeatures]float64
	Prox     float64 // how close together the matched words are
	Def      bool    // opens like a definition of what the question names
	Coverage float64 // idf-weighted share of the question's concepts it holds
	Score    float64
	Terms    []string // surface forms that matched
	termSet  map[string]bool
}

// Features of a candidate window, the inputs of its score.
const (
	fCoverage      = iota // idf-weighted share of the question, neighbours at half credit
	fBM25                 // the passage's BM25 score over the best passage's
	fExtra                // sentences beyond the first
	fProx                 // how close together the matched words are
	fDef                  // opens like a definition, asked "apa (itu) X?" (or, at typedDefinition, holding the answer's kind)
	fTypeOK               // holds the kind of answer asked for
	fCause                // asked why, and holds a cause (karena, akibat): surer than other types
	fLead                 // in its article's first two sentences, where news and encyclopedias put the essentials
	fAbout                // its article opens with one of the question's words
	fArticleTF            // how often its article repeats the question's words
	fCount                // asked how many, and holds a number of the thing asked about ("84 penumpang")
	fVerb                 // holds the question's verbs (affixed words: didirikan, mengirim)
	fDefines              // opens like a definition, asked what something is ("apa yang dimaksud dengan X")
	fKind                 // names an instance of the kind asked for ("kota Rovenky" for "kota apa")
	fNamed                // share of the names in the question (Kursk, Korea Utara) the window holds, those only the sentence before holds at half
	fSource               // attributes what it tells to whom the question does ("Menurut Kyiv, ...")
	fElse                 // asked who else besides a name, or who also did it, it tells of another doing it too ("Iran juga telah mengirimkan rudal")
	fOther                // asked when the question's source did something, another does it ("Zelensky juga mengonfirmasi")
	fYearless             // asked in what year, names none
	fDayless              // asked on what date, names no day ("pada hari Jumat" for "tanggal berapa")
	fExcluded             // asked who else besides a name, it tells of that name alone ("Korea Utara mengirim rudal")
	fOtherNumbered        // asked about SEA Games X, it tells of SEA Games XXIII
	fDeputy               // asked who the minister is, it names only a deputy minister ("Wakil Menteri Kesehatan Irak")
	fOtherNation          // the nation that describes what is asked ("north korea state news agency") is missing, another named
	fOthersCount          // asked how many of one nation's drones, it counts only another's ("47 pesawat nirawak Ukraina")
	fFigures              // share of the question's own figures it holds ("GA-181", "7380 meter kubik"), years and guesses aside
	numFeatures
)

// rankWeights scores a window as a weighted sum of its features, set by
// sweeps with kutip eval on the seen QA sets. (A listwise-trained linear
// model over these and five more features ranked no better on held-out
// questions: the features, not the weights, are the limit.)
var rankWeights = [numFeatures]float64{
	fCoverage: 1, fBM25: 0.1, fExtra: -0.04, fProx: 0.05, fDef: 0.05, fTypeOK: 0.15, fCause: 0.3,
	fLead: 0.06, fAbout: 0.03, fArticleTF: 0.05, fCount: 0.2, fVerb: 0.1, fDefines: 0.2, fKind: 0.2, fNamed: 0.2, fSource: 0.1,
	fElse: 0.2, fOther: -0.15, fYearless: -0.2, fDayless: -0.2, fExcluded: -0.2, fOtherNumbered: -0.2, fDeputy: -0.15, fOtherNation: -0.15, fOthersCount: -0.15, fFigures: 0.15,
}

// typedDefinition is fDef's value for a definition that holds the kind of
// answer a question other than "apa" asks for: less than the full credit
// a what-is question gives it (swept on the seen sets: 0.6 against 1 and 2).
const typedDefinition = 0.6

// rank scores, for every passage found, each window of one to three
// sentences and keeps each passage's best window; best first.
func (s *snapshot) rank(qa parsedQuestion, hits []hit) []candidate {
	hits = s.inTitledStory(qa, hits)
	var out []candidate
	best := map[int]int{} // passage → index in out
	s.windows(qa, hits, func(c candidate) {
		if i, ok := best[c.Passage]; ok {
			if c.Score > out[i].Score {
				out[i] = c
			}
			return
		}
		best[c.Passage] = len(out)
		out = append(out, c)
	})
	sort.Slice(out, func(i, j int) bool { return ranksBefore(out[i], out[j]) })
	return out
}

// inTitledStory keeps, of a question that names its story by a quoted
// headline, the hits in the story whose title holds most of it (at least
// titledShare of its terms); all hits when no story's title does.
func (s *snapshot) inTitledStory(qa parsedQuestion, hits []hit) []hit {
	if len(qa.TitleTerms) == 0 {
		return hits
	}
	best, shares := 0.0, map[int]float64{}
	for _, h := range hits {
		a := s.passages[h.Passage].Article
		if _, ok := shares[a]; ok {
			continue
		}
		title := termSetOf(tokenize(s.articles[a].Title))
		n := 0
		for t := range qa.TitleTerms {
			if title[t] {
				n++
			}
		}
		shares[a] = float64(n) / float64(len(qa.TitleTerms))
		best = max(best, shares[a])
	}
	if best < titledShare {
		return hits
	}
	return slices.DeleteFunc(slices.Clone(hits), func(h hit) bool { return shares[s.passages[h.Passage].Article] < best })
}

// titledShare is the share of a quoted headline's terms a story's title
// must hold to be the story the question names.
const titledShare = 0.7

// asksDegree reports whether a question asks how far, how great or how
// heavy something is ("seberapa besar dampak ...", "seberapa berat sanksi
// ..."): news may say so in words ("sanksi berat") rather than figures,
// so a quote without a number may still answer. "Seberapa banyak" asks
// for a count.
func asksDegree(qa parsedQuestion) bool {
	for i, t := range qa.Tokens {
		if t.Fold != "seberapa" || i+1 >= len(qa.Tokens) {
			continue
		}
		if i+2 < len(qa.Tokens) && vocab.DegreeNouns[qa.Tokens[i+2].Fold] {
			return true // "seberapa tinggi kemungkinan ..."
		}
		switch measure := strings.TrimSuffix(qa.Tokens[i+1].Fold, "kah"); { // "seberapa jauhkah"
		case vocab.FigureMeasures[measure]:
			return false // a count, a time, a size
		case measure == "jauh":
			// "Seberapa jauh wilayah Kursk dari Moskow?" asks a distance;
			// "seberapa jauh Kim ingin melangkah", how far he goes.
			return !slices.ContainsFunc(qa.Tokens[i+2:], func(t token) bool { return t.Fold == "dari" })
		}
		return true
	}
	return false
}

// ranksBefore orders candidates best first. Equal scores (the same
// sentence in two articles) go in corpus order, not in bleve's, which
// depends on how the index's segments merged; and scores are compared to
// nine decimals, as bleve's sums differ in the last bit from one build to
// another. The same question gets the same answer from every build.
func ranksBefore(a, b candidate) bool {
	if x, y := scoreKey(a.Score), scoreKey(b.Score); x != y {
		return x > y
	}
	if a.Article != b.Article {
		return a.Article < b.Article
	}
	return a.Start < b.Start
}

// scoreKey is a score to nine decimals: two builds of one index sum
// bleve's scores in another order, and the last bits differ.
func scoreKey(score float64) float64 { return math.Round(score * 1e9) }

// windows scores every window of one to three sentences around the
// passages found and hands each to visit.
func (s *snapshot) windows(qa parsedQuestion, hits []hit, visit func(candidate)) {
	total := 0.0
	for _, c := range qa.Concepts {
		total += c.Weight
	}
	if total == 0 || len(hits) == 0 {
		return
	}
	maxBM25 := hits[0].Score
	outletAsked := (qa.Type == vocab.Thing || qa.Type == vocab.Unknown) && outletKinds[qa.kind()]
	nouns := countedNouns(qa)                        // what a how-many question counts one by one ("penumpang")
	numbered := numberedNames(qa.Text)               // "SEA Games X": windows numbering it otherwise rank lower
	dayAsked := asksForDay(qa) || asksForWeekday(qa) // a date or a weekday: windows naming none rank lower
	counted := ""                                    // the nation whose drones a how-many question counts (its soldiers: countOfAnotherNation)
	if qa.Type == vocab.Number && nationCounted(qa, false) == "" {
		counted = nationCounted(qa, true)
	}
	type view struct {
		toks  []token // the article's words, tokenised once a question
		about aboutness
		// The masthead and the article as one text, its words and their
		// set: what a byline is about, once one needs them.
		whole      string
		wholeToks  []token
		wholeTerms map[string]bool
		wholeScore *candidate // the question scored over the whole text
		runs       [][]token  // the article's runs of capitals, once a window needs them
		// publisher holds the terms of the article's publisher ("Al
		// Jazeera"): a question naming the outlet ("Menurut Al Jazeera,
		// ...") is about every sentence of its article.
		publisher map[string]bool
		// citesAsked: the question names an outlet the article cites,
		// not its publisher ("wartawan JoongAng Ilbo"): its byline is
		// none of that outlet's.
		citesAsked bool
		// headlined holds the publisher's and the title's terms, for a
		// question that points at its story by the headline.
		headlined map[string]bool
	}
	views := map[int]*view{}
	for _, h := range hits {
		if h.Passage < 0 || h.Passage >= len(s.passages) {
			continue
		}
		p := s.passages[h.Passage]
		a := s.articles[p.Article]
		v, ok := views[p.Article]
		if !ok {
			v = &view{toks: tokenize(a.Text), publisher: termSetOf(tokenize(publisher(a)))}
			cited, named := citedOutlets(a.Text, v.toks), namedOutlets(a.Text, v.toks)
			maps.Copy(named, cited)
			v.citesAsked = namesCitedOutlet(qa, v.publisher, named)
			maps.Copy(v.publisher, cited)
			v.about = articleAboutness(qa, v.toks, total)
			if qa.Headline {
				// "berita yg judulnya ttg ...": the title's words are every
				// sentence's of its article, as its publisher's are.
				v.headlined = maps.Clone(v.publisher)
				maps.Copy(v.headlined, termSetOf(tokenize(a.Title)))
			}
			views[p.Article] = v
		}
		ab := v.about
		// The context is the title, the publisher and every sentence
		// around the passage: a sentence often leaves its subject to the
		// one before ("Ia meninggal pada 1936").
		ctxTerms := termSetOf(tokenize(masthead(a)))
		sents := s.sentences[p.Article]
		// Windows may reach one sentence beyond the passage on either side:
		// in news, one sentence is often a paragraph.
		lo, hi := max(p.First-1, 0), min(p.First+p.Count+1, len(sents))
		sentToks := map[int][]token{}
		for k := lo; k < hi; k++ {
			toks := tokensIn(v.toks, sents[k].Start, sents[k].End)
			sentToks[k] = toks
			for _, t := range toks {
				ctxTerms[t.Term] = true
			}
		}
		for i := p.First; i < p.First+p.Count; i++ {
			for _, w := range [][2]int{{i, i}, {i, i + 1}, {i - 1, i}, {i - 1, i + 1}} {
				if w[0] < lo || w[1] >= hi {
					continue
				}
				start, end := sents[w[0]].Start, sents[w[1]].End
				if w[0] != w[1] && end-start > tuning.MaxQuoteLen {
					continue
				}
				byline := bylines(a.Text, sents[w[0]:w[1]+1])
				if !byline && !allProse(a.Text, sents[w[0]+1:w[1]+1]) {
					continue // a heading or a story link joins no sentence before it
				}
				if corpus.IsRoleLabel(strings.ToLower(strings.TrimSpace(a.Text[start:end]))) {
					continue // "Reporter" alone names no one: the window with the name above it does
				}
				var toks []token
				for k := w[0]; k <= w[1]; k++ {
					toks = append(toks, sentToks[k]...)
				}
				// Asked which outlet the publisher's story comes from ("dari
				// outlet apa Alinea mengambil berita ini?"), a sentence with
				// a closing credit ("ditingkatkan.(euronews)") or a footer
				// ("Associated Press berkontribusi pada laporan ini.")
				// labels its whole article, as a byline does.
				credit := outletAsked && w[0] == w[1] && creditLine(a.Text[sents[w[1]].Start:sents[w[1]].End]) && namesPublisher(qa, a)
				labels := byline && labelAsked(qa, toks) && !v.citesAsked || credit
				ctx := ctxTerms
				if byline || credit {
					if v.whole == "" {
						v.whole = masthead(a) + "\n" + a.Text
						v.wholeToks = tokenize(v.whole)
						v.wholeTerms = termSetOf(v.wholeToks)
					}
					ctx = v.wholeTerms // a byline labels the whole article
				}
				var named map[string]bool
				if w[0] > lo && refersBack(sentToks[w[0]]) {
					// "Kabupaten ini memiliki luas wilayah 9.442,46km²":
					// it names what the passage's first sentence and the
					// one before it do.
					named = map[string]bool{}
					for _, k := range []int{max(p.First, lo), w[0] - 1} {
						for _, t := range sentToks[k] {
							named[t.Term] = true
						}
					}
				}
				outlet := v.publisher
				if qa.Headline {
					outlet = v.headlined
				}
				runs := func() [][]token {
					if v.runs == nil {
						v.runs = capitalRuns(a.Text, v.toks)
					}
					return v.runs
				}
				speaker := withoutPartNames(qa, pronounSpeaker(a.Text, v.toks, runs, sents, w[0], toks))
				if speaker != nil {
					outlet = maps.Clone(outlet)
					maps.Copy(outlet, speaker)
				}
				c := s.score(qa, a.Text, toks, ctx, outlet, named, total)
				about := c.termSet // the words the window is about
				if labels {
					// Asked for the byline itself ("siapa reporter berita
					// ..."): it is about its whole article.
					if v.wholeScore == nil {
						whole := s.score(qa, v.whole, v.wholeToks, nil, nil, nil, total)
						v.wholeScore = &whole
					}
					c.Coverage, about = v.wholeScore.Coverage, v.wholeScore.termSet
					if slices.ContainsFunc(toks, func(t token) bool { return writerLabels[t.Fold] }) {
						// "Reporter" says who wrote it: the question's "menulis" is its verb.
						about = maps.Clone(about)
						about["tulis"] = true
					}
				}
				c.Passage, c.Article, c.Start, c.End = h.Passage, p.Article, start, end
				c.First, c.Last = w[0], w[1]
				c.TypeOK = typeMatch(qa, a.Text, toks)
				// "Ribuan tentara ... tewas" answers "brp korban", though
				// far less surely than a number: a quarter of its weight.
				rough := qa.Type == vocab.Number && !c.TypeOK && countsRoughly(qa, toks)
				c.TypeOK = c.TypeOK || rough
				f := &c.Features
				var stray [][2]token // the question's numbered names whose numbers the window holds apart from them
				if numbered != nil {
					if same, _ := numberedAs(numbered, toks); !same {
						// Asked about PlayStation 3, the "3" of "3
						// Desember 1994" is no match.
						stray = numbered
						c.Coverage -= strayNumbers(qa, numbered, c.termSet) / total
					}
				}
				f[fCoverage] = c.Coverage
				f[fBM25] = h.Score / maxBM25
				f[fExtra] = float64(w[1] - w[0])
				f[fProx] = c.Prox
				switch {
				case !c.Def:
				case qa.Type == vocab.Thing || qa.Type == vocab.Unknown:
					f[fDef] = 1
				case c.TypeOK:
					// A definition holding the kind of answer asked for
					// answers more than what the thing is: "Televisi
					// Republik Indonesia (TVRI) adalah stasiun televisi
					// ... yang mengudara pada tanggal 24 Agustus 1962".
					f[fDef] = typedDefinition
				}
				f[fTypeOK] = b2f(c.TypeOK) - b2f(rough)*3/4
				if c.TypeOK && !rough && uncounted(nouns, c.termSet) {
					f[fTypeOK] = 0.5
				}
				if c.TypeOK && qa.Type == vocab.Date && !asksForWeekday(qa) && !calendarDate(qa, a.Text, toks) {
					f[fTypeOK] = 0.5 // "pada hari Selasa", "minggu lalu": surer when it names the date itself
				}
				f[fCause] = b2f(c.TypeOK && qa.Type == vocab.Reason)
				f[fLead] = b2f(w[0] <= 1)
				f[fAbout] = b2f(ab.Opens)
				f[fArticleTF] = ab.TF
				f[fCount] = b2f(countsWhatIsAsked(qa, a.Text, toks))
				f[fVerb] = verbShare(qa, about)
				f[fDefines] = b2f(c.Def && qa.Defines || spellsOut(toks, qa.Acronym))
				if c.Def && (qa.Defines || qa.Type == vocab.Thing || qa.Type == vocab.Unknown) && !definesAsAsked(qa, a.Text, toks) {
					// "Ilmu Sastra adalah ...", "Keuskupan adalah ...":
					// a definition of something the question does not
					// name, though it holds the question's words.
					f[fDef] /= 2
					f[fDefines] /= 2
				}
				f[fKind] = b2f(namesItsKind(qa, a.Text, toks) || labels)
				var before map[string]bool // the sentence before, which may name what the window leaves out
				if w[0]-1 >= lo {
					before = termSetOf(sentToks[w[0]-1])
				}
				held := about
				if speaker != nil {
					// "..., katanya": the speaker's names are the window's.
					held = maps.Clone(about)
					maps.Copy(held, speaker)
				}
				f[fNamed] = namedShare(qa, held, before)
				f[fSource] = b2f(attributesToSource(qa, a.Text, toks) || qa.Source != nil && altsIn(qa.Source, speaker))
				f[fOther] = b2f(attributesToAnother(qa, a.Text, toks))
				f[fYearless] = b2f(asksForYear(qa) && !slices.ContainsFunc(toks, isYear))
				f[fDayless] = b2f(dayAsked && !c.TypeOK)
				also := slices.ContainsFunc(toks, func(t token) bool { return alsoWords[t.Fold] })
				f[fElse] = b2f(qa.ExcludedName != nil && !altsIn(qa.ExcludedName, c.termSet) && also || qa.ExcludedName == nil && also && asksAlso(qa))
				if numbered != nil {
					same, other := numberedAs(numbered, toks)
					f[fOtherNumbered] = b2f(other && !same)
				}
				f[fDeputy] = b2f(onlyDeputy(qa, toks))
				f[fOtherNation] = b2f(anotherNationDescribed(qa, c.termSet, toks))
				f[fOthersCount] = b2f(counted != "" && countsOnlyOthers(qa, a.Text, toks, counted, true))
				f[fFigures] = figureShare(qa, c.termSet, stray)
				f[fExcluded] = b2f(qa.ExcludedName != nil && altsIn(qa.ExcludedName, c.termSet) && !also)
				if f[fElse] == 1 && namesAnotherCountry(qa, toks) {
					f[fKind] = 1 // "selain korut, negara mana lagi ...": "Iran juga ..." names one
				}
				for k, v := range f {
					c.Score += rankWeights[k] * v
				}
				visit(c)
			}
		}
	}
}

// countedNouns are the nouns a how-many question counts one by one
// ("berapa penumpang"), not a classifier ("orang") nor a measure; nil for
// another question.
func countedNouns(qa parsedQuestion) [][]string {
	if qa.Type != vocab.Number || qa.Units != nil {
		return nil
	}
	return slices.DeleteFunc(slices.Clone(qa.Counted), func(alt []string) bool {
		return len(alt) == 1 && classifiers[alt[0]] || !countsThings(alt)
	})
}

// uncounted reports whether a window's words never name the nouns a
// how-many question counts (countedNouns): its number counts something
// else ("Boeing 737 400").
func uncounted(nouns [][]string, terms map[string]bool) bool {
	return len(nouns) > 0 && !altsIn(nouns, terms)
}

// figureShare is the share of the question's own figures (not years,
// not a how-many question's guesses) that terms hold: a figure ("GA-181",
// "7380 meter kubik") pins the event down as a name does. 0 when the
// question holds none. The number of a numbered name in stray
// ("PlayStation 3") is no figure of the window's: its "3" is "3 Desember".
func figureShare(qa parsedQuestion, terms map[string]bool, stray [][2]token) float64 {
	figure := func(c concept) bool {
		if len(c.Alts) == 0 || len(c.Alts[0]) != 1 {
			return false
		}
		w := c.Alts[0][0]
		if slices.ContainsFunc(stray, func(n [2]token) bool { return n[1].Term == w }) {
			return false
		}
		return firstDigitRun(w) == w && !countYearRe.MatchString(w) && !qa.Guesses[w]
	}
	return conceptShare(qa, terms, figure, 0)
}

// onlyDeputy reports whether a who-question asks for an office (the
// minister) that toks name only as a deputy's ("Wakil Menteri"), and the
// question asks for no deputy.
func onlyDeputy(qa parsedQuestion, toks []token) bool {
	if qa.Role == "" {
		return false
	}
	deputy := false
	for i, t := range toks {
		if t.Fold != qa.Role {
			continue
		}
		if i == 0 || !deputyWords[toks[i-1].Fold] {
			return false
		}
		deputy = true
	}
	return deputy && !qa.deputy()
}

// deputyWords make an office a deputy's: "Wakil Menteri", "Deputy Minister".
var deputyWords = setOf("wakil", "deputi", "deputy", "vice", "wk")

// deputy reports whether the question itself asks for a deputy.
func (q parsedQuestion) deputy() bool {
	return slices.ContainsFunc(q.Tokens, func(t token) bool { return deputyWords[t.Fold] })
}

// namesAnotherCountry reports whether a question asks which country and
// toks name one the question does not: "Iran" for "selain korut, negara
// mana lagi yang kirim rudal ke rusia?".
func namesAnotherCountry(qa parsedQuestion, toks []token) bool {
	if !countryKinds[qa.kind()] {
		return false
	}
	return slices.ContainsFunc(toks, func(t token) bool {
		return countries[t.Fold] && capitalised(t.Surface) && !qa.QuestionTerms[t.Term]
	})
}

// anotherNationDescribed reports whether a nation describes what the
// question asks for ("what north korea state news agency ...", "Which
// Turkish president"), and a window (toks, its terms) never names it
// but names another: "kantor berita negara Ria Novosti" in a story of
// Russia's.
func anotherNationDescribed(qa parsedQuestion, terms map[string]bool, toks []token) bool {
	for _, c := range qa.Concepts {
		if !c.Describes || !slices.ContainsFunc(c.Alts, isCountry) || altsIn(c.Alts, terms) {
			continue
		}
		return slices.ContainsFunc(toks, func(t token) bool {
			return countries[t.Fold] && capitalised(t.Surface) && !qa.QuestionTerms[t.Term]
		})
	}
	return false
}

var countryKinds = setOf("negara", "negeri", "country")

// masthead is an article's title, publisher, year and month, the publisher's name also
// in parts ("Alinea.id" is also "Alinea id"): context for every window.
func masthead(a Article) string {
	m := a.Title + "\n" + publisher(a)
	if !a.Published.IsZero() {
		// "awal 2025" in a question matches an article of 2025 that says
		// "awal Februari": its year is its dateline's, and so is the
		// month of "the April 2025 report".
		m += "\n" + strconv.Itoa(a.Published.Year()) + " " + monthNames[a.Published.Month()]
	}
	return m
}

// pronounSpeaker returns the terms of the speaker of a window that names
// them only by a pronoun ("... hampir mendekati aliansi militer,”
// katanya."): the name beside a verb of saying in the nearest sentence
// before it that has one ("Kim berkata, ..."), with the fuller run of
// capitals (runs: the article's capitalRuns) the article first gives that
// name in ("Menurut Menteri Pertahanan Seoul Kim Yong-hyun"). What a speaker says is theirs: a
// question about what the minister said is about such a window. Nil for a
// window that names its speaker or none.
func pronounSpeaker(text string, articleToks []token, runs func() [][]token, sents []idana.Span, first int, window []token) map[string]bool {
	if !slices.ContainsFunc(window, func(t token) bool { return pronounSaid[t.Fold] }) {
		return nil
	}
	var name []token
	for k := first - 1; k >= 0 && k >= first-maxSpeakerReach && name == nil; k-- {
		name = speakerNamed(text, tokensIn(articleToks, sents[k].Start, sents[k].End))
	}
	if name == nil {
		return nil
	}
	out := termSetOf(name)
	last := name[len(name)-1].Term
	for _, run := range runs() {
		if len(run) > len(name) && slices.ContainsFunc(run, func(t token) bool { return t.Term == last }) {
			maps.Copy(out, termSetOf(run))
			break
		}
	}
	return out
}

// withoutPartNames returns terms without the words of a name of the
// question it holds only in part: a speaker "Kim Yong-hyun" is no "Kim
// Jong Un".
func withoutPartNames(qa parsedQuestion, terms map[string]bool) map[string]bool {
	if terms == nil {
		return nil
	}
	held, all := map[int]int{}, map[int]int{}
	for _, c := range qa.Concepts {
		if c.Name == 0 {
			continue
		}
		all[c.Name]++
		if altsIn(c.Alts, terms) {
			held[c.Name]++
		}
	}
	out, cloned := terms, false
	for _, c := range qa.Concepts {
		if c.Name == 0 || held[c.Name] == 0 || held[c.Name] == all[c.Name] {
			continue
		}
		if !cloned {
			out, cloned = maps.Clone(terms), true
		}
		for _, alt := range c.Alts {
			for _, t := range alt {
				delete(out, t)
			}
		}
	}
	return out
}

// maxSpeakerReach is how many sentences back a pronoun's speaker is
// looked for.
const maxSpeakerReach = 6

// pronounSaid say that the one spoken of before said it.
var pronounSaid = setOf("katanya", "ujarnya", "tuturnya", "ungkapnya", "imbuhnya", "tambahnya", "jelasnya", "lanjutnya", "tegasnya")

// speakerNamed returns the run of capitals beside a verb of saying in a
// sentence ("Kim berkata", "kata Kim", "Menurut Menteri Pertahanan Seoul
// Kim Yong-hyun"), or nil.
func speakerNamed(text string, toks []token) []token {
	for i, t := range toks {
		switch {
		case t.Fold == "berkata" || t.Fold == "mengatakan" || t.Fold == "menambahkan":
			if run := runEndingAt(text, toks, i-1); run != nil {
				return run
			}
		case t.Fold == "menurut" || t.Fold == "kata" || t.Fold == "ujar":
			if run := runStartingAt(text, toks, i+1); run != nil {
				return run
			}
		}
	}
	return nil
}

// capitalRuns are an article's runs of capitalised words, in order.
func capitalRuns(text string, toks []token) [][]token {
	var runs [][]token
	for i := 0; i < len(toks); i++ {
		if run := runStartingAt(text, toks, i); run != nil {
			i += len(run) - 1
			if run[0].Fold == "menurut" {
				run = run[1:] // "Menurut Menteri ...": the sentence's first word, no name's
			}
			if len(run) > 0 {
				runs = append(runs, run)
			}
		}
	}
	return runs
}

// runStartingAt is the run of capitalised words from toks[i] to the next
// word in lower case or punctuation, nil when toks[i] is none.
func runStartingAt(text string, toks []token, i int) []token {
	if i >= len(toks) || !capitalised(toks[i].Surface) {
		return nil
	}
	j := i + 1
	for j < len(toks) {
		gap := text[toks[j-1].End:toks[j].Start]
		if gap != "-" && (!capitalised(toks[j].Surface) || strings.TrimSpace(gap) != "") {
			break // "Kim Yong-hyun" runs on past its hyphen
		}
		j++
	}
	return toks[i:j]
}

// runEndingAt is the run of capitalised words ending at toks[i], nil when
// toks[i] is none.
func runEndingAt(text string, toks []token, i int) []token {
	hyphened := func(j int) bool { return j > 0 && text[toks[j-1].End:toks[j].Start] == "-" }
	if i < 0 || !capitalised(toks[i].Surface) && !hyphened(i) {
		return nil
	}
	j := i
	for j > 0 && (hyphened(j) || capitalised(toks[j-1].Surface) && strings.TrimSpace(text[toks[j-1].End:toks[j].Start]) == "") {
		j--
	}
	return toks[j : i+1]
}

// citedOutlets are the terms of the outlets an article says it cites
// ("Dikutip dari Al Jazeera, ...", "dilansir Reuters"): a story retold
// from another outlet is that outlet's in every sentence, as it is its
// publisher's.
func citedOutlets(text string, toks []token) map[string]bool {
	out := map[string]bool{}
	for i, t := range toks {
		if !outletCites[t.Fold] {
			continue
		}
		j := i + 1
		if j < len(toks) && toks[j].Fold == "dari" {
			j++
		}
		// "Al Jazeera, Kim Yong-hyun": a comma or stop ends the name.
		name := runStartingAt(text, toks, j)
		maps.Copy(out, termSetOf(name[:min(len(name), maxOutletWords)]))
	}
	return out
}

// outletCites say that what follows is retold from an outlet; not
// "mengutip", whose source is as often a person ("mengutip Kim").
var outletCites = setOf("dikutip", "dilansir", "melansir")

// maxOutletWords is the most words an outlet's name runs to ("The Wall
// Street Journal").
const maxOutletWords = 4

// namedOutlets returns the words of the outlets a text names after their
// kind ("surat kabar JoongAng Ilbo", "kantor berita KCNA").
func namedOutlets(text string, toks []token) map[string]bool {
	out := map[string]bool{}
	for i, t := range toks {
		if outletKinds[t.Term] {
			name := runStartingAt(text, toks, i+1)
			maps.Copy(out, termSetOf(name[:min(len(name), maxOutletWords)]))
		}
	}
	return out
}

// namesCitedOutlet reports whether the question names an outlet an
// article names or cites (cited) that is not its publisher (own).
func namesCitedOutlet(qa parsedQuestion, own, cited map[string]bool) bool {
	return slices.ContainsFunc(qa.Concepts, func(c concept) bool {
		return c.Name != 0 && altsIn(c.Alts, cited) && !altsIn(c.Alts, own)
	})
}

// namesPublisher reports whether the question names the outlet that
// published a ("Alinea").
func namesPublisher(qa parsedQuestion, a Article) bool {
	own := termSetOf(tokenize(publisher(a)))
	return slices.ContainsFunc(qa.Concepts, func(c concept) bool { return altsIn(c.Alts, own) })
}

// publisher is an article's publisher, also in parts ("Alinea.id" is also
// "Alinea id").
func publisher(a Article) string {
	return a.Source + "\n" + strings.ReplaceAll(a.Source, ".", " ")
}

// labelAsked reports whether a byline's role label is what the question
// asks for: "Penulis: Andari Wulan Nugrahani" for "siapa penulis artikel
// Tribunnews itu?", an instance of the role as "kota Rovenky" is of a town.
// A label only the scene a question sets names ("lg nulis soal korut ...
// menhan korsel yg ngomong itu siapa?") is not asked for.
func labelAsked(qa parsedQuestion, toks []token) bool {
	return slices.ContainsFunc(toks, func(t token) bool {
		return corpus.IsRoleLabel(t.Fold) && slices.ContainsFunc(qa.Concepts, func(c concept) bool {
			asked := qa.Asked == 0 || c.In == 0 || c.In&qa.Asked != 0
			return asked && slices.ContainsFunc(c.Alts, func(alt []string) bool {
				return slices.Equal(alt, []string{t.Term}) || writerLabels[t.Fold] && slices.Equal(alt, []string{"tulis"})
			})
		})
	})
}

// writerLabels are the byline labels of a story's writer: asked who wrote
// it ("siapa penulis ...", "yg nulis ..."), "Reporter" answers.
var writerLabels = setOf("reporter", "penulis", "pewarta", "wartawan", "kontributor")

// bylines reports whether a window holds nothing but a byline: "Fitra
// Iskandar" / "Reporter", "Penulis: Andari Wulan Nugrahani".
func bylines(text string, sents []idana.Span) bool {
	if len(sents) == 0 || sents[len(sents)-1].End-sents[0].Start > 200 {
		return false // bylines are short
	}
	label := false
	for _, sp := range sents {
		for _, line := range strings.Split(text[sp.Start:sp.End], "\n") {
			switch line = strings.TrimSpace(line); {
			case line == "":
			case corpus.IsByline(line):
				label = true
			case endsSentence(line) || len(strings.Fields(line)) > 5:
				return false
			}
		}
	}
	return label
}

// namedShare is the share of the question's names (runs of capitalised
// words) the window holds a word of, a name only the sentence before
// holds counting half; 1 when the question names nothing.
func namedShare(qa parsedQuestion, terms, before map[string]bool) float64 {
	runs, got := map[int]float64{}, 0.0
	for _, c := range qa.Concepts {
		if c.Name == 0 {
			continue
		}
		share := 0.0
		if altsIn(c.Alts, terms) {
			share = 1
		} else if altsIn(c.Alts, before) {
			share = 0.5 // "... di wilayah Luhansk. ... terminal yang dekat dengan kota Rovenky"
		}
		runs[c.Name] = max(runs[c.Name], share)
	}
	if len(runs) == 0 {
		return 1
	}
	for _, v := range runs {
		got += v
	}
	return got / float64(len(runs))
}

// verbShare is the share of the question's verbs the window holds; 1
// when the question has none.
func verbShare(qa parsedQuestion, terms map[string]bool) float64 {
	return conceptShare(qa, terms, func(c concept) bool { return isVerb(c.Label) }, 1)
}

// conceptShare is the share of the question's concepts of one sort
// (counts) that terms hold, or none when the question has no such
// concept.
func conceptShare(qa parsedQuestion, terms map[string]bool, counts func(concept) bool, none float64) float64 {
	n, got := 0, 0
	for _, c := range qa.Concepts {
		if !counts(c) {
			continue
		}
		n++
		if altsIn(c.Alts, terms) {
			got++
		}
	}
	if n == 0 {
		return none
	}
	return float64(got) / float64(n)
}

func isVerb(w string) bool {
	if strings.Contains(w, " ") {
		return false
	}
	for _, p := range []string{"me", "di", "ber", "ter"} {
		if strings.HasPrefix(w, p) && len(w) > len(p)+3 && termOf(w) != w {
			return true
		}
	}
	return false
}

// aboutness is how much an article as a whole is about the question: a
// sentence from an article on the question's subject beats the same words
// mentioned in passing elsewhere.
type aboutness struct {
	Opens bool    // the article's first words include a question concept
	TF    float64 // idf-weighted share of the concepts, each counted up to tfCap times
}

const tfCap = 4

func articleAboutness(qa parsedQuestion, toks []token, total float64) aboutness {
	tf := map[string]int{}
	for _, t := range toks {
		tf[t.Term]++
	}
	var ab aboutness
	opening := termSetOf(toks[:min(3, len(toks))])
	for _, c := range qa.Concepts {
		n := 0
		for _, alt := range c.Alts {
			n = max(n, tf[alt[0]])
		}
		ab.TF += c.Weight * float64(min(n, tfCap)) / tfCap / total
		ab.Opens = ab.Opens || altsIn(c.Alts, opening)
	}
	return ab
}

// tokensIn returns the tokens of toks (in text order) that lie within
// the byte range [start, end).
func tokensIn(toks []token, start, end int) []token {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= start })
	j := sort.Search(len(toks), func(j int) bool { return toks[j].Start >= end })
	return toks[i:j]
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// askedPlaceKind reports whether c is the kind of place the question asks
// for ("kota apa", "near which town"): in the sentences around a window it
// earns nothing, as there it marks where the answer is.
func askedPlaceKind(qa parsedQuestion, c concept) bool {
	if len(qa.Category) == 0 {
		return false
	}
	kind := strings.Join(qa.Category[0], " ")
	return (towns[kind] || kindNamedPlaces[kind]) && slices.EqualFunc(c.Alts, qa.Category, slices.Equal)
}

// score measures how much of the question a window of tokens holds. Words
// in ctxTerms, around the window, earn part of their weight; words of
// outlet, the article's publisher, and names in named earn all of it: the
// window is about them though it does not repeat them (what "Kabupaten
// ini" refers to).
func (s *snapshot) score(qa parsedQuestion, text string, toks []token, ctxTerms, outlet, named map[string]bool, total float64) candidate {
	terms := termSetOf(toks)
	yesNo := qa.Type == vocab.YesNo || qa.Type == vocab.Unknown
	got, ctx := 0.0, 0.0
	matched := map[string]bool{}
	credited := make([]bool, len(qa.Concepts))
	for i, c := range qa.Concepts {
		credited[i] = true
		if strings.EqualFold(c.Label, qa.Role) && onlyOffice(c, toks) {
			// Asked who the minister is, "Kementerian" names none,
			// though it tells of the minister's domain.
			got += tuning.LooseCredit * c.Weight
			continue
		}
		switch {
		case altsIn(c.Alts, terms) && rankedUnsaid(qa, c, toks, terms):
			// Asked for the smallest, "sangat kecil" says small, not the
			// smallest: half the word.
			got += tuning.ContextCredit * c.Weight
		case altsIn(c.Alts, terms):
			got += c.Weight
			for _, alt := range c.Alts {
				for _, t := range alt {
					matched[t] = true
				}
			}
		case c.Absent && fuzzyIn(c.Alts[0], toks, matched):
			got += tuning.FuzzyCredit * c.Weight
		case altsIn(c.Loose, terms):
			got += tuning.LooseCredit * c.Weight
			for _, alt := range c.Loose {
				for _, t := range alt {
					if terms[t] {
						matched[t] = true
					}
				}
			}
		case yesNo && altsIn(c.Denials, terms):
			got += c.Weight // asked whether Pyongyang admits it: "menolak tuduhan" answers
		case altsIn(c.Alts, outlet) || c.Name != 0 && altsIn(c.Alts, named):
			// "Menurut Al Jazeera, ...", "tribunnews quote which media":
			// the whole article is the outlet's.
			got += c.Weight
		case qa.Type == vocab.Date && lifeEvent(c) && lifespanRe.MatchString(windowText(text, toks)):
			// Asked when Ruggeru II died: "Ruggeru II (22 Desember 1095 –
			// 26 Februari 1154)" tells of his birth and death, and holds
			// the verb for the rules that look for it.
			got += c.Weight
			for _, alt := range c.Alts {
				if len(alt) == 1 {
					terms[alt[0]] = true
				}
			}
		case qa.Type == vocab.Date && datesKind(c, toks):
			got += c.Weight // asked in which month, "antara Januari dan Februari" names months
		case qa.Type == vocab.Number && amountFrames[strings.ToLower(c.Label)] && holdsCountIn(qa, text, toks):
			got += tuning.ContextCredit * c.Weight // asked the total, "12.000 tentara" half states it
		case altsIn(c.Alts, ctxTerms) && !askedPlaceKind(qa, c):
			ctx += tuning.ContextCredit * c.Weight
		default:
			credited[i] = false
		}
	}
	// A text names someone in full once and by the surname after: "Kam
	// meninggal pada tanggal 18 Juli 1833" tells of Joseph Kam.
	for i, c := range qa.Concepts {
		if surname := qa.Surnames[c.Name]; !credited[i] && surname != nil && !c.Describes && surnameAlone(surname, toks, text) {
			got += tuning.SurnameCredit * c.Weight
		}
	}
	var surface []string
	seen := map[string]bool{}
	for _, t := range toks {
		if matched[t.Term] && !seen[t.Surface] {
			seen[t.Surface] = true
			surface = append(surface, t.Surface)
		}
	}
	return candidate{Coverage: (got + ctx) / total, Terms: surface, termSet: terms, Prox: proximity(toks, matched), Def: definition(text, toks, matched)}
}

// onlyOffice reports whether every word of toks that matches a role
// concept is the office the role holds, a ke-…-an noun: "kementerian"
// for "menteri", "kepresidenan" for "presiden".
func onlyOffice(c concept, toks []token) bool {
	if strings.HasPrefix(strings.ToLower(c.Label), "ke") {
		return false // the question asks for the office itself
	}
	office := false
	for _, t := range toks {
		if !slices.ContainsFunc(c.Alts, func(alt []string) bool { return len(alt) == 1 && alt[0] == t.Term }) {
			continue
		}
		if !strings.HasPrefix(t.Fold, "ke") || !strings.HasSuffix(t.Fold, "an") {
			return false
		}
		office = true
	}
	return office
}

// amountFrames ask for an amount in a how-many question: "total troops
// korut brp", "berapa jumlah ...". A count in the window half meets them.
var amountFrames = setOf("jumlah", "total", "totalnya", "jumlahnya")

// holdsCountIn reports whether toks hold a count the question does not.
func holdsCountIn(qa parsedQuestion, text string, toks []token) bool {
	for i := range toks {
		if isCount(qa, text, toks, i) {
			return true
		}
	}
	return false
}

// datesKind reports whether a date question's concept is the kind of
// date it asks for, a month or a year, and toks name one: "Agustus" is a
// month though the window never writes "bulan", "1945" a year.
func datesKind(c concept, toks []token) bool {
	if len(c.Alts[0]) != 1 {
		return false // "ulang tahun" (a birthday) is no year
	}
	switch c.Alts[0][0] {
	case "bulan", "month", "months":
		return slices.ContainsFunc(toks, func(t token) bool { return months[t.Fold] })
	case "tahun", "year", "years":
		return slices.ContainsFunc(toks, isYear)
	}
	return false
}

// denials are the words that answer no to a question asking whether one
// admits, confirms or accepts something: "Apakah Korea Utara mengakui
// ...?" is answered by "Korea Utara menolak tuduhan ...". Keyed by term.
var denials = map[string][]string{
	"aku":        {"tolak", "bantah", "sangkal"},
	"konfirmasi": {"tolak", "bantah", "sangkal"},
	"benar":      {"bantah", "sangkal"},
	"setuju":     {"tolak"},
	"terima":     {"tolak"},
}

// deniedBy returns, as alternatives, the denials of a concept's
// alternatives.
func deniedBy(alts [][]string) [][]string {
	var out [][]string
	for _, alt := range alts {
		if len(alt) != 1 {
			continue
		}
		for _, d := range denials[alt[0]] {
			out = append(out, []string{d})
		}
	}
	return out
}

// proximity is how tightly the matched words sit together: their count
// over the span of tokens from the first to the last, 1 when adjacent.
func proximity(toks []token, matched map[string]bool) float64 {
	first, last, n := -1, -1, 0
	for i, t := range toks {
		if matched[t.Term] {
			if first < 0 {
				first = i
			}
			last = i
			n++
		}
	}
	if n < 2 {
		return 0
	}
	return float64(n) / float64(last-first+1)
}

// copulas introduce what a thing is: "X adalah ...".
var copulas = setOf("adalah", "merupakan", "ialah", "yaitu", "yakni", "disebut", "singkatan", "kepanjangan", "diartikan", "didefinisikan", "berarti", "is", "are")

// definition reports whether the window opens like a definition of what
// the question names: a matched word among its first three, then a copula
// within twelve words, not counting a parenthesis between ("Muhajirin
// (Arab: المهاجرون) adalah ..."), and no word the question lacks right
// after the subject ("Bilangan cacah adalah ..." defines no "bilangan").
func definition(text string, toks []token, matched map[string]bool) bool {
	from := afterField(text, toks)
	// The subject opens the sentence, after an article or words leading
	// into a name ("Kabupaten Brebes adalah ...", "kaum Muhajirin adalah
	// ..."): in "Teori orbital molekul adalah ..." the theory is defined,
	// not the molecule.
	subject := -1
	for i := from; i < len(toks) && i < from+3; i++ {
		if matched[toks[i].Term] {
			subject = i
			break
		}
		name := i+1 < len(toks) && capitalised(toks[i+1].Surface) // "kaum Muhajirin"
		if !name && !determiners[toks[i].Fold] {
			break
		}
	}
	if subject < 0 {
		return false
	}
	depth, words := 0, 0
	inSubject := true // still in the subject's own words ("Bilangan cacah")
	for i := subject + 1; i < len(toks) && i <= subject+40 && words < 12; i++ {
		between := text[toks[i-1].End:toks[i].Start]
		depth = bracketDepth(between, depth)
		if depth > 0 || strings.ContainsAny(between, "([,") {
			inSubject = false
		}
		if depth > 0 {
			continue
		}
		words++
		if copulas[toks[i].Fold] {
			return true
		}
		// "Bilangan cacah adalah himpunan bilangan bulat ...": a word the
		// question lacks qualifies the subject, and defines something
		// else than "bilangan bulat"; so does a name ("Kesenian Didong"
		// is no definition of seni).
		if inSubject && subjectEnds[toks[i].Fold] {
			inSubject = false
		}
		if inSubject && !matched[toks[i].Term] && !stopWords[toks[i].Fold] {
			return false
		}
	}
	return false
}

// bracketDepth is how deep in brackets the text after between is, depth
// deep before it.
func bracketDepth(between string, depth int) int {
	for _, r := range between {
		switch r {
		case '(', '[':
			depth++
		case ')', ']':
			depth = max(depth-1, 0)
		}
	}
	return depth
}

// afterField returns the index of the first word after an opening phrase
// that sets a definition's field ("Dalam matematika, dimensi adalah …"),
// or 0 when there is none: the subject follows it.
func afterField(text string, toks []token) int {
	if len(toks) == 0 || !fieldOpeners[toks[0].Fold] {
		return 0
	}
	for i := 1; i < len(toks) && i < 10; i++ {
		if strings.Contains(text[toks[i-1].End:toks[i].Start], ",") {
			return i
		}
	}
	return 0
}

// subjectEnds end a definition's subject before its copula: "Dimensi
// atau matra dari suatu ruang ... diartikan sebagai ...".
var subjectEnds = setOf("atau", "dari", "dalam", "yang", "or", "of")

// determiners may open a definition before its subject: "Sebuah molekul
// adalah ...".
var determiners = setOf("sebuah", "seorang", "suatu", "sang", "the", "a", "an")

// fieldOpeners open a phrase that sets a definition's field or frame:
// "Dalam fisika, …", "Menurut KBBI, …", "Secara umum, …".
var fieldOpeners = setOf("dalam", "di", "pada", "menurut", "secara", "bagi", "untuk", "in")

func termSetOf(toks []token) map[string]bool {
	m := make(map[string]bool, len(toks))
	for _, t := range toks {
		m[t.Term] = true
	}
	return m
}

// altsIn reports whether every term of some alternative is in terms.
func altsIn(alts [][]string, terms map[string]bool) bool {
	for _, alt := range alts {
		all := true
		for _, t := range alt {
			if !terms[t] {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// fuzzyIn reports whether a single-term alternative is one edit away from
// a token of toks, marking the token matched.
func fuzzyIn(alt []string, toks []token, matched map[string]bool) bool {
	if len(alt) != 1 || len(alt[0]) < 5 || isDigit(alt[0]) {
		return false
	}
	for _, t := range toks {
		if len(t.Term) >= 4 && !stopWords[t.Fold] && withinOneEdit(alt[0], t.Term) {
			matched[t.Term] = true
			return true
		}
	}
	return false
}

// withinOneEdit reports whether a and b differ by at most one insertion,
// deletion or substitution (bytes).
func withinOneEdit(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}

// quotes turns ranked candidates into at most limit quotes: one per
// passage, near-duplicates from other articles merged into
// AlsoReportedBy, near-equal scores ordered newest first. asked is the
// kind of answer the question asks for (see extend).
func (s *snapshot) quotes(cands []candidate, limit int, minCoverage float64, asked vocab.AnswerType) []Quote {
	var out []keptQuote
	for _, c := range cands {
		if c.Coverage < minCoverage {
			continue
		}
		a := s.articles[c.Article]
		c.Start, c.End = s.extend(c, asked)
		merged := false
		for i := range out {
			o := &out[i]
			if o.c.Article == c.Article {
				if c.Start < o.c.End && o.c.Start < c.End {
					merged = true // overlapping windows of one article
					break
				}
				continue
			}
			if similarity(o.c.termSet, c.termSet) >= tuning.DupSimilarity {
				if !reportedBy(o.q, a.ID) {
					o.q.AlsoReportedBy = append(o.q.AlsoReportedBy, SourceOf(a))
				}
				merged = true
				break
			}
		}
		if merged {
			continue
		}
		if len(out) == limit {
			continue // still merge duplicates of what is kept
		}
		out = append(out, keptQuote{c: c, q: Quote{
			Text:   a.Text[c.Start:c.End],
			Start:  c.Start,
			End:    c.End,
			Terms:  c.Terms,
			Source: SourceOf(a),
			Score:  math.Round(c.Score*1000) / 1000,
		}})
	}
	newestFirstWhenNearEqual(out)
	qs := make([]Quote, len(out))
	for i, k := range out {
		qs[i] = k.q
	}
	return qs
}

// keptQuote is a quote and the candidate it was made from.
type keptQuote struct {
	c candidate
	q Quote
}

// extend grows a quote by whole neighbouring sentences while it stays
// within tuning.MaxQuoteLen. A quote that opens with a pronoun ("Ia
// meninggal pada 1936"), quotes someone it calls "-nya" ("“...,”
// katanya") or tells of a deed by "-nya" ("film yang disutradarainya")
// first takes the sentence before, which names who; when the question
// asks who (asked is Person), it does so up to twice MaxQuoteLen, since
// that name is the answer. Asked when, a quote that opens by dating
// itself from the sentence before ("Setelah kematian ayahandanya, ...")
// takes that sentence too, up to twice MaxQuoteLen, since it holds the
// date. Then it takes the following sentences, since the sentence that
// matches best often leaves its answer to the next; then, if room is
// left, the preceding ones.
func (s *snapshot) extend(c candidate, asked vocab.AnswerType) (int, int) {
	sents := s.sentences[c.Article]
	text := s.articles[c.Article].Text
	first, last := c.First, c.Last
	fits := func(lo, hi int) bool { return sents[hi].End-sents[lo].Start <= tuning.MaxQuoteLen }
	// A line without a closing stop is a heading, a link to another story
	// or a caption: the quote does not grow into it.
	prose := func(i int) bool { return endsSentence(text[sents[i].Start:sents[i].End]) }
	opening := tokenize(text[sents[first].Start:sents[first].End])
	dated := asked == vocab.Date && datedFromBefore(opening)
	long := asked == vocab.Person || dated // the sentence before holds the answer
	if first > 0 && (opensWithPronoun(opening) || saidByPronoun(opening) || doneByPronoun(opening) || dated) && (fits(first-1, last) || long && sents[last].End-sents[first-1].Start <= 2*tuning.MaxQuoteLen) {
		first--
	}
	for last+1 < len(sents) && fits(first, last+1) && prose(last+1) {
		last++
	}
	for tuning.ExtendBack && first > 0 && fits(first-1, last) && prose(first-1) {
		first--
	}
	return sents[first].Start, sents[last].End
}

// allProse reports whether every sentence of sents ends like one.
func allProse(text string, sents []idana.Span) bool {
	for _, sp := range sents {
		if !endsSentence(text[sp.Start:sp.End]) {
			return false
		}
	}
	return true
}

var citeMarks = regexp.MustCompile(`(\[\d{1,3}\])+$`)

// creditMark is a news story's closing credit after its last stop:
// "ditingkatkan.(euronews)", "kata dia. (ant/rtr)".
var creditMark = regexp.MustCompile(`([.!?])\s*\([\pL\pN /.-]{1,30}\)$`)

// contributedRe is a story's footer crediting an agency: "Associated Press
// berkontribusi pada laporan ini.", "Reuters contributed to this report."
var contributedRe = regexp.MustCompile(`(?i)^[\pL\pN .&'-]{2,40}\s(turut\s)?(berkontribusi|contributed)\s(pada|dalam|untuk|to)\s(laporan|berita|this\s+report)\s*(ini)?\.?$`)

// creditLine reports whether a sentence credits the outlet a story comes
// from: a closing credit or a footer naming a contributing agency.
func creditLine(sentence string) bool {
	sentence = strings.TrimSpace(sentence)
	return creditMark.MatchString(sentence) || contributedRe.MatchString(sentence)
}

// endsSentence reports whether s ends as a sentence does: with a stop,
// a question or exclamation mark, or a closing quote or bracket after one.
func endsSentence(s string) bool {
	s = citeMarks.ReplaceAllString(strings.TrimRight(s, " \t\n\r\u00a0"), "") // "1936.[7]"
	if strings.HasSuffix(s, ")") {
		s = creditMark.ReplaceAllString(s, "$1") // "ditingkatkan.(euronews)"
	}
	s = strings.TrimRight(s, "\"”’')]")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "…")
}

// pronouns that open a sentence whose subject is in the one before.
var pronouns = setOf("ia", "dia", "mereka", "beliau", "ini", "itu", "hal", "tersebut", "keduanya", "he", "she", "they", "it", "this")

// saidBy are the words that attribute a quotation to someone named
// before: "“...,” katanya."
var saidBy = setOf("katanya", "ujarnya", "tuturnya", "ungkapnya", "imbuhnya", "tambahnya", "jelasnya", "tegasnya", "sebutnya")

// saidByPronoun reports whether a sentence attributes what it quotes to
// someone it does not name: "“Hubungan ... aliansi militer,” katanya."
func saidByPronoun(sentence []token) bool {
	for _, t := range sentence {
		if saidBy[t.Fold] {
			return true
		}
	}
	return false
}

// doneByPronoun reports whether a sentence tells of a deed by someone it
// does not name, a passive verb with -nya: "Dari sebelas film yang
// disutradarainya, ..." (directed by him).
func doneByPronoun(sentence []token) bool {
	for _, t := range sentence {
		if w, ok := strings.CutSuffix(t.Fold, "nya"); ok && strings.HasPrefix(w, "di") && isVerb(w) {
			return true
		}
	}
	return false
}

// datedFromBefore reports whether a sentence opens by dating what it
// tells from what the sentence before told: "Setelah kematian
// ayahandanya, ...", "Sejak itu ...", "Tak lama kemudian ...".
func datedFromBefore(sentence []token) bool {
	if len(sentence) < 2 || !timeLinks[sentence[0].Fold] {
		return false
	}
	for _, t := range sentence[1:min(len(sentence), 5)] {
		if pronouns[t.Fold] || strings.HasSuffix(t.Fold, "nya") || t.Fold == "kemudian" {
			return true
		}
	}
	return false
}

// timeLinks open a sentence dated from another event.
var timeLinks = setOf("setelah", "sesudah", "sejak", "semenjak", "sebelum", "selepas", "usai", "seusai", "tak", "tidak", "beberapa", "saat", "ketika", "pada")

func opensWithPronoun(sentence []token) bool {
	return len(sentence) > 0 && pronouns[sentence[0].Fold]
}

func reportedBy(q Quote, id string) bool {
	if q.Source.ArticleID == id {
		return true
	}
	for _, s := range q.AlsoReportedBy {
		if s.ArticleID == id {
			return true
		}
	}
	return false
}

// newestFirstWhenNearEqual reorders runs of quotes whose scores are within
// tuning.NearEqual of the run's best so the newest article comes first:
// when sources disagree (12.000 troops in 2024, 14.000 in 2025) the user
// sees the latest figure first, and every quote carries its date. A quote
// holding the kind of answer asked (a name for "siapa") stays before one
// that does not, however new.
func newestFirstWhenNearEqual(ks []keptQuote) {
	for i := 0; i < len(ks); {
		j := i + 1
		for j < len(ks) && ks[i].q.Score-ks[j].q.Score <= tuning.NearEqual {
			j++
		}
		run := ks[i:j]
		sort.SliceStable(run, func(a, b int) bool {
			if run[a].c.TypeOK != run[b].c.TypeOK {
				return run[a].c.TypeOK
			}
			return run[a].q.Source.Published.After(run[b].q.Source.Published)
		})
		i = j
	}
}

// similarity is the overlap coefficient of two term sets: the share of
// the smaller one found in the other. Two articles carrying the same
// statement, one with a sentence more around it, score near 1.
func similarity(a, b map[string]bool) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < 6 {
		return 0 // too short to call a duplicate
	}
	inter := 0
	for t := range a {
		if b[t] {
			inter++
		}
	}
	return float64(inter) / float64(len(a))
}

// alsoWords say that someone else does it too: "Iran juga telah
// mengirimkan rudal".
var alsoWords = setOf("juga", "pula", "also", "too")

// asksAlso reports whether a question asks who or what also did it:
// "Negara mana yang juga mengirim rudal ke Rusia?", "Which other country
// sent missiles to Russia?".
func asksAlso(qa parsedQuestion) bool {
	return qa.Type != vocab.YesNo && slices.ContainsFunc(qa.Tokens, func(t token) bool { return alsoWords[t.Fold] || qa.English && otherWords[t.Fold] })
}

// temporalConnectives open a clause that only dates the question's event:
// "dilatih di mana sebelum dikirim ke garis depan".
var temporalConnectives = setOf("sebelum", "setelah", "sesudah", "seusai", "usai", "before", "after")

// subordinateOnly reports whether a where- or when-question's best quote
// tells only of the event its temporal clause names (or, for a clause
// without one, "sblm ke garis depan", of what the clause names), not of
// the one asked: asked where the troops trained before they were sent to
// the front, a quote about where they were sent (and no training) gives
// the wrong place.
func subordinateOnly(qa parsedQuestion, terms map[string]bool, quote []token) bool {
	if qa.Type != vocab.Place && qa.Type != vocab.Date {
		return false
	}
	toks := qa.Tokens
	start := -1
	for i, t := range toks {
		if temporalConnectives[t.Fold] || temporalConnectives[strings.Join(vocab.Expand(t.Fold), " ")] {
			start = i
			break
		}
	}
	if start < 1 {
		return false
	}
	inClause := map[string]bool{}
	for j := start + 1; j < len(toks); j++ {
		if strings.ContainsAny(qa.Text[toks[j-1].End:toks[j].Start], ",;") || isQuestionWord(toks[j].Fold) {
			break
		}
		inClause[toks[j].Fold] = true
	}
	event := func(c concept) bool {
		l := strings.ToLower(c.Label)
		return !strings.Contains(l, " ") && (isVerb(l) || strings.HasPrefix(l, "pe") && strings.HasSuffix(l, "an") || qa.English && (strings.HasSuffix(l, "ed") || englishVerbs[l]))
	}
	main, mainHeld := 0, false
	clauseEvents, clauseEventHeld := 0, false
	var sub [][]string // the clause's words the quote holds
	for _, c := range qa.Concepts {
		if c.Absent || c.Name != 0 {
			continue
		}
		held := altsIn(c.Alts, terms)
		switch {
		case !slices.ContainsFunc(strings.Fields(strings.ToLower(c.Label)), func(w string) bool { return !inClause[w] }):
			if held {
				sub = append(sub, c.Alts...)
			}
			if event(c) {
				clauseEvents++
				clauseEventHeld = clauseEventHeld || held
			}
		case event(c):
			main++
			mainHeld = mainHeld || held
		}
	}
	// The quote tells of the clause's event, or, for a clause without
	// one ("sblm ke garis depan"), of what it names.
	ofClause := clauseEventHeld || clauseEvents == 0 && sub != nil
	if main == 0 || mainHeld || !ofClause {
		return false
	}
	// A quote that dates its event by the clause's ("kembali beraksi ...
	// setelah penarikan") tells of the asked event in words of its own.
	for i, t := range quote {
		if !temporalConnectives[t.Fold] {
			continue
		}
		for _, u := range quote[i+1 : min(i+4, len(quote))] {
			if altsIn(sub, map[string]bool{u.Term: true}) {
				return false
			}
		}
	}
	return true
}

// patronymics join a name to a father's: "Umar bin Khattab" is another
// Umar than Teuku Umar.
var patronymics = setOf("bin", "binti", "ibn", "ibnu", "van", "von", "de", "da")

// surnames maps each name the question gives in full, as one person's,
// to the alternatives of its last word: a text names the person by it
// alone after the first mention ("Kam meninggal pada tanggal 18 Juli
// 1833" for Joseph Kam). No name counts that holds a kind of thing
// ("Kerajaan Jerman"), ends with a country, is written as an acronym or
// is a list.
func surnames(qa parsedQuestion) map[int][][]string {
	runs := map[int][]concept{}
	for _, c := range qa.Concepts {
		if c.Name != 0 {
			runs[c.Name] = append(runs[c.Name], c)
		}
	}
	common := func(c concept) bool {
		return idana.IsRoot(c.Label) || idana.IsRoot(idana.Stem(c.Label))
	}
	out := map[int][][]string{}
	for name, words := range runs {
		if len(words) < 2 {
			continue
		}
		last := words[len(words)-1]
		if slices.ContainsFunc(words[:len(words)-1], common) || countries[last.Label] || last.Label == "indonesia" {
			continue // "Kerajaan Jerman", "Kementerian Pertahanan Rusia", "Telkom Indonesia"
		}
		if oneName(qa, words) {
			out[name] = last.Alts
		}
	}
	return out
}

// oneName reports whether the question writes a name's words capitalised,
// side by side, as one name: not "STAIN Ahmad" nor "Toyota , Honda dan
// Sony".
func oneName(qa parsedQuestion, words []concept) bool {
	var run []token
	for _, t := range qa.Tokens {
		if slices.ContainsFunc(words, func(c concept) bool { return c.Label == t.Fold }) {
			run = append(run, t)
		}
	}
	for i, t := range run {
		if !capitalised(t.Surface) || acronym(t.Surface) {
			return false
		}
		if i > 0 && strings.TrimSpace(qa.Text[run[i-1].End:t.Start]) != "" {
			return false
		}
	}
	return true
}

// surnameAlone reports whether toks hold a surname (its alternatives)
// capitalised and standing alone, not beside another name ("Peter Kam",
// "Hong Kong") nor joined to a prefix or a father's name ("Al-Azhar",
// "Umar bin Khattab").
func surnameAlone(surname [][]string, toks []token, text string) bool {
	for k, t := range toks {
		if !altsIn(surname, map[string]bool{t.Term: true}) || !capitalised(t.Surface) {
			continue
		}
		alone := true
		for _, j := range []int{k - 1, k + 1} {
			if j < 0 || j >= len(toks) {
				continue
			}
			n := toks[j]
			if strings.Trim(text[min(n.End, t.End):max(n.Start, t.Start)], " -") != "" {
				continue // "Kam, Peter" is no "Peter Kam"
			}
			if capitalised(n.Surface) || j == k-1 && n.Fold == "al" || j == k+1 && patronymics[n.Fold] {
				alone = false
			}
		}
		if alone {
			return true
		}
	}
	return false
}

// lifespanRe matches the dates of a life in brackets after a name, as an
// encyclopedia gives them: "(22 Desember 1095 – 26 Februari 1154)", "(384
// SM – 322 SM)", "(lahir 4 Agustus 1900 – wafat 30 Maret 2002)".
var lifespanRe = regexp.MustCompile(`\([^()]*\b\d{3,4}\b[^()]*?[–—-][^()]*\b\d{1,4}\b[^()]*\)`)

// lifeEvent reports whether a concept is a birth or a death: "lahir",
// "meninggal", "wafat".
func lifeEvent(c concept) bool {
	return slices.ContainsFunc(c.Alts, func(alt []string) bool { return len(alt) == 1 && (alt[0] == "lahir" || alt[0] == "wafat") })
}

// windowText is the text toks span.
func windowText(text string, toks []token) string {
	if len(toks) == 0 {
		return ""
	}
	return text[toks[0].Start:toks[len(toks)-1].End]
}

// definesAsAsked reports whether a window opening like a definition
// defines what the question names in the question's own words: every
// word of its subject, up to the copula, is one of the question's ("Karya
// sastra adalah ...", "Uskup (serapan dari bahasa Arab) adalah ..."), not
// a word the question lacks ("Ilmu Sastra adalah ...") nor another form
// of one ("Keuskupan adalah ..." for "uskup").
func definesAsAsked(qa parsedQuestion, text string, toks []token) bool {
	asked := map[string]bool{}
	for _, c := range qa.Concepts {
		asked[c.Label] = true
	}
	from := afterField(text, toks)
	depth, subject := 0, 0
	for i := from; i < len(toks) && i < from+40; i++ {
		if i > from {
			depth = bracketDepth(text[toks[i-1].End:toks[i].Start], depth)
		}
		if depth > 0 {
			continue
		}
		t := toks[i]
		switch {
		case copulas[t.Fold]:
			return subject > 0
		case subject > 0 && (subjectEnds[t.Fold] || t.Fold == "dan"):
			return true // "Wangsa atau dinasti berarti ...": the first name is the subject
		case determiners[t.Fold] && subject == 0:
		case asked[t.Fold]:
			subject++
		default:
			return false
		}
	}
	return false
}

// claimRe matches the words that put up a claim for checking.
var claimRe = regexp.MustCompile(`(?i)\b(benarkah|betulkah|benerkah|apa(kah)? (benar|betul|bener|iya)|(bener|betul|benar) (gak|ga|gk|nggak|ngga|enggak|engga|tidak)|is it true|is it correct|true or false|hoaks atau (bukan|fakta)|fakta atau hoaks|hoax or not)\b`)

// checksClaim reports whether a question puts up a claim for checking.
func checksClaim(question string) bool { return claimRe.MatchString(question) }
