package corpus

import (
	"fmt"
	"testing"
	"time"
	"strings"
	"os"
	"bufio"
	"encoding/json"
)

func TestZZDebug(t *testing.T) {
	st := time.Now()
	arts, probs, err := LoadDir("/work/shared/evaldata/news/click_id")
	fmt.Println(len(arts), len(probs), err, time.Since(st))
	kinds := map[string]int{}
	for _, p := range probs { kinds[p.Reason[:20]]++ }
	fmt.Println(kinds)
	for _, i := range []int{0, 1, 500, 9000} {
		a := arts[i]
		fmt.Printf("==== %s | %q | %q | %s | %s\n%s\n", a.ID, a.Title, a.Source, a.URL, a.Published, a.Text)
	}
	for _, f := range []string{"/work/shared/eval/facqa-dev/corpus.jsonl", "/work/shared/eval/idkmrc-dev/corpus.jsonl"} {
		fh, _ := os.Open(f)
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<24)
		n, diff := 0, 0
		for sc.Scan() {
			var r struct{ Text string }
			json.Unmarshal(sc.Bytes(), &r)
			n++
			c := Clean(r.Text)
			if strings.Join(strings.Fields(c), " ") != strings.Join(strings.Fields(r.Text), " ") {
				diff++
				if diff < 6 { fmt.Printf("DIFF\n%q\n%q\n", r.Text, c) }
			}
		}
		fmt.Println(f, n, diff)
	}
}
