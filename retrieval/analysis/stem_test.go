package analysis

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"unicode"
)

func TestStem(t *testing.T) {
	tests := []struct {
		word, want string
	}{
		// me- with recoding of the assimilated first letter.
		{"menewaskan", "tewas"},  // men + tewas + kan: n ← t
		{"memukul", "pukul"},     // mem + pukul: m ← p
		{"menyerang", "serang"},  // meny + serang: ny ← s
		{"mengirimkan", "kirim"}, // meng + kirim + kan: ng ← k
		{"mengonfirmasi", "konfirmasi"},
		{"mengkonfirmasi", "konfirmasi"}, // loanword keeps its k
		{"membantu", "bantu"},
		{"membantah", "bantah"}, // not mem+ban+tah: -tah is a particle only when nothing longer fits
		{"memberikan", "beri"},
		{"memproduksi", "produksi"},
		{"menyanyi", "nyanyi"},
		{"mengebom", "bom"},
		{"mempertahankan", "tahan"}, // mem + per + tahan + kan
		{"memakan", "makan"},        // me-…-an is disallowed: not me+mak+an
		// pe-, per-, pe-…-an
		{"penyerangan", "serang"},
		{"pengiriman", "kirim"},
		{"penembakan", "tembak"}, // -an after a root in k, not -kan
		{"penarikan", "tarik"},   // tarik and tari are both roots; the longer wins
		{"pertahanan", "tahan"},
		{"perbatasan", "batas"},
		{"persahabatan", "sahabat"},
		{"perjanjian", "janji"},
		{"pertempurannya", "tempur"},
		{"pemerintah", "perintah"},
		{"pelajar", "ajar"},
		{"petani", "tani"},
		// be-, ter-
		{"bertempur", "tempur"},
		{"belajar", "ajar"},
		{"bekerja", "kerja"},
		{"berikan", "beri"},       // be-…-kan keeps suffix first: not ber+ikan
		{"harian", "harian"},      // a daily newspaper, not "hari" (day)
		{"memperoleh", "peroleh"}, // to obtain, not "oleh" (by)
		{"diperoleh", "peroleh"},
		{"perolehan", "peroleh"},
		{"tersebut", "tersebut"},    // the said, not "sebut" (to say)
		{"penduduknya", "penduduk"}, // inhabitants, not "duduk" (to sit, to occupy)
		{"kependudukan", "penduduk"},
		{"pendudukan", "pendudukan"}, // occupation
		{"diduduki", "duduk"},
		{"disebut", "sebut"},
		{"sebelum", "sebelum"}, // before, not "belum" (not yet)
		{"sebelumnya", "sebelum"},
		{"belum", "belum"},
		{"setelah", "setelah"}, // after, not "telah" (already)
		{"sesudah", "sesudah"},
		{"sesudahnya", "sesudah"},
		{"berhari-hari", "hari"},
		{"bertahan", "tahan"},
		{"terlibat", "libat"},
		{"tersebar", "sebar"},
		{"mengepalai", "kepala"}, // to head, not the rare root "palai"
		{"dikepalai", "kepala"},
		// di-, ke-, se-
		{"dikirim", "kirim"},
		{"dikerahkan", "kerah"},
		{"diyakini", "yakin"},
		{"dimakan", "makan"}, // di-…-an is disallowed: not di+mak+an
		{"diketahui", "tahu"},
		{"kedatangan", "datang"},
		{"keamanan", "aman"},
		{"kemenangan", "menang"},
		{"keberangkatan", "berangkat"},
		// "tanda tangan" is two words in the list; the package adds the
		// solid compound so every derived form meets at one root.
		{"ditandatangani", "tandatangan"},
		{"menandatangani", "tandatangan"},
		{"penandatanganan", "tandatangan"},
		// Suffixes only.
		{"serangan", "serang"},
		{"laporan", "lapor"},
		{"katanya", "kata"},
		{"meskipun", "meski"},
		// The list holds both pasu and pasuk; a word in -kan that cannot
		// carry a prefix reads as a noun in -an.
		{"pasukan", "pasuk"},
		{"pasukannya", "pasuk"},
		{"gerakan", "gerak"},
		// Reduplication.
		{"kata-kata", "kata"},
		{"negara-negara", "negara"},
		{"tembak-menembak", "tembak"},
		{"berhari-hari", "hari"},
		{"anak-anaknya", "anak"},
		{"meniru-nirukan", "tiru"},
		{"yong-hyun", "yong-hyun"},
		{"rusia-ukraina", "rusia-ukraina"},
		// Roots stay as they are.
		{"berapa", "berapa"},
		{"mereka", "mereka"},
		{"tentara", "tentara"},
		{"bahwa", "bahwa"},
		{"sekali", "sekali"},
		{"perang", "perang"},
		// What cannot be reduced to a root stays as it is.
		{"kursk", "kursk"},
		{"Kursk", "Kursk"},
		{"pyongyang", "pyongyang"},
		{"zelensky", "zelensky"},
		{"donetsk", "donetsk"},
		{"ukraina", "ukraina"},
		{"iran", "iran"},
		{"taiwan", "taiwan"},
		{"kim", "kim"},
		{"12.000", "12.000"},
		{"fas-360", "fas-360"},
		{"drone", "drone"},
		{"Menewaskan", "Menewaskan"}, // not lower case: not touched
		{"di", "di"},
		{"", ""},
		{"-", "-"},
		{"kata-", "kata-"},
		{"é-kata", "é-kata"},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			if got := Stem(tt.word); got != tt.want {
				t.Errorf("Stem(%q) = %q, want %q", tt.word, got, tt.want)
			}
		})
	}
}

