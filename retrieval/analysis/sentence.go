package analysis

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a byte range of a text: text[Start:End].
type Span struct{ Start, End int }

// Sentences splits text into sentences and returns their byte spans, in
// order, trimmed of surrounding white space; no span is empty, spans do not
// overlap, and every non-space character of text lies in one of them.
//
// A sentence ends at . ! ? or … (with any closing quotes or brackets that
// follow) when white space and an upper-case letter, a digit or an opening
// quote come next, or the line ends. Every newline ends a sentence, so a
// headline or caption without final punctuation stands alone. It does not
// end after a title or other abbreviation (Dr., Jl., Letjen., No., dll.
// before a number), an initial (J. Smith, A.S.), a list number at the start
// of a line, nor inside numbers, dates, times, URLs or e-mail addresses
// (12.000, 28.4.2025, 19.13, kemlu.go.id), nor before a lower-case word
// (.” katanya). A short credit in parentheses right after the final
// punctuation, like "(Reuters/Alex Babenko)" or "(ant)", belongs to the
// sentence before it.
//
// Sentences runs in time linear in len(text) and accepts invalid UTF-8,
// which it treats as ordinary characters.
func Sentences(text string) []Span {
	var out []Span
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		out = splitLine(text, start, end, out)
		start = end + 1
	}
	return out
}

// splitLine appends the sentences of text[s:e], a line without newlines.
func splitLine(text string, s, e int, out []Span) []Span {
	cur := s // where the current sentence starts
	i := s
	for i < e {
		r, size := utf8.DecodeRuneInString(text[i:e])
		if !isTerminator(r) {
			i += size
			continue
		}
		j := i + size // end of the run of terminators
		for j < e {
			r, size := utf8.DecodeRuneInString(text[j:e])
			if !isTerminator(r) {
				break
			}
			j += size
		}
		k := j // end of the closing quotes and brackets
		for k < e {
			r, size := utf8.DecodeRuneInString(text[k:e])
			if !isCloser(r) {
				break
			}
			k += size
		}
		if k < e && text[k] == '(' {
			// A credit glued to the period: "ditingkatkan.(euronews)".
			if ce, ok := creditAfter(text, k, e); ok {
				out = emit(out, text, cur, ce)
				cur, i = ce, ce
				continue
			}
		}
		m := skipSpace(text, k, e)
		if m == e {
			break // the line's end closes the sentence
		}
		if m == k {
			i = j // no space: 12.000, A.S., kemlu.go.id, "?!"
			continue
		}
		if text[i] == '.' && j == i+1 && noBreakAfterDot(text, cur, i, m, e) {
			i = j
			continue
		}
		if text[m] == '(' {
			if ce, ok := creditAfter(text, m, e); ok {
				out = emit(out, text, cur, ce)
				cur, i = ce, ce
				continue
			}
		}
		if r, _ := utf8.DecodeRuneInString(text[m:e]); isStarter(r) {
			out = emit(out, text, cur, k)
			cur, i = k, m
			continue
		}
		i = j
	}
	return emit(out, text, cur, e)
}

// emit appends text[a:b] trimmed of white space, if anything is left.
func emit(out []Span, text string, a, b int) []Span {
	for a < b {
		r, size := utf8.DecodeRuneInString(text[a:b])
		if !unicode.IsSpace(r) || (r == utf8.RuneError && size == 1) {
			break
		}
		a += size
	}
	for b > a {
		r, size := utf8.DecodeLastRuneInString(text[a:b])
		if !unicode.IsSpace(r) || (r == utf8.RuneError && size == 1) {
			break
		}
		b -= size
	}
	if a < b {
		out = append(out, Span{a, b})
	}
	return out
}

func skipSpace(text string, i, e int) int {
	for i < e {
		r, size := utf8.DecodeRuneInString(text[i:e])
		if !unicode.IsSpace(r) || (r == utf8.RuneError && size == 1) {
			break
		}
		i += size
	}
	return i
}

func isTerminator(r rune) bool {
	return r == '.' || r == '!' || r == '?' || r == '…' || r == '‼' || r == '⁇' || r == '⁈' || r == '⁉'
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', '›', ')', ']':
		return true
	}
	return false
}

func isOpenQuote(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«', '‹', '„', '‚':
		return true
	}
	return false
}

// isStarter reports whether a sentence may begin with r: an upper-case
// letter, a letter of a script without case, a digit, an opening quote or
// bracket.
func isStarter(r rune) bool {
	if r == utf8.RuneError {
		return false
	}
	if unicode.IsLetter(r) {
		return !unicode.IsLower(r)
	}
	return unicode.IsDigit(r) || isOpenQuote(r) || r == '(' || r == '['
}

// titles never end a sentence: they stand before a name, a place or a
// number. Lower case, without the final dot.
var titles = map[string]bool{
	"dr": true, "drg": true, "drs": true, "dra": true, "prof": true, "ir": true,
	"h": true, "hj": true, "kh": true, "jl": true, "jln": true, "gg": true,
	"no": true, "nos": true, "bpk": true, "sdr": true, "sdri": true, "yth": true,
	"tn": true, "ny": true, "nn": true, "st": true,
	"kol": true, "jend": true, "letjen": true, "mayjen": true, "brigjen": true,
	"laksda": true, "laksdya": true, "marsda": true, "marsdya": true, "kapt": true,
	"lettu": true, "letda": true, "serka": true, "serda": true, "kompol": true,
	"mr": true, "mrs": true, "ms": true, "lt": true, "col": true, "capt": true,
	"maj": true, "sgt": true, "vs": true, "co": true, "rp": true,
	"pk": true, "tgl": true, "hlm": true, "kab": true, "kec": true, "kel": true,
	"prov": true, "kp": true, "ds": true, "vol": true, "fig": true,
}

