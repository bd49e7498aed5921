package timex

import (
	"strings"
	"time"
)

// parser holds one run of Find.
type parser struct {
	text string
	toks []tok
	opt  Options
	ref  time.Time
	loc  *time.Location
	// noDur are the spans of mentions whose numbers are not durations
	// ("الساعة 3 و15 دقيقة", "14 شهر شباط").
	noDur [][2]int
}

// w returns the normalized word at i, or "" when i is not a word.
func (p *parser) w(i int) string {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tWord {
		return ""
	}
	return p.toks[i].w
}

// is reports whether the word at i is one of ks (exactly, clitics on).
func (p *parser) is(i int, ks ...string) bool {
	w := p.w(i)
	if w == "" {
		return false
	}
	for _, k := range ks {
		if w == k {
			return true
		}
	}
	return false
}

// isF reports whether the word at i, with or without its clitics, is k.
func (p *parser) isF(i int, k string) bool {
	if uint(i) >= uint(len(p.toks)) {
		return false
	}
	t := &p.toks[i]
	switch t.nf { // 0 for numbers and marks
	case 0:
		return false
	case 1:
		return t.fs[0] == k
	case 2:
		return t.fs[0] == k || t.fs[1] == k
	}
	return t.fs[0] == k || t.fs[1] == k || t.fs[2] == k
}

// tk returns the token at i, or an empty token.
func (p *parser) tk(i int) *tok {
	if i < 0 || i >= len(p.toks) {
		return &noTok
	}
	return &p.toks[i]
}

// num returns the number at i, when it is one.
func (p *parser) num(i int) (int, int, bool) {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tNum {
		return 0, 0, false
	}
	return p.toks[i].n, p.toks[i].nd, true
}

// punct reports whether the token at i is one of the marks rs.
func (p *parser) punct(i int, rs string) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tPunct {
		return false
	}
	for _, r := range rs {
		if p.toks[i].r == r {
			return true
		}
	}
	return false
}

// adjacent reports whether tokens i and i+1 touch (no space between).
func (p *parser) adjacent(i int) bool {
	return i+1 < len(p.toks) && !p.toks[i+1].space
}

// skipComma skips a comma at i.
func (p *parser) skipComma(i int) int {
	if p.punct(i, ",،") {
		return i + 1
	}
	return i
}

// wordNum reads a number written in words (1–99, and مئة) or digits at i,
// returning its value, the index after it and whether it is an ordinal.
func (p *parser) wordNum(i int) (v, j int, ordinal, ok bool) {
	if x, _, ok := p.num(i); ok {
		return x, i + 1, false, true
	}
	w := p.w(i)
	if w == "" {
		return 0, i, false, false
	}
	u, j, ord, ok := p.wordNum1(i)
	if !ok {
		return 0, i, false, false
	}
	if u >= 1 && u <= 9 {
		nw := p.w(j)
		if nw == wAshr || nw == wAshra || nw == "ال"+wAshr || nw == "ال"+wAshra {
			return 10 + u, j + 1, ord, true
		}
		if t, ok := lk(ordinals, bOrdinal, p.tk(j)); ok && t >= 20 && len(nw) > 2 && nw[:2] == wWa {
			return u + t, j + 1, true, true
		}
		if t, ok := lk(cardinals, bCardinal, p.tk(j)); ok && t >= 20 && t < 100 && len(nw) > 2 && nw[:2] == wWa {
			return u + t, j + 1, ord, true
		}
	}
	return u, j, ord, true
}

// wordNum1 reads one number word at i.
func (p *parser) wordNum1(i int) (v, j int, ordinal, ok bool) {
	w := p.w(i)
	if w == "" {
		return 0, i, false, false
	}
	u, ord := lk(ordinals, bOrdinal, p.tk(i))
	if !ord {
		var okc bool
		u, okc = lk(cardinals, bCardinal, p.tk(i))
		if !okc && len(w) > 4 && w[:4] == wAl {
			u, okc = exact(cardinalsAl, bCardinalAl, p.tk(i))
		}
		if !okc || u == 0 {
			return 0, i, false, false
		}
	}
	return u, i + 1, ord, true
}

