package vocab

import (
	"slices"
	"strings"
)

// Colloquial returns the standard spellings a colloquial (Jakarta-style,
// or regional) verb or word may stand for, most likely first, or nil:
// "batalin" → batalkan, batali; "ngumumin" → mengumumkan, ...; "nyimpen"
// → menyimpan; "deket" → dekat; "sekutunye" → sekutunya. The caller
// keeps the first the corpus holds: the rules overgenerate, and only the
// corpus knows which form is a word.
func Colloquial(word string) []string {
	w, ok := chatWord(word)
	if !ok {
		return nil
	}
	// A regional possessive: Betawi's -nye ("sekutunye"), Javanese -e
	// after a consonant ("pasukane"), both -nya; Balinese -ne after
	// either ("jauhne", "tentarane") is tried after them.
	form := w
	if base, ok := strings.CutSuffix(w, "nye"); ok && len(base) >= 3 {
		form = base + "nya"
	} else if base, ok := strings.CutSuffix(w, "e"); ok && len(base) >= 4 && !isVowel(base[len(base)-1]) {
		form = base + "nya"
	}
	// Suffix: -in for -kan or -i ("batalin", "dikendaliin"); -an for
	// ber- ("sekutuan" → bersekutu, "temenan" → berteman); -ke for -kan.
	stems := []string{form}
	if base, ok := strings.CutSuffix(form, "in"); ok && len(base) >= 3 {
		stems = []string{base + "kan", base + "i", base, form}
	} else if base, ok := strings.CutSuffix(form, "an"); ok && len(base) >= 4 {
		stems = []string{"ber" + base, base, form}
	}
	if base, ok := strings.CutSuffix(w, "ne"); ok && len(base) >= 3 {
		stems = append(stems, base+"nya")
	}
	if base, ok := strings.CutSuffix(w, "no"); ok && len(base) >= 4 {
		// -no for -kan, Surabaya's ("ngumumno" → mengumumkan).
		stems = append([]string{base + "kan"}, stems...)
	}
	if base, ok := strings.CutSuffix(w, "ke"); ok && len(base) >= 4 {
		// -ke for -kan, Palembang's and Javanese ("dibebaske" →
		// dibebaskan), before the Javanese possessive ("anake").
		stems = append([]string{base + "kan"}, stems...)
	}
	out := newForms(w)
	for _, s := range stems {
		for _, p := range prefixed(s) {
			out.add(p)
			// A final closed syllable with e for a: "deket", "nyimpen".
			if a := openA(p); a != "" {
				out.add(a)
			}
		}
	}
	return out.list
}

// Regional returns the standard forms every reading proposes for a word
// of chat or of a regional language: Colloquial's first, then Minang's,
// Sunda's, Aceh's, Krama's and Bali's. Like each of them it
// overgenerates, for a caller that keeps the first form the corpus
// holds.
func Regional(word string) []string {
	return slices.Concat(Colloquial(word), Minang(word), Sunda(word), Aceh(word), Krama(word), Bali(word))
}

// chatWord returns word in lower case, and whether it is one the regional
// readings try: letters only, 4 to 40 of them.
func chatWord(word string) (string, bool) {
	w := strings.ToLower(word)
	return w, len(w) >= 4 && len(w) <= 40 && isLetters(w)
}

// forms collects the standard spellings a reading proposes, in order,
// each once and never the word itself.
type forms struct {
	seen map[string]bool
	list []string
}

func newForms(w string) *forms { return &forms{seen: map[string]bool{w: true}} }

func (f *forms) add(s string) {
	if !f.seen[s] {
		f.seen[s] = true
		f.list = append(f.list, s)
	}
}

// prefixed gives s with a colloquial or regional prefix made standard:
// "ngumumkan" → mengumumkan, "nyuplai" → menyuplai, "nulis" → menulis,
// "ngehantam" → menghantam, hantam, "mandukung" → mendukung; other words
// unchanged.
func prefixed(s string) []string {
	switch {
	case strings.HasPrefix(s, "nge") && len(s) > 5:
		return []string{"meng" + s[3:], "me" + s[3:], s[3:], s}
	case strings.HasPrefix(s, "ng") && len(s) > 4:
		return []string{"me" + s, s}
	case strings.HasPrefix(s, "ny") && len(s) > 4:
		// ny- stands for a root's c or s: "nyegat" → mencegat, "nyimpen" → menyimpan.
		return []string{"me" + s, "menc" + s[2:], "c" + s[2:], "s" + s[2:], s}
	case strings.HasPrefix(s, "n") && len(s) > 4 && isVowel(s[1]):
		return []string{"me" + s, s}
	case strings.HasPrefix(s, "ma") && len(s) > 5:
		// Banjar and Minang say me- as ma-: "mandukung" → mendukung,
		// "maambil" → mengambil, "maklaim" → mengklaim.
		return []string{"me" + s, "me" + s[2:], "meng" + s[2:], s} // "mastiin" is memastikan first
	case strings.HasPrefix(s, "ba") && len(s) > 6 && !isVowel(s[2]):
		return []string{"ber" + s[2:], s} // and ber- as ba-: "bakendara" → berkendara
	case strings.HasPrefix(s, "m") && len(s) > 4 && isVowel(s[1]) && !strings.HasPrefix(s, "me"):
		return []string{"me" + s, s}
	}
	return []string{s}
}

