package vocab

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode/utf8"
)

//go:embed data/slang.tsv
var slangTSV string

//go:embed data/variants.tsv
var variantsTSV string

var (
	slang    = mustParse(parseSlang(slangTSV))
	variants = mustParse(parseVariants(variantsTSV))
)

// mustParse panics on a malformed embedded file; the files are part of the
// package and their tests make sure this never happens.
func mustParse[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// dataLines yields the non-blank, non-comment lines of an embedded file with
// their 1-based line numbers.
func dataLines(text string, yield func(n int, line string) error) error {
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := yield(i+1, line); err != nil {
			return err
		}
	}
	return nil
}

// parseSlang reads word<TAB>expansion lines into a map from the word to the
// words of its expansion.
func parseSlang(text string) (map[string][]string, error) {
	m := make(map[string][]string)
	err := dataLines(text, func(n int, line string) error {
		word, exp, ok := strings.Cut(line, "\t")
		word = strings.TrimSpace(word)
		words := strings.Fields(exp)
		switch {
		case !ok || word == "" || len(words) == 0 || strings.Contains(exp, "\t"):
			return fmt.Errorf("vocab: parse slang line %d: want word<TAB>expansion, got %q", n, line)
		case word != strings.ToLower(word):
			return fmt.Errorf("vocab: parse slang line %d: word %q is not lowercase", n, word)
		case m[word] != nil:
			return fmt.Errorf("vocab: parse slang line %d: duplicate word %q", n, word)
		}
		m[word] = words
		return nil
	})
	return m, err
}

// parseVariants reads lines of |-separated spellings into a map from each
// normalized spelling to its whole group.
func parseVariants(text string) (map[string][]string, error) {
	m := make(map[string][]string)
	err := dataLines(text, func(n int, line string) error {
		var group []string
		seen := make(map[string]bool)
		for _, s := range strings.Split(line, "|") {
			s = strings.TrimSpace(s)
			if s == "" || s != strings.ToLower(s) {
				return fmt.Errorf("vocab: parse variants line %d: empty or uppercase spelling in %q", n, line)
			}
			if !seen[s] {
				seen[s] = true
				group = append(group, s)
			}
		}
		if len(group) < 2 {
			return fmt.Errorf("vocab: parse variants line %d: want at least two spellings, got %q", n, line)
		}
		for _, s := range group {
			key := variantKey(s)
			if g, dup := m[key]; dup && &g[0] != &group[0] {
				return fmt.Errorf("vocab: parse variants line %d: %q already in group %q", n, s, g[0])
			}
			m[key] = group
		}
		return nil
	})
	return m, err
}

// variantKey folds case, hyphens and runs of spaces so that "Kim Jong-un" and
// "kim jong un" meet.
func variantKey(s string) string {
	s = strings.ToLower(strings.ToValidUTF8(s, ""))
	s = strings.ReplaceAll(s, "-", " ")
	return strings.Join(strings.Fields(s), " ")
}

// Expand returns the standard Indonesian words that a chat-style token stands
// for, in order ("yg" → [yang], "korut" → [korea utara], "dimana" → [di mana]),
// or nil when the token is not chat-style. The token is expected lowercased
// (it is lowercased again to be safe). A reduplication written with a trailing
// 2 ("org2", "tentara2") expands to its base ("orang", "tentara"), since the
// plural matches the same passages.
//
// "as" expands to "amerika serikat": in this domain AS is the United States,
// and tokens arrive lowercased, so the English "as" cannot be told apart;
// callers must not call Expand on English text, except, as the translator
// does, on a word no English stop word, glossary entry or dictionary
// headword reads ("Kemenhan" in an English question).
func Expand(word string) []string {
	w := strings.ToLower(strings.TrimSpace(word))
	if exp := slang[w]; exp != nil {
		return clone(exp)
	}
	if base, ok := strings.CutSuffix(w, "2"); ok && len(base) >= 2 && isLetters(base) {
		if exp := slang[base]; exp != nil {
			return clone(exp)
		}
		return []string{base}
	}
	// "ultahnya": the slang word and its possessive (ulang tahunnya).
	if base, ok := strings.CutSuffix(w, "nya"); ok && len(base) >= 3 {
		if exp := clone(slang[base]); exp != nil {
			exp[len(exp)-1] += "nya"
			return exp
		}
	}
	return nil
}

// Variants returns every spelling of a name or place that appears in the same
// group as word ("zelenskyy" → [zelensky zelenskyy zelenskiy ...]), the usual
// Indonesian spelling first, or nil when word is in no group. Case, hyphens and
// repeated spaces are ignored, so "Kim Jong-un" finds "kim jong un".
func Variants(word string) []string {
	if len(word) > maxPhraseBytes {
		return nil
	}
	if g := variants[variantKey(word)]; g != nil {
		return clone(g)
	}
	return nil
}

// maxPhraseBytes bounds keys worth folding; no table has a longer entry.
const maxPhraseBytes = 200

func isLetters(s string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z') {
			return false
		}
	}
	return s != ""
}

func clone(s []string) []string {
	if s == nil {
		return nil
	}
	return append([]string(nil), s...)
}

// validLower lowercases s after replacing invalid UTF-8.
func validLower(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return strings.ToLower(s)
}
