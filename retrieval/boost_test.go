package retrieval

import (
	"encoding/json"
	"math"
	"testing"
)

// xorRows are points whose label is whether exactly one of their first
// two columns is over a half; the third column is noise. No single split
// separates them: only trees of two levels do.
func xorRows() ([][]float64, []float64) {
	var x [][]float64
	var y []float64
	for i := range 400 {
		a, b, noise := float64(i%20)/20, float64(i/20)/20, float64((i*7)%13)
		x = append(x, []float64{a, b, noise})
		y = append(y, b2f((a > 0.5) != (b > 0.5)))
	}
	return x, y
}

func TestTrainBoostLearnsAnInteraction(t *testing.T) {
	x, y := xorRows()
	m := trainBoost(x, y, boostConfig{Trees: 60, Depth: 2, Rate: 0.3, MinLeaf: 10, Bins: 32, L2: 1})
	for _, tc := range []struct {
		a, b float64
		yes  bool
	}{{0.1, 0.1, false}, {0.9, 0.1, true}, {0.1, 0.9, true}, {0.9, 0.9, false}} {
		p := m.prob([]float64{tc.a, tc.b, 5})
		if tc.yes && p < 0.9 || !tc.yes && p > 0.1 {
			t.Errorf("prob(%v, %v) = %.3f, want it near %v", tc.a, tc.b, p, tc.yes)
		}
	}
	stump := trainBoost(x, y, boostConfig{Trees: 60, Depth: 1, Rate: 0.3, MinLeaf: 10, Bins: 32, L2: 1})
	if p := stump.prob([]float64{0.9, 0.1, 5}); p > 0.8 {
		t.Errorf("a one-split tree ensemble separates XOR (prob %.3f): the test shows nothing", p)
	}
}

func TestTrainBoostIsDeterministic(t *testing.T) {
	x, y := xorRows()
	cfg := boostConfig{Trees: 20, Depth: 3, Rate: 0.1, MinLeaf: 10, Bins: 16, L2: 1}
	a, _ := json.Marshal(trainBoost(x, y, cfg))
	b, _ := json.Marshal(trainBoost(x, y, cfg))
	if string(a) != string(b) {
		t.Error("two trainings on the same rows gave different models")
	}
}

// With no trees, the model's probability is the training set's share of
// yes; a leaf splits nothing.
func TestBoostBase(t *testing.T) {
	m := trainBoost([][]float64{{1}, {1}, {1}, {1}}, []float64{1, 0, 0, 0}, boostConfig{Depth: 2, MinLeaf: 1, Bins: 8})
	if p := m.prob([]float64{1}); math.Abs(p-0.25) > 1e-9 {
		t.Errorf("prob = %v, want 0.25", p)
	}
}
