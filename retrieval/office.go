package retrieval

import (
	"slices"
	"strings"

	"github.com/kutip/kutip/retrieval/vocab"
)

// An office and the country it belongs to: "Menteri Pertahanan Seoul",
// "menhan korut", "North Korea's defence minister". A question about one
// country's minister is not answered by a quote about another's.

// offices are the words of an office as Indonesian writes them, and their
// English names.
var offices = map[string]string{
	"menteri": "menteri", "presiden": "presiden", "gubernur": "gubernur", "duta": "duta", "panglima": "panglima",
	"kanselir": "kanselir", "jubir": "juru", "juru": "juru", "pm": "menteri", "menlu": "menteri", "menhan": "menteri", "dubes": "duta",
	"minister": "menteri", "president": "presiden", "governor": "gubernur", "ambassador": "duta",
	"chancellor": "kanselir", "spokesman": "juru", "spokesperson": "juru",
}

// englishOffices are the offices' English names: in a question that
// mixes the languages they keep English word order.
var englishOffices = setOf("minister", "president", "governor", "ambassador", "chancellor", "spokesman", "spokesperson")

// officeWords may stand between an office and its country: "Menteri
// Pertahanan Seoul", "Menteri Luar Negeri Rusia", "Duta Besar AS",
// "Perdana Menteri (PM) Thailand".
var officeWords = setOf("fmr", "pertahanan", "luar", "negeri", "dalam", "besar", "bicara", "utama", "intelijen", "staf", "militer", "keuangan", "perdana", "pm",
	"daerah", "wilayah", "provinsi", "oblast", "region") // "Gubernur daerah Zaporizhzhia"

// owners are the country a name, capital or demonym stands for. "Korea"
// alone says neither which one.
var owners = map[string]string{
	"korea utara": "kp", "pyongyang": "kp", "north korea": "kp", "north korean": "kp", "nk": "kp", "dprk": "kp",
	"korea selatan": "kr", "seoul": "kr", "south korea": "kr", "south korean": "kr",
	"rusia": "ru", "moskow": "ru", "moscow": "ru", "kremlin": "ru", "russia": "ru", "russian": "ru", "ru": "ru",
	"ukraina": "ua", "kyiv": "ua", "kiev": "ua", "ukraine": "ua", "ukrainian": "ua", "ukr": "ua", "ua": "ua",
	"amerika serikat": "us", "amerika": "us", "washington": "us", "united states": "us", "american": "us",
	"china": "cn", "cina": "cn", "tiongkok": "cn", "beijing": "cn", "chinese": "cn",
	"iran": "ir", "teheran": "ir", "tehran": "ir", "iranian": "ir",
	"turki": "tr", "turkiye": "tr", "ankara": "tr", "turkey": "tr", "turkish": "tr",
	"jepang": "jp", "tokyo": "jp", "japan": "jp", "japanese": "jp",
	"inggris": "gb", "london": "gb", "britain": "gb", "british": "gb",
	"prancis": "fr", "perancis": "fr", "paris": "fr", "france": "fr", "french": "fr",
	"jerman": "de", "berlin": "de", "germany": "de", "german": "de",
}

// regions are the war's provinces, whose governors the news names (a
// question about Luhansk's governor is not answered by Zaporizhzhia's),
// each by the first spelling variants.tsv gives it.
var regions = setOf("luhansk", "donetsk", "zaporizhzhia", "kherson", "kharkiv", "kursk", "belgorod", "bryansk", "krimea",
	"sumy", "odesa", "mykolaiv", "dnipro", "chernihiv")

// regionOf returns the region a word names, in its first spelling
// ("lugansk": luhansk); "" for none.
func regionOf(w string) string {
	if g := vocab.Variants(w); len(g) > 0 {
		w = g[0]
	}
	if regions[w] {
		return w
	}
	return ""
}

// isCountry reports whether an alternative (index terms) is a country
// owners know: "korea utara", "rusia".
func isCountry(alt []string) bool { return owners[strings.Join(alt, " ")] != "" }

