package timex

import "time"

// Keywords of the rules in this file.
var (
	wAkhir     = n("آخر")
	wAkhira    = n("آخرة")
	wAlAkhir   = n("الأخير")
	wAlAkhira  = n("الأخيرة")
	wAwakhir2  = n("أواخر")
	wUtla      = n("عطلة")
	wUtlat     = n("إجازة")
	wTamam     = n("تمام")
	wWahid     = n("واحد")
	wWahida    = n("واحدة")
	wWaqt      = n("وقت")
	wAlDhuhr   = n("الظهر")
	wAlDhuhr2  = n("الظهيرة")
	wDhuhran   = n("ظهرا")
	wAlAsr     = n("العصر")
	wAlMiladi  = n("الميلادية")
	wAlMiladi2 = n("الميلادي")
)

// The word lists of this file were written for this package, like those of
// lexicon.go, under the project's licence.

// feastTails are the words of praise after a feast's name ("عيد الفطر
// المبارك", "عيد الميلاد المجيد"), read as part of the mention.
var feastTails = fold(map[string]bool{"المبارك": true, "السعيد": true, "المجيد": true, "المجيدة": true})

// fixedFeasts are the feasts on a fixed Gregorian day: month and day.
var fixedFeasts = fold(map[string][2]int{
	"العمال": {5, 1}, "الحب": {2, 14}, "الأم": {3, 21}, "الام": {3, 21},
})

// weekend reads "نهاية الأسبوع", "عطلة نهاية الأسبوع", "عطلة الأسبوع",
// "نهاية هذا الأسبوع", "عطلة نهاية الأسبوع المقبل": Friday 18:00 to Monday
// 00:00 of that week, at hour grain (the assistant-style convention).
func (p *parser) weekend(i int) (res, int) {
	k := i
	utla := false
	if p.isF(k, wUtla) || p.isF(k, wUtlat) {
		utla = true
		k++
	}
	if p.isF(k, wNihaya) || p.isF(k, wAkhir) {
		k++
	} else if !utla {
		return res{}, i
	}
	off, j, ok := p.weekRel(k)
	if !ok {
		if !p.isWeek(k) {
			return res{}, i
		}
		off, j = 0, k+1
	}
	if !p.opt.HasRef {
		// Without a reference the week alone is reported ("هذا
		// الأسبوع"), as the shared seeds expect.
		return res{}, i
	}
	ws := weekStart(p.refDay()).AddDate(0, 0, 7*off)
	from := ws.AddDate(0, 0, 4).Add(18 * time.Hour)
	to := ws.AddDate(0, 0, 7)
	return res{t: from, g: Hour, ok: true, iv: true, from: from, to: to}, j
}

// unitRef reads a month or a year at i: "الشهر" (this month), "الشهر
// المقبل", "هذا الشهر", "العام الماضي", "السنة", or a month name with or
// without a year. It returns the start of the unit and its grain.
func (p *parser) unitRef(i int) (time.Time, Grain, int, bool) {
	k := i
	this := false
	if p.is(k, wHadha, wHadhihi) {
		this = true
		k++
	}
	var g Grain
	switch {
	case p.isF(k, wAlShahr):
		g = Month
	case p.isF(k, wAlAam) || p.isF(k, wAlSana):
		g = Year
	default:
		if this {
			return time.Time{}, 0, i, false
		}
		pd, j, ok := p.dateCore(k)
		if !ok || pd.d != 0 || pd.m == 0 || pd.hijri {
			return time.Time{}, 0, i, false
		}
		r := p.resolveDate(pd, p.dateMode(j))
		if !r.ok {
			return time.Time{}, Month, p.afterMode(j), true
		}
		return r.t, Month, p.afterMode(j), true
	}
	k++
	if g == Year && !this {
		if y, nd, ok := p.num(k); ok && nd == 4 && y >= 1000 && y <= 2999 {
			return p.date(y, 1, 1), Year, k + 1, true
		}
	}
	off := 0
	if !this {
		switch p.modAt(k) {
		case modPast:
			off, k = -1, k+1
		case modNext:
			off, k = 1, k+1
		case modThis:
			if !p.is(k, wHadha, wHadhihi) {
				k++
			}
		}
	}
	r := p.rel(g, off)
	return r.t, g, k, true
}

