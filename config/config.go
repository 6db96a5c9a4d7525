// Package config reads Kutip's settings: command-line flags over environment
// variables over an optional YAML file over defaults. Secrets (the Discord
// token) come from the environment only, and Config.LogValue keeps them out
// of logs.
//
// It knows flags, environment variable names and the file format. It must
// not import any other Kutip package: everything else imports it.
package config

import (
	"bytes"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// Defaults.
const (
	DefaultLimit       = 3
	DefaultAskCooldown = 10 * time.Second
	DefaultLogLevel    = "info"
	DefaultAPIBase     = "https://discord.com/api/v10"

	// MaxLimit is the most quotes a question may ask for (retrieval.MaxLimit;
	// repeated here because config imports no other Kutip package).
	MaxLimit = 25
)

// Config is every setting of every subcommand.
type Config struct {
	Corpus      string        // --corpus, KUTIP_CORPUS, file key corpus; "" = embedded seeds
	Index       string        // --index, KUTIP_INDEX, file key index; "" = default cache dir
	Limit       int           // --limit, file key limit; default 3
	JSON        bool          // --json
	QA          string        // --qa (kutip eval)
	HTTPAddr    string        // --http, KUTIP_HTTP, file key http: serve HTTP interactions on this address instead of the gateway
	Guild       string        // --guild, KUTIP_GUILD, file key guild: register commands in this guild only
	AskCooldown time.Duration // --ask-cooldown, KUTIP_ASK_COOLDOWN, file key ask_cooldown; default 10s (per-user /ask rate)
	LogLevel    string        // --log-level, KUTIP_LOG_LEVEL, file key log_level; default info
	ConfigFile  string        // --config, KUTIP_CONFIG: optional YAML file with the non-secret keys above
	Token       string        // DISCORD_TOKEN (environment only; secret)
	PublicKey   string        // DISCORD_PUBLIC_KEY, file key public_key (hex)
	AppID       string        // DISCORD_APPLICATION_ID, file key application_id
	APIBase     string        // DISCORD_API_BASE, file key api_base; default https://discord.com/api/v10
	Args        []string      // positional arguments left after the flags
}

// fileConfig is the YAML file. Pointers tell "absent" from "zero".
type fileConfig struct {
	Corpus      *string `yaml:"corpus"`
	Index       *string `yaml:"index"`
	Limit       *int    `yaml:"limit"`
	HTTP        *string `yaml:"http"`
	Guild       *string `yaml:"guild"`
	AskCooldown *string `yaml:"ask_cooldown"`
	LogLevel    *string `yaml:"log_level"`
	PublicKey   *string `yaml:"public_key"`
	AppID       *string `yaml:"application_id"`
	APIBase     *string `yaml:"api_base"`
	// Token is decoded only to refuse it with a clear message.
	Token        *string `yaml:"token"`
	DiscordToken *string `yaml:"discord_token"`
}

// ErrTokenInFile is returned when the config file holds a Discord token:
// secrets belong in the environment (DISCORD_TOKEN), not in files that get
// copied, committed and shared.
var ErrTokenInFile = errors.New("the Discord token must come from the DISCORD_TOKEN environment variable, not the config file")

// Load reads the configuration. args are a subcommand's arguments (after
// "ask", "serve"...); flags and positionals may be interleaved
// ("'q' --json" works), and "--" ends the flags. Precedence: flags over
// environment over the config file over defaults. getenv is os.Getenv in
// production and a map lookup in tests. For -h or --help it returns an error
// wrapping flag.ErrHelp; print the flags with Usage.
func Load(args []string, getenv func(string) string) (Config, error) {
	cfg := Config{
		Limit:       DefaultLimit,
		AskCooldown: DefaultAskCooldown,
		LogLevel:    DefaultLogLevel,
		APIBase:     DefaultAPIBase,
	}

	var fl Config
	fs := newFlagSet(&fl)
	positional, err := parseInterleaved(fs, args)
	if err != nil {
		return Config{}, fmt.Errorf("config: parse flags: %w", err)
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })

	// The file is named by the flag or the environment.
	cfg.ConfigFile = getenv("KUTIP_CONFIG")
	if set["config"] {
		cfg.ConfigFile = fl.ConfigFile
	}
	if cfg.ConfigFile != "" {
		if err := applyFile(&cfg, cfg.ConfigFile); err != nil {
			return Config{}, err
		}
	}

	if err := applyEnv(&cfg, getenv); err != nil {
		return Config{}, err
	}

	// Flags last: they win.
	if set["corpus"] {
		cfg.Corpus = fl.Corpus
	}
	if set["index"] {
		cfg.Index = fl.Index
	}
	if set["limit"] {
		cfg.Limit = fl.Limit
	}
	if set["json"] {
		cfg.JSON = fl.JSON
	}
	if set["qa"] {
		cfg.QA = fl.QA
	}
	if set["http"] {
		cfg.HTTPAddr = fl.HTTPAddr
	}
	if set["guild"] {
		cfg.Guild = fl.Guild
	}
	if set["ask-cooldown"] {
		cfg.AskCooldown = fl.AskCooldown
	}
	if set["log-level"] {
		cfg.LogLevel = fl.LogLevel
	}
	cfg.Args = positional

	if err := cfg.validate(); err != nil {
		return Config{}, err
	}
	return cfg, nil
}

