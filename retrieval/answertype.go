package retrieval

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	idana "github.com/kutip/kutip/retrieval/analysis"
	"github.com/kutip/kutip/retrieval/vocab"
)

// Answer-type evidence: does a window of text hold the kind of thing the
// question asks for (a number for berapa, a date for kapan, ...) beyond
// what the question itself says?

var (
	numberWords = setOf("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas", "belas", "puluh", "ratus", "seratus", "ribu", "seribu", "juta", "miliar", "triliun", "setengah", "separuh")
	dateWords   = setOf("januari", "februari", "pebruari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "nopember", "desember",
		"jan", "feb", "mar", "apr", "jun", "jul", "agu", "agt", "sep", "okt", "nov", "des",
		"senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "kemarin", "lalu", "abad", "dekade", "masehi", "silam",
		"january", "february", "march", "may", "june", "july", "august", "october", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
	months = setOf("januari", "februari", "pebruari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "nopember", "desember",
		"jan", "feb", "mar", "apr", "jun", "jul", "agu", "agt", "sep", "okt", "nov", "des",
		"january", "february", "march", "may", "june", "july", "august", "october", "december")
	weekdays    = setOf("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
	reasonWords = setOf("karena", "akibat", "sebab", "disebabkan", "menyebabkan", "mengakibatkan", "penyebab", "membuat", "lantaran", "sehingga", "dampak", "gara", "berkat", "alasan", "faktor", "because", "due", "supaya", "demi", "bertujuan")
	mannerWords = setOf("cara", "dengan", "melalui", "menggunakan", "lewat", "secara")
	titleWords  = setOf("presiden", "menteri", "gubernur", "jenderal", "ketua", "pemimpin", "direktur", "raja", "ratu", "perdana", "kepala", "panglima", "komandan", "juru", "bupati", "wali", "walikota", "duta", "sekretaris", "kanselir", "pendiri", "penemu", "pencipta", "pelatih", "kapten", "tuan", "nyonya", "dr", "prof", "haji", "kiai", "sultan", "pangeran", "jubir")
	placeWords  = setOf("di", "ke", "dari", "wilayah", "kota", "provinsi", "negara", "kabupaten", "desa", "pulau", "daerah", "kawasan", "benua", "region", "oblast", "distrik", "kecamatan", "teluk", "gunung", "sungai", "selat", "laut", "dekat", "in", "at", "from", "near")
	// yearRe is a four-digit year as dates have them, or a decade
	// written as one word ("1970an"); countYearRe the
	// narrower modern years that a count (berapa) should not take for an
	// answer ("pada 2024"), leaving 1.000 or 1500 troops countable.
	yearRe      = regexp.MustCompile(`^(1\d|20)\d(\d|0an)$`)
	countYearRe = regexp.MustCompile(`^(19|20)\d\d$`)
	dayMonthRe  = regexp.MustCompile(`\b\d{1,2}/\d{1,2}(/\d{2,4})?\b`)
)

// calendarDate reports whether toks date something other than by a
// weekday or "minggu lalu", which date it only from the day the story was
// written: a day and month ("3 Oktober", "28/4"), a month or a year the
// question does not name, a century, an era or an event ("sejak Perang
// Dunia II", "masa Neolitikum", "tiga tahun lalu").
func calendarDate(qa parsedQuestion, text string, toks []token) bool {
	if len(toks) == 0 {
		return false
	}
	if dayMonthRe.MatchString(text[toks[0].Start:toks[len(toks)-1].End]) {
		return true
	}
	return slices.ContainsFunc(toks, func(t token) bool {
		return !qa.QuestionTerms[t.Term] && (months[t.Fold] || yearRe.MatchString(t.Term)) || eraWords[t.Fold]
	})
}

var eraWords = setOf("abad", "dekade", "masehi", "tahun", "silam", "sejak", "setelah", "sebelum", "sesudah", "masa", "zaman", "era", "periode", "since", "after", "before")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// typeMatch reports whether toks, a window of text (their offsets are
// into text), hold an answer of the question's expected type that the
// question does not already hold.
func typeMatch(qa parsedQuestion, text string, toks []token) bool {
	if len(toks) == 0 {
		return false
	}
	isNew := func(t token) bool { return !qa.QuestionTerms[t.Term] }
	switch qa.Type {
	case vocab.Number:
		if qa.Units != nil && qa.Units["tahun"] && spanRe.MatchString(text[toks[0].Start:toks[len(toks)-1].End]) {
			return true // "berapa lama ... menjabat": "dari 1967 sampai 1998"
		}
		if qa.Units["bulan"] && asksHowLong(qa) && (slices.ContainsFunc(toks, func(t token) bool { return t.Fold == "sejak" }) || asksHowLongAgo(qa) && recentTime(toks)) {
			// "How long have Moscow and Pyongyang been allies?": "sejak
			// berdirinya Korea Utara"; "Sudah berapa lama ketegangan
			// meningkat?": "dalam beberapa bulan terakhir".
			return true
		}
		for i := range toks {
			if isCount(qa, text, toks, i) && (!qa.Money || amountOfMoney(text, toks, i)) && (qa.Units == nil || measured(text, toks, i, qa.Units)) {
				return true
			}
			if qa.Units[ageInParentheses] && anniversary(text, toks, i) {
				return true // "merayakan usianya yang ke-60" for "Berapa usia PBB?"
			}
		}
	case vocab.Date:
		if asksForDay(qa) { // "tanggal berapa": a year or a month will not do
			return namesDay(text[toks[0].Start:toks[len(toks)-1].End], toks)
		}
		if asksForMonth(qa) { // "signed in June; in which month ... ratify": a month the question does not name
			return daySlashRe.MatchString(text[toks[0].Start:toks[len(toks)-1].End]) || slices.ContainsFunc(toks, func(t token) bool { return monthNumbers[t.Fold] > 0 && isNew(t) })
		}
		if asksForWeekday(qa) { // "pada hari apa": "hari Rabu", or a date
			return slices.ContainsFunc(toks, func(t token) bool { return weekdays[t.Fold] }) || namesDay(text[toks[0].Start:toks[len(toks)-1].End], toks)
		}
		if dayMonthRe.MatchString(text[toks[0].Start:toks[len(toks)-1].End]) {
			return true
		}
		if qa.Since && slices.ContainsFunc(toks, func(t token) bool { return t.Fold == "sejak" || t.Fold == "since" }) {
			return true // "sejak pendirian Korea Utara" tells since when
		}
		for _, t := range toks {
			if (dateWords[t.Fold] || yearRe.MatchString(t.Term)) && isNew(t) {
				return true
			}
		}
	case vocab.Person:
		for i := 1; i < len(toks); i++ {
			// Not after a place word: "Laut Azov" names a sea; nor after
			// "The": "The Guardian" is a newspaper.
			if nameWord(toks[i]) && isNew(toks[i]) && !countries[toks[i].Fold] && (capitalised(toks[i-1].Surface) || titleWords[toks[i-1].Fold]) && !placeWords[toks[i-1].Fold] && toks[i-1].Fold != "the" && !bodyOrOutlet(text, toks, i) {
				return true
			}
		}
	case vocab.Place:
		// "presiden negara mana" asks an office's country, which names
		// it where no place word leads it ("Presiden Rusia Vladimir
		// Putin", "Menteri Pertahanan Rusia"); a capital standing for
		// its country is none ("ke Pyongyang").
		officesCountry := asksOfficesCountry(qa)
		for i := 1; officesCountry && i < len(toks); i++ {
			if countries[toks[i].Fold] && isNew(toks[i]) && slices.ContainsFunc(toks[max(0, i-3):i], func(t token) bool { return titleWords[t.Fold] }) {
				return true
			}
		}
		for i := 1; i < len(toks); i++ {
			if officesCountry && standsForCountry(toks[i].Fold) {
				continue
			}
			if capitalised(toks[i].Surface) && isNew(toks[i]) && placeWords[toks[i-1].Fold] && (!qa.From || toks[i-1].Fold == "dari") {
				return true
			}
			if kindOfPlace(toks, i) && isNew(toks[i+1]) && !qa.From {
				return true
			}
		}
	case vocab.Thing:
		if qa.Meaning {
			return slices.ContainsFunc(toks, func(t token) bool { return meaningWords[t.Fold] })
		}
	case vocab.Reason:
		for i, t := range toks {
			if reasonWords[t.Fold] || effortFor(toks, i) || consequenceOpens(text, toks, i) {
				return true
			}
		}
	case vocab.Manner:
		for _, t := range toks {
			if mannerWords[t.Fold] && isNew(t) {
				return true
			}
		}
	}
	return false
}

// meaningWords tell what a word means: "(yang berarti Stoa Kerajaan)".
var meaningWords = setOf("berarti", "artinya", "bermakna", "maknanya", "diartikan", "dimaknai")

// kindOfPlace reports whether toks[i] opens a place described rather
// than named, as encyclopedias tell where a plant or an animal lives: "di
// daerah beriklim tropis", "di hutan hujan", "di perairan dangkal". A
// pointer back ("di daerah tersebut") describes nothing.
func kindOfPlace(toks []token, i int) bool {
	if i+1 >= len(toks) || toks[i-1].Fold != "di" || !describedPlaces[toks[i].Fold] {
		return false
	}
	next := toks[i+1]
	return !capitalised(next.Surface) && !stopWords[next.Fold] && !demonstratives[next.Fold] && !isDigit(next.Fold)
}

// describedPlaces are the kinds of place that a describing word after
// them makes an answer to where.
var describedPlaces = setOf("daerah", "wilayah", "kawasan", "hutan", "gurun", "dataran", "pegunungan", "perairan", "pesisir", "pantai", "padang", "rawa", "lautan", "samudra")

// bodyOrOutlet reports whether the capitalised word toks[i] belongs to
// the name of a body or of an outlet quoted, no person's: its run of
// capitals opens with a body's word ("Badan Intelijen Nasional (NIS)"),
// follows the kind of an outlet ("surat kabar JoongAng Ilbo") or a verb of
// citing ("Dikutip dari Al Jazeera"); a comma ends the run ("Dikutip dari
// Al Jazeera, Kim Yong-hyun").
func bodyOrOutlet(text string, toks []token, i int) bool {
	start := i
	for start > 0 && capitalised(toks[start-1].Surface) && !strings.ContainsAny(text[toks[start-1].End:toks[start].Start], ",.;:") {
		start--
	}
	if orgTerms[toks[start].Term] {
		return true
	}
	if start > 0 && outletKinds[toks[start-1].Fold] {
		return true // "surat kabar JoongAng Ilbo"
	}
	before := start - 1
	if before >= 0 && toks[before].Fold == "dari" {
		before--
	}
	return before >= 0 && citeTerms[toks[before].Term]
}

// consequenceOpens reports whether toks[i] opens a sentence that follows
// from the one before it, which then holds the cause: "... hampir
// mendekati aliansi militer,” katanya. “**Jadi**, ... lebih banyak pasukan
// Korea Utara dapat dilibatkan".
func consequenceOpens(text string, toks []token, i int) bool {
	return i > 0 && consequenceWords[toks[i].Fold] && strings.ContainsAny(text[toks[i-1].End:toks[i].Start], ".!?")
}

// consequenceWords open a sentence that follows from the one before.
var consequenceWords = setOf("jadi", "maka", "makanya", "karenanya", "akibatnya", "therefore", "thus", "so")

// effortFor reports whether toks[i] opens an aim: "usaha", "upaya" or
// "persiapan" with "untuk" within the next three words ("sebagai bagian
// dari usaha Kim untuk ...", "dalam upaya untuk ...", "sebagai persiapan
// untuk pengiriman"), not "upaya perang" (the war effort).
func effortFor(toks []token, i int) bool {
	if toks[i].Fold != "usaha" && toks[i].Fold != "upaya" && toks[i].Fold != "persiapan" {
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+3; j++ {
		if toks[j].Fold == "untuk" {
			return true
		}
	}
	return false
}

// amountOfMoney reports whether the number toks[i] is an amount of money:
// a currency within two words before it or three after ("Rp 5 miliar",
// "US$ 2 juta", "2 miliar dolar AS", "500 ribu won").
func amountOfMoney(text string, toks []token, i int) bool {
	if i > 0 && strings.ContainsAny(text[toks[i-1].End:toks[i].Start], "$€£¥₩₽") {
		return true
	}
	for j := max(i-2, 0); j <= min(i+3, len(toks)-1); j++ {
		if currencies[toks[j].Fold] {
			return true
		}
	}
	return false
}

var (
	// moneyWords ask for an amount of money, as written (penghargaan is
	// an award, not a price); rateWords ask for a rate of it instead.
	moneyWords = setOf("gaji", "digaji", "bayar", "dibayar", "dibayarkan", "membayar", "harga", "biaya", "upah", "tarif", "ongkos", "kerugian", "kerugiannya",
		"pay", "paid", "pays", "paying", "salary", "salaries", "cost", "costs", "price", "wage", "wages")
	rateWords  = setOf("persen", "persenkah", "percent", "percentage", "kenaikan", "naik", "turun", "penurunan", "rise", "increase")
	currencies = setOf("rp", "rupiah", "dolar", "dollar", "dollars", "usd", "us$", "euro", "won", "yen", "rubel", "ruble", "rouble",
		"yuan", "renminbi", "ringgit", "pound", "poundsterling", "riyal", "franc", "frank", "peso", "rupee", "rupe", "baht", "dinar")
)

// measured reports whether the number toks[i] carries one of units:
// "2.211 m", "9,69 juta kilometer persegi", "3.496km²", "12,5%".
func measured(text string, toks []token, i int, units map[string]bool) bool {
	// A unit glued to its number: "3.496km", "101jutakm".
	rest := strings.TrimLeft(toks[i].Fold, "0123456789.,")
	for _, m := range []string{"ribu", "juta", "miliar"} {
		rest = strings.TrimPrefix(rest, m)
	}
	if rest != "" && rest != toks[i].Fold {
		return units[strings.TrimRight(rest, "²³23")]
	}
	if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(text[toks[i].End:], " ")); !unicode.IsLetter(r) && units[string(r)] {
		return true // "12,5%", "2,5°C"
	}
	if units[ageInParentheses] && len(toks[i].Fold) <= 3 && strings.HasSuffix(strings.TrimRight(text[:toks[i].Start], " "), "(") &&
		strings.HasPrefix(strings.TrimLeft(text[toks[i].End:], " "), ")") {
		return true // "Celine Dion (36)"
	}
	for j := i + 1; j < len(toks) && j <= i+2; j++ {
		if units[strings.TrimRight(toks[j].Fold, "²³23")] {
			return true // "2.211 m", "1.285 km2"
		}
	}
	return false
}

// unitsAsked returns the units of the measure a how-many question asks
// for, or nil: "berapa luas" asks for an area, "seberapa jauh" and "how
// far" for a distance, "berapa berat" for a weight.
func unitsAsked(q parsedQuestion) map[string]bool {
	if q.Type != vocab.Number {
		return nil
	}
	if q.Counted != nil {
		counted := lastTerm(q.Counted)
		if m := measures[counted]; m != nil {
			return m
		}
		// "berapa hari", "brp km": a unit counted right after the
		// question word is answered in its kind's units ("enam hari",
		// "110 mil"), not by "tahun 2024".
		for _, kind := range unitKinds {
			if kind[counted] && countsUnit(q.Tokens, kind) {
				return kind
			}
		}
		return nil
	}
	// The measure may come before the question word ("umurnya berapa",
	// "luasnya brp"), or after it as a word no article holds, which is no
	// concept to count ("berapa jauh dari border?").
	toks := q.Tokens
	for i, t := range toks {
		if !berapa[t.Fold] {
			continue
		}
		for _, j := range []int{i - 1, i + 1} {
			if j >= 0 && j < len(toks) && measures[toks[j].Term] != nil {
				return measures[toks[j].Term]
			}
		}
	}
	if q.English {
		words := strings.Fields(strings.ToLower(q.Text))
		for i := 0; i+1 < len(words); i++ {
			if words[i] == "how" {
				return measures[strings.Trim(words[i+1], "?,.!")]
			}
		}
	}
	return nil
}

// asksHowLong reports whether a question asks how long, "berapa lama" or
// "how long", which a beginning answers ("sejak ..."); "berapa hari" counts
// days.
func asksHowLong(qa parsedQuestion) bool {
	return slices.ContainsFunc(qa.Tokens, func(t token) bool { return t.Fold == "lama" || t.Fold == "long" })
}

// agoWords make a how-long question ask how long up to now or how long
// ago ("Sudah berapa lama ...", "How long ago ...", "For how long have
// ...", "Berapa lama sebelum ..."), not how long something lasted.
var agoWords = setOf("sudah", "udah", "udh", "sdh", "telah", "ago", "have", "has", "sebelum", "sebelumnya", "lalu", "silam", "before", "earlier")

// asksHowLongAgo reports whether a how-long question holds one of
// agoWords.
func asksHowLongAgo(qa parsedQuestion) bool {
	return slices.ContainsFunc(qa.Tokens, func(t token) bool { return agoWords[t.Fold] })
}

// recentWords, after a unit of time, count back from now: "pekan lalu",
// "beberapa tahun terakhir", "dua bulan silam".
var recentWords = setOf("lalu", "terakhir", "silam", "belakangan", "kemarin")

// recentTime reports whether toks tell how long ago or for how long back
// from now: a unit of time then a word counting back ("beberapa bulan
// terakhir", "tahun lalu").
func recentTime(toks []token) bool {
	for i := 0; i+1 < len(toks); i++ {
		if timeUnits[toks[i].Fold] && recentWords[toks[i+1].Fold] {
			return true
		}
	}
	return false
}

// countsUnit reports whether a unit of kind is written right after
// "berapa" or "how many": "berapa hari", "how many days", not "berapakah
// dalam setahun".
func countsUnit(toks []token, kind map[string]bool) bool {
	for i := 0; i+1 < len(toks); i++ {
		if kind[toks[i+1].Fold] && (berapa[toks[i].Fold] || toks[i].Fold == "many" || toks[i].Fold == "much") {
			return true
		}
	}
	return false
}

var (
	lengthUnits = setOf("km", "kilometer", "kilometre", "kilometres", "kilometers", "kilo", "meter", "metre", "metres", "meters", "m",
		"mdpl", "dpl", "mil", "mile", "miles", "mi", "kaki", "feet", "ft", "foot", "cm", "sentimeter", "centimeter", "mm", "milimeter",
		"yard", "yards", "inci", "inch", "inches")
	// An area is often written in kilometres or miles alone where the
	// scrape lost the ², or as a share of a larger one.
	areaUnits   = union(lengthUnits, setOf("ha", "hektar", "hektare", "are", "acre", "acres", "ekar", "persegi", "square", "sq", "persen", "percent", "%"))
	heightUnits = union(lengthUnits, setOf("persen", "percent", "%")) // "berapa tinggi inflasi"
	weightUnits = setOf("kg", "kilogram", "kilo", "gram", "g", "ton", "tons", "tonnes", "pon", "pound", "pounds", "lb", "lbs", "ons")
	heatUnits   = setOf("c", "celsius", "derajat", "degrees", "kelvin", "k", "f", "fahrenheit", "°")
	speedUnits  = union(lengthUnits, setOf("knot", "knots", "mph", "kph", "mach", "km/jam", "km/h"))
	// An age is in years, or in parentheses after a name as news writes
	// it: "Celine Dion (36)".
	ageUnits = setOf("tahun", "thn", "th", "year", "years", "yo", ageInParentheses)
	// How long something lasted: a count of time, or a span of years
	// (spanRe).
	timeUnits = setOf("tahun", "bulan", "minggu", "pekan", "hari", "jam", "menit", "detik", "abad", "dekade", "dasawarsa", "windu", "malam",
		"year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes", "second", "seconds", "century", "centuries", "decade", "decades")
	// spanRe is a span from one year to another: "1967 sampai 1998",
	// "1926-1989", "221 SM - 206 SM", "25 Juni 1950 sampai 27 Juli 1953".
	spanRe = regexp.MustCompile(`(?i)\b\d{3,4}\s*(SM|M)?\s*(-|–|—|sampai|hingga|s\.d\.?|to|until)\s*(\d{1,2}\s+\pL+\s+)?\d{3,4}\b`)
	// unitKinds are the kinds of unit a how-many question may count in.
	unitKinds = []map[string]bool{timeUnits, lengthUnits, weightUnits, setOf("persen", "percent", "%")}
	// countUnits are the units a question may count in: "berapa liter".
	countUnits = union(union(areaUnits, weightUnits), setOf("knot", "knots", "mph", "kph", "km/jam", "km/h", "liter", "litre", "litres", "liters", "barel", "barrel", "barrels", "galon", "gallon", "gallons",
		"rupiah", "dolar", "dollar", "dollars", "euro", "euros", "rubel", "ruble", "rubles", "yuan"))
	// measures maps the word a how-many question measures by, as an
	// index term ("ketinggian" is "tinggi"), to the units answering it.
	measures = map[string]map[string]bool{
		"luas": areaUnits, "area": areaUnits,
		"tinggi": heightUnits, "panjang": lengthUnits, "jarak": lengthUnits, "jangkau": lengthUnits, "range": lengthUnits, "jauh": lengthUnits, "lebar": lengthUnits, "dalam": lengthUnits,
		"far": lengthUnits, "tall": lengthUnits, "high": heightUnits, "deep": lengthUnits, "wide": lengthUnits,
		"berat": weightUnits, "bobot": weightUnits, "heavy": weightUnits,
		"suhu": heatUnits, "temperatur": heatUnits, "hot": heatUnits, "cold": heatUnits,
		"cepat": speedUnits, "fast": speedUnits,
		"lama": timeUnits, "long": union(timeUnits, lengthUnits),
		"umur": ageUnits, "usia": ageUnits, "old": ageUnits, "age": ageUnits,
	}
)

// anniversary reports whether toks[i] is the number of an anniversary,
// an age: "ulang tahun ke-153", "usianya yang ke-60", "HUT ke-79".
func anniversary(text string, toks []token, i int) bool {
	if i < 2 || toks[i-1].Fold != "ke" || strings.TrimSpace(text[toks[i-1].End:toks[i].Start]) != "-" || !isDigit(firstDigitRun(toks[i].Term)) {
		return false
	}
	return slices.ContainsFunc(toks[max(0, i-4):i-1], func(t token) bool { return anniversaryWords[t.Term] })
}

var anniversaryWords = setOf("tahun", "usia", "umur", "hut", "ultah", "anniversary", "dirgahayu")

var berapa = setOf("berapa", "berapakah", "seberapa", "brp", "brapa")

// ageInParentheses stands, among an age's units, for a number in
// parentheses.
const ageInParentheses = "(n)"

func union(a, b map[string]bool) map[string]bool {
	m := maps.Clone(a)
	maps.Copy(m, b)
	return m
}

// countsWhatIsAsked reports whether toks hold a number followed within
// two words by what the question counts: "84 penumpang" for "berapa
// penumpang ...", "sekitar 14.000 tentara" for "brp tentara ...".
func countsWhatIsAsked(qa parsedQuestion, text string, toks []token) bool {
	if qa.Counted == nil {
		return false
	}
	for i := range toks {
		if !isCount(qa, text, toks, i) {
			continue
		}
		if qa.Units != nil && measured(text, toks, i, qa.Units) {
			return true // "ketinggian puncak 2.211 m" for "berapa tinggi"
		}
		for j := i + 1; j < len(toks) && j <= i+2; j++ {
			for _, alt := range qa.Counted {
				if alt[0] == toks[j].Term {
					return true
				}
			}
		}
	}
	return false
}

// termsAt reports whether toks[i:] opens with the index terms of alt.
func termsAt(toks []token, i int, alt []string) bool {
	if i+len(alt) > len(toks) {
		return false
	}
	for k, w := range alt {
		if toks[i+k].Term != w {
			return false
		}
	}
	return true
}

// attributesToSource reports whether toks attribute what they tell to the
// question's source, in one sentence: "Menurut pemerintah Ukraina, ..."
// for "Menurut Kyiv, ...", "..., kata Kim", "Kim mengatakan ...", and
// "Rusia mengkonfirmasi ..." for "Kapan Rusia mengkonfirmasi ...?".
func attributesToSource(qa parsedQuestion, text string, toks []token) bool {
	if qa.Source == nil {
		return false
	}
	isSource := func(i, j int) bool {
		if j < 0 || j >= len(toks) || strings.ContainsAny(text[toks[min(i, j)].End:toks[max(i, j)].Start], ".!?") {
			return false
		}
		// The whole name: "Korea Utara menolak" is no "Korea Selatan".
		for _, alt := range qa.Source {
			if termsAt(toks, j, alt) {
				return true
			}
		}
		return false
	}
	for i, t := range toks {
		if t.Fold == "menurut" || saidVerbs[t.Fold] {
			for j := i + 1; j <= i+3; j++ {
				if isSource(i, j) {
					return true
				}
			}
		}
		if t.Fold == "mengatakan" || t.Fold == "menyatakan" || t.Fold == "berkata" || qa.SourceDid[t.Term] {
			end := subjectEnd(text, toks, i)
			for j := end - 1; j >= end-2; j-- {
				if isSource(i, j) {
					return true
				}
			}
		}
	}
	return false
}

// subjectEnd returns where the words that may be the subject of the verb
// toks[i] end: at i, or, when an aside set off by commas comes between
// ("Korea Selatan, didukung oleh Amerika Serikat, mengklaim"), where the
// aside opens.
func subjectEnd(text string, toks []token, i int) int {
	if i == 0 || !strings.Contains(text[toks[i-1].End:toks[i].Start], ",") {
		return i
	}
	for j := i - 1; j > 0 && j >= i-maxAside; j-- {
		switch gap := text[toks[j-1].End:toks[j].Start]; {
		case strings.ContainsAny(gap, ".!?"):
			return i
		case strings.Contains(gap, ","):
			return j
		}
	}
	return i
}

// maxAside is how many words an aside between a subject and its verb may
// have.
const maxAside = 8

// saidVerbs put the speaker after them: "..., kata Kim".
var saidVerbs = setOf("kata", "ujar", "ungkap", "tutur", "klaim")

// namesItsKind reports whether toks hold the noun the question names its
// answer by, followed within two words by a name the question does not
// hold: "kota Rovenky" for "dekat kota apa", "kantor berita KCNA" for
// "which news agency".
func namesItsKind(qa parsedQuestion, text string, toks []token) bool {
	return namesKind(qa.Category, qa, text, toks) || qa.Category == nil && definesAsKind(qa.NamedKind, qa, text, toks)
}

// definesAsKind reports whether toks open with a sentence defining a name
// the question does not hold as one of kinds, a sentence that holds the
// rest of the question too: "Dakota RI-001 Seulawah adalah pesawat angkut
// yang merupakan pesawat pertama milik Republik Indonesia" names the
// plane asked for by "Apa nama pesawat Indonesia pertama?"; "Franc Swiss
// merupakan sebuah mata uang negara Swiss" names no German currency.
func definesAsKind(kinds [][]string, qa parsedQuestion, text string, toks []token) bool {
	if kinds == nil {
		return false
	}
	end := len(toks) // the first sentence's
	for j := 1; j < len(toks); j++ {
		if strings.ContainsAny(text[toks[j-1].End:toks[j].Start], ".!?") {
			end = j
			break
		}
	}
	toks = toks[:end]
	if len(toks) == 0 || pronouns[toks[0].Fold] || stopWords[toks[0].Fold] {
		return false // "Ini merupakan gereja Kristen tertua di dunia"
	}
	i := 0
	for i < len(toks) && (capitalised(toks[i].Surface) || i > 0 && isDigit(toks[i].Fold)) && !qa.QuestionTerms[toks[i].Term] {
		i++
	}
	if i == 0 || i+1 >= len(toks) || toks[i].Fold != "adalah" && toks[i].Fold != "merupakan" && toks[i].Fold != "ialah" {
		return false
	}
	i++
	if determiners[toks[i].Fold] {
		i++
	}
	kind := slices.IndexFunc(kinds, func(alt []string) bool {
		return i+len(alt) <= len(toks) && slices.EqualFunc(alt, toks[i:i+len(alt)], func(term string, t token) bool { return term == t.Term })
	})
	if kind < 0 {
		return false
	}
	// "Düsseldorf adalah ibu kota Negara Bagian Nordrhein-Westfalen":
	// the kind of another name.
	if after := i + len(kinds[kind]); after < len(toks) && capitalised(toks[after].Surface) && !qa.QuestionTerms[toks[after].Term] {
		return false
	}
	terms := termSetOf(toks)
	return !slices.ContainsFunc(qa.Concepts, func(c concept) bool { return !c.Absent && !altsIn(c.Alts, terms) })
}

// namesKind reports whether toks name an instance of one of kinds, as
// namesItsKind does for the question's own kind.
func namesKind(kinds [][]string, qa parsedQuestion, text string, toks []token) bool {
	if kinds == nil {
		return false
	}
	outlet := slices.ContainsFunc(kinds, func(alt []string) bool { return outletKinds[alt[len(alt)-1]] })
	position := slices.ContainsFunc(kinds, func(alt []string) bool { return positionTerms[alt[len(alt)-1]] })
	org := slices.ContainsFunc(kinds, func(alt []string) bool { return orgKinds[alt[len(alt)-1]] })
	town := slices.ContainsFunc(kinds, func(alt []string) bool { return towns[alt[len(alt)-1]] })
	month := slices.ContainsFunc(kinds, func(alt []string) bool { return alt[len(alt)-1] == "bulan" })
	for i, t := range toks {
		if month && monthNumbers[t.Fold] > 0 && !qa.QuestionTerms[t.Term] {
			return true // "antara Januari dan Februari" names months without the word
		}
		kind := false
		for _, alt := range kinds {
			kind = kind || alt[len(alt)-1] == t.Term && !position
		}
		// Asked for a position, an office names one: "Menteri Pertahanan".
		_, office := offices[t.Fold]
		kind = kind || position && office
		// "Dikutip dari The Guardian", "dilansir Reuters": the outlet
		// quoted is a media's name.
		kind = kind || outlet && citeTerms[t.Term]
		// Asked for a body, any organisation's name is one: "Yayasan
		// Kanker Wisnuwardhana", "Asahi Glass Foundation".
		kind = kind || org && orgTerms[t.Term]
		if !kind || isVerb(t.Fold) && !outlet {
			continue // "dijanjikan Kim" is no perjanjian of Kim's
		}
		// "Asahi Glass Foundation": an English name ends in its kind.
		if org && i > 0 && capitalised(t.Surface) && capitalised(toks[i-1].Surface) && strings.TrimSpace(text[toks[i-1].End:t.Start]) == "" && !qa.QuestionTerms[toks[i-1].Term] {
			return true
		}
		// "Belgorod, wilayah Rusia lain": the name, then its kind.
		if i > 0 && strings.TrimSpace(text[toks[i-1].End:t.Start]) == "," && capitalised(toks[i-1].Surface) && !qa.QuestionTerms[toks[i-1].Term] {
			return true
		}
		// "Dikutip dari The Guardian": "dari" and "The" come before the name.
		last := i + 2
		for j := i + 1; j < len(toks) && j <= last; j++ {
			if toks[j].Fold == "dari" || toks[j].Fold == "the" && capitalised(toks[j].Surface) {
				last++
				continue
			}
			if strings.ContainsAny(text[toks[j-1].End:toks[j].Start], ".!?;:") {
				break // a capital after a full stop starts a sentence, not a name
			}
			// "wilayah Rusia" is Russia's land, no region of it named.
			if capitalised(toks[j].Surface) && !qa.QuestionTerms[toks[j].Term] && !(town && countries[toks[j].Fold]) {
				return true
			}
		}
	}
	return false
}

// positionTerms are the index terms of positionWords.
var positionTerms = setOf("jabat", "posisi", "duduk")

// orgKinds are the kinds of a body asked for ("badan apa"), as index
// terms; orgTerms the words that name one, in Indonesian or English.
var (
	orgKinds = setOf("badan", "lembaga", "instansi", "institusi", "organisasi", "yayasan", "organization", "organisation", "institution", "body")
	orgTerms = setOf("badan", "lembaga", "instansi", "institusi", "organisasi", "yayasan", "komite", "komisi", "dewan", "asosiasi",
		"federasi", "himpun", "foundation", "institute", "institution", "committee", "commission", "council", "association",
		"federation", "agency", "organization", "organisation", "society", "union")
)

// outletKinds are the kinds of a news outlet, as index terms; citeTerms
// the verbs that name the outlet a report quotes.
var (
	outletKinds = setOf("media", "berita", "koran", "kabar", "harian", "situs", "outlet", "agency", "newspaper")
	citeTerms   = setOf("kutip", "lansir")
)

// isCount reports whether toks[i] is a number the question does not hold
// and that is not a year ("pada 2024") or part of a date.
func isCount(qa parsedQuestion, text string, toks []token, i int) bool {
	t := toks[i]
	return (isDigit(firstDigitRun(t.Term)) || numberWords[t.Fold]) && (!qa.QuestionTerms[t.Term] || qa.Guesses[t.Term]) &&
		!looksLikeYear(t) && !partOfDate(text, toks, i) && !measuresInstead(qa, toks, i) && !designation(text, toks, i)
}

// looksLikeYear reports whether t could be a modern year: "2024", not
// "2.000" (a year is never written with a thousands separator).
func looksLikeYear(t token) bool {
	return countYearRe.MatchString(t.Term) && !strings.ContainsAny(t.Surface, ".,")
}

// designation reports whether the number toks[i] is part of a name, joined
// by a hyphen to the word before it: "Fas-360", "KN-23", "F-16", "ke-3".
// A rocket's model number counts no rockets.
func designation(text string, toks []token, i int) bool {
	return i > 0 && text[toks[i-1].End:toks[i].Start] == "-" && firstDigitRun(toks[i-1].Term) == "" // not a range, 6-14
}

// measuresInstead reports whether the number toks[i] measures (115
// kilometer, 30 persen, 6 hari) while the question counts things one by
// one ("how many missiles", "berapa orang tewas"): a distance is not a
// number of missiles.
func measuresInstead(qa parsedQuestion, toks []token, i int) bool {
	// What is counted comes first ("brp korban jiwa", "how many missiles");
	// "how far is the weapon depot" counts no weapons.
	// So does a question asking how many died, were wounded or captured,
	// counting no measure ("berapa banyak yang tewas"): "110 mil" counts
	// no dead.
	return i+1 < len(toks) && measureUnits[toks[i+1].Fold] &&
		(slices.ContainsFunc(qa.Counted, countsThings) || qa.Units == nil && asksCasualties(qa) && !slices.ContainsFunc(qa.Counted, countsMeasure))
}

// countsMeasure reports whether a counted phrase is a measure: "berapa
// hektar".
func countsMeasure(alt []string) bool {
	return slices.ContainsFunc(alt, func(w string) bool { return measureUnits[w] || countUnits[w] })
}

// asksCasualties reports whether a question asks about the dead, the
// wounded or the captured.
func asksCasualties(qa parsedQuestion) bool {
	fate := fatesOf(qa.QuestionTerms)
	return fate[0] || fate[1] || fate[2] // the captured, the dead, the wounded; not the sent
}

// countsThings reports whether a counted phrase names things counted one
// by one, by its head: first in Indonesian ("rudal balistik"), last in
// English ("ballistic missiles", "drone").
func countsThings(alt []string) bool {
	return countables[alt[0]] || countables[alt[len(alt)-1]]
}

var (
	// measureUnits follow a number that measures rather than counts.
	measureUnits = setOf("km", "kilometer", "mil", "meter", "persen", "ton", "kg", "kilogram", "hektar", "hektare", "derajat",
		"jam", "menit", "detik", "tahun", "bulan", "hari", "pekan", "minggu", "mile", "miles", "percent")
	// countables are things counted one by one (index terms): people,
	// troops, weapons, craft.
	countables = setOf("orang", "korban", "tentara", "pasuk", "prajurit", "serdadu", "personel", "perwira", "warga", "penumpang", "tumpang",
		"rudal", "misil", "drone", "nirawak", "peluru", "roket", "bom", "tank", "pesawat", "kapal", "senjata", "amunisi", "artileri")
)

// partOfDate reports whether the number toks[i] is a day or month of a
// date, "Senin (28/4)" or "7 Februari", not a count.
func partOfDate(text string, toks []token, i int) bool {
	if i+1 < len(toks) && (months[toks[i+1].Fold] || text[toks[i].End:toks[i+1].Start] == "/") {
		return true
	}
	return i > 0 && text[toks[i-1].End:toks[i].Start] == "/"
}

func firstDigitRun(s string) string {
	for i, r := range s {
		if r < '0' || r > '9' {
			return s[:i]
		}
	}
	return s
}

// nameWord reports whether t could be part of a person's name: written
// with a capital and not a word of the lexicon ("Zelensky", "Yong-hyun",
// not the "Selatan" of "Korea Selatan").
func nameWord(t token) bool {
	return capitalised(t.Surface) && !idana.IsRoot(t.Fold) && idana.Stem(t.Fold) == t.Fold && !dateWords[t.Fold] && !abbreviation(t.Fold)
}

// abbreviation reports whether w, folded, is an abbreviation the chat
// vocabulary spells out as a common word, no name: a headline's "Presiden
// Fmr Estonia" (former).
func abbreviation(w string) bool {
	exp := vocab.Expand(w)
	return len(exp) == 1 && idana.IsRoot(exp[0])
}

func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// spellsOut reports whether toks hold capitalised words whose initials
// spell acronym, lower case: "Human Immunodeficiency Virus" for "hiv",
// "Perserikatan Bangsa-Bangsa" for "pbb", "Badan Pusat Statistik" for
// "bps". Joining words (dan, and, of, for, the) are skipped.
func spellsOut(toks []token, acronym string) bool {
	if acronym == "" {
		return false
	}
	for i := range toks {
		initials := ""
		for j := i; j < len(toks) && len(initials) < len(acronym); j++ {
			if j > i && joiners[toks[j].Fold] {
				continue
			}
			if !capitalised(toks[j].Surface) {
				break
			}
			for _, part := range strings.Split(toks[j].Surface, "-") {
				if r, _ := utf8.DecodeRuneInString(part); part != "" {
					initials += strings.ToLower(string(r))
				}
			}
		}
		if initials == acronym {
			return true
		}
	}
	return false
}

var joiners = setOf("dan", "and", "of", "for", "the", "untuk", "&")

// attributesToAnother reports whether toks tell of the question's speaking
// act done by someone else: asked when Russia confirmed it, "Presiden
// Ukraina Volodymyr Zelensky juga mengonfirmasi ..." — a capitalised name
// up to two words before the verb, and the question's source not among
// the five before it.
func attributesToAnother(qa parsedQuestion, text string, toks []token) bool {
	// Asked who or which ("Which country backs South Korea's claim?"),
	// the answer is someone else.
	if qa.SourceDid == nil || qa.Type == vocab.Person || qa.Type == vocab.Thing || qa.Type == vocab.Unknown || attributesToSource(qa, text, toks) {
		return false
	}
	isSource := func(t token) bool {
		return slices.ContainsFunc(qa.Source, func(alt []string) bool { return alt[0] == t.Term })
	}
	for i, t := range toks {
		if !qa.SourceDid[t.Term] {
			continue
		}
		other := false
		end := subjectEnd(text, toks, i)
		for j := end - 1; j >= 0 && j >= end-5; j-- {
			if strings.ContainsAny(text[toks[j].End:t.Start], ".!?") || isSource(toks[j]) {
				other = false // "Presiden Ukraina Volodymyr Zelensky" speaks for Kyiv
				break
			}
			other = other || j >= end-2 && capitalised(toks[j].Surface) && !qa.QuestionTerms[toks[j].Term]
		}
		if other {
			return true
		}
	}
	return false
}

// asksOfficesCountry reports whether the question asks which country
// an office is of: "presiden negara mana", "menteri negara apa".
func asksOfficesCountry(qa parsedQuestion) bool {
	if !slices.ContainsFunc(qa.Category, func(alt []string) bool { return len(alt) == 1 && alt[0] == "negara" }) {
		return false
	}
	for i := 1; i < len(qa.Tokens); i++ {
		if qa.Tokens[i].Fold == "negara" && titleWords[qa.Tokens[i-1].Fold] {
			return true
		}
	}
	return false
}

// standsForCountry reports whether word is a city news names for its
// country ("Pyongyang menolak ...": Korea Utara).
func standsForCountry(word string) bool {
	return !countries[word] && slices.ContainsFunc(vocab.Synonyms(word), func(syn string) bool {
		return slices.ContainsFunc(strings.Fields(syn), func(w string) bool { return countries[w] })
	})
}
