package vocab

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/encoding/charmap"
)

// thesaurusDat is LibreOffice's Indonesian thesaurus (mythes format,
// ISO-8859-1), by Ali Ahmadi, LGPL-2.1: see data/thesaurus/NOTICE.
//
//go:embed data/thesaurus/th_id_ID_v2.dat.gz
var thesaurusDat []byte

// thesaurus maps a word to its synonyms, every sense together, most
// common sense first.
var thesaurus = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	zr, err := gzip.NewReader(bytes.NewReader(thesaurusDat))
	if err != nil {
		return m
	}
	sc := bufio.NewScanner(charmap.ISO8859_1.NewDecoder().Reader(zr))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	sc.Scan() // the encoding line
	for sc.Scan() {
		head := strings.Split(sc.Text(), "|")
		if len(head) != 2 {
			continue
		}
		n, err := strconv.Atoi(head[1])
		if err != nil {
			continue
		}
		word := strings.ToLower(head[0])
		for i := 0; i < n && sc.Scan(); i++ {
			fields := strings.Split(sc.Text(), "|")
			if len(fields) < 2 || fields[0] == "[ant]" {
				continue // antonyms
			}
			for _, syn := range fields[1:] {
				if syn != "" && !contains(m[word], syn) {
					m[word] = append(m[word], syn)
				}
			}
		}
	}
	return m
})

// Thesaurus returns the synonyms LibreOffice's Indonesian thesaurus lists
// for a word (sidang: rapat, pertemuan, ...), or nil. They are loose
// (letak: lokasi, but also keadaan), so callers give them less credit
// than the word itself.
func Thesaurus(word string) []string {
	return clone(thesaurus()[strings.ToLower(word)])
}
