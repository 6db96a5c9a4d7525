package vocab

import (
	"strings"
	"unicode"
)

// Romanized returns text with the words written in Cyrillic or Hangul
// spelt in Latin letters, as a Russian, Ukrainian or Korean reader may
// type a name inside an Indonesian or English question: "Путин" is
// "Putin", "Курск" "Kursk", "푸틴" "putin", "평양" "pyeongyang". Cyrillic
// goes letter by letter (Russian and Ukrainian letters, as English news
// spells them); Hangul by the Revised Romanization, each run of
// syllables one word ("김정은" is "gimjeongeun", which variants.tsv
// knows as Kim Jong Un). A word mixing Cyrillic with Latin letters (a
// lookalike pasted from a PDF) is the analyser's, and stays.
func Romanized(text string) string {
	if !strings.ContainsFunc(text, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) || isHangul(r) }) {
		return text
	}
	var b strings.Builder
	rs := []rune(text)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsMark(rs[j])) {
			j++
		}
		if j == i {
			b.WriteRune(rs[i])
			i++
			continue
		}
		word := rs[i:j]
		switch {
		case allOf(word, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) || unicode.IsMark(r) }):
			b.WriteString(cyrillicToLatin(word))
		case allOf(word, isHangul):
			b.WriteString(hangulToLatin(word))
		default:
			b.WriteString(string(word))
		}
		i = j
	}
	return b.String()
}

func allOf(word []rune, f func(rune) bool) bool {
	for _, r := range word {
		if !f(r) {
			return false
		}
	}
	return true
}

// cyrillicLetters spell each Russian and Ukrainian letter as English news
// does ("Зеленский" Zelenskiy, "Феодосия" Feodosiya).
var cyrillicLetters = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh", 'з': "z", 'и': "i",
	'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t",
	'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "",
	'э': "e", 'ю': "yu", 'я': "ya", 'і': "i", 'ї': "yi", 'є': "ye", 'ґ': "g",
}

// cyrillicToLatin spells a Cyrillic word in Latin letters, keeping a
// capital first letter and a word in capitals ("КНДР": KNDR).
func cyrillicToLatin(word []rune) string {
	upper := len(word) > 1 && allOf(word, func(r rune) bool { return unicode.IsUpper(r) || unicode.IsMark(r) })
	var b strings.Builder
	for k, r := range word {
		if unicode.IsMark(r) {
			continue // a stress accent: "Украї́на"
		}
		l, ok := cyrillicLetters[unicode.ToLower(r)]
		if !ok {
			l = string(r)
		}
		if upper {
			l = strings.ToUpper(l)
		} else if k == 0 && unicode.IsUpper(r) && l != "" {
			l = strings.ToUpper(l[:1]) + l[1:]
		}
		b.WriteString(l)
	}
	return b.String()
}

// The Revised Romanization of Korean, by the parts of a syllable.
var (
	hangulInitials = []string{"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"}
	hangulMedials  = []string{"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"}
	hangulFinals   = []string{"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"}
)

func isHangul(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }

// hangulToLatin spells a run of Hangul syllables by the Revised
// Romanization, capitalised as the name it most likely is, with one sound
// change between syllables, "l" before "r" ("젤렌스키" Jellenseuki); the
// others are not made: "북한" is "Bukhan", "러시아" "Reosia".
func hangulToLatin(word []rune) string {
	var b strings.Builder
	final := ""
	for _, r := range word {
		n := int(r - 0xAC00)
		initial := hangulInitials[n/(21*28)]
		if initial == "r" && final == "l" {
			initial = "l"
		}
		final = hangulFinals[n%28]
		b.WriteString(initial + hangulMedials[n/28%21] + final)
	}
	out := b.String()
	return strings.ToUpper(out[:1]) + out[1:]
}
