package ner

import (
	"math"
)

// trainCRF trains the weights of one pass as a linear-chain conditional
// random field over the same features and the same constrained tag lattice
// as the perceptron: stochastic gradient descent on the negative
// log-likelihood of the gold tags with an L2 penalty, as CRFsuite's l2sgd
// does. The step of update t is eta0 / (1 + eta0·λ·t), λ = 2·c2 / N for N
// sentences, and the penalty is applied by scaling all weights at once. The
// result is returned as a perceptron with no averaging, so that the rest of
// Train uses it unchanged.
func trainCRF(exs []example, idx []int, opt TrainOptions, wrap func(*weights) *Tagger, after func(int, *perceptron)) *perceptron {
	c2 := opt.CRFC2
	if c2 <= 0 {
		c2 = 1
	}
	eta0 := opt.CRFEta
	if eta0 <= 0 {
		eta0 = 0.1
	}
	p := newPerceptron()
	rows := make([][]int32, len(exs))
	for _, k := range idx {
		ex := &exs[k]
		r := make([]int32, len(ex.feats))
		for i, f := range ex.feats {
			id, ok := p.index[f]
			if !ok {
				id = int32(len(p.index))
				p.index[f] = id
			}
			r[i] = id
		}
		rows[k] = r
	}
	v := make([]float64, len(p.index)*nTags)
	var tv [nTags + 1][nTags]float64
	scale := 1.0
	lambda := 2 * c2 / float64(max(len(idx), 1))
	neg := math.Inf(-1)

	var em, alpha, beta []float64
	t := 0
	renorm := func() {
		if scale == 1 {
			return
		}
		for i := range v {
			v[i] *= scale
		}
		for a := range tv {
			for b := range tv[a] {
				tv[a][b] *= scale
			}
		}
		scale = 1
	}
	publish := func() {
		renorm()
		p.w = v
		if len(p.u) != len(v) { // stays zero: no averaging
			p.u = make([]float64, len(v))
			p.wf = make([]float32, len(v))
		}
		for i, x := range v {
			p.wf[i] = float32(x)
		}
		for a := range tv {
			for b := range tv[a] {
				p.trans[a][b] = tv[a][b]
				p.transF[a][b] = float32(tv[a][b])
			}
		}
		p.transU = [nTags + 1][nTags]float64{}
		p.c = 1
	}
	epochs(exs, idx, opt, p, wrap, after, publish, func(k int, ex *example) {
		n := len(ex.gold)
		eta := eta0 / (1 + eta0*lambda*float64(t))
		t++
		// Scores: emissions and transitions, disallowed ones -Inf.
		em = growF(em, n*nTags)
		start := int32(0)
		r := rows[k]
		for j := 0; j < n; j++ {
			e := em[j*nTags : (j+1)*nTags]
			clear(e)
			for _, id := range r[start:ex.ends[j]] {
				row := v[int(id)*nTags : int(id)*nTags+nTags]
				for y := range e {
					e[y] += row[y]
				}
			}
			for y := range e {
				e[y] *= scale
			}
			start = ex.ends[j]
		}
		var tr [nTags + 1][nTags]float64
		for a := range tr {
			for b := range tr[a] {
				tr[a][b] = neg
				if allowed[a][b] {
					tr[a][b] = tv[a][b] * scale
				}
			}
		}
		alpha = growF(alpha, n*nTags)
		beta = growF(beta, n*nTags)
		logZ := forwardBackward(em, &tr, n, alpha, beta)
		if math.IsInf(logZ, 0) || math.IsNaN(logZ) {
			return
		}
		// The penalty, then the step along the gradient of the
		// log-likelihood: gold counts minus expected counts.
		scale *= 1 - eta*lambda
		step := eta / scale
		start = 0
		for j := 0; j < n; j++ {
			var g [nTags]float64
			for y := 0; y < nTags; y++ {
				g[y] = -math.Exp(alpha[j*nTags+y] + beta[j*nTags+y] - logZ)
			}
			g[ex.gold[j]]++
			for _, id := range r[start:ex.ends[j]] {
				row := v[int(id)*nTags : int(id)*nTags+nTags]
				for y := range row {
					row[y] += step * g[y]
				}
			}
			start = ex.ends[j]
			if j == 0 {
				for y := 0; y < nTags; y++ {
					if allowed[nTags][y] {
						tv[nTags][y] += step * g[y]
					}
				}
				continue
			}
			for q := 0; q < nTags; q++ {
				aq := alpha[(j-1)*nTags+q]
				if math.IsInf(aq, -1) {
					continue
				}
				for y := 0; y < nTags; y++ {
					if !allowed[q][y] {
						continue
					}
					m := math.Exp(aq + tr[q][y] + em[j*nTags+y] + beta[j*nTags+y] - logZ)
					tv[q][y] -= step * m
				}
			}
			tv[ex.gold[j-1]][ex.gold[j]] += step
		}
		if scale < 1e-9 {
			renorm()
		}
	})
	publish()
	return p
}

// forwardBackward fills alpha and beta (n·nTags each) with the forward and
// backward log scores of the lattice of n tokens with emission scores em
// and transition scores tr (tr[nTags]: from the start; -Inf: not allowed),
// and returns the log of the sum of the scores of all paths. The marginal
// of tag y at token j is exp(alpha[j,y] + beta[j,y] − logZ).
func forwardBackward(em []float64, tr *[nTags + 1][nTags]float64, n int, alpha, beta []float64) float64 {
	for y := 0; y < nTags; y++ {
		alpha[y] = tr[nTags][y] + em[y]
	}
	var buf [nTags]float64
	for j := 1; j < n; j++ {
		for y := 0; y < nTags; y++ {
			for q := 0; q < nTags; q++ {
				buf[q] = alpha[(j-1)*nTags+q] + tr[q][y]
			}
			alpha[j*nTags+y] = logSumExp(buf[:]) + em[j*nTags+y]
		}
	}
	for y := 0; y < nTags; y++ {
		beta[(n-1)*nTags+y] = 0
	}
	for j := n - 2; j >= 0; j-- {
		for y := 0; y < nTags; y++ {
			for q := 0; q < nTags; q++ {
				buf[q] = tr[y][q] + em[(j+1)*nTags+q] + beta[(j+1)*nTags+q]
			}
			beta[j*nTags+y] = logSumExp(buf[:])
		}
	}
	return logSumExp(alpha[(n-1)*nTags : n*nTags])
}

// logSumExp returns log Σ exp(x), -Inf when every x is -Inf.
func logSumExp(x []float64) float64 {
	m := math.Inf(-1)
	for _, a := range x {
		if a > m {
			m = a
		}
	}
	if math.IsInf(m, -1) {
		return m
	}
	var s float64
	for _, a := range x {
		s += math.Exp(a - m)
	}
	return m + math.Log(s)
}

func growF(s []float64, n int) []float64 {
	if cap(s) < n {
		return make([]float64, n)
	}
	return s[:n]
}
