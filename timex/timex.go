package timex

import (
	"fmt"
	"sync"
	"time"
)

// tokPool holds token slices between runs of Find, which need one each.
var tokPool = sync.Pool{New: func() any { s := make([]tok, 0, 256); return &s }}

// Grain is the precision of a date or time, or the unit of a duration.
type Grain uint8

const (
	// Second is a time to the second, or a duration in seconds.
	Second Grain = iota
	// Minute is a time to the minute.
	Minute
	// Hour is a whole hour.
	Hour
	// Day is a calendar date.
	Day
	// Week is a week starting on Monday.
	Week
	// Month is a calendar month.
	Month
	// Year is a calendar year.
	Year
)

var grainNames = [...]string{"second", "minute", "hour", "day", "week", "month", "year"}

// String returns "second", "minute", …, "year".
func (g Grain) String() string {
	if int(g) < len(grainNames) {
		return grainNames[g]
	}
	return fmt.Sprintf("Grain(%d)", uint8(g))
}

// Direction says which occurrence a date without a year, a weekday or a
// clock time without a day means.
type Direction uint8

const (
	// Future takes the next occurrence after the reference, the convention
	// of assistant-style parsers.
	Future Direction = iota
	// Past takes the occurrence nearest the reference, looking back first,
	// the convention for news, which report what happened.
	Past
)

// Options hold the reference time and the direction for resolving relative
// mentions.
type Options struct {
	// Ref is the reference time ("now"); values are in Ref's location.
	Ref time.Time
	// HasRef says Ref is set. Without it only absolute dates resolve, and a
	// day and month without a year take the year of the nearest full date
	// in the same text (see Expr.Anchored); relative mentions stay
	// unresolved.
	HasRef bool
	// Dir picks the occurrence of dates that do not say which.
	Dir Direction
}

// Expr is one date or time mention.
type Expr struct {
	// Start and End are byte offsets of the mention in the text, half-open.
	Start, End int
	// Grain is the precision of Value (and of From and To).
	Grain Grain
	// Value is the start of the instant at Grain, in Ref's location (UTC
	// without a reference). For an interval it equals From.
	Value time.Time
	// Interval is set for ranges ("من 13 إلى 15 تموز"); From is inclusive
	// and To exclusive at the grain (07-13 .. 07-16).
	Interval bool
	From, To time.Time
	// Resolved is false when the mention needs a reference that is missing;
	// Value, From and To are then zero.
	Resolved bool
	// Anchored is set when, for want of a reference, a day and month
	// without a year took their year from another date in the same text.
	Anchored bool

	yearless bool // unresolved for want of a year only
}

// ISO returns Value written at its grain: "2013", "2013-02", "2013-02-12"
// (for a week, its Monday), or RFC 3339 ("2013-02-12T16:00:00-02:00") for
// hours, minutes and seconds. It returns "" when e is not resolved.
func (e Expr) ISO() string { return iso(e.Value, e.Grain, e.Resolved) }

// Format writes t at grain g the way ISO writes a value; use it for an
// interval's From and To.
func Format(t time.Time, g Grain) string { return iso(t, g, true) }

func iso(t time.Time, g Grain, ok bool) string {
	if !ok {
		return ""
	}
	switch g {
	case Year:
		return t.Format("2006")
	case Month:
		return t.Format("2006-01")
	case Day, Week:
		return t.Format("2006-01-02")
	}
	return t.Format(time.RFC3339)
}

// Duration is one length of time: "أسبوعين" is 2 weeks, "ساعة ونصف" 1.5
// hours, "عقد" 10 years.
type Duration struct {
	// Start and End are byte offsets of the mention in the text, half-open.
	Start, End int
	// Value is the amount of Unit.
	Value float64
	// Unit is the unit of time.
	Unit Grain
}

// Find returns the date and time mentions and the durations in text, each
// list ordered by Start, without overlaps inside a list, the longest
// mention winning. A duration that is part of a date ("منذ ثلاثة أيام") is
// in both lists. Find never panics, whatever the input.
func Find(text string, opt Options) ([]Expr, []Duration) {
	p := parser{text: text, opt: opt}
	if opt.HasRef {
		p.ref = opt.Ref
		p.loc = opt.Ref.Location()
	} else {
		p.loc = time.UTC
	}
	buf := tokPool.Get().(*[]tok)
	p.toks = scan(text, (*buf)[:0])
	exprs := p.exprs()
	durs := p.durations()
	clear(p.toks)
	*buf = p.toks[:0]
	tokPool.Put(buf)
	if !opt.HasRef {
		anchorYears(text, exprs)
	}
	return exprs, durs
}

// anchorYears resolves, in a text without a reference, each day and month
// written without a year ("28 آب") against the nearest date in the same
// text that states its year ("5 أيلول 2017"): the one before it, else the
// one after it. The occurrence nearest that date is taken (so "28 آب" next
// to "5 أيلول 2017" is 2017-08-28, and "3 كانون الثاني" next to
// "29 كانون الأول 2016" is 2017-01-03). Relative mentions ("أمس", "الجمعة")
// stay unresolved: a date in the text is not the day the text was written.
func anchorYears(text string, exprs []Expr) {
	for i := range exprs {
		if !exprs[i].yearless {
			continue
		}
		anchor := -1
		for j := i - 1; j >= 0 && anchor < 0; j-- {
			if exprs[j].Resolved && !exprs[j].Anchored && exprs[j].Grain <= Month && exprs[j].Grain >= Day {
				anchor = j
			}
		}
		for j := i + 1; j < len(exprs) && anchor < 0; j++ {
			if exprs[j].Resolved && exprs[j].Grain <= Month && exprs[j].Grain >= Day {
				anchor = j
			}
		}
		if anchor < 0 {
			continue
		}
		e := exprs[i]
		sub, _ := Find(text[e.Start:e.End], Options{Ref: exprs[anchor].Value, HasRef: true, Dir: Past})
		if len(sub) != 1 || !sub[0].Resolved || sub[0].End-sub[0].Start != e.End-e.Start {
			continue
		}
		r := sub[0]
		r.Start, r.End = e.Start, e.End
		r.Anchored = true
		exprs[i] = r
	}
}
