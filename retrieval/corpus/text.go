package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// errUnterminated is a front matter whose closing "---" is missing.
var errUnterminated = errors.New(`unterminated front matter: no closing "---" line`)

// text reads a Markdown or plain-text article: optional YAML front matter,
// then the body.
func (l *loader) text(p string, data []byte) {
	fm, body, err := splitFrontMatter(data)
	if err != nil {
		l.problem(p, 1, "%v", err)
		return
	}
	var meta map[string]any
	if fm != nil {
		if err := yaml.Unmarshal(fm, &meta); err != nil {
			l.problem(p, 1, "bad YAML in front matter: %v", err)
			return
		}
	}
	text, bodyDate := clean(string(body))
	a := Article{
		ID:     metaString(meta, "id"),
		Title:  metaString(meta, "title"),
		Source: metaString(meta, "source", "publisher", "site"),
		URL:    metaString(meta, "url", "link"),
		Lang:   metaString(meta, "lang", "language"),
		Text:   text,
	}
	if a.Title == "" {
		a.Title = headline(text)
	}
	a.Published = metaDate(meta, "published", "date")
	if a.Published.IsZero() {
		a.Published = bodyDate
	}
	l.add(a, p)
}

// splitFrontMatter separates a leading "---" ... "---" block (the closing
// line may also be "...") from the body. fm is nil when there is none.
func splitFrontMatter(data []byte) (fm, body []byte, err error) {
	first, rest, found := bytes.Cut(data, []byte("\n"))
	if !found || string(bytes.TrimRight(first, " \t\r")) != "---" {
		return nil, data, nil
	}
	off := 0
	for off <= len(rest) {
		line, next, more := bytes.Cut(rest[off:], []byte("\n"))
		t := string(bytes.TrimRight(line, " \t\r"))
		if t == "---" || t == "..." {
			fm = rest[:off]
			if !more {
				return fm, nil, nil
			}
			return fm, next, nil
		}
		if !more {
			break
		}
		off += len(line) + 1
	}
	return nil, nil, errUnterminated
}

// metaString is the first of keys present in meta, as a string.
func metaString(meta map[string]any, keys ...string) string {
	for _, k := range keys {
		switch v := meta[k].(type) {
		case nil:
			continue
		case string:
			if s := strings.TrimSpace(v); s != "" {
				return s
			}
		case time.Time:
			return v.Format(time.RFC3339)
		case int, int64, uint64, float64, bool:
			return fmt.Sprint(v)
		}
	}
	return ""
}

// metaDate is the first of keys present in meta that holds a date. A value
// that is no date is ignored (zero time).
func metaDate(meta map[string]any, keys ...string) time.Time {
	for _, k := range keys {
		switch v := meta[k].(type) {
		case time.Time:
			return v
		case string:
			if t, ok := parseDate(v); ok {
				return t
			}
		}
	}
	return time.Time{}
}
