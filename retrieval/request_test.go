package retrieval

import "testing"

// An order for information becomes the question it stands for; a clause
// passing on someone else's question is dropped; anything else is left.
func TestAsQuestion(t *testing.T) {
	for in, want := range map[string]string{
		// A worksheet's pointer to the text is dropped; "berita Alinea.id"
		// names an outlet and stays.
		"Berdasarkan teks berita tersebut, berapa jarak gudang senjata itu dari perbatasan?": "berapa jarak gudang senjata itu dari perbatasan?",
		"Apa yang dimaksud dengan NIS dalam teks berita tersebut?":                           "Apa yang dimaksud dengan NIS?",
		// The language the answer is asked in is the corpus's; the
		// country stays.
		"NIS itu singkatan apa dalam bahasa Indonesia?":                         "NIS itu singkatan apa?",
		"What does NIS stand for in Indonesian?":                                "What does NIS stand for?",
		"How many troops were sent to Russia in Indonesia?":                     "How many troops were sent to Russia in Indonesia?",
		"According to the article, which country also sent missiles to Russia?": "which country also sent missiles to Russia?",
		"Menurut berita Alinea.id, siapa penulisnya?":                           "Menurut berita Alinea.id, siapa penulisnya?",
		// Voice typing writes out the marks spoken: they are dropped at
		// the end, not within ("titik api" is a hotspot).
		"bom luncur itu disimpan di gudang yang jaraknya berapa kilo dari perbatasan titik": "bom luncur itu disimpan di gudang yang jaraknya berapa kilo dari perbatasan",
		"whats the reuters photographer name question mark":                                 "whats the reuters photographer name",
		"berapa titik api di kursk tanda tanya":                                             "berapa titik api di kursk",
		// A sentence telling someone's guess asks nothing; a guess put
		// as the question stays.
		"Teman saya bilang akhir September, tapi saya belum yakin. Tanggal berapa serangan itu?": "Tanggal berapa serangan itu?",
		"My friend guessed 70 but I think that's off. How old did Putin turn?":                   "How old did Putin turn?",
		"Teman saya bilang 12 ribu, benar gak?":                                                  "Teman saya bilang 12 ribu, benar gak?",
		// A recency frame asks for the newest the stories tell, which
		// their dates answer; a product's newest is asked for.
		"Berita terakhir dari Zaporizhzhia: ada korban apa akibat serangan Rusia?": "dari Zaporizhzhia: ada korban apa akibat serangan Rusia?",
		"Klaim terbaru Rusia pekan lalu: pasukan Ukraina dikeluarkan dari mana?":   "Klaim Rusia pekan lalu: pasukan Ukraina dikeluarkan dari mana?",
		"Terbaru, berapa tentara Korut di Kursk?":                                  "berapa tentara Korut di Kursk?",
		"What is the latest estimate of North Korean troops?":                      "What is the estimate of North Korean troops?",
		"Apakah judul album terbaru Balawan?":                                      "Apakah judul album terbaru Balawan?",
		"Kapan Televisi paling mutakhir ditemukan?":                                "Kapan Televisi paling mutakhir ditemukan?",
		"Desa terakhir yang direbut namanya apa?":                                  "Desa terakhir yang direbut namanya apa?",
		// A request to show a part of the story asks what the part
		// tells; a part named without that stays.
		"Tampilkan bagian yang menyebut nama kota dekat terminal minyak di Luhansk": "apa nama kota dekat terminal minyak di Luhansk",
		"Kutip kalimat yang menyebut kapan Kim ke Rusia":                            "kapan Kim ke Rusia",
		"Tunjukkan bagian berita tentang tentara bayaran yang dipenjara":            "apa tentara bayaran yang dipenjara",
		"Quote the line about which day Putin met Pezeshkian":                       "which day Putin met Pezeshkian",
		"Kutip kalimat Zelensky":                                                    "apa kalimat Zelensky",
		"**quote check** what did Kim say?":                                         "**quote check** what did Kim say?",
		// A worksheet's "Tuliskan" (write down) and "Tentukan" ask as
		// "Sebutkan" does.
		"Tuliskan nama surat kabar Korea Selatan yang mengklaim tentara tambahan dikirim ke Kursk.": "apa nama surat kabar Korea Selatan yang mengklaim tentara tambahan dikirim ke Kursk.",
		"Tentukan tanggal serangan rudal di Donetsk.":                                               "tanggal berapa serangan rudal di Donetsk.",
		"Dalam artikel ini?": "Dalam artikel ini?",
		"What does the treaty say in Article 4 about troops?": "What does the treaty say in Article 4 about troops?",
		// Indonesian orders: the kind asked for takes its question word.
		"Sebutkan tanggal Korut mengakui pengiriman pasukannya": "tanggal berapa Korut mengakui pengiriman pasukannya",
		"sebutin bulan Rusia memveto pemantauan PBB":            "bulan apa Rusia memveto pemantauan PBB",
		"Tolong carikan kota terdekat dari depot minyak itu":    "kota mana terdekat dari depot minyak itu",
		"Sebutkan nama komandan pasukan Korut di Kursk":         "siapa nama komandan pasukan Korut di Kursk",
		"Kasih tau dong nama mobil yang dinaiki Putin dan Kim":  "apa nama mobil yang dinaiki Putin dan Kim",
		"Cari info soal jumlah tentara Korut yang tertangkap":   "berapa jumlah tentara Korut yang tertangkap",
		"Jelaskan alasan Korut mengirim tentara":                "apa alasan Korut mengirim tentara",
		"Kasih tau dong berapa drone yang ditembak jatuh":       "berapa drone yang ditembak jatuh",
		"Sebutkan di wilayah mana pasukan Korut bertempur":      "di wilayah mana pasukan Korut bertempur",
		// English orders.
		"Name the car Putin and Kim rode in":                "what car Putin and Kim rode in",
		"Give me the year the inter-Korean pact was signed": "what year the inter-Korean pact was signed",
		"Name the governor who reported the injuries":       "who is the governor who reported the injuries",
		"Tell me where the officers were killed":            "where the officers were killed",
		"Tell me in which region the depot was hit":         "in which region the depot was hit",
		"List the region where the soldiers fought":         "what region where the soldiers fought",
		// Relayed questions.
		"A reader from Medan wants to know: how many troops were sent?": "how many troops were sent?",
		"Pendengar dari Solo nanya nih, Kim kirim berapa tentara?":      "Kim kirim berapa tentara?",
		"Nah, ada yang nanya, katanya ada perwira yang tewas, berapa?":  "katanya ada perwira yang tewas, berapa?",
		// Social media's tags.
		"Korut nyebut Korsel apa? 😬 #SemenanjungKorea":      "Korut nyebut Korsel apa?",
		"who wrote the piece? @alinea_id #DPRK":             "who wrote the piece?",
		"berapa tentara #KoreaUtara yg dikirim @kompascom?": "berapa tentara Korea Utara yg dikirim?",
		"kirim berapa tentara #2024":                        "kirim berapa tentara #2024",
		// A quiz's instruction, its hint put in the blank.
		"Isilah (siapa): Komandan pasukan Korut bernama ___.":                   "Komandan pasukan Korut bernama siapa.",
		"Fill in the blank (how many): Russia downed ... drones":                "Russia downed how many drones",
		"Fill in the blank (how old): Kim greeted Putin on his ___th birthday.": "Kim greeted Putin on his how old birthday.",
		"Isilah (kapan): Putin ke Pyongyang.":                                   "kapan Putin ke Pyongyang.",
		"Fill in the blank (which town): The depot was near ___.":               "The depot was near which town.",
		"Isilah: Korea Utara mengirim ___ tentara ke Rusia.":                    "Korea Utara mengirim ___ tentara ke Rusia.",
		"Soal 3: berapa tentara yang dikirim?":                                  "berapa tentara yang dikirim?",
		// A quiz's options.
		"Siapa menhan Korsel? A. Kim Jong Un B. Kim Yong-hyun C. Ivan Fedorov": "Siapa menhan Korsel?",
		"Which region? (A) Kursk (B) Belgorod":                                 "Which region?",
		"How long did it burn? a) two days b) six days":                        "How long did it burn?",
		// A headline shouted before the question.
		"DRONE BLITZ! How many drones were shot down?": "How many drones were shot down?",
		"12,000 LADS SENT?! How many soldiers went?":   "How many soldiers went?",
		"BERAPA TENTARA KORUT YANG DIKIRIM?":           "BERAPA TENTARA KORUT YANG DIKIRIM?",
		"NIS KORSEL BILANG APA? KORUT KIRIM BERAPA?":   "NIS KORSEL BILANG APA? KORUT KIRIM BERAPA?",
		// Questions, and a topic before a colon, are left as they are.
		"Kursk: berapa tentara Korut yang tewas?": "Kursk: berapa tentara Korut yang tewas?",
		"Berapa tentara yang dikirim Korut?":      "Berapa tentara yang dikirim Korut?",
		"Name":                                    "Name",
		"Rusia bertanya, lalu Korut menjawab":     "Rusia bertanya, lalu Korut menjawab",
	} {
		if got := asQuestion(in); got != want {
			t.Errorf("asQuestion(%q) = %q, want %q", in, got, want)
		}
	}
}

