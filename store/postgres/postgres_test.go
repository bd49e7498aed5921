package postgres_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
	"github.com/isnad-news/isnad/store"
	"github.com/isnad-news/isnad/store/postgres"
	"github.com/isnad-news/isnad/store/postgres/pgtest"
	"github.com/isnad-news/isnad/store/sqlite"
	"github.com/isnad-news/isnad/store/storetest"
)

func open(tb testing.TB, u string) *postgres.Store {
	tb.Helper()
	st, err := postgres.Open(context.Background(), u)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	return st
}

func TestConformance(t *testing.T) {
	pgtest.Server(t)
	postgres.SetScanPage(t, 2) // Scan crosses pages
	var (
		mu   sync.Mutex
		urls = map[store.Store]string{}
	)
	storetest.Run(t, storetest.Backend{
		Open: func(t *testing.T) store.Store {
			u := pgtest.Schema(t)
			st := open(t, u)
			mu.Lock()
			urls[st] = u
			mu.Unlock()
			t.Cleanup(func() {
				// Check the data the case left, with a new connection (the
				// case may have closed its store).
				st, err := postgres.Open(context.Background(), u)
				if err != nil {
					t.Error(err)
					return
				}
				defer st.Close()
				if err := st.Check(context.Background()); err != nil {
					t.Error(err)
				}
			})
			return st
		},
		Reopen: func(t *testing.T, st store.Store) store.Store {
			mu.Lock()
			u := urls[st]
			mu.Unlock()
			st.Close()
			again := open(t, u)
			mu.Lock()
			urls[again] = u
			mu.Unlock()
			return again
		},
		Reject: func() *isnad.Document {
			// PostgreSQL text cannot hold a NUL byte.
			body := "نص فيه محرف فارغ \x00 في وسطه."
			return &isnad.Document{Source: "nul.txt", Format: isnad.FormatText, Title: "محرف فارغ", Body: body, Tokens: arabic.Tokenize(body)}
		},
	})
}

