package retrieval

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kutip/kutip/retrieval/vocab"
)

// Requests: not every question is asked as one. A user may give an order
// ("Sebutkan nama komandan ...", "Name the car brand ...", "Kasih tau dong
// tanggal ..."), pass on someone else's question ("A listener from Canada
// wants to know: which newspaper ...", "Pendengar dari Bandung nanya nih,
// ..."), paste a quiz ("Isilah (siapa): ... bernama ___.", "... ? A. Kim
// Jong Un B. Kim Yong-hyun"), shout a headline first ("DRONE BLITZ! How
// many ...?") or post as on social media ("... ? 😬 #SemenanjungKorea").
// Each is put back into the question it stands for before it is analysed
// (asQuestion): the order's verb, the relaying clause, the quiz's
// instruction and wrong options, the headline and the tags ask about
// nothing, and their words ("sebutkan", "listener", "Canada", names of
// wrong options) would count as details no article holds.

// requestOpeners open an order for information, as folded words.
var requestOpeners = phrases(
	// Indonesian
	"sebutkan", "sebutin", "coba sebutkan", "tolong sebutkan", "mohon sebutkan", "silakan sebutkan",
	"carikan", "cariin", "tolong carikan", "tolong cariin", "cari info", "carikan info", "tolong cari info", "cari informasi",
	"kasih tau", "kasih tahu", "kasi tau", "kasi tahu", "tolong kasih tau", "tolong kasih tahu",
	"beritahu", "beri tahu", "beritahukan", "tolong beritahu", "tolong beri tahu",
	"tuliskan", "coba tuliskan", "tolong tuliskan", "tentukan", "identifikasi",
	"tunjukkan", "tolong tunjukkan", "jelaskan", "jelasin", "tolong jelaskan", "coba jelaskan", "mohon jelaskan",
	"terangkan", "tolong terangkan", "mohon terangkan",
	"tampilkan", "tolong tampilkan", "kutip", "kutipkan", "tolong kutip", "tolong kutipkan", "ada kutipan",
	// English
	"tell me", "please tell me", "can you tell me", "could you tell me", "pls tell me",
	"give me", "please give me", "can you give me", "show me", "find me", "find",
	"name", "please name", "list", "please list", "identify", "state", "explain", "describe",
	"quote the", "quote me", "please quote", "show the",
)

// indirectOpeners frame a question as the asker's wish to know: "I was
// wondering what ...", "Ada yang tahu kapan ...". Before a question word,
// the question is what follows.
var indirectOpeners = phrases(
	"i was wondering", "i wonder", "i'd like to know", "i would like to know", "i want to know", "i wanna know",
	"would you happen to know", "do you happen to know", "do you know", "does anyone know", "anyone know", "any idea",
	"ada yang tahu", "ada yang tau", "ada yg tahu", "ada yg tau", "tau gak", "tahu gak", "tau nggak", "tahu nggak",
	"kamu tahu", "kamu tau", "saya ingin tahu", "aku ingin tahu", "boleh saya tahu", "boleh tahu", "pengen tau", "pengen tahu",
)

// partNouns name the part of a story a request asks to be shown ("Kutip
// kalimat yang menyebut ...", "Quote the line about ..."); partLinks join
// it to what the part tells. Both frame the request and ask about nothing.
var (
	partNouns = setOf("bagian", "paragraf", "kalimat", "kutipan", "potongan", "baris", "teks",
		"part", "line", "sentence", "passage", "paragraph", "quote", "bit", "section")
	partLinks = setOf("menyebut", "menyebutkan", "bilang", "membahas", "berisi", "memuat", "menjelaskan", "mengatakan",
		"soal", "tentang", "mengenai", "terkait", "saying", "says", "naming", "names", "mentioning", "mentions", "about", "on", "where")
)

// partFrame returns where what is asked begins after a request's part
// frame at toks[n] ("kalimat yang menyebut", "bagian berita tentang",
// "the part saying", "the line that names"), n when there is none: a part
// named without saying what it tells ("Kutip kalimat Zelensky") stays.
func partFrame(toks []token, n int) int {
	i := n
	if i < len(toks) && toks[i].Fold == "the" {
		i++
	}
	if i >= len(toks) || !partNouns[toks[i].Fold] {
		return n
	}
	i++
	if i < len(toks) && toks[i].Fold == "berita" {
		i++
	}
	linked := false
	if i < len(toks) && (toks[i].Fold == "yang" || toks[i].Fold == "yg" || toks[i].Fold == "that" || toks[i].Fold == "which") {
		i++
	}
	if i+1 < len(toks) && toks[i].Fold == "di" && toks[i+1].Fold == "mana" {
		i, linked = i+2, true // "bagian di mana Ukraina menyebut ..."
	}
	if !linked && i < len(toks) && partLinks[toks[i].Fold] {
		i, linked = i+1, true
	}
	if !linked || i >= len(toks)-1 {
		return n
	}
	return i
}

// requestFillers may follow an opener before what is asked for ("kasih tau
// dong", "cari info soal", "tell me about").
var requestFillers = setOf("dong", "donk", "ya", "yah", "aku", "saya", "gue", "gw", "soal", "tentang", "mengenai", "terkait", "seputar", "about", "please", "pls")

// kindQuestionWord is the question word an Indonesian request's kind takes
// when it is asked as a question ("tanggal" → "tanggal berapa ...",
// "kota" → "kota mana ..."); a kind not listed takes "apa" before it.
var kindQuestionWord = map[string]string{
	"tanggal": "berapa", "tahun": "berapa", "jam": "berapa", "pukul": "berapa", "bulan": "apa", "hari": "apa",
	"kota": "mana", "negara": "mana", "wilayah": "mana", "daerah": "mana", "provinsi": "mana", "kawasan": "mana",
	"lokasi": "mana", "tempat": "mana", "region": "mana",
}

// countKinds ask for a number when a request names them ("Sebutkan jumlah
// tentara ...": berapa jumlah tentara).
var countKinds = setOf("jumlah", "total", "banyaknya", "angka")