// finalAbbrevs may end a sentence (…, amunisi, dll. Selain itu…) but do not
// before a number (dll. 12, 5 km. 3) or a lower-case word.
var finalAbbrevs = map[string]bool{
	"dll": true, "dsb": true, "dst": true, "dkk": true, "tsb": true, "etc": true,
	"inc": true, "ltd": true, "corp": true, "km": true, "kg": true, "cm": true,
	"mm": true, "jt": true, "rb": true, "jan": true, "feb": true, "agu": true,
	"agt": true, "sep": true, "sept": true, "okt": true, "nov": true, "des": true,
}

// maxToken bounds the backward scan for an abbreviation, keeping Sentences
// linear on text without spaces.
const maxToken = 32

// noBreakAfterDot reports whether the period at text[dot], followed by
// white space and text[next], does not end a sentence that began at cur.
func noBreakAfterDot(text string, cur, dot, next, e int) bool {
	ts := dot
	for ts > cur && dot-ts <= maxToken {
		r, size := utf8.DecodeLastRuneInString(text[cur:ts])
		if unicode.IsSpace(r) && !(r == utf8.RuneError && size == 1) {
			break
		}
		ts -= size
	}
	if dot-ts > maxToken {
		return false
	}
	for ts < dot {
		r, size := utf8.DecodeRuneInString(text[ts:dot])
		if !isOpenQuote(r) && r != '(' && r != '[' {
			break
		}
		ts += size
	}
	tok := text[ts:dot]
	if tok == "" {
		return false
	}
	lower := strings.ToLower(tok)
	if titles[lower] {
		return true
	}
	if finalAbbrevs[lower] {
		r, _ := utf8.DecodeRuneInString(text[next:e])
		return unicode.IsDigit(r)
	}
	if r, size := utf8.DecodeRuneInString(tok); size == len(tok) && unicode.IsUpper(r) {
		return true // an initial: J. Smith, Kim J. Un
	}
	if isDottedAbbrev(tok) {
		return true // A.S., S.H., M.Si., a.l., e.g.
	}
	if len(tok) <= 2 && isDigits(tok) && skipSpace(text, cur, dot) == ts {
		return true // "1. Korea Utara …" numbers a list item
	}
	return false
}

// isDottedAbbrev reports whether tok is letters in short groups joined by
// dots, starting upper case (A.S, S.H, M.Si, Ph.D) or made of single
// letters (a.l, e.g, i.e).
func isDottedAbbrev(tok string) bool {
	if strings.IndexByte(tok, '.') < 0 {
		return false
	}
	upperFirst := tok[0] >= 'A' && tok[0] <= 'Z'
	for seg := range strings.SplitSeq(tok, ".") {
		if seg == "" || len(seg) > 3 || (!upperFirst && len(seg) > 1) {
			return false
		}
		for i := 0; i < len(seg); i++ {
			c := seg[i] | 0x20
			if c < 'a' || c > 'z' {
				return false
			}
		}
	}
	return true
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// Credits are short: a wire agency, a photographer, initials.
const (
	maxCredit      = 80
	maxCreditWords = 6
)

// creditAfter reports whether text[p:e], which starts with '(', begins
// with a credit that ends its sentence: "(Reuters/Alex Babenko)" followed
// by the end of the line or by the next sentence. It returns where the
// credit (and any period after it) ends.
func creditAfter(text string, p, e int) (int, bool) {
	q, ok := creditEnd(text, p, e)
	if !ok {
		return 0, false
	}
	for q < e && (text[q] == '.' || text[q] == '!' || text[q] == '?') {
		q++
	}
	after := skipSpace(text, q, e)
	if after < e {
		if after == q {
			return 0, false
		}
		if r, _ := utf8.DecodeRuneInString(text[after:e]); !isStarter(r) {
			return 0, false
		}
	}
	return q, true
}

// creditEnd returns the end of the parenthesised credit at text[p], if it
// is one: at most maxCredit bytes and maxCreditWords words, not empty, no
// nested brackets and no sentence inside.
func creditEnd(text string, p, e int) (int, bool) {
	words, inWord := 0, false
	for q := p + 1; q < e && q-p <= maxCredit; q++ {
		switch c := text[q]; c {
		case ')':
			return q + 1, words > 0
		case '(', '[', ']':
			return 0, false
		case '.', '!', '?':
			if q+1 < e && (text[q+1] == ' ' || text[q+1] == '\t') {
				return 0, false
			}
		case ' ', '\t':
			inWord = false
			continue
		}
		if !inWord {
			words++
			inWord = true
			if words > maxCreditWords {
				return 0, false
			}
		}
	}
	return 0, false
}

// IsCredit reports whether s, trimmed, is only a credit in parentheses,
// such as "(FEA)" or "(Reuters/Alex Babenko)". Sentences leaves a credit
// on a line of its own as a sentence of its own; an indexer may skip it.
func IsCredit(s string) bool {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "(") {
		return false
	}
	q, ok := creditEnd(s, 0, len(s))
	if !ok {
		return false
	}
	return strings.TrimRight(s[q:], ".") == ""
}
