package vocab

import (
	"strings"
	"testing"
)

func TestIsEnglish(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"How many North Korean soldiers?", true},
		{"How many North Korean soldiers were sent according to the Ukrainian government?", true},
		{"Which Iranian president was Putin going to meet?", true},
		{"What is the capital of Australia?", true},
		{"When did Putin visit Pyongyang?", true},
		{"Who is the defense minister of South Korea?", true},
		{"Where are the North Korean troops fighting?", true},
		{"Why did so many soldiers die in Kursk?", true},
		{"Where Kim Jong Un?", true},
		{"Who won?", false},
		{"Berapa tentara Korea Utara?", false},
		{"Berapa jumlah tentara Korea Utara yang dikirim ke Rusia pada 2024?", false},
		{"brp tentara korut yg dikirim?", false},
		{"kpn putin ke pyongyang", false},
		{"knp byk tentara korut yg tewas di kursk", false},
		{"Kim Jong Un", false},
		// Keywords, as typed into a search box: mostly words the glossary knows.
		{"NIS South Korea full name", true},
		{"Ukraine estimate total NK troops sent incl replacements", true},
		{"brp troops korut yg dikirim", false},
		{"tentara korut kursk", false},
		{"Pezeshkian", false},
		{"Kursk", false},
		{"", false},
		{"?!", false},
		{"12.000", false},
		{"Berapa soldiers yang sent to Russia?", false},
		{"Siapa president of Ukraine yang bertemu Kim?", false},
		{"Apa yang dilakukan Rusia di Dewan Keamanan PBB pada bulan Maret?", false},
		{"Perjanjian apa yang ditandatangani Putin dan Kim Jong Un pada bulan Juni?", false},
		{"Kapan novel We Need to Talk About Kevin dirilis?", false},
		{"\xff\xfe how many \xff soldiers were sent", true},
		{strings.Repeat("yang ", 2000), false},
		{strings.Repeat("the ", 2500), true},
	}
	for _, tt := range tests {
		t.Run(tt.text[:min(len(tt.text), 40)], func(t *testing.T) {
			if got := IsEnglish(tt.text); got != tt.want {
				t.Errorf("IsEnglish(%q): got %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestTokenize(t *testing.T) {
	got := lowers(tokenize(`Korea's "14,000" troops (U.S.) front-line?`))
	want := []string{"korea", "14,000", "troops", "u.s.", "front-line"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("tokenize: got %q, want %q", got, want)
	}
}
