package badinput

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/ingest"
	"github.com/isnad-news/isnad/internal/stages"
	"github.com/isnad-news/isnad/store/sqlite"
)

// Bounds the test holds every input to.
const (
	// perInput is the deadline of one input's context: ingest, pipeline
	// and store together.
	perInput = 10 * time.Second
	// perLarge is perInput for Large's inputs (a feed of 10^4 items is
	// 10^4 documents).
	perLarge = 120 * time.Second
	// hang is how long the watchdog waits past an input's deadline before
	// it gives up on an input that ignores its context and crashes the
	// test naming it.
	hang = 50 * time.Second
	// pipelineText is the size of the big text run through the pipeline
	// in the CI-size run, 8 MiB in the full run: analysis takes a few
	// seconds per MiB. The big text of the run's size (8 MiB, or 100 MiB in
	// the full run) is ingested too, from a file and from memory.
	pipelineText = 1 << 20
	// maxHeap bounds runtime.MemStats.HeapInuse over the whole run.
	maxHeap = 1536 << 20
)

func TestGenerateDeterministic(t *testing.T) {
	var a, b []Input
	Generate(7, 40, func(in Input) bool { a = append(a, in); return true })
	Generate(7, 40, func(in Input) bool { b = append(b, in); return true })
	if !reflect.DeepEqual(a, b) {
		t.Fatal("Generate(7, 40) differs between two calls")
	}
	seen := map[string]int{}
	for _, in := range a {
		seen[in.Kind]++
	}
	for _, k := range Kinds {
		if seen[k] < 4 {
			t.Errorf("kind %s: %d inputs in 40, want at least 4", k, seen[k])
		}
	}
	n := 0
	buf := make([]byte, 1000)
	r := Text(3, 5001)
	var all []byte
	for {
		m, err := r.Read(buf)
		all = append(all, buf[:m]...)
		n += m
		if err != nil {
			break
		}
	}
	if n > 5001 || n < 4990 || !utf8.Valid(all) {
		t.Errorf("Text(3, 5001): %d bytes, valid UTF-8 %v; want about 5001, valid", n, utf8.Valid(all))
	}
}

// tally counts what became of the inputs of one kind.
type tally struct {
	inputs, ingestErrs, docs, pipelineErrs, stored int
}

// current is the input being processed, for the watchdog and the panic
// handler.
type current struct {
	mu    sync.Mutex
	desc  string
	start time.Time
	bound time.Duration
}

func (c *current) set(desc string, bound time.Duration) {
	c.mu.Lock()
	c.desc, c.start, c.bound = desc, time.Now(), bound
	c.mu.Unlock()
}

// over returns the input being processed and how long it has run, when that
// is past its bound plus hang.
func (c *current) over() (string, time.Duration, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	d := time.Since(c.start)
	return c.desc, d, c.desc != "" && d > c.bound+hang
}

