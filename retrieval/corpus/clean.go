package corpus

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// maxChromeRunes bounds the lines the single-line rules may drop: web chrome
// is short, so a longer line is always kept. This is what protects corpora
// whose articles are one long line (CLICK-ID, FacQA) from losing a whole
// article to a rule that matched its first words.
const maxChromeRunes = 200

// chromeWords are lines that, alone on their line, are user-interface words,
// section names or site names, never article text. Compared in lower case,
// with a trailing colon removed.
var chromeWords = setOf(
	// buttons, icons, widgets
	"close icon", "icon caption", "close", "tutup", "swipe", "img", "image", "gambar",
	"cari", "search", "menu", "bagikan", "share", "×", "x", "zoom-in", "zoom in",
	"atas", "ke atas", "kembali ke atas", "back to top", "loading...", "memuat...",
	"copy link", "salin link", "salin tautan", "komentar", "comments", "live",
	"scroll ke atas untuk melanjutkan", "scroll untuk melanjutkan", "scroll to continue with content",
	"advertisement scroll to continue with content", "lanjutkan membaca", "baca selengkapnya", "selengkapnya",
	// pagination
	"halaman", "selanjutnya", "sebelumnya", "berikutnya", "next", "prev", "previous", "»", "«",
	// advertising
	"advertisement", "iklan", "ads", "sponsored", "konten bersponsor", "konten berbayar",
	// related-content boxes
	"berita rekomendasi", "berita terkait", "artikel terkait", "rekomendasi", "rekomendasi untuk anda",
	"populer", "terpopuler", "terkini", "terbaru", "tag", "tags", "topik", "topik terkait", "source link",
	"baca juga", "baca pula", "lihat juga", "tonton juga", "simak juga", "simak video", "video", "foto",
	// share targets and social networks
	"facebook", "twitter", "whatsapp", "telegram", "line", "linkedin", "instagram", "pinterest", "email",
	"di whatsapp anda",
	// site names printed as a lone line by scrapers
	"tribun", "tribunnews", "tribunx",
	// section names printed above the headline
	"peristiwa", "nasional", "internasional", "dunia", "politik", "ekonomi", "bisnis", "olahraga",
	"sport", "hiburan", "teknologi", "tekno", "otomotif", "gaya hidup", "lifestyle", "news", "berita",
	"global", "regional", "metro", "megapolitan", "kesehatan", "sains", "opini", "hukum", "pendidikan",
	"travel", "kuliner", "seleb", "selebriti", "sepak bola", "bola", "edukasi", "humaniora",
)

// roleLabels are byline labels that a scraper puts on a line of their own,
// next to the name they label ("Fitra Iskandar" / "Reporter").
var roleLabels = setOf("reporter", "editor", "penulis", "pewarta", "wartawan", "fotografer",
	"redaktur", "penyunting", "kontributor", "editor foto", "penulis & editor")

// IsRoleLabel reports whether word, in lower case, is a byline's role
// label: "penulis", "reporter".
func IsRoleLabel(word string) bool { return roleLabels[word] }

// IsByline reports whether line is a byline: a role label alone
// ("Reporter"), or with the name it labels ("Penulis: Andari Wulan").
func IsByline(line string) bool {
	label, name, labelled := strings.Cut(strings.TrimSpace(line), ":")
	if !labelled {
		return roleLabels[strings.ToLower(label)]
	}
	return roleLabels[strings.ToLower(strings.TrimSpace(label))] && looksLikeName(strings.TrimSpace(name))
}

// chromeRule is one kind of web-chrome line. A rule matches a whole trimmed
// line of at most maxChromeRunes runes.
type chromeRule struct {
	re *regexp.Regexp
	// swallow is how many following lines of the same paragraph go with
	// this one (an image widget followed by its credit and caption).
	swallow int
	// needs, when set, lists strings of which a matching line (in lower
	// case) holds at least one: a cheap test that spares the regexp on
	// article text, for the rules not anchored at the start.
	needs []string
}

