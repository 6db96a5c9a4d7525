package vocab_test

import (
	"fmt"
	"strings"

	"github.com/kutip/kutip/retrieval/vocab"
)

func ExampleTranslate() {
	for _, t := range vocab.Translate("How many North Korean soldiers were sent according to the Ukrainian government?") {
		fmt.Println(t.English, "→", strings.Join(t.Indonesian, " | "), t.Known)
	}
	// Output:
	// How many → berapa | jumlah true
	// North Korean → korea utara true
	// soldiers → tentara | prajurit | pasukan true
	// sent → kirim | dikirim | mengirim true
	// according to → menurut true
	// Ukrainian → ukraina true
	// government → pemerintah true
}

func ExampleExpand() {
	for _, w := range strings.Fields("brp tentara korut yg dikirim") {
		if exp := vocab.Expand(w); exp != nil {
			fmt.Println(w, "→", strings.Join(exp, " "))
		}
	}
	// Output:
	// brp → berapa
	// korut → korea utara
	// yg → yang
}

func ExampleParseNumber() {
	v, n, ok := vocab.ParseNumber(strings.Fields("1,5 juta orang"))
	fmt.Println(v, n, ok)
	v, n, ok = vocab.ParseNumber(strings.Fields("dua belas ribu tentara"))
	fmt.Println(v, n, ok)
	// Output:
	// 1.5e+06 2 true
	// 12000 3 true
}

func ExampleQuestionType() {
	t, words := vocab.QuestionType(strings.Fields("Perjanjian antar-Korea tahun berapa yang akan dibatalkan?"))
	fmt.Println(t, words)
	// Output:
	// Date [2 3]
}
