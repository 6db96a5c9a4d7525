package corpus

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// record is one JSON Lines article. Kutip's own shape has text and
// published; CLICK-ID's has content, date ("2019-09-10") and time
// ("21:48 WIB").
type record struct {
	ID        flexString `json:"id"`
	Title     string     `json:"title"`
	Source    string     `json:"source"`
	URL       string     `json:"url"`
	Published string     `json:"published"`
	Date      string     `json:"date"`
	Time      string     `json:"time"`
	Lang      string     `json:"lang"`
	Text      *string    `json:"text"`
	Content   *string    `json:"content"`
}

// flexString accepts a JSON string or number (some datasets number their
// ids).
type flexString string

func (f *flexString) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*f = flexString(s)
		return nil
	}
	if string(b) == "null" {
		return nil
	}
	var n json.Number
	if err := json.Unmarshal(b, &n); err != nil {
		return errors.New("id must be a string or a number")
	}
	*f = flexString(n.String())
	return nil
}

// jsonl streams a JSON Lines file, optionally gzipped, one article a line.
// A bad line is a Problem; the lines after it still load.
func (l *loader) jsonl(p string, gz bool) {
	f, err := l.fsys.Open(p)
	if err != nil {
		l.problem(p, 0, "cannot open: %v", unwrapPath(err))
		return
	}
	defer f.Close()
	var r io.Reader = f
	if gz {
		z, err := gzip.NewReader(f)
		if err != nil {
			l.problem(p, 0, "not a gzip file: %v", err)
			return
		}
		defer z.Close()
		r = z
	}
	br := bufio.NewReaderSize(r, 64<<10)
	n := 0
	for {
		line, tooLong, err := readLine(br, l.opts.MaxLineSize)
		if err != nil && err != io.EOF {
			l.problem(p, n+1, "cannot read further: %v", unwrapPath(err))
			return
		}
		if err == io.EOF && len(line) == 0 && !tooLong {
			return
		}
		n++
		switch {
		case tooLong:
			l.problem(p, n, "line too long: over %s, the limit", sizeOf(int64(l.opts.MaxLineSize)))
		case len(bytes.TrimSpace(line)) > 0:
			l.record(p, n, line)
		}
		if err == io.EOF {
			return
		}
	}
}

// readLine reads one line without its end. A line longer than max is
// consumed and reported as tooLong, without keeping it in memory.
func readLine(br *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if len(buf)+len(chunk) > max+1 { // +1 for the newline
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if tooLong {
			return nil, true, err
		}
		return bytes.TrimRight(buf, "\r\n"), false, err
	}
}

func (l *loader) record(p string, n int, line []byte) {
	if bytes.IndexByte(line, 0) >= 0 {
		l.problem(p, n, "binary data (NUL bytes), not a JSON line")
		return
	}
	if !utf8.Valid(line) {
		l.problem(p, n, "not UTF-8 text (convert the file to UTF-8)")
		return
	}
	var rec record
	if err := json.Unmarshal(line, &rec); err != nil {
		l.problem(p, n, "bad JSON: %v", jsonReason(err))
		return
	}
	var body string
	switch {
	case rec.Text != nil:
		body = *rec.Text
	case rec.Content != nil:
		body = splitJoinedParagraphs(*rec.Content)
	default:
		l.problem(p, n, `no article text: the record has neither "text" nor "content"`)
		return
	}
	text, bodyDate := clean(body)
	a := Article{
		ID:     strings.TrimSpace(string(rec.ID)),
		Title:  strings.TrimSpace(rec.Title),
		Source: strings.TrimSpace(rec.Source),
		URL:    strings.TrimSpace(rec.URL),
		Lang:   strings.TrimSpace(rec.Lang),
		Text:   text,
		Line:   n,
	}
	if t, ok := parseDate(rec.Published); ok {
		a.Published = t
	} else if t, ok := parseDate(rec.Date); ok {
		a.Published = withClock(t, rec.Time)
	} else {
		a.Published = bodyDate
	}
	if a.Title == "" {
		a.Title = headline(text)
	}
	l.add(a, p)
}

// jsonReason shortens encoding/json's errors for a human.
func jsonReason(err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return se.Error() + " at byte " + strconv.FormatInt(se.Offset, 10)
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}

// splitJoinedParagraphs undoes the CLICK-ID scraper, which joined an
// article's <p> paragraphs with "," (and left ",,," where it dropped links):
// a comma run right after the end of a sentence (or a colon), followed by
// the capital or opening quote that starts the next paragraph, becomes a
// paragraph break; so does a run of commas glued to the word before it (a
// "Baca juga" headline, then the text) or after "Baca juga". Commas inside quotes ("apa?," tanya dia) are kept, since
// a space follows the quote there. The stray " - " or " , - " left at the
// start where the dateline link was dropped goes too.
func splitJoinedParagraphs(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	i := 0
	for i < len(s) {
		c := s[i]
		if c != ',' {
			b.WriteByte(c)
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] == ',' {
			j++
		}
		split := endsSentence(s[:i]) || afterReadAlso(s[:i]) ||
			j-i >= 2 && i > 0 && !isSpace(s[i-1]) // "Judul Tautan,,Teks"
		if split && startsParagraph(s[j:]) {
			b.WriteString("\n\n")
		} else {
			b.WriteString(s[i:j])
		}
		i = j
	}
	out := b.String()
	out = strings.TrimLeft(out, " ,\u00a0\t")
	if strings.HasPrefix(out, "- ") || strings.HasPrefix(out, "– ") {
		out = strings.TrimLeft(strings.TrimLeft(out, "-–"), " ")
	}
	// Paragraphs ending in the commas of dropped links.
	lines := strings.Split(out, "\n")
	for k, ln := range lines {
		lines[k] = strings.TrimRight(ln, " ,\u00a0\t")
	}
	return strings.Join(lines, "\n")
}

// afterReadAlso reports whether s ends in a "Baca juga" marker, which the
// scraper glued to the next paragraph with commas: "Baca juga,,Ramos ...".
func afterReadAlso(s string) bool {
	s = strings.TrimRight(s, " :;")
	return len(s) >= 9 && strings.EqualFold(s[len(s)-9:], "baca juga")
}

// endsSentence reports whether s ends a sentence: ".", "!", "?" or ":",
// possibly followed by a closing quote.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " ")
	r, size := utf8.DecodeLastRuneInString(s)
	if r == '"' || r == '”' || r == '\'' || r == '’' {
		s = s[:len(s)-size]
		r, _ = utf8.DecodeLastRuneInString(s)
		return r == '.' || r == '!' || r == '?'
	}
	return r == '.' || r == '!' || r == '?' || r == ':'
}

// startsParagraph reports whether s starts a paragraph: a capital letter or
// digit, or an opening quote or parenthesis not followed by a space.
func startsParagraph(s string) bool {
	s = strings.TrimLeft(s, "\u200e\u200f") // direction marks
	r, size := utf8.DecodeRuneInString(s)
	if unicode.IsUpper(r) || unicode.IsDigit(r) {
		return true
	}
	if r == '"' || r == '“' || r == '\'' || r == '‘' || r == '(' {
		r2, _ := utf8.DecodeRuneInString(s[size:])
		return r2 != utf8.RuneError && !unicode.IsSpace(r2) && r2 != ','
	}
	return false
}
