package vocab

import (
	"strings"
	"testing"
)

func TestEmojiWords(t *testing.T) {
	for in, want := range map[string]string{
		"🇰🇵 kirim brp 🪖 ke 🇷🇺?":              "Korea Utara kirim brp tentara ke Rusia ?",
		"when did 🇷🇺 confirm 🇰🇵 🪖 in Kursk?": "when did Russia confirm North Korea soldiers in Kursk?",
		"💂🏽‍♂️ korut di ✈️ apa?":             "tentara korut di pesawat apa?", // skin tone, gender, variation selector
		"brp tentara totalnya?? 😱🇰🇵💀":        "brp tentara totalnya?? 😱🇰🇵💀",   // decoration after the question
		"kayak apa?? 🇷🇺🤝🇰🇵 SERIUS??":         "kayak apa?? 🇷🇺🤝🇰🇵 SERIUS??",
		"no emoji here": "no emoji here",
	} {
		if got := strings.Join(strings.Fields(EmojiWords(in)), " "); got != want {
			t.Errorf("EmojiWords(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseEmojiRejectsBadLines(t *testing.T) {
	for _, bad := range []string{"🚀\trudal", "🚀\trudal\tmissiles\n🚀\tbom\tbomb", "rocket ship\trudal\tmissiles"} {
		if _, err := parseEmoji(bad); err == nil {
			t.Errorf("parseEmoji(%q) = nil error, want one", bad)
		}
	}
}
