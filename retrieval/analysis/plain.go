package analysis

import (
	"strings"
	"unicode"
)

// Plain returns a question as its writer meant its letters, before it is
// cut into words: text pasted from phones, PDFs and chat apps carries
// characters that look like nothing or like other letters and would cut a
// word in two or make it a word no article holds.
//
//   - Zero-width characters and soft hyphens are dropped ("te\u200bntara").
//   - Full-width forms are narrowed ("１２／１０／２０２４" is 12/10/2024) and
//     the one-dot leader is a full stop ("Alinea․id").
//   - A Cyrillic or Greek letter that looks like a Latin one is read as
//     that letter inside a word that also holds Latin letters ("Dоnеtsk"
//     with Cyrillic о and е, "Νorth" with Greek Ν); a word all in
//     Cyrillic or Greek stays as written.
//
// Plain may change byte lengths: it is for questions, never for text that
// quotes are cut from.
func Plain(s string) string {
	if isPlainASCII(s) {
		return s
	}
	s = strings.Map(func(r rune) rune {
		switch {
		case invisible(r):
			return -1
		case r >= 0xFF01 && r <= 0xFF5E:
			return r - 0xFEE0 // full-width ASCII
		case r == 0x3000:
			return ' '
		case r == 0x2024:
			return '.'
		}
		return r
	}, s)
	return lookalikesRead(s)
}

// invisible reports whether r is a zero-width character or a soft hyphen.
func invisible(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u180e':
		return true
	}
	return false
}

// lookalikesRead maps, in every word holding both Latin letters and
// Cyrillic or Greek ones, the latter to the Latin letters they look like.
func lookalikesRead(s string) string {
	var b strings.Builder
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		b.WriteString(readWord(s[start:end]))
		start = -1
	}
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsMark(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
		b.WriteRune(r)
	}
	flush(len(s))
	return b.String()
}

// readWord reads a word's lookalike letters as Latin when the word mixes
// scripts.
func readWord(w string) string {
	latin, other := false, false
	for _, r := range w {
		switch {
		case unicode.Is(unicode.Latin, r):
			latin = true
		case lookalikes[r] != 0:
			other = true
		}
	}
	if !latin || !other {
		return w
	}
	return strings.Map(func(r rune) rune {
		if l := lookalikes[r]; l != 0 {
			return l
		}
		return r
	}, w)
}

// lookalikes are the Cyrillic and Greek letters drawn like Latin ones.
var lookalikes = map[rune]rune{
	// Cyrillic
	'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x', 'і': 'i', 'ј': 'j', 'ѕ': 's',
	'ԁ': 'd', 'һ': 'h', 'ԛ': 'q', 'ԝ': 'w', 'к': 'k', 'ӏ': 'l',
	'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T',
	'У': 'Y', 'Х': 'X', 'І': 'I', 'Ј': 'J', 'Ѕ': 'S', 'Ԁ': 'D', 'Һ': 'H', 'Ԛ': 'Q', 'Ԝ': 'W',
	// Greek
	'α': 'a', 'ο': 'o', 'ν': 'v', 'ρ': 'p', 'ι': 'i', 'κ': 'k', 'τ': 't', 'υ': 'u',
	'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Ο': 'O',
	'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X',
}
