package corpus

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// load runs o.Load over fsys and fails on an error.
func load(t *testing.T, o Options, fsys fs.FS) ([]Article, []Problem) {
	t.Helper()
	arts, probs, err := o.Load(fsys, ".")
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return arts, probs
}

func byID(arts []Article) map[string]Article {
	m := make(map[string]Article, len(arts))
	for _, a := range arts {
		m[a.ID] = a
	}
	return m
}

func TestSeed(t *testing.T) {
	arts, probs, err := Load(Seed, ".")
	if err != nil {
		t.Fatalf("Load(Seed): %v", err)
	}
	if len(probs) != 0 {
		t.Errorf("got problems %v, want none", probs)
	}
	want := []struct {
		id, title, source string
		published         time.Time
		contains          string
	}{
		{"000_e7bb519e5307e1b4", "Korea Utara kirim pasukan untuk berperang bersama Rusia di Ukraina", "Fox News (terjemahan)", date(2024, 10, 10), "Masoud Pezeshkian"},
		{"001_6f461f1a58da04a8", "Pasukan Korea Utara bertarung untuk Rusia di Ukraina: Seoul", "Al Jazeera (terjemahan)", date(2024, 10, 8), "tahun 1991"},
		{"002_aefd8fe8c9c0908f", "Seoul ungkap Korea Utara semakin banyak kirim pasukan ke Rusia", "Alinea.id", date(2025, 2, 27), "sebanyak 12.000 tentara"},
		{"003_79ab5d31336fbc81", "Pandang Rusia-Korea Utara Makin Kuat, Zelensky Klaim Kim Jong Un Kirim Personel Militer untuk Putin", "Tribunnews", date(2024, 10, 13), "Ivan Fedorov"},
		{"004_8a79904111384251", "Korea Utara konfirmasi kirim pasukan bantu Rusia melawan Ukraina", "Pahami.id", date(2025, 4, 28), "sekitar 14.000 tentara"},
	}
	if len(arts) != len(want) {
		t.Fatalf("got %d articles, want %d", len(arts), len(want))
	}
	for i, w := range want {
		a := arts[i]
		t.Run(w.id, func(t *testing.T) {
			if a.ID != w.id {
				t.Errorf("ID: got %q, want %q", a.ID, w.id)
			}
			if a.Title != w.title {
				t.Errorf("Title: got %q, want %q", a.Title, w.title)
			}
			if a.Source != w.source {
				t.Errorf("Source: got %q, want %q", a.Source, w.source)
			}
			if !a.Published.Equal(w.published) {
				t.Errorf("Published: got %v, want %v", a.Published, w.published)
			}
			if a.Lang != "id" {
				t.Errorf("Lang: got %q, want %q", a.Lang, "id")
			}
			if a.Path != w.id+".md" {
				t.Errorf("Path: got %q, want %q", a.Path, w.id+".md")
			}
			if !strings.Contains(a.Text, w.contains) {
				t.Errorf("Text lacks %q", w.contains)
			}
			if strings.HasPrefix(a.Text, "---") || strings.Contains(a.Text, "\nlang: id") {
				t.Errorf("Text holds the front matter: %.80q", a.Text)
			}
		})
	}
}

func TestLoadRawSeeds(t *testing.T) {
	arts, probs, err := LoadDir(filepath.Join("testdata", "raw"))
	if err != nil {
		t.Fatal(err)
	}
	if len(probs) != 0 {
		t.Errorf("got problems %v, want none", probs)
	}
	got := byID(arts)
	want := []struct {
		id, title string
		published time.Time
	}{
		// 000 and 004 open with a sentence, not a headline: no title.
		{"000_e7bb519e5307e1b4", "", time.Time{}},
		{"001_6f461f1a58da04a8", "Pasukan Korea Utara bertarung untuk Rusia di Ukraina: Seoul", time.Time{}},
		{"002_aefd8fe8c9c0908f", "Seoul ungkap Korea Utara semakin banyak kirim pasukan ke Rusia", time.Date(2025, 2, 27, 19, 13, 0, 0, wib)},
		{"003_79ab5d31336fbc81", "Pandang Rusia-Korea Utara Makin Kuat, Zelensky Klaim Kim Jong Un Kirim Personel Militer untuk Putin", time.Time{}},
		{"004_8a79904111384251", "", time.Time{}},
	}
	if len(arts) != len(want) {
		t.Fatalf("got %d articles, want %d", len(arts), len(want))
	}
	for _, w := range want {
		t.Run(w.id, func(t *testing.T) {
			a, ok := got[w.id]
			if !ok {
				t.Fatalf("no article %q", w.id)
			}
			if a.Title != w.title {
				t.Errorf("Title: got %q, want %q", a.Title, w.title)
			}
			if !a.Published.Equal(w.published) {
				t.Errorf("Published: got %v, want %v", a.Published, w.published)
			}
			if wantPath := filepath.Join("testdata", "raw", w.id+".txt"); a.Path != wantPath {
				t.Errorf("Path: got %q, want %q", a.Path, wantPath)
			}
		})
	}
}

