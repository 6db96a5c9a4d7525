package analysis

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Fold normalises s for matching: NFKC (full-width letters, ligatures and
// the like become plain ones), lower case, curly and angle quotes become
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
	return strings.Map(foldRune, norm.NFKC.String(s))
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
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u180e':
		return -1 // zero-width characters and soft hyphens
	}
	if r != ' ' && unicode.Is(unicode.Zs, r) {
		return ' '
	}
	return unicode.ToLower(r)
}
