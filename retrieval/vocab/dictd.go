package vocab

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
)

// Dict is a dictd-format bilingual dictionary (such as FreeDict's
// English–Indonesian) read wholly into memory: a map from lowercased headword
// to its translations. It is immutable and safe for concurrent use.
type Dict struct {
	entries map[string][]string
}

// FreeDict's English–Indonesian dictionary (edition 2022.11.18, Karl
// Bartel, from Wiktionary via WikDict; CC BY-SA 3.0: see
// data/freedict/NOTICE), as Debian's dict-freedict-eng-ind ships it.
//
//go:embed data/freedict/eng-ind.index
var freeDictIndex []byte

//go:embed data/freedict/eng-ind.dict.dz
var freeDictData []byte

// FreeDict returns the embedded FreeDict English–Indonesian dictionary,
// read once.
var FreeDict = sync.OnceValues(func() (*Dict, error) {
	data, err := gunzipIfNeeded(freeDictData)
	if err != nil {
		return nil, fmt.Errorf("vocab: read embedded FreeDict: %w", err)
	}
	return parseDictd("embedded eng-ind.index", bytes.NewReader(freeDictIndex), data)
})

// OpenDictd reads a dictd dictionary: the .index file (headword, offset and
// length in dictd's base64, tab-separated) and the .dict file, plain or
// dictzip-compressed (.dict.dz, which gzip reads whole).
func OpenDictd(indexPath, dictPath string) (*Dict, error) {
	raw, err := os.ReadFile(dictPath)
	if err != nil {
		return nil, fmt.Errorf("vocab: open dictd %s: %w", dictPath, err)
	}
	data, err := gunzipIfNeeded(raw)
	if err != nil {
		return nil, fmt.Errorf("vocab: open dictd %s: %w", dictPath, err)
	}
	f, err := os.Open(indexPath)
	if err != nil {
		return nil, fmt.Errorf("vocab: open dictd index: %w", err)
	}
	defer f.Close()
	return parseDictd(indexPath, f, data)
}

// parseDictd reads a dictd index against the uncompressed dictionary
// text; indexPath names the index in errors.
func parseDictd(indexPath string, index io.Reader, data []byte) (*Dict, error) {
	d := &Dict{entries: make(map[string][]string)}
	sc := bufio.NewScanner(index)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) < 3 {
			return nil, fmt.Errorf("vocab: read dictd index %s line %d: want word, offset, length", indexPath, n)
		}
		off, err1 := decodeB64(fields[1])
		size, err2 := decodeB64(fields[2])
		if err1 != nil || err2 != nil || off+size > int64(len(data)) {
			return nil, fmt.Errorf("vocab: read dictd index %s line %d: bad offset %q or length %q", indexPath, n, fields[1], fields[2])
		}
		word := strings.ToLower(strings.TrimSpace(fields[0]))
		if strings.HasPrefix(word, "00database") || strings.HasPrefix(word, "00-database") {
			continue
		}
		for _, tr := range parseEntry(string(data[off : off+size])) {
			d.entries[word] = appendNew(d.entries[word], tr)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("vocab: read dictd index %s: %w", indexPath, err)
	}
	return d, nil
}

// gunzipIfNeeded uncompresses a dictzip (gzip) dictionary; plain text
// is returned as it is.
func gunzipIfNeeded(data []byte) ([]byte, error) {
	if len(data) < 2 || data[0] != 0x1f || data[1] != 0x8b {
		return data, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	return io.ReadAll(zr)
}

// dictdB64 is dictd's base64 alphabet for index offsets and lengths: the
// digits of a big-endian base-64 number, without padding.
const dictdB64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

func decodeB64(s string) (int64, error) {
	if s == "" || len(s) > 10 {
		return 0, fmt.Errorf("vocab: decode dictd number %q: bad length", s)
	}
	var v int64
	for i := 0; i < len(s); i++ {
		d := strings.IndexByte(dictdB64, s[i])
		if d < 0 {
			return 0, fmt.Errorf("vocab: decode dictd number %q: bad digit %q", s, s[i])
		}
		v = v*64 + int64(d)
	}
	return v, nil
}

// parseEntry pulls the translations out of one FreeDict entry:
//
//	soldier /ˈsoʊld͡ʒɚ/ <n>
//	prajurit, tentara, askar
//	member of an army
//
// The first line (headword, pronunciation, part of speech) is dropped. When
// senses are numbered ("1. serangan, kritis"), each numbered line holds
// translations and the lines between are English glosses; otherwise the first
// line holds them. Translations are split on commas and semicolons, stripped of
// parenthesised notes and lowercased; only single words and phrases of up to
// three words are kept.
func parseEntry(entry string) []string {
	lines := strings.Split(entry, "\n")
	if len(lines) < 2 {
		return nil
	}
	lines = lines[1:]
	var trLines []string
	for _, l := range lines {
		if rest, ok := cutSenseNumber(l); ok && strings.TrimSpace(rest) != "" {
			trLines = append(trLines, rest)
		}
	}
	if len(trLines) == 0 {
		for _, l := range lines {
			if strings.TrimSpace(l) != "" {
				trLines = append(trLines, l)
				break
			}
		}
	}
	var out []string
	for _, l := range trLines {
		l = stripParens(l)
		l = trimTrailingSenseNumber(l)
		for _, tr := range strings.FieldsFunc(l, func(r rune) bool { return r == ',' || r == ';' }) {
			tr = strings.ToLower(strings.Join(strings.Fields(tr), " "))
			tr = strings.Trim(tr, ".:!?\"'")
			if tr == "" || len(strings.Fields(tr)) > 3 || len(tr) > 40 {
				continue
			}
			out = appendNew(out, tr)
		}
	}
	return out
}

// cutSenseNumber removes a leading "12. " sense number.
func cutSenseNumber(l string) (string, bool) {
	t := strings.TrimLeft(l, " ")
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i == 0 || i >= len(t) || t[i] != '.' {
		return "", false
	}
	return t[i+1:], true
}

// trimTrailingSenseNumber drops a sense number glued to the end of a line by
// a malformed entry ("transubstansiasi 2.").
func trimTrailingSenseNumber(l string) string {
	f := strings.Fields(l)
	if n := len(f); n > 1 {
		if rest, ok := cutSenseNumber(f[n-1]); ok && rest == "" {
			return strings.Join(f[:n-1], " ")
		}
	}
	return l
}

func stripParens(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// Lookup returns the Indonesian translations of an English word or phrase, or
// nil. Case is ignored.
func (d *Dict) Lookup(word string) []string {
	if d == nil || len(word) > maxPhraseBytes {
		return nil
	}
	return clone(d.entries[strings.ToLower(strings.TrimSpace(word))])
}

// Len returns the number of headwords.
func (d *Dict) Len() int {
	if d == nil {
		return 0
	}
	return len(d.entries)
}
