// Package storetest is the conformance suite every store.Store backend
// passes, and a helper that checks two backends hold and find the same
// articles.
//
// What goes in: a Backend (how to open an empty store, and optionally how to
// reopen one and a document it refuses). What comes out: subtests of t.
//
//	func TestConformance(t *testing.T) {
//		storetest.Run(t, storetest.Backend{
//			Open: func(t *testing.T) store.Store { return openTemp(t) },
//		})
//	}
//
// The documents are the suite's own hand-written Arabic articles, whose
// annotation lists are all set by hand, and the embedded sample corpus run
// through the full pipeline (SampleDocs).
package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/store"
)

// Backend says how the suite gets stores.
type Backend struct {
	// Open returns a new, empty store. It closes the store at t's cleanup
	// (closing twice must be harmless).
	Open func(t *testing.T) store.Store
	// Reopen closes st and opens the same data again, as a new process
	// would. Nil skips the reopen case.
	Reopen func(t *testing.T, st store.Store) store.Store
	// Reject returns a document the backend refuses to store (so that Put
	// fails), or nil when there is none. Nil skips that case; the cancelled
	// context cases run for every backend.
	Reject func() *isnad.Document
}

// Run runs the conformance suite against b as subtests of t.
func Run(t *testing.T, b Backend) {
	t.Run("RoundTrip", func(t *testing.T) { testRoundTrip(t, b) })
	t.Run("SampleCorpus", func(t *testing.T) { testSample(t, b) })
	t.Run("Idempotent", func(t *testing.T) { testIdempotent(t, b) })
	t.Run("FillsAnnotations", func(t *testing.T) { testFillsAnnotations(t, b) })
	t.Run("FailedPut", func(t *testing.T) { testFailedPut(t, b) })
	t.Run("NotFound", func(t *testing.T) { testNotFound(t, b) })
	t.Run("List", func(t *testing.T) { testList(t, b) })
	t.Run("Scan", func(t *testing.T) { testScan(t, b) })
	t.Run("Search", func(t *testing.T) { testSearch(t, b) })
	t.Run("ConcurrentPut", func(t *testing.T) { testConcurrent(t, b) })
	t.Run("Reopen", func(t *testing.T) {
		if b.Reopen == nil {
			t.Skip("backend has no Reopen")
		}
		testReopen(t, b)
	})
}

func put(t *testing.T, st store.Store, docs ...*isnad.Document) []bool {
	t.Helper()
	added, err := st.Put(context.Background(), docs...)
	if err != nil {
		t.Fatalf("Put: %v", err)
	}
	if len(added) != len(docs) {
		t.Fatalf("Put: %d added flags for %d documents", len(added), len(docs))
	}
	return added
}

func count(t *testing.T, st store.Store) int {
	t.Helper()
	n, err := st.Count(context.Background())
	if err != nil {
		t.Fatalf("Count: %v", err)
	}
	return n
}

// checkGet checks that st returns Stored(d) for d's key.
func checkGet(t *testing.T, st store.Store, d *isnad.Document) {
	t.Helper()
	want := Stored(d)
	got, err := st.Get(context.Background(), want.ID)
	if err != nil {
		t.Errorf("Get %s (%s): %v", want.ID, d.Source, err)
		return
	}
	if diff := docDiff(got, want); diff != "" {
		t.Errorf("Get %s (%s): %s", want.ID, d.Source, diff)
	}
}

// docDiff names the fields where got and want differ, or returns "".
func docDiff(got, want *isnad.Document) string {
	if reflect.DeepEqual(got, want) {
		return ""
	}
	var diff string
	gv, wv := reflect.ValueOf(got).Elem(), reflect.ValueOf(want).Elem()
	for i := range gv.NumField() {
		if !reflect.DeepEqual(gv.Field(i).Interface(), wv.Field(i).Interface()) {
			diff += fmt.Sprintf("\n  %s = %+v\n  want %+v", gv.Type().Field(i).Name, gv.Field(i).Interface(), wv.Field(i).Interface())
		}
	}
	return diff
}

