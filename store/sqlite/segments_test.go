package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
	"github.com/isnad-news/isnad/store"
	"github.com/isnad-news/isnad/store/storetest"
)

// segDocs returns n small articles; every one mentions the bridge, every
// third the river, and the words repeat unevenly so that scores differ.
// Outlets alternate between two, and dates run with i.
func segDocs(n int) []*isnad.Document {
	var docs []*isnad.Document
	for i := range n {
		body := fmt.Sprintf("خبر رقم %d عن الجسر في المدينة", i)
		if i%3 == 0 {
			body += " وعن النهر"
		}
		for range i % 4 {
			body += " الجسر"
		}
		d := &isnad.Document{Source: fmt.Sprint(i), Format: isnad.FormatText, Outlet: fmt.Sprint("صحيفة ", i%2), Title: fmt.Sprint("عنوان ", i), Body: body,
			Published: isnad.Date{Year: 2024, Month: 1, Day: 1 + i%28}}
		d.Tokens = arabic.Tokenize(d.Body)
		docs = append(docs, d)
	}
	return docs
}

func openAt(t *testing.T, path string) *Store {
	t.Helper()
	st, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func segCount(t *testing.T, st *Store) int {
	t.Helper()
	gs, err := st.segments(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return len(gs)
}

// hitIDs returns the ids of ms, sorted.
func hitIDs(ms []store.Match) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.ID)
	}
	slices.Sort(out)
	return out
}

func idsOf(docs ...*isnad.Document) []string {
	var out []string
	for _, d := range docs {
		out = append(out, d.Key())
	}
	slices.Sort(out)
	return out
}

// TestMaxRanked: only the maxRanked most recently stored matches are
// ranked, with a filter the most recently stored of those that pass it,
// even when older ones would score higher.
func TestMaxRanked(t *testing.T) {
	defer func(n int) { maxRanked = n }(maxRanked)
	maxRanked = 3
	ctx := context.Background()
	st := openAt(t, filepath.Join(t.TempDir(), "r.db"))
	var docs []*isnad.Document
	for i := range 5 {
		// Older articles mention the word more, so they would rank first.
		body := fmt.Sprintf("خبر رقم %d عن الجسر", i)
		for range 5 - i {
			body += " الجسر"
		}
		d := &isnad.Document{Source: fmt.Sprint(i), Format: isnad.FormatText, Outlet: "صحيفة", Title: fmt.Sprint("عنوان ", i), Body: body,
			Published: isnad.Date{Year: 2024, Month: 1, Day: 1 + i}}
		d.Tokens = arabic.Tokenize(d.Body)
		if _, err := st.Put(ctx, d); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	tests := []struct {
		name string
		f    store.Filter
		want []string
	}{
		{"no filter: the 3 newest", store.Filter{}, idsOf(docs[2:]...)},
		{"filter all pass: the 3 newest", store.Filter{Outlet: "صحيفة"}, idsOf(docs[2:]...)},
		{"filter: the 3 newest that pass", store.Filter{To: isnad.Date{Year: 2024, Month: 1, Day: 4}}, idsOf(docs[1:4]...)},
		{"filter passing fewer than 3", store.Filter{From: isnad.Date{Year: 2024, Month: 1, Day: 2}, To: isnad.Date{Year: 2024, Month: 1, Day: 3}}, idsOf(docs[1:3]...)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms, err := st.Search(ctx, store.Query{Terms: storetest.Terms("الجسر"), Filter: tc.f, Limit: 10})
			if err != nil {
				t.Fatal(err)
			}
			if got := hitIDs(ms); !slices.Equal(got, tc.want) {
				t.Errorf("hits %q, want %q", got, tc.want)
			}
		})
	}
}