func rule(expr string, needs ...string) chromeRule {
	return chromeRule{re: regexp.MustCompile(expr), needs: needs}
}

func (r chromeRule) mayMatch(lower string) bool {
	if r.needs == nil {
		return true
	}
	for _, n := range r.needs {
		if strings.Contains(lower, n) {
			return true
		}
	}
	return false
}

// chromeRules are the web-chrome lines, as data. Regexps are RE2 (linear
// time), anchored to the whole line unless noted.
var chromeRules = []chromeRule{
	// "Baca juga: <headline>", "Lihat Juga :", "Tonton juga video ..."
	rule(`(?i)^(baca|lihat|tonton|simak)\s+(juga|pula)\b`),
	// "KLIK DI SINI UNTUK MENDAPATKAN APLIKASI FOX NEWS"
	rule(`(?i)^klik\s+(di\s*sini|disini|link)\b`),
	// "Artikel ini telah tayang di Kompas.com dengan judul ..."
	rule(`(?i)^artikel ini (telah |sudah )?(tayang|terbit|dipublikasikan|ditayangkan)\b`),
	// calls to follow the site somewhere: "Simak berita lainnya di Google News",
	// "Dapatkan update berita pilihan setiap hari di WhatsApp", "Ikuti kami di ..."
	rule(`(?i)^(dapatkan|simak|ikuti|gabung|gabunglah|follow|update|baca|download|unduh|pantau)\b.*\b(whatsapp|google news|telegram|instagram|twitter|facebook|tiktok|youtube|media sosial|medsos|kanal|channel|saluran|aplikasi)\b`),
	rule(`(?i)^(dapatkan (berita|info|informasi|update)|ikuti (kami|kita|terus)|follow (akun|kami|us))\b`),
	// "Untuk informasi menarik lainnya," / "Nikmati berita interaktif ... TribunX"
	rule(`(?i)^untuk (informasi|berita|info) (menarik )?lainnya\b`),
	rule(`(?i)^nikmati berita\b`),
	// "Scroll to continue with content"
	rule(`(?i)^(advertisement\s+)?scroll\b.*\b(continue|lanjut|melanjutkan)\b`),
	// copyright lines: "© 2024 TRIBUNnews.com, a subsidiary of KG Media. All Right Reserved"
	rule(`(?i)(©|\(c\)\s*\d{4}|^copyright\b|^hak cipta\b|all rights? reserved)`, "©", "(c)", "copyright", "hak cipta", "reserved"),
	// page numbers: "Halaman 2", "Halaman 2 dari 3", "123", "1 2 3 Selanjutnya"
	rule(`(?i)^(halaman|hal\.?|page)\s*\d+(\s*(dari|of|/)\s*\d+)?$`),
	rule(`(?i)^([«‹<]\s*)?(sebelumnya\s*)?\d{1,3}(\s+\d{1,3})*(\s*(selanjutnya|berikutnya|next|»|›|>))?$`),
	// image captions ending in a credit: "Kim Jong-un dan Vladimir Putin. Foto: Euronews"
	rule(`(?i)\b(foto|photo|sumber foto|sumber gambar|gambar|ilustrasi|kredit foto)\s*:\s*[^.!?]{1,80}$`, ":"),
	// photo credit lines: "FOTO: Antara/Nama", "Sumber foto: ...", "Foto/Dok. ..."
	rule(`(?i)^(foto|photo|sumber foto|kredit foto|ilustrasi)\s*[:/]`),
	// captions ending in a credit in parentheses: "(Foto: Antara)", "(Reuters/Alex Babenko)", "(Dok. Istimewa)"
	rule(`(?i)\(\s*(foto|photo|dok|dok\.|dokumentasi|ist|istimewa|ilustrasi)\b[^)]*\)$`, ")"),
	// (the photographer's name is what tells a photo credit from a wire
	// byline such as "( AP / AFP / MYR )", which closes article text)
	rule(`\(\s*(?i:reuters|ap|afp|antara|getty images|getty|epa|anadolu|xinhua|kcna|yonhap|shutterstock|istock)\s*(?i:photo\s*|foto\s*)?/\s*[A-Z]\p{Ll}+(\s+[A-Z][\p{Ll}.]+)+\s*\)$`, "/"),
	// (Byline lines such as "Penulis: Andari Wulan Nugrahani" stay: they
	// answer "who wrote it?", and a quote never grows into them.)
	rule(`(?i)^laporan wartawan\s+\S+(\s+\S+)?\s*[,:]`),
	// source attribution line: "Sumber: TribunSolo.com"
	rule(`(?i)^sumber\s*:\s*\S+(\s+\S+){0,5}$`),
	// editor initials closing a story: "(FEA)", "(ant/dil)"
	rule(`(?i)^\(\s*[a-z]{2,6}(\s*[/,]\s*[a-z]{2,6})*\s*\)$`),
	// social handles: "@alineaid", "Instagram: @tribunnews"
	rule(`(?i)^((instagram|twitter|ig|tiktok|x|facebook|fb)\s*:?\s*)?(@[\w.]+[\s,]*)+$`),
	// tag lists: "Tags: Korea Utara, Rusia"
	rule(`(?i)^(tags?|topik|kata kunci)\s*:`),
	// share widgets: "Bagikan artikel ini", "Share this"
	rule(`(?i)^(bagikan|share)(\s+(artikel|berita|ini|this|on|ke|via)\b.*)?\s*:?$`),
	// a dateline alone on its line, with the story on the next: "Jakarta, Pahami.id –"
	rule(`^[A-Z][\p{L}.]*(\s[A-Z][\p{L}.]*){0,2},\s*\S+(\s\S+){0,2}\s*[-–—]+$`, "-", "–", "—"),
	// Tribun's image widget: "zoom-in <headline>", then the credit and caption lines
	{re: regexp.MustCompile(`(?i)^zoom-in\s`), swallow: 2},
}