func testRoundTrip(t *testing.T, b Backend) {
	st := b.Open(t)
	docs := handDocs()
	added := put(t, st, docs...)
	for i, d := range docs {
		if !added[i] {
			t.Errorf("doc %d: added = false on an empty store", i)
		}
		if d.ID != d.Key() {
			t.Errorf("doc %d: Put set ID %q, want the content key %q", i, d.ID, d.Key())
		}
	}
	for _, d := range docs {
		t.Run(d.Title, func(t *testing.T) { checkGet(t, st, d) })
	}
	if n := count(t, st); n != len(docs) {
		t.Errorf("Count = %d, want %d", n, len(docs))
	}
}

func testSample(t *testing.T, b Backend) {
	st := b.Open(t)
	docs := SampleDocs(t)
	put(t, st, docs...)
	keys := map[string]bool{}
	for _, d := range docs {
		keys[d.Key()] = true
		checkGet(t, st, d)
	}
	if n := count(t, st); n != len(keys) {
		t.Errorf("Count = %d, want %d distinct keys", n, len(keys))
	}
}

func testIdempotent(t *testing.T, b Backend) {
	st := b.Open(t)
	docs := handDocs()
	a, c := docs[1], docs[3]
	// The same document twice in one call is stored once.
	added := put(t, st, a, c, handDocs()[1])
	if want := []bool{true, true, false}; !slices.Equal(added, want) {
		t.Errorf("first Put: added = %v, want %v", added, want)
	}
	// The same content read from elsewhere is not stored again and does not
	// replace the first.
	again := handDocs()[1]
	again.Source = "elsewhere/other.txt"
	again.URL = "https://example.org/copy"
	added = put(t, st, again)
	if added[0] {
		t.Error("same content stored twice across calls")
	}
	added = put(t, st, handDocs()[3], handDocs()[4])
	if want := []bool{false, true}; !slices.Equal(added, want) {
		t.Errorf("third Put: added = %v, want %v", added, want)
	}
	if n := count(t, st); n != 3 {
		t.Errorf("Count = %d, want 3", n)
	}
	checkGet(t, st, a)
	// Insignificant white space does not change the key.
	spaced := handDocs()[3]
	spaced.Body = "  " + spaced.Body + "\n"
	if added := put(t, st, spaced); added[0] {
		t.Error("document differing only in white space stored again")
	}
	if _, err := st.Put(context.Background()); err != nil {
		t.Errorf("Put of nothing: %v", err)
	}
}

// testFillsAnnotations checks that putting again an article stored before
// its annotations existed adds them, without counting it as added.
func testFillsAnnotations(t *testing.T, b Backend) {
	st := b.Open(t)
	bare := handDocs()[0]
	bare.Quantities, bare.Dates, bare.Durations = nil, nil, nil
	bare.Entities, bare.Quotes, bare.Citations = nil, nil, nil
	put(t, st, bare)
	checkGet(t, st, bare)
	full := handDocs()[0]
	if added := put(t, st, full); added[0] {
		t.Error("second Put counted as added")
	}
	checkGet(t, st, full)
	// Annotations already stored are not replaced.
	other := handDocs()[0]
	other.Quantities = []isnad.Quantity{}
	put(t, st, other)
	checkGet(t, st, full)
	if n := count(t, st); n != 1 {
		t.Errorf("Count = %d, want 1", n)
	}
}

// stopCtx is a context that is cancelled by the n-th call of its Done
// method: a way to cancel a Put deterministically part way through its work.
type stopCtx struct {
	context.Context
	mu    sync.Mutex
	calls int
	n     int
	done  chan struct{}
}

// StopAfter returns a context that is cancelled by the n-th look at it (a
// call of its Done method): a way to make a Put fail part way through its
// work, at every point in turn.
func StopAfter(n int) context.Context { return stopAfter(n) }

func stopAfter(n int) *stopCtx {
	return &stopCtx{Context: context.Background(), n: n, done: make(chan struct{})}
}

func (c *stopCtx) Done() <-chan struct{} {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.calls++
	if c.calls == c.n {
		close(c.done)
	}
	return c.done
}

func (c *stopCtx) Err() error {
	select {
	case <-c.done:
		return context.Canceled
	default:
		return nil
	}
}