// dayNum reads a day of the month at i: 1–31 in digits or an ordinal.
func (p *parser) dayNum(i int) (int, int, bool) {
	if x, nd, ok := p.num(i); ok {
		if x >= 1 && x <= 31 && nd <= 2 {
			return x, i + 1, true
		}
		return 0, i, false
	}
	v, j, ord, ok := p.wordNum(i)
	if !ok || !ord || v < 1 || v > 31 {
		return 0, i, false
	}
	return v, j, true
}

// month reads a month name at i (one or two words, "شهر" before it, a
// doubled form "أيلول/سبتمبر" or "أيلول (سبتمبر)" after it, or "شهر 3",
// "الشهر الثامن").
func (p *parser) month(i int) (mi monthInfo, j int, named bool, ok bool) {
	j = i
	if p.isF(j, wShahr) {
		named = true
		j++
		if x, nd, ok := p.num(j); ok && x >= 1 && x <= 12 && nd <= 2 {
			return monthInfo{m: x}, j + 1, true, true
		}
		if v, k, _, ok := p.wordNum(j); ok && v >= 1 && v <= 12 {
			if _, k2 := p.monthName(j); k2 == j {
				return monthInfo{m: v}, k, true, true
			}
		}
	} else if p.isF(j, wAlShahr) {
		if v, k, ord, ok := p.wordNum(j + 1); ok && ord && v >= 1 && v <= 12 {
			return monthInfo{m: v}, k, true, true
		}
		return mi, i, false, false
	}
	mi, k := p.monthName(j)
	if k == j {
		return mi, i, false, false
	}
	// A doubled name: "أيلول/سبتمبر", "أيلول (سبتمبر)", "أيلول - سبتمبر".
	if p.punct(k, "/(-–") {
		if m2, k2 := p.monthName(k + 1); k2 > k+1 && m2.m == mi.m && m2.hijri == mi.hijri {
			k = k2
			if p.punct(k, ")") && p.punct(k-2, "(") || p.punct(k, ")") {
				k++
			}
		}
	}
	return mi, k, named, true
}

// monthName reads a bare month name at i, returning the index after it
// (i when there is none).
func (p *parser) monthName(i int) (monthInfo, int) {
	w := p.w(i)
	if w == "" {
		return monthInfo{}, i
	}
	if m2, ok := lk(months2, bMonth2, p.tk(i)); ok {
		if mi, ok := m2[p.w(i+1)]; ok {
			return mi, i + 2
		}
	}
	t := &p.toks[i]
	if t.any&bMonth == 0 {
		return monthInfo{}, i
	}
	for f := range t.nf {
		if t.hit[f]&bMonth == 0 {
			continue
		}
		fw := t.fs[f]
		conj := f == 1 && len(w) > 2 && (w[:2] == wWa || w[:2] == wFa)
		if f > 0 && !conj && len(fw) <= 6 {
			// A name of up to three letters takes no ب، ل، ك: "باب" is a
			// door, "لاب" a laptop, "بصفر" "with zero".
			return monthInfo{}, i
		}
		mi := months[fw]
		if fw == wAb {
			// آب with madda is August; written أب it is "father", إب a
			// city in Yemen; without a hamza it is weak.
			raw := p.text[t.s:t.e]
			switch {
			case t.madda:
			case strings.ContainsAny(raw, "أإ"):
				return monthInfo{}, i
			default:
				mi.weak = true
			}
		}
		return mi, i + 1
	}
	return monthInfo{}, i
}

// year reads a year at i: 4 digits (or 3–4 with a Hijri mark after them),
// optionally after عام/سنة, with هـ or م after it.
func (p *parser) year(i int, needPrefix bool) (y int, hijri bool, j int, ok bool) {
	j = i
	pre := false
	if p.isF(j, wMin) && (p.isF(j+1, wAam) || p.isF(j+1, wSana) || p.is(j+1, wAlAam, wAlSana)) {
		j++
	}
	if p.isF(j, wAam) || p.isF(j, wSana) || p.isF(j, wAlAam) || p.isF(j, wAlSana) {
		j++
		pre = true
	}
	if needPrefix && !pre {
		return 0, false, i, false
	}
	x, nd, okn := p.num(j)
	paren := false
	if !okn && pre && p.punct(j, "(") {
		// "عام (1948)", "سنة ( 1935 ) م", "عام (1325) هجري"
		x, nd, okn = p.num(j + 1)
		j++
		paren = true
	}
	if !okn || nd < 3 || nd > 4 {
		return 0, false, i, false
	}
	j++
	mark := 0 // 1 Hijri, 2 Gregorian
	if p.is(j, wHijri1, wHijri2, wHijri3, wHijri4) {
		mark, j = 1, j+1
	} else if p.is(j, wMiladi1, wMiladi2, wMiladi3) {
		mark, j = 2, j+1
	}
	if paren {
		if !p.punct(j, ")") {
			return 0, false, i, false
		}
		j++
		if mark == 0 && p.is(j, wHijri1, wHijri2, wHijri3, wHijri4) {
			mark, j = 1, j+1
		} else if mark == 0 && p.is(j, wMiladi1, wMiladi2, wMiladi3) {
			mark, j = 2, j+1
		}
	}
	if mark == 1 {
		return x, true, j, x >= 1 && x <= 1600
	}
	if nd != 4 || x < 1000 || x > 2999 {
		return 0, false, i, false
	}
	return x, false, j, true
}

