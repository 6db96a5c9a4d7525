package corpus

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestCleanSeeds(t *testing.T) {
	tests := []struct {
		file string
		// gone are chrome lines that must not be lines of the result (nor,
		// for long ones, parts of a line).
		gone []string
		// stay are parts of article sentences that must remain.
		stay []string
		// unchanged: the article has no chrome at all.
		unchanged bool
	}{
		{
			// Fox News translation: little chrome; the two Fox "related"
			// headlines and the two captions without credit read like
			// article text and stay.
			file: "000_e7bb519e5307e1b4.txt",
			gone: []string{
				"KLIK DI SINI UNTUK MENDAPATKAN APLIKASI FOX NEWS",
				"Source link",
				"Tentara Korea Utara saat ini bertempur bersama Rusia di Ukraina. (Reuters/Alex Babenko)",
			},
			stay: []string{
				"Menurut Menteri Pertahanan Seoul Kim Yong-hyun, Korea Utara saat ini mengirimkan pasukan",
				"enam petugas Korea Utara tewas dalam serangan rudal Ukraina di Donetsk minggu lalu.",
				"Pada hari Jumat, Presiden Putin akan bertemu dengan Presiden Iran Masoud Pezeshkian.",
				"rudal balistik jarak pendek Fas-360",
				"gudang senjata 115 kilometer (70 mil) dari perbatasan Ukraina",
				"Kim mengatakan Putin akan memimpin “Rusia yang hebat” menuju kemenangan.",
				"Associated Press berkontribusi pada laporan ini.",
			},
		},
		{
			// Al Jazeera translation: no chrome; the " | Berita ..." suffix
			// of the headline matters only for the title.
			file:      "001_6f461f1a58da04a8.txt",
			unchanged: true,
			stay: []string{
				"Pasukan Korea Utara bertarung untuk Rusia di Ukraina: Seoul",
				"pada tanggal 3 Oktober",
				"perjanjian inter-Korea bersejarah yang ditandatangani pada tahun 1991",
				"menggunakan hak veto Dewan Keamanan PBB-nya",
				"Moskow dan Pyongyang telah menjadi sekutu sejak pendirian Korea Utara",
			},
		},
		{
			file: "002_aefd8fe8c9c0908f.txt",
			gone: []string{
				"close icon", "Scroll ke atas untuk melanjutkan", "Kim Jong-un dan Vladimir Putin. Foto: Euronews",
				"icon caption", "Peristiwa", "Kamis, 27 Februari 2025 19:13", "swipe", "img",
				"Untuk informasi menarik lainnya,", "follow akun media sosial Alinea.id",
				"Bagikan :", "×", "cari", "bagikan",
			},
			stay: []string{
				"Seoul ungkap Korea Utara semakin banyak kirim pasukan ke Rusia",
				"Fitra Iskandar\nReporter", // bylines answer "who wrote it?"
				"Kim dan Putin telah mengadakan beberapa pertemuan puncak dalam beberapa tahun terakhir untuk memperkuat hubungan antara kedua negara.",
				"mengirim sebanyak 12.000 tentara ke Rusia pada tahun 2024",
				"1.000 hingga 3.000 tentara Korea Utara tambahan dikirim ke Kursk",
				"Presiden Ukraina Volodymyr Zelensky juga mengonfirmasi pada 7 Februari",
				"perang pesawat tanpa awak",
				"sesuatu yang telah dijanjikan Kim untuk ditingkatkan.(euronews)",
			},
		},
		{
			file: "003_79ab5d31336fbc81.txt",
			gone: []string{
				"Nikmati berita interaktif dan LIVE report 24 jam hanya di TribunX", "Tribun",
				"zoom-in Pandang Rusia-Korea Utara Makin Kuat, Zelensky Klaim Kim Jong Un Kirim Personel Militer untuk Putin",
				"Kolase tribunnews", "Kolase pemimpin Rusia Vladimir Putin dengan Presiden Ukraina Volodymyr Zelensky.",
				"Berita Rekomendasi", "Halaman", "123", "Sumber: TribunSolo.com", "Dapatkan Berita Pilihan",
				"di WhatsApp Anda", "Baca WhatsApp Tribunnews", "Tribunnews", "Ikuti kami di",
				"© 2024 TRIBUNnews.com,a subsidiary of KG Media. All Right Reserved", "Atas",
			},
			stay: []string{
				"Pandang Rusia-Korea Utara Makin Kuat, Zelensky Klaim Kim Jong Un Kirim Personel Militer untuk Putin",
				"Zelensky menyebut hubungan pertahanan dengan sekutunya harus diubah",
				// The story's first sentence, scraped onto the caption's line, stays.
				"Presiden Ukraina, Volodymyr Zelensky menyebut hubungan pertahanan dengan sekutunya harus diubah karena Korea Utara (Korut) telah mengirim personel serta senjata ke pasukan Rusia di Ukraina, Minggu (13/10/2024).",
				"Penulis: Andari Wulan Nugrahani", "Editor: Facundo Chrysnha Pradipha", // bylines answer "who wrote it?"
				"menambahkan Korea Utara diperkirakan akan mengirim lebih banyak prajurit", // NBSP now a space
				"Hubungan Rusia-Moskow Kian 'Romantis'",
				"Kementerian Pertahanan Rusia mengatakan 47 pesawat nirawak Ukraina telah dicegat",
				"Gubernur daerah Zaporizhzhia Ivan Fedorov mengatakan dua wanita terluka",
				"Tawanan perang diduga dieksekusi di Kursk",
			},
		},
		{
			file: "004_8a79904111384251.txt",
			gone: []string{"Jakarta, Pahami.id –", "(FEA)"},
			stay: []string{
				"Korea Utara (Korea Utara) dikonfirmasi untuk pertama kalinya pada hari Senin (28/4)",
				"‘tingkat strategis tertinggi persahabatan militan yang kuat’",
				"Korea Utara mengirim sekitar 14.000 tentara",
				"pengalaman pesawat tanpa pengemudi",
				"Rusia dan Korea Utara sebelumnya tidak mengkonfirmasi atau membantah penggunaannya.",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("testdata", "raw", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			got := Clean(string(raw))
			lines := strings.Split(got, "\n")
			for _, g := range tt.gone {
				for _, l := range lines {
					if l == g || len(g) >= 20 && strings.Contains(l, g) {
						t.Errorf("chrome %q is still there", g)
					}
				}
			}
			for _, s := range tt.stay {
				if !strings.Contains(got, s) {
					t.Errorf("article text %q is gone", s)
				}
			}
			if tt.unchanged && got != strings.TrimSpace(string(raw)) {
				t.Errorf("got a changed text, want it unchanged:\n%s", got)
			}
			checkShape(t, got)
		})
	}
}

// checkShape checks Clean's output format: paragraphs separated by exactly
// one blank line, every line trimmed.
func checkShape(t *testing.T, s string) {
	t.Helper()
	if strings.Contains(s, "\n\n\n") {
		t.Errorf("got more than one blank line between paragraphs")
	}
	for _, l := range strings.Split(s, "\n") {
		if l != strings.TrimSpace(l) {
			t.Errorf("got untrimmed line %q", l)
		}
	}
	if s != strings.TrimSpace(s) {
		t.Errorf("got leading or trailing white space")
	}
}

func TestClean(t *testing.T) {
	long := "Baca juga " + strings.Repeat("laporan yang panjang sekali tentang perang ", 6) + "itu."
	tests := []struct {
		name, in, want string
	}{
		{"paragraphs", "  A satu.  \n\n\n\nB dua.\t\nB tiga.\r\n\r\nC.  \n", "A satu.\n\nB dua.\nB tiga.\n\nC."},
		{"nbsp and bom", "\ufeffKorea\u00a0Utara menembak.", "Korea Utara menembak."},
		{"foto inside a sentence", "Foto itu diambil di Kursk pada Januari.\nFotografer senior itu tewas di Kursk.\nIa menunjukkan foto: dua tentara tewas.",
			"Foto itu diambil di Kursk pada Januari.\nFotografer senior itu tewas di Kursk.\nIa menunjukkan foto: dua tentara tewas."},
		{"short sentences", "Ia tewas.\n\nDia menolak.\n\nPerang.", "Ia tewas.\n\nDia menolak.\n\nPerang."},
		{"byline label sentences", "Editor senior itu berkata: perang belum usai.\nReporter itu selamat.", "Editor senior itu berkata: perang belum usai.\nReporter itu selamat."},
		{"date inside a sentence", "Pada Kamis, 27 Februari 2025 pasukan tiba.", "Pada Kamis, 27 Februari 2025 pasukan tiba."},
		{"long line is never chrome", long, long},
		{"caption with credit and its duplicate", "Tentara di Kursk. Foto: Reuters\nicon caption\nTentara di Kursk. Foto: Reuters\n\nIsi berita.", "Isi berita."},
		{"credit lines", "(Foto: Antara)\nFOTO: ANTARA/Reno Esnir\nSumber foto: Istimewa\nIsi berita.", "Isi berita."},
		{"name before label stays", "Isi berita.\n\nimg\nRina Pratiwi\nEditor", "Isi berita.\n\nRina Pratiwi\nEditor"},
		{"name after label stays", "Isi berita.\n\nPenulis\nRina Pratiwi", "Isi berita.\n\nPenulis\nRina Pratiwi"},
		{"label naming no one", "Isi berita.\n\nEditor\n\nBagikan :", "Isi berita."},
		{"header", "Internasional\nSenin, 3 Maret 2025 | 08:05 WIB\n3 Mar 2025\nJudul Berita Ini\n\nIsi berita.", "Judul Berita Ini\n\nIsi berita."},
		{"boxes and widgets", "Isi berita.\nBaca juga: Rusia Tembak Jatuh 20 Drone\nLihat Juga :\nTonton juga video berikut\nAdvertisement\nIklan\nSCROLL TO CONTINUE WITH CONTENT\nLanjutan berita.", "Isi berita.\nLanjutan berita."},
		{"follow us", "Isi berita.\n\nSimak berita menarik lainnya di Google News\nDapatkan update berita pilihan setiap hari di WhatsApp\nIkuti kami di Instagram\n@kabarcontoh\nInstagram: @kabar.contoh", "Isi berita."},
		{"footer", "Isi berita.\n\nArtikel ini telah tayang di Kompas.com dengan judul \"Perang\"\nCopyright 2024 PT Kabar Contoh\nHak Cipta Dilindungi Undang-Undang\n© 2025 Kabar", "Isi berita."},
		{"pages", "Isi berita.\nHalaman 2\nHalaman 2 dari 3\n1 2 3 Selanjutnya\n« Sebelumnya 1 2\n", "Isi berita."},
		{"tags and share", "Isi berita.\nTags: Korea Utara, Rusia\nBagikan artikel ini\nShare:", "Isi berita."},
		{"wire byline stays", "Korut keluar dari NPT pada Januari 2003 . ( AFP / Reuters / muk )", "Korut keluar dari NPT pada Januari 2003 . ( AFP / Reuters / muk )"},
		{"repeated headline", "Judul Berita\nJudul Berita\n\nIsi.", "Judul Berita\n\nIsi."},
		{"all chrome", "close icon\n\nBagikan :\n×", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Clean(tt.in)
			if got != tt.want {
				t.Errorf("Clean(%q):\ngot  %q\nwant %q", tt.in, got, tt.want)
			}
			checkShape(t, got)
		})
	}
}

