package commands

import (
	"net/url"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Quoted news is untrusted text: it may hold @everyone, <@123>, markdown,
// spoilers, code fences and links. Everything from the corpus or from a
// user goes through escapeText (or highlight) before it reaches Discord;
// allowed_mentions with an empty parse list (noMentions) is the other half.

// zwsp breaks mentions: "@\u200beveryone" pings nobody, even where
// allowed_mentions would not apply.
const zwsp = "\u200b"

// bareURL finds links in text. They are wrapped in <...> so that they
// neither unfurl into a preview nor get parsed as markdown.
var bareURL = regexp.MustCompile(`(?i)\bhttps?://[^\s<>()\[\]"'` + "`" + `|]+`)

// span is a byte range of text that renders specially.
type span struct {
	start, end int
	url        bool // a link, wrapped in <...>; otherwise a bold term
}

// escapeText makes s safe to show as Discord markdown: every markdown
// character escaped, mentions broken, bare links wrapped.
func escapeText(s string) string { return highlight(s, nil) }

// highlight is escapeText with the given words (as they appear in s; matched
// case-insensitively on word boundaries) in bold.
func highlight(s string, terms []string) string {
	spans := urlSpans(s)
	for _, t := range termSpans(s, terms) {
		if !overlaps(t, spans) {
			spans = append(spans, t)
		}
	}
	sort.Slice(spans, func(a, b int) bool { return spans[a].start < spans[b].start })
	spans = mergeBold(spans)

	var b strings.Builder
	e := escaper{b: &b, lineStart: true}
	at := 0
	for _, sp := range spans {
		e.write(s[at:sp.start])
		if sp.url {
			b.WriteString("<" + s[sp.start:sp.end] + ">")
			e.lineStart = false
		} else {
			b.WriteString("**")
			e.write(s[sp.start:sp.end])
			b.WriteString("**")
		}
		at = sp.end
	}
	e.write(s[at:])
	return b.String()
}

func urlSpans(s string) []span {
	var spans []span
	for _, m := range bareURL.FindAllStringIndex(s, -1) {
		end := m[1]
		for end > m[0] && strings.ContainsRune(".,;:!?", rune(s[end-1])) {
			end--
		}
		spans = append(spans, span{start: m[0], end: end, url: true})
	}
	return spans
}

func termSpans(s string, terms []string) []span {
	var spans []span
	for _, t := range terms {
		t = strings.TrimSpace(t)
		if t == "" {
			continue
		}
		re, err := regexp.Compile(`(?i)` + regexp.QuoteMeta(t))
		if err != nil {
			continue
		}
		for _, m := range re.FindAllStringIndex(s, -1) {
			if isWordRune(lastRune(s[:m[0]])) || isWordRune(firstRune(s[m[1]:])) {
				continue // inside a longer word
			}
			spans = append(spans, span{start: m[0], end: m[1]})
		}
	}
	return spans
}

func overlaps(t span, spans []span) bool {
	for _, sp := range spans {
		if sp.url && t.start < sp.end && sp.start < t.end {
			return true
		}
	}
	return false
}

// mergeBold joins overlapping bold spans (sorted by start), so that "**"
// pairs never nest.
func mergeBold(spans []span) []span {
	var out []span
	for _, sp := range spans {
		if n := len(out); n > 0 && !sp.url && !out[n-1].url && sp.start <= out[n-1].end {
			out[n-1].end = max(out[n-1].end, sp.end)
			continue
		}
		out = append(out, sp)
	}
	return out
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// escaper writes text with markdown escaped, remembering whether it is at
// the start of a line (where "-", "+", "#" and "1." start lists and
// headings).
type escaper struct {
	b         *strings.Builder
	lineStart bool
}

func (e *escaper) write(s string) {
	for i, r := range s {
		switch {
		case r == '\n':
			e.b.WriteRune(r)
			e.lineStart = true
			continue
		case r == '@':
			e.b.WriteString("@" + zwsp)
		case strings.ContainsRune("\\*_~`|>[]()#<", r):
			e.b.WriteByte('\\')
			e.b.WriteRune(r)
		case e.lineStart && (r == '-' || r == '+'):
			e.b.WriteByte('\\')
			e.b.WriteRune(r)
		case e.lineStart && r >= '0' && r <= '9':
			// "2024. " at a line's start would become a numbered list.
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			e.b.WriteRune(r)
			if j < len(s) && s[j] == '.' && j == i+1 {
				e.b.WriteByte('\\')
			}
			e.lineStart = j > i+1 // still inside the leading number
			continue
		case r == ' ' || r == '\t':
			e.b.WriteRune(r)
			continue // leading blanks keep the line's start
		default:
			e.b.WriteRune(r)
		}
		e.lineStart = false
	}
}

// safeURL returns u if it is an absolute http(s) URL, with the characters
// that would end a markdown link target escaped; "" otherwise.
func safeURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	s := p.String()
	s = strings.NewReplacer("(", "%28", ")", "%29", "<", "%3C", ">", "%3E", " ", "%20").Replace(s)
	if len(s) > maxURL {
		return ""
	}
	return s
}

// maxURL is the longest link we render; longer ones are shown as plain
// titles (Discord rejects embeds with over-long URLs).
const maxURL = 512

// link renders title as a masked link to u, or as plain escaped text when
// u is not a usable URL. Masked links inside embeds do not unfurl.
func link(title, u string) string {
	t := escapeText(title)
	if su := safeURL(u); su != "" {
		return "[" + t + "](" + su + ")"
	}
	return t
}

// oneLine folds all whitespace (newlines included) to single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
