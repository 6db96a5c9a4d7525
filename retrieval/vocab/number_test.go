package vocab

import (
	"strings"
	"testing"
)

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in       string
		want     float64
		consumed int
		ok       bool
	}{
		{"12.000 tentara", 12000, 1, true},
		{"12000", 12000, 1, true},
		{"1.000.000", 1e6, 1, true},
		{"3,5", 3.5, 1, true},
		{"1.000,5", 1000.5, 1, true},
		{"14,000 soldiers", 14000, 1, true},
		{"1,000,000", 1e6, 1, true},
		{"1,000.5", 1000.5, 1, true},
		{"2.5 million", 2.5e6, 2, true},
		{"12 ribu tentara", 12000, 2, true},
		{"1,5 juta", 1.5e6, 2, true},
		{"12 rb", 12000, 2, true},
		{"3 jt", 3e6, 2, true},
		{"12rb", 12000, 1, true},
		{"5 ratus ribu", 500000, 3, true},
		{"2 miliar", 2e9, 2, true},
		{"2 milyar", 2e9, 2, true},
		{"14,000.", 14000, 1, true},
		{"(47)", 47, 1, true},
		{"satu", 1, 1, true},
		{"enam perwira", 6, 1, true},
		{"sepuluh", 10, 1, true},
		{"sebelas", 11, 1, true},
		{"dua belas", 12, 2, true},
		{"dua puluh", 20, 2, true},
		{"dua puluh lima", 25, 3, true},
		{"seratus", 100, 1, true},
		{"dua ratus lima puluh", 250, 4, true},
		{"seribu", 1000, 1, true},
		{"dua ribu", 2000, 2, true},
		{"sejuta", 1e6, 1, true},
		{"seribu lima ratus", 1500, 3, true},
		{"satu juta dua ratus ribu", 1.2e6, 5, true},
		{"Dua Belas ribu tentara", 12000, 3, true},
		{"dua tiga", 2, 1, true},
		{"sebelas dua", 11, 1, true},
		{"fourteen thousand", 14000, 2, true},
		{"twenty-five", 25, 1, true},
		{"twenty five", 25, 2, true},
		{"a hundred and five", 105, 4, true},
		{"one hundred and fifty thousand", 150000, 5, true},
		{"three and", 3, 1, true},
		{"two million five hundred thousand", 2.5e6, 5, true},
		{"twelve soldiers", 12, 1, true},
		{"ribu", 0, 0, false},
		{"juta orang", 0, 0, false},
		{"a soldier", 0, 0, false},
		{"tentara", 0, 0, false},
		{"13/10/2024", 0, 0, false},
		{"13.10.2024", 0, 0, false},
		{"10.30", 0, 0, false},
		{"10:30", 0, 0, false},
		{"1.2.3", 0, 0, false},
		{"12abc", 0, 0, false},
		{"", 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			v, n, ok := ParseNumber(strings.Fields(tt.in))
			if v != tt.want || n != tt.consumed || ok != tt.ok {
				t.Errorf("ParseNumber(%q): got (%v, %d, %v), want (%v, %d, %v)", tt.in, v, n, ok, tt.want, tt.consumed, tt.ok)
			}
		})
	}
}

func TestParseNumberNil(t *testing.T) {
	if v, n, ok := ParseNumber(nil); ok || n != 0 || v != 0 {
		t.Errorf("ParseNumber(nil): got (%v, %d, %v), want (0, 0, false)", v, n, ok)
	}
}

func TestCanonicalNumber(t *testing.T) {
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"12.000", "12000", true},
		{"12000", "12000", true},
		{"3,5", "3.5", true},
		{"14,000", "14000", true},
		{"1.000.000", "1000000", true},
		{"1.000,50", "1000.5", true},
		{"1,000.25", "1000.25", true},
		{"2.5", "2.5", true},
		{"007", "7", true},
		{"0", "0", true},
		{"0,0", "0", true},
		{"12.000,", "12000", true},
		{"28", "28", true},
		{"1991", "1991", true},
		{strings.Repeat("9", 400), strings.Repeat("9", 400), true},
		{"13/10/2024", "", false},
		{"13.10.2024", "", false},
		{"10.30", "", false},
		{"10:30", "", false},
		{"28/4", "", false},
		{"12.00.0", "", false},
		{"1,2,3", "", false},
		{"1.000,000.5", "", false},
		{"dua", "", false},
		{"12rb", "", false},
		{"-5", "", false},
		{"", "", false},
		{"\xff12", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.in[:min(len(tt.in), 20)], func(t *testing.T) {
			got, ok := CanonicalNumber(tt.in)
			if got != tt.want || ok != tt.ok {
				t.Errorf("CanonicalNumber(%q): got (%q, %v), want (%q, %v)", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"12.000 tentara", "dua puluh lima ribu", "a hundred and five", "twenty-five-six", "1,5 juta", "10.30"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Fields(s)
		v, n, ok := ParseNumber(words)
		if n < 0 || n > len(words) {
			t.Fatalf("ParseNumber(%q): consumed %d of %d words", s, n, len(words))
		}
		if ok != (n > 0) {
			t.Fatalf("ParseNumber(%q): got ok=%v with consumed %d", s, ok, n)
		}
		if !ok && v != 0 {
			t.Fatalf("ParseNumber(%q): got value %v with ok=false", s, v)
		}
		if len(words) > 0 {
			if c, ok := CanonicalNumber(words[0]); ok && strings.ContainsAny(c, ",/:") {
				t.Fatalf("CanonicalNumber(%q): got %q with separators", words[0], c)
			}
		}
	})
}

func TestNumberWord(t *testing.T) {
	for v, want := range map[float64]string{0: "nol", 6: "enam", 11: "sebelas", 12: "", 2.5: "", -1: ""} {
		if got := NumberWord(v); got != want {
			t.Errorf("NumberWord(%v) = %q, want %q", v, got, want)
		}
	}
}
