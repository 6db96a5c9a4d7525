package analysis

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Fold normalises s for matching: NFKC (full-width letters, ligatures and
// the like become plain ones), lower case, accents dropped from letters
// (Niño, Zürich, Lech Wałęsa are written Nino, Zurich, Lech Walesa as
// often as not), curly and angle quotes become
// straight ones, hyphen-like dashes and the minus sign become '-', odd
// spaces (no-break, thin, ideographic…) become ' ', and zero-width
// characters and soft hyphens disappear. Tabs and newlines are kept.
//
// Fold may change byte lengths: it is for comparing words, never for
// computing offsets into the original text.
func Fold(s string) string {
	if isPlainASCII(s) {
		return strings.ToLower(s)
	}
	return strings.Map(foldRune, norm.NFKC.String(stripAccents(s)))
}

// stripAccents drops the combining accents (U+0300–U+036F) of decomposed
// letters: é, ñ, ü, ā become e, n, u, a. Marks of other scripts (Arabic
// vowels, Devanagari signs) are kept, and so are letters whose stroke is
// not a combining mark (ł, ø, đ), which foldRune maps.
func stripAccents(s string) string {
	d := norm.NFD.String(s)
	return strings.Map(func(r rune) rune {
		if r >= 0x300 && r <= 0x36f {
			return -1
		}
		return r
	}, d)
}

func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func foldRune(r rune) rune {
	switch r {
	case '‘', '’', '‚', '‛', '′', '‹', '›', '`':
		return '\''
	case '“', '”', '„', '‟', '″', '«', '»':
		return '"'
	case '‐', '‑', '‒', '–', '—', '―', '−', '﹘', '﹣', '－', '⁃':
		return '-'
	case 'ł', 'Ł':
		return 'l'
	case 'ø', 'Ø':
		return 'o'
	case 'đ', 'Đ':
		return 'd'
	case 'ı':
		return 'i'
	}
	if invisible(r) {
		return -1 // zero-width characters and soft hyphens
	}
	if r != ' ' && unicode.Is(unicode.Zs, r) {
		return ' '
	}
	return unicode.ToLower(r)
}