// An order or a relayed question finds the quote the plain question does.
func TestRequestsAreAsked(t *testing.T) {
	lib := openSeed(t)
	checkFirstQuote(t, lib, "Sebutkan nama menteri pertahanan Korsel yang bilang prajurit Korut sangat mungkin tewas", "Kim Yong-hyun")
	checkFirstQuote(t, lib, "Kasih tau dong tanggal Zelensky bilang hubungan pertahanan dengan sekutunya harus diubah", "13/10/2024")
	checkFirstQuote(t, lib, "A caller from Manado wants to know: who is South Korea's defence minister?", "Kim Yong-hyun")
	checkFirstQuote(t, lib, "Tampilkan bagian yang menyebut nama kota dekat terminal minyak di Luhansk yang diserang drone Ukraina.", "Rovenky")
	checkFirstQuote(t, lib, "Data paling baru: berapa drone Ukraina dicegat di atas Laut Azov?", "16 di atas Laut Azov")
	checkFirstQuote(t, lib, "Perjanjian pertahanan yang paling baru diratifikasi Kim dan Putin menyerukan apa?", "saling membantu")
	checkFirstQuote(t, lib, "Pendengar dari Makassar nanya nih, gudang senjata yang dihantam drone itu jaraknya berapa jauh dari perbatasan?", "110 mil")
}