// openA replaces the e of a word's last syllable, closed by a consonant,
// with a: "deket" → dekat, "menyimpen" → menyimpan; "" when there is none.
func openA(s string) string {
	n := len(s)
	if n < 4 || isVowel(s[n-1]) || s[n-2] != 'e' || isVowel(s[n-3]) {
		return ""
	}
	return s[:n-2] + "a" + s[n-1:]
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// Minang returns the Indonesian words a Minangkabau one may stand for,
// or nil: an e said a in its first syllables ("tantara" → tentara,
// "kamanangan" → kemenangan), its endings ("apo" → apa, "takuik" →
// takut, "untuak" → untuk, "dakek" → dekat, "didukuang" → didukung, "umua" →
// umur, "sakutunyo" → sakutunya) and the prefixes Colloquial reads
// ("manuruik" → menurut), in every combination. Like Colloquial it overgenerates,
// and the caller keeps the first the corpus holds.
func Minang(word string) []string {
	w, ok := chatWord(word)
	if !ok {
		return nil
	}
	out := newForms(w)
	for _, b := range []string{w, eForA(w, 1), eForA(w, 2)} {
		if b == "" {
			continue
		}
		bases := []string{b}
		for _, e := range minangEndings {
			if stem, ok := strings.CutSuffix(b, e[0]); ok && len(stem) >= 2 {
				bases = append(bases, stem+e[1])
				break
			}
		}
		for _, f := range bases {
			for _, c := range prefixed(f) {
				out.add(c)
			}
		}
	}
	return out.list
}

// Sunda returns the Indonesian words a Sundanese one may stand for, or
// nil: its endings ("ngalaporkeun" → melaporkan, "pasukanana" →
// pasukannya, "wilayahna" → wilayahnya), its nga- for me- ("ngaklaim" →
// mengklaim) and the prefixes Colloquial reads ("newaskeun" →
// menewaskan), with an e said a in the first syllable ("sabulanna" →
// sebulannya). Like Colloquial it overgenerates, for a caller that keeps
// the first form the corpus holds.
func Sunda(word string) []string {
	w, ok := chatWord(word)
	if !ok {
		return nil
	}
	out := newForms(w)
	for _, b := range []string{w, eForA(w, 1)} {
		if b == "" {
			continue
		}
		bases := []string{b}
		for _, e := range sundaEndings {
			if stem, ok := strings.CutSuffix(b, e[0]); ok && len(stem) >= 3 {
				bases = append(bases, stem+e[1])
			}
		}
		for _, f := range bases {
			if rest, ok := strings.CutPrefix(f, "nga"); ok && len(rest) >= 3 && !isVowel(rest[0]) {
				for _, p := range []string{"me", "mem", "men", "meng", "meny"} {
					out.add(p + rest)
				}
			}
			for _, c := range prefixed(f) {
				out.add(c)
			}
		}
	}
	return out.list
}

// Aceh returns the Indonesian words an Acehnese one may stand for, or
// nil: its geu- for di- ("geubatalkan" → dibatalkan) and its peu- for
// -kan ("peutetap" → tetapkan, as menetapkan is indexed). Like
// Colloquial it overgenerates, for a caller that keeps the first form the
// corpus holds.
func Aceh(word string) []string {
	w, ok := chatWord(word)
	if !ok {
		return nil
	}
	out := newForms(w)
	if rest, ok := strings.CutPrefix(w, "geu"); ok && len(rest) >= 3 {
		out.add("di" + rest)
		out.add(rest)
	}
	if rest, ok := strings.CutPrefix(w, "peu"); ok && len(rest) >= 3 {
		if !strings.HasSuffix(rest, "kan") {
			out.add(rest + "kan")
		}
		out.add(rest)
	}
	return out.list
}

// Bali returns the Indonesian words a Balinese one may stand for, or
// nil: its -ang for -kan, and ka- -ang for di- -kan ("kabatalang" →
// dibatalkan), each form also read as Colloquial reads it.
// Like Colloquial it overgenerates, for a caller that keeps the first
// form the corpus holds.
func Bali(word string) []string {
	w, ok := chatWord(word)
	if !ok {
		return nil
	}
	base, ok := strings.CutSuffix(w, "ang")
	if !ok || len(base) < 3 {
		return nil
	}
	out := newForms(w)
	if rest, ok := strings.CutPrefix(base, "ka"); ok && len(rest) >= 3 {
		out.add("di" + rest + "kan")
	}
	out.add(base + "kan")
	for _, c := range Colloquial(base + "kan") {
		out.add(c)
	}
	return out.list
}

// Krama returns the Indonesian words a high Javanese one may stand for,
// or nil: its dipun- for di- ("dipunanggep" → dianggep, and so dianggap;
// "dipunsengkuyung" → didukung, as the slang list reads "sengkuyung"),
// its -ipun and -nipun for -nya ("pasukanipun" → pasukannya,
// "asmanipun" → asmanya) and its -aken for -kan ("ngandelaken" →
// mengandalkan), each form also read as Colloquial reads it. Like
// Colloquial it overgenerates, for a caller that keeps the first form the
// corpus holds.
func Krama(word string) []string {
	w, ok := chatWord(word)
	if !ok {
		return nil
	}
	bases := []string{w}
	if rest, ok := strings.CutPrefix(w, "dipun"); ok && len(rest) >= 3 {
		bases = []string{"di" + rest}
		if exp := slang[rest]; len(exp) == 1 {
			bases = append(bases, "di"+exp[0]) // "dipunsengkuyung": didukung
		}
	}
	var ended []string
	for _, b := range bases {
		for _, e := range kramaEndings {
			if stem, ok := strings.CutSuffix(b, e[0]); ok && len(stem) >= 3 {
				ended = append(ended, stem+e[1])
				if a := openA(stem); a != "" && e[1] == "kan" {
					ended = append(ended, a+e[1]) // "ngandelaken": ngandalkan
				}
			}
		}
	}
	out := newForms(w)
	for _, f := range slices.Concat(bases, ended) {
		if f == w {
			continue // the word as it stands is Colloquial's to read
		}
		out.add(f)
		for _, c := range Colloquial(f) {
			out.add(c)
		}
	}
	return out.list
}

// kramaEndings are high Javanese word endings and the Indonesian ones
// they stand for.
var kramaEndings = [][2]string{{"nipun", "nya"}, {"ipun", "nya"}, {"aken", "kan"}}

// sundaEndings are Sundanese word endings and the Indonesian ones they
// stand for: -keun for -kan, -na (after -an also -ana) for -nya.
var sundaEndings = [][2]string{{"keun", "kan"}, {"ana", "nya"}, {"na", "nya"}}

// minangEndings are Minangkabau word endings and the Indonesian ones
// they stand for, the longest first.
var minangEndings = [][2]string{
	{"uang", "ung"}, {"nyo", "nya"}, {"uak", "uk"}, {"uik", "ut"}, {"aik", "at"}, {"iah", "ih"}, {"ek", "at"}, {"ua", "ur"}, {"o", "a"},
}

// eForA returns w with its first n a's (after the first letter) made e,
// or "" when it has fewer.
func eForA(w string, n int) string {
	b := []byte(w)
	for i := 1; i < len(b) && n > 0; i++ {
		if b[i] == 'a' {
			b[i] = 'e'
			n--
		}
	}
	if n > 0 {
		return ""
	}
	return string(b)
}

// Modern returns a word in the spelling before 1972 (Soewandi's) in
// today's, or "" when it has none of the old letters: oe for u
// ("Roesia"), dj for j ("sendjata"), tj for c ("tjoba"), nj for ny
// ("banjak"), sj for sy, and in a word that is no name, ch for kh
// ("terachir") and j for y ("jang"): a name's ch and j are often a
// foreign name's ("Michael", "Bud Dajo"). Words of today have such
// letters too ("Jepang", "saja"), so the caller keeps it only for a word
// no article holds.
func Modern(word string, name bool) string {
	w := strings.ToLower(word)
	if !strings.ContainsAny(w, "jo") && !strings.Contains(w, "ch") || !isLetters(w) {
		return ""
	}
	var b strings.Builder
	for i := 0; i < len(w); i++ {
		c := w[i]
		next := byte(0)
		if i+1 < len(w) {
			next = w[i+1]
		}
		switch {
		case c == 'o' && next == 'e':
			b.WriteByte('u')
			i++
		case c == 'd' && next == 'j':
			b.WriteByte('j')
			i++
		case c == 't' && next == 'j':
			b.WriteByte('c')
			i++
		case (c == 'n' || c == 's') && next == 'j':
			b.WriteString(string(c) + "y")
			i++
		case c == 'c' && next == 'h' && !name:
			b.WriteString("kh")
			i++
		case c == 'j' && !name:
			b.WriteByte('y')
		default:
			b.WriteByte(c)
		}
	}
	if out := b.String(); out != w {
		return out
	}
	return ""
}
