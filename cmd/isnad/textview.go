package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/isnad-news/isnad"
)

// writeText writes a document for a person: its metadata, then every claim
// (quote, figure, date) with its chain of transmission, and the citations.
func writeText(w io.Writer, d *isnad.Document) error {
	var b strings.Builder
	fmt.Fprintf(&b, "═══ %s\n", orDash(d.Title))
	fmt.Fprintf(&b, "    file %s · outlet %s · publisher %s · author %s · published %s\n",
		d.Source, orDash(d.Outlet), orDash(d.Publisher), orDash(d.Author), orDash(d.Published.String()))
	if len(d.Quotes) > 0 {
		fmt.Fprintf(&b, "\n  Quotes (speaker [kind, cue], then the chain from this article to the speaker):\n")
		for _, q := range d.Quotes {
			kind := "reported"
			if q.Direct {
				kind = "direct"
			}
			speaker := orDash(q.Speaker)
			if q.Unnamed {
				speaker += " (unnamed)"
			}
			fmt.Fprintf(&b, "    • %s [%s, %s]\n      %s\n      «%s»\n", speaker, kind, q.Cue, path(d, q.Via), clip(q.Text, 200))
		}
	}
	if len(d.Quantities) > 0 {
		fmt.Fprintf(&b, "\n  Figures:\n")
		for _, q := range d.Quantities {
			fmt.Fprintf(&b, "    • %s%s\n", figureText(q), chain(q.SourceChain))
		}
	}
	if len(d.Dates) > 0 {
		fmt.Fprintf(&b, "\n  Dates:\n")
		for _, x := range d.Dates {
			fmt.Fprintf(&b, "    • %s → %s%s\n", oneLine(x.Text), dateValue(x), chain(x.SourceChain))
		}
	}
	if len(d.Citations) > 0 {
		fmt.Fprintf(&b, "\n  Sources cited:\n")
		for _, c := range d.Citations {
			fmt.Fprintf(&b, "    • %s (%s) at %d–%d\n", c.Cited, oneLine(c.Text), c.Start, c.End)
		}
	}
	if len(d.Entities) > 0 {
		seen := map[string]bool{}
		var names []string
		for _, e := range d.Entities {
			if seen[e.ID] {
				continue
			}
			seen[e.ID] = true
			names = append(names, e.Canonical+" ("+e.Type+")")
		}
		fmt.Fprintf(&b, "\n  Named: %s\n", strings.Join(names, "، "))
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// chain writes a source chain as " ← A ← B", or "" when empty.
func chain(c []isnad.Source) string { return joinSources(c, "  ← ", " ← ") }

// path writes a quote's chain from the article's outlet to the speaker:
// "الانباط → سبوتنيك → ستيفن تاونسند".
func path(d *isnad.Document, c []isnad.Source) string {
	outlet := d.Outlet
	if outlet == "" {
		outlet = d.Publisher
	}
	if outlet == "" {
		outlet = "this article"
	}
	return joinSources(c, outlet+" → ", " → ")
}

// joinSources writes prefix and the sources' names joined by sep, or ""
// when there are none.
func joinSources(c []isnad.Source, prefix, sep string) string {
	if len(c) == 0 {
		return ""
	}
	parts := make([]string, len(c))
	for i, s := range c {
		parts[i] = sourceName(s)
	}
	return prefix + strings.Join(parts, sep)
}

func sourceName(s isnad.Source) string {
	n := s.Name
	if n == "" {
		n = "?"
	}
	if s.Type == "OUTLET" {
		n += " (this article)"
	}
	return n
}

// clip cuts s to at most n runes, with "…" when cut.
func clip(s string, n int) string {
	s = oneLine(s)
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// figureText writes a quantity for a person: "أكثر من 250 عنصرا → ≥250
// fighters", the unit in place of the category for measures.
func figureText(q isnad.Quantity) string {
	what := q.Category
	if q.Unit != "" {
		what = q.Unit
	}
	return oneLine(q.Text) + " → " + strings.TrimSpace(rangeText(q)+" "+what)
}

// dateValue writes a date mention's value: the date at its grain, an
// interval (its end exclusive), or why it is unresolved.
func dateValue(x isnad.DateMention) string {
	switch {
	case x.From != "":
		return x.From + " … " + x.To + " (exclusive)"
	case x.Value == "":
		return "unresolved (" + x.Unresolved + ")"
	}
	return x.Value
}
