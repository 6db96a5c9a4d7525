package analysis

import (
	_ "embed"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

//go:embed data/kata-dasar.txt
var rootList string

// extraRoots are closed compounds whose derived forms are written as one
// word (menandatangani, pertanggungjawaban) although the list spells the
// root as two (tanda tangan). Without them such words could not be reduced
// at all; with them, ditandatangani, menandatangani and penandatanganan
// meet at "tandatangan". "harian" (a daily newspaper) is a word of its own:
// reduced to "hari" (day), "koran" would match every "pada hari Rabu";
// "peroleh" (memperoleh, to obtain) reduced to "oleh" would match every
// "oleh" (by). "tersebut" (the said, that) is a demonstrative: reduced to
// "sebut" (to say, to name), it would match "menyebut" and "disebut" in
// every "perang tersebut". "sebelum" (before), "sesudah" and "setelah"
// (after) are prepositions: reduced to "belum" (not yet), "sudah" and
// "telah" (already), "setelah serangan" would match every "telah
// mengirim". "penduduk" (inhabitants) and "pendudukan" (occupation) are
// words of their own too: reduced to "duduk" (to sit, to occupy), the
// population of a city would match every "wilayah yang diduduki".
var extraRoots = []string{"tandatangan", "beritahu", "kerjasama", "tanggungjawab", "harian", "peroleh", "tersebut", "sebelum", "sesudah", "setelah", "penduduk", "pendudukan"}

// droppedRoots are words of the list so rare in news that, as roots, they
// only swallow common derived words: "palai" made "dikepalai" and
// "mengepalai" (headed, to head) anything but "kepala".
var droppedRoots = []string{"palai"}

var roots = sync.OnceValue(func() map[string]struct{} {
	m := make(map[string]struct{}, 30000)
	for line := range strings.Lines(rootList) {
		if w := strings.TrimSpace(line); w != "" {
			m[w] = struct{}{}
		}
	}
	for _, w := range extraRoots {
		m[w] = struct{}{}
	}
	for _, w := range droppedRoots {
		delete(m, w)
	}
	return m
})

// IsRoot reports whether word is in the root dictionary.
func IsRoot(word string) bool {
	_, ok := roots()[word]
	return ok
}

// stemCache remembers stems; it is emptied when it reaches cacheCap entries,
// which bounds its memory on unbounded input.
var (
	stemCache sync.Map
	cacheLen  atomic.Int64
)

var cacheCap int64 = 1 << 16 // a var so tests can shrink it

// Stem returns the root of one lowercased Indonesian word: menewaskan →
// tewas, pengiriman → kirim, pertempurannya → tempur, kata-kata → kata.
//
// A word in the dictionary comes back unchanged (berapa, mereka, tentara),
// and so does any word it cannot reduce to a dictionary root: names
// (kursk, pyongyang), numbers (12.000), English words. Words shorter than
// four runes, and words holding anything but the letters a–z and hyphens
// (upper case included), are returned as they are. The result is always a
// dictionary root or word itself. Stem is safe for concurrent use.
func Stem(word string) string {
	if utf8.RuneCountInString(word) < 4 || !stemmable(word) {
		return word
	}
	if s, ok := stemCache.Load(word); ok {
		return s.(string)
	}
	s := stem(word)
	if cacheLen.Add(1) > cacheCap {
		stemCache.Clear()
		cacheLen.Store(1)
	}
	stemCache.Store(word, s)
	return s
}

// stemmable reports whether w is made of a–z and inner hyphens only.
func stemmable(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c == '-' {
			if i == 0 || i == len(w)-1 || w[i-1] == '-' {
				return false
			}
			continue
		}
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

func stem(w string) string {
	if IsRoot(w) {
		return w
	}
	if strings.IndexByte(w, '-') >= 0 {
		return stemReduplicated(w)
	}
	return stemSingle(w)
}

// stemReduplicated handles reduplication: kata-kata → kata,
// tembak-menembak → tembak, berhari-hari → hari, meniru-nirukan → tiru.
// When the halves do not share a root (yong-hyun, rusia-ukraina) the word is
// returned unchanged.
func stemReduplicated(w string) string {
	a, b, ok := strings.Cut(w, "-")
	if !ok || strings.IndexByte(b, '-') >= 0 {
		return w
	}
	ra, rb := stemSingle(a), stemSingle(b)
	if rb == b && !IsRoot(b) {
		// The second half may have lost its nasal prefix: nirukan is
		// menirukan.
		if r := stemSingle("me" + b); r != "me"+b {
			rb = r
		}
	}
	if ra == rb && IsRoot(ra) {
		return ra
	}
	return w
}

// minRoot is the shortest root a stripped word may leave; it keeps the
// two-letter entries of the list (mu, om) from swallowing short words.
const minRoot = 3

// stemSingle strips affixes from a word without hyphens (see confixStrip).
// For a word ending like a particle, an analysis that strips prefixes only
// and leaves a longer root wins: the ending is more often part of the root
// than an archaic particle (membantah is mem+bantah, not mem+ban+tah).
func stemSingle(w string) string {
	if len(w) < minRoot || IsRoot(w) {
		return w
	}
	r, ok := confixStrip(w)
	if endsWithParticle(w) {
		if alt, altOK := stripPrefixes(w, ""); altOK && (!ok || len(alt) > len(r)) {
			return alt
		}
	}
	if ok {
		return r
	}
	return w
}

var particles = [...]string{"lah", "kah", "tah", "pun"}

// possessives are the inflectional suffixes that follow a particle.
var possessives = [...]string{"nya", "ku", "mu"}

func endsWithParticle(w string) bool {
	for _, p := range particles {
		if strings.HasSuffix(w, p) {
			return true
		}
	}
	return false
}

// confixStrip follows the enhanced confix-stripping algorithm: remove the
// inflectional suffixes (particle, then possessive), the derivational
// suffix, then up to three prefixes, checking the dictionary after each
// step; when that fails, put the suffixes back one by one and strip
// prefixes again.
func confixStrip(w string) (string, bool) {
	// Precedence: for these confixes the prefix comes off first
	// (memberi → beri, not member + i; pelari → lari).
	if precedesSuffix(w) {
		if r, ok := stripPrefixes(w, ""); ok {
			return r, true
		}
	}

	bases := []string{w} // the word with fewer and fewer suffixes
	cur := w
	for _, suffixes := range [][]string{particles[:], possessives[:]} {
		for _, p := range suffixes {
			if strings.HasSuffix(cur, p) && len(cur)-len(p) >= minRoot {
				cur = cur[:len(cur)-len(p)]
				bases = append(bases, cur)
				if IsRoot(cur) {
					return cur, true
				}
				break
			}
		}
	}

	// Derivational suffix. -kan is tried first; failing that, -an on a
	// root ending in k (penembakan → tembak).
	type deriv struct{ base, suffix string }
	var derivs []deriv
	switch {
	case strings.HasSuffix(cur, "kan"):
		derivs = append(derivs, deriv{cur[:len(cur)-3], "kan"}, deriv{cur[:len(cur)-2], "an"})
		// A word ending in -kan that cannot carry a prefix is a noun in
		// -an far more often than a bare imperative in -kan: pasukan is
		// pasuk+an (the list also holds pasu), gerakan is gerak+an (and
		// gera). With a possible prefix (berikan) -kan keeps its turn.
		if !hasPrefixReading(cur) {
			derivs[0], derivs[1] = derivs[1], derivs[0]
		}
	case strings.HasSuffix(cur, "an"):
		derivs = append(derivs, deriv{cur[:len(cur)-2], "an"})
	case strings.HasSuffix(cur, "i"):
		derivs = append(derivs, deriv{cur[:len(cur)-1], "i"})
	}
	for _, d := range derivs {
		if len(d.base) >= minRoot && surfaceAllows(cur, d.suffix) && IsRoot(d.base) {
			return d.base, true
		}
	}
	// Of the prefix analyses of -kan and -an, the longer root wins:
	// penarikan is pe+tarik+an, not pe+tari+kan; keberangkatan is
	// ke+ber+angkat+an, not ke+ber+angka+kan.
	best := ""
	for _, d := range derivs {
		if len(d.base) < minRoot {
			continue
		}
		if r, ok := stripPrefixes(d.base, d.suffix); ok && len(r) > len(best) {
			best = r
		}
	}
	if best != "" {
		return best, true
	}

	// Put the suffixes back, innermost first, and strip prefixes again.
	for i := len(bases) - 1; i >= 0; i-- {
		if r, ok := stripPrefixes(bases[i], ""); ok {
			return r, true
		}
	}
	return "", false
}

// hasPrefixReading reports whether w could begin with a prefix.
func hasPrefixReading(w string) bool {
	var buf [8]candidate
	return len(prefixCandidates(w, buf[:0])) > 0
}

// precedesSuffix reports whether w has one of the confixes whose prefix is
// removed before the suffix: be-…-lah, be-…-an, me-…-i, di-…-i, pe-…-i,
// ter-…-i.
func precedesSuffix(w string) bool {
	switch {
	case strings.HasPrefix(w, "be"):
		// be-…-an, but not be-…-kan: berikan is beri+kan, not ber+ikan.
		return strings.HasSuffix(w, "lah") || (strings.HasSuffix(w, "an") && !strings.HasSuffix(w, "kan"))
	case strings.HasPrefix(w, "me"), strings.HasPrefix(w, "di"),
		strings.HasPrefix(w, "pe"), strings.HasPrefix(w, "ter"):
		return strings.HasSuffix(w, "i")
	}
	return false
}

// disallowed reports whether a prefix of kind and a derivational suffix
// cannot frame one root (be-…-i, di-…-an, ke-…-i, ke-…-kan, me-…-an,
// se-…-i, se-…-kan, te-…-an).
func disallowed(kind, suffix string) bool {
	switch suffix {
	case "i":
		return kind == "be" || kind == "ke" || kind == "se"
	case "kan":
		return kind == "ke" || kind == "se"
	case "an":
		return kind == "di" || kind == "me" || kind == "te"
	}
	return false
}

// surfaceAllows reports whether suffix may be stripped from word when no
// prefix is stripped: it may not if the word could begin with a prefix the
// suffix is disallowed with (dimakan is di+makan, not dimak+an).
func surfaceAllows(word, suffix string) bool {
	var buf [8]candidate
	for _, c := range prefixCandidates(word, buf[:0]) {
		if disallowed(c.kind, suffix) {
			return false
		}
	}
	return true
}

// stripPrefixes removes up to three prefixes from w, checking the
// dictionary after each; suffix is the derivational suffix already removed
// ("" if none), which the outermost prefix must agree with.
func stripPrefixes(w, suffix string) (string, bool) {
	return stripFrom(w, suffix, "", 0)
}

func stripFrom(w, suffix, prev string, depth int) (string, bool) {
	var buf [8]candidate
	for _, c := range prefixCandidates(w, buf[:0]) {
		if c.kind == prev {
			continue // the same prefix twice: stop (ECS)
		}
		if depth > 0 && (c.kind == "di" || c.kind == "se") {
			continue // di- and se- only stand outermost
		}
		if depth == 0 && disallowed(c.kind, suffix) && !(c.kind == "ke" && suffix == "i" && c.rest == "tahu") {
			continue
		}
		if len(c.rest) < minRoot {
			continue
		}
		if IsRoot(c.rest) {
			return c.rest, true
		}
		if depth < 2 {
			if r, ok := stripFrom(c.rest, suffix, c.kind, depth+1); ok {
				return r, true
			}
		}
	}
	return "", false
}

// candidate is one way to remove a prefix: its kind (di, ke, se, me, be,
// pe, te) and what is left, recoded where the prefix assimilated the
// root's first letter (menewaskan → tewas…).
type candidate struct {
	kind, rest string
}

func isVowel(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'
}

func isConsonant(c byte) bool { return c >= 'a' && c <= 'z' && !isVowel(c) }

// prefixCandidates appends the readings of w's first prefix, most likely
// first, following the recoding rules of Adriani et al. 2007 as amended by
// Arifin et al. 2009 (and allowing the nasal before consonant clusters of
// loanwords: memproduksi, mentransfer).
func prefixCandidates(w string, out []candidate) []candidate {
	at := func(i int) byte {
		if i < len(w) {
			return w[i]
		}
		return 0
	}
	add := func(kind, rest string) { out = append(out, candidate{kind, rest}) }
	if len(w) < 4 {
		return out
	}
	switch w[:2] {
	case "di", "ke", "se":
		add(w[:2], w[2:])
	case "be":
		switch {
		case w == "belajar" || strings.HasPrefix(w, "belajar"):
			add("be", w[3:]) // bel-ajar
		case at(2) == 'r' && isVowel(at(3)):
			add("be", w[3:]) // ber-V
			add("be", w[2:]) // be-rV
		case at(2) == 'r' && isConsonant(at(3)) && at(3) != 'r':
			add("be", w[3:]) // ber-CAP, ber-CAerV
		case isConsonant(at(2)) && at(2) != 'r' && at(2) != 'l' && at(3) == 'e' && at(4) == 'r' && isConsonant(at(5)):
			add("be", w[2:]) // be-C1erC2 (bekerja)
		}
	case "te":
		switch {
		case at(2) == 'r' && isVowel(at(3)):
			add("te", w[3:]) // ter-V
			add("te", w[2:]) // te-rV
		case at(2) == 'r' && isConsonant(at(3)) && at(3) != 'r':
			add("te", w[3:]) // ter-CP, ter-CerV
		case isConsonant(at(2)) && at(2) != 'r' && at(3) == 'e' && at(4) == 'r' && isConsonant(at(5)):
			add("te", w[2:]) // te-C1erC2
		}
	case "me":
		switch c := at(2); {
		case (c == 'l' || c == 'r' || c == 'w' || c == 'y') && isVowel(at(3)):
			add("me", w[2:])
		case c == 'm':
			switch d := at(3); {
			case d == 'b' || d == 'f' || d == 'v':
				add("me", w[3:])
			case d == 'p' && at(4) == 'e':
				add("me", w[3:]) // mem-pe (memperkuat)
			case isVowel(d) || (d == 'r' && isVowel(at(4))):
				add("me", "m"+w[3:])
				add("me", "p"+w[3:])
			case d == 'p':
				add("me", w[3:]) // mem-pV, mem-pC (mempunyai, memproduksi)
			}
		case c == 'n':
			nasalN("me", w, at, add)
		}
	case "pe":
		switch c := at(2); {
		case (c == 'w' || c == 'y') && isVowel(at(3)):
			add("pe", w[2:])
		case c == 'r':
			switch {
			case isVowel(at(3)):
				add("pe", w[3:]) // per-V
				add("pe", w[2:]) // pe-rV
			case isConsonant(at(3)) && at(3) != 'r':
				add("pe", w[3:]) // per-CAP, per-CAerV
			}
		case c == 'm':
			switch d := at(3); {
			case d == 'b' || d == 'f' || d == 'v':
				add("pe", w[3:])
			case isVowel(d) || (d == 'r' && isVowel(at(4))):
				add("pe", "m"+w[3:])
				add("pe", "p"+w[3:])
			case d == 'p':
				add("pe", w[3:]) // pem-pC (pemproduksi)
			}
		case c == 'n':
			nasalN("pe", w, at, add)
		case c == 'l' && isVowel(at(3)):
			if strings.HasPrefix(w, "pelajar") {
				add("pe", w[3:]) // pel-ajar
			} else {
				add("pe", w[2:])
			}
		case isConsonant(c) && c != 'r' && c != 'w' && c != 'y' && c != 'l' && c != 'm' && c != 'n':
			add("pe", w[2:]) // pe-CP, pe-CerV (petani, pekerja)
		}
	}
	return out
}

// nasalN adds the readings of the nasal N of meN- and peN- (the same
// recoding rules for both): w is the word with its me/pe already at 0..1
// and 'n' at 2.
func nasalN(kind, w string, at func(int) byte, add func(kind, rest string)) {
	switch d := at(3); {
	case d == 'y' && isVowel(at(4)):
		add(kind, "s"+w[4:]) // meny-sV, peny-sV
		add(kind, w[2:])     // me-nyV (menyanyi)
	case d == 'g':
		e := at(4)
		switch {
		case e == 'e' && isConsonant(at(5)):
			add(kind, w[4:])
			add(kind, "k"+w[4:])
			add(kind, w[5:]) // menge- before one-syllable roots (mengebom, pengeboman)
		case isVowel(e):
			add(kind, w[4:])     // meng-V
			add(kind, "k"+w[4:]) // meng-kV
		case isConsonant(e):
			add(kind, w[4:]) // meng-{g,h,q,k,…}
		}
	case d == 'c' || d == 'd' || d == 'j' || d == 's' || d == 'z':
		add(kind, w[3:])
	case isVowel(d):
		add(kind, "n"+w[3:])
		add(kind, "t"+w[3:])
	case d == 't':
		add(kind, w[3:]) // men-tC (mentransfer)
	}
}
