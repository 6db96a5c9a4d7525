package vocab

import (
	_ "embed"
	"strings"
)

//go:embed data/synonyms.tsv
var synonymsTSV string

// synonyms maps a root word to the other words of its group.
var synonyms = func() map[string][]string {
	m := map[string][]string{}
	for _, line := range strings.Split(synonymsTSV, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		group := strings.Split(line, "|")
		for _, w := range group {
			for _, other := range group {
				if other != w && !contains(m[w], other) {
					m[w] = append(m[w], other)
				}
			}
		}
	}
	return m
}()

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Synonyms returns the words that news uses interchangeably with the root
// word root (tentara: pasukan, prajurit, ...), or nil. Look words up by
// their stem.
func Synonyms(root string) []string {
	return clone(synonyms[root])
}