// Clean removes scraped web chrome from an article body (share buttons,
// bylines, captions, "Baca juga" boxes, copyright lines, page numbers, date
// and section headers) and keeps every sentence of the article itself.
// Paragraphs come out separated by exactly one blank line, with the line
// structure inside a paragraph kept, every line trimmed. Non-breaking spaces
// become spaces and byte-order marks and word joiners go.
func Clean(text string) string {
	s, _ := clean(text)
	return s
}

// line is one input line with its fate.
type line struct {
	text string
	drop bool
	para int // paragraph number
}

// clean is Clean that also returns the first date line it dropped (zero
// when none), for articles without other dating.
func clean(text string) (string, time.Time) {
	text = normalizeSpace(text)
	var lines []line
	para := 0
	for _, raw := range strings.Split(text, "\n") {
		t := strings.TrimSpace(raw)
		if t == "" {
			para++
			continue
		}
		lines = append(lines, line{text: t, para: para})
	}

	var date time.Time
	swallow, swallowPara := 0, -1
	for i := range lines {
		l := &lines[i]
		if swallow > 0 && l.para == swallowPara {
			swallow--
			if rest := afterCaption(l.text); swallow == 0 && rest != "" {
				l.text = rest // the story's first sentence, scraped onto the caption's line
			} else {
				l.drop = true
			}
			continue
		}
		swallow = 0
		if isDuplicate(lines, i) {
			l.drop = true
			continue
		}
		if utf8.RuneCountInString(l.text) > maxChromeRunes {
			continue
		}
		key := strings.ToLower(strings.TrimSpace(strings.TrimSuffix(l.text, ":")))
		switch {
		case chromeWords[key]:
			l.drop = true
		case roleLabels[key]:
			// "Fitra Iskandar" / "Reporter" stay, as labelled bylines
			// do: they answer "who wrote it?". A label naming no one goes.
			l.drop = !nameNear(lines, i)
		default:
			if d, ok := parseDateLine(l.text); ok {
				l.drop = true
				if date.IsZero() {
					date = d
				}
				continue
			}
			lower := strings.ToLower(l.text)
			for _, r := range chromeRules {
				if r.mayMatch(lower) && r.re.MatchString(l.text) {
					l.drop = true
					swallow, swallowPara = r.swallow, l.para
					break
				}
			}
		}
	}

	var b strings.Builder
	last := -1
	for _, l := range lines {
		if l.drop {
			continue
		}
		if b.Len() > 0 {
			if l.para != last {
				b.WriteString("\n\n")
			} else {
				b.WriteByte('\n')
			}
		}
		b.WriteString(l.text)
		last = l.para
	}
	return b.String(), date
}

