package config

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func env(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func writeFile(t *testing.T, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "kutip.yaml")
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestLoadDefaults(t *testing.T) {
	cfg, err := Load(nil, env(nil))
	if err != nil {
		t.Fatal(err)
	}
	want := Config{Limit: 3, AskCooldown: 10 * time.Second, LogLevel: "info", APIBase: "https://discord.com/api/v10"}
	if !reflect.DeepEqual(cfg, want) {
		t.Errorf("got %+v, want %+v", cfg, want)
	}
}

func TestLoadPrecedence(t *testing.T) {
	file := writeFile(t, `
corpus: /file/corpus
index: /file/index
limit: 7
http: ":8000"
guild: "111"
ask_cooldown: 30s
log_level: warn
application_id: "999"
api_base: http://127.0.0.1:9/api
`)
	tests := []struct {
		name string
		args []string
		env  map[string]string
		want func(*Config)
	}{
		{
			name: "file over defaults",
			args: []string{"--config", file},
			want: func(c *Config) {
				c.ConfigFile = file
				c.Corpus, c.Index, c.Limit, c.HTTPAddr, c.Guild = "/file/corpus", "/file/index", 7, ":8000", "111"
				c.AskCooldown, c.LogLevel, c.AppID, c.APIBase = 30*time.Second, "warn", "999", "http://127.0.0.1:9/api"
			},
		},
		{
			name: "environment over file, file named by KUTIP_CONFIG",
			env: map[string]string{
				"KUTIP_CONFIG": file, "KUTIP_CORPUS": "/env/corpus", "KUTIP_ASK_COOLDOWN": "5s",
				"KUTIP_LOG_LEVEL": "debug", "DISCORD_API_BASE": "https://example.test/api",
			},
			want: func(c *Config) {
				c.ConfigFile = file
				c.Corpus, c.Index, c.Limit, c.HTTPAddr, c.Guild = "/env/corpus", "/file/index", 7, ":8000", "111"
				c.AskCooldown, c.LogLevel, c.AppID, c.APIBase = 5*time.Second, "debug", "999", "https://example.test/api"
			},
		},
		{
			name: "flags over environment over file",
			args: []string{"--corpus=/flag/corpus", "-limit", "2", "--ask-cooldown", "0s", "--guild", "222", "--config", file},
			env:  map[string]string{"KUTIP_CORPUS": "/env/corpus", "KUTIP_GUILD": "333", "KUTIP_ASK_COOLDOWN": "5s"},
			want: func(c *Config) {
				c.ConfigFile = file
				c.Corpus, c.Index, c.Limit, c.HTTPAddr, c.Guild = "/flag/corpus", "/file/index", 2, ":8000", "222"
				c.AskCooldown, c.LogLevel, c.AppID, c.APIBase = 0, "warn", "999", "http://127.0.0.1:9/api"
			},
		},
		{
			name: "--config flag over KUTIP_CONFIG",
			args: []string{"--config", file},
			env:  map[string]string{"KUTIP_CONFIG": "/does/not/exist.yaml"},
			want: func(c *Config) {
				c.ConfigFile = file
				c.Corpus, c.Index, c.Limit, c.HTTPAddr, c.Guild = "/file/corpus", "/file/index", 7, ":8000", "111"
				c.AskCooldown, c.LogLevel, c.AppID, c.APIBase = 30*time.Second, "warn", "999", "http://127.0.0.1:9/api"
			},
		},
		{
			name: "secrets and Discord settings from the environment",
			env: map[string]string{
				"DISCORD_TOKEN": "tok", "DISCORD_PUBLIC_KEY": strings.Repeat("ab", 32), "DISCORD_APPLICATION_ID": "42",
				"KUTIP_HTTP": ":9000", "KUTIP_INDEX": "/env/index",
			},
			want: func(c *Config) {
				c.Token, c.PublicKey, c.AppID, c.HTTPAddr, c.Index = "tok", strings.Repeat("ab", 32), "42", ":9000", "/env/index"
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Load(tt.args, env(tt.env))
			if err != nil {
				t.Fatal(err)
			}
			want := Config{Limit: 3, AskCooldown: 10 * time.Second, LogLevel: "info", APIBase: "https://discord.com/api/v10"}
			tt.want(&want)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("got  %s\nwant %s", fmt.Sprint(got.LogValue()), fmt.Sprint(want.LogValue()))
			}
		})
	}
}

