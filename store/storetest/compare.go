package storetest

import (
	"context"
	"slices"
	"testing"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/store"
)

// Compare checks that stores a and b hold the same articles (the same ids,
// and Get results that are deeply equal) and that each query, analysed with
// Terms, finds the same set of ids in both and the same best hit when a's
// best is clearly ahead of its second (by more than 5% of its score).
func Compare(t *testing.T, a, b store.Store, queries []string) {
	t.Helper()
	ctx := context.Background()
	ida, idb := allIDs(t, a), allIDs(t, b)
	if !slices.Equal(ida, idb) {
		t.Errorf("stores hold different articles:\n a %v\n b %v", ida, idb)
	}
	for _, id := range ida {
		da, err := a.Get(ctx, id)
		if err != nil {
			t.Errorf("a: Get %s: %v", id, err)
			continue
		}
		db, err := b.Get(ctx, id)
		if err != nil {
			t.Errorf("b: Get %s: %v", id, err)
			continue
		}
		if diff := docDiff(db, da); diff != "" {
			t.Errorf("Get %s differs (b, then a):%s", id, diff)
		}
	}
	for _, q := range queries {
		terms := Terms(q)
		if len(terms) == 0 {
			t.Errorf("query %+q has no terms", q)
			continue
		}
		ma, err := a.Search(ctx, store.Query{Terms: terms, Limit: 10000})
		if err != nil {
			t.Errorf("a: Search %+q: %v", q, err)
			continue
		}
		mb, err := b.Search(ctx, store.Query{Terms: terms, Limit: 10000})
		if err != nil {
			t.Errorf("b: Search %+q: %v", q, err)
			continue
		}
		if !sameSet(matchIDs(ma), matchIDs(mb)) {
			t.Errorf("Search %+q finds different articles:\n a %v\n b %v", q, ma, mb)
			continue
		}
		if len(ma) == 0 {
			continue
		}
		clear := len(ma) == 1 || ma[0].Score-ma[1].Score > 0.05*ma[0].Score
		if ma[0].ID != mb[0].ID {
			if clear {
				t.Errorf("Search %+q: best hit differs:\n a %v\n b %v", q, ma, mb)
			} else {
				t.Logf("Search %+q: best hit differs on a near tie:\n a %v\n b %v", q, ma, mb)
			}
		}
	}
}

// allIDs lists every id in st, sorted.
func allIDs(t *testing.T, st store.Store) []string {
	t.Helper()
	var ids []string
	if err := st.Scan(context.Background(), func(d *isnad.Document) error {
		ids = append(ids, d.ID)
		return nil
	}); err != nil {
		t.Fatalf("Scan: %v", err)
	}
	slices.Sort(ids)
	if n, err := st.Count(context.Background()); err != nil || n != len(ids) {
		t.Errorf("Count = %d, %v; Scan gives %d", n, err, len(ids))
	}
	return ids
}

func matchIDs(ms []store.Match) []string {
	ids := make([]string, len(ms))
	for i, m := range ms {
		ids[i] = m.ID
	}
	return ids
}
