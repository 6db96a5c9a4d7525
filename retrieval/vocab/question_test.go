package vocab

import (
	"slices"
	"strings"
	"testing"
)

func TestQuestionType(t *testing.T) {
	tests := []struct {
		q     string
		want  AnswerType
		words []int
	}{
		{"Berapa jumlah tentara Korea Utara yang dikirim ke Rusia pada 2024?", Number, []int{0}},
		{"Berapakah jumlah suku di Papua?", Number, []int{0}},
		{"brp tentara korut yg dikirim?", Number, []int{0}},
		{"Siapa menteri pertahanan Korea Selatan?", Person, []int{0}},
		{"Siapakah gubernur Zaporizhzhia?", Person, []int{0}},
		{"Kapan Putin mengunjungi Pyongyang?", Date, []int{0}},
		{"kpn putin ke pyongyang", Date, []int{0}},
		{"Perjanjian antar-Korea tahun berapa yang akan dibatalkan?", Date, []int{2, 3}},
		{"Bulan berapa Putin ke Pyongyang?", Date, []int{0, 1}},
		{"Tanggal berapa Zelensky mengonfirmasi?", Date, []int{0, 1}},
		{"Pada tanggal berapakah Zelensky mengonfirmasi?", Date, []int{1, 2}},
		{"Tahun berapakah perjanjian itu diteken?", Date, []int{0, 1}},
		{"Di wilayah mana tentara Korea Utara bertempur?", Place, []int{2}},
		{"Di mana Kim Jong Un bertemu Putin?", Place, []int{0, 1}},
		{"Dimanakah letak Kursk?", Place, []int{0}},
		{"dmn tentara korut?", Place, []int{0}},
		{"Dari mana asal rudal itu?", Place, []int{0, 1}},
		{"Apa yang membuat suasana di Semenanjung Korea makin panas?", Thing, []int{0, 1, 2}}, // "membuat" is the frame
		{"Sejauh mana rudal itu menjangkau?", Manner, []int{0, 1}},                            // how far, to what extent: no place
		{"Macam mana menteri menggambarkan hubungan itu?", Manner, []int{0, 1}},               // Malay's "how"
		{"Mengapa tentara Korea Utara banyak menjadi korban di Kursk?", Reason, []int{0}},
		{"knp byk yg tewas", Reason, []int{0}},
		{"Faktor apa yang menyebabkan banyak korban?", Reason, []int{0, 1, 2, 3}},
		{"Apa penyebab kebakaran di Feodosia?", Reason, []int{0, 1}},
		{"Menurut para pakar, faktor penyebabnya apa saja?", Reason, []int{4, 5}},
		{"Seberapa jauh gudang itu dari perbatasan?", Number, []int{0}},
		{"Apa pemicu ketegangan di Semenanjung Korea?", Reason, []int{0, 1}},
		{"alasannya apa korut kirim pasukan?", Reason, []int{0, 1}},
		{"korut kirim pasukan gara apa", Reason, []int{3, 4}},
		{"Bagaimana Rusia membalas?", Manner, []int{0}},
		{"Bagaimana Kim Jong Un menyebut para pejuang itu?", Thing, []int{0}}, // the name given, not a manner
		{"How did Kim call the soldiers?", Thing, []int{0}},
		{"gmn caranya", Manner, []int{0}},
		{"Bila Kim melawat Moscow?", Date, []int{0}},                         // Malay's "bila": when
		{"Serangan itu berlaku bila?", Date, []int{3}},                       // last, too
		{"Bila Korut mengirim pasukan, siapa yang tewas?", Person, []int{4}}, // else Indonesian's "if"
		{"tanggapan korut seperti mana?", Manner, []int{2, 3}},
		{"NIS tu singkatan jak api yo?", Thing, []int{4}}, // Lampung's "api" closing a question: apa
		{"api sudah padam?", Unknown, nil},                // else Indonesian's fire
		{"penyebab api itu apa?", Thing, []int{3}},
		{"Apa kata KCNA tentang kemenangan pertempuran Kursk?", Thing, []int{0}},
		{"Rudal apa yang digunakan tentara Rusia?", Thing, []int{1}},
		{"Apakah nama bandara di Medan?", Thing, []int{0}},
		{"Apakah yang ditandatangani oleh 147 pemimpin negara?", Thing, []int{0}},
		{"Apakah kepanjangan dari APTINDO?", Thing, []int{0}},
		{"Kepala Badan apakah Mohamed ElBaradei?", Thing, []int{2}},
		{"Apakah Korea Utara sudah mengirim tentara ke Rusia?", YesNo, []int{0}},
		{"Apakah Putin mengunjungi Pyongyang?", YesNo, []int{0}},
		{"Yang mana yang benar?", Thing, []int{0, 1}},
		{"Dari negara manakah Ayrton Senna berasal?", Place, []int{2}},
		{"Di kota apakah Amstel Gold Race diadakan?", Place, []int{2}},
		{"gudang itu di kota apa?", Place, []int{4}},
		{"Kota apa yang diserang?", Thing, []int{1}}, // no preposition: a what-question
		{"Dari manakah asal kata Misa?", Place, []int{0, 1}},
		{"Abad keberapakah zaman feodal Jepang?", Date, []int{0, 1}},
		{"Adakah mikroorganisme yang bisa bertahan di Mars?", YesNo, []int{0}},
		{"How many North Korean soldiers were sent?", Number, []int{0, 1}},
		{"How much money?", Number, []int{0, 1}},
		{"When did Putin visit Pyongyang?", Date, []int{0}},
		{"What year was the treaty signed?", Date, []int{0, 1}},
		{"Who is the governor?", Person, []int{0}},
		{"Where are the troops?", Place, []int{0}},
		{"Why did they die?", Reason, []int{0}},
		{"How did Russia respond?", Manner, []int{0}},
		{"What is the capital of Australia?", Thing, []int{0}},
		{"Which Iranian president was Putin going to meet?", Thing, []int{0}},
		{"Did North Korea send troops?", YesNo, []int{0}},
		// "when" inside a yes/no question is a clause of time, unless known or told.
		{"Was anyone killed when drones hit the terminal?", YesNo, []int{0, 3}},
		{"Do you know when Putin visited Pyongyang?", Date, []int{3}},
		// "what's", "who's": the question word with "is".
		{"Who's the defense minister?", Person, []int{0}},
		// A what-question asking for an amount asks how many.
		{"What's the total number of troops?", Number, []int{0, 2, 3}},
		{"What is the death toll?", Number, []int{0, 4}},
		{"What weapons did they send?", Thing, []int{0}},
		{"Tentara Korea Utara di Kursk", Unknown, nil},
		{"", Unknown, nil},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			got, words := QuestionType(strings.Fields(tt.q))
			if got != tt.want || !slices.Equal(words, tt.words) {
				t.Errorf("QuestionType(%q): got (%v, %v), want (%v, %v)", tt.q, got, words, tt.want, tt.words)
			}
		})
	}
}

func TestQuestionTypeSafe(t *testing.T) {
	tokens := []string{"\xff", strings.Repeat("a", 10000), "berapa"}
	got, words := QuestionType(tokens)
	if got != Number || !slices.Equal(words, []int{2}) {
		t.Errorf("QuestionType(junk, berapa): got (%v, %v), want (Number, [2])", got, words)
	}
	if s := AnswerType(42).String(); s != "AnswerType(?)" {
		t.Errorf("AnswerType(42).String(): got %q", s)
	}
	if s := YesNo.String(); s != "YesNo" {
		t.Errorf("YesNo.String(): got %q, want YesNo", s)
	}
}