func TestBadInputs(t *testing.T) {
	full := os.Getenv("ISNAD_BADINPUT") == "full"
	n, textSize, analysed := 600, int64(8<<20), int64(pipelineText)
	if full {
		n, textSize, analysed = 10_000, 100<<20, 8<<20
	}
	const seed = 20261129
	ctx := context.Background()

	// Peak heap, sampled.
	var peak atomic.Uint64
	stopSampling := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		var ms runtime.MemStats
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
			select {
			case <-stopSampling:
				return
			case <-tick.C:
			}
		}
	}()
	defer func() {
		select {
		case <-stopSampling:
		default:
			close(stopSampling)
		}
		<-sampled
	}()

	// The watchdog: an input that outlives its deadline by hang crashes
	// the test binary with the input's description, since no test
	// goroutine can stop it.
	var cur current
	stopWatch := make(chan struct{})
	defer close(stopWatch)
	go func() {
		tick := time.NewTicker(time.Second)
		defer tick.Stop()
		for {
			select {
			case <-stopWatch:
				return
			case <-tick.C:
			}
			if desc, d, over := cur.over(); over {
				panic(fmt.Sprintf("badinput: %s still running after %v: reproduce with that seed and index", desc, d.Round(time.Second)))
			}
		}
	}()

	pipe, err := stages.Pipeline()
	if err != nil {
		t.Fatal(err)
	}
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "isnad.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	reader := ingest.NewReader(ingest.Options{})

	// Seed the store with the analysed sample corpus.
	var seeded []string
	for doc, err := range reader.FS(ctx, isnad.SampleCorpus(), ".") {
		if err != nil {
			t.Fatalf("sample corpus: %v", err)
		}
		if err := pipe.Run(ctx, doc); err != nil {
			t.Fatalf("sample corpus: %v", err)
		}
		if _, err := st.Put(ctx, doc); err != nil {
			t.Fatalf("sample corpus: put %s: %v", doc.Source, err)
		}
		seeded = append(seeded, doc.ID)
	}
	if len(seeded) == 0 {
		t.Fatal("sample corpus: no documents")
	}
	before := make(map[string]*isnad.Document, len(seeded))
	for _, id := range seeded {
		d, err := st.Get(ctx, id)
		if err != nil {
			t.Fatalf("get seeded %s: %v", id, err)
		}
		before[id] = d
	}

	tallies := map[string]*tally{}
	var slowest time.Duration
	var slowestDesc string
	run := func(in Input, desc string, bound time.Duration) {
		tl := tallies[in.Kind]
		if tl == nil {
			tl = &tally{}
			tallies[in.Kind] = tl
		}
		tl.inputs++
		cur.set(desc, bound)
		start := time.Now()
		defer func() {
			cur.set("", 0)
			if d := time.Since(start); d > slowest {
				slowest, slowestDesc = d, desc
			}
			if v := recover(); v != nil {
				t.Errorf("%s: panic: %v\n%s", desc, v, debug.Stack())
			}
		}()
		ictx, cancel := context.WithTimeout(ctx, bound)
		defer cancel()
		var docs []*isnad.Document
		for doc, err := range reader.Bytes(ictx, in.Name, in.ContentType, in.Data) {
			if err != nil {
				tl.ingestErrs++
				// A done context is yielded as it is (documented); the
				// time bound below reports it.
				if !strings.Contains(err.Error(), in.Name) && !errors.Is(err, context.DeadlineExceeded) {
					t.Errorf("%s: ingest error does not name the input: %v", desc, err)
				}
				continue
			}
			tl.docs++
			if err := pipe.Run(ictx, doc); err != nil {
				tl.pipelineErrs++
				if !strings.Contains(err.Error(), in.Name) {
					t.Errorf("%s: pipeline error does not name the input: %v", desc, err)
				}
				continue
			}
			for _, p := range checkDoc(doc) {
				t.Errorf("%s: document %s: %s", desc, doc.Source, p)
			}
			docs = append(docs, doc)
		}
		if len(docs) > 0 {
			added, err := st.Put(ictx, docs...)
			if err != nil {
				t.Errorf("%s: put: %v", desc, err)
			}
			for _, a := range added {
				if a {
					tl.stored++
				}
			}
		}
		if d := time.Since(start); d > bound {
			t.Errorf("%s: took %v, bound %v", desc, d.Round(time.Millisecond), bound)
		}
	}

	started := time.Now()
	i := 0
	Generate(seed, n, func(in Input) bool {
		run(in, fmt.Sprintf("Generate(seed %d, n %d) input %d kind %s name %q (%d bytes)", uint64(seed), n, i, in.Kind, in.Name, len(in.Data)), perInput)
		i++
		return true
	})
	Large(seed, analysed, func(in Input) bool {
		run(in, fmt.Sprintf("Large(seed %d, %d) kind %s name %q (%d bytes)", uint64(seed), analysed, in.Kind, in.Name, len(in.Data)), perLarge)
		return true
	})
	// The big text at the run's size, streamed from the generator to a
	// file, then ingested (not analysed, see pipelineText) through
	// Reader.All from the file and Reader.Bytes from memory. Above
	// ingest.DefaultMaxBytes it must be refused with ErrTooLarge.
	bigPath := filepath.Join(t.TempDir(), "big-text.txt")
	if err := writeText(bigPath, seed, textSize); err != nil {
		t.Fatal(err)
	}
	bigData, err := os.ReadFile(bigPath)
	if err != nil {
		t.Fatal(err)
	}
	bigStart := time.Now()
	cur.set("big text "+bigPath, perLarge)
	bigDocs := 0
	for _, seq := range []iter.Seq2[*isnad.Document, error]{reader.All(ctx, bigPath), reader.Bytes(ctx, bigPath, "", bigData)} {
		for doc, err := range seq {
			if err != nil {
				if !strings.Contains(err.Error(), bigPath) {
					t.Errorf("big text: error does not name %s: %v", bigPath, err)
				}
				if len(bigData) <= ingest.DefaultMaxBytes || !errors.Is(err, ingest.ErrTooLarge) {
					t.Errorf("big text (%d bytes): %v", len(bigData), err)
				}
				continue
			}
			bigDocs++
			if !utf8.Valid(doc.Raw) {
				t.Errorf("big text: Raw is not valid UTF-8")
			}
		}
	}
	cur.set("", 0)
	t.Logf("big text %d bytes: %d documents from Reader.All and Reader.Bytes in %v", len(bigData), bigDocs, time.Since(bigStart).Round(time.Millisecond))
	bigData = nil
	elapsed := time.Since(started)
	close(stopSampling)
	<-sampled

	// The seeded articles are untouched and the store is sound.
	for _, id := range seeded {
		d, err := st.Get(ctx, id)
		if err != nil {
			t.Errorf("seeded %s: %v", id, err)
			continue
		}
		b := before[id]
		if d.Title != b.Title || d.Body != b.Body || d.Outlet != b.Outlet || d.Published != b.Published {
			t.Errorf("seeded %s (%s): title, body, outlet or date changed", id, b.Source)
		}
		if !reflect.DeepEqual(annotationsOf(d), annotationsOf(b)) {
			t.Errorf("seeded %s (%s): annotations changed", id, b.Source)
		}
	}
	if err := st.Check(ctx); err != nil {
		t.Errorf("store check: %v", err)
	}
	count, err := st.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}

	kinds := append(slices.Clone(Kinds), LargeKinds...)
	t.Logf("%-16s %7s %10s %6s %13s %7s", "kind", "inputs", "ingest-err", "docs", "pipeline-err", "stored")
	var sum tally
	for _, k := range kinds {
		tl := tallies[k]
		if tl == nil {
			continue
		}
		t.Logf("%-16s %7d %10d %6d %13d %7d", k, tl.inputs, tl.ingestErrs, tl.docs, tl.pipelineErrs, tl.stored)
		sum.inputs += tl.inputs
		sum.ingestErrs += tl.ingestErrs
		sum.docs += tl.docs
		sum.pipelineErrs += tl.pipelineErrs
		sum.stored += tl.stored
	}
	t.Logf("%-16s %7d %10d %6d %13d %7d", "total", sum.inputs, sum.ingestErrs, sum.docs, sum.pipelineErrs, sum.stored)
	t.Logf("%d inputs in %v; store holds %d documents (%d seeded); peak HeapInuse %.1f MiB; slowest input %v: %s",
		sum.inputs, elapsed.Round(time.Millisecond), count, len(seeded), float64(peak.Load())/(1<<20), slowest.Round(time.Millisecond), slowestDesc)
	if p := peak.Load(); p > maxHeap {
		t.Errorf("peak HeapInuse %.1f MiB, bound %.0f MiB", float64(p)/(1<<20), float64(maxHeap)/(1<<20))
	}
	if !full {
		for _, k := range Kinds {
			if tallies[k] == nil || tallies[k].inputs < 20 {
				t.Errorf("kind %s: fewer than 20 inputs", k)
			}
		}
	}
}