func testFailedPut(t *testing.T, b Backend) {
	ctx := context.Background()
	before := handDocs()[:2]
	// setup opens a store holding before.
	setup := func(t *testing.T) store.Store {
		st := b.Open(t)
		put(t, st, before...)
		return st
	}
	// nothingOf checks that no document of docs is in st and the earlier
	// ones are untouched.
	nothingOf := func(t *testing.T, st store.Store, docs []*isnad.Document) {
		t.Helper()
		for _, d := range docs {
			if _, err := st.Get(ctx, d.Key()); !errors.Is(err, store.ErrNotFound) {
				t.Errorf("after a failed Put, Get %s: err = %v, want ErrNotFound", d.Source, err)
			}
		}
		if n := count(t, st); n != len(before) {
			t.Errorf("after a failed Put, Count = %d, want %d", n, len(before))
		}
		for _, d := range before {
			checkGet(t, st, d)
		}
	}
	t.Run("cancelled before", func(t *testing.T) {
		st := setup(t)
		cctx, cancel := context.WithCancel(ctx)
		cancel()
		batch := numbered(5)
		if _, err := st.Put(cctx, batch...); err == nil {
			t.Fatal("Put with a cancelled context succeeded")
		}
		nothingOf(t, st, batch)
	})
	t.Run("cancelled midway", func(t *testing.T) {
		// Cancel at the n-th look at the context, for growing n, until the
		// Put gets through: every try must store all or nothing.
		st := setup(t)
		batch := numbered(30)
		failedLate := false
		for n := 1; n < 10000; n++ {
			added, err := st.Put(stopAfter(n), batch...)
			if err == nil {
				if !failedLate {
					t.Logf("Put checked its context %d times without failing part way", n)
				}
				for i, a := range added {
					if !a {
						t.Errorf("doc %d not added after failed tries", i)
					}
				}
				return
			}
			nothingOf(t, st, batch)
			if t.Failed() {
				t.Fatalf("cancelled at the context's %d-th Done call: partial write", n)
			}
			failedLate = n > 1
		}
		t.Fatal("Put never succeeded")
	})
	t.Run("rejected document", func(t *testing.T) {
		if b.Reject == nil {
			t.Skip("backend refuses no document")
		}
		st := setup(t)
		batch := numbered(6)
		batch = append(batch[:3], append([]*isnad.Document{b.Reject()}, batch[3:]...)...)
		if _, err := st.Put(ctx, batch...); err == nil {
			t.Fatal("Put of a rejected document succeeded")
		}
		nothingOf(t, st, batch)
	})
}

func testNotFound(t *testing.T, b Backend) {
	ctx := context.Background()
	st := b.Open(t)
	put(t, st, handDocs()[0])
	for _, id := range []string{"0123456789abcdef0123456789abcdef", "", "نص", "'; DROP TABLE articles; --"} {
		if _, err := st.Get(ctx, id); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("Get(%+q) error = %v, want ErrNotFound", id, err)
		}
	}
	if n := count(t, st); n != 1 {
		t.Errorf("Count = %d, want 1", n)
	}
}

