package vocab

import (
	"slices"
	"strings"
	"testing"
)

func TestExpand(t *testing.T) {
	tests := []struct {
		word string
		want []string
	}{
		{"yg", []string{"yang"}},
		{"brp", []string{"berapa"}},
		{"brpa", []string{"berapa"}},
		{"askar", []string{"tentara"}}, // Malay
		{"gabenor", []string{"gubernur"}},
		{"brapa", []string{"berapa"}},
		{"gak", []string{"tidak"}},
		{"nggak", []string{"tidak"}},
		{"ngga", []string{"tidak"}},
		{"ga", []string{"tidak"}},
		{"gk", []string{"tidak"}},
		{"dibekingin", []string{"didukung"}}, // from English "backing"
		{"tdk", []string{"tidak"}},
		{"ndak", []string{"tidak"}},
		{"udah", []string{"sudah"}},
		{"udh", []string{"sudah"}},
		{"sdh", []string{"sudah"}},
		{"dgn", []string{"dengan"}},
		{"dg", []string{"dengan"}},
		{"korut", []string{"korea", "utara"}},
		{"korsel", []string{"korea", "selatan"}},
		{"mentri", []string{"menteri"}}, // not the stem "tri"
		{"dipake", []string{"dipakai"}},
		{"nk", []string{"korea", "utara"}},
		{"dkt", []string{"dekat"}},
		{"ketemuan", []string{"bertemu"}},
		{"as", []string{"amerika", "serikat"}},
		{"kpn", []string{"kapan"}},
		{"dmn", []string{"di", "mana"}},
		{"dimana", []string{"di", "mana"}},
		{"kemana", []string{"ke", "mana"}},
		{"knp", []string{"kenapa"}},
		{"gimana", []string{"bagaimana"}},
		{"utk", []string{"untuk"}},
		{"krn", []string{"karena"}},
		{"org", []string{"orang"}},
		{"tntr", []string{"tentara"}},
		{"thn", []string{"tahun"}},
		{"rb", []string{"ribu"}},
		{"maks", []string{"maksimum"}},
		{"jt", []string{"juta"}},
		{"ukr", []string{"ukraina"}},
		{"emg", []string{"memang"}},
		{"pengen", []string{"ingin"}},
		{"YG", []string{"yang"}},
		{"org2", []string{"orang"}},
		{"tentara2", []string{"tentara"}},
		{"ultahnya", []string{"ulang", "tahunnya"}}, // a slang word and its -nya
		{"korutnya", []string{"korea", "utaranya"}},
		{"hanya", nil}, // "ha" is no slang word
		{"tentara", nil},
		{"yang", nil},
		{"", nil},
		{"2", nil},
		{"\xff\xfe", nil},
		{strings.Repeat("yg", 5000), nil},
	}
	for _, tt := range tests {
		t.Run(tt.word[:min(len(tt.word), 20)], func(t *testing.T) {
			if got := Expand(tt.word); !slices.Equal(got, tt.want) {
				t.Errorf("Expand(%q): got %q, want %q", tt.word, got, tt.want)
			}
		})
	}
}

func TestExpandReturnsCopy(t *testing.T) {
	Expand("yg")[0] = "changed"
	if got := Expand("yg"); got[0] != "yang" {
		t.Errorf("after mutating a result, Expand(yg): got %q, want [yang]", got)
	}
}

func TestVariants(t *testing.T) {
	tests := []struct {
		word      string
		wantFirst string
		wantAlso  []string
	}{
		{"zelenskyy", "zelensky", []string{"zelenskiy", "zelenskii", "zelenskyy"}},
		{"Zelenskiy", "zelensky", []string{"zelenskyy"}},
		{"kim jong-un", "kim jong un", []string{"kim jong-un"}},
		{"Kim  Jong Un", "kim jong un", []string{"kim jong-un"}},
		{"KJU", "kim jong un", nil}, // his initials, as chat writes them
		{"kiev", "kyiv", []string{"kiev"}},
		{"kyiv", "kyiv", []string{"kiev"}},
		{"korut", "korea utara", []string{"north korea"}},
		{"pyeongyang", "pyongyang", nil},
		{"zaporozhye", "zaporizhzhia", nil},
		{"US", "amerika serikat", []string{"as", "usa"}}, // "..., US ya?" in an Indonesian question
		{"Perancis", "prancis", []string{"perancis"}},    // both spellings are standard Indonesian
		{"burma", "myanmar", nil},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			got := Variants(tt.word)
			if len(got) < 2 || got[0] != tt.wantFirst {
				t.Fatalf("Variants(%q): got %q, want a group starting with %q", tt.word, got, tt.wantFirst)
			}
			for _, w := range tt.wantAlso {
				if !slices.Contains(got, w) {
					t.Errorf("Variants(%q): got %q, want it to contain %q", tt.word, got, w)
				}
			}
		})
	}
	for _, w := range []string{"tentara", "", "un", "\xff", strings.Repeat("kyiv ", 3000)} {
		if got := Variants(w); got != nil {
			t.Errorf("Variants(%.20q): got %q, want nil", w, got)
		}
	}
}

func TestParseSlangRejects(t *testing.T) {
	for _, text := range []string{
		"yg\n",
		"yg\t\n",
		"YG\tyang\n",
		"yg\tyang\nyg\tyang\n",
		"yg\tyang\tlagi\n",
	} {
		if _, err := parseSlang(text); err == nil {
			t.Errorf("parseSlang(%q): got nil error, want one", text)
		}
	}
	m, err := parseSlang("# comment\n\nyg\tyang\r\nkorut\tkorea  utara\n")
	if err != nil {
		t.Fatalf("parseSlang: %v", err)
	}
	if got := m["korut"]; !slices.Equal(got, []string{"korea", "utara"}) {
		t.Errorf("korut: got %q, want [korea utara]", got)
	}
}

func TestParseVariantsRejects(t *testing.T) {
	for _, text := range []string{
		"kyiv\n",
		"kyiv|\n",
		"Kyiv|kiev\n",
		"kyiv|kiev\nkiev|kiew\n",
	} {
		if _, err := parseVariants(text); err == nil {
			t.Errorf("parseVariants(%q): got nil error, want one", text)
		}
	}
}

// Expand is one step, so no expansion may itself be chat-style, and every
// embedded table must be usable.
func TestSlangTable(t *testing.T) {
	if len(slang) < 300 {
		t.Errorf("slang entries: got %d, want at least 300", len(slang))
	}
	for word, exp := range slang {
		for _, w := range exp {
			if _, chained := slang[w]; chained {
				t.Errorf("slang %q expands to %q, which is itself slang", word, w)
			}
		}
	}
	for key, group := range variants {
		if !slices.ContainsFunc(group, func(s string) bool { return variantKey(s) == key }) {
			t.Errorf("variants key %q not in its group %q", key, group)
		}
	}
}