func writeText(path string, seed uint64, size int64) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := f.ReadFrom(Text(seed, size)); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// annotationsOf returns the stored annotations of d, for comparison.
func annotationsOf(d *isnad.Document) []any {
	return []any{d.Quantities, d.Dates, d.Durations, d.Entities, d.Quotes, d.Citations}
}

// checkDoc returns what is wrong with an analysed document: invalid UTF-8,
// spans out of bounds or out of body order.
func checkDoc(d *isnad.Document) []string {
	var probs []string
	if !utf8.ValidString(d.Body) {
		probs = append(probs, "body is not valid UTF-8")
	}
	if !utf8.ValidString(d.Title) {
		probs = append(probs, fmt.Sprintf("title %+q is not valid UTF-8", d.Title))
	}
	spans := func(what string, ss []isnad.Span) {
		prev := 0
		for i, s := range ss {
			if s.Start < 0 || s.Start > s.End || s.End > len(d.Body) {
				probs = append(probs, fmt.Sprintf("%s %d: span [%d,%d) out of bounds (body %d bytes)", what, i, s.Start, s.End, len(d.Body)))
				continue
			}
			if s.Start < prev {
				probs = append(probs, fmt.Sprintf("%s %d: span [%d,%d) starts before the previous one (%d)", what, i, s.Start, s.End, prev))
			}
			prev = s.Start
		}
	}
	spans("token", mapSpans(d.Tokens, func(x isnad.Token) isnad.Span { return x.Span }))
	spans("quantity", mapSpans(d.Quantities, func(x isnad.Quantity) isnad.Span { return x.Span }))
	spans("date", mapSpans(d.Dates, func(x isnad.DateMention) isnad.Span { return x.Span }))
	spans("duration", mapSpans(d.Durations, func(x isnad.Duration) isnad.Span { return x.Span }))
	spans("entity", mapSpans(d.Entities, func(x isnad.Entity) isnad.Span { return x.Span }))
	spans("quote", mapSpans(d.Quotes, func(x isnad.Quote) isnad.Span { return x.Span }))
	spans("citation", mapSpans(d.Citations, func(x isnad.Citation) isnad.Span { return x.Span }))
	for i, c := range d.Citations {
		if s := c.Scope; s.Start < 0 || s.Start > s.End || s.End > len(d.Body) {
			probs = append(probs, fmt.Sprintf("citation %d: scope [%d,%d) out of bounds (body %d bytes)", i, s.Start, s.End, len(d.Body)))
		}
	}
	return probs
}

func mapSpans[T any](xs []T, f func(T) isnad.Span) []isnad.Span {
	out := make([]isnad.Span, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}