func date(s string) isnad.Date {
	d, err := isnad.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func ids(docs []*isnad.Document, idx ...int) []string {
	out := make([]string, len(idx))
	for i, j := range idx {
		out[i] = docs[j].Key()
	}
	return out
}

func testList(t *testing.T, b Backend) {
	ctx := context.Background()
	st := b.Open(t)
	docs := handDocs()
	if got, err := st.List(ctx, store.Filter{}, 10, 0); err != nil || len(got) != 0 {
		t.Errorf("List of an empty store = %d docs, %v", len(got), err)
	}
	put(t, st, docs...)
	tests := []struct {
		name          string
		f             store.Filter
		limit, offset int
		want          []int
	}{
		{"all, newest first, undated last", store.Filter{}, 10, 0, []int{1, 0, 4, 2, 5, 3}},
		{"page 1", store.Filter{}, 2, 0, []int{1, 0}},
		{"page 2", store.Filter{}, 2, 2, []int{4, 2}},
		{"page 3", store.Filter{}, 2, 4, []int{5, 3}},
		{"past the end", store.Filter{}, 2, 6, nil},
		{"outlet substring", store.Filter{Outlet: "الوادي"}, 10, 0, []int{0, 4}},
		{"publisher substring", store.Filter{Outlet: "منصة"}, 10, 0, []int{5}},
		{"outlet in Arabic letters finds Persian ی/ک", store.Filter{Outlet: "كيهان العربي"}, 10, 0, []int{2}},
		{"outlet in Persian letters", store.Filter{Outlet: "کیهان"}, 10, 0, []int{2}},
		{"outlet without diacritics finds one with them", store.Filter{Outlet: "موقع الرصد"}, 10, 0, []int{3}},
		{"outlet with diacritics", store.Filter{Outlet: "الرَّصْدِ"}, 10, 0, []int{3}},
		{"outlet ta marbuta and alef forms", store.Filter{Outlet: "صحيفه"}, 10, 0, []int{0, 4}},
		{"outlet LIKE characters are literal", store.Filter{Outlet: "%"}, 10, 0, nil},
		{"from, inclusive", store.Filter{From: date("2024-03-10")}, 10, 0, []int{1, 0, 4}},
		{"to, inclusive", store.Filter{To: date("2024-02-28")}, 10, 0, []int{2, 5}},
		{"one day", store.Filter{From: date("2024-03-10"), To: date("2024-03-10")}, 10, 0, []int{0, 4}},
		{"range and outlet", store.Filter{From: date("2024-01-01"), To: date("2024-03-10"), Outlet: "الوادي"}, 10, 0, []int{0, 4}},
		{"empty range", store.Filter{From: date("2024-03-12")}, 10, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := st.List(ctx, tt.f, tt.limit, tt.offset)
			if err != nil {
				t.Fatal(err)
			}
			var gotIDs []string
			for _, d := range got {
				gotIDs = append(gotIDs, d.ID)
			}
			if want := ids(docs, tt.want...); !slices.Equal(gotIDs, want) && len(gotIDs)+len(want) > 0 {
				t.Errorf("List ids = %v\nwant %v", gotIDs, want)
			}
		})
	}
	t.Run("fields", func(t *testing.T) {
		got, err := st.List(ctx, store.Filter{Outlet: "الوادي"}, 1, 0)
		if err != nil || len(got) != 1 {
			t.Fatalf("List = %v, %v", got, err)
		}
		d, want := got[0], Stored(docs[0])
		if d.Body != "" || d.Tokens != nil {
			t.Errorf("List returned a body or tokens")
		}
		if d.ID != want.ID || d.Title != want.Title || d.Outlet != want.Outlet || d.Publisher != want.Publisher ||
			d.Published != want.Published || d.Source != want.Source || d.URL != want.URL || d.Author != want.Author ||
			d.Format != want.Format || !reflect.DeepEqual(d.Meta, want.Meta) || !reflect.DeepEqual(d.Problems, want.Problems) {
			t.Errorf("List doc = %+v\nwant metadata of %+v", d, want)
		}
	})
}

