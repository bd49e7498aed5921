package dedup

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/isnad-news/isnad"
)

// synthetic returns n articles made by recombining the sample corpus: each
// has 6 to 12 sentences drawn at random from the corpus, with one word in
// ten replaced by a random corpus word (so that, as in a real corpus, most
// shingles are new). The same seed gives the same articles.
func synthetic(tb testing.TB, n int, seed uint64) []*isnad.Document {
	var sentences, vocab []string
	for _, d := range sampleCorpus(tb) {
		for _, s := range strings.FieldsFunc(d.doc.Body, func(r rune) bool { return r == '.' || r == '\n' }) {
			if len(strings.Fields(s)) >= 5 {
				sentences = append(sentences, strings.TrimSpace(s))
			}
		}
		vocab = append(vocab, strings.Fields(d.doc.Body)...)
	}
	r := rand.New(rand.NewPCG(seed, 7))
	docs := make([]*isnad.Document, n)
	for i := range docs {
		var b strings.Builder
		for range 6 + r.IntN(7) {
			for _, w := range strings.Fields(sentences[r.IntN(len(sentences))]) {
				if r.IntN(10) == 0 {
					w = vocab[r.IntN(len(vocab))]
				}
				b.WriteString(w)
				b.WriteByte(' ')
			}
			b.WriteString(".\n\n")
		}
		docs[i] = &isnad.Document{Body: b.String()}
	}
	return docs
}

// BenchmarkAdd measures one Add into an index already holding 1,000 and
// 10,000 synthetic articles: "full" is Add itself (the index grows by one
// article per iteration), "lookup" the same work without inserting, so the
// index keeps its size. ns/op should not grow with the size.
func BenchmarkAdd(b *testing.B) {
	queries := synthetic(b, 1000, 2)
	size := 0
	for _, q := range queries {
		size += len(q.Body)
	}
	for _, n := range []int{1000, 10000} {
		x := NewIndex(Options{})
		for i, d := range synthetic(b, n, 1) {
			x.Add(fmt.Sprint(i), d)
		}
		b.Run(fmt.Sprintf("size=%d/lookup", n), func(b *testing.B) {
			b.SetBytes(int64(size / len(queries)))
			b.ReportAllocs()
			i, found := 0, 0
			for b.Loop() {
				nu, keys := x.prepare("q", queries[i%len(queries)])
				x.mu.Lock()
				found += len(x.find(nu, keys))
				x.mu.Unlock()
				i++
			}
			b.ReportMetric(float64(found)/float64(i), "matches/op")
		})
		b.Run(fmt.Sprintf("size=%d/full", n), func(b *testing.B) {
			b.SetBytes(int64(size / len(queries)))
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				x.Add(fmt.Sprint("q", i), queries[i%len(queries)])
				i++
			}
		})
	}
}
