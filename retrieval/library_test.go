package retrieval

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// openSeed opens a Library over the embedded seed corpus in a fresh index
// directory.
func openSeed(t testing.TB) *Library {
	t.Helper()
	lib, _, err := Open(context.Background(), Options{IndexDir: t.TempDir()}, nil)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { lib.Close() })
	return lib
}

// TestSeedQASets holds the quality of answers on the seed articles:
// seed-qa.jsonl is ../shared's seed set (a regression test that always
// runs); the others were written for this project: English, chat-style,
// misspelt and paraphrased questions, and questions the seeds cannot
// answer. seed-paraphrase-qa.jsonl was written by 249 separate sessions
// told to write as Discord users would; some of its questions ask for
// bylines and photo credits, which the corpus cleaner removes.
// seed-blind-qa.jsonl holds 74 more such batches (b250-b279, written in
// one session in new styles; b280-b283, in session 26; b284-b295, in
// session 27; b296-b315, in session 28; b316-b323, in session 29, each
// measured once before any of its misses was read), kept apart with
// floors of their own, so that the older set's floors still hold it to
// its own figures. Floors sit just under the figures in the README. (The
// blind set's false-abstention floor went from 0.008 to 0.009 when
// b320-b323, skeptics' and half-remembered questions with 16 false
// abstentions in 160 at first measure, joined it: the set grew harder,
// the code did not get worse on what it held before.)
// seed-blind2-qa.jsonl holds session 30's sixteen batches (b324-b339:
// radio listeners' relayed questions, heavy paraphrase, orders, time
// and quantity relations, Sundanese- and Minang-flavoured chat, fill in
// the blank, multiple choice, British English, social media, debate
// evidence, who said what, lists, a mixed evening, a retired diplomat,
// students' English, numbers), each measured once before any of its
// misses was read; floors of their own keep the older blind set held to
// its figures. seed-blind3-qa.jsonl holds session 31's four (b340-b343:
// Malaysian Malay, questions dictated by voice, fact-checkers' claims, a
// teacher's worksheet), the same way; seed-blind4-qa.jsonl session 32's
// twenty (b344-b363: regional chat from Betawi, eastern Indonesia, Java,
// Medan, Makassar, Banjar and Minangkabau, a policy analyst,
// superlatives, reverse look-ups, restated background, learners, Gen-Z,
// forms, autocorrect, K-pop fans, Discord markup, a mixed server, a
// radio presenter); seed-blind5-qa.jsonl session 33's sixteen (b364-b379:
// Malaysian Malay, Sundanese, voice typing, worksheets, Sumatran Malay,
// keyword searches, South and Southeast Asian English, fact-checkers,
// Manado and Papua Malay, pasted passages, schoolchildren, bureaucratic
// jargon, Chinese-Indonesian chat, time, tricky phrasing, native English
// slang) and its last four (b380-b383: Kupang Malay, a moderator's
// questions about the sources, Jakarta code-switching, rambling messages
// with a friend's wrong guess), measured once with the code of then
// (e740f6c) before any of their misses was read; the abstention floor
// went from 0.82 to 0.81 when they joined (the moderator's
// unanswerables, 3 of 10 abstained). seed-blind6-qa.jsonl holds session
// 34's sixteen (b384-b399: Balinese, pious courtesy, OSINT shorthand,
// fat-finger typos, Madurese, forum veterans, young users' emoji,
// Acehnese, high Javanese, English verbs with Indonesian affixes, Batak
// Toba, Sasak, heavy paraphrase, near-miss unanswerables (25 of b397's
// 50), Lampung, numbers and dates written otherwise) and its last four
// (b400-b403: the spelling before 1972, hostile wrappers, Manado and
// Gorontalo, Banyumasan Javanese), each round of four measured once
// before any of its misses was read. seed-blind7-qa.jsonl holds session
// 35's thirty-two (b404-b435, four rounds of eight, each measured once
// before any of its misses was read: Pontianak Malay, Surabaya Javanese,
// law students' frames, official letters, attribution, two questions in
// one, chain messages, relative times; Cirebonan, comparisons, gamers,
// newsroom jargon, Dutch code-mixing, epithets, autocorrect slips,
// outlet-scoped questions; Buginese, Osing, South Asian English,
// sarcasm, stacked clauses, thread replies, Gen-Alpha slang, places
// relative to others; polite Sundanese, military jargon, vowel-less
// text, hypotheticals, lists, pasted links, call-in speech, words run
// together). seed-blind8-qa.jsonl holds session 36's twenty-four
// (b436-b459, three rounds of eight, each measured once before any of
// its misses was read: alay, quizzes with options, Indonesians'
// English, East Kalimantan chat, timelines, what someone said, Riau and
// Jambi Malay, causes; emoji for words, cloze prompts, definitions,
// durations, names misspelt by ear, follow-ups, headlines in title case,
// approximate figures; Singlish, multi-line messages, quoted phrases,
// parentheses, corrections of the last answer, wrong side details,
// old-fashioned formal Indonesian, bot-command syntax).
// seed-blind9-qa.jsonl holds session 37's sixteen (b460-b475, two rounds
// of eight, each measured once before any of its misses was read: the
// topic put first, formal English, requests to quote a part, questions
// asked the negative way, English question words with Indonesian words,
// the kind before the question word, claims to confirm, two-to-five-word
// questions; what happened to something, how two things are related,
// Unicode noise, who or which party did it, where in the story,
// numbers in words, the latest news, a data journalist's figures).
// seed-blind10-qa.jsonl holds session 38's twenty-four (b476-b499, three
// rounds of eight, each measured once before any of its misses was read:
// abbreviations, how something was done, anime fans' chat, the passive
// voice, who or what someone is, vague descriptions, Russian speakers'
// English, the stories' side details; transliterated names, two-sentence
// messages with pronouns, other word forms, swapped roles, stretched
// letters, a programmer's syntax, machine-translated Indonesian, English
// loanwords; idioms, indirect questions, English SMS shorthand, focus
// particles, swapped details, broader and narrower words, outlets
// misspelt, Korean speakers' romanized Korean).
// seed-blind11-qa.jsonl holds session 39's thirty-two (b500-b531, four
// rounds of eight, each measured once before any of its misses was read:
// European speakers' English, answer-format instructions, unusual
// question words, Palembang chat, note-taking abbreviations, relayed
// questions, search operators, English journalese; countries named by a
// wrapper noun, keyword lists with symbols, plans and predictions,
// stories named by their headline, names in Hangul and Cyrillic, denials,
// Mandarin pinyin, worried and emotional messages; self-corrections,
// hedged memories, trailing fragments, plain questions on the stories'
// second halves, degree questions, questions put to the bot as a person,
// afterthoughts, di- and di mixed up; radio operators' talk, Taglish,
// Reddit's abbreviations, pasted chat logs, and four batches of plain
// questions, each on one story). seed-blind12-qa.jsonl holds session
// 41's three (b532-b534: plain questions, formal, chat and English, on
// details across all five stories), measured once before any of their
// misses was read.
func TestSeedQASets(t *testing.T) {
	lib := openSeed(t)
	for _, tc := range []struct {
		file                 string
		s1, s3, abst, falseA float64
	}{
		{"testdata/seed-qa.jsonl", 0.95, 1, 1, 0},
		{"testdata/seed-extra-qa.jsonl", 0.96, 0.97, 0.85, 0.02},
		{"testdata/seed-paraphrase-qa.jsonl", 0.98, 0.986, 0.895, 0.007},
		{"testdata/seed-blind-qa.jsonl", 0.97, 0.98, 0.84, 0.009},
		{"testdata/seed-blind2-qa.jsonl", 0.945, 0.96, 0.86, 0.03},
		{"testdata/seed-blind3-qa.jsonl", 0.89, 0.95, 0.79, 0.04},
		{"testdata/seed-blind4-qa.jsonl", 0.915, 0.935, 0.84, 0.055},
		{"testdata/seed-blind5-qa.jsonl", 0.94, 0.95, 0.81, 0.04},
		{"testdata/seed-blind6-qa.jsonl", 0.97, 0.98, 0.87, 0.015},
		{"testdata/seed-blind7-qa.jsonl", 0.91, 0.94, 0.84, 0.05},
		{"testdata/seed-blind8-qa.jsonl", 0.90, 0.92, 0.75, 0.06},
		{"testdata/seed-blind9-qa.jsonl", 0.935, 0.95, 0.77, 0.03},
		{"testdata/seed-blind10-qa.jsonl", 0.94, 0.945, 0.72, 0.04},
		{"testdata/seed-blind11-qa.jsonl", 0.905, 0.92, 0.77, 0.055},
		{"testdata/seed-blind12-qa.jsonl", 0.97, 0.98, 0.87, 0.02},
	} {
		t.Run(tc.file, func(t *testing.T) {
			rep, err := lib.Evaluate(context.Background(), readQAFile(t, tc.file))
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range rep.Misses {
				t.Logf("miss %s %q: got %q", m.Item.ID, m.Item.Question, m.Got)
			}
			answerable := float64(rep.Answerable)
			if s1 := float64(rep.Success1) / answerable; s1 < tc.s1 {
				t.Errorf("success@1 = %.3f, want >= %.3f", s1, tc.s1)
			}
			if s3 := float64(rep.Success3) / answerable; s3 < tc.s3 {
				t.Errorf("success@3 = %.3f, want >= %.3f", s3, tc.s3)
			}
			if fa := float64(rep.FalseAbstentions) / answerable; fa > tc.falseA {
				t.Errorf("false abstentions = %.3f, want <= %.3f", fa, tc.falseA)
			}
			if ab := float64(rep.Abstained) / float64(rep.Unanswerable); ab < tc.abst {
				t.Errorf("abstained on %d of %d unanswerable, want >= %.0f%%", rep.Abstained, rep.Unanswerable, 100*tc.abst)
			}
		})
	}
}

