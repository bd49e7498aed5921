package ner

import (
	"math"
	"sync"
)

// Tags are the BIO tags over ANERcorp's types, in the order of a model's
// weight rows.
var tags = [...]string{"O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"}

const nTags = len(tags)

// tagIndex returns the row of tag, or 0 (O) for anything else.
func tagIndex(tag string) int {
	for i, t := range tags {
		if t == tag {
			return i
		}
	}
	return 0
}

// allowed[p][t] reports whether tag t may follow tag p (p == nTags: the
// sentence start). I-X follows only B-X or I-X.
var allowed = func() (a [nTags + 1][nTags]bool) {
	for p := 0; p <= nTags; p++ {
		for t := 0; t < nTags; t++ {
			a[p][t] = t == 0 || t%2 == 1 || p < nTags && p != 0 && (p+1)/2 == (t+1)/2
		}
	}
	return a
}()

// Tagger tags tokens with named-entity types. It is safe for concurrent use.
//
// A Tagger runs in two passes: the first tags each sentence alone; the
// second sees, as features, how the first tagged the same words in the
// nearby sentences (see contextCodes).
type Tagger struct {
	info  Info
	first *weights // nil for a one-pass model
	final weights
	tl    *trainLex
	lex   Lexicon
	dict  *wordDict // the dictionary, for a model trained with it
}

// weights are the parameters of one pass.
type weights struct {
	// feats holds the weights per tag of each feature hash.
	feats featTable
	// trans[p][t] is the weight of tag t after tag p (p == nTags: start).
	trans [nTags + 1][nTags]float32
}

// Info describes a model.
type Info struct {
	// Name and Version identify the model ("isnad-ner", "1").
	Name    string `json:"name"`
	Version string `json:"version"`
	// Data says what the model was trained on.
	Data string `json:"data"`
	// Lexicon is the Name of the Lexicon it was trained with, or "".
	Lexicon string `json:"lexicon,omitempty"`
	// Dict is DictName for a model trained with the dictionary features,
	// or "".
	Dict string `json:"dict,omitempty"`
	// StemFreq says whether the model was trained with the stem frequency
	// features (TrainOptions.StemFreq).
	StemFreq bool `json:"stem_freq,omitempty"`
	// Lists identifies the built-in word lists it was trained with
	// (names.txt, triggers.txt, media.txt): see listsVersion.
	Lists string `json:"lists,omitempty"`
	// Features is the version of the feature set.
	Features int `json:"features"`
	// Epochs and Seed are the training settings; Bag, above 1, is the
	// number of models averaged (TrainOptions.Bag), trained with seeds
	// Seed, Seed+1, ….
	Epochs int    `json:"epochs"`
	Seed   uint64 `json:"seed"`
	Bag    int    `json:"bag,omitempty"`
	// OBias is subtracted from the final pass's score of O for every token
	// when tagging: above 0, the tagger finds more names (recall) at the
	// cost of precision. Train tunes it on the dev set.
	OBias float32 `json:"o_bias,omitempty"`
}

// Info returns the model's description.
func (t *Tagger) Info() Info { return t.info }

// WithLexicon returns a copy of t that uses lex for its lexicon features. It
// returns t itself when lex's Name is not the one t was trained with (the
// features would mean nothing to the model).
func (t *Tagger) WithLexicon(lex Lexicon) *Tagger {
	if lex == nil || lex.Name() != t.info.Lexicon {
		return t
	}
	c := *t
	c.lex = lex
	return &c
}

