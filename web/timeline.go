package web

import (
	"fmt"
	"html/template"
	"math"
	"strings"
	"time"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/claim"
)

// timelineSVG draws a story's events on a time axis running right to left
// (the page reads right to left): one dot per event, sized by its reports,
// with its date under it. Dates are the events' starts.
func timelineSVG(events []claim.Event) template.HTML {
	type pt struct {
		t     time.Time
		label string
		n     int
		text  string
		idx   int
	}
	var pts []pt
	for i, e := range events {
		t, ok := eventTime(e.Date)
		if !ok {
			continue
		}
		pts = append(pts, pt{t, valueAr(e.Date), len(e.Reports), e.Text, i})
	}
	const w, h, pad = 900.0, 190.0, 70.0
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %g %g" role="img" aria-label="الخط الزمني: %d حدثًا" data-events="%d">`, w, h, len(pts), len(pts))
	fmt.Fprintf(&b, `<line class="axis" x1="%g" y1="%g" x2="%g" y2="%g" stroke="#667" stroke-width="2"/>`, pad/2, h/2, w-pad/2, h/2)
	if len(pts) == 0 {
		fmt.Fprintf(&b, `<text x="%g" y="%g" text-anchor="middle" fill="#667">لا تواريخ محددة</text></svg>`, w/2, h/2-10)
		return template.HTML(b.String())
	}
	lo, hi := pts[0].t, pts[0].t
	for _, p := range pts {
		if p.t.Before(lo) {
			lo = p.t
		}
		if p.t.After(hi) {
			hi = p.t
		}
	}
	span := hi.Sub(lo).Hours()
	x := func(t time.Time) float64 {
		if span == 0 {
			return w / 2
		}
		// The earliest date is on the right.
		return w - pad - (w-2*pad)*t.Sub(lo).Hours()/span
	}
	// Labels go on four rows, two under the axis and two over it; a label
	// takes the first row where it overlaps no label already placed, and
	// is left out (the dot keeps its tooltip) when none is free.
	rows := []float64{h/2 + 34, h/2 - 22, h/2 + 58, h/2 - 46}
	placed := make([][][2]float64, len(rows))
	for _, p := range pts {
		cx := x(p.t)
		r := 5 + 3*math.Log2(float64(p.n))
		fmt.Fprintf(&b, `<g class="event"><a href="#ev-%d"><circle cx="%.1f" cy="%g" r="%.1f" fill="#b0413e"><title>%s — %s</title></circle></a>`,
			p.idx, cx, h/2, r, template.HTMLEscapeString(p.label), template.HTMLEscapeString(clip(p.text, 120)))
		half := 4.2*float64(len([]rune(p.label))) + 6
		lo, hi := max(cx-half, 0), min(cx+half, w)
		for i, y := range rows {
			free := true
			for _, iv := range placed[i] {
				if lo < iv[1] && iv[0] < hi {
					free = false
					break
				}
			}
			if !free {
				continue
			}
			placed[i] = append(placed[i], [2]float64{lo, hi})
			fmt.Fprintf(&b, `<text x="%.1f" y="%g" text-anchor="middle" font-size="14" fill="#223">%s</text>`, (lo+hi)/2, y, template.HTMLEscapeString(p.label))
			break
		}
		b.WriteString(`</g>`)
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// eventTime reads an event date at any grain.
func eventTime(s string) (time.Time, bool) {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	if d, err := isnad.ParseDate(s); err == nil {
		return d.Time(), true
	}
	return time.Time{}, false
}

// clip shortens s to about n runes at a word boundary.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n])
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
		cut = cut[:i]
	}
	return cut + "…"
}
