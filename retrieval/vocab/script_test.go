package vocab

import "testing"

func TestRomanized(t *testing.T) {
	for in, want := range map[string]string{
		"Berapa tentara 북한 dikirim ke Курск?": "Berapa tentara Bukhan dikirim ke Kursk?",
		"Kapan 김정은 bertemu Путин?":            "Kapan Gimjeongeun bertemu Putin?",
		"Феодосия, Зеленский, Россия":         "Feodosiya, Zelenskiy, Rossiya",
		"КНДР kirim rudal ke Донецк (도네츠크)":   "KNDR kirim rudal ke Donetsk (Donecheukeu)",
		"젤렌스키 dan 평양":                         "Jellenseuki dan Pyeongyang",
		"Украї́на":                            "Ukrayina", // a stress accent goes
		// A lookalike letter inside a Latin word is the analyser's.
		"Dоnеtsk": "Dоnеtsk",
		"Kursk":   "Kursk",
	} {
		if got := Romanized(in); got != want {
			t.Errorf("Romanized(%q) = %q, want %q", in, got, want)
		}
	}
}
