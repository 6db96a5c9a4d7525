package vocab

import (
	"slices"
	"strings"
)

// AnswerType is the kind of answer a question asks for.
type AnswerType int

const (
	Unknown AnswerType = iota
	Number             // berapa, how many
	Date               // kapan, tahun berapa, when, what year; times of day too
	Person             // siapa, who
	Place              // di mana, where
	Reason             // mengapa, kenapa, why
	Manner             // bagaimana, how
	Thing              // apa, what, which, "apakah nama …"
	YesNo              // "apakah Korea Utara mengirim …", "did …"
)

var answerTypeNames = [...]string{"Unknown", "Number", "Date", "Person", "Place", "Reason", "Manner", "Thing", "YesNo"}

func (t AnswerType) String() string {
	if t >= 0 && int(t) < len(answerTypeNames) {
		return answerTypeNames[t]
	}
	return "AnswerType(?)"
}

// questionPhrases are multi-word question forms, matched before single words.
// Every word of a phrase is a question word the caller drops from its query.
var questionPhrases = []struct {
	words []string
	t     AnswerType
}{
	{[]string{"faktor", "apa", "yang", "menyebabkan"}, Reason},
	{[]string{"apa", "yang", "menyebabkan"}, Reason},
	{[]string{"apa", "yang", "membuat"}, Thing}, // "apa yang bikin suasana makin panas": "membuat" is the frame
	{[]string{"apa", "yang", "bikin"}, Thing},
	{[]string{"apa", "penyebab"}, Reason},
	{[]string{"apakah", "penyebab"}, Reason},
	{[]string{"apa", "alasan"}, Reason},
	{[]string{"apakah", "alasan"}, Reason},
	{[]string{"apa", "sebab"}, Reason},
	{[]string{"apa", "pemicu"}, Reason},
	{[]string{"apakah", "pemicu"}, Reason},
	// The cause first: "penyebabnya apa?", "alasannya apa saja?".
	{[]string{"penyebab", "apa"}, Reason},
	{[]string{"penyebabnya", "apa"}, Reason},
	{[]string{"alasan", "apa"}, Reason},
	{[]string{"alasannya", "apa"}, Reason},
	{[]string{"sebabnya", "apa"}, Reason},
	{[]string{"apa", "penyebabnya"}, Reason},
	{[]string{"apa", "alasannya"}, Reason},
	{[]string{"apa", "sebabnya"}, Reason},
	{[]string{"faktor", "apa"}, Reason},
	{[]string{"karena", "apa"}, Reason},
	{[]string{"gara", "apa"}, Reason},
	{[]string{"tahun", "berapa"}, Date},
	{[]string{"tanggal", "berapa"}, Date},
	{[]string{"bulan", "apa"}, Date},
	{[]string{"bulan", "berapa"}, Date}, // "bulan berapa" asks which month; "berapa bulan", how many
	{[]string{"hari", "apa"}, Date},
	{[]string{"jam", "berapa"}, Date},
	{[]string{"pukul", "berapa"}, Date},
	{[]string{"abad", "ke", "berapa"}, Date},
	{[]string{"abad", "berapa"}, Date},
	{[]string{"abad", "keberapa"}, Date},
	{[]string{"abad", "keberapakah"}, Date},
	{[]string{"dari", "manakah"}, Place},
	{[]string{"ke", "manakah"}, Place},
	{[]string{"di", "mana"}, Place},
	{[]string{"di", "manakah"}, Place},
	{[]string{"ke", "mana"}, Place},
	{[]string{"dari", "mana"}, Place},
	{[]string{"yang", "mana"}, Thing},
	{[]string{"sejauh", "mana"}, Manner},  // how far, to what extent: no place
	{[]string{"macam", "mana"}, Manner},   // Malay's "how"
	{[]string{"seperti", "mana"}, Manner}, // Medan's "kek mana", Palembang's "cak mano"
	{[]string{"yok", "apa"}, Manner},      // Surabaya's "yok opo"
	{[]string{"how", "many"}, Number},
	{[]string{"how", "much"}, Number},
	{[]string{"how", "long"}, Number},
	{[]string{"how", "old"}, Number},
	{[]string{"how", "often"}, Number},
	{[]string{"how", "far"}, Number},
	{[]string{"how", "big"}, Number},
	{[]string{"how", "large"}, Number},
	{[]string{"how", "high"}, Number},
	{[]string{"how", "tall"}, Number},
	{[]string{"how", "wide"}, Number},
	{[]string{"how", "deep"}, Number},
	{[]string{"what", "year"}, Date},
	{[]string{"which", "year"}, Date},
	{[]string{"what", "date"}, Date},
	{[]string{"what", "day"}, Date},
	{[]string{"what", "month"}, Date},
	{[]string{"what", "time"}, Date},
	{[]string{"in", "what", "year"}, Date},
	{[]string{"what", "reason"}, Reason}, // "What reason did analysts give for ...": why
	{[]string{"what", "reasons"}, Reason},
}

