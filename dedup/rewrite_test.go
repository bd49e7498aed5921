package dedup

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
)

// rewrite returns body with each word replaced, with probability p, by a
// word drawn from vocab: a model of an editor's light changes.
func rewrite(r *rand.Rand, body string, p float64, vocab []string) string {
	var b strings.Builder
	last := 0
	for _, t := range arabic.Tokenize(body) {
		b.WriteString(body[last:t.Start])
		if r.Float64() < p {
			b.WriteString(vocab[r.IntN(len(vocab))])
		} else {
			b.WriteString(body[t.Start:t.End])
		}
		last = t.End
	}
	b.WriteString(body[last:])
	return b.String()
}

// replaceFirstParagraph returns body with its first paragraph replaced by
// intro.
func replaceFirstParagraph(body, intro string) string {
	if _, rest, ok := strings.Cut(body, "\n\n"); ok {
		return intro + "\n\n" + rest
	}
	return intro
}

// TestRewriteSimilarities logs, for synthetic rewrites of every sample
// article of at least 80 words, the exact Jaccard similarity to the
// original and whether the default index finds the pair (go test -v -run
// RewriteSim ./dedup/). It fails when a rewrite of 5% of the words or a
// replaced first paragraph is missed.
func TestRewriteSimilarities(t *testing.T) {
	docs := sampleCorpus(t)
	var vocab []string
	for _, d := range docs {
		for _, tk := range d.doc.Tokens {
			vocab = append(vocab, d.doc.Body[tk.Start:tk.End])
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	opt := Options{}.withDefaults()
	type variant struct {
		name string
		f    func(body string, other string) string
		must bool
	}
	variants := []variant{
		{"copy", func(b, _ string) string { return b }, true},
		{"new first paragraph", func(b, o string) string {
			intro, _, _ := strings.Cut(o, "\n\n")
			return replaceFirstParagraph(b, intro)
		}, true},
		{"2% words changed", func(b, _ string) string { return rewrite(r, b, 0.02, vocab) }, true},
		{"5% words changed", func(b, _ string) string { return rewrite(r, b, 0.05, vocab) }, true},
		{"10% words changed", func(b, _ string) string { return rewrite(r, b, 0.10, vocab) }, false},
		{"15% words changed", func(b, _ string) string { return rewrite(r, b, 0.15, vocab) }, false},
		{"20% words changed", func(b, _ string) string { return rewrite(r, b, 0.20, vocab) }, false},
		{"last half dropped", func(b, _ string) string { return b[:len(b)/2] }, false},
	}
	for _, v := range variants {
		found, n := 0, 0
		var js []float64
		for i, d := range docs {
			if len(d.doc.Tokens) < 80 {
				continue
			}
			other := docs[(i+1)%len(docs)].doc.Body
			body := v.f(d.doc.Body, other)
			x := NewIndex(Options{})
			x.Add("orig", d.doc)
			m := x.Add("rewrite", &isnad.Document{Body: body})
			j := jaccard(shingles(d.doc.Tokens, opt.Shingle), shingles(arabic.Tokenize(body), opt.Shingle))
			js = append(js, j)
			n++
			if len(m) == 1 {
				found++
			} else if v.must {
				t.Errorf("%s of %s (jaccard %.3f): not found", v.name, d.id, j)
			}
		}
		t.Logf("%-20s found %d/%d, jaccard %s", v.name, found, n, summary(js))
	}
}

// summary returns "min … median … max" of xs.
func summary(xs []float64) string {
	s := append([]float64(nil), xs...)
	if len(s) == 0 {
		return "-"
	}
	for i := range s {
		for k := i + 1; k < len(s); k++ {
			if s[k] < s[i] {
				s[i], s[k] = s[k], s[i]
			}
		}
	}
	return fmtf(s[0]) + " … " + fmtf(s[len(s)/2]) + " … " + fmtf(s[len(s)-1])
}