// TestCleanPlainCorpora checks that Clean leaves plain-text corpora (short
// news passages, Wikipedia paragraphs) intact: every text comes out equal
// but for white space at line ends.
func TestCleanPlainCorpora(t *testing.T) {
	for _, set := range []string{"facqa-dev", "idkmrc-dev"} {
		t.Run(set, func(t *testing.T) {
			f, err := os.Open(filepath.Join("..", "..", "..", "shared", "eval", set, "corpus.jsonl"))
			if err != nil {
				t.Skipf("corpus absent: %v", err)
			}
			defer f.Close()
			sc := bufio.NewScanner(f)
			sc.Buffer(nil, 1<<24)
			n := 0
			for sc.Scan() {
				var r struct{ ID, Text string }
				if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
					t.Fatal(err)
				}
				n++
				if got, want := Clean(r.Text), strings.TrimSpace(normalizeSpace(r.Text)); got != want {
					t.Errorf("%s:\ngot  %q\nwant %q", r.ID, got, want)
				}
			}
			if n < 1000 {
				t.Errorf("got %d texts, want the whole set", n)
			}
		})
	}
}

func TestSplitJoinedParagraphs(t *testing.T) {
	tests := []struct{ in, want string }{
		{" - Polisi menangkap dua orang.,Keduanya diperiksa.", "Polisi menangkap dua orang.\n\nKeduanya diperiksa."},
		{" , - Manajer tim berencana menang.", "Manajer tim berencana menang."},
		{`kata dia.,"Kami siap," ujarnya.`, "kata dia.\n\n\"Kami siap,\" ujarnya."},
		{`"Ibu ada keluhan apa?," tanya dokter.`, `"Ibu ada keluhan apa?," tanya dokter.`},
		{"Pertama.,,,Baca juga:,Kedua.,", "Pertama.\n\nBaca juga:\n\nKedua."},
		{"Pertama.,Baca juga,,“(F1) Singapura,” kata dia.", "Pertama.\n\nBaca juga\n\n“(F1) Singapura,” kata dia."},
		{"Baca juga: Bos Bank Minta Maaf,,Lantas apakah bisa?", "Baca juga: Bos Bank Minta Maaf\n\nLantas apakah bisa?"},
		{"Hal itu disampaikan  , menanggapi langkah  , yang lain.", "Hal itu disampaikan  , menanggapi langkah  , yang lain."},
		{"Harga naik 1.000,5 persen, kata dia.", "Harga naik 1.000,5 persen, kata dia."},
	}
	for _, tt := range tests {
		if got := splitJoinedParagraphs(tt.in); got != tt.want {
			t.Errorf("splitJoinedParagraphs(%q):\ngot  %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestParseDates(t *testing.T) {
	tests := []struct {
		in   string
		line bool // a date line of a body, rather than a machine date
		want time.Time
	}{
		{"2024-10-10", false, date(2024, 10, 10)},
		{"2024-10-10T08:30:00Z", false, time.Date(2024, 10, 10, 8, 30, 0, 0, time.UTC)},
		{"2024-10-10 12:00:00", false, time.Date(2024, 10, 10, 12, 0, 0, 0, wib)},
		{"10/10/2024", false, time.Time{}},
		{"kemarin", false, time.Time{}},
		{"Kamis, 27 Februari 2025 19:13", true, time.Date(2025, 2, 27, 19, 13, 0, 0, wib)},
		{"Senin, 28 April 2025 | 10:15 WITA", true, time.Date(2025, 4, 28, 10, 15, 0, 0, time.FixedZone("WITA", 8*3600))},
		{"27 Feb 2025, 19.13 WIB", true, time.Date(2025, 2, 27, 19, 13, 0, 0, wib)},
		{"Jumat, 1 Agustus 2025", true, date(2025, 8, 1)},
		{"27 Brumaire 2025", true, time.Time{}},
		{"Pada 27 Februari 2025 pasukan tiba", true, time.Time{}},
	}
	for _, tt := range tests {
		var got time.Time
		var ok bool
		if tt.line {
			got, ok = parseDateLine(tt.in)
		} else {
			got, ok = parseDate(tt.in)
		}
		if ok != !tt.want.IsZero() || !got.Equal(tt.want) {
			t.Errorf("parse %q: got %v, %v; want %v", tt.in, got, ok, tt.want)
		}
	}
	if got := withClock(date(2019, 9, 10), "21:48 WIB"); !got.Equal(time.Date(2019, 9, 10, 21, 48, 0, 0, wib)) {
		t.Errorf("withClock: got %v", got)
	}
	if got := withClock(date(2019, 9, 10), "-"); !got.Equal(date(2019, 9, 10)) {
		t.Errorf("withClock(-): got %v, want the date unchanged", got)
	}
}

func ExampleClean() {
	fmt.Println(Clean(`close icon
Peristiwa
Kamis, 27 Februari 2025 19:13

Kim Jong-un mengirim sebanyak 12.000 tentara ke Rusia.
Baca juga: Zelensky Tawan Dua Tentara Korea Utara

Bagikan :
×`))
	// Output:
	// Kim Jong-un mengirim sebanyak 12.000 tentara ke Rusia.
}

func TestIsByline(t *testing.T) {
	for line, want := range map[string]bool{
		"Reporter":                        true,
		"Penulis: Andari Wulan Nugrahani": true,
		"Editor : Facundo Pradipha":       true,
		"Penulis: dua orang tewas.":       false,
		"Reporter itu selamat.":           false,
		"Fitra Iskandar":                  false,
	} {
		if got := IsByline(line); got != want {
			t.Errorf("IsByline(%q) = %v, want %v", line, got, want)
		}
	}
}