// ownerAt reads a country at words[i:], two words first ("korea utara"),
// and returns its code and how many words it took.
func ownerAt(words []string, i int) (string, int) {
	if i+1 < len(words) {
		if c, ok := owners[words[i]+" "+words[i+1]]; ok {
			return c, 2
		}
	}
	if i < len(words) && words[i] != "korea" {
		if c, ok := owners[words[i]]; ok {
			return c, 1
		}
		if countries[words[i]] {
			return words[i], 1
		}
	}
	return "", 0
}

// englishUS and indonesianUS name the United States as an office's owner
// ("the US president", "menhan AS"). Only offices read them: elsewhere
// "us" is a pronoun, and "as" is English ("served as defence minister").
var (
	englishUS    = setOf("us", "usa", "u.s.")
	indonesianUS = setOf("as", "usa")
)

// officeOwnerAt is ownerAt for an office, whose owner may be a region
// too ("Gubernur daerah Zaporizhzhia") or the United States as English
// or Indonesian (english) writes it.
func officeOwnerAt(words []string, i int, english bool) (string, int) {
	if c, n := ownerAt(words, i); n > 0 {
		return c, n
	}
	if i >= len(words) {
		return "", 0
	}
	if r := regionOf(words[i]); r != "" {
		return r, 1
	}
	if english && englishUS[words[i]] || !english && indonesianUS[words[i]] {
		return "us", 1
	}
	return "", 0
}

// ownerWords are a question's words as owners and offices are read from
// them: chat words written out ("korut": korea utara, in Indonesian
// only) and the English possessive dropped ("north korea's").
func ownerWords(qa parsedQuestion) []string {
	var words []string
	for _, t := range tokenize(qa.Text) {
		if exp := vocab.Expand(t.Fold); !qa.English && len(exp) > 0 {
			for _, e := range exp {
				words = append(words, strings.Fields(e)...)
			}
			continue
		}
		base, _ := cutPossessive(t.Fold)
		words = append(words, base)
	}
	return words
}

// questionOffice returns the office a question asks about and the country
// it belongs to, when it names both: "menhan korut" → (menteri, kp),
// "North Korea's defence minister" and "the defence minister of North
// Korea" → (menteri, kp).
func questionOffice(qa parsedQuestion) (office, owner string) {
	words := ownerWords(qa)
	for i, w := range words {
		o, ok := offices[w]
		if !ok {
			continue
		}
		if qa.English || englishOffices[w] {
			// "north korea's defence minister", "russian defense minister
			// yg komen": the country just before.
			for j := i - 1; j >= 0 && j >= i-3; j-- {
				if c, n := officeOwnerAt(words, j, true); n > 0 && j+n <= i {
					return o, c
				}
			}
			if i+2 < len(words) && words[i+1] == "of" {
				if c, n := officeOwnerAt(words, i+2, true); n > 0 {
					if region, m := officeOwnerAt(words, i+2+n, true); m > 0 {
						return o, region // "governor of Ukraine's Zaporizhzhia region": the region's
					}
					return o, c
				}
			}
			continue
		}
		if c := ownerAfter(words, i); c != "" {
			return o, c
		}
	}
	return "", ""
}

// ownerAfter reads the country that follows the office at words[i], past
// the words of the office itself.
func ownerAfter(words []string, i int) string {
	c, _ := officeOwnerAt(words, pastOffice(words, i), false)
	return c
}

// pastOffice returns the index of the first word after the office at
// words[i] and the words of the office itself ("Menteri Pertahanan").
func pastOffice(words []string, i int) int {
	j := i + 1
	for j < len(words) && j <= i+3 && officeWords[words[j]] {
		j++
	}
	return j
}

// officeFolds are a text's folded words as offices and their countries are
// read from them: "AS" in capitals is the United States.
func officeFolds(toks []token) []string {
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Fold
		if t.Surface == "AS" {
			words[i] = "amerika"
		}
	}
	return words
}