// edgeOfUnit reads the start or end of a month or year: "نهاية الشهر"
// (days 21 to the end), "بداية الشهر المقبل" (days 1–10), "نهاية العام"
// (September to December), "مطلع العام المقبل" (January to March), the
// intervals assistant-style parsers give. With a month name, بداية and
// نهاية are read by dateCore as the first and last day.
func (p *parser) edgeOfUnit(i int) (res, int) {
	k := i
	if p.isF(k, wFi) {
		k++
	}
	start := false
	if p.isF(k, wMuntasaf) && p.isF(k+1, wAlShahr) {
		t, _, j, ok := p.unitRef(k + 1)
		if !ok {
			return res{}, i
		}
		if t.IsZero() {
			return unresolved(Day), j
		}
		return res{t: t.AddDate(0, 0, 14), g: Day, ok: true}, j
	}
	switch {
	case p.isF(k, wBidaya) || p.isF(k, wMatla) || p.isF(k, wAwail) || p.isF(k, wAwwal):
		start = true
	case p.isF(k, wNihaya) || p.isF(k, wAkhir) || p.isF(k, wAwakhir2):
	default:
		return res{}, i
	}
	if !p.isF(k+1, wAlShahr) && !p.isF(k+1, wAlAam) && !p.isF(k+1, wAlSana) && !p.is(k+1, wHadha, wHadhihi) {
		return res{}, i
	}
	t, g, j, ok := p.unitRef(k + 1)
	if !ok {
		return res{}, i
	}
	ig := Day
	if g == Year {
		ig = Month
	}
	if t.IsZero() {
		return res{g: ig, iv: true}, j
	}
	var from, to time.Time
	switch {
	case g == Month && start:
		from, to = t, t.AddDate(0, 0, 10)
	case g == Month:
		from, to = t.AddDate(0, 0, 20), t.AddDate(0, 1, 0)
	case start:
		from, to = t, t.AddDate(0, 3, 0)
	default:
		from, to = t.AddDate(0, 8, 0), t.AddDate(1, 0, 0)
	}
	return res{t: from, g: ig, ok: true, iv: true, from: from, to: to}, j
}

// nthDay reads "أول يوم من آذار", "آخر يوم في الشهر", "اليوم الأخير من
// السنة", "أول اثنين من آذار", "آخر جمعة من الشهر", "ثالث خميس من نيسان"
// and "الجمعة الأخيرة من آذار": a day counted within a month or a year. A
// weekday with an ordinal that is also a date ("الاثنين الأول من آذار") is
// the weekday when the date falls on another day.
func (p *parser) nthDay(i int) (res, int) {
	k := i
	nth := 0 // 1.., or -1 for the last
	wd := -1 // the weekday, or -1 for any day
	switch {
	case p.isF(k, wAkhir) || p.is(k, wAkhira):
		nth = -1
	case p.toks[k].kind == tWord:
		if v, ord := lk(ordinals, bOrdinal, p.tk(k)); ord && v >= 1 && v <= 5 && p.w(k)[:min(4, len(p.w(k)))] != wAl {
			nth = v
		}
	}
	if nth != 0 {
		// "أول يوم", "آخر جمعة"
		k++
		switch {
		case p.isF(k, wYawm):
		default:
			w, ok := lk(weekdaysBare, bWeekdayBare, p.tk(k))
			if !ok {
				return res{}, i
			}
			wd = w
		}
		k++
	} else {
		// "اليوم الأول", "الجمعة الأخيرة", "الاثنين الأول"
		if p.is(k, wAlYawm) {
		} else if w, ok := p.weekdayAt(k); ok {
			wd = w
		} else {
			return res{}, i
		}
		k++
		switch {
		case p.is(k, wAlAkhir, wAlAkhira, hv17, hv18):
			nth = -1
		default:
			v, j, ord, ok := p.wordNum(k)
			if !ok || !ord || v < 1 || v > 5 || j != k+1 {
				return res{}, i
			}
			nth = v
		}
		k++
	}
	if !p.isF(k, wMin) && !p.isF(k, wFi) {
		return res{}, i
	}
	t, g, j, ok := p.unitRef(k + 1)
	if !ok || wd >= 0 && g != Month {
		return res{}, i
	}
	if t.IsZero() {
		return unresolved(Day), j
	}
	end := add(t, g, 1)
	if wd < 0 {
		if nth == -1 {
			return res{t: end.AddDate(0, 0, -1), g: Day, ok: true}, j
		}
		return res{t: t.AddDate(0, 0, nth-1), g: Day, ok: true}, j
	}
	var d time.Time
	if nth == -1 {
		last := end.AddDate(0, 0, -1)
		d = last.AddDate(0, 0, -((int(last.Weekday()) - wd + 7) % 7))
	} else {
		first := t.AddDate(0, 0, (wd-int(t.Weekday())+7)%7)
		d = first.AddDate(0, 0, 7*(nth-1))
		if !d.Before(end) {
			return res{}, i
		}
	}
	if _, isWd := p.weekdayAt(i); isWd && nth > 0 {
		// "الاثنين الثالث من آذار" is 3 March when that is a Monday.
		if dd := t.AddDate(0, 0, nth-1); int(dd.Weekday()) == wd {
			return res{t: dd, g: Day, ok: true}, j
		}
	}
	return res{t: d, g: Day, ok: true}, j
}

// noon reads "الظهر", "ظهرا", "الظهيرة", "عند الظهر", "وقت الظهيرة": 12:00
// at hour grain.
func (p *parser) noon(i int) (res, int) {
	k := i
	if p.isF(k, wInda) || p.isF(k, wWaqt) || p.isF(k, wFi) {
		k++
	}
	if !p.is(k, wAlDhuhr, wAlDhuhr2, wDhuhran) && !p.isF(k, wAlDhuhr) {
		return res{}, i
	}
	if p.isF(k-1, wBaad) || p.isF(k-1, wQabl) {
		return res{}, i
	}
	return p.resolveClock(clock{h: 12, h24: true}, nil), k + 1
}

// partAlone reads a part of the day that stands without a day or a clock
// time: "بعد الظهر", "في الصباح", "في المساء", "عصرا": an hour interval of
// the reference day.
func (p *parser) partAlone(i int) (res, int) {
	k := i
	pt := partNone
	switch {
	case p.isF(k, wBaad) && p.is(k+1, wAlDhuhr, wAlDhuhr2):
		pt, k = partAfternoon, k+2
	case p.isF(k, wFi) && p.is(k+1, wAlAsr):
		pt, k = partAfternoon, k+2
	case p.isF(k, wFi):
		v, ok := lk(parts, bPart, p.tk(k+1))
		w := p.w(k + 1)
		if !ok || v == partNoon || len(w) < 4 || w[:4] != wAl || w == wLayla || w == hv6 || w == hv5 {
			return res{}, i
		}
		pt, k = v, k+2
	default:
		return res{}, i
	}
	if !p.opt.HasRef {
		return res{g: Hour, iv: true}, k
	}
	rd := p.refDay()
	from, to := partBounds(pt)
	f, t := rd.Add(time.Duration(from)*time.Hour), rd.Add(time.Duration(to)*time.Hour)
	return res{t: f, g: Hour, ok: true, iv: true, from: f, to: t}, k
}

// weekdayRange reads "من الاثنين إلى الجمعة", "من يوم الأحد حتى الخميس":
// the first weekday, then the second on or after it.
func (p *parser) weekdayRange(i int) (res, int) {
	k := i
	if !p.isF(k, wMin) && !p.isF(k, wBayn) {
		return res{}, i
	}
	k++
	if p.isF(k, wYawm) {
		k++
	}
	wd1, ok := p.weekdayAt(k)
	if !ok {
		return res{}, i
	}
	k++
	if !(p.isF(k, wIla) || p.isF(k, wHatta) || p.isF(k, wLighaya) || p.punct(k, "-–") || p.is(k, wWa) && p.isF(i, wBayn)) {
		return res{}, i
	}
	k++
	if p.isF(k, wYawm) {
		k++
	}
	wd2, ok := p.weekdayAt(k)
	if !ok {
		return res{}, i
	}
	k++
	mode := modNone
	if m := p.modAt(k); m == modPast || m == modNext {
		mode, k = m, k+1
	}
	r := p.weekday(wd1, mode)
	if !r.ok {
		return res{g: Day, iv: true}, k
	}
	to := r.t.AddDate(0, 0, (wd2-wd1+7)%7+1)
	return res{t: r.t, g: Day, ok: true, iv: true, from: r.t, to: to}, k
}

// fixedFeast reads "رأس السنة" and "رأس السنة الميلادية": 1 January; and the
// feasts on fixed days ("عيد العمال", "عيد الحب", "عيد الأم").
func (p *parser) fixedFeast(i int) (res, int) {
	var m, d, j int
	switch {
	case p.isF(i, wRas) && p.is(i+1, wAlSana) && !p.is(i+2, hv22):
		m, d, j = 1, 1, i+2
		if p.is(j, wAlMiladi, wAlMiladi2) {
			j++
		}
	case p.isF(i, wEid):
		v, ok := fixedFeasts[p.w(i+1)]
		if !ok {
			return res{}, i
		}
		m, d, j = v[0], v[1], i+2
	default:
		return res{}, i
	}
	y := 0
	if x, nd, ok := p.num(j); ok && nd == 4 && x >= 1000 && x <= 2999 {
		y, j = x, j+1
	} else if yy, h, j2, ok := p.year(j, true); ok && !h {
		y, j = yy, j2
	}
	if y != 0 {
		return res{t: p.date(y, m, d), g: Day, ok: true}, j
	}
	r := p.resolveDate(pdate{m: m, d: d}, modNone)
	if r.ok && p.opt.Dir == Future && r.t.Before(p.refDay()) {
		r.t = r.t.AddDate(1, 0, 0)
	}
	return r, j
}

var (
	wAlAwwal  = n("الأول")
	wAlAwwal2 = n("الاول")
	wSad      = n("ص")
	wAlUla    = n("الأولى")
)

// quarter reads "الربع الأول من العام", "الربع الثالث من عام 2014", "الربع
// الأخير من السنة الماضية": three months, at month grain. "الربع الأول"
// alone is not read (a quarter of anything).
func (p *parser) quarter(i int) (res, int) {
	if !p.is(i, hv32) {
		return res{}, i
	}
	k := i + 1
	q := 0
	if p.is(k, wAlAkhir) {
		q = 4
	} else if v, j, ord, ok := p.wordNum(k); ok && ord && v >= 1 && v <= 4 && j == k+1 {
		q = v
	} else {
		return res{}, i
	}
	k++
	if p.isF(k, wMin) || p.isF(k, wFi) {
		k++
	}
	var t time.Time
	j := k
	if y, h, j2, ok := p.year(k, false); ok && !h {
		t, j = p.date(y, 1, 1), j2
	} else if t2, g, j2, ok := p.unitRef(k); ok && g == Year && j2 > k {
		t, j = t2, j2
		if t.IsZero() {
			return res{g: Month, iv: true}, j
		}
	} else {
		return res{}, i
	}
	from := t.AddDate(0, 3*(q-1), 0)
	return res{t: from, g: Month, ok: true, iv: true, from: from, to: from.AddDate(0, 3, 0)}, j
}