// scratch is the per-call working memory of Tag.
type scratch struct {
	s     sentence
	sents []sentence // the prepared sentences of TagSentences
	feats []uint64
	em    []float32
	score []float32
	back  []uint8
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// Tag returns one BIO tag over PERS, LOC, ORG and MISC for each token
// (ANERcorp's tag set). Tokens are words and punctuation marks as written;
// an empty token is tagged O. The sentence is its own context; use
// TagSentences to tag the sentences of a document together.
func (t *Tagger) Tag(tokens []string) []string {
	return t.TagSentences([][]string{tokens})[0]
}

// TagSentences tags the sentences of one document (or of a stream in
// document order) like Tag, letting each sentence's tags depend on how the
// same words were tagged in the nearby sentences.
func (t *Tagger) TagSentences(sents [][]string) [][]string {
	rows := t.rows(sents)
	out := make([][]string, len(sents))
	for j, r := range rows {
		o := make([]string, len(r))
		for i, k := range r {
			o[i] = tags[k]
		}
		out[j] = o
	}
	return out
}

// rows returns the tag rows of each sentence, label consistency and the
// titles of works applied.
func (t *Tagger) rows(sents [][]string) [][]uint8 {
	out := t.passes(sents)
	consistent(sents, out)
	titles(sents, out)
	return out
}

// passes returns the tag rows of each sentence from the model's passes.
func (t *Tagger) passes(sents [][]string) [][]uint8 {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	out := make([][]uint8, len(sents))
	if t.first == nil {
		for j, words := range sents {
			sc.s.reset(words, t.tl, t.lex, t.dict)
			out[j] = t.final.tag(sc, &sc.s, t.info.OBias)
		}
		return out
	}
	// Each sentence is prepared once, for both passes.
	if len(sc.sents) < len(sents) {
		sc.sents = append(sc.sents, make([]sentence, len(sents)-len(sc.sents))...)
	}
	ss := sc.sents[:len(sents)]
	bares := make([][]string, len(sents))
	first := make([][]uint8, len(sents))
	for j, words := range sents {
		s := &ss[j]
		s.reset(words, t.tl, t.lex, t.dict)
		first[j] = t.first.tag(sc, s, 0)
		b := make([]string, len(words))
		for i := range b {
			b[i] = s.toks[i].bare
		}
		bares[j] = b
	}
	ctx := contextCodes(bares, first)
	for j := range sents {
		s := &ss[j]
		s.ctx, s.row = ctx[j], first[j]
		out[j] = t.final.tag(sc, s, t.info.OBias)
	}
	if len(sc.sents) > maxPooledSentences {
		sc.sents = nil // a long document's buffers are not kept
	}
	return out
}

// maxPooledSentences is the most prepared sentences a pooled scratch keeps
// between calls.
const maxPooledSentences = 256

// tag runs Viterbi over the prepared sentence s with these weights, the
// score of O lowered by oBias, and returns the tag rows; s.ctx and s.row
// are the document-context codes and first-pass rows of a second pass (nil
// in the first).
func (w *weights) tag(sc *scratch, s *sentence, oBias float32) []uint8 {
	n := len(s.toks)
	if n == 0 {
		return nil
	}
	sc.em = grow(sc.em, n*nTags)
	for i := 0; i < n; i++ {
		sc.feats = s.features(sc.feats[:0], i)
		w.emission(sc.feats, sc.em[i*nTags:(i+1)*nTags])
		sc.em[i*nTags] -= oBias
	}
	return viterbi(sc, n, &w.trans)
}

// emission sets em to the weights of feats per tag.
func (w *weights) emission(feats []uint64, em []float32) {
	clear(em)
	em = em[:nTags]
	for _, f := range feats {
		if row := w.feats.get(f); row != nil {
			for k := range row {
				em[k] += row[k]
			}
		}
	}
}

func viterbi(sc *scratch, n int, trans *[nTags + 1][nTags]float32) []uint8 {
	sc.score = grow(sc.score, 2*nTags)
	if cap(sc.back) < n*nTags {
		sc.back = make([]uint8, n*nTags)
	}
	back := sc.back[:n*nTags]
	prev, cur := sc.score[:nTags], sc.score[nTags:]
	neg := float32(math.Inf(-1))
	for k := 0; k < nTags; k++ {
		prev[k] = neg
		if allowed[nTags][k] {
			prev[k] = trans[nTags][k] + sc.em[k]
		}
	}
	for i := 1; i < n; i++ {
		em := sc.em[i*nTags : (i+1)*nTags]
		for k := 0; k < nTags; k++ {
			best, arg := neg, 0
			for p := 0; p < nTags; p++ {
				if !allowed[p][k] {
					continue
				}
				if s := prev[p] + trans[p][k]; s > best {
					best, arg = s, p
				}
			}
			cur[k] = best + em[k]
			back[i*nTags+k] = uint8(arg)
		}
		prev, cur = cur, prev
	}
	best, arg := neg, 0
	for k := 0; k < nTags; k++ {
		if prev[k] > best {
			best, arg = prev[k], k
		}
	}
	out := make([]uint8, n)
	out[n-1] = uint8(arg)
	for i := n - 1; i > 0; i-- {
		out[i-1] = back[i*nTags+int(out[i])]
	}
	return out
}

func grow(s []float32, n int) []float32 {
	if cap(s) < n {
		return make([]float32, n)
	}
	return s[:n]
}
