package vocab

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed data/glossary-en-id.tsv
var glossaryTSV string

// glossary maps an English word or phrase to its Indonesian alternatives;
// maxPhrase is the most words any key has.
var glossary, maxPhrase = func() (map[string][]string, int) {
	g := mustParse(parseGlossary(glossaryTSV))
	longest := 1
	for k := range g {
		longest = max(longest, len(strings.Fields(k)))
	}
	return g, longest
}()

// parseGlossary reads english<TAB>indonesian1|indonesian2 lines.
func parseGlossary(text string) (map[string][]string, error) {
	m := make(map[string][]string)
	err := dataLines(text, func(n int, line string) error {
		en, ids, ok := strings.Cut(line, "\t")
		en = strings.Join(strings.Fields(en), " ")
		if !ok || en == "" || strings.Contains(ids, "\t") {
			return fmt.Errorf("vocab: parse glossary line %d: want english<TAB>indonesian|..., got %q", n, line)
		}
		if en != strings.ToLower(en) {
			return fmt.Errorf("vocab: parse glossary line %d: %q is not lowercase", n, en)
		}
		if m[en] != nil {
			return fmt.Errorf("vocab: parse glossary line %d: duplicate %q", n, en)
		}
		var alts []string
		for _, id := range strings.Split(ids, "|") {
			id = strings.Join(strings.Fields(id), " ")
			if id == "" {
				return fmt.Errorf("vocab: parse glossary line %d: empty translation in %q", n, line)
			}
			alts = append(alts, id)
		}
		m[en] = alts
		return nil
	})
	return m, err
}

// Term is one English word or phrase of a question with its Indonesian
// alternatives. Known is false for words no table translates (names such as
// Pezeshkian or Kursk, numbers): Indonesian then holds the word itself, its
// spelling variants, and for numbers the Indonesian ways of writing them.
type Term struct {
	English    string
	Indonesian []string
	Known      bool
}

// Translator turns English questions into Indonesian alternatives using the
// embedded glossary and, for words the glossary lacks, an optional dictionary.
// It is safe for concurrent use.
type Translator struct {
	dict *Dict
}

// NewTranslator returns a Translator that falls back to d for words the
// glossary lacks; d may be nil.
func NewTranslator(d *Dict) *Translator {
	return &Translator{dict: d}
}

var defaultTranslator = NewTranslator(nil)

// Translate turns an English question into Indonesian alternatives per English
// word or phrase, using the glossary only. See (*Translator).Translate.
func Translate(text string) []Term {
	return defaultTranslator.Translate(text)
}

// Translate turns an English question into Terms, in the order of the text.
// Glossary phrases are matched greedily, longest first ("how many", "North
// Korean", "according to"), then known name spellings ("Kim Jong Un"), then
// numbers ("14,000", "fourteen thousand"); English stop words (the, of, was,
// did …) are dropped, except question words (what → apa, when → kapan),
// which stay so the caller can treat them as QuestionType says; remaining
// words are looked up in the glossary, folding English inflection (soldiers →
// soldier, fought → fight), then in the dictionary, and are otherwise kept as
// themselves (lowercased, with their spelling variants) with Known false.
// "US" and "U.S." are the United States, "us" is a stop word; "May" is the
// month, "may" a stop word.
func (t *Translator) Translate(text string) []Term {
	toks := tokenize(text)
	var terms []Term
	for i := 0; i < len(toks); {
		if term, n := t.match(toks, i); n > 0 {
			// "Korean-supplied", unknown as one word, is two known ones;
			// "Luhansk-area" a name and a known word; "1k-3k" two numbers.
			if parts := strings.Split(toks[i].orig, "-"); n == 1 && !term.Known && len(parts) > 1 && (t.splittable(parts) || allNumbers(parts)) {
				terms = append(terms, t.Translate(strings.Join(parts, " "))...)
				i++
				continue
			}
			if term.English != "" {
				terms = append(terms, term)
			}
			i += n
			continue
		}
		i++
	}
	return terms
}

// splittable reports whether the parts of a hyphenated word are words of
// their own: the glossary or the dictionary knows the last, and every
// other is known too or capitalised, a name ("KCNA-quoted"). Before a word
// that cites ("euronews-sourced", "kcna-quoted") a part is a name even in
// lower case, as chat writes names.
func (t *Translator) splittable(parts []string) bool {
	cites := citingWords[strings.ToLower(parts[len(parts)-1])]
	for _, w := range parts[:len(parts)-1] {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !t.allKnown([]string{w}) && !(cites && isLetters(strings.ToLower(w))) {
			return false
		}
	}
	return t.allKnown(parts[len(parts)-1:])
}