func TestAskQuotesVerbatim(t *testing.T) {
	lib := openSeed(t)
	arts := map[string]Article{}
	for _, a := range lib.snap.articles {
		arts[a.ID] = a
	}
	ans, err := lib.Ask(context.Background(), Question{Text: "Berapa tentara Korea Utara yang dikirim ke Rusia?", Limit: 5})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Abstained || len(ans.Quotes) == 0 {
		t.Fatalf("got abstention, want quotes")
	}
	for _, q := range ans.Quotes {
		a, ok := arts[q.Source.ArticleID]
		if !ok {
			t.Fatalf("quote from unknown article %q", q.Source.ArticleID)
		}
		if a.Text[q.Start:q.End] != q.Text {
			t.Errorf("quote %q is not Text[%d:%d] of %s", q.Text, q.Start, q.End, a.ID)
		}
		if q.Source.Title == "" || q.Source.Publisher == "" || q.Source.Published.IsZero() {
			t.Errorf("quote source %+v lacks title, publisher or date", q.Source)
		}
		for _, term := range q.Terms {
			if !strings.Contains(q.Text, term) {
				t.Errorf("highlight term %q not in quote %q", term, q.Text)
			}
		}
	}
}

// bestCandidate analyses a question and returns its best-ranked window,
// before any abstention rule.
func bestCandidate(t *testing.T, lib *Library, question string) (parsedQuestion, candidate) {
	t.Helper()
	qa := lib.snap.analyse(question)
	hits, err := lib.search(context.Background(), qa, tuning.Candidates)
	if err != nil {
		t.Fatal(err)
	}
	cands := lib.snap.rank(qa, hits)
	if len(cands) == 0 {
		t.Fatalf("%q: no candidates", question)
	}
	return qa, cands[0]
}