// asQuestion returns the question text stands for: closing tags, a
// quiz's options, a shouted headline, a relaying clause or a quiz's
// instruction and an order's verb dropped and, where no question word is
// left, the one the kind asked for takes put in.
func asQuestion(text string) string {
	text = withoutRelay(withoutHeadline(withoutChoices(untagged(withoutSourceText(withoutAnswerLanguage(withoutDictatedMarks(withoutGuesses(withoutDateGuess(withSlashDates(withFullYears(withEpithets(withoutFrame(withoutForward(withoutRecency(withoutFillers(withoutRadioTalk(withCorrections(withoutNoise(text)))))))))))))))))))
	toks := tokenize(text)
	for _, p := range indirectOpeners {
		if len(p) < len(toks) && phraseAt(toks, 0, p) && asksSomething(toks[len(p)].Fold) {
			return text[toks[len(p)].Start:] // "I was wondering what Kim called ...": what Kim called
		}
	}
	n := 0
	for _, p := range requestOpeners {
		if len(p) > n && len(p) < len(toks) && phraseAt(toks, 0, p) {
			n = len(p)
		}
	}
	if n == 0 || toks[n-1].Fold == "name" && toks[n].Fold == "of" {
		return text // "Name of the general ...?" asks in keywords
	}
	for n < len(toks)-1 && requestFillers[toks[n].Fold] {
		n++
	}
	n = partFrame(toks, n)
	rest := text[toks[n].Start:]
	words := folds(toks[n:])
	english := vocab.IsEnglish(text)
	if _, qw := vocab.QuestionType(words); len(qw) > 0 && (!english || qw[0] == 0 || qw[0] == 1 && englishPrepositions[words[0]]) {
		return rest // "Sebutkan kapan ...", "Tell me where ...", "Tell me in which ..."
	}
	if english {
		// "Name the governor of ...": who is the governor; "Give me
		// the month when ...": what month.
		if words[0] == "the" && len(toks) > n+2 {
			n++
		}
		if englishRoles[toks[n].Fold] {
			return "who is the " + text[toks[n].Start:]
		}
		return "what " + text[toks[n].Start:]
	}
	head := words[0]
	switch {
	case kindQuestionWord[head] != "":
		// A place's kind takes "mana" after the names that qualify it
		// ("wilayah Ukraina mana ..."); a date's, at once ("tanggal
		// berapa Zelensky ...").
		k := n
		for kindQuestionWord[head] == "mana" && k+1 < len(toks)-1 && capitalised(toks[k+1].Surface) {
			k++
		}
		return text[toks[n].Start:toks[k].End] + " " + kindQuestionWord[head] + text[toks[k].End:]
	case countKinds[head]:
		return "berapa " + rest
	case head == "nama" && len(words) > 1 && titleWords[words[1]]:
		return "siapa " + rest // "Sebutkan nama menteri ...": a person's name
	}
	return "apa " + rest
}

// relayVerbs end a clause that passes on someone's question ("pendengar
// dari Bandung nanya nih", "a listener wants to know").
var relayVerbs = phrases(
	"nanya", "tanya", "bertanya", "menanyakan", "nanyain", "nulis", "menulis", "tulis", "pengen tau", "pengen tahu",
	"ingin tahu", "ingin tau", "mau tahu", "mau tau", "pingin tau", "pengin tahu",
	"asks", "asked", "asking", "writes", "wrote", "wants to know", "want to know", "wanted to know", "wonders", "question",
)

// relayParticles may close a relaying clause ("nanya nih", "writes in").
var relayParticles = setOf("nih", "ni", "dong", "ya", "gini", "begini", "in", "this", "sih")

// withoutRelay drops the clause that opens text by passing on someone
// else's question, or a quiz's instruction: everything before a colon
// when it is an instruction ("Isilah:"), or when it names the asker or
// the asking and a question word follows ("Listener question in English:
// which ...", "One from a listener who moved to Jakarta: what ..."); or
// the first clauses, up to a comma, when the last of them ends with a
// verb of asking ("Nah, ada pendengar nanya, katanya ...").
func withoutRelay(text string) string {
	text = withoutRelayedOpening(text)
	if i := strings.Index(text, ": "); i > 0 {
		before, after := tokenize(text[:i]), tokenize(text[i+2:])
		switch {
		case len(before) == 0 || len(before) > 20 || len(after) == 0:
		case instructs(before):
			return withHint(text[:i], strings.TrimSpace(text[i+2:]))
		case relays(before) && holdsQuestion(after):
			return strings.TrimSpace(text[i+2:])
		}
	}
	toks := tokenize(text)
	cut := -1
	for k, clauses := 1, 0; k < len(toks) && clauses < 4; k++ {
		if !strings.Contains(text[toks[k-1].End:toks[k].Start], ",") {
			continue
		}
		clauses++
		if holdsQuestion(toks[:k]) {
			break // the question began before this comma
		}
		end := k
		for end > 0 && relayParticles[toks[end-1].Fold] {
			end--
		}
		if slices.ContainsFunc(relayVerbs, func(p []string) bool { return len(p) <= end && phraseAt(toks, end-len(p), p) }) {
			cut = k
		}
	}
	if cut < 0 || !holdsQuestion(toks[cut:]) {
		return text
	}
	return text[toks[cut].Start:]
}

// withoutRelayedOpening drops the words that open text by naming who
// asked the question the sender passes on, without a colon or a comma
// to mark them: "Dosen saya minta kami cari tahu siapa ...", "Adikku
// nanya buat PR, kapan ...", "My editor wants to know the name of ...".
// The asker comes first ("Adikku", "My professor", "Ada member yang"),
// then a verb of asking, whom it was asked of and what for ("minta kami
// cari tahu", "asked us to find out", "nanya di grup WA keluarga,").
// What is left must ask something, or follow "to know" or "cari tahu".
func withoutRelayedOpening(text string) string {
	if strings.Contains(text, ": ") {
		return text // "Listener question in English: ...": the colon marks it (withoutRelay)
	}
	toks := tokenize(text)
	first := 0
	switch {
	case len(toks) > 2 && toks[0].Fold == "ada" && (toks[1].Fold == "yang" || toks[1].Fold == "yg"):
		first = 2 // "Ada yang nanya ..."
	case len(toks) > 2 && (toks[0].Fold == "my" || toks[0].Fold == "our" || toks[0].Fold == "a"):
		first = 1
	}
	asker := -1
	for i := first; i < min(first+3, len(toks)); i++ {
		if relayers[toks[i].Fold] || relayingPeople[toks[i].Fold] {
			asker = i
			break
		}
	}
	if asker < 0 && first == 2 {
		asker = 1
	}
	if asker < 0 {
		return text
	}
	for v := asker + 1; v < min(asker+5, len(toks)); v++ {
		n := matchAt(toks, v, relayVerbs)
		if n == 0 {
			n = matchAt(toks, v, askingOf)
		}
		if n == 0 {
			continue
		}
		if holdsQuestion(toks[:v]) {
			return text // the question began before the asking
		}
		e := v + n
		known := knowing[toks[e-1].Fold] // "wants to know", "pengen tahu"
		for e < len(toks) && (relayObjects[toks[e].Fold] || relayParticles[toks[e].Fold]) {
			e++
		}
		if e < len(toks) && purposeWords[toks[e].Fold] && matchAt(toks, e+1, findingOut) > 0 {
			e++ // "minta kami untuk cari tahu", "asked us to find out"
		}
		if k := matchAt(toks, e, findingOut); k > 0 {
			e, known = e+k, true
		}
		if e < len(toks) && relayTails[toks[e].Fold] {
			// "buat PR", "di grup WA keluarga", up to a comma
			tail := e
			for k := e + 1; k < min(e+6, len(toks)); k++ {
				if strings.Contains(text[toks[k-1].End:toks[k].Start], ",") {
					e = k
					break
				}
			}
			if e == tail {
				return text // no comma closes the tail: the words after the verb are the question's
			}
		}
		if e+1 < len(toks) && (known || holdsQuestion(toks[e:])) {
			return text[toks[e].Start:]
		}
		return text
	}
	return text
}

