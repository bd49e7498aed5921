package scale

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
	"github.com/isnad-news/isnad/internal/synth"
	"github.com/isnad-news/isnad/search"
	"github.com/isnad-news/isnad/store"
	"github.com/isnad-news/isnad/store/sqlite"
	"github.com/isnad-news/isnad/story"
)

func articles() int {
	if n, err := strconv.Atoi(os.Getenv("ISNAD_SCALE_N")); err == nil && n > 0 {
		return n
	}
	return 3000
}

// measuring reports whether this is a measurement run (ISNAD_SCALE_N or
// ISNAD_SCALE_DB set), which fails when the targets are missed; the
// CI run only reports its figures, as it shares its cores with other tests.
func measuring() bool {
	return os.Getenv("ISNAD_SCALE_N") != "" || os.Getenv("ISNAD_SCALE_DB") != ""
}

func percentile(ds []time.Duration, p float64) time.Duration {
	slices.Sort(ds)
	return ds[min(len(ds)-1, int(float64(len(ds))*p))]
}

func fileSize(paths ...string) int64 {
	var n int64
	for _, p := range paths {
		if fi, err := os.Stat(p); err == nil {
			n += fi.Size()
		}
	}
	return n
}

// TestScale ingests n synthetic articles through isnad ingest and measures
// the store, clustering and search.
func TestScale(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go not on PATH: cannot build isnad")
	}
	n := articles()
	dir := t.TempDir()
	if keep := os.Getenv("ISNAD_SCALE_DIR"); keep != "" {
		// Keep the corpus and the store for later measurements.
		dir = keep
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	bin := filepath.Join(dir, "isnad")
	if out, err := exec.Command("go", "build", "-o", bin, "../../cmd/isnad").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	db := filepath.Join(dir, "scale.db")

	// The corpus as JSON Lines files of 10,000 articles (an input is read
	// whole, so files stay small; ingest streams file by file).
	corpus := filepath.Join(dir, "corpus")
	if err := os.Mkdir(corpus, 0o755); err != nil {
		t.Fatal(err)
	}
	var (
		f    *os.File
		enc  *json.Encoder
		werr error
	)
	synth.Articles(42, n, func(r synth.Record) bool {
		if i, _ := strconv.Atoi(r.ID[strings.LastIndexByte(r.ID, '-')+1:]); i%10000 == 0 {
			if f != nil {
				f.Close()
			}
			f, werr = os.Create(filepath.Join(corpus, fmt.Sprintf("part-%04d.jsonl", i/10000)))
			if werr != nil {
				return false
			}
			enc = json.NewEncoder(f)
			enc.SetEscapeHTML(false)
		}
		werr = enc.Encode(r)
		return werr == nil
	})
	if f != nil {
		f.Close()
	}
	if werr != nil {
		t.Fatal(werr)
	}
	cmd := exec.Command(bin, "ingest", "-db", db, corpus)
	cmd.Stderr = os.Stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		t.Fatalf("ingest: %v", err)
	}
	took := time.Since(start)
	peak := cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss // KiB on Linux
	size := fileSize(db, db+"-wal", db+"-shm")
	t.Logf("ingest: %d articles in %s: %.0f articles/s; peak memory %d MiB; store %d MiB (%.1f KB per article)",
		n, took.Round(time.Millisecond), float64(n)/took.Seconds(), peak/1024, size>>20, float64(size)/float64(n)/1024)

	if peak > 1<<20 {
		t.Errorf("ingest peak memory %d MiB, target under 1 GiB", peak/1024)
	}
	if rate := float64(n) / took.Seconds(); measuring() && rate < 1000 {
		t.Errorf("ingest %.0f articles/s, target at least 1,000 on 2 cores", rate)
	}
	ctx := context.Background()
	st, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if got, _ := st.Count(ctx); got != n {
		t.Errorf("store holds %d articles, want %d", got, n)
	}

	// Search on the full store.
	measureSearch(t, st, n)

	// Clustering, article by article in the store's story-building order
	// (Scan pages by key, so reading costs the same at any size), timed at
	// checkpoints over the last 1,000 articles.
	c := story.NewClusterer(story.DefaultOptions())
	var window time.Duration
	done := 0
	checkpoints := []int{1000, 10000, 100000, 1000000}
	readStart := time.Now()
	err = st.Scan(ctx, func(d *isnad.Document) error {
		d.Tokens = arabic.Tokenize(d.Body)
		s := time.Now()
		c.Add(d.ID, d)
		window += time.Since(s)
		done++
		if slices.Contains(checkpoints, done) {
			t.Logf("clustering: %.0f µs per article over the last 1,000 at %d articles (%d stories; %s since the scan began)",
				float64(window.Microseconds())/1000, done, c.Len(), time.Since(readStart).Round(time.Second))
		}
		if done%1000 == 0 {
			window = 0
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("clustered %d articles into %d stories", done, c.Len())
}

// searchWords are the queries of the search measurement: words and pairs
// from the synthetic stories, common and less so, and one absent word.
var searchWords = []string{"حلب", "انفجار", "الإسعاف", "فيضانات", "عائلة", "المصابين", "حريق مستودع", "زلزال", "قصف أحياء", "سوق", "الحداد", "طواقم", "مستوصف", "القطار"}

// measureSearch runs 200 searches (20 hits with snippets, as the search
// page shows) and logs their p50 and p99, after 20 searches that warm the
// store's caches.
func measureSearch(t *testing.T, st store.Store, n int) {
	t.Helper()
	ctx := context.Background()
	r := rand.New(rand.NewPCG(1, 2))
	var lat []time.Duration
	per := map[string][]time.Duration{}
	for i := range 220 {
		q := searchWords[r.IntN(len(searchWords))]
		s := time.Now()
		if _, err := search.Run(ctx, st, search.Request{Query: q, Limit: 20}); err != nil {
			t.Fatal(err)
		}
		if i >= 20 {
			d := time.Since(s)
			lat = append(lat, d)
			per[q] = append(per[q], d)
		}
	}
	for _, q := range searchWords {
		if ds := per[q]; len(ds) > 0 {
			t.Logf("search %q: p50 %s, max %s (%d runs)", q, percentile(ds, 0.5).Round(10*time.Microsecond), percentile(ds, 1).Round(10*time.Microsecond), len(ds))
		}
	}
	t.Logf("search over %d articles: p50 %s, p99 %s (200 queries, 20 hits with snippets)", n,
		percentile(lat, 0.5).Round(10*time.Microsecond), percentile(lat, 0.99).Round(10*time.Microsecond))
	if p99 := percentile(lat, 0.99); p99 > 50*time.Millisecond {
		report := t.Logf // CI's small run shares its cores with other tests
		if measuring() {
			report = t.Errorf
		}
		report("search p99 %s is over the 50 ms target", p99.Round(time.Millisecond))
	}

	// With filters: an outlet (one of the 192 the articles are spread
	// over), a year and a month (which few articles pass).
	filters := []struct {
		name string
		f    store.Filter
	}{
		{"outlet", store.Filter{Outlet: "رويترز"}},
		{"year", store.Filter{From: isnad.Date{Year: 2000, Month: 1, Day: 1}, To: isnad.Date{Year: 2000, Month: 12, Day: 31}}},
		{"month", store.Filter{From: isnad.Date{Year: 2000, Month: 3, Day: 1}, To: isnad.Date{Year: 2000, Month: 3, Day: 31}}},
	}
	for _, fc := range filters {
		var fl []time.Duration
		hits := 0
		for _, q := range searchWords {
			s := time.Now()
			hs, err := search.Run(ctx, st, search.Request{Query: q, Filter: fc.f, Limit: 20})
			if err != nil {
				t.Fatal(err)
			}
			fl = append(fl, time.Since(s))
			hits += len(hs)
		}
		t.Logf("search with a filter (%s) over %d articles: p50 %s, max %s (%d queries, %d hits)", fc.name, n,
			percentile(fl, 0.5).Round(10*time.Microsecond), percentile(fl, 1).Round(10*time.Microsecond), len(fl), hits)
	}
}

// TestSearchStore measures search on an existing store, such as one kept by
// a scale run (ISNAD_SCALE_DIR): ISNAD_SCALE_DB=/path/scale.db.
func TestSearchStore(t *testing.T) {
	db := os.Getenv("ISNAD_SCALE_DB")
	if db == "" {
		t.Skip("ISNAD_SCALE_DB not set")
	}
	ctx := context.Background()
	st, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	n, err := st.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	measureSearch(t, st, n)
}