// gz compresses s.
func gz(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	if _, err := w.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestLoadFormats(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("testdata", "html", "korut-kursk.html"))
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{
		"a/front.md":        {Data: []byte("---\nid: fm-1\ntitle: \"Judul Depan\"\nsource: Kompas\nurl: https://kompas.example/fm-1\npublished: 2024-10-10T08:30:00+07:00\nlang: en\n---\nParagraf pertama.\n\nParagraf kedua.\n")},
		"a/spaced.markdown": {Data: []byte("---\nid: fm-2\npublished: \"2024-10-10 12:00:00\"\n---\nIsi berita di sini.\n")},
		"b/Tanpa Depan.MD":  {Data: []byte("Peristiwa\nSenin, 3 Maret 2025 08:05 WIB\n\nPasukan Korea Utara tiba di Kursk\n\nPasukan itu tiba pada Senin pagi.\nMereka langsung ditempatkan di garis depan.\n\nBagikan\n")},
		"c/plain.txt":       {Data: []byte("Kalimat pertama berita ini.\r\n\r\n\r\nKalimat kedua   \r\n")},
		"d/page.HTM":        {Data: page},
		"e/own.jsonl": {Data: []byte(`{"id":"j1","title":"Satu","source":"Antara","url":"https://antara.example/1","published":"2025-01-02","lang":"id","text":"Teks satu.\n\nParagraf dua."}` + "\n" +
			`{"title":"Tanpa id","source":"Antara","text":"Teks tanpa id."}` + "\n" +
			`{"id":7,"title":"Nomor","text":"Id berupa angka."}` + "\n")},
		"f/click.jsonl.gz": {Data: gz(t, `{"id": "df9459011acd8bee", "title": "Diduga Pasok Sabu", "source": "Kompas.com", "date": "2019-09-10", "date_from": "url", "date_raw": "x", "time": "21:48 WIB", "category": "News", "sub_category": "Regional", "content": " - Polisi mengamankan dua orang di Tanjungpinang.,Penangkapan itu hasil pengembangan kasus.,\"Keduanya diduga pemasok,\" kata Zulmi.,Baca juga:,,Lebih jauh Zulmi menjelaskan perkaranya.,", "url": "https://regional.kompas.com/read/2019/09/10/x", "origin_file": "kompas.xlsx"}`+"\n")},
	}
	arts, probs := load(t, Options{}, fsys)
	if len(probs) != 0 {
		t.Errorf("got problems %v, want none", probs)
	}
	got := byID(arts)
	tests := []struct {
		id   string
		want Article
	}{
		{"fm-1", Article{Title: "Judul Depan", Source: "Kompas", URL: "https://kompas.example/fm-1", Lang: "en",
			Published: time.Date(2024, 10, 10, 1, 30, 0, 0, time.UTC), Text: "Paragraf pertama.\n\nParagraf kedua.", Path: "a/front.md"}},
		{"fm-2", Article{Lang: "id", Published: time.Date(2024, 10, 10, 12, 0, 0, 0, wib), Text: "Isi berita di sini.", Path: "a/spaced.markdown"}},
		{"Tanpa Depan", Article{Title: "Pasukan Korea Utara tiba di Kursk", Lang: "id", Published: time.Date(2025, 3, 3, 8, 5, 0, 0, wib),
			Text: "Pasukan Korea Utara tiba di Kursk\n\nPasukan itu tiba pada Senin pagi.\nMereka langsung ditempatkan di garis depan.", Path: "b/Tanpa Depan.MD"}},
		{"plain", Article{Lang: "id", Text: "Kalimat pertama berita ini.\n\nKalimat kedua", Path: "c/plain.txt"}},
		{"j1", Article{Title: "Satu", Source: "Antara", URL: "https://antara.example/1", Lang: "id", Published: date(2025, 1, 2),
			Text: "Teks satu.\n\nParagraf dua.", Path: "e/own.jsonl", Line: 1}},
		{"e/own.jsonl:2", Article{Title: "Tanpa id", Source: "Antara", Lang: "id", Text: "Teks tanpa id.", Path: "e/own.jsonl", Line: 2}},
		{"7", Article{Title: "Nomor", Lang: "id", Text: "Id berupa angka.", Path: "e/own.jsonl", Line: 3}},
		{"df9459011acd8bee", Article{Title: "Diduga Pasok Sabu", Source: "Kompas.com", URL: "https://regional.kompas.com/read/2019/09/10/x", Lang: "id",
			Published: time.Date(2019, 9, 10, 21, 48, 0, 0, wib),
			Text:      "Polisi mengamankan dua orang di Tanjungpinang.\n\nPenangkapan itu hasil pengembangan kasus.\n\n\"Keduanya diduga pemasok,\" kata Zulmi.\n\nLebih jauh Zulmi menjelaskan perkaranya.",
			Path:      "f/click.jsonl.gz", Line: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			a, ok := got[tt.id]
			if !ok {
				t.Fatalf("no article %q among %d", tt.id, len(arts))
			}
			w := tt.want
			w.ID = tt.id
			if !a.Published.Equal(w.Published) {
				t.Errorf("Published: got %v, want %v", a.Published, w.Published)
			}
			a.Published, w.Published = time.Time{}, time.Time{}
			if a != w {
				t.Errorf("got  %+v\nwant %+v", a, w)
			}
		})
	}
	t.Run("html", func(t *testing.T) {
		a, ok := got["page"]
		if !ok {
			t.Fatalf("no article %q", "page")
		}
		if a.Title != "Tentara Korea Utara Bertahan di Kursk" || a.Source != "Kabar Contoh" || a.Lang != "id" ||
			a.URL != "https://kabar.example.id/internasional/2025/02/12/tentara-korea-utara-bertahan-di-kursk" {
			t.Errorf("got metadata %q %q %q %q", a.Title, a.Source, a.Lang, a.URL)
		}
		if y, m, d := a.Published.Date(); y != 2025 || m != time.February || d != 12 {
			t.Errorf("Published: got %v, want 2025-02-12", a.Published)
		}
		paragraphs := []string{
			"Seoul - Badan Intelijen Nasional Korea Selatan mengatakan pasukan Korea Utara kembali ke garis depan di wilayah Kursk, Rusia, pada awal Februari setelah sempat ditarik mundur.",
			"Menurut badan itu, sekitar 11.000 tentara Korea Utara dikirim ke Rusia sejak Oktober tahun lalu, dan sebagian besar ditempatkan di Kursk untuk membantu merebut kembali wilayah yang diduduki Ukraina.",
			"Para analis menilai kurangnya pengalaman menghadapi pesawat tanpa awak membuat pasukan Korea Utara menderita banyak korban pada bulan-bulan pertama.",
			"\"Mereka belajar dengan cepat dan kini bertempur dalam unit-unit kecil,\" kata seorang pejabat intelijen kepada wartawan di Seoul, Rabu.",
			"Pemerintah Korea Utara belum pernah mengakui keberadaan pasukannya di Rusia hingga saat ini.",
		}
		for _, p := range paragraphs {
			if !strings.Contains("\n\n"+a.Text+"\n\n", "\n\n"+p+"\n\n") {
				t.Errorf("Text lacks the paragraph %q:\n%s", p, a.Text)
			}
		}
		for _, chrome := range []string{"Beranda", "Cari", "ADVERTISEMENT", "SCROLL TO CONTINUE", "Bagikan", "Facebook",
			"Baca juga", "Zelensky: Dua Tentara", "Terpopuler", "Jadwal Timnas", "Berita Terkait", "Google News",
			"Tentang Kami", "Ikuti kami", "©", "Tags", "Penulis"} {
			if strings.Contains(a.Text, chrome) {
				t.Errorf("Text holds chrome %q:\n%s", chrome, a.Text)
			}
		}
	})
}

