package analysis

import "testing"

func TestFold(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"ascii lower case", "Korea Utara KIRIM Pasukan", "korea utara kirim pasukan"},
		{"curly double quotes", "“sangat mungkin”", `"sangat mungkin"`},
		{"curly single quotes", "Kian ‘Romantis’", "kian 'romantis'"},
		{"low and angle quotes", "„ja“ «non»", `"ja" "non"`},
		{"en and em dash", "Jakarta – Pahami.id — Rusia", "jakarta - pahami.id - rusia"},
		{"minus sign", "suhu −5", "suhu -5"},
		{"non-breaking hyphen", "Korea‑Utara", "korea-utara"},
		{"no-break and thin spaces", "12\u00a0000\u2009tentara\u202fRusia\u3000x", "12 000 tentara rusia x"},
		{"zero-width characters removed", "pa\u200bsu\u200ckan\u200d\ufeff\u2060 soft\u00adhyphen", "pasukan softhyphen"},
		{"NFKC full-width", "ＫＩＭ１２", "kim12"},
		{"NFKC ligature", "ﬁnal", "final"},
		{"accents dropped, composed or not", "Zelenskye\u0301 Niño Zürich", "zelenskye nino zurich"},
		{"stroked letters", "Lech Wałęsa, Søren, Đồng, Işık", "lech walesa, soren, dong, isik"},
		{"non-Latin lower case", "ΣΟΥΛ Ünal", "σουλ unal"},
		{"other scripts' marks kept", "بِسْمِ हिन्दी", "بِسْمِ हिन्दी"},
		{"Hangul recomposed", "한국", "한국"},
		{"tabs and newlines kept", "A\tB\nC", "a\tb\nc"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Fold(tt.in); got != tt.want {
				t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
