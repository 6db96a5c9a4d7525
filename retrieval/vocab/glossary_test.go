package vocab

import (
	"slices"
	"strings"
	"testing"
)

func TestGlossaryWellFormed(t *testing.T) {
	g, err := parseGlossary(glossaryTSV)
	if err != nil {
		t.Fatalf("parseGlossary(embedded): %v", err)
	}
	if len(g) < 300 {
		t.Errorf("glossary entries: got %d, want at least 300", len(g))
	}
	seen := make(map[string]int)
	for i, line := range strings.Split(glossaryTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		en, ids, ok := strings.Cut(line, "\t")
		if !ok {
			t.Errorf("line %d: got %q, want english<TAB>indonesian", i+1, line)
			continue
		}
		if prev, dup := seen[en]; dup {
			t.Errorf("line %d: %q already on line %d", i+1, en, prev)
		}
		seen[en] = i + 1
		for _, id := range strings.Split(ids, "|") {
			if strings.TrimSpace(id) == "" {
				t.Errorf("line %d: empty translation in %q", i+1, line)
			}
		}
	}
	for _, text := range []string{"soldier\n", "Soldier\ttentara\n", "soldier\ttentara||prajurit\n", "soldier\ttentara\nsoldier\tprajurit\n", "x\ty\tz\n"} {
		if _, err := parseGlossary(text); err == nil {
			t.Errorf("parseGlossary(%q): got nil error, want one", text)
		}
	}
}

// indonesian collects every Indonesian alternative of terms.
func indonesian(terms []Term) []string {
	var out []string
	for _, t := range terms {
		out = append(out, t.Indonesian...)
	}
	return out
}