// TestConcurrentOpen opens a fresh schema from several goroutines at once:
// every Open must succeed and each migration must be recorded once.
func TestConcurrentOpen(t *testing.T) {
	u := pgtest.Schema(t)
	ctx := context.Background()
	const n = 8
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for range n {
		wg.Go(func() {
			st, err := postgres.Open(ctx, u)
			if err != nil {
				errs <- err
				return
			}
			st.Close()
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var versions, distinct, top int
	if err := conn.QueryRow(ctx, `SELECT count(*), count(DISTINCT version), max(version) FROM isnad_schema`).Scan(&versions, &distinct, &top); err != nil {
		t.Fatal(err)
	}
	if versions != postgres.SchemaVersion || distinct != versions || top != postgres.SchemaVersion {
		t.Errorf("isnad_schema has %d rows (%d distinct, max %d), want versions 1…%d once each", versions, distinct, top, postgres.SchemaVersion)
	}
	st := open(t, u)
	if err := st.Check(ctx); err != nil {
		t.Error(err)
	}
}

func TestOpenRefuses(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name  string
		setup string
	}{
		{"newer schema", `INSERT INTO isnad_schema (version) VALUES (99)`},
		{"foreign articles table", `DROP TABLE isnad_schema; DROP TABLE articles; CREATE TABLE articles (id int)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := pgtest.Schema(t)
			st := open(t, u)
			st.Close()
			conn, err := pgx.Connect(ctx, u)
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close(ctx)
			if _, err := conn.Exec(ctx, tt.setup); err != nil {
				t.Fatal(err)
			}
			before := tables(t, conn)
			if _, err := postgres.Open(ctx, u); !errors.Is(err, postgres.ErrNotStore) {
				t.Fatalf("Open error = %v, want ErrNotStore", err)
			}
			if after := tables(t, conn); after != before {
				t.Errorf("Open changed the schema: %s, then %s", before, after)
			}
		})
	}
}

func tables(t *testing.T, conn *pgx.Conn) string {
	var s string
	if err := conn.QueryRow(context.Background(), `SELECT coalesce(string_agg(table_name, ',' ORDER BY table_name), '')
		FROM information_schema.tables WHERE table_schema = current_schema()`).Scan(&s); err != nil {
		t.Fatal(err)
	}
	return s
}

// sampleInBoth stores the sample corpus in a fresh PostgreSQL schema and a
// new SQLite store, both closed at t's cleanup.
func sampleInBoth(t *testing.T) (pg *postgres.Store, lite *sqlite.Store, docs []*isnad.Document) {
	t.Helper()
	pg = open(t, pgtest.Schema(t))
	l, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "isnad.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	docs = storetest.SampleDocs(t)
	for _, st := range []store.Store{pg, l} {
		if _, err := st.Put(context.Background(), docs...); err != nil {
			t.Fatal(err)
		}
	}
	return pg, l, docs
}

// TestCompareSQLite stores the sample corpus in both backends and checks
// they hold the same articles and find the same ones: for each title word
// of each article, and for each article's first two title words.
func TestCompareSQLite(t *testing.T) {
	ctx := context.Background()
	pg, lite, docs := sampleInBoth(t)
	seen := map[string]bool{}
	var queries []string
	add := func(q string) {
		if q != "" && !seen[q] {
			seen[q] = true
			queries = append(queries, q)
		}
	}
	for _, d := range docs {
		words := strings.Fields(d.Title)
		for _, w := range words {
			add(w)
		}
		if len(words) >= 2 {
			add(words[0] + " " + words[1])
		}
		// And a few body words, from the start, middle and end.
		if n := len(d.Tokens); n > 0 {
			for _, i := range []int{0, n / 2, n - 1} {
				add(d.Body[d.Tokens[i].Start:d.Tokens[i].End])
			}
		}
	}
	t.Logf("%d articles, %d queries", len(docs), len(queries))
	storetest.Compare(t, lite, pg, queries)
	if err := pg.Check(ctx); err != nil {
		t.Error(err)
	}
}

// TestScores checks that the BM25 scores themselves agree with SQLite's on
// the sample corpus, not only the order.
func TestScores(t *testing.T) {
	ctx := context.Background()
	pg, lite, docs := sampleInBoth(t)
	worst := 0.0
	for _, d := range docs {
		for _, w := range strings.Fields(d.Title) {
			q := store.Query{Terms: storetest.Terms(w), Limit: 1000}
			ml, err := lite.Search(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			mp, err := pg.Search(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			score := map[string]float64{}
			for _, m := range mp {
				score[m.ID] = m.Score
			}
			for _, m := range ml {
				diff := abs(score[m.ID]-m.Score) / max(abs(m.Score), 1e-9)
				worst = max(worst, diff)
				if diff > 0.01 {
					t.Errorf("%+q: %s scores %g in SQLite, %g in PostgreSQL", w, m.ID, m.Score, score[m.ID])
				}
			}
		}
	}
	t.Logf("largest relative score difference: %.2g", worst)
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// benchDocs returns n documents made from the sample corpus, each title
// numbered from start so that every one is new to the store.
func benchDocs(tb testing.TB, start, n int) []*isnad.Document {
	sample := storetest.SampleDocs(tb)
	docs := make([]*isnad.Document, n)
	for i := range docs {
		d := *sample[(start+i)%len(sample)]
		d.Title = fmt.Sprintf("%s (%d)", d.Title, start+i)
		docs[i] = &d
	}
	return docs
}

type backend struct {
	name string
	open func(b *testing.B) store.Store
}

func backends() []backend {
	return []backend{
		{"sqlite", func(b *testing.B) store.Store {
			st, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "isnad.db"))
			if err != nil {
				b.Fatal(err)
			}
			b.Cleanup(func() { st.Close() })
			return st
		}},
		{"postgres", func(b *testing.B) store.Store { return open(b, pgtest.Schema(b)) }},
	}
}

// BenchmarkPut measures Put of batches of 100 new sample-corpus articles.
func BenchmarkPut(b *testing.B) {
	for _, be := range backends() {
		b.Run(be.name, func(b *testing.B) {
			st := be.open(b)
			ctx := context.Background()
			var batches [][]*isnad.Document
			for i := range 200 {
				batches = append(batches, benchDocs(b, i*100, 100))
			}
			n := 0
			b.ReportAllocs()
			for b.Loop() {
				if n == len(batches) {
					b.StopTimer()
					batches = append(batches, benchDocs(b, n*100, 100))
					b.StartTimer()
				}
				if _, err := st.Put(ctx, batches[n]...); err != nil {
					b.Fatal(err)
				}
				n++
			}
			b.ReportMetric(float64(n*100)/b.Elapsed().Seconds(), "docs/s")
		})
	}
}

// BenchmarkSearch measures one- and two-term searches over 1,000 articles
// made from the sample corpus.
func BenchmarkSearch(b *testing.B) {
	queries := [][]store.Term{
		storetest.Terms("العبارة"),
		storetest.Terms("الفيضانات"),
		storetest.Terms("وصول", "العبارة"),
		storetest.Terms("الركاب"),
	}
	for _, be := range backends() {
		b.Run(be.name, func(b *testing.B) {
			st := be.open(b)
			ctx := context.Background()
			for i := 0; i < 1000; i += 100 {
				if _, err := st.Put(ctx, benchDocs(b, i, 100)...); err != nil {
					b.Fatal(err)
				}
			}
			i := 0
			b.ReportAllocs()
			for b.Loop() {
				if _, err := st.Search(ctx, store.Query{Terms: queries[i%len(queries)], Limit: 20}); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}
