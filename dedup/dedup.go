package dedup

import (
	"cmp"
	"fmt"
	"slices"
	"sync"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
)

// Defaults of Options; see Options for what each means and the README of
// this package (doc.go) for the measurements behind them.
const (
	DefaultShingle   = 5
	DefaultBands     = 40
	DefaultRows      = 3
	DefaultThreshold = 0.4
	DefaultMinWords  = 10
	DefaultMaxBucket = 64
)

// Options configure an Index. The zero value of a field means its default.
type Options struct {
	// Shingle is the number of words per shingle (default 5).
	Shingle int
	// Bands and Rows shape the LSH table: the MinHash signature has
	// Bands×Rows values and two documents become candidates when all Rows
	// values of at least one band agree (defaults 40 and 3: 120 values; a
	// pair of Jaccard similarity s is a candidate with probability
	// 1-(1-s^3)^40, which is 0.67 at s=0.3, 0.93 at s=0.4, 0.995 at s=0.5
	// and above 0.9999 from s=0.6).
	Bands, Rows int
	// Threshold is the least estimated Jaccard similarity of a Match
	// (default 0.4).
	Threshold float64
	// MinWords is the least number of body words for a document to be
	// indexed and matched (default 10); shorter bodies (a headline, a
	// one-line brief) are too short to judge and give no matches.
	MinWords int
	// MaxBucket is the most documents kept per LSH bucket (default 64): when
	// a bucket is full its oldest entry is dropped, which bounds the cost of
	// an Add however many documents share a passage.
	MaxBucket int
}

func (o Options) withDefaults() Options {
	if o.Shingle <= 0 {
		o.Shingle = DefaultShingle
	}
	if o.Bands <= 0 {
		o.Bands = DefaultBands
	}
	if o.Rows <= 0 {
		o.Rows = DefaultRows
	}
	if o.Threshold <= 0 {
		o.Threshold = DefaultThreshold
	}
	if o.MinWords <= 0 {
		o.MinWords = DefaultMinWords
	}
	if o.MaxBucket <= 0 {
		o.MaxBucket = DefaultMaxBucket
	}
	return o
}

// Match is an earlier document found to be a near-duplicate of the one
// being added.
type Match struct {
	// ID is the earlier document's id, as given to Add.
	ID string `json:"id"`
	// Similarity is the estimated Jaccard similarity of the two bodies'
	// word shingles, in [0, 1].
	Similarity float64 `json:"similarity"`
	// Original is the id of the one of the pair judged to be the original
	// (ID or the id being added); see the package documentation for the
	// rule.
	Original string `json:"original"`
}

// Index finds near-duplicates among the documents added to it. It is safe
// for concurrent use; the results depend on the order of Adds, and the same
// order always gives the same results.
type Index struct {
	opt   Options
	seeds []uint64

	mu      sync.Mutex
	entries []*entry
	buckets map[uint64][]int32 // band key → indexes into entries, oldest first
}

// NewIndex returns an empty index.
func NewIndex(opt Options) *Index {
	opt = opt.withDefaults()
	return &Index{
		opt:     opt,
		seeds:   seeds(opt.Bands * opt.Rows),
		buckets: make(map[uint64][]int32),
	}
}

// Options returns the index's options with defaults filled in.
func (x *Index) Options() Options { return x.opt }

// Len returns the number of documents indexed (those with at least
// MinWords words).
func (x *Index) Len() int {
	x.mu.Lock()
	defer x.mu.Unlock()
	return len(x.entries)
}

// Add indexes doc under id and returns the documents added before it whose
// bodies are near-duplicates of its body, most similar first (ties in the
// order they were added). The body is read from doc.Tokens when set, else
// tokenized with arabic.Tokenize; only the Match-normalized words count, so
// diacritics, letter variants and punctuation do not. doc is not changed or
// kept. A body shorter than MinWords words is not indexed and gives no
// matches. Adding the same id twice indexes the document twice.
//
// The work done is independent of the number of documents indexed: one
// signature, one bucket look-up per band, and at most Bands×MaxBucket
// candidates compared.
func (x *Index) Add(id string, doc *isnad.Document) []Match {
	nu, keys := x.prepare(id, doc)
	if nu == nil {
		return nil
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	out := x.find(nu, keys)
	x.insert(nu, keys)
	return out
}

// prepare computes what the index keeps of doc and its band keys, outside
// the lock; it returns nil for a body shorter than MinWords.
func (x *Index) prepare(id string, doc *isnad.Document) (*entry, []uint64) {
	if doc == nil {
		return nil, nil
	}
	tokens := doc.Tokens
	if len(tokens) == 0 && doc.Body != "" {
		tokens = arabic.Tokenize(doc.Body)
	}
	if len(tokens) < x.opt.MinWords {
		return nil, nil
	}
	sig := signature(shingles(tokens, x.opt.Shingle), x.seeds)
	nu := &entry{
		id:        id,
		sig:       sig,
		published: doc.Published,
		site:      siteKeys(doc),
		names:     citedNames(doc, tokens),
	}
	keys := make([]uint64, x.opt.Bands)
	for b := range keys {
		keys[b] = bandKey(sig, b, x.opt.Rows)
	}
	return nu, keys
}

// find returns the indexed entries sharing a bucket with nu whose
// estimated similarity reaches the threshold, most similar first, ties in
// the order they were added. x.mu must be held.
func (x *Index) find(nu *entry, keys []uint64) []Match {
	nu.seq = len(x.entries)
	seen := make(map[int32]bool)
	type hit struct {
		m   Match
		seq int
	}
	var hits []hit
	for _, k := range keys {
		for _, i := range x.buckets[k] {
			if seen[i] {
				continue
			}
			seen[i] = true
			old := x.entries[i]
			s := estimate(old.sig, nu.sig)
			if s < x.opt.Threshold {
				continue
			}
			hits = append(hits, hit{Match{ID: old.id, Similarity: s, Original: original(old, nu)}, old.seq})
		}
	}
	slices.SortFunc(hits, func(a, b hit) int {
		if c := cmp.Compare(b.m.Similarity, a.m.Similarity); c != 0 {
			return c
		}
		return cmp.Compare(a.seq, b.seq)
	})
	var out []Match
	for _, h := range hits {
		out = append(out, h.m)
	}
	return out
}

// insert adds nu to the entries and its keys' buckets, dropping the oldest
// of a full bucket. x.mu must be held.
func (x *Index) insert(nu *entry, keys []uint64) {
	nu.seq = len(x.entries)
	for _, k := range keys {
		b := x.buckets[k]
		if len(b) >= x.opt.MaxBucket {
			b = slices.Delete(b, 0, len(b)-x.opt.MaxBucket+1)
		}
		x.buckets[k] = append(b, int32(nu.seq))
	}
	x.entries = append(x.entries, nu)
}

// String returns "id ~0.82 (original id)", for logs and test failures.
func (m Match) String() string {
	return fmt.Sprintf("%s ~%.2f (original %s)", m.ID, m.Similarity, m.Original)
}