func TestUnknownName(t *testing.T) {
	lib := openSeed(t)
	for _, tc := range []struct {
		question string
		unknown  bool
	}{
		{"Berapa jumlah tentara Tiongkok yang dikirim ke Rusia?", true},
		{"When did the war in Gaza start?", true},
		{"Kapan Zelenski mengonfirmasi pasukan Korea Utara bertempur lagi?", false}, // a typo of a name the quote holds
		{"Berapa tentara Korea Utara yang dikirim ke Rusia?", false},
		{"berapa tentara gurkha yg dikirim?", false},  // not written as a name
		{"berapa tentara tiongkok yg dikirim?", true}, // a name the spelling variants know (China, Cina), though in lower case
		{"korut kirim brp tentara ke kherson", true},  // a place after "ke", in no article
		{"brp drone ukraina yg dicegat di atas wilayah bryansk?", true},
		{"korut kirim brp tentara ke kursk", false},                       // a place the articles hold
		{"brp drone yg di-intercept rusia?", false},                       // "di-" makes a verb, not a place
		{"korut kirim brp tentara ke Kherson?", true},                     // capitalised: a name as before
		{"Which wire service contributed to the Fox News report?", false}, // a publisher of the corpus
		{"What is the range of the North Korean KN-23 missiles?", true},   // "North Korean" is known, KN-23 is not
		{"How many drones were shot down over the Sea of Azov?", false},   // Sea is laut, Azov is known
		// Words between which/what and the verb describe the answer,
		// which need not repeat them ("The Guardian").
		{"Which British newspaper did Tribunnews cite for the strike on the Luhansk fuel depot?", false},
		{"How many British troops were sent to Kursk?", true},
		// A name only in the scene the asker sets is not asked about;
		// one in a guess that ends with a question mark is.
		{"Aku lagi ngerjain tugas HI soal Korut. Siapa menteri pertahanan Korsel yang bilang Korut kirim pasukan?", false},
		{"Pasukan Korut dilatih di mana sebelum dikirim ke garis depan? Di kota Vladivostok ya?", true},
	} {
		qa, best := bestCandidate(t, lib, tc.question)
		if got := lib.snap.unknownName(qa, best); got != tc.unknown {
			t.Errorf("unknownName(%q) = %v, want %v", tc.question, got, tc.unknown)
		}
	}
}