func TestTranslate(t *testing.T) {
	tests := []struct {
		q       string
		want    []string // alternatives that must appear
		unknown []string // English words kept with Known false
		absent  []string // English words that must be dropped
	}{
		{
			// Russia's and North Korea's own initials, Putin's, and
			// Indonesian chat words the glossary lacks ("Kemenhan", "tntr").
			q:    "Did RF MoD (Kemenhan Rus) say VVP met KNDR tntr in Phenyan after VSU hit Kurskaya oblast?",
			want: []string{"rusia", "kementerian pertahanan", "putin", "korea utara", "tentara", "pyongyang", "angkatan bersenjata ukraina", "kursk"},
		},
		{
			// An OSINT server's shorthand.
			q:    "UA msl strike nr Donetsk took out KPA officers per AFU sitrep; how many inbound drones did the AF shoot down?",
			want: []string{"rudal", "dekat", "menewaskan", "angkatan bersenjata ukraina", "laporan situasi", "diluncurkan", "angkatan udara"},
		},
		{
			// An analyst's shorthand: offices, armies, weekdays.
			q:    "ROK MinDef said Wed that KPA troops took heavy KIA/WIA, initial contingent strength?",
			want: []string{"korea selatan", "menteri pertahanan", "rabu", "korea utara", "tewas", "terluka", "awal", "kontingen", "jumlah"},
		},
		{
			q:      "How many North Korean soldiers were sent according to the Ukrainian government?",
			want:   []string{"berapa", "korea utara", "tentara", "dikirim", "kirim", "ukraina", "pemerintah", "menurut"},
			absent: []string{"were", "the", "according"},
		},
		{
			q:       "Which Iranian president was Putin going to meet?",
			want:    []string{"iran", "presiden", "putin", "bertemu"},
			unknown: []string{"Putin"},
			absent:  []string{"was", "going", "to"},
		},
		{
			// "chipped in" is contributed, not a chip.
			q:      "which wire service chipped in on the fox piece",
			want:   []string{"kantor berita", "berkontribusi", "kontribusi"},
			absent: []string{"keripik"},
		},
		{
			q:    "How many kilometers from the border was the arsenal? Which body decided mobilisation? Why rely on foreigners?",
			want: []string{"kilometer", "km", "mobilisasi", "orang asing", "asing"},
		},
		{
			q:    "when did ukraine grab land in kursk", // "merebut wilayah"
			want: []string{"merebut", "wilayah"},
		},
		{
			q:    "In which UN body did Russia use its veto?", // "Dewan Keamanan PBB": a council is a body
			want: []string{"badan", "dewan", "veto"},
		},
		{
			q:    "in kim's bday msg to putin what did he call him, how many kia", // chat abbreviations
			want: []string{"ulang tahun", "pesan", "tewas"},
		},
		{
			q:    "luhansk oil depot near which city",
			want: []string{"depot minyak", "dekat", "kota"},
		},
		{
			q:      "Which minister told lawmakers about the casualties?",
			want:   []string{"menteri", "anggota parlemen", "politisi"},
			absent: []string{"about", "the"},
		},
		{
			// "due to" before a verb schedules it; "due to" alone gives a cause.
			q:      "Which head of state was the Russian president due to meet?",
			want:   []string{"kepala negara", "presiden", "rusia", "bertemu"},
			absent: []string{"was", "head", "state", "karena"},
		},
		{
			q:      "Where is Putin due to travel next week?",
			want:   []string{"di mana", "putin", "berkunjung"},
			absent: []string{"karena", "akibat"},
		},
		{
			q:      "which american guy did russia put in prison for being a mercenary?",
			want:   []string{"amerika serikat", "orang", "rusia", "memenjarakan", "tentara bayaran"},
			absent: []string{"did", "being", "a"},
		},
		{
			// "back" as a verb supports; alone it is a particle.
			q:    "Which country is said to back South Korea's claim?",
			want: []string{"negara", "mendukung", "korea selatan", "klaim"},
		},
		{
			q:      "Who was due to sign the treaty?",
			want:   []string{"siapa", "dijadwalkan", "menandatangani"},
			absent: []string{"karena"},
		},
		{
			q:    "Why did the plan fail due to the weather?",
			want: []string{"mengapa", "karena"},
		},
		{
			q:      "why r nk soldiers struggling so much in kursk",
			want:   []string{"mengapa", "korea utara", "tentara", "kesulitan"},
			absent: []string{"r"},
		},
		{
			q:      "where does ukr say its troops r still operating inside ru",
			want:   []string{"di mana", "ukraina", "pasukan", "rusia"},
			absent: []string{"r"},
		},
		{
			q:      "how many NK troops did UA say RU lost sat night w ammo, incl mercs",
			want:   []string{"berapa", "korea utara", "ukraina", "rusia", "sabtu", "malam", "amunisi", "termasuk", "tentara bayaran"},
			absent: []string{"w"},
		},
		{
			q:      "besides NK who else is ditching the deal",
			want:   []string{"siapa", "membatalkan", "korea utara"},
			absent: []string{"else"},
		},
		{
			q:      "Where did the strike that the Russian MoD reported take place?",
			want:   []string{"di mana", "serangan", "rusia", "kementerian pertahanan", "terjadi"},
			absent: []string{"take", "place"},
		},
		{
			q:       "Where did North Korean troops fight against Ukrainian forces in Kursk?",
			want:    []string{"di mana", "korea utara", "pasukan", "bertempur", "melawan", "kursk"},
			unknown: []string{"Kursk"},
		},
		{
			q:    "Who is the author of the Tribunnews article?",
			want: []string{"siapa", "penulis", "reporter", "berita"},
		},
		{
			q:    "When did Kim Jong-un sign the defense pact with Russia in June?",
			want: []string{"kapan", "kim jong un", "menandatangani", "pertahanan", "pakta", "rusia", "juni"},
		},
		{
			q:       "How many Ukrainian drones were intercepted and destroyed?",
			want:    []string{"pesawat nirawak", "dicegat", "dihancurkan"},
			unknown: nil,
		},
		{
			q:       "Did the US send 14,000 troops in May?",
			want:    []string{"amerika serikat", "14.000", "14000", "pasukan", "mei"},
			unknown: []string{"14,000"},
			absent:  []string{"Did", "the"},
		},
		{
			q:    "When did Russia use its UNSC veto against monitoring of sanctions violations?",
			want: []string{"dewan keamanan pbb", "veto", "sanksi", "pelanggaran"},
		},
		{
			q:    "Where did Putin and Kim ride together? They rode an Aurus.",
			want: []string{"mengendarai", "naik"},
		},
		{
			q:    "What was the maximum range of that Iranian SRBM?",
			want: []string{"jangkauan", "maksimum", "iran", "rudal balistik jarak pendek"},
		},
		{
			q:    "Were the soldiers seen as disciplined despite their problems?",
			want: []string{"dianggap", "disiplin", "meskipun"},
		},
		{
			q:    "Tell us about the casualties: six officers killed near Donetsk",
			want: []string{"korban", "enam", "perwira", "tewas", "dekat", "donetsk"},
			// "us" is the pronoun here, not the United States
			absent: []string{"us"},
		},
		{
			q:    "fourteen thousand soldiers at the front-line",
			want: []string{"14.000", "tentara", "garis depan"},
		},
		{
			// "role" is "peran"; the dictionary's "tugas" is what
			// "petugas" (officers) stems to.
			q:    "What role does Seoul claim Pyongyang plays?",
			want: []string{"peran"},
		},
		{
			// Chat fillers are no terms.
			q:      "kim did smth for putin on monday? what was it lmao tbh",
			want:   []string{"senin"},
			absent: []string{"smth", "lmao", "tbh"},
		},
		{
			q:      "why does kim wanna scrap the inter-korean deal",
			want:   []string{"membatalkan"},
			absent: []string{"wanna"},
		},
		{q: "why does kim want to drop that inter-korean deal?", want: []string{"membatalkan"}},
		{q: "is ukraine still in belgorod?", want: []string{"masih"}}, // "still" asks where they remain
		{q: "", want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			terms := Translate(tt.q)
			got := indonesian(terms)
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("Translate(%q): got %q, want it to contain %q", tt.q, got, w)
				}
			}
			for _, term := range terms {
				if slices.Contains(tt.absent, term.English) {
					t.Errorf("Translate(%q): got term %q, want it dropped", tt.q, term.English)
				}
				if len(term.Indonesian) == 0 {
					t.Errorf("Translate(%q): term %q has no alternatives", tt.q, term.English)
				}
				if slices.Contains(tt.unknown, term.English) && term.Known {
					t.Errorf("Translate(%q): term %q got Known true, want false", tt.q, term.English)
				}
			}
			for _, u := range tt.unknown {
				if !slices.ContainsFunc(terms, func(t Term) bool { return t.English == u }) {
					t.Errorf("Translate(%q): got %+v, want a term for %q", tt.q, terms, u)
				}
			}
		})
	}
}

