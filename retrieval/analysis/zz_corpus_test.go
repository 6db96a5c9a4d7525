package analysis
import ("testing";"fmt";"os";"path/filepath";"strings";"unicode";"sort")
func TestZZCorpus(t *testing.T){
 files,_ := filepath.Glob("/work/shared/corpus/articles/*.md")
 seen := map[string]bool{}
 for _, f := range files { b,_ := os.ReadFile(f)
  for _, w := range strings.FieldsFunc(strings.ToLower(string(b)), func(r rune) bool { return !unicode.IsLetter(r) && r!='-' }) { seen[strings.Trim(w,"-")] = true } }
 var ws []string; for w := range seen { ws = append(ws,w) }; sort.Strings(ws)
 for _, w := range ws { if s := Stem(w); s != w { fmt.Printf("%s→%s ", w, s) } }
}
