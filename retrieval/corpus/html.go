package corpus

import (
	"bytes"
	"strings"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// html reads a web page: go-trafilatura finds the main text (leaving out
// navigation, sidebars, footers and most boxes) and the metadata: title,
// site name, canonical URL, publication date, language.
func (l *loader) html(p string, data []byte) {
	res, err := trafilatura.Extract(bytes.NewReader(data), trafilatura.Options{
		ExcludeComments: true,
		EnableFallback:  true,
	})
	if err != nil || res == nil || res.ContentNode == nil {
		reason := "no article text found in the HTML page"
		if err != nil {
			reason += ": " + err.Error()
		}
		l.problem(p, 0, "%s", reason)
		return
	}
	text, bodyDate := clean(blockText(res.ContentNode))
	m := res.Metadata
	a := Article{
		Title:     strings.TrimSpace(m.Title),
		Source:    strings.TrimSpace(m.Sitename),
		URL:       strings.TrimSpace(m.URL),
		Published: m.Date,
		Lang:      strings.TrimSpace(m.Language),
		Text:      text,
	}
	if a.Title == "" {
		a.Title = headline(text)
	}
	if a.Published.IsZero() {
		a.Published = bodyDate
	}
	l.add(a, p)
}

// blocks are the elements that start a paragraph of their own.
var blocks = setOf("p", "div", "section", "article", "main", "header", "footer", "aside",
	"h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
	"blockquote", "pre", "figure", "figcaption", "table", "tr", "hr", "address")

// blockText renders an HTML tree as text: each block element a paragraph
// (separated by blank lines), <br> a line break, runs of white space in
// text one space.
func blockText(n *html.Node) string {
	var b strings.Builder
	// space writes one space unless the text so far ends in white space.
	space := func() {
		if s := b.String(); s != "" && !isSpace(s[len(s)-1]) {
			b.WriteByte(' ')
		}
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			words := strings.Fields(n.Data)
			if len(words) == 0 {
				if n.Data != "" {
					space()
				}
				return
			}
			if isSpace(n.Data[0]) {
				space()
			}
			b.WriteString(strings.Join(words, " "))
			if isSpace(n.Data[len(n.Data)-1]) {
				b.WriteByte(' ')
			}
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "template":
				return
			case "br":
				b.WriteByte('\n')
				return
			}
		}
		block := n.Type == html.ElementNode && blocks[n.Data]
		if block {
			b.WriteString("\n\n")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			b.WriteString("\n\n")
		}
	}
	walk(n)
	return b.String()
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' }