// officeOfAnother reports whether a quote names the office a question asks
// about only as another country's: asked for North Korea's defence
// minister, it names "Menteri Pertahanan Seoul Kim Yong-hyun".
func officeOfAnother(qa parsedQuestion, quote []token) bool {
	office, owner := questionOffice(qa)
	if office == "" || asksWhichHolder(qa, office) {
		return false
	}
	words := officeFolds(quote)
	// aside: the office is named in passing, no holder of it asked for
	// ("how did Kim refer to the Russian president?").
	aside := qa.Type != vocab.Person && qa.Category == nil
	other := false
	for i, w := range words {
		if offices[w] != office {
			continue
		}
		switch c := ownerAfter(words, i); c {
		case "":
			if aside && i+1 < len(quote) && capitalised(quote[i+1].Surface) && qa.QuestionTerms[quote[i+1].Term] {
				return false // "Presiden Putin": the question's Vladimir Putin is the Russian president it names
			}
		case owner:
			return false
		default:
			other = true
		}
	}
	return other
}

// officeUnsaid reports whether the question names an office of a country
// ("what did South Korea's president say", "presiden Korea Selatan") that
// the best quote's story names only as other countries' offices: a story
// whose presidents are Russia's and Ukraine's cannot tell what Seoul's
// said. A story naming a holder of the office with no country ("Kanselir
// Gerhard Schroeder", "Presiden Putin") may mean the one asked about.
func (s *snapshot) officeUnsaid(qa parsedQuestion, c candidate) bool {
	office, owner := questionOffice(qa)
	if office == "" || asksWhichHolder(qa, office) {
		return false
	}
	a := s.articles[c.Article]
	toks := tokenize(masthead(a) + "\n" + a.Text)
	words := officeFolds(toks)
	asked := ""
	if office == "menteri" {
		asked = askedPortfolio(qa)
	}
	other := false
	for i, w := range words {
		if offices[w] != office {
			continue
		}
		switch c := ownerAfter(words, i); {
		case c == owner:
			return false
		case c == "" && namedHolder(toks, words, i, asked):
			return false // "Presiden Vladimir Putin": a holder named without his country may be the one asked about
		case c != "":
			other = true
		}
		for j := max(i-3, 0); j < i; j++ {
			if o, n := officeOwnerAt(words, j, false); n > 0 && o == owner && j+n <= i {
				return false // the country just before it, in English word order ("South Korean President Yoon")
			}
		}
	}
	return other
}

// namedHolder reports whether the office at toks[i] is followed, past the
// words of the office, by a capitalised name, and for a minister, by one
// of the portfolio asked (a foreign minister is no defence minister).
func namedHolder(toks []token, words []string, i int, asked string) bool {
	if j := pastOffice(words, i); j >= len(toks) || !capitalised(toks[j].Surface) {
		return false
	}
	p := portfolio(toks, i)
	return asked == "" || p == "" || p == asked
}

// asksWhichHolder reports whether the question asks which office holder,
// or whose: "Which foreign head of state was the Russian president due to
// meet?", "Presiden negara mana yang akan ditemui presiden Rusia?" are
// answered by another country's president. owned is the office the
// question names with its country.
func asksWhichHolder(qa parsedQuestion, owned string) bool {
	if slices.ContainsFunc(qa.Category, func(alt []string) bool {
		return slices.ContainsFunc(alt, func(t string) bool { _, ok := offices[t]; return ok })
	}) {
		// "Which Turkish president" names whose office it asks about.
		kind := qa.Category[0]
		return len(kind) != 1 || offices[kind[0]] != owned
	}
	toks := qa.Tokens
	for i := 0; i+2 < len(toks); i++ {
		if _, ok := offices[toks[i].Fold]; ok && countryKinds[toks[i+1].Fold] && whichWords[toks[i+2].Fold] {
			return true // "presiden negara mana"
		}
	}
	return false
}

var whichWords = setOf("mana", "manakah", "apa", "apakah")

