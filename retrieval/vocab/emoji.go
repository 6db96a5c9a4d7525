package vocab

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed data/emoji.tsv
var emojiTSV string

var (
	emoji = mustParse(parseEmoji(emojiTSV))
	// emojiFloor is the lowest rune an emoji read opens with (☠, U+2620):
	// a text without one, quotes and dashes aside, is left as it is.
	emojiFloor = lowestRune(emoji)
)

// lowestRune returns the lowest first rune of the keys of m.
func lowestRune(m map[string][2]string) rune {
	low := utf8.MaxRune
	for k := range m {
		r, _ := utf8.DecodeRuneInString(k)
		low = min(low, r)
	}
	return low
}

// parseEmoji reads emoji<TAB>Indonesian<TAB>English lines into a map from
// the emoji, without its variation selector, to its words in the two
// languages.
func parseEmoji(text string) (map[string][2]string, error) {
	m := map[string][2]string{}
	err := dataLines(text, func(n int, line string) error {
		f := strings.Split(line, "\t")
		if len(f) != 3 || utf8.RuneCountInString(emojiCleaner.Replace(strings.TrimSpace(f[0]))) > 2 || strings.TrimSpace(f[1]) == "" || strings.TrimSpace(f[2]) == "" {
			return fmt.Errorf("vocab: parse emoji line %d: want emoji<TAB>Indonesian<TAB>English, got %q", n, line)
		}
		e := emojiCleaner.Replace(strings.TrimSpace(f[0]))
		if _, dup := m[e]; dup || e == "" {
			return fmt.Errorf("vocab: parse emoji line %d: duplicate emoji %q", n, e)
		}
		m[e] = [2]string{strings.TrimSpace(f[1]), strings.TrimSpace(f[2])}
		return nil
	})
	return m, err
}

// emojiCleaner drops what only styles an emoji: the variation selector,
// skin tones and a ZWJ gender sign ("💂🏽‍♂️" is 💂).
var emojiCleaner = strings.NewReplacer("\ufe0f", "", "\U0001F3FB", "", "\U0001F3FC", "", "\U0001F3FD", "", "\U0001F3FE", "", "\U0001F3FF", "",
	"\u200d\u2642", "", "\u200d\u2640", "")

// EmojiWords returns text with the emoji it writes for words read as the
// words ("🇰🇵 kirim brp 🪖 ke 🇷🇺?" is "Korea Utara kirim brp tentara ke
// Rusia?"), in English when the text is English; other emoji, and emoji
// after the first question mark or the last word, stay as they are.
func EmojiWords(text string) string {
	if !strings.ContainsFunc(text, func(r rune) bool { return r >= emojiFloor }) {
		return text
	}
	text = emojiCleaner.Replace(text)
	lang := 0
	if IsEnglish(text) {
		lang = 1
	}
	// Emoji after the first question mark, or after the last word of a
	// text without one, only decorate: "... brp tentara?? 😱🇰🇵💀", "...
	// kayak apa?? 🇷🇺🤝🇰🇵 SERIUS??".
	end := strings.Index(text, "?")
	if end < 0 {
		end = strings.LastIndexFunc(text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
	}
	var b strings.Builder
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r2, n2 := utf8.DecodeRuneInString(text[i+n:]); isRegional(r) && isRegional(r2) {
			n += n2 // a flag
		}
		if words, ok := emoji[text[i:i+n]]; ok && i < end {
			b.WriteString(" " + words[lang] + " ")
		} else {
			b.WriteString(text[i : i+n])
		}
		i += n
	}
	return b.String()
}

// isRegional reports whether r is a regional-indicator letter, half a flag.
func isRegional(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }
