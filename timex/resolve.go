package timex

import (
	"time"

	hijri "github.com/hablullah/go-hijri"
)

// day returns midnight of t's date in the parser's location.
func (p *parser) dayOf(t time.Time) time.Time {
	t = t.In(p.loc)
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, p.loc)
}

func (p *parser) date(y, m, d int) time.Time {
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, p.loc)
}

// refDay is midnight of the reference day.
func (p *parser) refDay() time.Time { return p.dayOf(p.ref) }

// weekStart returns the Monday of t's week.
func weekStart(t time.Time) time.Time {
	back := (int(t.Weekday()) + 6) % 7
	return t.AddDate(0, 0, -back)
}

// truncate returns the start of t's unit of grain g.
func truncate(t time.Time, g Grain) time.Time {
	switch g {
	case Second:
		return t.Truncate(time.Second)
	case Minute:
		return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), 0, 0, t.Location())
	case Hour:
		return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), 0, 0, 0, t.Location())
	case Day:
		return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, t.Location())
	case Week:
		return weekStart(truncate(t, Day))
	case Month:
		return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, t.Location())
	}
	return time.Date(t.Year(), 1, 1, 0, 0, 0, 0, t.Location())
}

// add returns t plus k units of g.
func add(t time.Time, g Grain, k int) time.Time {
	switch g {
	case Second:
		return t.Add(time.Duration(k) * time.Second)
	case Minute:
		return t.Add(time.Duration(k) * time.Minute)
	case Hour:
		return t.Add(time.Duration(k) * time.Hour)
	case Day:
		return t.AddDate(0, 0, k)
	case Week:
		return t.AddDate(0, 0, 7*k)
	case Month:
		return t.AddDate(0, k, 0)
	}
	return t.AddDate(k, 0, 0)
}

// hijriToGregorian converts a Hijri date with the Umm al-Qura calendar
// (1356–1500 AH), else with the arithmetic calendar (±1 day).
func hijriToGregorian(y, m, d int) (time.Time, bool) {
	if y < 1 || y > 9000 || m < 1 || m > 12 || d < 1 || d > 30 {
		return time.Time{}, false
	}
	var g time.Time
	if y >= 1356 && y <= 1500 {
		g = hijri.UmmAlQuraDate{Year: int64(y), Month: int64(m), Day: int64(d)}.ToGregorian()
	} else {
		g = hijri.HijriDate{Year: int64(y), Month: int64(m), Day: int64(d)}.ToGregorian()
	}
	return time.Date(g.Year(), g.Month(), g.Day(), 0, 0, 0, 0, time.UTC), true
}

// hijriYear returns the Hijri year of the Gregorian day t.
func hijriYear(t time.Time) int {
	u := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	if t.Year() >= 1938 && t.Year() <= 2076 {
		if h, err := hijri.CreateUmmAlQuraDate(u); err == nil {
			return int(h.Year)
		}
	}
	if h, err := hijri.CreateHijriDate(u, hijri.Default); err == nil {
		return int(h.Year)
	}
	return 0
}

// res is a resolved (or unresolvable) value.
type res struct {
	t        time.Time
	g        Grain
	ok       bool // resolved
	iv       bool
	from, to time.Time
	durOK    bool // durations inside the mention are reported too
	yearless bool // unresolved only for want of a year (a day and month)
}

func unresolved(g Grain) res { return res{g: g} }

// pdateTime returns the first day of pd (at its grain) in year y, or false.
func (p *parser) pdIn(pd pdate, y int) (res, bool) {
	g := Day
	if pd.d == 0 {
		g = Month
	}
	if pd.hijri {
		if pd.d == -1 {
			end, ok := hijriToGregorian(y+pd.m/12, pd.m%12+1, 1)
			if !ok {
				return res{}, false
			}
			end = end.AddDate(0, 0, -1)
			return res{t: p.date(end.Year(), int(end.Month()), end.Day()), g: Day, ok: true}, true
		}
		d := pd.d
		if d <= 0 {
			d = 1
		}
		t, ok := hijriToGregorian(y, pd.m, d)
		if !ok {
			return res{}, false
		}
		t = p.date(t.Year(), int(t.Month()), t.Day())
		if pd.d == 0 {
			// A Hijri month is an interval of days.
			end, _ := hijriToGregorian(y+pd.m/12, pd.m%12+1, 1)
			end = p.date(end.Year(), int(end.Month()), end.Day())
			return res{t: t, g: Day, ok: true, iv: true, from: t, to: end}, true
		}
		return res{t: t, g: Day, ok: true}, true
	}
	if pd.d == -1 {
		t := p.date(y, pd.m+1, 1).AddDate(0, 0, -1)
		return res{t: t, g: Day, ok: true}, true
	}
	d := pd.d
	if d == 0 {
		d = 1
	}
	t, ok := mkdate(y, pd.m, d)
	if !ok {
		return res{}, false
	}
	return res{t: p.date(t.Year(), int(t.Month()), t.Day()), g: g, ok: true}, true
}

