package vocab

import (
	"math"
	"strconv"
	"strings"
)

// ParseNumber parses a number at the start of words and reports how many words
// it used. It understands:
//
//   - digits with Indonesian separators ("12.000", "1.000.000", "3,5",
//     "1.000,5"), plain digits ("12000"), and English separators when they are
//     unambiguous ("14,000" and "1,000,000": exactly three digits after every
//     comma; "2.5" with a single dot not followed by three digits);
//   - Indonesian number words (satu … sembilan, sepuluh, sebelas, dua belas,
//     dua puluh lima, seratus, dua ratus, seribu, sejuta, semiliar …) and
//     English ones (one … nineteen, twenty-five, a hundred and five …);
//   - multipliers after a number: ratus/hundred, ribu/rb/thousand, juta/jt/
//     million, miliar/milyar/billion, triliun/trillion ("12 ribu", "1,5 juta",
//     "5 ratus ribu"), also glued to digits as chat writes them ("12rb").
//
// Words are matched case-insensitively; trailing sentence punctuation on a
// digit token is ignored. Dates (13/10/2024, 13.10.2024) and clock times
// ("10.30", "10:30") are not numbers. ok is false when words does not start
// with a number; then consumed is 0.
func ParseNumber(words []string) (value float64, consumed int, ok bool) {
	if len(words) == 0 {
		return 0, 0, false
	}
	first := strings.ToLower(words[0])
	if v, mult, isDigits := parseDigitToken(first); isDigits {
		value, consumed = v*mult, 1
		if mult == 1 {
			value, consumed = applyMultipliers(value, words, consumed)
		}
		return value, consumed, true
	}
	return parseNumberWords(words)
}

// CanonicalNumber rewrites a single numeric token as digits without group
// separators and with a dot as the decimal mark: "12.000" → "12000",
// "14,000" → "14000", "3,5" → "3.5", "007" → "7". It accepts digits only (no
// number words, no multipliers) and rejects dates, clock times, and anything
// ambiguous, returning false.
func CanonicalNumber(token string) (string, bool) {
	intPart, frac, ok := splitDigits(trimNumberPunct(token))
	if !ok {
		return "", false
	}
	return canonical(intPart, frac), true
}

func canonical(intPart, frac string) string {
	intPart = strings.TrimLeft(intPart, "0")
	if intPart == "" {
		intPart = "0"
	}
	frac = strings.TrimRight(frac, "0")
	if frac == "" {
		return intPart
	}
	return intPart + "." + frac
}

// trimNumberPunct drops sentence punctuation around a token such as
// "(12.000," so that the separators inside it can be read.
func trimNumberPunct(s string) string {
	return strings.Trim(s, ".,;:!?()[]\"'")
}

// splitDigits reads a token made of digits, dots and commas into its integer
// and fractional digit strings.
func splitDigits(s string) (intPart, frac string, ok bool) {
	if s == "" || s[0] < '0' || s[0] > '9' || s[len(s)-1] < '0' || s[len(s)-1] > '9' {
		return "", "", false
	}
	dots, commas, lastSep := 0, 0, byte(0)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
		case c == '.':
			dots++
			lastSep = c
		case c == ',':
			commas++
			lastSep = c
		default:
			return "", "", false
		}
	}
	switch {
	case dots == 0 && commas == 0:
		return s, "", true
	case commas == 0: // Indonesian thousands, or an English decimal point
		if groups, ok := thousands(s, '.'); ok {
			return groups, "", true
		}
		if dots == 1 {
			i, f, _ := strings.Cut(s, ".")
			if isClockTime(i, f) {
				return "", "", false
			}
			return i, f, true
		}
	case dots == 0: // English thousands, or an Indonesian decimal comma
		if groups, ok := thousands(s, ','); ok {
			return groups, "", true
		}
		if commas == 1 {
			i, f, _ := strings.Cut(s, ",")
			return i, f, true
		}
	case lastSep == ',' && commas == 1: // 1.000,5
		i, f, _ := strings.Cut(s, ",")
		if groups, ok := thousands(i, '.'); ok {
			return groups, f, true
		}
	case lastSep == '.' && dots == 1: // 1,000.5
		i, f, _ := strings.Cut(s, ".")
		if groups, ok := thousands(i, ','); ok {
			return groups, f, true
		}
	}
	return "", "", false
}

