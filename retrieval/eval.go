package retrieval

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
)

// QAItem is one question of a QA set (the shape of ../shared/eval/*.jsonl).
type QAItem struct {
	ID         string   `json:"id"`
	Lang       string   `json:"lang"`
	Question   string   `json:"question"`
	Answers    []string `json:"answers"`
	Articles   []string `json:"articles"`
	Answerable bool     `json:"answerable"`
}

// ReadQA reads a QA set, one JSON object a line.
func ReadQA(r io.Reader) ([]QAItem, error) {
	var out []QAItem
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var it QAItem
		if err := json.Unmarshal(sc.Bytes(), &it); err != nil {
			return nil, fmt.Errorf("retrieval: read QA line %d: %w", line, err)
		}
		out = append(out, it)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("retrieval: read QA: %w", err)
	}
	return out, nil
}

// EvalReport scores a QA set as ../shared/README.md describes: a question
// is answered at k when one of the first k quotes (its first 400
// characters, whitespace folded, case ignored) contains an answer; an
// unanswerable question is answered when Kutip abstains.
type EvalReport struct {
	Questions        int
	Answerable       int
	Unanswerable     int
	Success1         int // answerable questions answered by the first quote
	Success3         int
	Abstained        int // unanswerable questions abstained on
	FalseAbstentions int // answerable questions abstained on
	ByLang           map[string][2]int
	Misses           []EvalMiss
	// Curve is the trade-off between answerable success@1 and unanswerable
	// abstention as the abstention threshold moves.
	Curve []CurvePoint
}

// EvalMiss is a question answered wrongly.
type EvalMiss struct {
	Item      QAItem
	Abstained bool
	Got       string // the first quote, folded and cut to 400 characters
}

// CurvePoint is one abstention threshold and what it yields.
type CurvePoint struct {
	MinCoverage      float64
	Success1         float64 // share of answerable questions right at 1
	Abstained        float64 // share of unanswerable questions abstained on
	FalseAbstentions float64 // share of answerable questions abstained on
}

// Judge reports whether quote answers an item, by the QA sets' rule.
func Judge(item QAItem, quote string) bool {
	got := foldForJudge(quote)
	for _, a := range item.Answers {
		if a != "" && strings.Contains(got, foldForJudge(a)) {
			return true
		}
	}
	return false
}

func foldForJudge(s string) string {
	r := []rune(s)
	if len(r) > 400 {
		r = r[:400]
	}
	return strings.ToLower(strings.Join(strings.Fields(string(r)), " "))
}

// Evaluate asks every question of items and scores the answers.
func (l *Library) Evaluate(ctx context.Context, items []QAItem) (EvalReport, error) {
	rep := EvalReport{ByLang: map[string][2]int{}}
	type trace struct {
		answerable bool
		verdict    verdict // the evidence the answer was decided on
		right1     bool    // right at 1 when not abstaining
	}
	var traces []trace
	for _, it := range items {
		rep.Questions++
		ans, v, err := l.askTraced(ctx, Question{Text: it.Question, Limit: 3})
		if err != nil {
			return rep, err
		}
		lang := rep.ByLang[it.Lang]
		lang[1]++
		tr := trace{answerable: it.Answerable, verdict: v}
		if !it.Answerable {
			rep.Unanswerable++
			if ans.Abstained {
				rep.Abstained++
				lang[0]++
			} else {
				rep.Misses = append(rep.Misses, EvalMiss{Item: it, Got: firstQuote(ans)})
			}
			rep.ByLang[it.Lang] = lang
			traces = append(traces, tr)
			continue
		}
		rep.Answerable++
		if ans.Abstained {
			rep.FalseAbstentions++
		}
		right1 := false
		for i, q := range ans.Quotes {
			if i >= 3 {
				break
			}
			if Judge(it, q.Text) {
				if i == 0 {
					right1 = true
					rep.Success1++
					lang[0]++
				}
				rep.Success3++
				break
			}
		}
		if !right1 {
			rep.Misses = append(rep.Misses, EvalMiss{Item: it, Abstained: ans.Abstained, Got: firstQuote(ans)})
		}
		// For the curve: what the first quote would be with no abstention.
		tr.right1 = right1
		if ans.Abstained {
			unfiltered, _, err := l.askTraced(ctx, Question{Text: it.Question, Limit: 1}, answeringAlways())
			if err != nil {
				return rep, err
			}
			tr.right1 = len(unfiltered.Quotes) > 0 && Judge(it, unfiltered.Quotes[0].Text)
		}
		rep.ByLang[it.Lang] = lang
		traces = append(traces, tr)
	}
	thresholds := []float64{0, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, tuning.MinCoverage}
	slices.Sort(thresholds)
	for _, th := range slices.Compact(thresholds) {
		var p CurvePoint
		p.MinCoverage = th
		for _, tr := range traces {
			v := tr.verdict
			abstain := v.Coverage == 0 || abstains(abstainModel, v, th)
			switch {
			case tr.answerable && !abstain && tr.right1:
				p.Success1++
			case tr.answerable && abstain:
				p.FalseAbstentions++
			case !tr.answerable && abstain:
				p.Abstained++
			}
		}
		if rep.Answerable > 0 {
			p.Success1 /= float64(rep.Answerable)
			p.FalseAbstentions /= float64(rep.Answerable)
		}
		if rep.Unanswerable > 0 {
			p.Abstained /= float64(rep.Unanswerable)
		}
		rep.Curve = append(rep.Curve, p)
	}
	sort.SliceStable(rep.Misses, func(i, j int) bool { return rep.Misses[i].Item.ID < rep.Misses[j].Item.ID })
	return rep, nil
}

func firstQuote(a Answer) string {
	if len(a.Quotes) == 0 {
		return ""
	}
	return foldForJudge(a.Quotes[0].Text)
}