// questionWords are single question words, with their chat and -kah forms.
var questionWords = map[string]AnswerType{
	"berapa": Number, "berapakah": Number, "keberapa": Number, "keberapakah": Number, "brp": Number, "brapa": Number, "brpa": Number, "seberapa": Number,
	"kapan": Date, "kapankah": Date, "bilamana": Date, "bilamanakah": Date, "kpn": Date, "when": Date,
	"siapa": Person, "siapakah": Person, "sapa": Person, "who": Person, "whom": Person, "whose": Person,
	"dimana": Place, "dimanakah": Place, "dmn": Place, "kemana": Place, "kmn": Place,
	"darimana": Place, "darimanakah": Place, "where": Place,
	"mengapa": Reason, "mengapakah": Reason, "kenapa": Reason, "knp": Reason, "ngapa": Reason, "napa": Reason, "why": Reason,
	"bagaimana": Manner, "bagaimanakah": Manner, "gimana": Manner, "gmn": Manner, "bgmn": Manner, "how": Manner,
	"apa": Thing, "apaan": Thing, "what": Thing, "which": Thing,
}

// englishAux open an English yes/no question ("Did North Korea send …?").
var englishAux = setOf(`is are was were do does did has have had can could will would`)

// IsEnglishAuxiliary reports whether w, lower case, is an English
// auxiliary verb: one opens a yes/no question, and one ends the noun
// phrase "how many" counts ("How many troops has North Korea sent?").
func IsEnglishAuxiliary(w string) bool { return englishAux[w] }

// IsQuestionWord reports whether w, lower case, is a single question word
// ("apa", "berapa", "kapan", "siapa", "where").
func IsQuestionWord(w string) bool {
	_, ok := questionWords[w]
	return ok
}

// thingHeads are nouns that make "apakah" ask for a thing ("Apakah nama …",
// "Apakah kepanjangan …") rather than yes or no.
var thingHeads = setOf(`nama maksud arti definisi pengertian kepanjangan singkatan jenis
	judul bahan warna fungsi sifat penyebab alasan tujuan isi tema gelar julukan istilah
	bentuk bahasa agama pendidikan sumber kandungan makanan gejala hukum negara
	panggilan karya album buku mata kota ibukota lembaga organisasi perusahaan
	manfaat ciri contoh hasil tugas peran dampak akibat cara nomor nilai jumlah`)

// yesNoMarkers suggest "apakah" asks for yes or no ("Apakah Rusia sudah …").
var yesNoMarkers = setOf(`sudah telah pernah akan masih benar betul bisa dapat boleh
	sedang tidak belum memang ada termasuk merupakan benarkah`)

