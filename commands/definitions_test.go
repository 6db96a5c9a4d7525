package commands

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

func TestDefinitions(t *testing.T) {
	chatName := regexp.MustCompile(`^[-_\p{Ll}\p{N}]{1,32}$`)
	defs := Definitions()
	byName := map[string]*discordgo.ApplicationCommand{}
	for _, c := range defs {
		byName[c.Name] = c
		names := []string{c.Name}
		for _, n := range *c.NameLocalizations {
			names = append(names, n)
		}
		for _, n := range names {
			if c.Type == discordgo.ChatApplicationCommand && !chatName.MatchString(n) {
				t.Errorf("command name %q: not a valid slash command name", n)
			}
			if runes(n) > 32 {
				t.Errorf("command name %q: over 32 runes", n)
			}
		}
		if c.Type == discordgo.ChatApplicationCommand {
			for _, d := range append([]string{c.Description}, values(*c.DescriptionLocalizations)...) {
				if d == "" || runes(d) > 100 {
					t.Errorf("%s: description %q: want 1..100 runes", c.Name, d)
				}
			}
		}
		for _, o := range c.Options {
			for _, n := range append([]string{o.Name}, values(o.NameLocalizations)...) {
				if !chatName.MatchString(n) {
					t.Errorf("%s: option name %q: invalid", c.Name, n)
				}
			}
			for _, d := range append([]string{o.Description}, values(o.DescriptionLocalizations)...) {
				if d == "" || runes(d) > 100 {
					t.Errorf("%s %s: description %q: want 1..100 runes", c.Name, o.Name, d)
				}
			}
		}
		for _, l := range []discordgo.Locale{localeID, discordgo.EnglishUS} {
			if (*c.NameLocalizations)[l] == "" {
				t.Errorf("%s: no name for %s", c.Name, l)
			}
		}
	}
	for _, name := range []string{cmdAsk, cmdSources, cmdReindex, cmdFindSources} {
		if byName[name] == nil {
			t.Fatalf("got no %q command", name)
		}
	}
	if got := (*byName[cmdFindSources].NameLocalizations)[discordgo.EnglishUS]; got != "Find sources" {
		t.Errorf("got %q, want Find sources", got)
	}
	re := byName[cmdReindex]
	if re.DefaultMemberPermissions == nil || *re.DefaultMemberPermissions != discordgo.PermissionManageGuild ||
		re.DMPermission == nil || *re.DMPermission || len(*re.Contexts) != 1 || (*re.Contexts)[0] != discordgo.InteractionContextGuild {
		t.Errorf("got reindex %+v, want Manage Server, guild only", re)
	}
	ask := byName[cmdAsk]
	if q := ask.Options[0]; q.Name != optQuestion || !q.Required || q.MaxLength != maxQuestion {
		t.Errorf("got question option %+v, want required with max_length %d", q, maxQuestion)
	}
	if f := byName[cmdSources].Options[0]; !f.Autocomplete {
		t.Errorf("got filter option %+v, want autocomplete", f)
	}
	b, err := json.Marshal(defs)
	if err != nil || !strings.Contains(string(b), `"default_member_permissions":"32"`) {
		t.Errorf("got %s (%v), want default_member_permissions as the string \"32\"", b, err)
	}
}

func values(m map[discordgo.Locale]string) []string {
	var out []string
	for _, v := range m {
		out = append(out, v)
	}
	return out
}
