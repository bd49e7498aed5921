package web

import (
	"cmp"
	"fmt"
	"html/template"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/claim"
)

// note is one annotation of an article, as the article page shows it: a
// highlighted span of the body and its details.
type note struct {
	ID    string // anchor id: kind letter (kindLetter) and start offset ("n1234")
	Kind  string // ent, date, qty, quote, cite
	Label string // the kind in Arabic
	Span  isnad.Span
	Text  string
	// Rows are the details: label and value.
	Rows []row
	// Chain is the source chain, origin first; empty when none.
	Chain string
	// Link is a page about the annotation (the entity's), or "".
	Link string
}

type row struct{ Key, Value string }

var kindLetter = map[string]string{"ent": "e", "date": "d", "qty": "n", "quote": "q", "cite": "c"}

var kindLabel = map[string]string{"ent": "اسم", "date": "تاريخ", "qty": "رقم", "quote": "اقتباس", "cite": "إسناد"}

// notes returns the annotations of d to highlight, in body order.
func notes(d *isnad.Document) []note {
	var ns []note
	add := func(kind string, sp isnad.Span, text string, rows []row, chain []isnad.Source, link string) {
		if !inBody(d.Body, sp) {
			return
		}
		ns = append(ns, note{ID: fmt.Sprintf("%s%d", kindLetter[kind], sp.Start), Kind: kind, Label: kindLabel[kind],
			Span: sp, Text: text, Rows: rows, Chain: chainAr(chain), Link: link})
	}
	for _, q := range d.Quantities {
		rows := []row{{"القيمة", rangeAr(q.Min, q.Max, q.Approx)}}
		if q.Counted != "" {
			rows = append(rows, row{"المعدود", q.Counted})
		}
		if c := claim.CategoryLabel(q.Category); c != "" && c != q.Category {
			rows = append(rows, row{"الفئة", c})
		}
		if q.Unit != "" {
			rows = append(rows, row{"الوحدة", q.Unit})
		}
		add("qty", q.Span, q.Text, rows, q.SourceChain, "")
	}
	for _, dm := range d.Dates {
		var rows []row
		switch {
		case dm.Value != "":
			rows = append(rows, row{"التاريخ", valueAr(dm.Value)})
		case dm.From != "":
			rows = append(rows, row{"من", valueAr(dm.From)}, row{"إلى", valueAr(dm.To)})
		default:
			rows = append(rows, row{"التاريخ", "غير محدد (" + dm.Unresolved + ")"})
		}
		add("date", dm.Span, dm.Text, rows, dm.SourceChain, "")
	}
	for _, e := range d.Entities {
		rows := []row{{"النوع", typeAr[e.Type]}, {"الاسم المعتمد", e.Canonical}}
		if e.Lat != nil && e.Lon != nil {
			rows = append(rows, row{"الإحداثيات", fmt.Sprintf("%.3f، %.3f", *e.Lat, *e.Lon)})
		}
		link := ""
		if e.ID != "" {
			link = "/entities/" + pathEscape(e.ID)
		}
		add("ent", e.Span, e.Text, rows, nil, link)
	}
	for _, q := range d.Quotes {
		speaker := q.Speaker
		if speaker == "" {
			speaker = "غير معروف"
		}
		rows := []row{{"القائل", speaker}, {"فعل القول", q.Cue}}
		if q.Direct {
			rows = append(rows, row{"النوع", "اقتباس مباشر"})
		} else {
			rows = append(rows, row{"النوع", "كلام منقول"})
		}
		link := ""
		if q.SpeakerID != "" {
			link = "/entities/" + pathEscape(q.SpeakerID)
		}
		add("quote", q.Span, q.Text, rows, q.Via, link)
	}
	for _, c := range d.Citations {
		rows := []row{{"المصدر", c.Cited}, {"الصيغة", c.Cue}}
		link := ""
		if c.CitedID != "" {
			link = "/entities/" + pathEscape(c.CitedID)
		}
		add("cite", c.Span, c.Text, rows, nil, link)
	}
	sortNotes(ns)
	seen := map[string]int{}
	for i := range ns {
		if n := seen[ns[i].ID]; n > 0 {
			ns[i].ID = fmt.Sprintf("%s-%d", ns[i].ID, n+1)
		}
		seen[strings.SplitN(ns[i].ID, "-", 2)[0]]++
	}
	return ns
}

// highlight writes body as HTML with every note's span marked: each run of
// text is a link to the details of the narrowest note that covers it (a
// quote's runs link to the quote), with classes for every kind covering it.
// Text is escaped and bidi controls are made visible (see inert).
func highlight(body string, ns []note) template.HTML {
	cuts := []int{0, len(body)}
	for _, n := range ns {
		cuts = append(cuts, n.Span.Start, n.Span.End)
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	var b strings.Builder
	b.Grow(len(body) * 2)
	// Notes are sorted by start; active holds those covering the run.
	next := 0
	var active []int
	for i := 0; i+1 < len(cuts); i++ {
		lo, hi := cuts[i], cuts[i+1]
		for next < len(ns) && ns[next].Span.Start <= lo {
			active = append(active, next)
			next++
		}
		active = slices.DeleteFunc(active, func(k int) bool { return ns[k].Span.End <= lo })
		text := inert(body[lo:hi])
		if len(active) == 0 {
			b.WriteString(string(text))
			continue
		}
		best := -1
		kinds := map[string]bool{}
		for _, k := range active {
			kinds[ns[k].Kind] = true
			if ns[k].Kind == "quote" && len(active) > 1 {
				continue
			}
			if best < 0 || ns[k].Span.End-ns[k].Span.Start < ns[best].Span.End-ns[best].Span.Start {
				best = k
			}
		}
		if best < 0 {
			best = active[0]
		}
		var cls []string
		for _, k := range []string{"quote", "cite", "ent", "date", "qty"} {
			if kinds[k] {
				cls = append(cls, "k-"+k)
			}
		}
		id := ""
		if ns[best].Span.Start == lo {
			id = ` id="m-` + ns[best].ID + `"`
		}
		fmt.Fprintf(&b, `<a class="ann %s" href="#a-%s"%s>%s</a>`, strings.Join(cls, " "), ns[best].ID, id, text)
	}
	return template.HTML(b.String())
}

// sortNotes orders notes by start, keeping the order of notes that start
// together.
func sortNotes(ns []note) {
	slices.SortStableFunc(ns, func(a, b note) int { return cmp.Compare(a.Span.Start, b.Span.Start) })
}

// inBody reports whether sp is a non-empty span of body on rune
// boundaries.
func inBody(body string, sp isnad.Span) bool {
	return sp.Start >= 0 && sp.End <= len(body) && sp.Start < sp.End &&
		utf8.RuneStart(body[sp.Start]) && (sp.End == len(body) || utf8.RuneStart(body[sp.End]))
}
