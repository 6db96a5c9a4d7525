package vocab

import (
	"slices"
	"testing"
)

func TestThesaurus(t *testing.T) {
	for word, want := range map[string]string{"teken": "menandatangani", "sidang": "rapat", "Populasi": "penduduk"} {
		if got := Thesaurus(word); !slices.Contains(got, want) {
			t.Errorf("Thesaurus(%q) = %q, want it to contain %q", word, got, want)
		}
	}
	if got := Thesaurus("abadi"); slices.Contains(got, "sementara") {
		t.Errorf("Thesaurus(abadi) = %q: antonyms must not be synonyms", got)
	}
	if got := Thesaurus("kursk"); got != nil {
		t.Errorf("Thesaurus(kursk) = %q, want nil", got)
	}
	got := Thesaurus("sidang")
	got[0] = "changed"
	if Thesaurus("sidang")[0] == "changed" {
		t.Error("Thesaurus returned its own slice")
	}
}