// testScan checks Scan's order, completeness and contents over documents
// sharing dates (so ties go by id), undated ones and several pages when the
// backend's test lowers its page size.
func testScan(t *testing.T, b Backend) {
	ctx := context.Background()
	st := b.Open(t)
	if err := st.Scan(ctx, func(*isnad.Document) error { return errors.New("called") }); err != nil {
		t.Errorf("Scan of an empty store = %v", err)
	}
	docs := append(handDocs(), numbered(7)...)
	for i, d := range numbered(12)[7:] {
		d.Published = isnad.Date{}
		d.Title += fmt.Sprint(" بلا تاريخ ", i)
		docs = append(docs, d)
	}
	put(t, st, docs...)
	want := slices.Clone(docs)
	slices.SortFunc(want, func(a, b *isnad.Document) int {
		if a.Published.IsZero() != b.Published.IsZero() {
			if a.Published.IsZero() {
				return 1
			}
			return -1
		}
		if c := strings.Compare(a.Published.String(), b.Published.String()); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	var got []*isnad.Document
	if err := st.Scan(ctx, func(d *isnad.Document) error {
		got = append(got, d)
		return nil
	}); err != nil {
		t.Fatalf("Scan: %v", err)
	}
	if len(got) != len(want) {
		t.Fatalf("Scan gave %d documents, want %d", len(got), len(want))
	}
	for i := range got {
		if got[i].ID != want[i].ID {
			t.Errorf("Scan position %d: %s (%s), want %s (%s)", i, got[i].ID, got[i].Published, want[i].ID, want[i].Published)
			continue
		}
		if diff := docDiff(got[i], Stored(want[i])); diff != "" {
			t.Errorf("Scan document %s: %s", got[i].ID, diff)
		}
	}
	stop := errors.New("enough")
	n := 0
	err := st.Scan(ctx, func(*isnad.Document) error {
		n++
		if n == 3 {
			return stop
		}
		return nil
	})
	if err != stop || n != 3 {
		t.Errorf("Scan with fn failing at the 3rd document = %v after %d calls, want the fn's error after 3", err, n)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if err := st.Scan(cctx, func(*isnad.Document) error { return nil }); err == nil {
		t.Errorf("Scan with a cancelled context succeeded")
	}
}

func testSearch(t *testing.T, b Backend) {
	ctx := context.Background()
	st := b.Open(t)
	docs := handDocs()
	if ms, err := st.Search(ctx, store.Query{Terms: Terms("الجسر")}); err != nil || len(ms) != 0 {
		t.Errorf("Search of an empty store = %v, %v", ms, err)
	}
	put(t, st, docs...)
	tests := []struct {
		name string
		q    store.Query
		want []int // the hits as a set
		top  int   // the best hit, -1 when not checked
	}{
		{"norm", store.Query{Terms: Terms("الجسر")}, []int{0, 1}, 0},
		{"stem of another surface form", store.Query{Terms: Terms("بالجسر")}, []int{0, 1}, 0},
		{"norm only in one, stem in another", store.Query{Terms: Terms("قافلة")}, []int{3, 5}, 3},
		{"plural is its own stem", store.Query{Terms: Terms("قوافل")}, []int{5}, 5},
		{"clitics and suffix", store.Query{Terms: Terms("والمعلمين")}, []int{2}, 2},
		{"all terms required", store.Query{Terms: Terms("الجسر", "الأمطار")}, []int{1}, 1},
		{"all terms, none has both", store.Query{Terms: Terms("الجسر", "المعلمون")}, nil, -1},
		{"diacritics in the query", store.Query{Terms: Terms("الجِسْرُ")}, []int{0, 1}, 0},
		{"hamza and alef forms in the query", store.Query{Terms: Terms("الامطار")}, []int{1}, 1},
		{"number", store.Query{Terms: Terms("300")}, []int{0}, 0},
		{"Persian letters in the query", store.Query{Terms: Terms("معلمین")}, []int{2}, 2},
		{"outlet filter", store.Query{Terms: Terms("الجسر"), Filter: store.Filter{Outlet: "الشرقيه"}}, []int{1}, 1},
		{"publisher filter", store.Query{Terms: Terms("قافلة"), Filter: store.Filter{Outlet: "منصة"}}, []int{5}, 5},
		{"date filter leaves out undated", store.Query{Terms: Terms("قافلة"), Filter: store.Filter{To: date("2030-01-01")}}, []int{5}, 5},
		{"from filter", store.Query{Terms: Terms("الجسر"), Filter: store.Filter{From: date("2024-03-11")}}, []int{1}, 1},
		{"limit keeps the best", store.Query{Terms: Terms("الجسر"), Limit: 1}, []int{0}, 0},
		{"no match", store.Query{Terms: Terms("طائرة")}, nil, -1},
		// "قافل" is the stem of القافلة (docs 3 and 5) and no token's norm;
		// "القافله" is a norm and no token's stem.
		{"a norm matches norm forms only", store.Query{Terms: []store.Term{{Norm: "قافل"}}}, nil, -1},
		{"a stem matches stem forms only", store.Query{Terms: []store.Term{{Stem: "القافله"}}}, nil, -1},
		{"a stem alone", store.Query{Terms: []store.Term{{Stem: "قافل"}}}, []int{3, 5}, -1},
		{"a norm alone", store.Query{Terms: []store.Term{{Norm: "القافله"}}}, []int{3}, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms, err := st.Search(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for i, m := range ms {
				got = append(got, m.ID)
				if i > 0 && m.Score > ms[i-1].Score {
					t.Errorf("hit %d scores %g, more than the hit before it (%g)", i, m.Score, ms[i-1].Score)
				}
			}
			want := ids(docs, tt.want...)
			if !sameSet(got, want) {
				t.Fatalf("hits = %v\nwant %v", got, want)
			}
			if tt.top >= 0 && got[0] != docs[tt.top].Key() {
				t.Errorf("best hit = %s, want doc %d (%s); scores %+v", got[0], tt.top, docs[tt.top].Key(), ms)
			}
		})
	}
	t.Run("quote characters", func(t *testing.T) {
		// Terms come from the analyser, but a backend must not let their
		// text break out of the query.
		for _, q := range []string{`"`, `'`, `\`, `'الجسر' OR 1=1`, `"الجسر" OR`, `)(&|!:*`} {
			if _, err := st.Search(ctx, store.Query{Terms: []store.Term{{Norm: q, Stem: q}}}); err != nil {
				t.Errorf("Search(%+q): %v", q, err)
			}
		}
		if n := count(t, st); n != len(docs) {
			t.Errorf("Count = %d after odd queries, want %d", n, len(docs))
		}
	})
	t.Run("no terms", func(t *testing.T) {
		if _, err := st.Search(ctx, store.Query{}); err == nil {
			t.Error("Search without terms succeeded")
		}
	})
	t.Run("default limit", func(t *testing.T) {
		put(t, st, numbered(25)...)
		ms, err := st.Search(ctx, store.Query{Terms: Terms("الخبز")})
		if err != nil {
			t.Fatal(err)
		}
		if len(ms) != 20 {
			t.Errorf("hits = %d, want the default limit 20", len(ms))
		}
	})
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

func testConcurrent(t *testing.T, b Backend) {
	ctx := context.Background()
	st := b.Open(t)
	docs := numbered(100)
	const writers = 8
	var wg sync.WaitGroup
	errs := make(chan error, writers)
	for w := range writers {
		wg.Go(func() {
			// Writer w puts docs w*10 … w*10+49 (mod 100) in batches of 5,
			// every other writer in reverse order, so that sets and
			// batches overlap and are taken in different orders.
			var mine []*isnad.Document
			for i := range 50 {
				d := *docs[(w*10+i)%len(docs)]
				mine = append(mine, &d)
			}
			if w%2 == 1 {
				slices.Reverse(mine)
			}
			for i := 0; i < len(mine); i += 5 {
				if _, err := st.Put(ctx, mine[i:i+5]...); err != nil {
					errs <- fmt.Errorf("writer %d: %w", w, err)
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	if n := count(t, st); n != len(docs) {
		t.Errorf("Count = %d, want %d", n, len(docs))
	}
	for _, d := range docs {
		checkGet(t, st, d)
	}
	ms, err := st.Search(ctx, store.Query{Terms: Terms("الخبز"), Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != len(docs) {
		t.Errorf("search finds %d documents, want %d (each indexed once)", len(ms), len(docs))
	}
}

func testReopen(t *testing.T, b Backend) {
	ctx := context.Background()
	st := b.Open(t)
	docs := handDocs()
	put(t, st, docs...)
	before, err := st.Search(ctx, store.Query{Terms: Terms("الجسر")})
	if err != nil {
		t.Fatal(err)
	}
	for round := range 2 {
		st = b.Reopen(t, st)
		if n := count(t, st); n != len(docs) {
			t.Errorf("round %d: Count after reopen = %d, want %d", round, n, len(docs))
		}
		for _, d := range docs {
			checkGet(t, st, d)
		}
		after, err := st.Search(ctx, store.Query{Terms: Terms("الجسر")})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(after, before) {
			t.Errorf("round %d: search after reopen = %v, want %v", round, after, before)
		}
		if added := put(t, st, handDocs()...); slices.Contains(added, true) {
			t.Errorf("round %d: Put after reopen added %v", round, added)
		}
	}
}
