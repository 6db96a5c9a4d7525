package vocab

import (
	"slices"
	"testing"
)

func TestColloquial(t *testing.T) {
	for _, tc := range []struct{ word, want string }{
		{"batalin", "batalkan"},
		{"ningkatin", "meningkatkan"},
		{"dikhawatirin", "dikhawatirkan"},
		{"dikendaliin", "dikendalikan"},
		{"ngumumin", "mengumumkan"},
		{"gantiin", "gantikan"},
		{"nyuplai", "menyuplai"},
		{"nyimpen", "menyimpan"},
		{"nulis", "menulis"},
		{"ngucapin", "mengucapkan"},
		{"ngehantam", "menghantam"},
		{"deket", "dekat"},
		{"sempet", "sempat"},
		{"jadiin", "jadikan"},
		{"sekutuan", "bersekutu"},
		{"temenan", "berteman"},
		{"mimpin", "memimpin"},
		{"nyegat", "mencegat"},
		{"nyari", "cari"},
		{"sekutunye", "sekutunya"},
		{"rencananye", "rencananya"},
		{"pasukane", "pasukannya"},
		{"kepanjangane", "kepanjangannya"},
		{"mandukung", "mendukung"},
		{"maambil", "mengambil"},
		{"maklaim", "mengklaim"},
		{"bakendara", "berkendara"},
		{"dibebaske", "dibebaskan"},
		{"ngirimke", "ngirimkan"},
	} {
		got := Colloquial(tc.word)
		if !slices.Contains(got, tc.want) {
			t.Errorf("Colloquial(%q) = %v, want it to hold %q", tc.word, got, tc.want)
		}
	}
	for _, tc := range []struct{ word, want string }{
		{"tantara", "tentara"},
		{"sanjato", "senjata"},
		{"barito", "berita"},
		{"takuik", "takut"},
		{"untuak", "untuk"},
		{"dakek", "dekat"},
		{"didukuang", "didukung"},
		{"kamanangan", "kemenangan"},
		{"maucapkan", "mengucapkan"},
		{"sakutunyo", "sekutunya"},
	} {
		if got := Minang(tc.word); !slices.Contains(got, tc.want) {
			t.Errorf("Minang(%q) = %v, want it to hold %q", tc.word, got, tc.want)
		}
	}
	for _, tc := range []struct{ word, want string }{
		{"ngalaporkeun", "melaporkan"},
		{"newaskeun", "menewaskan"},
		{"dibatalkeun", "dibatalkan"},
		{"nyebutkeun", "menyebutkan"},
		{"ngaklaim", "mengklaim"},
		{"ngabantu", "membantu"},
		{"pasukanana", "pasukannya"},
		{"wilayahna", "wilayahnya"},
		{"sabulanna", "sebulannya"},
		{"ngucapkeun", "mengucapkan"},
	} {
		if got := Sunda(tc.word); !slices.Contains(got, tc.want) {
			t.Errorf("Sunda(%q) = %v, want it to hold %q", tc.word, got, tc.want)
		}
	}
	for _, tc := range []struct{ word, want string }{
		{"geubatalkan", "dibatalkan"},
		{"peutetap", "tetapkan"},
		{"jauhne", "jauhnya"}, // Balinese -ne, read by Colloquial
		{"tentarane", "tentaranya"},
		{"kabatalang", "dibatalkan"}, // Balinese ka- -ang
		{"dipunanggep", "dianggap"},  // high Javanese dipun-, -ipun, -aken
		{"dipunsengkuyung", "didukung"},
		{"pasukanipun", "pasukannya"},
		{"asmanipun", "asmanya"},
		{"ngandelaken", "mengandalkan"},
	} {
		if got := slices.Concat(Aceh(tc.word), Colloquial(tc.word), Bali(tc.word), Krama(tc.word)); !slices.Contains(got, tc.want) {
			t.Errorf("Aceh, Colloquial, Bali, Krama(%q) = %v, want them to hold %q", tc.word, got, tc.want)
		}
	}
	for _, w := range []string{"", "ab", "12345", "ke-2", "geu", "peuk", "abang"} {
		if got := slices.Concat(Aceh(w), Bali(w)); got != nil {
			t.Errorf("Aceh, Bali(%q) = %v, want nil", w, got)
		}
	}
	for _, w := range []string{"", "ab", "12345", "ke-2"} {
		if got := Colloquial(w); got != nil {
			t.Errorf("Colloquial(%q) = %v, want nil", w, got)
		}
	}
}

func FuzzColloquial(f *testing.F) {
	for _, s := range []string{"batalin", "ngehantam", "nyimpen", "deket", "nge", "in", "ngin", "é"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, w := range Colloquial(s) {
			if w == "" || w == s {
				t.Errorf("Colloquial(%q) holds %q", s, w)
			}
		}
	})
}