// TestSegments: a store whose index is in segments of 3 finds what one
// segment finds, ranks the newest matches across segments, passes its
// checks, and a Put that fails part way, even while opening a segment,
// leaves no segment behind.
func TestSegments(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	one := openAt(t, filepath.Join(dir, "one.db"))
	old := segmentSize
	segmentSize = 3
	t.Cleanup(func() { segmentSize = old })
	seg := openAt(t, filepath.Join(dir, "seg.db"))

	docs := segDocs(20)
	for i := 0; i < len(docs); i += 7 { // Puts that cross segment boundaries
		batch := docs[i:min(i+7, len(docs))]
		segmentSize = old
		if _, err := one.Put(ctx, batch...); err != nil {
			t.Fatal(err)
		}
		segmentSize = 3
		if _, err := seg.Put(ctx, batch...); err != nil {
			t.Fatal(err)
		}
	}
	if n := segCount(t, seg); n != 7 {
		t.Errorf("20 articles in segments of 3: %d segments, want 7", n)
	}
	if n := segCount(t, one); n != 1 {
		t.Errorf("one store: %d segments, want 1", n)
	}
	if err := seg.Check(ctx); err != nil {
		t.Errorf("Check: %v", err)
	}

	queries := []struct {
		name  string
		terms []store.Term
		f     store.Filter
	}{
		{"common word", storetest.Terms("الجسر"), store.Filter{}},
		{"every third", storetest.Terms("النهر"), store.Filter{}},
		{"two words", storetest.Terms("الجسر", "النهر"), store.Filter{}},
		{"filtered", storetest.Terms("الجسر"), store.Filter{Outlet: "صحيفة 1"}},
		{"dated", storetest.Terms("النهر"), store.Filter{From: isnad.Date{Year: 2024, Month: 1, Day: 5}}},
		{"absent", storetest.Terms("القطار"), store.Filter{}},
	}
	for _, q := range queries {
		t.Run(q.name, func(t *testing.T) {
			a, err := one.Search(ctx, store.Query{Terms: q.terms, Filter: q.f, Limit: 50})
			if err != nil {
				t.Fatal(err)
			}
			b, err := seg.Search(ctx, store.Query{Terms: q.terms, Filter: q.f, Limit: 50})
			if err != nil {
				t.Fatal(err)
			}
			if ia, ib := hitIDs(a), hitIDs(b); !slices.Equal(ia, ib) {
				t.Errorf("segmented hits %v\nwant %v", ib, ia)
			}
			for i := 1; i < len(b); i++ {
				if b[i].Score > b[i-1].Score {
					t.Errorf("hits not best first: %v", b)
				}
			}
			// Limit keeps the best.
			top, err := seg.Search(ctx, store.Query{Terms: q.terms, Filter: q.f, Limit: 2})
			if err != nil {
				t.Fatal(err)
			}
			if len(b) >= 2 && !slices.Equal(top, b[:2]) {
				t.Errorf("Limit 2 = %v, want the first two of %v", top, b)
			}
		})
	}

	newest := []struct {
		name string
		max  int
		f    store.Filter
		want []string
	}{
		{"the newest, across segments", 5, store.Filter{}, idsOf(docs[15:]...)},
		{"the newest that pass a filter, across segments", 4, store.Filter{Outlet: "صحيفة 1"}, idsOf(docs[13], docs[15], docs[17], docs[19])},
	}
	for _, tc := range newest {
		t.Run(tc.name, func(t *testing.T) {
			defer func(n int) { maxRanked = n }(maxRanked)
			maxRanked = tc.max
			ms, err := seg.Search(ctx, store.Query{Terms: storetest.Terms("الجسر"), Filter: tc.f, Limit: 50})
			if err != nil {
				t.Fatal(err)
			}
			if got := hitIDs(ms); !slices.Equal(got, tc.want) {
				t.Errorf("hits %v, want %v", got, tc.want)
			}
		})
	}

	t.Run("failed put", func(t *testing.T) {
		// Six new articles open two segments. Cancel at the n-th look at
		// the context, for growing n, until the Put gets through: every
		// failed try must leave the segments and the index as they were.
		more := segDocs(26)[20:]
		for _, d := range more {
			d.Title += " جديد"
		}
		failed := 0
		for n := 1; ; n++ {
			if n > 10000 {
				t.Fatal("Put never got through")
			}
			if _, err := seg.Put(storetest.StopAfter(n), more...); err == nil {
				break
			}
			failed++
			if got := segCount(t, seg); got != 7 {
				t.Fatalf("after a Put failed at look %d: %d segments, want 7", n, got)
			}
			if ms, err := seg.Search(ctx, store.Query{Terms: storetest.Terms("جديد")}); err != nil || len(ms) != 0 {
				t.Fatalf("after a Put failed at look %d: %d new articles found (%v), want 0", n, len(ms), err)
			}
		}
		t.Logf("the Put failed %d times before it got through", failed)
		if failed < 2 {
			t.Errorf("the Put failed only %d times: the cancellation did not reach it part way", failed)
		}
		if n := segCount(t, seg); n != 9 {
			t.Errorf("26 articles: %d segments, want 9", n)
		}
		if err := seg.Check(ctx); err != nil {
			t.Errorf("Check: %v", err)
		}
		ms, err := seg.Search(ctx, store.Query{Terms: storetest.Terms("جديد"), Limit: 50})
		if err != nil || len(ms) != 6 {
			t.Errorf("new articles found: %d, %v; want 6", len(ms), err)
		}
	})
}