// matchAt returns the length of the first of ps at toks[i], 0 for none.
func matchAt(toks []token, i int, ps [][]string) int {
	for _, p := range ps {
		if phraseAt(toks, i, p) {
			return len(p)
		}
	}
	return 0
}

var (
	// relayingPeople are the people a sender passes a question on from.
	relayingPeople = setOf("teman", "temen", "temanku", "temenku", "kawan", "kawanku", "sahabat", "sahabatku", "dosen", "dosenku",
		"guru", "guruku", "bapak", "bapakku", "ayah", "ayahku", "ibu", "ibuku", "mama", "mamaku", "papa", "papaku",
		"adik", "adikku", "adek", "adekku", "kakak", "kakakku", "om", "omku", "tante", "tanteku", "paman", "bibi",
		"bos", "bosku", "atasan", "atasanku", "editor", "redaktur", "redakturku", "member", "anak", "anakku",
		"professor", "teacher", "lecturer", "boss", "friend", "mom", "mum", "dad", "father", "mother", "brother",
		"sister", "uncle", "aunt", "colleague", "classmate", "producer", "client", "someone", "somebody")
	// askingOf are verbs of passing a question on beyond relayVerbs:
	// asking someone to find the answer out.
	askingOf = phrases("minta", "meminta", "nyuruh", "menyuruh", "penasaran", "emailed", "texted", "messaged", "wants", "wanted", "needs")
	// relayObjects are whom the question was put to: "minta **kami** ...".
	relayObjects = setOf("us", "me", "kami", "saya", "aku", "kita", "gue", "gw")
	// purposeWords join a request to its purpose: "minta kami **untuk**
	// cari tahu".
	purposeWords = setOf("untuk", "buat", "to")
	// findingOut completes a request to find the answer out.
	findingOut = phrases("find out", "know", "check", "look up", "ask", "asking", "cari tahu", "cari tau", "mencari tahu",
		"mencari tau", "nyari tahu", "nyari tau", "nyariin", "ngecek", "mengecek", "cek", "tahu", "tau")
	// knowing end the verbs of wanting to know: what follows is asked.
	knowing = setOf("know", "tahu", "tau")
	// relayTails say where or what for a question was asked: "nanya
	// **buat PR**, ...", "nanya **di grup WA**, ...".
	relayTails = setOf("buat", "untuk", "di", "dalam", "pas", "waktu", "tadi", "kemarin", "for", "in", "on", "at", "during")
)

// relayers name whoever passes a question on, or the question itself.
var relayers = setOf("listener", "listeners", "viewer", "viewers", "reader", "readers", "caller", "follower", "followers",
	"pendengar", "penonton", "pemirsa", "pembaca", "penelepon", "penanya", "netizen", "warganet", "pertanyaan")

// relays reports whether a clause before a colon passes a question on:
// it names the asker or the question, or ends with a verb of asking
// ("A listener from Canada wants to know").
func relays(toks []token) bool {
	for i, t := range toks {
		if relayers[t.Fold] || slices.ContainsFunc(relayVerbs, func(p []string) bool { return i+len(p) <= len(toks) && phraseAt(toks, i, p) }) {
			return true
		}
	}
	return false
}

// instructions open a quiz's instruction ("Fill in the blank (near which
// town): The terminal was close to ___", "Isilah: ...", "Soal 3: ...").
var instructions = phrases("fill in the blank", "fill in the blanks", "fill in", "complete the sentence", "complete",
	"isilah", "isikan", "lengkapi", "lengkapilah", "jawablah", "jawab", "answer", "soal", "pertanyaan", "question", "kuis", "quiz", "trivia", "tebak", "tebakan", "teka-teki")

// blank is where a quiz's answer goes: "___", "...", "…", with an
// ordinal's ending ("his ___th birthday").
var blank = regexp.MustCompile(`(?:_{2,}|\.{3,}|…)(?:th|st|nd|rd)?`)

// withHint returns a quiz's sentence with the question word its
// instruction gives in brackets ("Isilah (siapa): ... bernama ___.") put
// in its blank ("... bernama siapa."), or before it when it has none: the
// hint is what the quiz asks for. Without a hint the sentence is
// returned as it is.
func withHint(instruction, sentence string) string {
	open, end := strings.Index(instruction, "("), strings.LastIndex(instruction, ")")
	if open < 0 || end < open {
		return sentence
	}
	hint := strings.TrimSpace(instruction[open+1 : end])
	if !holdsQuestion(tokenize(hint)) {
		return sentence
	}
	if loc := blank.FindStringIndex(sentence); loc != nil {
		return sentence[:loc[0]] + hint + sentence[loc[1]:]
	}
	return hint + " " + sentence
}

// quizNouns name a quiz's question; a short label ending in one opens it
// ("Current-affairs quiz:", "Trivia question:", "Daily kuis:").
var quizNouns = setOf("quiz", "kuis", "question", "pertanyaan", "soal", "trivia")

// instructs reports whether a clause before a colon opens with a quiz's
// instruction, or is a short label naming a quiz.
func instructs(toks []token) bool {
	return slices.ContainsFunc(instructions, func(p []string) bool { return len(p) <= len(toks) && phraseAt(toks, 0, p) }) ||
		len(toks) <= 4 && quizNouns[toks[len(toks)-1].Fold]
}

// holdsQuestion reports whether toks hold a question word.
func holdsQuestion(toks []token) bool {
	var words []string
	for _, t := range toks {
		if exp := vocab.Expand(t.Fold); len(exp) > 0 {
			words = append(words, strings.Fields(exp[0])...) // "siape": siapa
			continue
		}
		words = append(words, t.Fold)
	}
	_, qw := vocab.QuestionType(words)
	return len(qw) > 0
}

// folds returns the folded words of toks.
func folds(toks []token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Fold
	}
	return out
}

// phrases splits each phrase into its words.
func phrases(ps ...string) [][]string {
	out := make([][]string, len(ps))
	for i, p := range ps {
		out[i] = strings.Fields(p)
	}
	return out
}

// choiceMark is an option's letter in a quiz's list: "A.", "b)", "(C)".
var choiceMark = regexp.MustCompile(`(?:^|\s)\(?([A-Da-d])[.)]\s`)

