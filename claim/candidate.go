package claim

import (
	"strings"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
)

// comparable reports whether a figure's category is compared at all:
// lengths of time and percentages are not (they measure, not count, and
// are rarely about the same thing twice).
func comparable(q isnad.Quantity) bool {
	return q.Group != "time" && q.Category != "percent" && q.Category != "time"
}

// candidates returns the comparable figures of document i, with the
// totals built from a figure of people and the figure of their families
// that follows it ("300 عنصر … و300 شخص من عوائلهم").
func candidates(d *isnad.Document, known map[string]lemmaInfo) []candidate {
	toks := d.Tokens
	if toks == nil {
		toks = arabic.Tokenize(d.Body)
	}
	var out []candidate
	type part struct {
		q        isnad.Quantity
		org, on  string
		j        int // token after the figure
		i        int // first token
		total    bool
		category string
	}
	var people []part
	for _, q := range d.Quantities {
		if !comparable(q) || q.Start < 0 || q.End > len(d.Body) || q.Start > q.End {
			continue // not compared, or a span out of the body
		}
		ti, tj := tokenRange(toks, q.Span)
		cat, counted, group := q.Category, q.Counted, q.Group
		if counted == "" {
			l, info, ok := guessCounted(toks, tj, known)
			if !ok || info.group == "time" || info.category == "percent" {
				continue
			}
			counted, cat, group = l, info.category, info.group
		}
		if cat == "" {
			cat = counted
		}
		id, name := org(d, toks, tj)
		ev := event(d.Body, toks, ti, tj)
		total := group == "people" && withFamilies(d.Body, toks, tj)
		c := candidate{category: cat, counted: counted, org: id, orgName: name, event: ev, answer: answer(d, q)}
		if total {
			c.category, c.counted, c.event = group, "", totalEvent
		}
		out = append(out, c)
		if group == "people" {
			people = append(people, part{q: q, org: id, on: name, i: ti, j: tj, total: total, category: cat})
		}
	}
	// Totals from parts: a figure of people, then within maxPartGap tokens
	// of its sentence a figure of other people written with و onto it
	// ("و300 مدني", "ومثلهم من عائلاتهم").
	const maxPartGap = 10
	for k := 1; k < len(people); k++ {
		a, b := people[k-1], people[k]
		if a.total || b.total || a.category == b.category || b.i-a.j > maxPartGap {
			continue
		}
		if sentenceBreak(d.Body, a.q.End, b.q.Start) || !strings.HasSuffix(d.Body[:b.q.Start], "و") {
			continue
		}
		ans := answer(d, a.q)
		ans.Text = d.Body[a.q.Start:b.q.End]
		ans.Span = isnad.Span{Start: a.q.Start, End: b.q.End}
		ans.Min, ans.Max = sum(a.q.Min, b.q.Min), sum(a.q.Max, b.q.Max)
		ans.Approx = true // the text states the parts, not the total
		out = append(out, candidate{category: "people", org: a.org, orgName: a.on, event: totalEvent, answer: ans})
	}
	return out
}

func sum(a, b *float64) *float64 {
	if a == nil || b == nil {
		return nil
	}
	s := *a + *b
	return &s
}

func answer(d *isnad.Document, q isnad.Quantity) Answer {
	return Answer{
		DocID:       DocID(d),
		File:        d.Source,
		Text:        q.Text,
		Min:         q.Min,
		Max:         q.Max,
		Approx:      q.Approx,
		SourceChain: q.SourceChain,
		Span:        q.Span,
	}
}
