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
)

// segDocs returns n small articles; every one mentions the bridge, every
// third the river, and the words repeat unevenly so that scores differ.
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

func termsOf(words ...string) []store.Term {
	var ts []store.Term
	for _, w := range words {
		tok := arabic.Tokenize(w)[0]
		ts = append(ts, store.Term{Norm: tok.Norm, Stem: tok.Stem})
	}
	return ts
}

func ids(ms []store.Match) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.ID)
	}
	return out
}

// TestSegments: a store whose index is in segments of 3 finds what one
// segment finds, ranks at most maxRanked of the newest matches without a
// filter, passes its checks, and a failed Put leaves no segment behind.
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
		{"common word", termsOf("الجسر"), store.Filter{}},
		{"every third", termsOf("النهر"), store.Filter{}},
		{"two words", termsOf("الجسر", "النهر"), store.Filter{}},
		{"filtered", termsOf("الجسر"), store.Filter{Outlet: "صحيفة 1"}},
		{"dated", termsOf("النهر"), store.Filter{From: isnad.Date{Year: 2024, Month: 1, Day: 5}}},
		{"absent", termsOf("القطار"), store.Filter{}},
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
			ia, ib := ids(a), ids(b)
			slices.Sort(ia)
			slices.Sort(ib)
			if !slices.Equal(ia, ib) {
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
			if len(b) >= 2 && !slices.Equal(ids(top), ids(b[:2])) {
				t.Errorf("Limit 2 = %v, want the first two of %v", ids(top), ids(b))
			}
		})
	}

	t.Run("ranks the newest", func(t *testing.T) {
		defer func(n int) { maxRanked = n }(maxRanked)
		maxRanked = 5
		ms, err := seg.Search(ctx, store.Query{Terms: termsOf("الجسر"), Limit: 50})
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		for _, d := range docs[15:] {
			want = append(want, d.ID)
		}
		got := ids(ms)
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("hits %v, want the 5 newest %v", got, want)
		}
	})

	t.Run("ranks the newest that pass a filter", func(t *testing.T) {
		defer func(n int) { maxRanked = n }(maxRanked)
		maxRanked = 4
		ms, err := seg.Search(ctx, store.Query{Terms: termsOf("الجسر"), Filter: store.Filter{Outlet: "صحيفة 1"}, Limit: 50})
		if err != nil {
			t.Fatal(err)
		}
		want := []string{docs[13].ID, docs[15].ID, docs[17].ID, docs[19].ID}
		got := ids(ms)
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("hits %v, want the 4 newest of the outlet %v", got, want)
		}
	})

	t.Run("failed put", func(t *testing.T) {
		cctx, cancel := context.WithCancel(ctx)
		more := segDocs(26)[20:]
		for _, d := range more {
			d.Title += " جديد"
		}
		cancel()
		if _, err := seg.Put(cctx, more...); err == nil {
			t.Fatal("Put with a cancelled context succeeded")
		}
		if n := segCount(t, seg); n != 7 {
			t.Errorf("after a failed Put: %d segments, want 7", n)
		}
		if _, err := seg.Put(ctx, more...); err != nil {
			t.Fatal(err)
		}
		if n := segCount(t, seg); n != 9 {
			t.Errorf("26 articles: %d segments, want 9", n)
		}
		if err := seg.Check(ctx); err != nil {
			t.Errorf("Check: %v", err)
		}
		ms, err := seg.Search(ctx, store.Query{Terms: termsOf("جديد"), Limit: 50})
		if err != nil || len(ms) != 6 {
			t.Errorf("new articles found: %d, %v; want 6", len(ms), err)
		}
	})
}
