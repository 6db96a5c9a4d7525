package retrieval

import (
	"context"
	"math"
	"testing"
)

// The embedded model must have been trained on today's evidence: one
// that names other columns is ignored, and coverage decides alone.
// Retrain with KUTIP_TRAIN_ABSTAIN=1 go test ./retrieval -run TestTrainAbstention.
func TestAbstainModelMatchesEvidence(t *testing.T) {
	if abstainModel == nil {
		t.Fatal("abstain-model.json does not load or names other evidence than evidenceNames: retrain it")
	}
	if len(abstainModel.Trees) == 0 {
		t.Error("the abstention model has no trees")
	}
	if loadAbstainModel([]byte(`{"features":["coverage"],"trees":[]}`)) != nil {
		t.Error("a model of other evidence loaded")
	}
}

// constantModel gives every question probability p of having no answer.
func constantModel(p float64) *boostModel {
	return &boostModel{Base: math.Log(p / (1 - p)), Trees: [][]treeNode{{{Value: 0}}}}
}

func TestAbstainsPolicy(t *testing.T) {
	min := tuning.MinCoverage
	for _, tc := range []struct {
		p        float64
		coverage float64
		want     bool
	}{
		{0.3, min - 0.1, false}, // coverage falls short, the model is sure there is an answer
		{0.3, min + 0.1, false},
		{0.6, min - 0.1, true}, // not sure enough to overrule coverage
		{0.6, min + 0.1, false},
		{0.97, min - 0.1, true},
		{0.97, min + 0.1, true}, // covered, but the model is sure there is none
	} {
		if got := abstains(constantModel(tc.p), verdict{Coverage: tc.coverage, Rescuable: true}, min); got != tc.want {
			t.Errorf("p %.2f, coverage %.2f: abstains = %v, want %v", tc.p, tc.coverage, got, tc.want)
		}
	}
	if abstains(constantModel(0.1), verdict{Coverage: min - 0.1}, min) != true {
		t.Error("the model answered a question naming what no article holds")
	}
	if abstains(nil, verdict{Coverage: min - 0.01, Rescuable: true}, min) != true || abstains(nil, verdict{Coverage: min}, min) != false {
		t.Error("without a model, coverage under the threshold should abstain and none else")
	}
}

// A wordy question whose words the articles say otherwise ("tahukah
// kamu", "asal luar negeri", "dipenjara") covers too little to answer on
// coverage alone; the model answers it.
func TestAbstentionModelAnswersWordyQuestions(t *testing.T) {
	lib := openSeed(t)
	q := "Tahukah kamu siapa tentara bayaran asal luar negeri yang dipenjara Rusia karena ikut berperang di Ukraina?"
	checkFirstQuote(t, lib, q, "Stephen Hubbard")
	ans, v, err := lib.askTraced(context.Background(), Question{Text: q}, withoutModel())
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Abstained || v.Coverage >= tuning.MinCoverage {
		t.Errorf("coverage alone (%.3f) answers %q: the test shows nothing", v.Coverage, q)
	}
}