// QuestionType recognises the question words in tokens (Indonesian, English
// and chat forms) and returns the kind of answer they ask for and the indexes
// of the tokens that are question words, so the caller can drop them from its
// term query. Tokens are matched case-insensitively with surrounding
// punctuation ignored ("kapan?"). The first question word decides the type.
//
// "apakah" opening a question is Thing when a noun such as nama, arti or
// kepanjangan or "yang" follows ("Apakah nama bandara di Medan?"), which is
// how most questions in the evaluation sets use it, and YesNo when a verb or
// aspect word comes before any "yang" ("Apakah Rusia sudah mengirim …?");
// elsewhere in a question ("Kepala badan apakah …") it is Thing. An English
// auxiliary opening a question without a wh-word is YesNo. A lone "mana"
// or "manakah" ("Di wilayah mana …", "Dari negara manakah …") asks for a
// Place; "adakah" opening a question is YesNo. "Bagaimana" with a verb of
// naming ("Bagaimana Kim menyebut mereka?") asks for the name: Thing.
func QuestionType(tokens []string) (AnswerType, []int) {
	words := make([]string, len(tokens))
	for i, t := range tokens {
		if len(t) <= maxPhraseBytes {
			w := strings.Trim(validLower(t), ".,;:!?()\"'")
			// "what's", "who's": the question word and "is".
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			words[i] = w
		}
	}
	t := Unknown
	var idx []int
	decide := func(at AnswerType) {
		if t == Unknown {
			t = at
		}
	}
	for i := 0; i < len(words); {
		if relativeWhere(words, i) {
			// "The strike near Donetsk where the officers died, at which
			// date was it?": the later question word asks.
			idx = append(idx, i)
			i++
			continue
		}
		if n, at := matchQuestionPhrase(words, i); n > 0 {
			decide(at)
			for j := i; j < i+n; j++ {
				idx = append(idx, j)
			}
			i += n
			continue
		}
		w := words[i]
		switch {
		case placeAskedWithApa(words, i):
			decide(Place) // "di kota apa", "dari negara apa": a place, as "di kota mana" is
			idx = append(idx, i)
		case w == "apakah" || w == "apkh":
			decide(apakahType(words, i))
			idx = append(idx, i)
		case w == "adakah" && i == 0:
			decide(YesNo)
			idx = append(idx, i)
		case w == "mana" || w == "manakah":
			decide(Place)
			idx = append(idx, i)
		case w == "when" && i > 1 && englishAux[words[0]] && !knowWords[words[i-1]]:
			// "Was anyone killed when drones hit …?": a clause of time in
			// a yes/no question, unless it is known or told ("do you
			// know when …").
			idx = append(idx, i)
		default:
			if at, ok := questionWords[w]; ok {
				decide(at)
				idx = append(idx, i)
			}
		}
		i++
	}
	// "What is the total number of …": an English what-question asking for
	// an amount asks how many; the amount words are part of the frame.
	if t == Thing {
		if at := amountAsked(words, idx); len(at) > 0 {
			t = Number
			idx = append(idx, at...)
		}
	}
	// "Seberapa parah ...", "seberapa disiplin ...": a degree, said in
	// words ("sangat disiplin", "tidak ada korban jiwa"); only a measure
	// ("seberapa jauh", "seberapa banyak") asks for a number.
	if t == Number {
		if i := slices.Index(words, "seberapa"); i >= 0 && i+1 < len(words) && (!measures[strings.TrimSuffix(words[i+1], "kah")] || i+2 < len(words) && DegreeNouns[words[i+2]]) {
			t = Manner // "seberapa tinggi kemungkinan ...": a likelihood, no height
		}
	}
	// "Bagaimana Kim menyebut mereka?", "How did he call them?": the name
	// given, not a manner.
	if t == Manner && slices.ContainsFunc(words, func(w string) bool { return namingVerbs[w] }) {
		t = Thing
	}
	// Malay's "bila" is "kapan" where nothing else asks ("Bila Kim
	// melawat Moscow?", "... berlaku bila?"); in Indonesian it is "if".
	if t == Unknown && len(words) > 1 && (words[0] == "bila" || words[len(words)-1] == "bila") {
		t = Date
		if words[0] == "bila" {
			idx = append([]int{0}, idx...)
		} else {
			idx = append(idx, len(words)-1)
		}
		return t, idx
	}
	// Lampung's "api" is "apa" where it closes a question that has no
	// other question word ("NIS tu singkatan jak api yo?"); elsewhere it
	// is Indonesian's fire.
	if t == Unknown && len(words) > 1 {
		last := len(words) - 1
		if closingParticles[words[last]] {
			last--
		}
		if last > 0 && words[last] == "api" {
			return Thing, append(idx, last)
		}
	}
	if t == Unknown && len(words) > 1 && englishAux[words[0]] {
		t = YesNo
		idx = append([]int{0}, idx...)
	}
	return t, idx
}

// closingParticles are the chat particles that may follow the question
// word closing a question: "... jak api yo?".
var closingParticles = map[string]bool{"yo": true, "ya": true, "sih": true, "kak": true, "bang": true}

// placeAskedWithApa reports whether words[i] is "apa" or "apakah" after a
// kind of place that di, ke or dari opens: "di kota apa", "ke negara
// apakah".
func placeAskedWithApa(words []string, i int) bool {
	if i < 2 || words[i] != "apa" && words[i] != "apakah" {
		return false
	}
	return locatives[words[i-2]] && placeNouns[words[i-1]]
}

