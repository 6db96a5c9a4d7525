package analysis

import "testing"

func TestPlain(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"ascii unchanged", "Berapa tentara Korut?", "Berapa tentara Korut?"},
		{"zero-width and soft hyphen", "bebe\u200brapa ten\u00adtara\u200d", "beberapa tentara"},
		{"full-width digits and slash", "Sabtu (１２／１０／２０２４)", "Sabtu (12/10/2024)"},
		{"full-width letters", "Ｋｉｍ", "Kim"},
		{"one-dot leader", "Alinea․id", "Alinea.id"},
		{"Cyrillic inside a Latin word", "Dоnеtsk", "Donetsk"},
		{"Cyrillic capital opening a word", "КCNA Руоngyang", "KCNA Pyongyang"},
		{"Greek inside a Latin word", "Νorth Κorea", "North Korea"},
		{"a Cyrillic word stays", "Россия и Korea", "Россия и Korea"},
		{"a Greek word stays", "Σεούλ", "Σεούλ"},
		{"accents kept for Fold", "Kím Putín", "Kím Putín"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Plain(tt.in); got != tt.want {
				t.Errorf("Plain(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
