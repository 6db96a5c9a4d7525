package commands

import (
	"fmt"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/kutip/kutip/retrieval"
)

func TestTruncate(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"pendek", 10, "pendek"},
		{"pendek", 6, "pendek"},
		{"panjang sekali", 8, "panjang…"},
		{"ááááá", 3, "áá…"},
		{"🙂🙂🙂", 2, "🙂…"},
		{"abc", 0, ""},
	}
	for _, tt := range tests {
		if got := truncate(tt.in, tt.n); got != tt.want {
			t.Errorf("truncate(%q, %d): got %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

func TestValidateCatches(t *testing.T) {
	ok := func() *discordgo.InteractionResponseData {
		return finish(&discordgo.InteractionResponseData{Embeds: []*discordgo.MessageEmbed{{Description: "x"}}})
	}
	tests := []struct {
		name   string
		break_ func(d *discordgo.InteractionResponseData)
	}{
		{"mentions allowed", func(d *discordgo.InteractionResponseData) { d.AllowedMentions = nil }},
		{"nil parse", func(d *discordgo.InteractionResponseData) { d.AllowedMentions.Parse = nil }},
		{"everyone", func(d *discordgo.InteractionResponseData) {
			d.AllowedMentions.Parse = []discordgo.AllowedMentionType{discordgo.AllowedMentionTypeEveryone}
		}},
		{"suppress with embeds", func(d *discordgo.InteractionResponseData) { d.Flags |= discordgo.MessageFlagsSuppressEmbeds }},
		{"content", func(d *discordgo.InteractionResponseData) { d.Content = strings.Repeat("é", 2001) }},
		{"description", func(d *discordgo.InteractionResponseData) { d.Embeds[0].Description = strings.Repeat("x", 4097) }},
		{"title", func(d *discordgo.InteractionResponseData) { d.Embeds[0].Title = strings.Repeat("x", 257) }},
		{"total", func(d *discordgo.InteractionResponseData) {
			for range 2 {
				d.Embeds = append(d.Embeds, &discordgo.MessageEmbed{Description: strings.Repeat("x", 3000)})
			}
		}},
		{"eleven embeds", func(d *discordgo.InteractionResponseData) {
			for range 10 {
				d.Embeds = append(d.Embeds, &discordgo.MessageEmbed{Description: "x"})
			}
		}},
		{"custom id", func(d *discordgo.InteractionResponseData) {
			d.Components = pager(strings.Repeat("x", 101), true, "y", true, "z", indonesian)
		}},
		{"duplicate custom id", func(d *discordgo.InteractionResponseData) {
			d.Components = pager("x", true, "x", true, "z", indonesian)
		}},
		{"label", func(d *discordgo.InteractionResponseData) {
			d.Components = pager("a", true, "b", true, strings.Repeat("z", 81), indonesian)
		}},
		{"empty", func(d *discordgo.InteractionResponseData) { d.Embeds = nil }},
		{"choices", func(d *discordgo.InteractionResponseData) {
			for n := range 26 {
				d.Choices = append(d.Choices, &discordgo.ApplicationCommandOptionChoice{Name: fmt.Sprint(n), Value: "v"})
			}
		}},
		{"choice name", func(d *discordgo.InteractionResponseData) {
			d.Choices = []*discordgo.ApplicationCommandOptionChoice{{Name: strings.Repeat("n", 101), Value: "v"}}
		}},
	}
	if err := Validate(ok()); err != nil {
		t.Fatalf("got %v for a valid message, want nil", err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := ok()
			tt.break_(d)
			if Validate(d) == nil {
				t.Error("got nil, want an error")
			}
		})
	}
}

// TestEveryMessageWithinLimits builds every message the package can build,
// in both languages, and checks each with Validate.
func TestEveryMessageWithinLimits(t *testing.T) {
	lib := newFake()
	longSrc := retrieval.Source{Title: strings.Repeat("Judul (sangat) panjang ", 40), Publisher: strings.Repeat("Penerbit ", 60),
		URL: "https://a.test/" + strings.Repeat("p", 400)}
	var hugeAlso []retrieval.Source
	for range 40 {
		hugeAlso = append(hugeAlso, longSrc)
	}
	answers := map[string]retrieval.Answer{
		"abstain": {Abstained: true},
		"empty":   {},
		"one":     lib.answers["berapa tentara korut yang dikirim?"],
		"hostile": lib.answers["hostile"],
		"many":    lib.answers["many"],
		"long": {Quotes: []retrieval.Quote{
			{Text: strings.Repeat("*_`|@[](x)<>#", 800), Terms: []string{"x"}, Source: longSrc, AlsoReportedBy: hugeAlso},
			{Text: strings.Repeat("kata ", 2000), Source: longSrc, AlsoReportedBy: hugeAlso},
		}},
	}
	longQuestion := cleanQuestion(strings.Repeat("pertanyaan @everyone ", 50))
	for _, l := range []lang{indonesian, english} {
		for name, a := range answers {
			for _, limit := range []int{1, 3, 10} {
				for page := range 26 {
					d := renderAnswer(answerView{Lang: l, Asker: "12345678901234567890", Question: longQuestion, Answer: a, Page: page, Limit: limit})
					if err := Validate(d); err != nil {
						t.Errorf("%s lang %d limit %d page %d: %v", name, l, limit, page, err)
					}
				}
			}
		}
		var manySources []retrieval.Source
		for n := range 95 {
			s := longSrc
			s.Title = fmt.Sprint(n) + s.Title
			manySources = append(manySources, s)
		}
		for _, srcs := range [][]retrieval.Source{nil, lib.sources, manySources} {
			for _, filter := range []string{"", "kompas", "tidak ada", strings.Repeat("judul ", 50)} {
				for page := range 12 {
					if err := Validate(renderSources(l, srcs, filter, page)); err != nil {
						t.Errorf("sources %q page %d: %v", filter, page, err)
					}
				}
			}
		}
		var problems []retrieval.Problem
		for n := range 300 {
			problems = append(problems, retrieval.Problem{Path: strings.Repeat("dir/", 30) + fmt.Sprint(n), Reason: "rusak @everyone"})
		}
		for _, sum := range []retrieval.Summary{{}, {Articles: 5, Passages: 100, Skipped: problems[:2]}, {Skipped: problems}} {
			if err := Validate(renderSummary(l, sum)); err != nil {
				t.Errorf("summary: %v", err)
			}
		}
		for m := range msgCount {
			if err := Validate(notice(l.t(m))); err != nil {
				t.Errorf("notice %d: %v", m, err)
			}
		}
	}
	names := []string{strings.Repeat("nama panjang ", 20)}
	for n := range 100 {
		names = append(names, fmt.Sprintf("Kompas %d", n))
	}
	for _, typed := range []string{"", "k", "nama"} {
		if err := Validate(&discordgo.InteractionResponseData{Choices: choices(names, typed)}); err != nil {
			t.Errorf("choices %q: %v", typed, err)
		}
	}
}

func TestMessagesComplete(t *testing.T) {
	for m := range msgCount {
		id, en := messages[m][indonesian], messages[m][english]
		if id == "" || en == "" {
			t.Errorf("message %d: got %q / %q, want both languages", m, id, en)
		}
		if strings.Count(id, "%") != strings.Count(en, "%") {
			t.Errorf("message %d: got %q / %q, want the same placeholders", m, id, en)
		}
	}
}