// anotherOffice reports whether a who-question asks for the holder of an
// office ("presiden Korea Selatan") and the quote names only other
// offices: "Menteri Pertahanan Korea Selatan" is no president.
func anotherOffice(qa parsedQuestion, quote []token) bool {
	if qa.Type != vocab.Person {
		return false
	}
	office, _ := questionOffice(qa)
	if office == "" {
		for _, t := range tokenize(qa.Text) {
			if o, ok := offices[t.Fold]; ok {
				office = o
				break
			}
		}
	}
	if office == "" {
		return false
	}
	asked := ""
	if office == "menteri" {
		asked = askedPortfolio(qa)
	}
	other := false
	for i, t := range quote {
		o, ok := offices[t.Fold]
		if !ok {
			continue
		}
		if o == office {
			// Asked for the foreign minister, "Menteri Pertahanan" is
			// another office; a minister of no named ministry may be his.
			p := portfolio(quote, i)
			if asked == "" || p == "" || p == asked {
				return false
			}
		}
		other = true
	}
	return other
}

// portfolio returns the ministry of the minister toks[i] names, as an
// index term ("tahan" for "Menteri Pertahanan", "menhan" and "defence
// minister"; "luar" for "Menteri Luar Negeri", "menlu" and "foreign
// minister"), or "" when toks[i] names no minister or no ministry.
func portfolio(toks []token, i int) string {
	switch t := toks[i]; t.Fold {
	case "menhan":
		return "tahan"
	case "menlu":
		return "luar"
	case "menteri":
		if i+1 < len(toks) && capitalised(toks[i+1].Surface) == capitalised(t.Surface) && ministries[toks[i+1].Term] {
			return toks[i+1].Term
		}
	case "minister", "secretary":
		if i > 0 {
			return englishMinistries[toks[i-1].Fold]
		}
	}
	return ""
}

// portfolioUnsaid reports whether a who-question asks for the minister of
// a ministry ("menteri luar negeri Rusia", "menlu", "foreign minister")
// that the best quote's article, a whole story, neither names a minister
// of nor mentions: a story without a foreign minister cannot say who he
// is.
func (s *snapshot) portfolioUnsaid(qa parsedQuestion, c candidate, article articleWords) bool {
	if qa.Type != vocab.Person {
		return false
	}
	asked := askedPortfolio(qa)
	if asked == "" {
		return false
	}
	// A story that writes "pertahanan" may call its defence minister a
	// "pejabat tinggi" and still name him.
	if terms, _, words := article(); words < minWholeStory || terms[asked] {
		return false
	}
	toks := tokenize(s.articles[c.Article].Text)
	for i := range toks {
		if portfolio(toks, i) == asked {
			return false
		}
	}
	return true
}

// askedPortfolio is the ministry of the first minister the question
// names ("luar" for "menlu"), or "".
func askedPortfolio(qa parsedQuestion) string {
	for i := range qa.Tokens {
		if p := portfolio(qa.Tokens, i); p != "" {
			return p
		}
	}
	return ""
}

// ministries are the first words of ministries' names, as index terms;
// englishMinistries map their English names to them.
var (
	ministries        = setOf("tahan", "luar", "dalam", "uang", "sehat", "didik", "dagang", "tani", "hukum", "energi", "industri")
	englishMinistries = map[string]string{"defence": "tahan", "defense": "tahan", "foreign": "luar", "interior": "dalam", "finance": "uang", "health": "sehat"}
)

// regionSwapped reports whether the question names one of the war's
// regions and the quote names only others: asked how many died in a
// strike on Zaporizhzhia, a quote about one near Donetsk does not answer.
func regionSwapped(qa parsedQuestion, quote []token) bool {
	if qa.Type == vocab.Place || qa.Category != nil || qa.ExcludedName != nil {
		// Asked where, or besides one region, another region may be
		// the answer: "selain Kursk, di mana ...", "wilayah mana, bukan
		// cuma Kursk?".
		return false
	}
	asked := map[string]bool{}
	for _, t := range qa.Tokens {
		if r := regionOf(t.Fold); r != "" {
			asked[r] = true
		}
	}
	if len(asked) == 0 {
		return false
	}
	other := false
	for _, t := range quote {
		switch r := regionOf(t.Fold); {
		case r == "":
		case asked[r]:
			return false
		default:
			other = true
		}
	}
	return other
}