// pdate is a calendar date with some fields missing.
type pdate struct {
	y, m, d int
	hijri   bool
	weak    bool // the month name is also an ordinary word and stands alone
}

// dateCore reads a date at i: day and month with or without a year, month
// and year, a month alone, or a numeric date.
func (p *parser) dateCore(i int) (pdate, int, bool) {
	if uint(i) >= uint(len(p.toks)) {
		return pdate{}, i, false
	}
	// Several rules read a date at the same token: remember the answer.
	m := &p.toks[i].dc
	if !m.done {
		pd, j, ok := p.dateCore1(i)
		*m = dcMemo{pd: pd, j: j, ok: ok, done: true}
	}
	return m.pd, m.j, m.ok
}

// dcMemo is dateCore's answer at a token.
type dcMemo struct {
	pd       pdate
	j        int
	ok, done bool
}

func (p *parser) dateCore1(i int) (pd pdate, j int, ok bool) {
	// "اليوم الثالث من اكتوبر"
	k := i
	if p.is(k, wAlYawm) || p.isF(k, wFi) && p.is(k+1, wAlYawm) {
		if p.isF(k, wFi) {
			k++
		}
		if _, k2, ok := p.dayNum(k + 1); ok && k2 > k+1 {
			k++
		}
	}
	if p.isF(k, wFi) && !p.isF(k+1, wFi) {
		if _, _, ok := p.dayNum(k + 1); ok && (p.is(k+1, wAwwal) || p.isF(k+1, wAwwal)) {
			k++
		}
	}
	// Numeric dates.
	if pd, j, ok := p.numeric(k); ok {
		return pd, j, true
	}
	// Start, middle and end of a month.
	if p.isF(k, wMuntasaf) || p.isF(k, wNus) || p.isF(k, wNisf) || p.isF(k, wBidaya) || p.isF(k, wMatla) || p.isF(k, wNihaya) {
		if mi, k2, _, ok := p.month(k + 1); ok {
			pd = pdate{m: mi.m, hijri: mi.hijri}
			switch {
			case p.isF(k, wBidaya) || p.isF(k, wMatla):
				pd.d = 1
			case p.isF(k, wNihaya):
				pd.d = -1
			default:
				pd.d = 15
			}
			if y, h, k3, ok := p.year(k2, false); ok && h == mi.hijri {
				pd.y, k2 = y, k3
			}
			return pd, k2, true
		}
	}
	if d, k2, ok := p.dayNum(k); ok {
		k3 := k2
		if p.isF(k3, wMin) {
			k3++
		}
		if mi, k4, named, ok := p.month(k3); ok {
			pd = pdate{m: mi.m, d: d, hijri: mi.hijri}
			_ = named
			if y, h, k5, ok := p.year(k4, false); ok && (h == mi.hijri || mi.hijri && !h && y > 1300 && y < 1600) {
				pd.y, k4 = y, k5
				if mi.hijri && !h && y > 1800 {
					return pd, i, false
				}
			} else if p.isF(k4, wMin) && p.is(k4+1, wHadha, wHadhihi) && p.isF(k4+2, wAlShahr) {
				k4 += 3
			}
			if mi.hijri && pd.y == 0 && !named && p.toks[k3].kind == tWord && p.w(k3) == hv30 {
				return pd, i, false
			}
			return pd, k4, true
		}
		return pd, i, false
	}
	if mi, k2, named, ok := p.month(k); ok {
		pd = pdate{m: mi.m, hijri: mi.hijri}
		if y, h, k3, ok := p.year(k2, false); ok && (h == mi.hijri || mi.hijri && !h && y > 1300 && y < 1600) {
			pd.y = y
			return pd, k3, true
		}
		if (mi.weak || mi.hijri) && !named {
			// "رمضان المقبل", "من يناير إلى مارس": a modifier or a range
			// says it is the month.
			if m := p.modAt(k2); m == modPast || m == modNext {
				return pd, k2, true
			}
			if p.isF(k-1, wIla) || p.isF(k-1, wHatta) || p.isF(k-1, wLighaya) {
				return pd, k2, true
			}
			return pd, i, false
		}
		return pd, k2, true
	}
	return pd, i, false
}

