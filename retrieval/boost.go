package retrieval

import (
	"math"
	"slices"
)

// boostModel is a small gradient-boosted tree ensemble for a yes/no
// decision: the sum of one leaf value per tree, plus Base, is the log-odds
// of yes. Kutip uses one to weigh the best quote's evidence when deciding
// whether to abstain (abstain.go); trainBoost makes one.
type boostModel struct {
	Features []string     `json:"features"` // the input each column is, in order
	Base     float64      `json:"base"`
	Trees    [][]treeNode `json:"trees"`
}

// treeNode is a split (x[Feature] <= Threshold goes Left, else Right) or,
// with Left == 0, a leaf of Value. Node 0 is the root.
type treeNode struct {
	Feature   int     `json:"f,omitempty"`
	Threshold float64 `json:"t,omitempty"`
	Left      int     `json:"l,omitempty"`
	Right     int     `json:"r,omitempty"`
	Value     float64 `json:"v,omitempty"`
}

// prob is the model's probability of yes for x.
func (m *boostModel) prob(x []float64) float64 {
	z := m.Base
	for _, tree := range m.Trees {
		n := tree[0]
		for n.Left != 0 {
			if x[n.Feature] <= n.Threshold {
				n = tree[n.Left]
			} else {
				n = tree[n.Right]
			}
		}
		z += n.Value
	}
	return 1 / (1 + math.Exp(-z))
}

// boostConfig sets how trainBoost grows its trees.
type boostConfig struct {
	Trees    int     // how many trees
	Depth    int     // splits from root to leaf
	Rate     float64 // each tree's shrinkage
	MinLeaf  int     // fewest rows a leaf may hold
	Bins     int     // candidate thresholds per feature (quantiles)
	L2       float64 // ridge on leaf values
	Features []string
}

// trainBoost fits a boostModel to rows x with labels y (0 or 1) by
// gradient boosting on the logistic loss, each tree split greedily on
// quantile thresholds of the features. It is deterministic: the same rows
// give the same model.
func trainBoost(x [][]float64, y []float64, cfg boostConfig) boostModel {
	n := len(x)
	m := boostModel{Features: cfg.Features}
	if n == 0 {
		return m
	}
	pos := 0.0
	for _, v := range y {
		pos += v
	}
	p := min(max(pos/float64(n), 1e-6), 1-1e-6)
	m.Base = math.Log(p / (1 - p))
	cuts := quantileCuts(x, cfg.Bins)
	// bins[j][i] is the index of the first cut of feature j at or above
	// row i's value: row i goes left of cut k when bins[j][i] <= k.
	nf := len(x[0])
	bins := make([][]int, nf)
	for j := range nf {
		bins[j] = make([]int, n)
		for i := range n {
			bins[j][i], _ = slices.BinarySearch(cuts[j], x[i][j])
		}
	}
	z := make([]float64, n)
	for i := range z {
		z[i] = m.Base
	}
	g := make([]float64, n)
	h := make([]float64, n)
	rows := make([]int, n)
	for range cfg.Trees {
		for i := range n {
			q := 1 / (1 + math.Exp(-z[i]))
			g[i] = q - y[i]
			h[i] = max(q*(1-q), 1e-9)
		}
		for i := range rows {
			rows[i] = i
		}
		var tree []treeNode
		var grow func(rows []int, depth int) int
		grow = func(rows []int, depth int) int {
			at := len(tree)
			tree = append(tree, treeNode{})
			var gs, hs float64
			for _, i := range rows {
				gs += g[i]
				hs += h[i]
			}
			leaf := func() int {
				tree[at] = treeNode{Value: -cfg.Rate * gs / (hs + cfg.L2)}
				for _, i := range rows {
					z[i] += tree[at].Value
				}
				return at
			}
			if depth == cfg.Depth || len(rows) < 2*cfg.MinLeaf {
				return leaf()
			}
			bestGain, bestF, bestK := 0.0, -1, 0
			parent := gs * gs / (hs + cfg.L2)
			for j := range nf {
				k := len(cuts[j])
				if k == 0 {
					continue
				}
				hg := make([]float64, k+1)
				hh := make([]float64, k+1)
				hc := make([]int, k+1)
				for _, i := range rows {
					b := bins[j][i]
					hg[b] += g[i]
					hh[b] += h[i]
					hc[b]++
				}
				var lg, lh float64
				lc := 0
				for c := range k {
					lg, lh, lc = lg+hg[c], lh+hh[c], lc+hc[c]
					if lc < cfg.MinLeaf || len(rows)-lc < cfg.MinLeaf {
						continue
					}
					rg, rh := gs-lg, hs-lh
					gain := lg*lg/(lh+cfg.L2) + rg*rg/(rh+cfg.L2) - parent
					if gain > bestGain+1e-12 {
						bestGain, bestF, bestK = gain, j, c
					}
				}
			}
			if bestF < 0 {
				return leaf()
			}
			var left, right []int
			for _, i := range rows {
				if bins[bestF][i] <= bestK {
					left = append(left, i)
				} else {
					right = append(right, i)
				}
			}
			l := grow(left, depth+1)
			r := grow(right, depth+1)
			tree[at] = treeNode{Feature: bestF, Threshold: cuts[bestF][bestK], Left: l, Right: r}
			return at
		}
		grow(rows, 0)
		m.Trees = append(m.Trees, tree)
	}
	return m
}

// quantileCuts are, for every feature, up to bins distinct thresholds at
// its quantiles; a row goes left of a cut when its value is at or below it.
func quantileCuts(x [][]float64, bins int) [][]float64 {
	nf := len(x[0])
	cuts := make([][]float64, nf)
	col := make([]float64, len(x))
	for j := range nf {
		for i, r := range x {
			col[i] = r[j]
		}
		slices.Sort(col)
		var cs []float64
		for b := 1; b < bins; b++ {
			v := col[b*len(col)/bins]
			if v != col[len(col)-1] && (len(cs) == 0 || v > cs[len(cs)-1]) {
				cs = append(cs, v)
			}
		}
		if len(cs) == 0 && col[0] != col[len(col)-1] {
			cs = append(cs, col[0])
		}
		cuts[j] = cs
	}
	return cuts
}