// afterCaption returns what follows a caption's sentence on its line when
// that is a sentence of its own of some length ("Kolase pemimpin Rusia ...
// Zelensky. Presiden Ukraina, Volodymyr Zelensky menyebut ..., Minggu
// (13/10/2024)."), or "" when the line is the caption alone.
func afterCaption(text string) string {
	m := captionThenText.FindStringSubmatch(text)
	if m == nil || utf8.RuneCountInString(m[1]) < minStoryRunes {
		return ""
	}
	return m[1]
}

var captionThenText = regexp.MustCompile(`^.+?[.!?]\s+(\p{Lu}.*[.!?"”)]\s*)$`)

// minStoryRunes is the length from which the text after a caption on its
// line is taken for the story's own sentence.
const minStoryRunes = 60

// isDuplicate reports whether line i repeats one of the two lines before it,
// as scrapers repeat an image caption or a headline.
func isDuplicate(lines []line, i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if lines[j].text == lines[i].text {
			return true
		}
	}
	return false
}

// nameNear reports whether byline label i labels a name: the kept line
// before it, or the line after it, looks like one.
func nameNear(lines []line, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if lines[j].drop {
			continue
		}
		if looksLikeName(lines[j].text) {
			return true
		}
		break
	}
	return i+1 < len(lines) && looksLikeName(lines[i+1].text)
}

// looksLikeName reports whether s is a short run of capitalised words
// without digits or sentence punctuation, like "Fitra Iskandar".
func looksLikeName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 || len(s) > 60 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		if strings.ContainsAny(w, "0123456789.!?:;\"“”") {
			return false
		}
	}
	return true
}

// spaceFixer turns non-breaking spaces into spaces, removes zero-width
// joiners and byte-order marks, and unifies line ends. Zero-width spaces
// stay: Javanese and Balinese script separate words with them.
var spaceFixer = strings.NewReplacer(
	"\r\n", "\n", "\r", "\n",
	"\u00a0", " ", "\u202f", " ", "\u2007", " ",
	"\ufeff", "", "\u2060", "",
)

func normalizeSpace(s string) string { return spaceFixer.Replace(s) }

// headline returns the first paragraph of a cleaned text when it is a single
// headline-like line (short, not ending a sentence), minus a " | Section"
// suffix; otherwise "".
func headline(text string) string {
	first, _, _ := strings.Cut(text, "\n\n")
	if strings.Contains(first, "\n") {
		return ""
	}
	if i := strings.Index(first, " | "); i > 0 {
		first = strings.TrimSpace(first[:i])
	}
	n := utf8.RuneCountInString(first)
	if n < 10 || n > 200 || len(strings.Fields(first)) < 3 {
		return ""
	}
	if strings.ContainsAny(first[len(first)-1:], ".,;:-") || strings.HasSuffix(first, "–") || strings.HasSuffix(first, "—") {
		return ""
	}
	if _, ok := parseDateLine(first); ok {
		return ""
	}
	return first
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
