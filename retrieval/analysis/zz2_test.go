package analysis
import ("testing";"fmt")
func TestZZ2(t *testing.T){ for _, w := range []string{"penarikan","keberangkatan","penembakan","pendidikan","kebanyakan","mengatakan","dikatakan","berikan","gerakan","tembakan","ledakan","didikan","lakukan","gunakan"} { fmt.Printf("%s→%s ", w, Stem(w)) } }