// A name of the question with one word no article holds, where the
// quote writes another word in its place, is a near-namesake: the quote
// is about someone else.
func TestNearNamesake(t *testing.T) {
	lib := openSeed(t)
	for _, tc := range []struct {
		question string
		namesake bool
	}{
		{"Kapan Vladimir Pokrov bertemu Kim Jong Un?", true},         // Vladimir Putin quoted
		{"Kapan Vladimir Putin bertemu Kim Jong Un?", false},         // the name itself
		{"Kapan Vladimir Puttin bertemu Kim Jong Un?", false},        // a typo of the name quoted
		{"Kapan Presiden Pokrov bertemu Kim Jong Un?", false},        // a title is no part of the name
		{"Kapan Vladimir , Pokrov bertemu Kim Jong Un?", false},      // two names, not one
		{"Apa kata Masoud Pezeskian soal Rusia?", false},             // one edit from Pezeshkian
		{"Berapa rudal Fath-361 yang dikirim Iran?", false},          // a model number may be a typo
		{"Apa kata Menhan Kim YH soal korban tentara Korut?", false}, // initials
	} {
		qa, best := bestCandidate(t, lib, tc.question)
		quote := lib.snap.articles[best.Article].Text[best.Start:best.End]
		if got := nearNamesake(qa, quote, tokenize(quote)); got != tc.namesake {
			t.Errorf("nearNamesake(%q) = %v, want %v (quote %q)", tc.question, got, tc.namesake, quote)
		}
	}
	// A name word the quote also gives alone names the place itself:
	// "di utara Paro" beside "Paro Chu".
	qa := lib.snap.analyse("Kapan Vladimir Pokrov bertemu Kim Jong Un?")
	for quote, want := range map[string]bool{
		"Ia bertemu Vladimir Putin di Moskow.":                     true,
		"Ia tiba dari Vladimir, dekat Vladimir Putin punya dacha.": false,
		"Ia bertemu vladimir Putin dan sebuah vladimir kecil.":     false, // lower case: no name
	} {
		if got := nearNamesake(qa, quote, tokenize(quote)); got != want {
			t.Errorf("nearNamesake(Vladimir Pokrov, %q) = %v, want %v", quote, got, want)
		}
	}
}