// allNumbers reports whether every part is a number ("1k", "3k").
func allNumbers(parts []string) bool {
	for _, p := range parts {
		toks := tokenize(p)
		if len(toks) != 1 {
			return false
		}
		if _, n := numberTerm(toks, 0); n != 1 {
			return false
		}
	}
	return true
}

// citingWords end a hyphenated word whose first part is the source cited.
var citingWords = setOf(`sourced based quoted cited reported`)

// Knows reports whether word, one lower-case English word, is one the
// translator reads: a stop word, a question word, or a word the glossary
// or the dictionary translates.
func (t *Translator) Knows(word string) bool {
	return englishStop[word] || questionWords[word] != Unknown || t.allKnown([]string{word})
}

// allKnown reports whether the glossary or the dictionary knows every word.
func (t *Translator) allKnown(words []string) bool {
	for _, w := range words {
		toks := tokenize(w)
		if len(toks) != 1 || isDigitStart(w) {
			return false
		}
		if term, _ := t.match(toks, 0); !term.Known {
			return false
		}
	}
	return true
}

// match finds the term starting at toks[i] and how many tokens it spans; an
// empty Term with n > 0 means the tokens are dropped (stop words).
func (t *Translator) match(toks []token, i int) (Term, int) {
	// Glossary phrases, longest first; the last word may be inflected.
	for n := min(maxPhrase, len(toks)-i); n >= 2; n-- {
		words := lowers(toks[i : i+n])
		last := words[n-1]
		for _, cand := range fold(last) {
			words[n-1] = cand
			if alts, ok := glossary[strings.Join(words, " ")]; ok {
				return Term{English: joinOrig(toks[i : i+n]), Indonesian: clone(alts), Known: true}, n
			}
		}
	}
	// Names spelled in several ways.
	for n := min(4, len(toks)-i); n >= 2; n-- {
		if g := Variants(strings.Join(lowers(toks[i:i+n]), " ")); g != nil {
			return Term{English: joinOrig(toks[i : i+n]), Indonesian: g}, n
		}
	}
	tok := toks[i]
	// Numbers, as digits or words.
	if term, n := numberTerm(toks, i); n > 0 {
		return term, n
	}
	w := tok.lower
	switch {
	case tok.orig == "US" || tok.orig == "U.S.":
		w = "u.s."
	case w == "may":
		if tok.orig == "may" {
			return Term{}, 1 // the modal verb; the month is capitalised
		}
	case englishStop[w] && questionWords[w] == Unknown:
		// Question words stay: the caller finds them with QuestionType.
		return Term{}, 1
	}
	cands := fold(w)
	if strings.Contains(w, "-") { // front-line → front line
		cands = append(cands, fold(strings.ReplaceAll(w, "-", " "))...)
	}
	for _, cand := range cands {
		if alts, ok := glossary[cand]; ok {
			return Term{English: tok.orig, Indonesian: clone(alts), Known: true}, 1
		}
	}
	if t.dict != nil {
		for _, cand := range fold(w) {
			if alts := t.dict.Lookup(cand); alts != nil {
				return Term{English: tok.orig, Indonesian: alts, Known: true}, 1
			}
		}
	}
	// Chat Indonesian inside an English question ("Kemenhan", "tntr"):
	// only a word no stop word, glossary entry or dictionary headword
	// reads, so the English "as" stays English.
	if exp := Expand(w); exp != nil {
		return Term{English: tok.orig, Indonesian: []string{strings.Join(exp, " ")}, Known: true}, 1
	}
	alts := []string{w}
	for _, v := range Variants(w) {
		if v != w {
			alts = append(alts, v)
		}
	}
	return Term{English: tok.orig, Indonesian: alts}, 1
}

// numberTerm reads a number at toks[i]: digits with English separators gain
// their Indonesian spelling ("14,000" → 14.000, 14000; "2.5" → 2,5), and
// spelled or multiplied numbers gain digits ("14 thousand" → 14.000, 14000).
// Single number words are left to the glossary (six → enam, 6).
func numberTerm(toks []token, i int) (Term, int) {
	words := lowers(toks[i:min(len(toks), i+8)])
	value, n, ok := ParseNumber(words)
	if !ok {
		return Term{}, 0
	}
	orig := joinOrig(toks[i : i+n])
	if n == 1 && !isDigitStart(words[0]) {
		return Term{}, 0
	}
	alts := []string{words[0]}
	if n > 1 {
		alts = []string{strings.Join(words[:n], " ")}
	}
	add := func(s string) {
		for _, a := range alts {
			if a == s {
				return
			}
		}
		alts = append(alts, s)
	}
	if value == float64(int64(value)) && value < 1e15 {
		digits := fmt.Sprintf("%d", int64(value))
		add(groupThousands(digits))
		add(digits)
	} else if c, ok := CanonicalNumber(words[0]); ok && n == 1 {
		add(strings.Replace(c, ".", ",", 1))
		add(c)
	}
	return Term{English: orig, Indonesian: alts}, n
}

