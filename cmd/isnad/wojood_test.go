package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/isnad-news/isnad/numeral"
	"github.com/isnad-news/isnad/quantity"
	"github.com/isnad-news/isnad/timex"
)

// wojoodDir holds the Wojood sample (see ../shared/data/README.md); it is
// not part of the project, so the test skips without it.
var wojoodDir = filepath.Join("..", "..", "..", "shared", "data", "ner", "wojood-sample")

type goldSpan struct {
	typ        string
	start, end int
}

type wojoodSentence struct {
	text  string
	spans []goldSpan
}

// readWojood reads a nested Wojood file: a token and 1-4 BIO tags per line,
// a blank line between sentences. Tokens are joined with single spaces.
func readWojood(path string) ([]wojoodSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []wojoodSentence
	var b strings.Builder
	var spans []goldSpan
	open := map[int]*goldSpan{} // by tag layer
	flush := func() {
		for _, s := range open {
			spans = append(spans, *s)
		}
		clear(open)
		if b.Len() > 0 {
			out = append(out, wojoodSentence{text: b.String(), spans: spans})
		}
		b.Reset()
		spans = nil
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 {
			flush()
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		start := b.Len()
		b.WriteString(fields[0])
		end := b.Len()
		seen := map[int]bool{}
		for layer, tag := range fields[1:] {
			if tag == "O" {
				continue
			}
			kind, typ, _ := strings.Cut(tag, "-")
			if s, ok := open[layer]; ok && kind == "I" && s.typ == typ {
				s.end = end
				seen[layer] = true
				continue
			}
			if s, ok := open[layer]; ok {
				spans = append(spans, *s)
			}
			open[layer] = &goldSpan{typ: typ, start: start, end: end}
			seen[layer] = true
		}
		for layer, s := range open {
			if !seen[layer] {
				spans = append(spans, *s)
				delete(open, layer)
			}
		}
	}
	flush()
	return out, sc.Err()
}

// TestWojoodValues measures, on the Wojood sample's DATE/TIME, CARDINAL,
// ORDINAL, PERCENT, MONEY and QUANTITY spans, how many our parsers find
// (recall: a found mention overlaps the gold span) and how many of our
// mentions overlap a gold span of the matching types (precision). Wojood
// marks only detection, not values, and labels few of the numbers in its
// text, so precision means something for dates and ordinals only. Run with
// -v for the table and the missed dates.
func TestWojoodValues(t *testing.T) {
	var sents []wojoodSentence
	for _, name := range []string{"train.nested.txt", "val.nested.txt"} {
		s, err := readWojood(filepath.Join(wojoodDir, name))
		if os.IsNotExist(err) {
			t.Skipf("%s is absent: skipping the Wojood evaluation", wojoodDir)
		}
		if err != nil {
			t.Fatal(err)
		}
		sents = append(sents, s...)
	}
	type span struct{ start, end int }
	type tally struct{ gold, found, mine, right int }
	groups := map[string][]string{
		"dates":      {"DATE", "TIME"},
		"cardinals":  {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"},
		"ordinals":   {"ORDINAL"},
		"quantities": {"MONEY", "PERCENT", "QUANTITY", "CARDINAL"},
	}
	res := map[string]*tally{}
	var misses, extra []string
	for _, s := range sents {
		// Wojood's DATE and TIME also cover durations ("خلال 45 يوماً").
		exprs, durs := timex.Find(s.text, timex.Options{})
		mine := map[string][]span{}
		for _, e := range exprs {
			mine["dates"] = append(mine["dates"], span{e.Start, e.End})
		}
		for _, d := range durs {
			mine["dates"] = append(mine["dates"], span{d.Start, d.End})
		}
		for _, n := range numeral.Find(s.text) {
			k := "cardinals"
			if n.Kind == numeral.Ordinal {
				k = "ordinals"
			}
			mine[k] = append(mine[k], span{n.Start, n.End})
		}
		for _, q := range quantity.Find(s.text) {
			mine["quantities"] = append(mine["quantities"], span{q.Start, q.End})
		}
		for g, types := range groups {
			if res[g] == nil {
				res[g] = &tally{}
			}
			r := res[g]
			var gold []goldSpan
			for _, sp := range s.spans {
				for _, ty := range types {
					if sp.typ == ty {
						gold = append(gold, sp)
					}
				}
			}
			overlap := func(a, b int, c, d int) bool { return a < d && c < b }
			for _, gs := range gold {
				if g == "quantities" && gs.typ == "CARDINAL" {
					continue // a bare number is a quantity only with a counted noun
				}
				if g == "ordinals" && !hasLetter(s.text[gs.start:gs.end]) {
					continue // Wojood marks list and article numbers (1, 2 -) as ordinals
				}
				r.gold++
				hit := false
				for _, m := range mine[g] {
					if overlap(gs.start, gs.end, m.start, m.end) {
						hit = true
						break
					}
				}
				if hit {
					r.found++
				} else if g == "dates" {
					misses = append(misses, fmt.Sprintf("miss %s %q in %q", gs.typ, s.text[gs.start:gs.end], s.text))
				}
			}
			for _, m := range mine[g] {
				r.mine++
				ok := false
				for _, gs := range gold {
					if overlap(gs.start, gs.end, m.start, m.end) {
						ok = true
						break
					}
				}
				if ok {
					r.right++
				} else if g == "ordinals" || g == "dates" {
					extra = append(extra, fmt.Sprintf("not gold %s %q", g, s.text[m.start:m.end]))
				}
			}
		}
	}
	names := make([]string, 0, len(res))
	for g := range res {
		names = append(names, g)
	}
	sort.Strings(names)
	var table strings.Builder
	fmt.Fprintf(&table, "%-11s %6s %6s %7s %6s %6s %7s\n", "mentions", "gold", "found", "recall", "ours", "gold", "prec.")
	for _, g := range names {
		r := res[g]
		fmt.Fprintf(&table, "%-11s %6d %6d %6.1f%% %6d %6d %6.1f%%\n", g, r.gold, r.found, pct(r.found, r.gold), r.mine, r.right, pct(r.right, r.mine))
	}
	t.Logf("Wojood sample (%d sentences), span overlap:\n%s", len(sents), table.String())
	if testing.Verbose() {
		for _, m := range append(misses, extra...) {
			t.Log(m)
		}
	}
	// Floors: the measured figures less a margin. Raise them when the
	// parsers improve.
	for _, f := range wojoodFloors {
		r := res[f.group]
		if got := pct(r.found, r.gold); got < f.recall {
			t.Errorf("%s recall %.1f%% is below the floor %.1f%%", f.group, got, f.recall)
		}
		if got := pct(r.right, r.mine); got < f.precision {
			t.Errorf("%s precision %.1f%% is below the floor %.1f%%", f.group, got, f.precision)
		}
	}
}

// wojoodFloors are the measured figures less a margin; raise them when the
// parsers improve.
var wojoodFloors = []struct {
	group             string
	recall, precision float64
}{
	{"dates", 74, 95},
	{"ordinals", 80, 0},
	{"cardinals", 93, 0},
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}