func TestAbstains(t *testing.T) {
	lib := openSeed(t)
	for _, q := range []string{
		"Siapa yang memenangkan Piala Dunia 2022?",
		"What is the capital of Australia?",
		"Berapa harga cabai di pasar Jakarta minggu ini?",
		"resep rendang padang yang enak",
		// A name no article holds: the quotes about Korea Utara that
		// match the rest are not about it.
		"Berapa jumlah tentara Tiongkok yang dikirim ke Rusia?",
		"When did the war in Gaza start?",
		// Asked how many, and the best quote holds no count.
		"Berapa gaji yang dibayar Rusia untuk tiap tentara Korea Utara?",
		// Asked for a general's name, and no article mentions a general.
		"Siapa nama jenderal Korea Utara yang memimpin pasukan di Kursk?",
		// A near-namesake: the quotes tell of Vladimir Putin.
		"Kapan Vladimir Pokrov bertemu Kim Jong Un?",
		// A destination the quote's story never names: it tells of
		// Putin's trip to Pyongyang, not of one to Vladivostok.
		"when did kim jong un go to vladivostok to meet putin?",
		// A country no article names, written in lower case.
		"what did china say about NK troops fighting for russia?",
		"what did japan's govt say about the north korean troops in russia?", // English, translated
		// Asked for Luhansk's governor; the corpus names only
		// Zaporizhzhia's.
		"siapa gubernur luhansk",
		// Asked in what month, and the quote says only "tahun lalu".
		"gelombang pertama tentara korut dikirim ke rusia bulan apa thn 2024",
	} {
		t.Run(q, func(t *testing.T) {
			ans, err := lib.Ask(context.Background(), Question{Text: q})
			if err != nil {
				t.Fatal(err)
			}
			if !ans.Abstained || len(ans.Quotes) != 0 {
				t.Errorf("got %d quotes (first %q), want abstention", len(ans.Quotes), firstQuote(ans))
			}
		})
	}
}

func TestHostileQuestions(t *testing.T) {
	lib := openSeed(t)
	for name, q := range map[string]string{
		"quote":       `"`,
		"colon":       `:`,
		"regex":       `/.*/`,
		"star":        `*`,
		"syntax":      `+title:korea -"utara" ~2 ^5 (a OR b) AND`,
		"long":        strings.Repeat("korea utara rusia ", 600),
		"10k chars":   strings.Repeat("x", 10000),
		"invalid utf": "korea \xff\xfe utara",
		"empty":       "",
		"spaces":      "   \n\t ",
		"emoji":       "🤔🤔🤔",
	} {
		t.Run(name, func(t *testing.T) {
			ans, err := lib.Ask(context.Background(), Question{Text: q})
			if err != nil {
				t.Fatalf("got error %v, want an answer or an abstention", err)
			}
			if !ans.Abstained && len(ans.Quotes) == 0 {
				t.Errorf("not abstained but no quotes")
			}
		})
	}
}

func TestNearDuplicatesMerged(t *testing.T) {
	lib := openSeed(t)
	ans, err := lib.Ask(context.Background(), Question{Text: "Berapa perwira Korea Utara yang diduga tewas di dekat Donetsk?", Limit: 5})
	if err != nil {
		t.Fatal(err)
	}
	merged := 0
	seen := map[string]bool{}
	for _, q := range ans.Quotes {
		merged += len(q.AlsoReportedBy)
		key := strings.Join(strings.Fields(strings.ToLower(q.Text)), " ")
		if seen[key] {
			t.Errorf("quote %q appears twice", q.Text)
		}
		seen[key] = true
	}
	if merged == 0 {
		t.Errorf("got no also_reported_by, want the statement three seeds carry merged")
	}
}