func isDigitStart(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// groupThousands writes digits the Indonesian way: 14000 → 14.000.
func groupThousands(digits string) string {
	if len(digits) <= 3 {
		return digits
	}
	var b strings.Builder
	head := len(digits) % 3
	if head == 0 {
		head = 3
	}
	b.WriteString(digits[:head])
	for j := head; j < len(digits); j += 3 {
		b.WriteByte('.')
		b.WriteString(digits[j : j+3])
	}
	return b.String()
}

func lowers(toks []token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.lower
	}
	return out
}

func joinOrig(toks []token) string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.orig
	}
	return strings.Join(out, " ")
}

// irregular maps irregular English forms to their base.
var irregular = map[string]string{
	"sent": "send", "fought": "fight", "met": "meet", "said": "say", "won": "win",
	"led": "lead", "took": "take", "taken": "take", "gave": "give", "given": "give",
	"was": "be", "were": "be", "been": "be", "is": "be", "are": "be",
	"went": "go", "gone": "go", "came": "come", "made": "make", "told": "tell",
	"shot": "shoot", "lost": "lose", "began": "begin", "begun": "begin",
	"left": "leave", "held": "hold", "brought": "bring", "bought": "buy",
	"built": "build", "caught": "catch", "chose": "choose", "chosen": "choose",
	"did": "do", "done": "do", "had": "have", "has": "have", "knew": "know",
	"known": "know", "saw": "see", "seen": "see", "spoke": "speak", "spoken": "speak",
	"struck": "strike", "thought": "think", "understood": "understand", "wrote": "write",
	"written": "write", "flew": "fly", "flown": "fly", "fell": "fall", "fallen": "fall",
	"found": "find", "got": "get", "gotten": "get", "hit": "hit", "kept": "keep",
	"paid": "pay", "put": "put", "ran": "run", "rose": "rise", "risen": "rise",
	"sold": "sell", "signed": "sign", "stood": "stand", "withdrew": "withdraw",
	"withdrawn": "withdraw", "men": "man", "women": "woman", "children": "child",
	"people": "person", "casualties": "casualty", "countries": "country",
	"armies": "army", "died": "die", "dying": "die",
}

// fold returns the word and then the base forms it may be an inflection of,
// most likely first: irregular forms, then -ies, -es, -s, -ied, -ed and -ing
// with and without a restored final e or a doubled consonant.
func fold(w string) []string {
	out := []string{w}
	add := func(s string) {
		if len(s) < 2 {
			return
		}
		for _, o := range out {
			if o == s {
				return
			}
		}
		out = append(out, s)
	}
	if base, ok := irregular[w]; ok {
		add(base)
	}
	if len(w) < 4 {
		return out
	}
	switch {
	case strings.HasSuffix(w, "ies"):
		add(w[:len(w)-3] + "y")
	case strings.HasSuffix(w, "es"):
		add(w[:len(w)-2])
		add(w[:len(w)-1])
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		add(w[:len(w)-1])
	case strings.HasSuffix(w, "ied"):
		add(w[:len(w)-3] + "y")
	case strings.HasSuffix(w, "ed"):
		stem := w[:len(w)-2]
		add(stem)
		add(stem + "e")
		add(undouble(stem))
	case strings.HasSuffix(w, "ing") && len(w) > 5:
		stem := w[:len(w)-3]
		add(stem)
		add(stem + "e")
		add(undouble(stem))
	}
	for _, f := range out {
		if a := american(f); a != f {
			add(a)
		}
	}
	return out
}

// britishEndings are British spellings' endings and their American
// forms, which the glossary holds: "defence", "organisation", "armour",
// "centre", "travell(ed)".
// A plural's singular is among fold's forms already.
var britishEndings = [][2]string{
	{"isation", "ization"}, {"ise", "ize"}, {"yse", "yze"}, {"ence", "ense"},
	{"our", "or"}, {"tre", "ter"}, {"ogue", "og"}, {"ll", "l"}, {"mme", "m"},
}

// american returns w spelt the American way when it ends as a British
// spelling does ("organisation" → "organization"), else w. It is tried
// after w itself, so a word the glossary knows as it is stays so.
func american(w string) string {
	for _, e := range britishEndings {
		if strings.HasSuffix(w, e[0]) && len(w) > len(e[0])+2 {
			return w[:len(w)-len(e[0])] + e[1]
		}
	}
	return w
}

// undouble drops a doubled final consonant: "stopp" → "stop".
func undouble(s string) string {
	n := len(s)
	if n >= 3 && s[n-1] == s[n-2] && !strings.ContainsRune("aeiousl", rune(s[n-1])) {
		return s[:n-1]
	}
	return s
}