// withoutChoices cuts the options a quiz lists after its question ("...
// pada hari Jumat? A. Ebrahim Raisi B. Hassan Rouhani C. ..."): the
// answer is in the articles, the wrong options, often names no article
// holds, are not. A list is two or more marks lettered in order from A;
// text without one is returned as it is.
func withoutChoices(text string) string {
	marks := choiceMark.FindAllStringSubmatchIndex(text, -1)
	for i, m := range marks {
		if text[m[2]] != 'A' && text[m[2]] != 'a' || i+1 == len(marks) {
			continue
		}
		next := marks[i+1]
		if text[next[2]] != text[m[2]]+1 || m[0] == 0 {
			continue
		}
		return strings.TrimSpace(text[:m[0]])
	}
	return text
}

// withoutTitleCase lowers a message of five words or more written in
// title case, every word capitalised as a headline has them, a function
// word after the first too ("Korut Kirim Pasukan Ke Rusia: Berapa
// Jumlahnya?"): its capitals mark no names. A question word is no such
// proof ("Siapakah Kepala Kebun Raya Cibodas" capitalises a name), and
// words in capitals ("NIS") stay.
func withoutTitleCase(text string) string {
	words := wordRe.FindAllString(text, -1)
	if len(words) < 5 {
		return text
	}
	function := false
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return text
		}
		lower := strings.ToLower(w)
		function = function || i > 0 && stopWords[lower] && !isQuestionWord(lower)
	}
	if !function {
		return text
	}
	return wordRe.ReplaceAllStringFunc(text, func(w string) string {
		if utf8.RuneCountInString(w) >= 2 && strings.ToUpper(w) == w {
			return w
		}
		return strings.ToLower(w)
	})
}

// withoutHeadline drops a headline shouted in capitals before the
// question ("DRONE BLITZ! How many drones ...?"): its words are the
// asker's, not the question's. A question all in capitals, or one
// whose capitals ask something themselves, is kept.
func withoutHeadline(text string) string {
	end := strings.IndexAny(text, "!?")
	if end < 0 {
		return text
	}
	head, rest := text[:end], strings.TrimLeft(text[end+1:], "!? ")
	words := strings.Fields(head)
	if len(words) < 2 || rest == "" || strings.ToUpper(head) != head || strings.ToLower(head) == head || holdsQuestion(tokenize(head)) || !holdsQuestion(tokenize(rest)) {
		return text
	}
	return rest
}

var (
	hashtag = regexp.MustCompile(`#(\pL[\pL\pN]*)`)
	mention = regexp.MustCompile(`(^|\s)@[\pL\pN_.]+`)
	// botMention is the bot addressed by name at the start of a message.
	botMention = regexp.MustCompile(`(?i)^\s*@kutip[\pL\pN_.]*[,:]?\s*`)
	camel      = regexp.MustCompile(`(\p{Ll})(\p{Lu})`)
)

// withoutBotMention drops the bot's name opening a message ("@kutip ijin
// nimbrung, ..."): it addresses the bot and, left, hid the courtesy after
// it.
func withoutBotMention(text string) string {
	return botMention.ReplaceAllString(text, "")
}

// closingTag reports whether a field closing a question is a hashtag
// ("#SemenanjungKorea", not "#2024"), an @mention or an emoji: no letter,
// digit or question mark.
func closingTag(field string) bool {
	return strings.HasPrefix(field, "#") && hashtag.MatchString(field) || strings.HasPrefix(field, "@") ||
		!strings.ContainsFunc(field, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '?' })
}

// untagged returns text with the hashtags, @mentions and emoji that
// close it left out ("... sebagai apa? 😬 #SemenanjungKorea": a topic,
// not the question, and "#PerangUkraina" would pull in quotes about the
// fighting), the hashtags within it read as the words they join ("tentara
// #KoreaUtara": Korea Utara) and its other @mentions, which name accounts
// rather than anything asked about, left out.
func untagged(text string) string {
	if !strings.ContainsAny(text, "#@") {
		return text
	}
	fields := strings.Fields(text)
	n, asked := len(fields), false
	for n > 1 && closingTag(fields[n-1]) {
		n--
		asked = asked || strings.Contains(fields[n], "?")
	}
	text = strings.Join(fields[:n], " ")
	if asked && !strings.HasSuffix(text, "?") {
		text += "?" // "... dikirim @kompascom?"
	}
	text = hashtag.ReplaceAllStringFunc(text, func(tag string) string {
		return camel.ReplaceAllString(tag[1:], "$1 $2")
	})
	return strings.TrimSpace(mention.ReplaceAllString(text, "$1"))
}

// sourceTextRe matches a worksheet's pointer to the text the question is
// about: "Berdasarkan teks berita tersebut, ...", "... dalam teks di
// atas?", "... sesuai yang disebutkan dalam artikel", "according to the
// article". The text is the corpus: the pointer names nothing to find.
// "Berita" alone must be pointed at ("berita tersebut"): "menurut berita
// Alinea.id" names an outlet.
var sourceTextRe = regexp.MustCompile(`(?i),?\s*\b(berdasarkan|menurut|sesuai(\s+dengan)?(\s+yang\s+(disebutkan|dijelaskan|tertulis))?|sebagaimana\s+(disebutkan|dimuat|diberitakan|dilaporkan|tercantum|tertulis)\s+(dalam|di)|dalam|di\s+dalam|pada|according\s+to|based\s+on|in)\s+(the\s+)?((teks|artikel|bacaan|wacana|text|article|passage)(\s+(berita|news))?(\s+(tersebut|di\s+atas|ini|itu|above))?|berita\s+(tersebut|di\s+atas)|pemberitaan(\s+(terkait|tersebut|ini|itu))?|(news\s+)?(story|report)\s+above)\b\s*,?`)

// answerLanguageRe matches the language the asker wants the answer in,
// which is the corpus's own: "NIS itu singkatan apa dalam bahasa
// Indonesia?", "what is NIS in Indonesian?". No article says "bahasa
// Indonesia" of a term it spells out. ("in Indonesia", the country, does
// not match.)
var answerLanguageRe = regexp.MustCompile(`(?i)\s*\b(dalam\s+bahasa\s+indonesia(nya)?|bahasa\s+indonesianya|in\s+indonesian)\b`)

// withoutAnswerLanguage drops the language the answer is asked in,
// unless nothing else is left.
func withoutAnswerLanguage(text string) string {
	out := answerLanguageRe.ReplaceAllString(text, "")
	if len(tokenize(out)) < 2 {
		return text
	}
	return out
}

// guessRe matches a sentence telling what someone guessed or thinks the
// answer is: "Teman saya bilang akhir September, tapi saya belum yakin.",
// "My friend guessed 70 but I think that's off." Its guess is no detail
// the answer must hold, and its month or name no clash with the quote's.
var guessRe = regexp.MustCompile(`(?i)^(.{0,40}\b(teman|temen|kawan|friend|friends|buddy|mate|colleague)\b.{0,30}\b(bilang|bilangnya|nebak|menebak|tebak|kira|ngira|mengira|pikir|yakin|said|says|guessed|guesses|thinks|reckons)\b|\s*(saya|aku|gue|gw)\s+(kira|pikir|rasa)\b|\s*i\s+(guess|think)\b)`)

