package vocab

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestDecodeB64(t *testing.T) {
	tests := []struct {
		in   string
		want int64
	}{
		{"A", 0},
		{"B", 1},
		{"Z", 25},
		{"a", 26},
		{"z", 51},
		{"0", 52},
		{"9", 61},
		{"+", 62},
		{"/", 63},
		{"BA", 64},
		{"CL", 139},
		{"DYa+", 3*64*64*64 + 24*64*64 + 26*64 + 62}, // "soldier" in FreeDict's real index
		{"D7v7", 3*64*64*64 + 59*64*64 + 47*64 + 59},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := decodeB64(tt.in)
			if err != nil || got != tt.want {
				t.Errorf("decodeB64(%q): got (%d, %v), want (%d, nil)", tt.in, got, err, tt.want)
			}
			if enc := encodeB64(got); enc != tt.in {
				t.Errorf("encodeB64(%d): got %q, want %q", got, enc, tt.in)
			}
		})
	}
	for _, bad := range []string{"", "A=", "é", "AAAAAAAAAAAA"} {
		if _, err := decodeB64(bad); err == nil {
			t.Errorf("decodeB64(%q): got nil error, want one", bad)
		}
	}
}

// encodeB64 is the inverse of decodeB64.
func encodeB64(v int64) string {
	if v == 0 {
		return "A"
	}
	var b []byte
	for ; v > 0; v /= 64 {
		b = append([]byte{dictdB64[v%64]}, b...)
	}
	return string(b)
}

func TestOpenDictdFixture(t *testing.T) {
	for _, dictFile := range []string{"eng-ind.dict", "eng-ind.dict.dz"} {
		t.Run(dictFile, func(t *testing.T) {
			d, err := OpenDictd(filepath.Join("testdata", "eng-ind.index"), filepath.Join("testdata", dictFile))
			if err != nil {
				t.Fatalf("OpenDictd: %v", err)
			}
			tests := []struct {
				word string
				want []string
			}{
				{"soldier", []string{"prajurit", "tentara", "askar", "laskar", "serdadu"}},
				{"Soldier", []string{"prajurit", "tentara", "askar", "laskar", "serdadu"}},
				{"troop", []string{"tangtara", "tentara"}},
				{"attack", []string{"serangan", "anfal", "kritis", "serang", "serbu"}},
				{"kill", []string{"bunuh", "habis", "membunuh"}},
				{"capital", []string{"modal", "kapital"}},
				{"a little", []string{"sedikit"}},
				{"transubstantiation", []string{"transubstansiasi"}},
				{"french republican calendar", nil}, // translation too long to be a query term
				{"00databaseshort", nil},
				{"tank", nil},
				{"", nil},
			}
			for _, tt := range tests {
				if got := d.Lookup(tt.word); !slices.Equal(got, tt.want) {
					t.Errorf("Lookup(%q): got %q, want %q", tt.word, got, tt.want)
				}
			}
		})
	}
}

func TestOpenDictdErrors(t *testing.T) {
	dir := t.TempDir()
	dict := filepath.Join(dir, "x.dict")
	if err := os.WriteFile(dict, []byte("soldier\ntentara\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	write := func(name, text string) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name, index string
	}{
		{"past end", "soldier\tA\tBA\n"},
		{"bad digit", "soldier\tA\t=\n"},
		{"missing field", "soldier\tA\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := OpenDictd(write(tt.name+".index", tt.index), dict); err == nil {
				t.Errorf("OpenDictd(%q): got nil error, want one", tt.index)
			}
		})
	}
	_, err := OpenDictd(filepath.Join(dir, "none.index"), dict)
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("OpenDictd(missing index): got %v, want fs.ErrNotExist", err)
	}
	ok, err := OpenDictd(write("ok.index", "soldier\tA\tQ\n"), dict)
	if err != nil {
		t.Fatalf("OpenDictd(valid): %v", err)
	}
	if got := ok.Lookup("soldier"); !slices.Equal(got, []string{"tentara"}) {
		t.Errorf("Lookup(soldier): got %q, want [tentara]", got)
	}
}

func TestFreeDict(t *testing.T) {
	d, err := FreeDict()
	if err != nil {
		t.Fatalf("FreeDict: %v", err)
	}
	if d.Len() < 5000 {
		t.Errorf("headwords: got %d, want at least 5000", d.Len())
	}
	for word, want := range map[string]string{"soldier": "tentara", "missile": "rudal", "war": "perang", "president": "presiden", "send": "kirim"} {
		if got := d.Lookup(word); !slices.Contains(got, want) {
			t.Errorf("Lookup(%q): got %q, want it to contain %q", word, got, want)
		}
	}
	// The dictionary fills words the glossary lacks.
	tr := NewTranslator(d)
	terms := tr.Translate("Which stress?")
	if len(terms) != 2 || !terms[1].Known || !slices.Contains(terms[1].Indonesian, "stres") {
		t.Errorf("Translate(Which stress?) with dictionary: got %+v, want stress known as stres", terms)
	}
	if terms := Translate("Which stress?"); len(terms) != 2 || terms[1].Known {
		t.Errorf("Translate(Which stress?) without dictionary: got %+v, want stress unknown", terms)
	}
}