// resolveDate resolves pd; mode is modPast or modNext for "26 آب الماضي",
// "أيلول المقبل", else the direction decides.
func (p *parser) resolveDate(pd pdate, mode int) res {
	if pd.m == 0 {
		if pd.y == 0 {
			return res{}
		}
		if pd.hijri {
			from, ok1 := hijriToGregorian(pd.y, 1, 1)
			to, ok2 := hijriToGregorian(pd.y+1, 1, 1)
			if !ok1 || !ok2 {
				return res{}
			}
			from, to = p.date(from.Year(), int(from.Month()), from.Day()), p.date(to.Year(), int(to.Month()), to.Day())
			return res{t: from, g: Day, ok: true, iv: true, from: from, to: to}
		}
		return res{t: p.date(pd.y, 1, 1), g: Year, ok: true}
	}
	if pd.y != 0 {
		r, ok := p.pdIn(pd, pd.y)
		if !ok {
			return res{}
		}
		return r
	}
	g := Day
	if pd.d == 0 && !pd.hijri {
		g = Month
	}
	if !p.opt.HasRef {
		return res{g: g, yearless: true}
	}
	rd := p.refDay()
	base := rd
	if g == Month {
		base = truncate(rd, Month)
	}
	ry := rd.Year()
	if pd.hijri {
		ry = hijriYear(rd)
	}
	var best res
	found := false
	bestDist := time.Duration(1<<63 - 1)
	for y := ry - 1; y <= ry+1; y++ {
		r, ok := p.pdIn(pd, y)
		if !ok {
			continue
		}
		t := r.t
		if g == Month {
			t = truncate(t, Month)
		}
		switch {
		case mode == modPast:
			if !t.Before(base) {
				continue
			}
			if !found || t.After(best.t) {
				best, found = r, true
			}
		case mode == modNext || p.opt.Dir == Future:
			if mode != modNext {
				// Like assistant parsers: a day of the current month is
				// this year's, even when it is past.
				t = truncate(t, Month)
				base = truncate(rd, Month)
			}
			if t.Before(base) || mode == modNext && t.Equal(base) {
				continue
			}
			if !found || t.Before(best.t) {
				best, found = r, true
			}
		default:
			d := t.Sub(base)
			if d < 0 {
				d = -d - 1 // ties go to the past
			}
			if !found || d < bestDist {
				best, bestDist, found = r, d, true
			}
		}
	}
	if !found {
		return res{}
	}
	return best
}

// weekday resolves weekday wd with modifier mode.
func (p *parser) weekday(wd, mode int) res {
	if !p.opt.HasRef {
		return unresolved(Day)
	}
	rd := p.refDay()
	rwd := int(rd.Weekday())
	var delta int
	switch {
	case mode == modPast:
		delta = -((rwd - wd + 7) % 7)
		if delta == 0 {
			delta = -7
		}
	case mode == modNext || p.opt.Dir == Future:
		delta = (wd - rwd + 7) % 7
		if delta == 0 {
			delta = 7
		}
	case mode == modSoon:
		delta = (wd - rwd + 7) % 7
	default:
		delta = -((rwd - wd + 7) % 7)
	}
	return res{t: rd.AddDate(0, 0, delta), g: Day, ok: true}
}

// rel returns the unit g of the reference shifted by k units, at grain g.
func (p *parser) rel(g Grain, k int) res {
	if !p.opt.HasRef {
		return unresolved(g)
	}
	t := truncate(p.ref.In(p.loc), g)
	return res{t: add(t, g, k), g: g, ok: true}
}
