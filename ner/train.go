package ner

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"sync"
)

// Sentence is one sentence of labelled data: words and their BIO tags.
type Sentence struct {
	Words []string
	Tags  []string
}

// ScanCoNLL reads r line by line in CoNLL style and calls line for each
// line with its whitespace-separated columns: none for a blank line (one
// with only spaces, tabs or a carriage return), else the token first. Unlike
// ReadCoNLL it keeps every line, so a caller can write one output line per
// input line. An error from line stops the scan and is returned as is; a read
// error is returned as "line N: err".
func ScanCoNLL(r io.Reader, line func(fields []string) error) error {
	br := bufio.NewReaderSize(r, 1<<16)
	n := 0
	for {
		s, err := br.ReadString('\n')
		if s != "" {
			n++
			if err := line(strings.Fields(s)); err != nil {
				return err
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("line %d: %w", n+1, err)
		}
	}
}

// ReadCoNLL reads labelled sentences: one token per line, the token first
// and its BIO tag last (other columns are ignored), a blank line between
// sentences. Carriage returns and trailing spaces are ignored. A line with
// a single column is tagged O.
func ReadCoNLL(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	var cur Sentence
	err := ScanCoNLL(r, func(f []string) error {
		if len(f) == 0 {
			if len(cur.Words) > 0 {
				out = append(out, cur)
				cur = Sentence{}
			}
			return nil
		}
		tag := "O"
		if len(f) > 1 {
			tag = f[len(f)-1]
		}
		cur.Words = append(cur.Words, f[0])
		cur.Tags = append(cur.Tags, tag)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read conll: %w", err)
	}
	if len(cur.Words) > 0 {
		out = append(out, cur)
	}
	return out, nil
}

// TrainOptions are the settings of Train.
type TrainOptions struct {
	// Epochs is the number of passes over the data (default 10).
	Epochs int
	// Seed fixes the order in which sentences are visited.
	Seed uint64
	// Info names the model; Features, Epochs, Seed and Lexicon are filled in.
	Info Info
	// Lexicon, when set, adds its matches as features (see Lexicon).
	Lexicon Lexicon
	// Dict adds the dictionary features (see DictName).
	Dict bool
	// StemFreq adds the frequency class of each word's light stem in the
	// training data as a feature (with the train lexicon only).
	StemFreq bool
	// NoTrainLex leaves out the list of entity words built from the
	// training data.
	NoTrainLex bool
	// Prune drops averaged weights smaller than this in absolute value
	// (default 0: keep all that quantization keeps).
	Prune float64
	// OnePass trains only the first pass (no document context).
	OnePass bool
	// Update chooses the update rule: "" or "perceptron" adds the feature
	// difference of gold and predicted tags; "pa" scales it as a
	// passive-aggressive (PA-I) step with aggressiveness PAC (default 1):
	// just enough to score the gold tags above the predicted ones by the
	// number of wrong tags.
	// "crf" trains a linear-chain CRF instead (see trainCRF), with L2
	// penalty CRFC2 (default 1) and first step CRFEta (default 0.1).
	Update string
	PAC    float64
	CRFC2  float64
	CRFEta float64
	// Dev, when set, is scored after each epoch and passed to Progress.
	Dev []Sentence
	// KeepBest, with Dev, keeps the final pass's averaged weights of the
	// epoch that scored best on Dev (early stopping) and records that
	// epoch in Info.Epochs.
	KeepBest bool
	// OBias sets Info.OBias (see Info). With TuneBias and Dev, Train
	// instead chooses the value that scores best on Dev.
	OBias    float32
	TuneBias bool
	// Progress, when set, is called after each epoch.
	Progress func(epoch int, dev Scores)
	// Bag, above 1, trains that many models, whose sentence orders come
	// from seeds Seed, Seed+1, …, and averages their weights pass by pass
	// (see trainBag). Progress is then called once, after the last epoch.
	// BagPrune drops mean weights smaller than this in absolute value
	// (default 0.5; below 0, none).
	Bag      int
	BagPrune float64
}

// lexFolds is the number of contiguous parts the training data is cut into
// to build the train lexicon that each part sees (the lexicon of part k is
// built from the other parts; see lexFold).
const lexFolds = 10

// Train trains the two passes of a Tagger on sents, in document order, as
// averaged structured perceptrons. The second pass learns from first-pass
// tags of the training data produced by cross-validation (five contiguous
// parts, each tagged by the averaged first pass trained on the other four),
// so that it learns how far to trust them: the tags of the same word in the
// nearby sentences, of the word itself and of its neighbours. The result is deterministic for
// the same data and options.
func Train(sents []Sentence, opt TrainOptions) (*Tagger, error) {
	if opt.Epochs <= 0 {
		opt.Epochs = 10
	}
	for i, s := range sents {
		if len(s.Words) != len(s.Tags) {
			return nil, fmt.Errorf("train: sentence %d: %d words but %d tags", i+1, len(s.Words), len(s.Tags))
		}
	}
	if opt.Bag > 1 {
		return trainBag(sents, opt)
	}
	info := opt.Info
	info.Features, info.Epochs, info.Seed, info.OBias = featureVersion, opt.Epochs, opt.Seed, opt.OBias
	info.Lists = listsVersion()
	if opt.Lexicon != nil {
		info.Lexicon = opt.Lexicon.Name()
	}
	info.StemFreq = opt.StemFreq && !opt.NoTrainLex
	var dict *wordDict
	if opt.Dict {
		info.Dict, dict = DictName, loadDict()
	}

	// Train lexicons: one per part, built from the other parts, and one
	// from everything for the final model. The parts are contiguous, so
	// that the names of a held-out article look as unseen in training as
	// they will in new text (interleaved parts let the sentences of one
	// article see each other's names).
	var foldLex []*trainLex
	var fullLex *trainLex
	if !opt.NoTrainLex {
		all := newLexCounts()
		for i := range sents {
			all.add(&sents[i])
		}
		for k := 0; k < lexFolds; k++ {
			lc := newLexCounts()
			for i := range sents {
				if lexFold(i, len(sents)) != k {
					lc.add(&sents[i])
				}
			}
			foldLex = append(foldLex, lc.build(opt.StemFreq))
		}
		fullLex = all.build(opt.StemFreq)
	}
	lexOf := func(i int) *trainLex {
		if foldLex == nil {
			return nil
		}
		return foldLex[lexFold(i, len(sents))]
	}
	tagger := func(first, final *weights) *Tagger {
		t := &Tagger{info: info, first: first, final: *final, tl: fullLex, lex: opt.Lexicon, dict: dict}
		return t
	}

	// Pass one.
	exs := make([]example, len(sents))
	bares := make([][]string, len(sents))
	s := sentence{training: true}
	for i, sent := range sents {
		s.reset(sent.Words, lexOf(i), opt.Lexicon, dict)
		exs[i] = makeExample(&s, sent.Tags)
		b := make([]string, len(sent.Words))
		for k := range b {
			b[k] = s.toks[k].bare
		}
		bares[i] = b
	}
	all := make([]int, len(sents))
	for i := range all {
		all[i] = i
	}
	if opt.OnePass {
		w := trainWeights(exs, all, opt, func(w *weights) *Tagger { return tagger(nil, w) }, nil)
		return tagger(nil, w.average(opt.Prune)), nil
	}
	first := trainWeights(exs, all, opt, nil, nil).average(opt.Prune)

	// First-pass tags of the training data by cross-validation.
	const parts = 5
	rows := make([][]uint8, len(sents))
	var sc scratch
	for k := 0; k < parts; k++ {
		lo, hi := k*len(sents)/parts, (k+1)*len(sents)/parts
		var idx []int
		for i := range sents {
			if i < lo || i >= hi {
				idx = append(idx, i)
			}
		}
		w := trainWeights(exs, idx, opt, nil, nil).averaged()
		for i := lo; i < hi; i++ {
			rows[i] = slices.Clone(w.predict(&sc, &exs[i]))
		}
	}
	ctx := contextCodes(bares, rows)

	// Pass two.
	for i, sent := range sents {
		s.reset(sent.Words, lexOf(i), opt.Lexicon, dict)
		s.ctx = ctx[i]
		s.row = rows[i]
		exs[i] = makeExample(&s, sent.Tags)
	}
	if opt.KeepBest && opt.Dev != nil {
		var best *weights
		bestF, bestEpoch := -1.0, 0
		progress := opt.Progress
		opt.Progress = func(epoch int, dev Scores) {
			if f := dev.Micro.F1(); f > bestF {
				bestF, bestEpoch = f, epoch
			}
			if progress != nil {
				progress(epoch, dev)
			}
		}
		trainWeights(exs, all, opt, func(w *weights) *Tagger { return tagger(first, w) },
			func(epoch int, p *perceptron) {
				if epoch == bestEpoch {
					best = p.average(opt.Prune)
				}
			})
		info.Epochs = bestEpoch
		return tuneBias(tagger(first, best), opt), nil
	}
	final := trainWeights(exs, all, opt, func(w *weights) *Tagger { return tagger(first, w) }, nil)
	return tuneBias(tagger(first, final.average(opt.Prune)), opt), nil
}

// trainBag trains opt.Bag models that differ only in the order they visit
// the sentences (seeds opt.Seed, opt.Seed+1, …), side by side on the
// available cores, and returns one model whose weights are their means,
// pass by pass: the first pass is the mean of the first passes, the second
// the mean of the second passes. A perceptron's weights depend on the order
// of its updates; the mean keeps what the orders agree on. On the dev split
// three models score 0.6 points above one on average, and their score
// varies less from seed to seed (model/README.md). The result is
// deterministic for the same data and options.
func trainBag(sents []Sentence, opt TrainOptions) (*Tagger, error) {
	one := opt
	one.Bag = 0
	one.Dev, one.Progress, one.KeepBest, one.TuneBias = nil, nil, false, false
	ts := make([]*Tagger, opt.Bag)
	errs := make([]error, opt.Bag)
	sem := make(chan struct{}, max(1, runtime.GOMAXPROCS(0)))
	var wg sync.WaitGroup
	for k := range opt.Bag {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			o := one
			o.Seed = opt.Seed + uint64(k)
			ts[k], errs[k] = Train(sents, o)
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	t := *ts[0]
	t.info.Seed, t.info.Bag = opt.Seed, opt.Bag
	finals := make([]*weights, len(ts))
	for k, m := range ts {
		finals[k] = &m.final
	}
	prune := opt.BagPrune
	if prune == 0 {
		prune = defaultBagPrune
	}
	t.final = *meanWeights(finals, prune)
	if t.first != nil {
		firsts := make([]*weights, len(ts))
		for k, m := range ts {
			firsts[k] = m.first
		}
		t.first = meanWeights(firsts, prune)
	}
	if opt.Progress != nil && opt.Dev != nil {
		opt.Progress(opt.Epochs, Evaluate(&t, opt.Dev))
	}
	return tuneBias(&t, opt), nil
}

// defaultBagPrune is the smallest mean weight a bag keeps. A weight that
// only one or two of five models hold, at the size most weights have, falls
// below it: on the dev split, pruning at 0.5 halves the features of a mean
// of five models (about 195,000 to 88,000 per pass, and so the memory of
// the feature table) and changes micro-F1 by +0.23, -0.34 and -0.19 points
// on three bags (model/README.md).
const defaultBagPrune = 0.5

// meanWeights returns the mean of ws, feature by feature (a feature a model
// lacks counts as zero there) and transition by transition, dropping mean
// feature weights smaller than prune in absolute value.
func meanWeights(ws []*weights, prune float64) *weights {
	sum := map[uint64]*[nTags]float32{}
	var order []uint64
	out := &weights{}
	k := float32(len(ws))
	for _, w := range ws {
		w.feats.each(func(h uint64, r *[nTags]float32) {
			row := sum[h]
			if row == nil {
				row = new([nTags]float32)
				sum[h] = row
				order = append(order, h)
			}
			for i := range row {
				row[i] += r[i] / k
			}
		})
		for a := range w.trans {
			for b := range w.trans[a] {
				out.trans[a][b] += w.trans[a][b] / k
			}
		}
	}
	for _, h := range order {
		row := *sum[h]
		keep := false
		for i, v := range row {
			if math.Abs(float64(v)) < prune {
				row[i] = 0
			}
			keep = keep || row[i] != 0
		}
		if keep {
			out.feats.put(h, row)
		}
	}
	return out
}

// tuneBias sets t's OBias to the value that scores best on opt.Dev, when
// opt asks for it: a multiple of a fortieth of the mean absolute weight of
// O among the features, from 0 to 2.
func tuneBias(t *Tagger, opt TrainOptions) *Tagger {
	if !opt.TuneBias || opt.Dev == nil {
		return t
	}
	var sum float64
	n := 0
	t.final.feats.each(func(_ uint64, row *[nTags]float32) {
		if v := row[0]; v != 0 {
			sum += math.Abs(float64(v))
			n++
		}
	})
	if n == 0 {
		return t
	}
	unit := float32(sum / float64(n) / 40)
	bestF, bestB := -1.0, float32(0)
	for k := 0; k <= 80; k++ {
		t.info.OBias = float32(k) * unit
		if f := Evaluate(t, opt.Dev).Micro.F1(); f > bestF {
			bestF, bestB = f, t.info.OBias
		}
	}
	t.info.OBias = bestB
	return t
}

// example is one training sentence's features and gold rows.
type example struct {
	feats []uint64 // all tokens' features, concatenated
	ends  []int32  // ends[i] is the end of token i's features
	gold  []uint8
}

func makeExample(s *sentence, tags []string) example {
	ex := example{ends: make([]int32, len(tags)), gold: goldRows(tags)}
	for j := range tags {
		ex.feats = s.features(ex.feats, j)
		ex.ends[j] = int32(len(ex.feats))
	}
	return ex
}

// trainWeights trains a perceptron on the examples idx. When wrap is set
// and opt has a dev set, the averaged weights are scored on it after each
// epoch, and then after is called, if set.
func trainWeights(exs []example, idx []int, opt TrainOptions, wrap func(*weights) *Tagger, after func(int, *perceptron)) *perceptron {
	if opt.Update == "crf" {
		return trainCRF(exs, idx, opt, wrap, after)
	}
	pa := opt.Update == "pa"
	c := opt.PAC
	if c <= 0 {
		c = 1
	}
	p := newPerceptron()
	var sc scratch
	epochs(exs, idx, opt, p, wrap, after, nil, func(_ int, ex *example) {
		n := len(ex.gold)
		pred := p.predict(&sc, ex)
		d := 1.0
		if pa {
			d = paStep(&sc, ex, pred, p, c)
		}
		start := int32(0)
		for j := 0; j < n && d > 0; j++ {
			g, q := int(ex.gold[j]), int(pred[j])
			if g != q {
				for _, f := range ex.feats[start:ex.ends[j]] {
					p.update(f, g, d)
					p.update(f, q, -d)
				}
			}
			gp, qp := nTags, nTags
			if j > 0 {
				gp, qp = int(ex.gold[j-1]), int(pred[j-1])
			}
			if gp != qp || g != q {
				p.updateTrans(gp, g, d)
				p.updateTrans(qp, q, -d)
			}
			start = ex.ends[j]
		}
		p.c++
	})
	return p
}

// epochs visits the examples idx that have tokens opt.Epochs times, each
// time in an order shuffled from opt.Seed, calling step with each one's
// index and example. After each epoch, when wrap is set and opt reports
// progress, it calls sync, if set, to bring p's weights up to date, scores
// p's averaged weights on opt.Dev (if any), reports them, and calls after,
// if set. The perceptron and the CRF share it.
func epochs(exs []example, idx []int, opt TrainOptions, p *perceptron, wrap func(*weights) *Tagger, after func(int, *perceptron), sync func(), step func(k int, ex *example)) {
	rng := rand.New(rand.NewPCG(opt.Seed, opt.Seed^0x9e3779b97f4a7c15))
	order := slices.Clone(idx)
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			if len(exs[k].gold) > 0 {
				step(k, &exs[k])
			}
		}
		if opt.Progress == nil || wrap == nil {
			continue
		}
		if sync != nil {
			sync()
		}
		var dev Scores
		if opt.Dev != nil {
			dev = Evaluate(wrap(p.average(0)), opt.Dev)
		}
		opt.Progress(epoch, dev)
		if after != nil {
			after(epoch, p)
		}
	}
}

// paStep returns the PA-I step for the prediction pred of ex (sc.em holds
// its emission scores): min(c, (loss − margin) / ‖Δφ‖²), where loss counts
// the wrong tags, margin is the gold score minus the predicted one, and
// ‖Δφ‖² is approximated by the features of the wrong tokens and the
// transitions that differ, each counted twice.
func paStep(sc *scratch, ex *example, pred []uint8, p *perceptron, c float64) float64 {
	var loss, norm, margin float64
	start := int32(0)
	for j := range ex.gold {
		g, q := int(ex.gold[j]), int(pred[j])
		gp, qp := nTags, nTags
		if j > 0 {
			gp, qp = int(ex.gold[j-1]), int(pred[j-1])
		}
		if g != q {
			loss++
			norm += 2 * float64(ex.ends[j]-start)
			margin += float64(sc.em[j*nTags+g] - sc.em[j*nTags+q])
		}
		if gp != qp || g != q {
			norm += 2
			margin += float64(p.transF[gp][g] - p.transF[qp][q])
		}
		start = ex.ends[j]
	}
	if loss == 0 || norm == 0 {
		return 0
	}
	return min(c, (loss-margin)/norm)
}

// averaged returns a perceptron whose current weights are p's averaged
// ones, for predicting only.
func (p *perceptron) averaged() *perceptron {
	a := &perceptron{index: p.index, wf: make([]float32, len(p.wf)), c: p.c}
	for i := range p.w {
		a.wf[i] = float32(p.w[i] - p.u[i]/p.c)
	}
	for x := range p.trans {
		for y := range p.trans[x] {
			a.transF[x][y] = float32(p.trans[x][y] - p.transU[x][y]/p.c)
		}
	}
	return a
}

// goldRows returns the rows of tags, with an I-X that does not continue an
// X entity read as B-X (as conlleval reads it).
func goldRows(ts []string) []uint8 {
	out := make([]uint8, len(ts))
	prev := 0
	for i, t := range ts {
		k := tagIndex(t)
		if k != 0 && k%2 == 0 && !allowed[prevOrStart(i, prev)][k] {
			k--
		}
		out[i] = uint8(k)
		prev = k
	}
	return out
}

func prevOrStart(i, prev int) int {
	if i == 0 {
		return nTags
	}
	return prev
}

// perceptron holds the weights while training, with the sums needed to
// average them cheaply: the averaged weight is w - u/c, where u sums each
// update times the example count c at which it was made.
type perceptron struct {
	index  map[uint64]int32
	w, u   []float64
	wf     []float32 // w as float32, for scoring
	trans  [nTags + 1][nTags]float64
	transU [nTags + 1][nTags]float64
	transF [nTags + 1][nTags]float32
	c      float64
}

func newPerceptron() *perceptron {
	return &perceptron{index: map[uint64]int32{}, c: 1}
}

// predict returns the current best rows for ex.
func (p *perceptron) predict(sc *scratch, ex *example) []uint8 {
	n := len(ex.gold)
	sc.em = grow(sc.em, n*nTags)
	start := int32(0)
	for j := 0; j < n; j++ {
		em := sc.em[j*nTags : (j+1)*nTags]
		clear(em)
		for _, f := range ex.feats[start:ex.ends[j]] {
			if r, ok := p.index[f]; ok {
				row := p.wf[int(r)*nTags : int(r)*nTags+nTags]
				for k := range em {
					em[k] += row[k]
				}
			}
		}
		start = ex.ends[j]
	}
	return viterbi(sc, n, &p.transF)
}

func (p *perceptron) update(f uint64, tag int, d float64) {
	r, ok := p.index[f]
	if !ok {
		r = int32(len(p.index))
		p.index[f] = r
		var zero [nTags]float64
		p.w = append(p.w, zero[:]...)
		p.u = append(p.u, zero[:]...)
		p.wf = append(p.wf, make([]float32, nTags)...)
	}
	i := int(r)*nTags + tag
	p.w[i] += d
	p.u[i] += p.c * d
	p.wf[i] = float32(p.w[i])
}

func (p *perceptron) updateTrans(prev, tag int, d float64) {
	p.trans[prev][tag] += d
	p.transU[prev][tag] += p.c * d
	p.transF[prev][tag] = float32(p.trans[prev][tag])
}

// average returns the averaged weights, dropping those smaller than prune.
func (p *perceptron) average(prune float64) *weights {
	t := &weights{} // not sized for p.index: pruning keeps a small part
	for f, r := range p.index {
		var row [nTags]float32
		keep := false
		for k := 0; k < nTags; k++ {
			i := int(r)*nTags + k
			v := p.w[i] - p.u[i]/p.c
			if math.Abs(v) < prune || v == 0 {
				continue
			}
			row[k] = float32(v)
			keep = true
		}
		if keep {
			t.feats.put(f, row)
		}
	}
	for a := range p.trans {
		for b := range p.trans[a] {
			t.trans[a][b] = float32(p.trans[a][b] - p.transU[a][b]/p.c)
		}
	}
	return t
}

// lexFold returns the part (of lexFolds contiguous ones) of sentence i of n.
func lexFold(i, n int) int { return i * lexFolds / n }