// thousands checks that s is 1–3 digits followed by groups of exactly three
// digits, each after sep, and returns the digits without separators.
func thousands(s string, sep byte) (string, bool) {
	parts := strings.Split(s, string(sep))
	if len(parts) < 2 || len(parts[0]) < 1 || len(parts[0]) > 3 {
		return "", false
	}
	for _, p := range parts[1:] {
		if len(p) != 3 {
			return "", false
		}
	}
	if !isDigitString(strings.Join(parts, "")) {
		return "", false
	}
	return strings.Join(parts, ""), true
}

// isClockTime reports whether "h.mm" reads as a time of day, which Indonesian
// writes with a dot ("pukul 10.30").
func isClockTime(h, m string) bool {
	if len(h) < 1 || len(h) > 2 || len(m) != 2 {
		return false
	}
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	return err1 == nil && err2 == nil && hh <= 24 && mm <= 59
}

func isDigitString(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// parseDigitToken reads a digit token, possibly with a multiplier glued on
// ("12rb", "1,5jt"); mult is 1 when there is none.
func parseDigitToken(tok string) (value, mult float64, ok bool) {
	tok = trimNumberPunct(tok)
	mult = 1
	if i := strings.IndexFunc(tok, func(r rune) bool { return r >= 'a' && r <= 'z' }); i > 0 {
		m, known := multipliers[tok[i:]]
		if !known {
			return 0, 0, false
		}
		tok, mult = tok[:i], m
	}
	intPart, frac, ok := splitDigits(tok)
	if !ok {
		return 0, 0, false
	}
	v, err := strconv.ParseFloat(canonical(intPart, frac), 64)
	if err != nil {
		return 0, 0, false
	}
	return v, mult, true
}

var multipliers = map[string]float64{
	"ratus": 1e2, "hundred": 1e2,
	"ribu": 1e3, "rb": 1e3, "rbu": 1e3, "thousand": 1e3, "k": 1e3,
	"juta": 1e6, "jt": 1e6, "jta": 1e6, "million": 1e6,
	"miliar": 1e9, "milyar": 1e9, "billion": 1e9,
	"triliun": 1e12, "trilyun": 1e12, "trillion": 1e12,
}

// applyMultipliers multiplies value by the multiplier words that follow it,
// each larger than the one before ("5 ratus ribu").
func applyMultipliers(value float64, words []string, i int) (float64, int) {
	last := 0.0
	for i < len(words) {
		m, ok := multipliers[strings.ToLower(words[i])]
		if !ok || m <= last || words[i] == "k" || words[i] == "K" {
			break
		}
		value *= m
		last = m
		i++
	}
	return value, i
}

// Number words: units (1–9), the teens and tens that are single words, and the
// scales that close a group.
var (
	unitWords = map[string]float64{
		"nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5,
		"enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
		"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
		"six": 6, "seven": 7, "eight": 8, "nine": 9,
	}
	teenWords = map[string]float64{
		"sepuluh": 10, "sebelas": 11,
		"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
		"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	}
	tensWords = map[string]float64{
		"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
		"seventy": 70, "eighty": 80, "ninety": 90,
	}
	// seWords are Indonesian "se-" forms meaning one of a multiplier.
	seWords = map[string]float64{
		"seratus": 100, "seribu": 1e3, "sejuta": 1e6, "semiliar": 1e9, "semilyar": 1e9, "setriliun": 1e12,
	}
	scaleWords = map[string]float64{
		"ribu": 1e3, "thousand": 1e3, "juta": 1e6, "million": 1e6,
		"miliar": 1e9, "milyar": 1e9, "billion": 1e9,
		"triliun": 1e12, "trilyun": 1e12, "trillion": 1e12,
	}
)

// parseNumberWords reads Indonesian or English number words. It keeps a
// running total of closed scale groups (ribu, juta …), the current group
// below a thousand, and a pending unit waiting for "belas", "puluh" or
// "ratus" to say what it counts.
func parseNumberWords(words []string) (float64, int, bool) {
	var total, group, unit float64
	hasUnit, seen := false, false
	lastScale := 0.0 // scales must shrink: "dua juta tiga ribu"
	consumed := 0
	flush := func() { group += unit; unit, hasUnit = 0, false }
	for i := 0; i < len(words) && i < 64; i++ {
		w := strings.ToLower(words[i])
		if strings.Contains(w, "-") { // twenty-five
			v, n, ok := parseNumberWords(strings.Split(w, "-"))
			if !ok || n != strings.Count(w, "-")+1 || hasUnit || v >= 100 || !unitFits(group) {
				break
			}
			unit, hasUnit, seen = v, true, true
			consumed = i + 1
			continue
		}
		switch {
		case w == "a" && !seen && i+1 < len(words):
			// "a hundred", "a thousand"
			next := strings.ToLower(words[i+1])
			if next != "hundred" && scaleWords[next] == 0 {
				return 0, 0, false
			}
			unit, hasUnit = 1, true
			continue
		case w == "and" && seen && i+1 < len(words):
			// "one hundred and five": only between number words
			if _, more := numberWord(strings.ToLower(words[i+1])); !more {
				return total + group + unit, consumed, true
			}
			continue
		}
		if v, ok := unitWords[w]; ok {
			if hasUnit || !unitFits(group) {
				break // "dua tiga": two numbers, not one
			}
			if v == 0 && seen {
				break
			}
			unit, hasUnit = v, true
		} else if v, ok := teenWords[w]; ok {
			if hasUnit || group != float64(int64(group/100))*100 {
				break
			}
			group += v
		} else if v, ok := tensWords[w]; ok {
			if hasUnit || group != float64(int64(group/100))*100 {
				break
			}
			unit, hasUnit = v, true // "twenty five": the unit adds on flush
		} else if w == "belas" && hasUnit && unit >= 1 && unit <= 9 && group == float64(int64(group/100))*100 {
			group += unit + 10
			unit, hasUnit = 0, false
		} else if w == "puluh" && hasUnit && unit >= 1 && unit <= 9 && group == float64(int64(group/100))*100 {
			group += unit * 10
			unit, hasUnit = 0, false
		} else if (w == "ratus" || w == "hundred") && hasUnit && unit >= 1 && unit <= 99 && group == 0 {
			group = unit * 100
			unit, hasUnit = 0, false
		} else if v, ok := seWords[w]; ok && !hasUnit {
			if v == 100 {
				if group != 0 {
					break
				}
				group = 100
			} else {
				if group != 0 || (lastScale != 0 && v >= lastScale) {
					break
				}
				total += v
				lastScale = v
			}
		} else if v, ok := scaleWords[w]; ok && (hasUnit || group > 0) && (lastScale == 0 || v < lastScale) {
			flush()
			total += group * v
			group = 0
			lastScale = v
		} else {
			break
		}
		// tens words followed by a unit: "twenty five"
		if v, ok := tensWords[w]; ok && i+1 < len(words) {
			if u, isUnit := unitWords[strings.ToLower(words[i+1])]; isUnit && u > 0 {
				unit, hasUnit = v+u, true
				i++
			}
		}
		seen = true
		consumed = i + 1
	}
	if !seen || consumed == 0 {
		return 0, 0, false
	}
	// A rejected word never changes the state, so it is that of the last
	// consumed word.
	return total + group + unit, consumed, true
}

// unitFits reports whether a unit word may follow the group so far: after
// nothing, after whole hundreds, or after tens from twenty ("dua puluh lima",
// but not "sebelas dua").
func unitFits(group float64) bool {
	rem := int64(group) % 100
	return rem == 0 || (rem >= 20 && rem%10 == 0)
}

// numberWord reports whether w can continue a spelled number.
func numberWord(w string) (float64, bool) {
	for _, m := range []map[string]float64{unitWords, teenWords, tensWords, seWords, scaleWords} {
		if v, ok := m[w]; ok {
			return v, true
		}
	}
	return 0, w == "hundred" || w == "ratus"
}

// indonesianNumberWords are the words news writes small numbers with
// ("enam perwira" for 6).
var indonesianNumberWords = []string{"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"}

// NumberWord returns the Indonesian word for a whole number from 0 to 11,
// or "".
func NumberWord(v float64) string {
	if v != math.Trunc(v) || v < 0 || v >= float64(len(indonesianNumberWords)) {
		return ""
	}
	return indonesianNumberWords[int(v)]
}
