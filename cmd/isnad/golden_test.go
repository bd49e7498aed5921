package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/isnad-news/isnad"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestAnalyzeCorpusGolden runs analyze over the sample corpus and compares
// every document's quantities, dates, durations, entities, quotes and
// citations, with source chains, with
// testdata/analyze.golden (go test ./cmd/isnad -run Golden -update rewrites
// it; read the diff before committing).
func TestAnalyzeCorpusGolden(t *testing.T) {
	code, out, errs := run(t, "", "analyze", "../../testdata/corpus")
	if code != 0 {
		t.Fatalf("analyze exit %d: %s", code, errs)
	}
	var b bytes.Buffer
	for line := range strings.Lines(out) {
		var d isnad.Document
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "== %s (published %s)\n", strings.TrimPrefix(d.Source, "../../"), d.Published)
		for _, q := range d.Quantities {
			fmt.Fprintf(&b, "quantity %d-%d %q min=%s max=%s approx=%v counted=%q category=%q group=%q unit=%q chain=%s\n",
				q.Start, q.End, q.Text, num(q.Min), num(q.Max), q.Approx, q.Counted, q.Category, q.Group, q.Unit, names(q.SourceChain))
			if d.Body[q.Start:q.End] != q.Text {
				t.Errorf("%s: quantity text %q is not body[%d:%d]", d.Source, q.Text, q.Start, q.End)
			}
		}
		for _, x := range d.Dates {
			fmt.Fprintf(&b, "date %d-%d %q value=%q grain=%s from=%q to=%q unresolved=%q chain=%s\n",
				x.Start, x.End, x.Text, x.Value, x.Grain, x.From, x.To, x.Unresolved, names(x.SourceChain))
			if d.Body[x.Start:x.End] != x.Text {
				t.Errorf("%s: date text %q is not body[%d:%d]", d.Source, x.Text, x.Start, x.End)
			}
		}
		for _, e := range d.Entities {
			where := ""
			if e.Lat != nil && e.Lon != nil {
				where = fmt.Sprintf(" at=%.2f,%.2f", *e.Lat, *e.Lon)
			}
			fmt.Fprintf(&b, "entity %d-%d %q %s id=%q canonical=%q country=%q%s\n", e.Start, e.End, e.Text, e.Type, e.ID, e.Canonical, e.Country, where)
			if d.Body[e.Start:e.End] != e.Text {
				t.Errorf("%s: entity text %q is not body[%d:%d]", d.Source, e.Text, e.Start, e.End)
			}
		}
		for _, q := range d.Quotes {
			fmt.Fprintf(&b, "quote %d-%d speaker=%q id=%q unnamed=%v cue=%q direct=%v via=%s text=%q\n",
				q.Start, q.End, q.Speaker, q.SpeakerID, q.Unnamed, q.Cue, q.Direct, names(q.Via), clip(q.Text, 60))
			if d.Body[q.Start:q.End] != q.Text {
				t.Errorf("%s: quote text %q is not body[%d:%d]", d.Source, clip(q.Text, 40), q.Start, q.End)
			}
		}
		for _, c := range d.Citations {
			fmt.Fprintf(&b, "citation %d-%d %q cited=%q id=%q cue=%q scope=%d-%d\n", c.Start, c.End, c.Text, c.Cited, c.CitedID, c.Cue, c.Scope.Start, c.Scope.End)
			if d.Body[c.Start:c.End] != c.Text {
				t.Errorf("%s: citation text %q is not body[%d:%d]", d.Source, c.Text, c.Start, c.End)
			}
		}
		for _, u := range d.Durations {
			fmt.Fprintf(&b, "duration %d-%d %q %g %s\n", u.Start, u.End, u.Text, u.Value, u.Unit)
			if d.Body[u.Start:u.End] != u.Text {
				t.Errorf("%s: duration text %q is not body[%d:%d]", d.Source, u.Text, u.Start, u.End)
			}
		}
	}
	const golden = "testdata/analyze.golden"
	if *update {
		if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(b.Bytes(), want) {
		t.Errorf("analyze output differs from %s (run with -update and read the diff):\n%s", golden, lineDiff(string(want), b.String()))
	}
}

// names writes a chain as "[A > B]".
func names(c []isnad.Source) string {
	parts := make([]string, len(c))
	for i, s := range c {
		parts[i] = s.Name
	}
	return "[" + strings.Join(parts, " > ") + "]"
}

func num(f *float64) string {
	if f == nil {
		return "null"
	}
	return fmt.Sprintf("%g", *f)
}

// lineDiff lists the lines only in want (-) and only in got (+).
func lineDiff(want, got string) string {
	in := func(s string) map[string]bool {
		m := map[string]bool{}
		for l := range strings.Lines(s) {
			m[l] = true
		}
		return m
	}
	w, g := in(want), in(got)
	var b strings.Builder
	for l := range strings.Lines(want) {
		if !g[l] {
			b.WriteString("-" + l)
		}
	}
	for l := range strings.Lines(got) {
		if !w[l] {
			b.WriteString("+" + l)
		}
	}
	return b.String()
}