func TestLoadIgnores(t *testing.T) {
	fsys := fstest.MapFS{
		"keep.md":             {Data: []byte("Berita yang dimuat.\n")},
		".hidden.md":          {Data: []byte("Berkas tersembunyi.\n")},
		".git/HEAD.md":        {Data: []byte("Direktori tersembunyi.\n")},
		"sub/.cache/x.jsonl":  {Data: []byte("{not json\n")},
		"notes.pdf":           {Data: []byte{0, 1, 2, 3}},
		"data.csv":            {Data: []byte("a,b\n")},
		"archive.gz":          {Data: []byte("not gzip")},
		"NOTICE":              {Data: []byte("not an article")},
		"sub/deeper/also.txt": {Data: []byte("Berita kedua.\n")},
	}
	arts, probs := load(t, Options{}, fsys)
	if len(probs) != 0 {
		t.Errorf("got problems %v, want none", probs)
	}
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	if got, want := strings.Join(ids, ","), "keep,also"; got != want {
		t.Errorf("got ids %s, want %s", got, want)
	}
}

func TestLoadSorted(t *testing.T) {
	fsys := fstest.MapFS{
		"b.jsonl":   {Data: []byte(`{"id":"b1","text":"Satu."}` + "\n" + `{"id":"b2","text":"Dua."}` + "\n")},
		"a/z.md":    {Data: []byte("Zet.\n")},
		"a.md":      {Data: []byte("A.\n")},
		"c/0.txt":   {Data: []byte("Nol.\n")},
		"a/b/c.txt": {Data: []byte("C.\n")},
	}
	for range 3 {
		arts, _ := load(t, Options{}, fsys)
		var got []string
		for _, a := range arts {
			got = append(got, a.Path+"#"+a.ID)
		}
		if want := "a.md#a,a/b/c.txt#c,a/z.md#z,b.jsonl#b1,b.jsonl#b2,c/0.txt#0"; strings.Join(got, ",") != want {
			t.Fatalf("got order %s, want %s", strings.Join(got, ","), want)
		}
	}
}

