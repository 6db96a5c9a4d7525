package commands

import (
	"strings"
	"testing"
)

func TestEscapeText(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"biasa saja", "biasa saja"},
		{"@everyone dan @here", "@\u200beveryone dan @\u200bhere"},
		{"<@123> <@!5> <@&456> <#789>", `\<@` + "\u200b" + `123\> \<@` + "\u200b" + `!5\> \<@` + "\u200b" + `&456\> \<\#789\>`},
		{"<:kim:42> <t:1700000000:R>", `\<:kim:42\> \<t:1700000000:R\>`},
		{"```go\nx\n```", "\\`\\`\\`go\nx\n\\`\\`\\`"},
		{"||spoiler|| **b** __u__ ~~s~~ *i*", `\|\|spoiler\|\| \*\*b\*\* \_\_u\_\_ \~\~s\~\~ \*i\*`},
		{"[x](http://evil)", `\[x\]\(<http://evil>\)`},
		{"lihat https://contoh.test/a_b?x=1. Lalu", "lihat <https://contoh.test/a_b?x=1>. Lalu"},
		{"# Judul\n> kutip\n- daftar\n+ plus\n  - menjorok\n2024. tahun\n12 tentara - banyak", "\\# Judul\n\\> kutip\n\\- daftar\n\\+ plus\n  \\- menjorok\n2024\\. tahun\n12 tentara - banyak"},
		{`C:\jalan`, `C:\\jalan`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := escapeText(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestHighlight(t *testing.T) {
	tests := []struct {
		text  string
		terms []string
		want  string
	}{
		{"Korea Utara mengirim tentara.", []string{"tentara", "mengirim"}, "Korea Utara **mengirim** **tentara**."},
		{"Tentara dan ketentaraan", []string{"tentara"}, "**Tentara** dan ketentaraan"}, // whole words, any case
		{"pasukan khusus", []string{"pasukan khusus", "khusus"}, "**pasukan khusus**"},  // overlaps merge
		{"lihat https://x.test/tentara dan tentara", []string{"tentara"}, "lihat <https://x.test/tentara> dan **tentara**"},
		{"a*b tentara", []string{"a*b"}, `**a\*b** tentara`},
		{"tanpa istilah", []string{"", " "}, "tanpa istilah"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := highlight(tt.text, tt.terms); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSafeURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://a.test/x(1)", "https://a.test/x%281%29"},
		{"http://a.test/a b", "http://a.test/a%20b"},
		{"javascript:alert(1)", ""},
		{"/relative", ""},
		{"", ""},
		{"https://a.test/" + strings.Repeat("x", maxURL), ""},
	}
	for _, tt := range tests {
		if got := safeURL(tt.in); got != tt.want {
			t.Errorf("safeURL(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCleanQuestion(t *testing.T) {
	long := strings.Repeat("kata ", 100)
	tests := []struct{ in, want string }{
		{"  brp tentara\n korut?  ", "brp tentara korut?"},
		{"<@123> kata <#9> <:e:1> https://x.test/y itu", "kata itu"},
		{long, strings.TrimSpace(strings.Repeat("kata ", 60))},
		{"<@123>", ""},
	}
	for _, tt := range tests {
		got := cleanQuestion(tt.in)
		if got != tt.want {
			t.Errorf("cleanQuestion(%.30q): got %q, want %q", tt.in, got, tt.want)
		}
		if runes(got) > maxQuestion {
			t.Errorf("got %d runes, want at most %d", runes(got), maxQuestion)
		}
	}
}