// hypotheticalRe matches a sentence that supposes ("Kalau Ukraina tidak
// menyerang depot minyak, pasokan bahan bakar Rusia aman.", "If Kim had
// not sent troops, ..."): speculation, whose words the answer need not
// hold.
var hypotheticalRe = regexp.MustCompile(`(?i)^(kalau|kalo|andai|andaikan|seandainya|jikalau|misalkan|if|suppose|supposing|imagine)\b`)

// correctionRe matches a sentence rejecting an answer before the question
// is asked again ("Salah, bukan Chosun Ilbo.", "Bukan bantuan ekonomi
// maksudku.", "Hmm, bukan nama wilayahnya yang kutanya.", "Kamu salah sebut
// penulisnya."): what it rejects is not asked about, and its "bukan"
// negates nothing the question asks.
var correctionRe = regexp.MustCompile(`(?i)^(salah|keliru|kurang\s+tepat|kamu\s+salah|jawaban(mu|\s+kamu|nya)?\s+(salah|keliru|kurang\s+tepat)|bukan\s+itu|wrong|nope|no,?\s+no|that'?s\s+not)\b|\b(maksud(ku|\s+saya|\s+aku)|kutanya(kan)?|(aku|saya)\s+tanya(kan)?|i\s+meant|what\s+i\s+asked)\b`)

// withoutGuesses drops, from a message of several sentences, those that
// tell someone's guess, suppose something (hypotheticalRe) or reject an
// answer (correctionRe) and ask nothing (no "?"), as long as a sentence
// that asks remains. It splits at ". ", "! " and "? " itself: chat writes
// the next sentence in lower case, where the corpus's splitter
// (analysis.Sentences) wants a capital.
func withoutGuesses(text string) string {
	var kept []string
	dropped := false
	start := 0
	for i := 0; i < len(text); i++ {
		if end := i + 1; strings.IndexByte(".!?", text[i]) >= 0 && (end == len(text) || text[end] == ' ' || text[end] == '\n') {
			sentence := text[start:end]
			if trimmed := strings.TrimSpace(sentence); text[i] != '?' && (guessRe.MatchString(trimmed) || hypotheticalRe.MatchString(trimmed) || correctionRe.MatchString(trimmed)) {
				dropped = true
			} else {
				kept = append(kept, sentence)
			}
			start = end
		}
	}
	if start < len(text) {
		kept = append(kept, text[start:])
	}
	out := strings.TrimSpace(strings.Join(kept, ""))
	if !dropped || !holdsQuestion(tokenize(out)) {
		return text
	}
	return out
}

// linkRe matches a pasted link.
var linkRe = regexp.MustCompile(`(?i)\bhttps?://\S+|\bwww\.\S+|\b(bit\.ly|t\.co|s\.id|tinyurl\.com)/\S+`)

// noiseRes match what a hostile or noisy message wraps its question in:
// code blocks, HTML tags, mass mentions, pasted links, SQL, and the
// openers of prompt injections ("ignore all previous instructions",
// "kamu sekarang DAN", "SYSTEM OVERRIDE:"). None of it is asked about,
// and its words in capitals ("DROP TABLE", "DAN") were names no article
// holds.
var noiseRes = []*regexp.Regexp{
	regexp.MustCompile("(?s)```.*?(```|$)"),
	regexp.MustCompile(`</?[a-zA-Z][^<>]{0,200}>`),
	regexp.MustCompile(`(?i)@(everyone|here)\b`),
	linkRe, // a pasted link
	regexp.MustCompile(`(?i)['"]?\s*;?\s*\b(drop|delete|truncate)\s+(table|from|database)\b[^;?]{0,80};?\s*(--)?`),
	regexp.MustCompile(`(?i)\b(abaikan|lupakan|ignore|disregard|forget)\s+(semua\s+|all\s+)?(the\s+)?(instruksi|perintah|aturan|previous|prior|above|your)\b[^.:!?>]{0,60}[.:!>]*`),
	regexp.MustCompile(`(?i)\b(kamu|anda|you)\s+(sekarang|are\s+now)\s+(adalah\s+|a\s+|an\s+)?(dan|bot|ai|asisten|assistant|jailbroken|unfiltered)\b[^.:!?>]{0,60}[.:!>]*`),
	regexp.MustCompile(`(?i)\b(system\s+override|do\s+anything\s+now|dan\s+knows\s+everything|answer\s+now|jawab\s+sekarang)\b[.:!>]*`),
}

// fillerRe matches a speaker's fillers ("eee", "anu", "hmm") and a
// self-correction with what it corrects ("Donetsk, eh bukan, ..."), as
// a transcribed voice message or a call-in question has them.
var fillerRe = regexp.MustCompile(`(?i)\b(e{2,}h*m*|eh?m{2,}|anu|hmm+|u+m+|uh+m*)\b[,.]*|[^,?.!]{1,40},\s*(eh\s+bukan|eh\s+salah|bukan\s+bukan|i\s+mean)\s*,`)

// withoutFillers drops fillerRe's fillers and corrected slips, unless
// nothing that asks is left.
func withoutFillers(text string) string {
	out := strings.Join(strings.Fields(fillerRe.ReplaceAllString(text, " ")), " ")
	if out == strings.Join(strings.Fields(text), " ") || !holdsQuestion(tokenize(out)) {
		return text
	}
	return out
}

// withoutNoise drops the noise of noiseRes, unless nothing that asks is
// left.
func withoutNoise(text string) string {
	out := text
	for _, re := range noiseRes {
		out = re.ReplaceAllString(out, " ")
	}
	if out == text || !holdsQuestion(tokenize(out)) {
		return text
	}
	return strings.TrimSpace(out)
}

// forwardRe matches the marks of a chain message pasted in to be checked:
// "MOHON DISEBARKAN", "Info dari grup sebelah", "pesan berantai", "ini
// dari WA tante", "Auntie's forward", "please spread".
var forwardRe = regexp.MustCompile(`(?i)\b(mohon|tolong|harap)\s+(di)?(sebar(kan)?|share|viral(kan)?|cek|check)\b|\bsebarkan\b|\bpesan\s+berantai\b|\binfo\s+(dari\s+)?(grup|group|wag)\b|\b(ini\s+)?(dari|from)\s+(wa|whatsapp)(\s+(tante|om|bude|pakde|ibu|bapak|mama|papa|grup|group|keluarga|family|kantor))?\b|\bforward(ed)?\b|\bbroadcast\b|\bplease\s+(spread|share)\b`)