// failFS is an FS whose Open fails for one name, as an unreadable file does.
type failFS struct {
	fs.FS
	fail string
}

func (f failFS) Open(name string) (fs.File, error) {
	if name == f.fail {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return f.FS.Open(name)
}

func TestLoadProblems(t *testing.T) {
	good := []byte("---\nid: good\n---\nBerita yang baik tetap dimuat.\n")
	tests := []struct {
		name  string
		files fstest.MapFS
		fail  string // a file that cannot be opened
		opts  Options
		want  Problem // Reason is a substring; Path "" means no problem at all
		// wantIDs are the articles that must load beside the problem.
		wantIDs []string
	}{
		{name: "unreadable", files: fstest.MapFS{"locked.md": {Data: []byte("Rahasia.\n")}}, fail: "locked.md",
			want: Problem{Path: "locked.md", Reason: "cannot open: permission denied"}},
		{name: "unreadable jsonl", files: fstest.MapFS{"locked.jsonl": {Data: []byte(`{"text":"x"}`)}}, fail: "locked.jsonl",
			want: Problem{Path: "locked.jsonl", Reason: "cannot open: permission denied"}},
		{name: "empty file", files: fstest.MapFS{"empty.md": {Data: nil}},
			want: Problem{Path: "empty.md", Reason: "empty file"}},
		{name: "blank file", files: fstest.MapFS{"blank.txt": {Data: []byte(" \n\n\t\n")}},
			want: Problem{Path: "blank.txt", Reason: "empty file"}},
		{name: "front matter only", files: fstest.MapFS{"meta.md": {Data: []byte("---\nid: meta\ntitle: Hanya Judul\n---\n")}},
			want: Problem{Path: "meta.md", Reason: "no article text"}},
		{name: "only chrome", files: fstest.MapFS{"chrome.md": {Data: []byte("close icon\nBagikan :\n\nSource link\n")}},
			want: Problem{Path: "chrome.md", Reason: "nothing left after removing web chrome"}},
		{name: "binary", files: fstest.MapFS{"image.md": {Data: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")}},
			want: Problem{Path: "image.md", Reason: "binary file"}},
		{name: "control bytes", files: fstest.MapFS{"ctl.txt": {Data: bytes.Repeat([]byte{1, 2, 3, 'a'}, 50)}},
			want: Problem{Path: "ctl.txt", Reason: "binary file"}},
		{name: "latin-1", files: fstest.MapFS{"latin.txt": {Data: []byte("Berita tentang caf\xe9 di Jakarta.\n")}},
			want: Problem{Path: "latin.txt", Reason: "not UTF-8"}},
		{name: "bad yaml", files: fstest.MapFS{"bad.md": {Data: []byte("---\nid: [unclosed\ntitle: x\n---\nIsi.\n")}},
			want: Problem{Path: "bad.md", Line: 1, Reason: "bad YAML in front matter"}},
		{name: "yaml not a mapping", files: fstest.MapFS{"list.md": {Data: []byte("---\n- a\n- b\n---\nIsi.\n")}},
			want: Problem{Path: "list.md", Line: 1, Reason: "bad YAML in front matter"}},
		{name: "unterminated front matter", files: fstest.MapFS{"open.md": {Data: []byte("---\nid: open\ntitle: x\nIsi tanpa penutup.\n")}},
			want: Problem{Path: "open.md", Line: 1, Reason: "unterminated front matter"}},
		{name: "invalid date loads undated", files: fstest.MapFS{"undated.md": {Data: []byte("---\nid: undated\npublished: kemarin sore\n---\nIsi.\n")}},
			wantIDs: []string{"undated"}},
		{name: "broken jsonl line", files: fstest.MapFS{"lines.jsonl": {Data: []byte(`{"id":"l1","text":"Satu."}` + "\n" + `{"id":"l2","text":"Dua` + "\n" + `{"id":"l3","text":"Tiga."}` + "\n")}},
			want: Problem{Path: "lines.jsonl", Line: 2, Reason: "bad JSON"}, wantIDs: []string{"l1", "l3"}},
		{name: "jsonl not an object", files: fstest.MapFS{"arr.jsonl": {Data: []byte("[1,2]\n" + `{"id":"a2","text":"Dua."}` + "\n")}},
			want: Problem{Path: "arr.jsonl", Line: 1, Reason: "bad JSON"}, wantIDs: []string{"a2"}},
		{name: "jsonl without text", files: fstest.MapFS{"notext.jsonl": {Data: []byte("\n" + `{"id":"n1","title":"Judul"}` + "\n")}},
			want: Problem{Path: "notext.jsonl", Line: 2, Reason: `neither "text" nor "content"`}},
		{name: "jsonl empty text", files: fstest.MapFS{"emptytext.jsonl": {Data: []byte(`{"id":"e1","content":""}` + "\n")}},
			want: Problem{Path: "emptytext.jsonl", Line: 1, Reason: "no article text"}},
		{name: "jsonl latin-1 line", files: fstest.MapFS{"l1.jsonl": {Data: []byte(`{"id":"x1","text":"caf` + "\xe9" + `"}` + "\n" + `{"id":"x2","text":"Baik."}` + "\n")}},
			want: Problem{Path: "l1.jsonl", Line: 1, Reason: "not UTF-8"}, wantIDs: []string{"x2"}},
		{name: "jsonl line too long", opts: Options{MaxLineSize: 64},
			files: fstest.MapFS{"long.jsonl": {Data: []byte(`{"id":"s1","text":"Pendek."}` + "\n" + `{"id":"s2","text":"` + strings.Repeat("panjang ", 20) + `"}` + "\n" + `{"id":"s3","text":"Pendek juga."}`)}},
			want:  Problem{Path: "long.jsonl", Line: 2, Reason: "line too long"}, wantIDs: []string{"s1", "s3"}},
		{name: "not gzip", files: fstest.MapFS{"fake.jsonl.gz": {Data: []byte(`{"id":"f","text":"x"}`)}},
			want: Problem{Path: "fake.jsonl.gz", Reason: "not a gzip file"}},
		{name: "truncated gzip", files: fstest.MapFS{"cut.jsonl.gz": {Data: func() []byte {
			z := gz(t, `{"id":"t1","text":"Satu."}`+"\n"+strings.Repeat(`{"id":"tx","text":"Lagi."}`+"\n", 1))
			return z[:len(z)-6]
		}()}},
			// The lines came through; the damage shows after them.
			want: Problem{Path: "cut.jsonl.gz", Line: 3, Reason: "cannot read further: unexpected EOF"}, wantIDs: []string{"t1", "tx"}},
		{name: "duplicate id", files: fstest.MapFS{"a.md": {Data: []byte("---\nid: dup\n---\nPertama.\n")}, "b/c.md": {Data: []byte("---\nid: dup\n---\nKedua.\n")}},
			want: Problem{Path: "b/c.md", Reason: `duplicate id "dup", already used by a.md`}, wantIDs: []string{"dup"}},
		{name: "duplicate id in jsonl", files: fstest.MapFS{"d.jsonl": {Data: []byte(`{"id":"good","text":"Lagi."}` + "\n")}},
			want: Problem{Path: "d.jsonl", Line: 1, Reason: `duplicate id "good", already used by 0good.md`}},
		{name: "file too large", opts: Options{MaxFileSize: 100}, files: fstest.MapFS{"huge.md": {Data: []byte(strings.Repeat("Kalimat panjang sekali. ", 10))}},
			want: Problem{Path: "huge.md", Reason: "file too large"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := fstest.MapFS{"0good.md": {Data: good}}
			for k, v := range tt.files {
				files[k] = v
			}
			var fsys fs.FS = files
			if tt.fail != "" {
				fsys = failFS{FS: files, fail: tt.fail}
			}
			arts, probs := load(t, tt.opts, fsys)
			wantIDs := append([]string{"good"}, tt.wantIDs...)
			ids := byID(arts)
			for _, id := range wantIDs {
				if _, ok := ids[id]; !ok {
					t.Errorf("article %q did not load; got %d articles", id, len(arts))
				}
			}
			if tt.want.Path == "" {
				if len(probs) != 0 {
					t.Errorf("got problems %v, want none", probs)
				}
				return
			}
			if len(probs) != 1 {
				t.Fatalf("got %d problems %v, want 1", len(probs), probs)
			}
			p := probs[0]
			if p.Path != tt.want.Path || p.Line != tt.want.Line || !strings.Contains(p.Reason, tt.want.Reason) {
				t.Errorf("got problem %q, want %s:%d with reason containing %q", p, tt.want.Path, tt.want.Line, tt.want.Reason)
			}
		})
	}
}

func TestLoadRootErrors(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "nowhere")
	_, _, err := LoadDir(missing)
	if !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), missing) {
		t.Errorf("LoadDir(missing): got %v, want a not-exist error naming %s", err, missing)
	}
	file := filepath.Join(dir, "file.md")
	if err := os.WriteFile(file, []byte("Isi.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := LoadDir(file); err == nil || !strings.Contains(err.Error(), "not a directory") {
		t.Errorf("LoadDir(file): got %v, want a not-a-directory error", err)
	}
	if _, _, err := Load(fstest.MapFS{}, "absent"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Load(absent root): got %v, want fs.ErrNotExist", err)
	}
	// A single file as root loads just that file.
	arts, _, err := Load(Seed, "002_aefd8fe8c9c0908f.md")
	if err != nil || len(arts) != 1 || arts[0].ID != "002_aefd8fe8c9c0908f" {
		t.Errorf("Load(one file): got %d articles, err %v; want the one article", len(arts), err)
	}
}

// clickID is the CLICK-ID corpus beside the project, when present.
var clickID = filepath.Join("..", "..", "..", "shared", "evaldata", "news", "click_id")

func TestLoadClickID(t *testing.T) {
	if _, err := os.Stat(filepath.Join(clickID, "articles.jsonl.gz")); err != nil {
		t.Skipf("CLICK-ID corpus absent: %v", err)
	}
	if testing.Short() {
		t.Skip("loads 22,136 articles")
	}
	arts, probs, err := LoadDir(clickID)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d articles, %d problems", len(arts), len(probs))
	if len(arts) <= 20000 {
		t.Errorf("got %d articles, want more than 20,000", len(arts))
	}
	for _, p := range probs {
		// The dataset has 109 empty contents, and a few that are only chrome.
		if !strings.Contains(p.Reason, "no article text") {
			t.Errorf("unexpected problem %s", p)
		}
	}
	undated, untitled := 0, 0
	for _, a := range arts {
		if a.Published.IsZero() {
			undated++
		}
		if a.Title == "" {
			untitled++
		}
	}
	if undated > len(arts)/100 || untitled > len(arts)/100 {
		t.Errorf("got %d undated and %d untitled of %d, want under 1%% each", undated, untitled, len(arts))
	}
	first := arts[0]
	if first.ID != "df9459011acd8bee" || first.Source != "Kompas.com" || !first.Published.Equal(time.Date(2019, 9, 10, 21, 48, 0, 0, wib)) {
		t.Errorf("first article: got %q %q %v", first.ID, first.Source, first.Published)
	}
	if n := strings.Count(first.Text, "\n\n") + 1; n != 12 {
		t.Errorf("first article: got %d paragraphs, want 12:\n%s", n, first.Text)
	}
}

func BenchmarkLoadClickID(b *testing.B) {
	if _, err := os.Stat(filepath.Join(clickID, "articles.jsonl.gz")); err != nil {
		b.Skipf("CLICK-ID corpus absent: %v", err)
	}
	for b.Loop() {
		arts, _, err := LoadDir(clickID)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(len(arts)), "articles/op")
	}
}