// numeric reads 5/9/2017, 2017-09-05, 5.9.2017, 2/2013 and, after a
// weekday, 21/09.
func (p *parser) numeric(i int) (pdate, int, bool) {
	a, na, ok := p.num(i)
	if !ok || !p.punct(i+1, "/-.") {
		return pdate{}, i, false
	}
	if !p.adjacent(i) || !p.adjacent(i+1) {
		return p.spacedNumeric(i)
	}
	sep := p.toks[i+1].r
	b, nb, ok := p.num(i + 2)
	if !ok {
		return pdate{}, i, false
	}
	if p.adjacent(i+2) && p.punct(i+3, string(sep)) && p.adjacent(i+3) {
		c, nc, ok := p.num(i + 4)
		if !ok || p.adjacent(i+4) && (p.punct(i+5, "/-.:") && i+6 < len(p.toks) && p.toks[i+6].kind == tNum) {
			return pdate{}, i, false
		}
		var y, m, d int
		switch {
		case na == 4 && nb <= 2 && nc <= 2:
			y, m, d = a, b, c
		case nc == 4 && na <= 2 && nb <= 2:
			d, m, y = a, b, c
			if m > 12 && d <= 12 {
				d, m = m, d
			}
		case nc == 2 && na <= 2 && nb <= 2 && sep != '.':
			d, m, y = a, b, 2000+c
			if c >= 50 {
				y = 1900 + c
			}
		default:
			return pdate{}, i, false
		}
		if _, ok := mkdate(y, m, d); !ok {
			return pdate{}, i, false
		}
		return pdate{y: y, m: m, d: d}, i + 5, true
	}
	if sep == '.' {
		return pdate{}, i, false
	}
	// month/year
	if na <= 2 && a >= 1 && a <= 12 && nb == 4 && b >= 1000 && b <= 2999 {
		return pdate{y: b, m: a}, i + 3, true
	}
	// day/month only after a weekday or يوم.
	if na <= 2 && nb <= 2 && a >= 1 && a <= 31 && b >= 1 && b <= 12 {
		k := i - 1
		if p.punct(k, ",،") {
			k--
		}
		if _, ok := lk(weekdays, bWeekday, p.tk(k)); ok || p.isF(k, wYawm) {
			return pdate{m: b, d: a}, i + 3, true
		}
	}
	return pdate{}, i, false
}

// spacedNumeric reads a numeric date written with spaces around its
// separators, "15 / 1 / 1959", "( 8 / 11 / 1943 )": only day, month and a
// four-digit year, or year, month and day, with the same separator (/ or -)
// twice.
func (p *parser) spacedNumeric(i int) (pdate, int, bool) {
	if !p.punct(i+1, "/-") || !p.punct(i+3, string(p.toks[i+1].r)) {
		return pdate{}, i, false
	}
	a, na, _ := p.num(i)
	b, nb, ok1 := p.num(i + 2)
	c, nc, ok2 := p.num(i + 4)
	if !ok1 || !ok2 || nb > 2 || p.punct(i+5, "/-.:") && i+6 < len(p.toks) && p.toks[i+6].kind == tNum {
		return pdate{}, i, false
	}
	var y, m, d int
	switch {
	case nc == 4 && na <= 2:
		d, m, y = a, b, c
		if m > 12 && d <= 12 {
			d, m = m, d
		}
	case na == 4 && nc <= 2:
		y, m, d = a, b, c
	default:
		return pdate{}, i, false
	}
	if _, ok := mkdate(y, m, d); !ok {
		return pdate{}, i, false
	}
	return pdate{y: y, m: m, d: d}, i + 5, true
}

func mkdate(y, m, d int) (time.Time, bool) {
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1 || y > 9999 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t, t.Day() == d
}
