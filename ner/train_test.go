package ner

import (
	"bytes"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestForwardBackward checks the CRF's lattice sums against enumerating
// every allowed path of a short sentence: the log of the total score, and
// the marginal of each tag at each token.
func TestForwardBackward(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{1, 2, 3} {
		em := make([]float64, n*nTags)
		for i := range em {
			em[i] = rng.NormFloat64()
		}
		var tr [nTags + 1][nTags]float64
		for a := range tr {
			for b := range tr[a] {
				tr[a][b] = math.Inf(-1)
				if allowed[a][b] {
					tr[a][b] = rng.NormFloat64()
				}
			}
		}
		alpha, beta := make([]float64, n*nTags), make([]float64, n*nTags)
		logZ := forwardBackward(em, &tr, n, alpha, beta)

		var z float64
		marg := make([]float64, n*nTags)
		path := make([]int, n)
		var walk func(j int)
		walk = func(j int) {
			if j == n {
				s, prev := 0.0, nTags
				for i, y := range path {
					s += tr[prev][y] + em[i*nTags+y]
					prev = y
				}
				p := math.Exp(s)
				z += p
				for i, y := range path {
					marg[i*nTags+y] += p
				}
				return
			}
			for y := 0; y < nTags; y++ {
				path[j] = y
				walk(j + 1)
			}
		}
		walk(0)
		if d := math.Abs(logZ - math.Log(z)); d > 1e-9 {
			t.Errorf("n=%d: logZ %v, enumerated %v", n, logZ, math.Log(z))
		}
		for i := range marg {
			got := math.Exp(alpha[i] + beta[i] - logZ)
			if d := math.Abs(got - marg[i]/z); d > 1e-9 {
				t.Errorf("n=%d: marginal %d = %v, enumerated %v", n, i, got, marg[i]/z)
			}
		}
	}
}

// arrivals returns n labelled sentences of one shape, "X Y arrived in Z
// yesterday", with names of two words and places from short lists.
func arrivals(n int) []Sentence {
	first := []string{"سامر", "ليلى", "كريم", "هدى", "وليد"}
	last := []string{"الحلبي", "منصور", "داود", "نصار", "يوسف"}
	places := []string{"حمص", "صيدا", "وهران", "صفاقس", "إربد"}
	var sents []Sentence
	for i := range n {
		sents = append(sents, Sentence{
			Words: []string{"وصل", first[i%5], last[(i/5)%5], "إلى", places[i%5], "أمس", "."},
			Tags:  []string{"O", "B-PERS", "I-PERS", "O", "B-LOC", "O", "O"},
		})
	}
	return sents
}

// TestTrainCRF checks that the CRF update learns names of two words (the
// I tags and their transitions) and that its model tags like a
// perceptron's: allowed paths only.
func TestTrainCRF(t *testing.T) {
	sents := arrivals(50)
	tg, err := Train(sents, TrainOptions{Epochs: 5, Seed: 2, Update: "crf", Info: Info{Name: "test", Version: "0"}})
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"وصل", "هدى", "الحلبي", "إلى", "وهران", "أمس", "."}
	want := []string{"O", "B-PERS", "I-PERS", "O", "B-LOC", "O", "O"}
	if got := tg.Tag(words); !slices.Equal(got, want) {
		t.Errorf("Tag(%v) = %v, want %v", words, got, want)
	}
	if s := Evaluate(tg, sents); s.Micro.F1() < 0.99 {
		t.Errorf("training data F1 %.3f, want 1", s.Micro.F1())
	}
}

// TestTrainBag checks that a bag of models records its size, survives a
// save and load, is deterministic, and that the mean of one set of weights
// with itself is that set.
func TestTrainBag(t *testing.T) {
	sents := arrivals(40)
	opt := TrainOptions{Epochs: 3, Seed: 4, Bag: 3, BagPrune: -1, Info: Info{Name: "test", Version: "0"}}
	a, err := Train(sents, opt)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Train(sents, opt)
	if err != nil {
		t.Fatal(err)
	}
	if a.Info().Bag != 3 || a.Info().Seed != 4 {
		t.Errorf("info %+v, want bag 3, seed 4", a.Info())
	}
	if a.final.feats.len() != b.final.feats.len() || a.final.trans != b.final.trans {
		t.Error("two runs of the same bag differ")
	}
	a.final.feats.each(func(h uint64, r *[nTags]float32) {
		if x := b.final.feats.get(h); x == nil || *x != *r {
			t.Fatalf("feature %x: %v and %v", h, r, x)
		}
	})
	words := []string{"وصل", "هدى", "الحلبي", "إلى", "وهران", "أمس", "."}
	want := []string{"O", "B-PERS", "I-PERS", "O", "B-LOC", "O", "O"}
	if got := a.Tag(words); !slices.Equal(got, want) {
		t.Errorf("Tag(%v) = %v, want %v", words, got, want)
	}
	var buf bytes.Buffer
	if err := a.Save(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if back.Info() != a.Info() {
		t.Errorf("loaded info %+v, want %+v", back.Info(), a.Info())
	}
	m := meanWeights([]*weights{a.first, a.first}, -1)
	if m.feats.len() != a.first.feats.len() || m.trans != a.first.trans {
		t.Error("mean of a pass with itself differs from it")
	}
	// Pruning drops small mean weights, and features left with none.
	small := 0
	a.first.feats.each(func(h uint64, r *[nTags]float32) {
		for _, v := range r {
			if v != 0 && math.Abs(float64(v)) < 0.5 {
				small++
			}
		}
	})
	p := meanWeights([]*weights{a.first, a.first}, 0.5)
	p.feats.each(func(h uint64, r *[nTags]float32) {
		for _, v := range r {
			if v != 0 && math.Abs(float64(v)) < 0.5 {
				t.Errorf("feature %x keeps weight %v below the prune", h, v)
			}
		}
	})
	nonzero := func(w *weights) int {
		n := 0
		w.feats.each(func(_ uint64, r *[nTags]float32) {
			for _, v := range r {
				if v != 0 {
					n++
				}
			}
		})
		return n
	}
	if small == 0 {
		t.Fatal("no weight below 0.5 to prune: the test data needs one")
	}
	if got, want := nonzero(p), nonzero(m)-small; got != want {
		t.Errorf("pruned mean keeps %d weights, want %d (%d of %d below 0.5)", got, want, small, nonzero(m))
	}
}