// Usage writes the flags and environment variables to w.
func Usage(w io.Writer) {
	var c Config
	fs := newFlagSet(&c)
	fs.SetOutput(w)
	fmt.Fprintln(w, "Flags:")
	fs.PrintDefaults()
	fmt.Fprint(w, `
Environment:
  KUTIP_CORPUS, KUTIP_INDEX, KUTIP_HTTP, KUTIP_GUILD, KUTIP_ASK_COOLDOWN,
  KUTIP_LOG_LEVEL, KUTIP_CONFIG            as the flags of the same name
  DISCORD_TOKEN                             bot token (environment only)
  DISCORD_PUBLIC_KEY                        application public key (hex), for HTTP interactions
  DISCORD_APPLICATION_ID                    application id
  DISCORD_API_BASE                          default `+DefaultAPIBase+`
Precedence: flags, then environment, then the --config YAML file, then defaults.
`)
}

func newFlagSet(c *Config) *flag.FlagSet {
	fs := flag.NewFlagSet("kutip", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // the caller prints Usage; Load returns errors
	fs.StringVar(&c.Corpus, "corpus", "", "corpus `dir`ectory or file (default: the embedded seed articles)")
	fs.StringVar(&c.Index, "index", "", "index `dir`ectory (default: <user cache dir>/kutip/index)")
	fs.IntVar(&c.Limit, "limit", DefaultLimit, "the most quotes per answer (1.."+strconv.Itoa(MaxLimit)+")")
	fs.BoolVar(&c.JSON, "json", false, "write JSON")
	fs.StringVar(&c.QA, "qa", "", "question-answer JSONL `file` (kutip eval)")
	fs.StringVar(&c.HTTPAddr, "http", "", "serve HTTP interactions on this `addr`ess instead of the gateway")
	fs.StringVar(&c.Guild, "guild", "", "register commands in this guild `id` only")
	fs.DurationVar(&c.AskCooldown, "ask-cooldown", DefaultAskCooldown, "per-user /ask interval (0 = none)")
	fs.StringVar(&c.LogLevel, "log-level", DefaultLogLevel, "debug, info, warn or error")
	fs.StringVar(&c.ConfigFile, "config", "", "YAML config `file` (non-secret settings only)")
	return fs
}

// parseInterleaved parses flags anywhere in args: the flag package stops at
// the first positional, so take it and carry on with the rest. After "--"
// everything is positional.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return positional, nil
		}
		consumed := len(args) - len(rest)
		if consumed > 0 && args[consumed-1] == "--" {
			return append(positional, rest...), nil
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}

