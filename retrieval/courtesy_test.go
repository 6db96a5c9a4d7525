package retrieval

import "testing"

// Greetings, requests for information, the people addressed and thanks
// at either end of a question are dropped; the same words inside it, or
// alone where they ask something, are kept.
func TestWithoutCourtesy(t *testing.T) {
	for in, want := range map[string]string{
		"Selamat pagi bapak ibu, mohon info berapa banyak tentara yg dikirim ke rusia? terima kasih sebelumnya": "berapa banyak tentara yg dikirim ke rusia?",
		"Numpang tanya lagi, gudang senjata itu jaraknya berapa jauh ya? mohon pencerahannya":                   "gudang senjata itu jaraknya berapa jauh ya?",
		"Maaf numpang tanya, depot minyak itu dekat kota apa ya? mohon infonya bapak ibu, terimakasih":          "depot minyak itu dekat kota apa ya?",
		"hi everyone, how many troops did NK send? thanks in advance":                                           "how many troops did NK send?",
		"Halo gaes, korut kirim berapa tentara?":                                                                "korut kirim berapa tentara?",
		"mobil apa yg dipake putin n kim pas keliling pyongyang? penasaran wkwk":                                "mobil apa yg dipake putin n kim pas keliling pyongyang?",
		"td liat foto putin sm kim naik mobil di pyongyang, itu mobil merk apa?":                                "putin sm kim naik mobil di pyongyang, itu mobil merk apa?",
		"Maaf nanya hal basic, NIS itu kepanjangannya apa?":                                                     "NIS itu kepanjangannya apa?",
		// Pious openers and closers, and the brother or sister addressed.
		"Bismillah, izin nanya. Korut itu udah jadi apa buat Rusia?":               "Korut itu udah jadi apa buat Rusia?",
		"Masya Allah, tentara Korut itu dianggap seperti apa?":                     "tentara Korut itu dianggap seperti apa?",
		"Assalamu'alaikum akhi, berapa tentara korut yg dikirim? Jazakallah khair": "berapa tentara korut yg dikirim?",
		"Om Swastiastu, kuda tentara korut ane mati? suksma":                       "kuda tentara korut ane mati?",
		// Forum veterans' and young users' openers.
		"sori OOT gan, berapa drone yang dicegat? ditunggu jawabannya": "berapa drone yang dicegat?",
		"ane mau nanya gan, korut kirim berapa tentara?":               "korut kirim berapa tentara?",
		"woi guys, korut kirim berapa tentara?":                        "korut kirim berapa tentara?",
		// Inside the question, or asking on its own, a word stays.
		"pyongyang bilang makasih ke rusia gara2 apa ya":        "pyongyang bilang makasih ke rusia gara2 apa ya",
		"selain korut negara mana lagi":                         "selain korut negara mana lagi",
		"berapa banyak":                                         "berapa banyak",
		"Selamat ibu kota Ukraina dari serangan rudal, kenapa?": "Selamat ibu kota Ukraina dari serangan rudal, kenapa?",
		// Nothing but courtesy is left as it is.
		"terima kasih": "terima kasih",
	} {
		if got := withoutCourtesy(in); got != want {
			t.Errorf("withoutCourtesy(%q) = %q, want %q", in, got, want)
		}
	}
}

// A polite question finds the quote a bare one does.
func TestCourtesyIsNotAsked(t *testing.T) {
	lib := openSeed(t)
	checkFirstQuote(t, lib, "Selamat pagi bapak ibu, mohon info berapa banyak tentara yg dikirim kim jong un ke rusia pada tahun 2024 itu? terima kasih sebelumnya", "12.000")
	checkFirstQuote(t, lib, "Numpang tanya, depot minyak di luhansk yg diserang drone ukraina itu dekat kota apa ya? mohon infonya bapak ibu, terimakasih", "Rovenky")
	checkFirstQuote(t, lib, "td liat foto putin sm kim naik mobil di pyongyang, itu mobil merk apa?", "Aurus")
	checkFirstQuote(t, lib, "Bismillah, izin nanya. Menurut klaim Korsel, Korut itu udah jadi apa buat Rusia dlm perang ini?", "pemasok senjata utama")
	checkFirstQuote(t, lib, "Masya Allah. Pas ngucapin selamat ultah, Kim Jong Un nyebut Putin sebagai apa, akhi?", "rekan terdekatnya")
}