// "tempat" in a where-question is its frame, as "letak" is: the answer
// need not say "tempat", and a quote that does ("wilayah Kursk, tempat
// Ukraina merebut ...") is not the nearer for it.
func TestTempatFramesWhere(t *testing.T) {
	checkFirstQuote(t, openSeed(t), "Di wilayah Ukraina mana tempat para perwira Korut tewas kena serangan rudal?", "Donetsk")
}

// A quiz's options, a shouted headline and British spelling do not keep
// a question from its answer; an option the question offers may be the
// place or the weapon its quote names.
func TestQuizAndBritishQuestions(t *testing.T) {
	lib := openSeed(t)
	checkFirstQuote(t, lib, "Di wilayah mana perwira Korea Utara diduga tewas kena rudal Ukraina? A. Kharkiv B. Donetsk C. Luhansk", "Donetsk")
	checkFirstQuote(t, lib, "DRONE BLITZ! How many Ukrainian drones did Russia say it intercepted?", "47")
	checkFirstQuote(t, lib, "Which South Korean intelligence organisation said more troops had been deployed to Russia?", "Badan Intelijen Nasional")
	checkFirstQuote(t, lib, "Rudal balistik jarak pendek yg dipakai tentara Rusia buat latihan di Iran namanya Fas-360 atau Fateh-110?", "Fas-360")
	checkFirstQuote(t, lib, "Where did Ukraine insist its forces were still operating after Russia claimed to have pushed them out: Belgorod or Bryansk?", "Belgorod")
}

// A quiz's instruction is dropped and its bracketed hint asks in the
// blank: what the articles hold is found, what they lack is not.
func TestFillInTheBlank(t *testing.T) {
	lib := openSeed(t)
	checkFirstQuote(t, lib, "Fill in the blank (near which town): The oil terminal struck by Ukraine's drones lies close to the town of ___.", "Rovenky")
	checkAbstains(t, lib, map[string]bool{
		"Isilah (siapa): Jenderal Korea Utara yang memimpin pasukannya di Kursk bernama ___.": true,
		"Fill in the blank (how many): Ukraine has taken ___ North Korean soldiers prisoner.": true,
	})
}

// Hashtags, @mentions and emoji closing a post are not asked about.
func TestSocialMediaTags(t *testing.T) {
	lib := openSeed(t)
	checkFirstQuote(t, lib, "Korut bakal resmi menyebut Korsel sebagai apa? 😬 #SemenanjungKorea", "musuh")
	checkFirstQuote(t, lib, "berapa tentara yg dikirim korut ke rusia thn 2024? #KoreaUtara #PerangUkraina @kompascom", "12.000")
}

// A country's official name is the country ("Federasi Rusia", "the
// Democratic People's Republic of Korea"), in Indonesian and English.
func TestOfficialNames(t *testing.T) {
	lib := openSeed(t)
	checkFirstQuote(t, lib, "On what date did President Putin and Chairman Kim raise a toast during the Russian leader's visit to the Democratic People's Republic of Korea?", "19 Juni")
	checkFirstQuote(t, lib, "Berapa banyak prajurit yang dikirim pemimpin Korea Utara ke Federasi Rusia sepanjang tahun 2024?", "12.000")
}

// A year shortened with an apostrophe is written in full: "Feb '25" asks
// about 2025, not about the 25th of February.
func TestFullYears(t *testing.T) {
	for in, want := range map[string]string{
		"per the Feb '25 report":    "per the Feb 2025 report",
		"sejak ’24 korut kirim":     "sejak 2024 korut kirim",
		"the '98 crisis":            "the 1998 crisis",
		"Kim's '25 visit":           "Kim's 2025 visit",
		"Kim's'25":                  "Kim's'25", // no word of its own
		"rudal '250'":               "rudal '250'",
		"12.000 tentara pada 2024?": "12.000 tentara pada 2024?",
	} {
		if got := withFullYears(in); got != want {
			t.Errorf("withFullYears(%q) = %q, want %q", in, got, want)
		}
	}
}
