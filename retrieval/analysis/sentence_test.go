package analysis

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{
			name: "two sentences from Fox News",
			text: "Rusia dan Korea Utara telah memperdalam hubungan sejak invasi Moskow ke Ukraina. Kedua kekuatan nuklir tersebut menandatangani pakta pertahanan pada bulan Juni saat Presiden Rusia Vladimir Putin berkunjung ke Korea Utara.",
			want: []string{
				"Rusia dan Korea Utara telah memperdalam hubungan sejak invasi Moskow ke Ukraina.",
				"Kedua kekuatan nuklir tersebut menandatangani pakta pertahanan pada bulan Juni saat Presiden Rusia Vladimir Putin berkunjung ke Korea Utara.",
			},
		},
		{
			name: "AS without dots ends a sentence",
			text: "Iran juga telah mengirimkan rudal ke Rusia dalam beberapa bulan terakhir, menurut pejabat pertahanan AS. Tentara Rusia sedang berlatih dengan rudal balistik jarak pendek Fas-360, yang memiliki jangkauan maksimum 110 km, di Iran.",
			want: []string{
				"Iran juga telah mengirimkan rudal ke Rusia dalam beberapa bulan terakhir, menurut pejabat pertahanan AS.",
				"Tentara Rusia sedang berlatih dengan rudal balistik jarak pendek Fas-360, yang memiliki jangkauan maksimum 110 km, di Iran.",
			},
		},
		{
			name: "quotes: closing quote kept, lower-case attribution continues",
			text: "“Hubungan antara Rusia dan Korea Utara berkembang menjadi sesuatu yang hampir mendekati aliansi militer,” katanya. “Jadi, dari sudut pandang kami, lebih banyak pasukan Korea Utara dapat dilibatkan dalam perang.”",
			want: []string{
				"“Hubungan antara Rusia dan Korea Utara berkembang menjadi sesuatu yang hampir mendekati aliansi militer,” katanya.",
				"“Jadi, dari sudut pandang kami, lebih banyak pasukan Korea Utara dapat dilibatkan dalam perang.”",
			},
		},
		{
			name: "period inside quotes then lower case",
			text: "Ia berkata, “Kami siap.” katanya kepada wartawan. “Kami menang!” Lalu ia pergi.",
			want: []string{
				"Ia berkata, “Kami siap.” katanya kepada wartawan.",
				"“Kami menang!”",
				"Lalu ia pergi.",
			},
		},
		{
			name: "straight quotes",
			text: `Kim berkata, "Kami siap." Pasukan berangkat. Dia bertanya "kapan?" lalu diam.`,
			want: []string{`Kim berkata, "Kami siap."`, "Pasukan berangkat.", `Dia bertanya "kapan?" lalu diam.`},
		},
		{
			name: "credit after the final period",
			text: "Tentara Korea Utara saat ini bertempur bersama Rusia di Ukraina. (Reuters/Alex Babenko)",
			want: []string{"Tentara Korea Utara saat ini bertempur bersama Rusia di Ukraina. (Reuters/Alex Babenko)"},
		},
		{
			name: "credit glued to the period",
			text: "Ini dapat membantu negara itu meningkatkan program nuklirnya, sesuatu yang telah dijanjikan Kim untuk ditingkatkan.(euronews)",
			want: []string{"Ini dapat membantu negara itu meningkatkan program nuklirnya, sesuatu yang telah dijanjikan Kim untuk ditingkatkan.(euronews)"},
		},
		{
			name: "credit followed by the next sentence",
			text: "Pasukan tiba di Kursk. (ant) Mereka disambut.",
			want: []string{"Pasukan tiba di Kursk. (ant)", "Mereka disambut."},
		},
		{
			name: "a long parenthesis is not a credit",
			text: "Pasukan tiba. (Sebelumnya, Kementerian Pertahanan Rusia tidak pernah mengakui keberadaan mereka.)",
			want: []string{"Pasukan tiba.", "(Sebelumnya, Kementerian Pertahanan Rusia tidak pernah mengakui keberadaan mereka.)"},
		},
		{
			name: "newlines: headline, blank line, caption",
			text: "Seoul ungkap Korea Utara semakin banyak kirim pasukan ke Rusia\n\nKim Jong-un dan Vladimir Putin.\nFoto: Euronews\n",
			want: []string{"Seoul ungkap Korea Utara semakin banyak kirim pasukan ke Rusia", "Kim Jong-un dan Vladimir Putin.", "Foto: Euronews"},
		},
		{
			name: "a sentence does not cross a newline",
			text: "Rusia mengkonfirmasi pada hari Sabtu\nbahwa pasukan Korea Utara bertarung",
			want: []string{"Rusia mengkonfirmasi pada hari Sabtu", "bahwa pasukan Korea Utara bertarung"},
		},
		{
			name: "numbers, dates and times",
			text: "Kim Jong-un mengirim sebanyak 12.000 tentara, atau 3,5 persen dari 1.000.000 personel. Zelensky berbicara Minggu (13/10/2024) pukul 19.13 WIB dan lagi pada 28.4.2025. Korea Utara mengirim sekitar 14.000 tentara.",
			want: []string{
				"Kim Jong-un mengirim sebanyak 12.000 tentara, atau 3,5 persen dari 1.000.000 personel.",
				"Zelensky berbicara Minggu (13/10/2024) pukul 19.13 WIB dan lagi pada 28.4.2025.",
				"Korea Utara mengirim sekitar 14.000 tentara.",
			},
		},
		{
			name: "a sentence may start with a number",
			text: "Serangan terjadi pada 2024. 12 tentara tewas.",
			want: []string{"Serangan terjadi pada 2024.", "12 tentara tewas."},
		},
		{
			name: "titles and ranks",
			text: "Menurut Letjen. Budi dan Prof. Dr. Siti dari Jl. Merdeka No. 5, Mayjen. Ahmad bertemu Brigjen. Joko. Kol. Andi hadir.",
			want: []string{
				"Menurut Letjen. Budi dan Prof. Dr. Siti dari Jl. Merdeka No. 5, Mayjen. Ahmad bertemu Brigjen. Joko.",
				"Kol. Andi hadir.",
			},
		},
		{
			name: "more abbreviations",
			text: "Ia dirawat dr. Andi, drg. Sari, H. Umar dan Hj. Aminah, S.H., M.Si. di Kab. Bogor, Kec. Cibinong, Prov. Jawa Barat. Dia membayar Rp. 5.000 pada tgl. 5. Selesai.",
			want: []string{
				"Ia dirawat dr. Andi, drg. Sari, H. Umar dan Hj. Aminah, S.H., M.Si. di Kab. Bogor, Kec. Cibinong, Prov. Jawa Barat.",
				"Dia membayar Rp. 5.000 pada tgl. 5.",
				"Selesai.",
			},
		},
		{
			name: "English abbreviations",
			text: "Mr. Smith of Acme Inc. and Samsung Co. Ltd. met U.S. officials vs. U.K. envoys, e.g. Mrs. Jones. They left.",
			want: []string{
				"Mr. Smith of Acme Inc. and Samsung Co. Ltd. met U.S. officials vs. U.K. envoys, e.g. Mrs. Jones.",
				"They left.",
			},
		},
		{
			name: "dotted A.S. is an abbreviation",
			text: "Pejabat A.S. Lloyd Austin berbicara. Dia pergi.",
			want: []string{"Pejabat A.S. Lloyd Austin berbicara.", "Dia pergi."},
		},
		{
			name: "initials",
			text: "Penulis J. Smith dan Kim J. Un hadir. Mereka setuju.",
			want: []string{"Penulis J. Smith dan Kim J. Un hadir.", "Mereka setuju."},
		},
		{
			name: "dll. before lower case and before a new sentence",
			text: "Senjata, amunisi, dll. dikirim ke Rusia. Rudal, drone, dll. Semua itu tiba di Kursk.",
			want: []string{"Senjata, amunisi, dll. dikirim ke Rusia.", "Rudal, drone, dll.", "Semua itu tiba di Kursk."},
		},
		{
			name: "URLs and e-mail addresses",
			text: "Lihat www.kemlu.go.id/berita atau https://example.com/a.b?c=1 dan tulis ke redaksi@alinea.id. Terima kasih.",
			want: []string{"Lihat www.kemlu.go.id/berita atau https://example.com/a.b?c=1 dan tulis ke redaksi@alinea.id.", "Terima kasih."},
		},
		{
			name: "ellipsis",
			text: "Dia berkata... lalu diam. Tunggu… Pasukan datang!",
			want: []string{"Dia berkata... lalu diam.", "Tunggu…", "Pasukan datang!"},
		},
		{
			name: "question and exclamation",
			text: "Berapa tentara yang dikirim? Ribuan! Apakah benar?! Ya.",
			want: []string{"Berapa tentara yang dikirim?", "Ribuan!", "Apakah benar?!", "Ya."},
		},
		{
			name: "numbered list item",
			text: "1. Korea Utara mengirim pasukan.\n2. Rusia menerima bantuan.",
			want: []string{"1. Korea Utara mengirim pasukan.", "2. Rusia menerima bantuan."},
		},
		{
			name: "surrounding white space trimmed",
			text: "  \t Kalimat pertama.   Kalimat kedua. \r\n\n  ",
			want: []string{"Kalimat pertama.", "Kalimat kedua."},
		},
		{
			name: "caseless script starts a sentence",
			text: "Dia menyebut namanya. 김정은 hadir.",
			want: []string{"Dia menyebut namanya.", "김정은 hadir."},
		},
		{name: "empty", text: "", want: nil},
		{name: "only space", text: " \n\n\t ", want: nil},
		{name: "only a period", text: ".", want: []string{"."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans := Sentences(tt.text)
			checkSpans(t, tt.text, spans)
			got := texts(tt.text, spans)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %d sentences:\n%s\nwant %d:\n%s", len(got), strings.Join(got, "\n"), len(tt.want), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func texts(text string, spans []Span) []string {
	var out []string
	for _, s := range spans {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

// checkSpans checks the promises of Sentences: spans in order, not
// overlapping, not empty, trimmed, on rune boundaries, covering every
// non-space character and crossing no newline.
func checkSpans(t *testing.T, text string, spans []Span) {
	t.Helper()
	covered := make([]bool, len(text))
	prev := 0
	for i, s := range spans {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("span %d = %v after end %d in text of %d bytes: want ordered, non-empty, in range", i, s, prev, len(text))
		}
		prev = s.End
		sub := text[s.Start:s.End]
		if strings.IndexByte(sub, '\n') >= 0 {
			t.Errorf("span %d = %q crosses a newline", i, sub)
		}
		if !boundary(text, s.Start) || !boundary(text, s.End) {
			t.Errorf("span %d = %v is not on rune boundaries", i, s)
		}
		if r, size := utf8.DecodeRuneInString(sub); size > 0 && unicode.IsSpace(r) {
			t.Errorf("span %d = %q starts with space", i, sub)
		}
		if r, size := utf8.DecodeLastRuneInString(sub); size > 0 && unicode.IsSpace(r) {
			t.Errorf("span %d = %q ends with space", i, sub)
		}
		for j := s.Start; j < s.End; j++ {
			covered[j] = true
		}
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !covered[i] && !unicode.IsSpace(r) {
			t.Errorf("byte %d (%q) of text lies in no span", i, text[i:i+size])
		}
		i += size
	}
}

// boundary reports whether i is the start of a rune (or an invalid byte)
// or the end of text, and so a place where text may be cut.
func boundary(text string, i int) bool {
	if i == 0 || i == len(text) {
		return true
	}
	return utf8.RuneStart(text[i]) || !validAt(text, i)
}

// validAt reports whether the byte at i belongs to a valid rune that
// starts before it.
func validAt(text string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if utf8.RuneStart(text[j]) {
			r, size := utf8.DecodeRuneInString(text[j:])
			return !(r == utf8.RuneError && size == 1) && j+size > i
		}
	}
	return false
}

func TestSentencesNews(t *testing.T) {
	b, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	spans := Sentences(text)
	checkSpans(t, text, spans)
	got := texts(text, spans)
	for _, want := range []string{
		"Tentara Korea Utara saat ini bertempur bersama Rusia di Ukraina. (Reuters/Alex Babenko)",
		"Kim Jong-un, pemimpin Korea Utara, mengirim sebanyak 12.000 tentara ke Rusia pada tahun 2024 sebagai bagian dari aliansinya dengan Presiden Rusia Vladimir Putin.",
		"Ia menambahkan bahwa mereka sedang mencoba untuk memastikan berapa banyak tentara yang telah dipindahkan ke sana.",
		"Kamis, 27 Februari 2025 19:13",
		"Menurut pemerintah Ukraina, Korea Utara mengirim sekitar 14.000 tentara, termasuk 3.000 peran dalam menggantikan korban yang jatuh.",
	} {
		if !slices.Contains(got, want) {
			t.Errorf("no sentence %q", want)
		}
	}
	for _, s := range got {
		if IsCredit(s) && s != "(FEA)" {
			t.Errorf("got sentence %q made only of a credit", s)
		}
	}
}

func TestIsCredit(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"(FEA)", true}, {" (Reuters/Alex Babenko) ", true}, {"(ant).", true},
		{"(euronews)", true},
		{"()", false}, {"( )", false}, {"(ant) dan", false}, {"FEA", false},
		{"(Sebelumnya, pasukan tiba. Kini berbeda.)", false},
		{"(satu dua tiga empat lima enam tujuh)", false},
	} {
		t.Run(tt.s, func(t *testing.T) {
			if got := IsCredit(tt.s); got != tt.want {
				t.Errorf("IsCredit(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}

func TestSentencesLongInput(t *testing.T) {
	for _, text := range []string{
		strings.Repeat("Pasukan tiba di Kursk. ", 500),
		strings.Repeat(".", 10000),
		strings.Repeat("a.", 5000),
		strings.Repeat("(", 10000),
		strings.Repeat("Dr. ", 2500),
		strings.Repeat("\xff. A", 2500),
		strings.Repeat("x", 10000) + ". Y",
	} {
		spans := Sentences(text)
		checkSpans(t, text, spans)
	}
	if got := len(Sentences(strings.Repeat("Pasukan tiba di Kursk. ", 500))); got != 500 {
		t.Errorf("got %d sentences, want 500", got)
	}
}

func FuzzSentences(f *testing.F) {
	f.Add("Tentara Korea Utara bertempur. (Reuters/Alex Babenko) Mereka “menang.” katanya.")
	f.Add("Letjen. Budi, S.H., M.Si. tiba pukul 19.13 (13/10/2024)… Lalu A.S. pergi.")
	f.Fuzz(func(t *testing.T, text string) {
		spans := Sentences(text)
		checkSpans(t, text, spans)
	})
}

func BenchmarkSentences(b *testing.B) {
	data, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Sentences(text)
	}
}

func ExampleSentences() {
	text := "Menurut Letjen. Budi, Korea Utara mengirim 12.000 tentara. “Jadi, mereka ikut berperang,” katanya.\nFoto: Euronews"
	for _, s := range Sentences(text) {
		fmt.Println(text[s.Start:s.End])
	}
	// Output:
	// Menurut Letjen. Budi, Korea Utara mengirim 12.000 tentara.
	// “Jadi, mereka ikut berperang,” katanya.
	// Foto: Euronews
}