func TestLoadInterleaved(t *testing.T) {
	tests := []struct {
		args     []string
		wantArgs []string
		wantJSON bool
		limit    int
	}{
		{[]string{"brp tentara korut?", "--json"}, []string{"brp tentara korut?"}, true, 3},
		{[]string{"--json", "a", "--limit", "5", "b"}, []string{"a", "b"}, true, 5},
		{[]string{"a", "--", "--json", "-x"}, []string{"a", "--json", "-x"}, false, 3},
		{[]string{"-", "--limit=4"}, []string{"-"}, false, 4},
		{nil, nil, false, 3},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			got, err := Load(tt.args, env(nil))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got.Args, tt.wantArgs) || got.JSON != tt.wantJSON || got.Limit != tt.limit {
				t.Errorf("got args %q json %v limit %d, want %q %v %d", got.Args, got.JSON, got.Limit, tt.wantArgs, tt.wantJSON, tt.limit)
			}
		})
	}
}

func TestLoadErrors(t *testing.T) {
	tokenFile := writeFile(t, "corpus: x\ntoken: abc\n")
	unknownFile := writeFile(t, "corpse: x\n")
	badDuration := writeFile(t, "ask_cooldown: soon\n")
	tests := []struct {
		name    string
		args    []string
		env     map[string]string
		wantIs  error
		wantMsg string
	}{
		{name: "help", args: []string{"-h"}, wantIs: flag.ErrHelp},
		{name: "long help", args: []string{"q", "--help"}, wantIs: flag.ErrHelp},
		{name: "unknown flag", args: []string{"--nope"}, wantMsg: "nope"},
		{name: "limit zero", args: []string{"--limit", "0"}, wantMsg: "limit 0"},
		{name: "limit too big", args: []string{"--limit", "26"}, wantMsg: "limit 26"},
		{name: "negative cooldown", args: []string{"--ask-cooldown", "-1s"}, wantMsg: "must not be negative"},
		{name: "bad cooldown env", env: map[string]string{"KUTIP_ASK_COOLDOWN": "ten"}, wantMsg: "KUTIP_ASK_COOLDOWN"},
		{name: "API base not a URL", env: map[string]string{"DISCORD_API_BASE": "discord.com/api"}, wantMsg: "API base"},
		{name: "API base ftp", env: map[string]string{"DISCORD_API_BASE": "ftp://discord.com/api"}, wantMsg: "API base"},
		{name: "bad log level", args: []string{"--log-level", "loud"}, wantMsg: "log level"},
		{name: "bad public key", env: map[string]string{"DISCORD_PUBLIC_KEY": "xyz"}, wantMsg: "public key"},
		{name: "token in file", args: []string{"--config", tokenFile}, wantIs: ErrTokenInFile},
		{name: "unknown key in file", args: []string{"--config", unknownFile}, wantMsg: "corpse"},
		{name: "bad duration in file", args: []string{"--config", badDuration}, wantMsg: "ask_cooldown"},
		{name: "missing file", env: map[string]string{"KUTIP_CONFIG": filepath.Join(t.TempDir(), "none.yaml")}, wantIs: os.ErrNotExist},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(tt.args, env(tt.env))
			if err == nil {
				t.Fatal("got nil error, want one")
			}
			if tt.wantIs != nil && !errors.Is(err, tt.wantIs) {
				t.Errorf("got %v, want an error wrapping %v", err, tt.wantIs)
			}
			if !strings.Contains(err.Error(), tt.wantMsg) {
				t.Errorf("got %q, want it to contain %q", err, tt.wantMsg)
			}
			if !strings.HasPrefix(err.Error(), "config: ") {
				t.Errorf("got %q, want the prefix %q", err, "config: ")
			}
		})
	}
}

func TestTokenNeverLogged(t *testing.T) {
	const secret = "MTIz.secret-token-value"
	cfg, err := Load([]string{"--guild", "1"}, env(map[string]string{"DISCORD_TOKEN": secret}))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, nil)).Info("config", "cfg", cfg)
	slog.New(slog.NewTextHandler(&buf, nil)).Info("config", "cfg", cfg)
	fmt.Fprintf(&buf, "%v %+v %#v %s", cfg, cfg, cfg, cfg)
	out := buf.String()
	if strings.Contains(out, secret) {
		t.Errorf("got the token in %q", out)
	}
	if !strings.Contains(out, "[redacted]") || !strings.Contains(out, `"guild":"1"`) {
		t.Errorf("got %q, want the redacted token and the other settings", out)
	}
}

func TestUsage(t *testing.T) {
	var buf bytes.Buffer
	Usage(&buf)
	for _, want := range []string{"-corpus", "-ask-cooldown", "DISCORD_TOKEN", "KUTIP_CONFIG"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("got usage %q, want it to mention %q", buf.String(), want)
		}
	}
}

func TestSlogLevel(t *testing.T) {
	cfg, err := Load([]string{"--log-level", "DEBUG"}, env(nil))
	if err != nil {
		t.Fatal(err)
	}
	if got := cfg.SlogLevel(); got != slog.LevelDebug {
		t.Errorf("got %v, want %v", got, slog.LevelDebug)
	}
}