func TestTranslateSafe(t *testing.T) {
	long := strings.Repeat("How many soldiers were sent \xff ", 400)
	if got := Translate(long); len(got) == 0 {
		t.Errorf("Translate(long text): got no terms, want some")
	}
	a, b := Translate(long), Translate(long)
	if len(a) != len(b) {
		t.Fatalf("Translate is not deterministic: %d vs %d terms", len(a), len(b))
	}
	for i := range a {
		if a[i].English != b[i].English || !slices.Equal(a[i].Indonesian, b[i].Indonesian) {
			t.Fatalf("Translate is not deterministic at %d: %+v vs %+v", i, a[i], b[i])
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"soldiers", "soldier"},
		{"casualties", "casualty"},
		{"attacked", "attack"},
		{"fought", "fight"},
		{"sent", "send"},
		{"met", "meet"},
		{"won", "win"},
		{"led", "lead"},
		{"took", "take"},
		{"gave", "give"},
		{"deployed", "deploy"},
		{"training", "train"},
		{"fighting", "fight"},
		{"stopped", "stop"},
		{"used", "use"},
		{"killed", "kill"},
		{"countries", "country"},
		{"missiles", "missile"},
		{"marches", "march"},
		// British spellings fold to the American ones the glossary holds.
		{"organisation", "organization"},
		{"organisations", "organization"},
		{"mobilised", "mobilize"},
		{"armoured", "armor"},
		{"centre", "center"},
		{"travelled", "travel"},
		{"programme", "program"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := fold(tt.in); !slices.Contains(got, tt.want) {
				t.Errorf("fold(%q): got %q, want it to contain %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestGroupThousands(t *testing.T) {
	for in, want := range map[string]string{"1": "1", "999": "999", "1000": "1.000", "14000": "14.000", "1000000": "1.000.000"} {
		if got := groupThousands(in); got != want {
			t.Errorf("groupThousands(%q): got %q, want %q", in, got, want)
		}
	}
}

// A hyphenated word unknown as one is its known parts; odd parts leave it
// whole.
func TestTranslateHyphenated(t *testing.T) {
	english := func(text string) []string {
		var out []string
		for _, term := range Translate(text) {
			out = append(out, term.English)
		}
		return out
	}
	if got := english("Korean-supplied weapons"); !slices.Equal(got, []string{"Korean", "supplied", "weapons"}) {
		t.Errorf("Korean-supplied weapons: got %q", got)
	}
	// "Russian-controlled": what "dikuasai Rusia" says; "oil depot" is
	// one glossary phrase.
	if got := english("the Russian-controlled oil depot"); !slices.Equal(got, []string{"Russian", "controlled", "oil depot"}) {
		t.Errorf("Russian-controlled oil depot: got %q", got)
	}
	// A name before a known word: "Luhansk-area", "KCNA-quoted".
	for text, want := range map[string][]string{
		"Which Luhansk-area city":     {"Which", "Luhansk", "area", "city"},
		"the KCNA-quoted body":        {"KCNA", "quoted", "body"},
		"Kim Yong-hyun said":          {"Kim Yong-hyun", "said"},         // a name's own hyphen
		"the zorb-area":               {"zorb-area"},                     // an unknown first part in lower case
		"the euronews-sourced report": {"euronews", "sourced", "report"}, // a source in lower case before a citing word
		"the 1k-3k figure":            {"1k", "3k", "figure"},            // a range of two numbers
	} {
		if got := english(text); !slices.Equal(got, want) {
			t.Errorf("%s: got %q, want %q", text, got, want)
		}
	}
	for _, text := range []string{"Yong-hyun", "a-.-b", "war-.-torn", "-", "a--b", "KN-23", "front-line"} {
		Translate(text) // no panic
	}
}

// "next" is never "berikutnya": its root, ikut, is the "ikut serta" of
// every war story, and "his next visit" matched "diperkirakan akan ikut".
func TestNextIsNoJoining(t *testing.T) {
	g, err := parseGlossary(glossaryTSV)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range g["next"] {
		if id == "berikutnya" {
			t.Errorf("next translates to %q, whose root ikut means to join", id)
		}
	}
	if len(g["next"]) == 0 {
		t.Errorf("next has no translation")
	}
}

// Knows tells the words the translator reads (stop words, question words,
// glossary words and their inflections) from those it does not.
func TestTranslatorKnows(t *testing.T) {
	tr := NewTranslator(nil)
	for w, want := range map[string]bool{"how": true, "the": true, "missiles": true, "soldiers": true, "raise": true, "hwo": false, "misiles": false, "pezeshkian": false} {
		if got := tr.Knows(w); got != want {
			t.Errorf("Knows(%q) = %v, want %v", w, got, want)
		}
	}
}
