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

// TestMaxRanked: only the most recently stored matches are ranked; with a
// filter, the most recently stored of those that pass it.
func TestMaxRanked(t *testing.T) {
	defer func(n int) { maxRanked = n }(maxRanked)
	maxRanked = 3
	ctx := context.Background()
	st, err := Open(ctx, filepath.Join(t.TempDir(), "r.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var ids []string
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
		ids = append(ids, d.ID)
	}
	terms := []store.Term{{Norm: arabic.Tokenize("الجسر")[0].Norm, Stem: arabic.Tokenize("الجسر")[0].Stem}}
	tests := []struct {
		name string
		f    store.Filter
		want []string // the ids that may come back
	}{
		{"no filter: the 3 newest", store.Filter{}, ids[2:]},
		{"filter all pass: the 3 newest", store.Filter{Outlet: "صحيفة"}, ids[2:]},
		{"filter: the 3 newest that pass", store.Filter{To: isnad.Date{Year: 2024, Month: 1, Day: 4}}, ids[1:4]},
		{"filter passing fewer than 3", store.Filter{From: isnad.Date{Year: 2024, Month: 1, Day: 2}, To: isnad.Date{Year: 2024, Month: 1, Day: 3}}, ids[1:3]},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms, err := st.Search(ctx, store.Query{Terms: terms, Filter: tc.f, Limit: 10})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, m := range ms {
				got = append(got, m.ID)
			}
			slices.Sort(got)
			want := slices.Clone(tc.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("hits %q, want %q", got, want)
			}
		})
	}
}
