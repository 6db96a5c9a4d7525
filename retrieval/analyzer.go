package retrieval

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2/analysis"
	unitok "github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"

	idana "github.com/kutip/kutip/retrieval/analysis"
	"github.com/kutip/kutip/retrieval/vocab"
)

// analyzerName is the bleve analyzer Kutip indexes and queries with.
const analyzerName = "kutip_id"

// analysisVersion names the behaviour of the analysis chain (tokenizer,
// folding, number canonicalisation, stemmer and its lexicon, passage
// splitting). It is part of the index fingerprint: bump it whenever any of
// them changes, so that indexes on disk are rebuilt rather than served stale.
const analysisVersion = "kutip-analysis-14"

func init() {
	registry.RegisterAnalyzer(analyzerName, func(map[string]interface{}, *registry.Cache) (analysis.Analyzer, error) {
		return newAnalyzer(), nil
	})
}

// newAnalyzer returns the Indonesian analysis chain: Unicode word
// segmentation (glued words split), folding (NFKC, lower case, quotes and dashes), canonical
// numbers (12.000 and 12000 are one term) and the confix-stripping stemmer.
// Stop words are kept in the index (BM25 already discounts them) and dropped
// from questions instead, where the list can be tuned without reindexing.
func newAnalyzer() analysis.Analyzer {
	return &analysis.DefaultAnalyzer{
		Tokenizer:    wordTokenizer,
		TokenFilters: []analysis.TokenFilter{termFilter{}},
	}
}

// termFilter folds, canonicalises and stems each token in place. Token
// offsets keep pointing at the original text, which is what highlighting
// needs.
type termFilter struct{}

func (termFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, tok := range in {
		tok.Term = []byte(normTerm(string(tok.Term)))
	}
	return in
}

// normTerm maps one surface token to its index term.
func normTerm(s string) string {
	return termOf(idana.Fold(s))
}

// termOf maps a folded token to its index term: a canonical number, or a
// stem.
func termOf(fold string) string {
	if n, ok := vocab.CanonicalNumber(fold); ok {
		return n
	}
	return stem(fold)
}

// stem is the confix-stripping stemmer, plus one rule for words outside
// its dictionary: a possessive -nya comes off names and loanwords too
// ("Solarnya", "Kursknya").
func stem(w string) string {
	st := idana.Stem(w)
	if st == w && len(w) >= 7 && strings.HasSuffix(w, "nya") && !idana.IsRoot(w) {
		return w[:len(w)-3]
	}
	return st
}

// token is a word of some text, with its byte offsets there.
type token struct {
	Surface string // as written
	Fold    string // folded, not stemmed
	Term    string // the index term
	Start   int
	End     int
}

var wordTokenizer = gluedTokenizer{unitok.NewUnicodeTokenizer()}

// gluedTokenizer splits the words a scrape glued together where a line
// break was: "KCNAMengutip" is "KCNA" and "Mengutip". Only an acronym run
// into a capitalised word is split; "JoongAng" and "WhatsApp" stay whole.
type gluedTokenizer struct{ analysis.Tokenizer }

var gluedRe = regexp.MustCompile(`^\p{Lu}{2,}\p{Lu}\p{Ll}{2,}$`)

// mayBeGlued is a cheap test run before gluedRe: two capitals open the
// word and a small letter ends it.
func mayBeGlued(w []byte) bool {
	return len(w) >= 6 && isUpperASCII(w[0]) && isUpperASCII(w[1]) && w[len(w)-1] >= 'a'
}

func isUpperASCII(b byte) bool { return b >= 'A' && b <= 'Z' }

func (g gluedTokenizer) Tokenize(input []byte) analysis.TokenStream {
	in := g.Tokenizer.Tokenize(input)
	out := make(analysis.TokenStream, 0, len(in))
	for _, t := range in {
		if !mayBeGlued(t.Term) || !gluedRe.Match(t.Term) {
			t.Position = len(out) + 1
			out = append(out, t)
			continue
		}
		cut := strings.LastIndexFunc(string(t.Term), unicode.IsUpper)
		acronym, word := *t, *t
		acronym.Term, acronym.End = t.Term[:cut], t.Start+cut
		word.Term, word.Start = t.Term[cut:], t.Start+cut
		acronym.Position, word.Position = len(out)+1, len(out)+2
		out = append(out, &acronym, &word)
	}
	return out
}

// tokenize splits text into words with their index terms.
func tokenize(text string) []token {
	stream := wordTokenizer.Tokenize([]byte(text))
	out := make([]token, 0, len(stream))
	for _, t := range stream {
		surface := text[t.Start:t.End]
		fold := idana.Fold(surface)
		out = append(out, token{Surface: surface, Fold: fold, Term: termOf(fold), Start: t.Start, End: t.End})
	}
	return out
}