var (
	locatives  = setOf(`di ke dari`)
	placeNouns = setOf(`kota desa kampung negara negeri provinsi wilayah daerah kabupaten kecamatan
		pulau oblast kawasan benua distrik`)
)

// amountAsked returns the indexes of the amount words ("number", "total")
// among the seven words after "what"/"which", or nil.
func amountAsked(words []string, idx []int) []int {
	for _, i := range idx {
		if words[i] != "what" && words[i] != "which" {
			continue
		}
		var at []int
		for j := i + 1; j < len(words) && j <= i+7; j++ {
			if amountWords[words[j]] {
				at = append(at, j)
			}
		}
		return at
	}
	return nil
}

// namingVerbs give something a name or a label.
var namingVerbs = setOf(`menyebut menyebutnya menjuluki memanggil menamai menamakan call`)

// measures are the adjectives of a measure: "seberapa jauh" asks for a
// distance, "seberapa banyak" for a count. FigureMeasures are those
// only a figure answers; the others news may say in words too ("sanksi
// berat", "beberapa pertemuan"). Before one of DegreeNouns a measure asks
// a degree: "seberapa tinggi kemungkinan", "seberapa besar dampak".
const figureMeasures = `banyak lama luas tinggi panjang lebar dalam mahal tua`

var (
	FigureMeasures = setOf(figureMeasures)
	measures       = setOf(figureMeasures + ` jauh besar berat sering`)
	DegreeNouns    = setOf(`kemungkinan kemungkinannya risiko risikonya peluang peluangnya potensi tingkat ancaman pengaruh pengaruhnya dampak dampaknya harapan ketegangan`)
)

// relativeWhere reports whether words[i] is an English "where" that
// opens a relative clause after a noun ("the strike near Donetsk where
// the officers died") while a later question word asks what the
// question does: it asks nothing itself.
func relativeWhere(words []string, i int) bool {
	if words[i] != "where" || i == 0 || knowWords[words[i-1]] || englishAux[words[i-1]] || relativeOpeners[words[i-1]] {
		return false
	}
	for j := i + 1; j < len(words); j++ {
		if n, _ := matchQuestionPhrase(words, j); n > 0 {
			return true
		}
		if at, ok := questionWords[words[j]]; ok && at != Place && words[j] != "which" && words[j] != "that" {
			return true
		}
		if words[j] == "which" && j+1 < len(words) && !englishAux[words[j+1]] {
			return true // "at which date"
		}
	}
	return false
}

// relativeOpeners come before a "where" that asks: "tell me where",
// "and where".
var relativeOpeners = setOf(`me us him her them and or but so then wonder wondering see show explain`)

var knowWords = setOf(`know knows knew tell say said remember ask asked sure idea`)

var amountWords = setOf(`number total count amount figure tally toll`)

func matchQuestionPhrase(words []string, i int) (int, AnswerType) {
	for _, p := range questionPhrases {
		if i+len(p.words) > len(words) {
			continue
		}
		ok := true
		for j, w := range p.words {
			// "tahun berapakah" is "tahun berapa"; "faktor apakah", "faktor apa".
			if words[i+j] != w && words[i+j] != w+"kah" {
				ok = false
				break
			}
		}
		if ok {
			return len(p.words), p.t
		}
	}
	return 0, Unknown
}

// apakahType decides between Thing and YesNo for "apakah" at words[i].
func apakahType(words []string, i int) AnswerType {
	if i != 0 || i+1 >= len(words) {
		return Thing
	}
	next := words[i+1]
	if next == "yang" || thingHeads[next] {
		return Thing
	}
	for _, w := range words[i+1:] {
		if w == "yang" {
			break
		}
		if yesNoMarkers[w] || looksLikeVerb(w) {
			return YesNo
		}
	}
	return Thing
}

// notVerbs are common nouns that merely look like meN-/ber-/di- verbs.
var notVerbs = setOf(`menteri mereka media medan merah meter mesin metode melayu menara
	menit merek mesir meksiko berita bersama beras benua bendera bensin dinas diri
	dinasti direktur divisi diplomat dimensi`)

// looksLikeVerb spots the active meN- and ber- and passive di- prefixes.
func looksLikeVerb(w string) bool {
	if len(w) < 6 || notVerbs[w] {
		return false
	}
	for _, p := range []string{"meng", "meny", "mem", "men", "me", "ber", "di"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}