func applyFile(cfg *Config, path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("config: read %s: %w", path, err)
	}
	var f fileConfig
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true) // a misspelt key is an error, not silently ignored
	if err := dec.Decode(&f); err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("config: parse %s: %w", path, err)
	}
	if f.Token != nil || f.DiscordToken != nil {
		return fmt.Errorf("config: %s: %w", path, ErrTokenInFile)
	}
	setString(&cfg.Corpus, f.Corpus)
	setString(&cfg.Index, f.Index)
	setString(&cfg.HTTPAddr, f.HTTP)
	setString(&cfg.Guild, f.Guild)
	setString(&cfg.LogLevel, f.LogLevel)
	setString(&cfg.PublicKey, f.PublicKey)
	setString(&cfg.AppID, f.AppID)
	setString(&cfg.APIBase, f.APIBase)
	if f.Limit != nil {
		cfg.Limit = *f.Limit
	}
	if f.AskCooldown != nil {
		d, err := time.ParseDuration(*f.AskCooldown)
		if err != nil {
			return fmt.Errorf("config: %s: ask_cooldown: %w", path, err)
		}
		cfg.AskCooldown = d
	}
	return nil
}

func setString(dst *string, v *string) {
	if v != nil {
		*dst = *v
	}
}

func applyEnv(cfg *Config, getenv func(string) string) error {
	for _, e := range []struct {
		name string
		dst  *string
	}{
		{"KUTIP_CORPUS", &cfg.Corpus},
		{"KUTIP_INDEX", &cfg.Index},
		{"KUTIP_HTTP", &cfg.HTTPAddr},
		{"KUTIP_GUILD", &cfg.Guild},
		{"KUTIP_LOG_LEVEL", &cfg.LogLevel},
		{"DISCORD_TOKEN", &cfg.Token},
		{"DISCORD_PUBLIC_KEY", &cfg.PublicKey},
		{"DISCORD_APPLICATION_ID", &cfg.AppID},
		{"DISCORD_API_BASE", &cfg.APIBase},
	} {
		if v := getenv(e.name); v != "" {
			*e.dst = v
		}
	}
	if v := getenv("KUTIP_ASK_COOLDOWN"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			return fmt.Errorf("config: KUTIP_ASK_COOLDOWN: %w", err)
		}
		cfg.AskCooldown = d
	}
	return nil
}

func (c Config) validate() error {
	if c.Limit < 1 || c.Limit > MaxLimit {
		return fmt.Errorf("config: limit %d: must be between 1 and %d", c.Limit, MaxLimit)
	}
	if c.AskCooldown < 0 {
		return fmt.Errorf("config: ask cooldown %s: must not be negative", c.AskCooldown)
	}
	if _, err := parseLevel(c.LogLevel); err != nil {
		return fmt.Errorf("config: log level %q: must be debug, info, warn or error", c.LogLevel)
	}
	u, err := url.Parse(c.APIBase)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("config: API base %q: must be an http or https URL", c.APIBase)
	}
	if c.PublicKey != "" {
		if b, err := hex.DecodeString(c.PublicKey); err != nil || len(b) != 32 {
			return fmt.Errorf("config: public key: must be 64 hex digits (an Ed25519 key)")
		}
	}
	return nil
}

// SlogLevel returns LogLevel as a slog.Level (Load has validated it).
func (c Config) SlogLevel() slog.Level {
	l, _ := parseLevel(c.LogLevel)
	return l
}

func parseLevel(s string) (slog.Level, error) {
	var l slog.Level
	err := l.UnmarshalText([]byte(strings.TrimSpace(s)))
	return l, err
}

// LogValue logs the configuration with the token redacted.
func (c Config) LogValue() slog.Value {
	token := ""
	if c.Token != "" {
		token = "[redacted]"
	}
	return slog.GroupValue(
		slog.String("corpus", c.Corpus),
		slog.String("index", c.Index),
		slog.Int("limit", c.Limit),
		slog.Bool("json", c.JSON),
		slog.String("qa", c.QA),
		slog.String("http", c.HTTPAddr),
		slog.String("guild", c.Guild),
		slog.Duration("ask_cooldown", c.AskCooldown),
		slog.String("log_level", c.LogLevel),
		slog.String("config", c.ConfigFile),
		slog.String("token", token),
		slog.String("public_key", c.PublicKey),
		slog.String("application_id", c.AppID),
		slog.String("api_base", c.APIBase),
		slog.Any("args", c.Args),
	)
}

// String formats the configuration with the token redacted, so that %v and
// %+v don't leak it either.
func (c Config) String() string { return c.LogValue().String() }

// GoString is String for %#v.
func (c Config) GoString() string { return c.String() }
