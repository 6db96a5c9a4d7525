package retrieval

import (
	_ "embed"
	"encoding/json"
	"slices"
	"strings"
	"unicode"

	"github.com/kutip/kutip/retrieval/vocab"
)

// Whether to answer is first the coverage threshold's call (tuning.
// MinCoverage) and the rules' (askTraced). A boosted-tree model over the
// best quote's evidence then overrides coverage where it is sure: it
// answers a question whose best quote covers too little when it gives no
// answer a low probability (at most tuning.RescueBelow: the asker's own
// wording, which coverage counts against the quote), and abstains from
// one covered enough when that probability is high (over
// tuning.DoubtAbove: a swapped name or noun the quote's other words hide).
// The model is trained on questions Kutip is not evaluated on (two thirds
// of IDK-MRC's train split and the seed paraphrases) by
// TestTrainAbstention; see the README, "Session 25" under "How answers
// are chosen".

//go:embed abstain-model.json
var abstainModelJSON []byte

// abstainModel is the embedded model, or nil when it was trained on other
// evidence than evidenceNames lists (then coverage decides alone).
var abstainModel = loadAbstainModel(abstainModelJSON)

func loadAbstainModel(data []byte) *boostModel {
	var m boostModel
	if err := json.Unmarshal(data, &m); err != nil || !slices.Equal(m.Features, evidenceNames()) {
		return nil
	}
	return &m
}

// featureNames name the window features, for the abstention model's file.
var featureNames = [numFeatures]string{
	fCoverage: "coverage", fBM25: "bm25", fExtra: "extra", fProx: "prox", fDef: "def", fTypeOK: "typeok", fCause: "cause",
	fLead: "lead", fAbout: "about", fArticleTF: "articletf", fCount: "count", fVerb: "verb", fDefines: "defines", fKind: "kind",
	fNamed: "named", fSource: "source", fElse: "else", fOther: "other", fYearless: "yearless", fDayless: "dayless",
	fExcluded: "excluded", fOtherNumbered: "othernumbered", fDeputy: "deputy", fOtherNation: "othernation",
	fOthersCount: "otherscount", fFigures: "figures",
}

// answerTypes are the question types the evidence marks, one column each.
var answerTypes = []vocab.AnswerType{vocab.Date, vocab.Number, vocab.Person, vocab.Place, vocab.Thing, vocab.Reason, vocab.Manner, vocab.YesNo}

// evidenceNames name the columns of evidence, in order.
func evidenceNames() []string {
	names := []string{"best.coverage", "best.asked", "best.score", "margin", "concepts", "absent", "english"}
	for _, n := range featureNames {
		names = append(names, "best."+n)
	}
	for _, t := range answerTypes {
		names = append(names, "type."+t.String())
	}
	return names
}

// evidence is what the abstention model weighs: the best candidate's
// coverage before (raw) and after a many-sentence question's own share
// (best), its score and margin over the next, how many concepts the
// question has and what share of their weight no article holds, its
// language, the best window's features and the question's type.
func evidence(qa parsedQuestion, cands []candidate, raw, best float64) []float64 {
	c := cands[0]
	margin := 0.0
	if len(cands) > 1 {
		margin = c.Score - cands[1].Score
	}
	var total, absent float64
	for _, k := range qa.Concepts {
		total += k.Weight
		if k.Absent {
			absent += k.Weight
		}
	}
	x := []float64{raw, best, c.Score, margin, float64(len(qa.Concepts)), absent / max(total, 1e-9), b2f(qa.English)}
	x = append(x, c.Features[:]...)
	for _, t := range answerTypes {
		x = append(x, b2f(qa.Type == t))
	}
	return x
}

// abstains decides, for a best quote no rule rejected, whether to say
// the sources hold no answer.
func abstains(model *boostModel, v verdict, minCoverage float64) bool {
	if model == nil {
		return v.Coverage < minCoverage
	}
	p := model.prob(v.Evidence)
	if v.Coverage < minCoverage {
		return !v.Rescuable || p > tuning.RescueBelow
	}
	return p > tuning.DoubtAbove
}

// namesUnknown reports whether the question names something, a name or a
// figure ("SRBM KN-23"), that no article holds: then a best quote covering
// too little lacks a detail the question asks about, not the asker's
// wording, and the model does not overrule coverage.
func namesUnknown(qa parsedQuestion) bool {
	for _, c := range qa.Concepts {
		if c.Absent && (c.Name > 0 || strings.IndexFunc(c.Label, unicode.IsDigit) >= 0) {
			return true
		}
	}
	return false
}
