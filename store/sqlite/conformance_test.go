package sqlite_test

import (
	"context"
	"testing"

	"github.com/isnad-news/isnad/store"
	"github.com/isnad-news/isnad/store/sqlite"
	"github.com/isnad-news/isnad/store/storetest"
)

func TestConformance(t *testing.T) {
	sqlite.SetScanPage(t, 2) // Scan crosses pages
	conformance(t)
}

// TestConformanceSegmented runs the suite with a full-text segment of 3
// articles, so that every case spans several.
func TestConformanceSegmented(t *testing.T) {
	sqlite.SetSegmentSize(t, 3)
	conformance(t)
}

func conformance(t *testing.T) {
	storetest.Run(t, storetest.Backend{
		Open: func(t *testing.T) store.Store { return open(t) },
		Reopen: func(t *testing.T, st store.Store) store.Store {
			path := st.(*sqlite.Store).Path()
			if err := st.Close(); err != nil {
				t.Fatal(err)
			}
			again, err := sqlite.Open(context.Background(), path)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { again.Close() })
			return again
		},
	})
}