// newsWords returns the distinct lower-cased words of testdata/news.txt,
// the bodies of three of the seed articles.
func newsWords(t testing.TB) []string {
	t.Helper()
	b, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var words []string
	f := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '.' }
	for _, w := range strings.FieldsFunc(strings.ToLower(string(b)), f) {
		w = strings.Trim(w, "-.")
		if w != "" && !seen[w] {
			seen[w] = true
			words = append(words, w)
		}
	}
	return words
}

func TestStemReturnsRootOrWord(t *testing.T) {
	words := newsWords(t)
	if len(words) < 300 {
		t.Fatalf("got %d distinct words in testdata/news.txt, want at least 300", len(words))
	}
	changed := 0
	for _, w := range words {
		got := Stem(w)
		if got != w {
			changed++
			if !IsRoot(got) {
				t.Errorf("Stem(%q) = %q, which is neither the word nor a root", w, got)
			}
		}
		if again := Stem(got); again != got {
			t.Errorf("Stem(Stem(%q)) = %q, want %q (a root is its own stem)", w, again, got)
		}
	}
	// A stemmer that stems nothing would pass the checks above.
	if changed*4 < len(words) {
		t.Errorf("got %d of %d words stemmed, want at least a quarter", changed, len(words))
	}
}

func TestIsRoot(t *testing.T) {
	for _, tt := range []struct {
		word string
		want bool
	}{
		{"kirim", true}, {"aba", true}, {"zus", true}, {"abal-abal", true},
		{"tandatangan", true}, // added compound
		{"pengiriman", false}, {"kursk", false}, {"", false},
	} {
		t.Run(tt.word, func(t *testing.T) {
			if got := IsRoot(tt.word); got != tt.want {
				t.Errorf("IsRoot(%q) = %v, want %v", tt.word, got, tt.want)
			}
		})
	}
}

func TestStemCacheBounded(t *testing.T) {
	saved := cacheCap
	cacheCap = 8
	stemCache.Clear()
	cacheLen.Store(0)
	t.Cleanup(func() { cacheCap = saved })

	words := newsWords(t)
	want := make([]string, len(words))
	for i, w := range words {
		want[i] = stem(w)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for i, w := range words {
				if got := Stem(w); len(w) >= 4 && stemmable(w) && got != want[i] {
					t.Errorf("Stem(%q) = %q, want %q", w, got, want[i])
				}
			}
		})
	}
	wg.Wait()
	n := 0
	stemCache.Range(func(any, any) bool { n++; return true })
	// Concurrent writers may overshoot the cap by one entry each.
	if n > int(cacheCap)+4 {
		t.Errorf("got %d cached stems, want at most %d", n, cacheCap+4)
	}
}

func BenchmarkStem(b *testing.B) {
	words := newsWords(b)
	b.Run("cached", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			Stem(words[i%len(words)])
		}
	})
	b.Run("uncached", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			stem(words[i%len(words)])
		}
	})
}

func ExampleStem() {
	for _, w := range []string{"pengiriman", "menewaskan", "pertempurannya", "kata-kata", "pyongyang"} {
		fmt.Println(w, "→", Stem(w))
	}
	// Output:
	// pengiriman → kirim
	// menewaskan → tewas
	// pertempurannya → tempur
	// kata-kata → kata
	// pyongyang → pyongyang
}