// Passages of equal score are cut and ordered by passage number, whatever
// the index's segment layout: the same question gets the same quotes from
// every build.
func TestTiedHitsInPassageOrder(t *testing.T) {
	corpusDir := t.TempDir()
	for i, name := range []string{"a.md", "b.md", "c.md", "d.md"} {
		body := "Kapal selam baru itu diluncurkan di Sinpo pada Senin."
		if i == 3 {
			body = "Satelit mata-mata itu diluncurkan dari Sohae."
		}
		text := fmt.Sprintf("---\nid: %s\ntitle: Uji\nsource: Uji\n---\n%s\n", name, body)
		if err := os.WriteFile(filepath.Join(corpusDir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	lib, _, err := Open(context.Background(), Options{CorpusDir: corpusDir, IndexDir: t.TempDir()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	qa := lib.snap.analyse("Di mana kapal selam diluncurkan?")
	hits, err := lib.search(context.Background(), qa, 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 2 || hits[0].Score != hits[1].Score || hits[0].Passage >= hits[1].Passage {
		t.Fatalf("got %+v, want two tied hits in passage order", hits)
	}
	if a := lib.snap.passages[hits[0].Passage].Article; lib.snap.articles[a].ID != "a.md" && lib.snap.articles[a].ID != "a" {
		t.Errorf("first hit from %q, want the first of the tied articles", lib.snap.articles[a].ID)
	}
}

func TestIndexReusedAndRebuilt(t *testing.T) {
	dir := t.TempDir()
	corpusDir := t.TempDir()
	write := func(name, body string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(corpusDir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.md", "---\nid: a\ntitle: Kapal selam\nsource: Uji\npublished: 2024-01-02\n---\nKapal selam baru itu diluncurkan di Sinpo pada Senin.\n")
	ctx := context.Background()
	lib, sum, err := Open(ctx, Options{CorpusDir: corpusDir, IndexDir: dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Reused || sum.Articles != 1 {
		t.Errorf("first open: got reused=%v articles=%d, want a fresh build of 1", sum.Reused, sum.Articles)
	}
	lib.Close()
	lib, sum, err = Open(ctx, Options{CorpusDir: corpusDir, IndexDir: dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !sum.Reused {
		t.Errorf("second open: got rebuilt, want the index reused")
	}
	lib.Close()
	write("b.md", "---\nid: b\ntitle: Satelit\nsource: Uji\n---\nSatelit mata-mata itu diluncurkan dari Sohae.\n")
	lib, sum, err = Open(ctx, Options{CorpusDir: corpusDir, IndexDir: dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	if sum.Reused || sum.Articles != 2 {
		t.Errorf("after a change: got reused=%v articles=%d, want a rebuild of 2", sum.Reused, sum.Articles)
	}
	ans, err := lib.Ask(ctx, Question{Text: "Dari mana satelit mata-mata diluncurkan?"})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Abstained || !strings.Contains(ans.Quotes[0].Text, "Sohae") {
		t.Errorf("got %+v, want the new article quoted (never a stale index)", ans)
	}
}

func TestReindexSwapsAndKeepsServingOnFailure(t *testing.T) {
	ctx := context.Background()
	corpusDir := t.TempDir()
	path := filepath.Join(corpusDir, "a.md")
	os.WriteFile(path, []byte("---\nid: a\ntitle: Uji\n---\nKapal selam baru itu diluncurkan di Sinpo pada Senin.\n"), 0o644)
	lib, _, err := Open(ctx, Options{CorpusDir: corpusDir, IndexDir: t.TempDir()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	ask := func(q string) Answer {
		t.Helper()
		ans, err := lib.Ask(ctx, Question{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		return ans
	}
	os.WriteFile(filepath.Join(corpusDir, "b.md"), []byte("---\nid: b\ntitle: Satelit\n---\nSatelit mata-mata itu diluncurkan dari Sohae.\n"), 0o644)
	if ans := ask("Dari mana satelit mata-mata diluncurkan?"); !ans.Abstained {
		t.Errorf("before reindex: got %q, want abstention (b not indexed yet)", firstQuote(ans))
	}
	sum, err := lib.Reindex(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Articles != 2 {
		t.Errorf("reindex: got %d articles, want 2", sum.Articles)
	}
	if ans := ask("Dari mana satelit mata-mata diluncurkan?"); ans.Abstained {
		t.Errorf("after reindex: got abstention, want the new article")
	}
	// A corpus with nothing readable fails the reindex; the old index serves.
	os.Remove(path)
	os.Remove(filepath.Join(corpusDir, "b.md"))
	if _, err := lib.Reindex(ctx, nil); err == nil {
		t.Errorf("reindex of an empty corpus: got nil error, want failure")
	}
	if ans := ask("Dari mana satelit mata-mata diluncurkan?"); ans.Abstained {
		t.Errorf("after failed reindex: got abstention, want the old index serving")
	}
	if len(lib.Sources()) != 2 {
		t.Errorf("after failed reindex: got %d sources, want 2", len(lib.Sources()))
	}
}

func TestReindexOneAtATime(t *testing.T) {
	lib := openSeed(t)
	lib.reindexing.Lock()
	_, err := lib.Reindex(context.Background(), nil)
	lib.reindexing.Unlock()
	if !errors.Is(err, ErrReindexing) {
		t.Errorf("got %v, want ErrReindexing", err)
	}
}

func TestSourcesNewestFirst(t *testing.T) {
	lib := openSeed(t)
	src := lib.Sources()
	if len(src) != 5 {
		t.Fatalf("got %d sources, want 5", len(src))
	}
	for i := 1; i < len(src); i++ {
		if src[i].Published.After(src[i-1].Published) {
			t.Errorf("source %d (%s) newer than %d (%s)", i, src[i].Published, i-1, src[i-1].Published)
		}
	}
}

func TestReindexUnchangedCorpusIsReused(t *testing.T) {
	lib := openSeed(t)
	sum, err := lib.Reindex(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if !sum.Reused || sum.Articles != 5 {
		t.Errorf("got reused=%v articles=%d, want the open index kept for 5 articles", sum.Reused, sum.Articles)
	}
	if ans, _ := lib.Ask(context.Background(), Question{Text: "Kapan Putin mengunjungi Pyongyang?"}); ans.Abstained {
		t.Errorf("after reindex: got abstention, want an answer")
	}
}

func TestTwoLibrariesShareAnIndexDirectory(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	first, _, err := Open(ctx, Options{IndexDir: dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()
	second, sum, err := Open(ctx, Options{IndexDir: dir}, nil)
	if err != nil {
		t.Fatalf("second Open on a served index: %v", err)
	}
	defer second.Close()
	if !sum.Reused {
		t.Errorf("second Open rebuilt the index, want it reused")
	}
	for _, lib := range []*Library{first, second} {
		if ans, err := lib.Ask(ctx, Question{Text: "Kapan Putin mengunjungi Pyongyang?"}); err != nil || ans.Abstained {
			t.Errorf("Ask: got %v, %+v; want an answer from both", err, ans.Abstained)
		}
	}
}

// An unfinished build may be another process's: only one untouched for
// staleBuild is removed, with the corpus's old fingerprints and indexes
// named before names carried a corpus key. Another corpus's index stays.
func TestRemoveStaleKeepsRunningBuilds(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"seed-fp2", "seed-fp1", "abc123-fp9", "0123abcd", "seed-fp3.building-1", "abc123-fp4.building-2"} {
		if err := os.Mkdir(filepath.Join(dir, name), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	long := time.Now().Add(-2 * staleBuild)
	if err := os.Chtimes(filepath.Join(dir, "abc123-fp4.building-2"), long, long); err != nil {
		t.Fatal(err)
	}
	removeStale(dir, "seed-fp2")
	for name, want := range map[string]bool{
		"seed-fp2":              true,  // kept
		"seed-fp1":              false, // an old fingerprint of the same corpus
		"abc123-fp9":            true,  // another corpus's
		"0123abcd":              false, // named before corpus keys
		"seed-fp3.building-1":   true,  // a build still running
		"abc123-fp4.building-2": false, // a build that died
	} {
		_, err := os.Stat(filepath.Join(dir, name))
		if got := err == nil; got != want {
			t.Errorf("%s: present %v, want %v", name, got, want)
		}
	}
}

// Two corpora share an index directory: opening one keeps the other's
// index, which the next open reuses instead of rebuilding.
func TestIndexesOfTwoCorporaCoexist(t *testing.T) {
	dir := t.TempDir()
	corpusDir := t.TempDir()
	text := "---\ntitle: Berita\n---\nTentara tiba di Kursk pada hari Senin. Mereka bertempur selama dua hari.\n"
	if err := os.WriteFile(filepath.Join(corpusDir, "a.md"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for i, opts := range []Options{{IndexDir: dir}, {IndexDir: dir, CorpusDir: corpusDir}, {IndexDir: dir}, {IndexDir: dir, CorpusDir: corpusDir}} {
		lib, sum, err := Open(ctx, opts, nil)
		if err != nil {
			t.Fatal(err)
		}
		lib.Close()
		if want := i >= 2; sum.Reused != want {
			t.Errorf("open %d (corpus %q): reused %v, want %v", i, opts.CorpusDir, sum.Reused, want)
		}
	}
}

// Two processes building the same index at once both end up serving it.
func TestConcurrentBuildsOfOneIndex(t *testing.T) {
	dir := t.TempDir()
	corpusDir := t.TempDir()
	for i := range 40 {
		text := fmt.Sprintf("---\ntitle: Berita %d\n---\nTentara ke-%d tiba di Kursk pada hari Senin. Mereka bertempur selama %d hari.\n", i, i, i+2)
		if err := os.WriteFile(filepath.Join(corpusDir, fmt.Sprintf("a%02d.md", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	errs := make([]error, 4)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lib, _, err := Open(context.Background(), Options{IndexDir: dir, CorpusDir: corpusDir}, nil)
			if err == nil {
				lib.Close()
			}
			errs[i] = err
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("Open %d: %v", i, err)
		}
	}
}
