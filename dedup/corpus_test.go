package dedup

import (
	"context"
	"fmt"
	"path"
	"sort"
	"strconv"
	"sync"
	"testing"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
	"github.com/isnad-news/isnad/extract"
	"github.com/isnad-news/isnad/ingest"
)

// corpusDoc is one article of the sample corpus, read and extracted.
type corpusDoc struct {
	id  string // file name, with "#n" for feed items and JSON Lines records
	doc *isnad.Document
}

var (
	corpusOnce sync.Once
	corpusDocs []corpusDoc
	corpusErr  error
)

// sampleCorpus reads isnad.SampleCorpus() with ingest and extract, in the
// reader's (lexical) order.
func sampleCorpus(tb testing.TB) []corpusDoc {
	tb.Helper()
	corpusOnce.Do(func() {
		ctx := context.Background()
		st := extract.New(extract.Options{})
		r := ingest.NewReader(ingest.Options{})
		for d, err := range r.FS(ctx, isnad.SampleCorpus(), ".") {
			if err != nil {
				corpusErr = err
				return
			}
			if err := st.Process(ctx, d); err != nil {
				corpusErr = err
				return
			}
			d.Tokens = arabic.Tokenize(d.Body)
			corpusDocs = append(corpusDocs, corpusDoc{id: path.Base(d.Source), doc: d})
		}
	})
	if corpusErr != nil {
		tb.Fatal(corpusErr)
	}
	return corpusDocs
}

// TestCorpusSimilarities logs the exact and estimated Jaccard similarity of
// every pair of sample articles (go test -v -run CorpusSim ./dedup/), the
// distribution behind DefaultThreshold.
func TestCorpusSimilarities(t *testing.T) {
	docs := sampleCorpus(t)
	opt := Options{}.withDefaults()
	sd := seeds(opt.Bands * opt.Rows)
	type pair struct {
		a, b string
		j, e float64
	}
	var pairs []pair
	for i := range docs {
		for k := i + 1; k < len(docs); k++ {
			sa := shingles(docs[i].doc.Tokens, opt.Shingle)
			sb := shingles(docs[k].doc.Tokens, opt.Shingle)
			pairs = append(pairs, pair{docs[i].id, docs[k].id, jaccard(sa, sb), estimate(signature(sa, sd), signature(sb, sd))})
		}
	}
	sort.Slice(pairs, func(i, k int) bool { return pairs[i].j > pairs[k].j })
	for _, p := range pairs {
		t.Logf("%-26s %-26s jaccard %.3f estimate %.3f", p.a, p.b, p.j, p.e)
	}
}

func fmtf(f float64) string { return strconv.FormatFloat(f, 'f', 3, 64) }

// TestCorpus adds the sample corpus in reading order: the aggregator's
// repost must match the agency story it copies, with the agency's as the
// original, and no other pair (other outlets' stories of the same events)
// may match.
func TestCorpus(t *testing.T) {
	x := NewIndex(Options{})
	var got []string
	for _, d := range sampleCorpus(t) {
		for _, m := range x.Add(d.id, d.doc) {
			got = append(got, fmt.Sprintf("%s~%s original %s", d.id, m.ID, m.Original))
			if m.Similarity < 0.6 {
				t.Errorf("%s ~ %s: similarity %.3f, want ≥ 0.6", d.id, m.ID, m.Similarity)
			}
		}
	}
	want := []string{"ferry-wadi.txt~ferry-nabd-repost.txt original ferry-wadi.txt"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("matches = %+q, want %+q", got, want)
	}

	// In reverse order the agency story is still the original (it is
	// dated a day earlier).
	x = NewIndex(Options{})
	docs := sampleCorpus(t)
	got = nil
	for i := len(docs) - 1; i >= 0; i-- {
		for _, m := range x.Add(docs[i].id, docs[i].doc) {
			got = append(got, fmt.Sprintf("%s~%s original %s", docs[i].id, m.ID, m.Original))
		}
	}
	want = []string{"ferry-nabd-repost.txt~ferry-wadi.txt original ferry-wadi.txt"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("reverse order: matches = %+q, want %+q", got, want)
	}
}

// jaccard returns the exact Jaccard similarity of two shingle sets, to check
// the MinHash estimate against.
func jaccard(a, b []uint64) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 0
	}
	set := make(map[uint64]struct{}, len(a))
	for _, x := range a {
		set[x] = struct{}{}
	}
	inter := 0
	for _, x := range b {
		if _, ok := set[x]; ok {
			inter++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}
