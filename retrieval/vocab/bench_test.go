package vocab

import (
	"strings"
	"testing"
)

var benchQuestions = []string{
	"How many North Korean soldiers were sent according to the Ukrainian government?",
	"Which Iranian president was Putin going to meet?",
	"Berapa jumlah tentara Korea Utara yang dikirim ke Rusia pada 2024?",
	"brp tentara korut yg dikirim?",
}

func BenchmarkExpand(b *testing.B) {
	words := strings.Fields("brp tentara korut yg dikirim ke rusia thn lalu org2")
	for b.Loop() {
		for _, w := range words {
			Expand(w)
		}
	}
}

func BenchmarkIsEnglish(b *testing.B) {
	for b.Loop() {
		for _, q := range benchQuestions {
			IsEnglish(q)
		}
	}
}

func BenchmarkTranslate(b *testing.B) {
	for b.Loop() {
		Translate(benchQuestions[0])
	}
}

func BenchmarkParseNumber(b *testing.B) {
	inputs := [][]string{{"12.000"}, {"1,5", "juta"}, strings.Fields("dua ratus lima puluh ribu"), {"tentara"}}
	for b.Loop() {
		for _, in := range inputs {
			ParseNumber(in)
		}
	}
}

func BenchmarkQuestionType(b *testing.B) {
	tokens := strings.Fields(benchQuestions[2])
	for b.Loop() {
		QuestionType(tokens)
	}
}

func BenchmarkTranslateLong(b *testing.B) {
	long := strings.Repeat(benchQuestions[0]+" ", 130) // about 10,000 characters
	for b.Loop() {
		Translate(long)
	}
}