// segmentEndRe ends a segment of a message: a sentence's end (however many
// marks) or a dash set apart.
var segmentEndRe = regexp.MustCompile(`[.!?‼⁉…]+["'”’)\]]*(\s+|$)|\s+[—–]\s+|\s+--\s+`)

// withoutForward keeps, of a chain message pasted in with a question
// about it ("PERWIRA KORUT TEWAS DI MOSKOW!!! SEBARKAN!!! — sebenarnya
// tanggal berapa serangan ... itu?"), the last segment that asks, when it
// asks in four words or more: the chain's claim is what is in doubt, and
// its wrong place, date or figure would clash with the quote that
// answers. A message is a chain when it carries forwardRe's marks, or
// when a segment shouted in capitals asks nothing.
func withoutForward(text string) string {
	var segments []string
	start := 0
	for _, loc := range segmentEndRe.FindAllStringIndex(text, -1) {
		segments = append(segments, text[start:loc[1]])
		start = loc[1]
	}
	if start < len(text) {
		segments = append(segments, text[start:])
	}
	if len(segments) < 2 {
		return text
	}
	chain := forwardRe.MatchString(text)
	asked := ""
	for _, seg := range segments {
		toks := tokenize(seg)
		switch {
		case holdsQuestion(toks):
			asked = seg
		case shouted(seg, toks):
			chain = true
		}
	}
	if !chain || asked == "" {
		return text
	}
	asked = strings.Join(strings.Fields(forwardRe.ReplaceAllString(asked, " ")), " ")
	if toks := tokenize(asked); len(toks) < 4 || !holdsQuestion(toks) {
		return text
	}
	return strings.TrimLeft(asked, ",;: ")
}

// shouted reports whether a segment of four words or more is written in
// capitals.
func shouted(seg string, toks []token) bool {
	return len(toks) >= 4 && strings.ToUpper(seg) == seg && strings.ToLower(seg) != seg
}

// frameRe matches a frame opening a question, up to its comma: "Dalam
// konteks hukum humaniter, ...", "Dari perspektif geopolitik, ...", "In
// the context of international law, ...".
var frameRe = regexp.MustCompile(`(?i)^\s*(dalam\s+(konteks|kerangka|perspektif)|dari\s+(sudut\s+pandang|perspektif|kacamata)|ditinjau\s+dari|in\s+the\s+context\s+of|from\s+the\s+(perspective|standpoint)\s+of)\b[^,?]{0,120},\s*`)

// fieldWords name a field of study or of law: a frame holding one names
// where the asker stands ("menurut Konvensi Jenewa" was a source no
// article cites), while a frame without one sets the scene the answer
// shares ("Dalam konteks eskalasi ketegangan di Semenanjung Korea, ...").
var fieldWords = setOf("hukum", "humaniter", "yuridis", "konvensi", "geopolitik", "geopolitis", "diplomasi", "akademis", "akademik",
	"teori", "teoretis", "teoritis", "kajian", "studi", "ilmu", "law", "legal", "geopolitical", "academic", "theory", "humanitarian")

// withoutFrame drops a field's frame opening the question, when what
// follows asks.
func withoutFrame(text string) string {
	loc := frameRe.FindStringIndex(text)
	if loc == nil || !slices.ContainsFunc(tokenize(text[:loc[1]]), func(t token) bool { return fieldWords[t.Fold] }) || !holdsQuestion(tokenize(text[loc[1]:])) {
		return text
	}
	return text[loc[1]:]
}

// epithets are the epithets chat gives countries that news does not
// ("Negeri Paman Kim", "Negeri Para Mullah"), after "negeri", with the
// name each is read as. The epithets news does write ("Negeri Ginseng")
// are synonyms of their country instead (vocab's synonyms.tsv).
var epithets = map[string]string{"paman kim": "Korea Utara", "pertapa": "Korea Utara", "para mullah": "Iran"}

// epithetRe matches "negeri" and one of epithets, however spaced.
var epithetRe = func() *regexp.Regexp {
	var alts []string
	for e := range epithets {
		alts = append(alts, strings.ReplaceAll(e, " ", `\s+`))
	}
	return regexp.MustCompile(`(?i)\bnegeri\s+(` + strings.Join(alts, "|") + `)\b`)
}()

// withEpithets replaces the epithets of epithetRe by their names: their
// words ("negeri", "paman") would match everywhere.
func withEpithets(text string) string {
	return epithetRe.ReplaceAllStringFunc(text, func(m string) string {
		return epithets[strings.Join(strings.Fields(strings.ToLower(m))[1:], " ")]
	})
}

// withoutDateGuess drops the date the asker guesses after the question,
// asked as a question of its own ("... diteken th brp? '23?", "... tgl
// brp? 14-10-2024?", "... kapan? Jumat 11 Okt?"): a guess, not a detail the
// answer must hold, and a wrong one clashed with the quote's date. Only a
// last question of dates, years, months or days and particles goes, and
// only when the question before it asks.
func withoutDateGuess(text string) string {
	body := strings.TrimRight(text, " ?!")
	cut := strings.LastIndex(body, "?")
	if cut < 0 || len(body) == len(strings.TrimRight(text, " ")) {
		return text // one question, or no question mark at the end
	}
	rest := tokenize(body[cut+1:])
	if len(rest) == 0 || len(rest) > 5 || !holdsQuestion(tokenize(body[:cut])) {
		return text
	}
	dated := false
	for _, t := range rest {
		switch {
		case dateGuessWords[t.Fold] || weekdays[t.Fold] || monthNumbers[t.Fold] > 0 || yearLike(t.Fold) || shortDateRe.MatchString(t.Surface):
			dated = true
		case guessParticles[t.Fold] || isDigit(t.Fold):
		default:
			return text
		}
	}
	if !dated {
		return text
	}
	return body[:cut+1]
}

// shortDateRe matches a date or a year as chat writes it: "14-10-2024",
// "7/10", "'23".
var shortDateRe = regexp.MustCompile(`^(\d{1,2}[-/.]\d{1,2}([-/.]\d{2,4})?|['’]\d\d)$`)

