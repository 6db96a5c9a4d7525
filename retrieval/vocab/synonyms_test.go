package vocab

import (
	"reflect"
	"strings"
	"testing"
)

func TestSynonyms(t *testing.T) {
	for _, tc := range []struct {
		root string
		want []string
	}{
		{"tentara", []string{"pasukan", "prajurit", "serdadu", "personel", "kontingen"}},
		{"pasukan", []string{"tentara", "prajurit", "serdadu", "personel", "kontingen"}},
		{"tewas", []string{"meninggal", "gugur", "wafat", "bunuh", "mati", "hilang nyawa", "renggut nyawa", "regang nyawa"}},
		{"bunuh", []string{"tewas", "meninggal", "gugur", "wafat", "mati", "hilang nyawa", "renggut nyawa", "regang nyawa"}}, // a root, as every word here: "serangan yg bunuh org korut" is "... yang menewaskan"
		{"rebut", []string{"kuasa", "caplok", "aneksasi"}},
		{"asing", []string{"luar negeri"}},
		{"amerika serikat", []string{"washington", "as", "negeri paman sam"}}, // articles write AS
		{"negeri ginseng", []string{"seoul", "korea selatan"}},                // the epithets news gives countries
		{"opsir", []string{"perwira"}},
		{"cegat", []string{"tembak jatuh", "tangkis"}}, // air defence: "47 pesawat nirawak dicegat"
		{"nyata", []string{"kata", "ujar", "ungkap", "sebut", "tutur"}},
		{"membenarkan", []string{"mengkonfirmasi", "mengonfirmasi", "memastikan"}},
		{"depot minyak", []string{"terminal minyak", "depot bbm", "terminal bbm"}}, // a phrase: "depot" alone is an arsenal too
		{"invasi", []string{"serang", "gempur", "serbu"}},                          // "Penyerbuan Polandia dimulai ..."
		{"rilis", []string{"luncur", "edar"}},                                      // "diluncurkan", "diedarkan"
		{"kitar", []string{"keliling"}},                                            // "mengitari", "mengelilingi"
		{"lokasi", []string{"letak"}},
		{"bertatap muka", []string{"bertemu", "berjumpa", "menemui", "menjumpai", "tatap muka"}}, // "dijadwalkan bertatap muka dengan Putin"
		{"temu", nil}, // the root of "penemu" (inventor) and "menemukan" (to find) too: no "jumpa"
		{"bui", []string{"penjara"}},
		{"populasi", []string{"penduduk"}},                      // "Dengan 10 juta penduduk ..., Seoul"
		{"pesawat terbang", []string{"pesawat"}},                // "Dakota RI-001 Seulawah adalah pesawat angkut"
		{"media", []string{"kantor berita"}},                    // "Kantor Berita Negara, KCNA" for "media resmi negara Korut"
		{"lembaga", []string{"badan", "instansi", "institusi"}}, // "Badan Intelijen Nasional" for "lembaga korsel mana"
		{"angkat gelas", []string{"sulang"}},                    // "bersulang"
		{"istri", []string{"suami", "nikah", "kawin"}},          // "Abimanyu menikah dengan Utari"
		{"orang tua", []string{"ayah", "ayahanda", "ibunda"}},
		{"anggota parlemen", []string{"anggota dewan", "legislator", "politisi", "politikus", "wakil rakyat"}}, // "mengatakan kepada politisi Korea Selatan"
		{"tarung", []string{"tempur", "perang", "konflik"}},                                                    // "Rusia mengkonfirmasi ... pasukan Korea Utara bertarung" for "... bertempur di Kursk"
		{"kursk", nil},
		{"", nil},
	} {
		if got := Synonyms(tc.root); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Synonyms(%q) = %v, want %v", tc.root, got, tc.want)
		}
	}
}

func TestSynonymsFileWellFormed(t *testing.T) {
	for i, line := range strings.Split(synonymsTSV, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		group := strings.Split(line, "|")
		if len(group) < 2 {
			t.Errorf("line %d %q: a group needs two words or more", i+1, line)
		}
		for _, w := range group {
			if w == "" || w != strings.ToLower(strings.TrimSpace(w)) {
				t.Errorf("line %d: word %q must be non-empty, trimmed, lower case", i+1, w)
			}
		}
	}
}

func TestSynonymsReturnsCopy(t *testing.T) {
	got := Synonyms("tentara")
	got[0] = "x"
	if Synonyms("tentara")[0] == "x" {
		t.Errorf("Synonyms returned its table, want a copy")
	}
}