// dateGuessWords are the month abbreviations and English months a guessed
// date is written with.
var dateGuessWords = setOf("jan", "feb", "mar", "apr", "jun", "jul", "agu", "agt", "ags", "aug", "sep", "sept", "okt", "oct", "nov", "des", "dec",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")

// guessParticles are the words around a guess: "2023 ya?", "0 kah?",
// "Juni atau Juli?".
var guessParticles = setOf("ya", "yah", "kah", "kan", "gak", "ga", "gk", "bukan", "atau", "ato", "apa", "kali", "mungkin", "sih", "tuh", "bener", "benar", "tgl", "tanggal", "th", "thn", "tahun", "bulan", "hari", "or", "maybe",
	"pagi", "siang", "sore", "malam", "dini") // "Jumat malam 11/10?"

// dictatedMarkRe matches punctuation spoken into a phone's voice typing
// and written out as words at the end of a question: "... berapa kilo dari
// perbatasan titik", "... whats the photographer name question mark".
var dictatedMarkRe = regexp.MustCompile(`(?i)(\s+(tanda\s+tanya|tanda\s+seru|titik|koma|question\s+mark|full\s+stop|period|exclamation\s+mark))+\s*$`)

// withoutDictatedMarks drops the punctuation a dictated question ends
// with, written as words, unless nothing else is left.
func withoutDictatedMarks(text string) string {
	out := dictatedMarkRe.ReplaceAllString(text, "")
	if len(tokenize(out)) < 2 {
		return text
	}
	return out
}

// shortYearRe matches a year written with an apostrophe and its last two
// digits: "Feb '25", "in ’24".
var shortYearRe = regexp.MustCompile(`(^|[\s(])['‘’](\d\d)\b`)

// withFullYears writes a year shortened with an apostrophe in full, as the
// articles do: "Feb '25" is February 2025 ("'98", a year of the last
// century, 1998), not the 25th of February.
func withFullYears(text string) string {
	return shortYearRe.ReplaceAllStringFunc(text, func(m string) string {
		sub := shortYearRe.FindStringSubmatch(m)
		century := "20"
		if sub[2] >= "50" {
			century = "19"
		}
		return sub[1] + century + sub[2]
	})
}

// Radio talk: a callsign to a callsign ("Bravo-3 ke Alfa,", "Hotel-7 to
// base:", "Base, this is Nomad-3, requesting intel:"), a report's opener
// ("Ijin monitor,", "Lapor,") and the words closing a transmission after
// the question ("Ganti.", "Copy, over.", "Roger, ganti.").
var (
	callsign     = `(?:\pL+-\d+|(?:alfa|alpha|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliet|kilo|lima|mike|oscar|papa|romeo|sierra|tango|victor|whiskey|yankee|zulu|base|sentral|central|posko|pangkalan|control|kontrol|markas|hq)(?:-\d+)?)`
	radioOpenRe  = regexp.MustCompile(`(?i)^\s*(` + callsign + `\s+(ke|to)\s+` + callsign + `|` + callsign + `\s*,\s*this\s+is\s+` + callsign + `)\s*[,:]\s*((requesting|request)\s+(intel|info|information)\s*[,:]\s*)?|^\s*((ijin|izin)\s+(monitor|lapor)|lapor|monitor|requesting\s+intel)\s*[,:]\s*`)
	radioCloseRe = regexp.MustCompile(`(?i)([?.,!])(\s*\b(ganti|over|copy|roger|out|wilco|86|mohon\s+petunjuk|dimengerti)\b[.,!]*)+\s*$`)
)

// withoutRadioTalk drops a radio operator's callsigns, openers and
// closings around the question: "Bravo-3 ke Alfa, terminal minyak ...
// dekat kota apa? Ganti." asks which town.
func withoutRadioTalk(text string) string {
	out := radioCloseRe.ReplaceAllString(text, "$1")
	out = radioOpenRe.ReplaceAllString(out, "")
	if !holdsQuestion(tokenize(out)) && holdsQuestion(tokenize(text)) {
		return text
	}
	return out
}

// slipFixRe finds the words that correct a slip in the message
// itself: ", sorry,", ", eh", "... eh bukan,", ", I mean", "-- typo,",
// ", maksudku", a line opening "koreksi:" or "ralat:", or a star before
// the right word ("Korut *Korsel").
var slipFixRe = regexp.MustCompile(`(?i)(\s*(\.\.\.|…|,|--|—|–)\s*(sorry|i mean|err|oops|typo|eh bukan|eh salah|eh maksudku|eh maksudnya|eh maksud saya|eh|maksudku|maksudnya|maksud saya|salah ketik)\b\s*[,:]?\s*|\s*\n\s*(koreksi|ralat|correction)\s*:\s*|\s+\*(\pL))`)

// correctionEnd ends the right words a correction gives: a comma, a
// question mark, a stop, a new line, or "maksudnya" after them.
var correctionEnd = regexp.MustCompile(`(?i)\s*([,?!.\n]|\s(maksudnya|maksudku|ya)\b|$)`)

// withCorrections puts the right words a message gives for a slip in
// place of the slip: "Siapa gubernur Zaporizhzhia, eh maksudku gubernur
// Kursk?" asks about Kursk's governor, "... teknologi apa dari
// Beijing?\nkoreksi: dari Moskow" what comes from Moscow. The slip is the
// words before the correction that its first word opens ("in Donetsk, I
// mean in Kursk"), that end with its last word ("the Iraqi president --
// typo, Iranian president"), or the name they end with ("Japan's, sorry,
// South Korea's claim"); without one of them the message stays.
func withCorrections(text string) string {
	loc := slipFixRe.FindStringSubmatchIndex(text)
	if loc == nil || loc[0] == 0 {
		return text
	}
	start := loc[1]
	if loc[10] >= 0 {
		start = loc[10] // "*Korsel": the star's word
	}
	end := start + correctionEnd.FindStringIndex(text[start:])[0]
	right := tokenize(text[start:end])
	if len(right) > 4 && capitalised(right[0].Surface) {
		// "sorry, South Korea's claim that ...": the name is the right word
		k := 1
		for k < len(right) && (capitalised(right[k].Surface) || right[k].Fold == "s") {
			k++
		}
		end, right = start+right[k-1].End, right[:k]
	}
	before := strings.TrimRight(text[:loc[0]], " ?!.")
	toks := tokenize(strings.TrimSuffix(strings.TrimSuffix(before, "'s"), "’s")) // "Japan's, sorry, South Korea's claim"
	if len(right) == 0 || len(right) > 4 || len(toks) == 0 {
		return text
	}
	from := -1
	switch {
	case len(right) > 1 && slices.ContainsFunc(toks, func(t token) bool { return t.Fold == right[0].Fold }):
		// "in Donetsk, I mean in Kursk": from the last "in"
		for i := len(toks) - 1; i >= 0; i-- {
			if toks[i].Fold == right[0].Fold {
				from = i
				break
			}
		}
	case toks[len(toks)-1].Fold == right[len(right)-1].Fold && len(toks) >= len(right):
		from = len(toks) - len(right) // "the Iraqi president -- typo, Iranian president"
	case capitalised(toks[len(toks)-1].Surface) && capitalised(right[0].Surface):
		from = len(toks) - 1 // a name for a name: "Jepang, eh Korea Selatan"
		for from > 0 && capitalised(toks[from-1].Surface) && from > len(toks)-4 {
			from--
		}
		if from == 0 {
			from = len(toks) - 1 // the message's first word opens a sentence
		}
	}
	if from < 0 || len(toks)-from > 4 {
		return text
	}
	rest := text[end:]
	if loc[8] >= 0 || strings.TrimSpace(rest) == "" {
		rest = text[len(before):loc[0]] + rest // keep the question mark the slip had before the correcting line
	}
	rest = strings.TrimLeft(correctionTail.ReplaceAllString(rest, ""), " ")
	if rest != "" && !strings.ContainsAny(rest[:1], ",?!.") {
		rest = " " + rest
	}
	return text[:toks[from].Start] + text[start:end] + rest
}

// correctionTail is the "maksudnya" a correction may end with.
var correctionTail = regexp.MustCompile(`(?i)^\s*(maksudnya|maksudku)\b`)

// slashDateRe finds a date written with slashes or dots, day first as
// Indonesians and Europeans write it: "28/4", "28/04/2025", "28.04.2025"
// (dots only with a year: "1.5" is a number).
var slashDateRe = regexp.MustCompile(`(^|[\s(])(\d{1,2})(?:/(\d{1,2})(?:/(\d{4}|\d\d))?|\.(\d{1,2})\.(\d{4}))($|[\s),.?!;:])`)

// withSlashDates writes a date given in digits as news writes it in
// words, "28/4" as "28 April", "28.04.2025" as "28 April 2025", so that it
// is one date, matched in both ways news writes it ("28 April", "(28/4)"),
// not two numbers. A common fraction ("1/2", "3/4") and "24/7" stay.
func withSlashDates(text string) string {
	return slashDateRe.ReplaceAllStringFunc(text, func(m string) string {
		sub := slashDateRe.FindStringSubmatch(m)
		month, year := sub[3], sub[4]
		if sub[5] != "" {
			month, year = sub[5], sub[6]
		}
		if notDates[sub[2]+"/"+month] && year == "" {
			return m
		}
		d, _ := strconv.Atoi(sub[2])
		mo, _ := strconv.Atoi(month)
		if mo > 12 {
			d, mo = mo, d // "4/28", month first as Americans write it
		}
		if d < 1 || d > 31 || mo < 1 || mo > 12 {
			return m
		}
		out := strconv.Itoa(d) + " " + strings.ToUpper(monthNames[mo][:1]) + monthNames[mo][1:]
		switch len(year) {
		case 4:
			out += " " + year
		case 2:
			out += " 20" + year
		}
		return sub[1] + out + sub[7]
	})
}

// notDates are slashed numbers that are no date without a year.
var notDates = setOf("1/2", "1/3", "2/3", "1/4", "3/4", "1/5", "1/10", "24/7")

// withoutSourceText drops a pointer to the text the question is about,
// unless nothing else is left.
func withoutSourceText(text string) string {
	loc := sourceTextRe.FindStringIndex(text)
	if loc == nil {
		return text
	}
	before, after := strings.TrimRight(text[:loc[0]], " "), strings.TrimLeft(text[loc[1]:], " ")
	if after != "" && isDigit(after[:1]) {
		return text // "in Article 4 of the treaty" points at no worksheet text
	}
	out := before + " " + after
	if before == "" || after == "" || strings.ContainsAny(after[:1], "?!.,;:") {
		out = before + after
	}
	if len(tokenize(out)) < 2 {
		return text
	}
	return strings.TrimSpace(out)
}

// Recency frames: the asker wants the newest the stories tell ("Kabar
// terbaru, ...", "Data paling baru: ...", "Klaim terbaru Rusia ...", "the
// most recent figure"), a wish the quotes' dates answer, not words a story
// says. A product's "album terbaru" is what is asked for and stays.
var (
	recencyPhrases = phrases("terbaru", "terkini", "teranyar", "terupdate", "paling baru", "paling anyar",
		"paling update", "paling akhir", "latest", "most recent", "newest", "most up-to-date", "most up to date")
	// newsNouns name news or an event whose newest the asker wants.
	newsNouns = setOf("berita", "kabar", "info", "informasi", "update", "perkembangan", "laporan", "data", "pernyataan", "klaim",
		"angka", "jumlah", "estimasi", "perkiraan", "serangan", "pertemuan", "kunjungan", "keterangan", "temuan", "situasi",
		"news", "report", "reports", "figure", "figures", "estimate", "estimates", "count", "number", "numbers",
		"information", "statement", "claim", "claims", "updates", "attack", "strike", "meeting", "visit")
	// newsFrames are the news nouns that only frame ("Berita terakhir
	// dari Zaporizhzhia: ...") and go with the recency word.
	newsFrames = setOf("berita", "kabar", "info", "informasi", "update", "perkembangan", "news", "updates")
)

// withoutRecency drops recency frames: a recency word opening a sentence,
// before a verb ("yang paling baru diratifikasi") or within three words
// after a news noun, or before one in English ("the latest estimate"), and
// "terakhir" right after a news noun ("berita terakhir"); a news noun
// that only frames goes with it.
func withoutRecency(text string) string {
	toks := tokenize(text)
	var cuts [][2]int
	for i := 0; i < len(toks); i++ {
		n := 0
		for _, p := range recencyPhrases {
			if len(p) > n && phraseAt(toks, i, p) {
				n = len(p)
			}
		}
		if n == 0 && toks[i].Fold == "terakhir" && i > 0 && newsNouns[toks[i-1].Fold] {
			n = 1
		}
		if n == 0 || !recencyFrame(text, toks, i, n) {
			continue
		}
		start := toks[i].Start
		if i > 0 && newsFrames[toks[i-1].Fold] && !strings.ContainsAny(text[toks[i-1].End:start], ",.:;?!") {
			start = toks[i-1].Start
		}
		cuts = append(cuts, [2]int{start, toks[i+n-1].End})
		i += n - 1
	}
	if cuts == nil {
		return text
	}
	var b strings.Builder
	last := 0
	for _, c := range cuts {
		b.WriteString(text[last:c[0]])
		last = c[1]
	}
	b.WriteString(text[last:])
	out := strings.Join(strings.Fields(b.String()), " ")
	out = strings.TrimLeft(out, ",:;- ")
	if !holdsQuestion(tokenize(out)) {
		return text
	}
	return out
}

// recencyFrame reports whether the recency phrase of n words at toks[i]
// frames the question rather than names what is asked for.
func recencyFrame(text string, toks []token, i, n int) bool {
	if toks[i].Fold == "terakhir" {
		return true // after a news noun, checked by the caller
	}
	if opensSentence(text, toks, i) {
		return true
	}
	if j := i + n; j < len(toks) && (isVerb(toks[j].Fold) || vocab.IsEnglish(text) && (newsNouns[toks[j].Fold] || j+1 < len(toks) && newsNouns[toks[j+1].Fold])) {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if newsNouns[toks[k].Fold] {
			return true
		}
		if opensSentence(text, toks, k) {
			break
		}
	}
	return false
}
