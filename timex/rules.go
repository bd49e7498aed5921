package timex

import (
	"strings"
	"time"
)

// exprs finds the date and time mentions, longest first at each token.
func (p *parser) exprs() []Expr {
	out := []Expr{}
	for i := 0; i < len(p.toks); {
		r, j := p.best(i)
		if j <= i {
			i++
			continue
		}
		if !r.durOK {
			p.noDur = append(p.noDur, [2]int{p.toks[i].s, p.toks[j-1].e})
		}
		e := Expr{Start: p.toks[i].s, End: p.toks[j-1].e, Grain: r.g, Resolved: r.ok, yearless: r.yearless && !r.ok}
		if r.ok {
			e.Value = r.t
			if r.iv {
				e.Interval, e.From, e.To = true, r.from, r.to
				e.Value = r.from
			}
		} else if r.iv {
			e.Interval = true
		}
		out = append(out, e)
		i = j
	}
	return out
}

type rule func(p *parser, i int) (res, int)

// ruleStart is a rule and the tokens it may start at: a number (num), a
// word in one of the lexicons lex (b… bits), or one of the words.
type ruleStart struct {
	fn    rule
	num   bool
	lex   uint32
	words string // space-separated, as written; folded when the table is built
}

// Words that may begin a date (dateCore), a day (day) and a clock time.
const (
	dateWords  = "اليوم في منتصف نص نصف بداية مطلع نهاية شهر الشهر"
	dayWords   = dateWords + " يوم هذا هذه أول قبل بعد"
	clockWords = "في عند حوالي بحدود قرابة نحو تمام الساعة منتصف"
	dateLex    = bOrdinal | bMonth | bMonth2
	dayLex     = dateLex | bWeekday | bWeekdayBare | bRelDay
)

// rules are tried in order at each token; the longest mention wins, the
// earlier rule on a tie.
var rules = []ruleStart{
	{fn: (*parser).nthDay, lex: bOrdinal | bWeekday, words: "آخر آخرة اليوم"},
	{fn: (*parser).weekdayRange, words: "من بين"},
	{fn: (*parser).rangeRule, num: true, lex: dateLex, words: "من بين عامي سنتي العامين " + dateWords},
	{fn: (*parser).dayTime, num: true, lex: dayLex | bPart, words: dayWords},
	{fn: (*parser).timeFirst, num: true, lex: bOrdinal | bCardinal, words: "من بين " + clockWords},
	{fn: (*parser).relDuration, words: "منذ قبل بعد خلال غضون في"},
	{fn: (*parser).yearRule, num: true, words: "من عام سنة العام السنة في منذ حتى"},
	{fn: (*parser).relUnit, words: "خلال هذا هذه الأسبوع الاسبوع الشهر العام السنة"},
	{fn: (*parser).lastN, lex: bUnit | bUnitAl, words: "خلال في آخر"},
	{fn: (*parser).now, words: "الآن الان حالا في"},
	{fn: (*parser).until, words: "حتى لغاية"},
	{fn: (*parser).holiday, words: "عيد رأس رمضان"},
	{fn: (*parser).tonight, lex: bPart, words: "هذا هذه"},
	{fn: (*parser).partOfMonth, words: "في أوائل أواسط أواخر"},
	{fn: (*parser).weekend, words: "عطلة إجازة نهاية آخر"},
	{fn: (*parser).edgeOfUnit, words: "في بداية مطلع أوائل أول نهاية آخر أواخر منتصف"},
	{fn: (*parser).noon, lex: bPart, words: "عند وقت في"},
	{fn: (*parser).partAlone, words: "بعد في"},
	{fn: (*parser).fixedFeast, words: "رأس عيد"},
	{fn: (*parser).quarter, words: "الربع"},
}

// numRules are the rules that may start at a number.
var numRules = func() uint32 {
	var m uint32
	for i, r := range rules {
		if r.num {
			m |= 1 << i
		}
	}
	return m
}()

// best returns the longest mention starting at token i.
func (p *parser) best(i int) (res, int) {
	t := &p.toks[i]
	if t.kind == tPunct || t.kind == tWord && (!t.trig || t.weak && !p.strongNext(i)) {
		return res{}, i
	}
	mask := t.rules
	if t.kind == tNum {
		mask = numRules
	}
	var best res
	bj := i
	for k := range rules {
		if mask&(1<<k) == 0 {
			continue
		}
		v, j := rules[k].fn(p, i)
		if j > bj {
			best, bj = v, j
		}
	}
	return best, bj
}

// strongNext reports whether the token after i is a number or a word a
// mention may start with.
func (p *parser) strongNext(i int) bool {
	if i+1 >= len(p.toks) {
		return false
	}
	t := &p.toks[i+1]
	return t.kind == tNum || t.kind == tWord && t.trig
}

// ---- days ----

// modAt returns the modifier at i (الماضي، المقبل، الحالي …).
func (p *parser) modAt(i int) int {
	m, _ := lk(modifiers, bModifier, p.tk(i))
	return m
}

// weekRel reads "الأسبوع الماضي", "هذا الأسبوع" at i: the offset in weeks.
func (p *parser) weekRel(i int) (int, int, bool) {
	if (p.is(i, wHadha) || p.isF(i, wHadha)) && p.isWeek(i+1) {
		return 0, i + 2, true
	}
	if p.isWeek(i) {
		switch p.modAt(i + 1) {
		case modPast:
			return -1, i + 2, true
		case modNext:
			return 1, i + 2, true
		case modThis:
			return 0, i + 2, true
		}
	}
	return 0, i, false
}

func (p *parser) isWeek(i int) bool { return p.isF(i, wAlUsbu) || p.isF(i, wAlUsbu2) }

// weekdayAt reads a weekday name at i (not الأحد عشر).
func (p *parser) weekdayAt(i int) (int, bool) {
	wd, ok := lk(weekdays, bWeekday, p.tk(i))
	if !ok {
		return 0, false
	}
	if wd == 0 && (p.is(i+1, wAshr, wAshra)) {
		return 0, false
	}
	return wd, true
}

// day reads a day at i: a weekday, a relative day or a calendar date.
func (p *parser) day(i int) (res, int) {
	k := i
	if p.isF(k, wYawm) {
		if _, _, ok := p.num(k + 1); ok {
			if pd, _, ok := p.dateCore(k + 1); ok && pd.d != 0 {
				k++
			}
		} else if _, ok := p.weekdayAt(k + 1); ok {
			k++
		} else if _, ok := lk(relDays, bRelDay, p.tk(k+1)); ok || p.is(k+1, wQabl, wBaad) {
			k++
		}
	}
	if p.isF(k, wFi) && p.is(k+1, wHadha) && p.is(k+2, wAlYawm) {
		return p.rel(Day, 0), k + 3
	}
	if p.is(k, wHadha, wHadhihi) {
		if wd, ok := p.weekdayAt(k + 1); ok {
			return p.weekday(wd, modNone), k + 2
		}
	}
	if wd, ok := p.weekdayAt(k); ok {
		k++
		k2 := p.skipComma(k)
		if p.is(k2, wMuwafiq) {
			k2++
		}
		if p.isF(k2, wFi) {
			k2++
		}
		if pd, j, ok := p.dateCore(k2); ok && (pd.d != 0 || pd.y != 0 && pd.m != 0) {
			return p.resolveDate(pd, p.dateMode(j)), p.afterMode(j)
		}
		// "السبت السادس عشر", "الثلاثاء التاسع عشر من هذا الشهر"
		if p.toks[min(k, len(p.toks)-1)].kind == tWord && k < len(p.toks) {
			if d, j, ok := p.dayNum(k); ok {
				off, j2 := 0, j
				if p.isF(j, wMin) && p.is(j+1, wHadha) && p.isF(j+2, wAlShahr) {
					j2 = j + 3
				} else if p.isF(j, wMin) && p.isF(j+1, wAlShahr) {
					switch p.modAt(j + 2) {
					case modThis:
						j2 = j + 3
					case modNext:
						off, j2 = 1, j+3
					case modPast:
						off, j2 = -1, j+3
					}
				}
				if j2 > j || off == 0 {
					if !p.opt.HasRef {
						return unresolved(Day), j2
					}
					if j2 > j {
						m := p.rel(Month, off).t
						t, ok := mkdate(m.Year(), int(m.Month()), d)
						if !ok {
							return res{}, i
						}
						return res{t: p.date(t.Year(), int(t.Month()), t.Day()), g: Day, ok: true}, j2
					}
					return p.dayOfMonth(d), j2
				}
			}
		}
		if m := p.modAt(k); m == modPast || m == modNext {
			return p.weekday(wd, m), k + 1
		}
		// "الجمعة بعد القادمة": a week after the next one.
		if p.isF(k, wBaad) && p.modAt(k+1) == modNext {
			r := p.weekday(wd, modNext)
			if r.ok {
				r.t = r.t.AddDate(0, 0, 7)
			}
			return r, k + 2
		}
		kk := k
		if p.isF(kk, wMin) {
			kk++
		}
		if off, j, ok := p.weekRel(kk); ok {
			return p.weekInWeek(wd, off), j
		}
		if p.opt.Dir == Past && p.futureCue(i) {
			return p.weekday(wd, modSoon), k
		}
		return p.weekday(wd, modNone), k
	}
	if wd, ok := lk(weekdaysBare, bWeekdayBare, p.tk(k)); ok {
		kk := k + 1
		if p.isF(kk, wMin) {
			kk++
		}
		if off, j, ok := p.weekRel(kk); ok {
			return p.weekInWeek(wd, off), j
		}
	}
	pd, jd, okd := p.dateCore(k)
	if r, j, ok := p.relDay(k); ok && (!okd || j >= jd) {
		if _, ok := p.weekdayAt(j); ok {
			j++
		}
		return r, j
	}
	if okd {
		return p.resolveDate(pd, p.dateMode(jd)), p.afterMode(jd)
	}
	return res{}, i
}

// dayOfMonth resolves a day of the month without a month: the month
// before, of or after the reference, by the direction.
func (p *parser) dayOfMonth(d int) res {
	rd := p.refDay()
	var best time.Time
	for off := -1; off <= 1; off++ {
		m := truncate(rd, Month).AddDate(0, off, 0)
		t, ok := mkdate(m.Year(), int(m.Month()), d)
		if !ok {
			continue
		}
		c := p.date(t.Year(), int(t.Month()), t.Day())
		switch {
		case p.opt.Dir == Future:
			if !c.Before(rd) && (best.IsZero() || c.Before(best)) {
				best = c
			}
		default:
			if best.IsZero() || absDur(c.Sub(rd)) < absDur(best.Sub(rd)) {
				best = c
			}
		}
	}
	if best.IsZero() {
		return res{}
	}
	return res{t: best, g: Day, ok: true}
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// dateMode returns the modifier after a date (الماضي، المقبل).
func (p *parser) dateMode(j int) int {
	if m := p.modAt(j); m == modPast || m == modNext {
		return m
	}
	return modNone
}

func (p *parser) afterMode(j int) int {
	if p.dateMode(j) != modNone {
		return j + 1
	}
	return j
}

func (p *parser) weekInWeek(wd, off int) res {
	if !p.opt.HasRef {
		return unresolved(Day)
	}
	ws := weekStart(p.refDay()).AddDate(0, 0, 7*off)
	return res{t: ws.AddDate(0, 0, (wd+6)%7), g: Day, ok: true}
}

// relDay reads اليوم، أمس، غدا، أول أمس، بعد غد and their variants.
func (p *parser) relDay(i int) (res, int, bool) {
	k := i
	lead := false
	if p.is(k, wAlYawm) {
		switch {
		case p.is(k+1, wAlladhi, wElli) && p.is(k+2, wBaad, wQabl):
			k += 2
			lead = true
		case p.is(k+1, wAlQabl):
			k++
			lead = true
			return p.relAfter(i, k, -2)
		case p.is(k+1, wTali, wTalia):
			return res{}, i, false
		case p.modAt(k+1) == modPast:
			return p.rel(Day, -1), k + 2, true
		}
	}
	_ = lead
	switch {
	case p.isF(k, wAwwal) && (p.isF(k+1, wAmsi) || p.is(k+1, wBariha)):
		return p.rel(Day, -2), k + 2, true
	case p.isF(k, wAwwal) && p.is(k+1, wMin) && (p.isF(k+2, wAmsi) || p.is(k+2, wBariha)):
		return p.rel(Day, -2), k + 3, true
	case p.isF(k, wQabl):
		return p.relAfter(i, k, -2)
	case p.isF(k, wBaad):
		if p.isF(k+1, wGhad) || p.is(k+1, wAlGhad) || p.isF(k+1, wBukra) || p.isF(k+1, wBukra2) {
			return p.rel(Day, 2), k + 2, true
		}
		return res{}, i, false
	}
	w := p.w(k)
	off, ok := lk(relDays, bRelDay, p.tk(k))
	if !ok {
		return res{}, i, false
	}
	if off == -1 && p.is(k+1, wAlAwwal, wAlAwwal2) {
		// "أمس الأول": the day before yesterday.
		return p.rel(Day, -2), k + 2, true
	}
	if w == wAlGhad || w == wGhad {
		if !p.isF(k-1, wYawm) && !p.isF(k-1, wBaad) && k == i {
			if _, isPart := lk(parts, bPart, p.tk(k-1)); !isPart {
				return res{}, i, false
			}
		}
	}
	return p.rel(Day, off), k + 1, true
}

func (p *parser) relAfter(i, k, off int) (res, int, bool) {
	if p.isF(k+1, wAmsi) || p.is(k+1, wBariha) || p.isF(k+1, hv0) {
		return p.rel(Day, off), k + 2, true
	}
	return res{}, i, false
}

// dayTime reads a day with a part of the day before it and a clock time
// or a range of times after it.
func (p *parser) dayTime(i int) (res, int) {
	k := i
	pre := partNone // a part of the day before the day
	if p.isF(k, wBaad) && p.is(k+1, hv11) {
		// "بعد ظهر اليوم"
		if _, j := p.day(k + 2); j > k+2 {
			k += 2
			pre = partAfternoon
		}
	}
	if pt, ok := lk(parts, bPart, p.tk(k)); ok && pt != partNone && !p.is(k, wLayla) && pre == partNone {
		if _, j := p.day(k + 1); j > k+1 {
			k++
			pre = pt
		}
	}
	d, j := p.day(k)
	if j <= k {
		return res{}, i
	}
	if d.g != Day {
		return d, j
	}
	k2 := p.skipComma(j)
	if p.isF(k2, wInda) || p.isF(k2, wFi) {
		k2++
	}
	if r, j2, ok := p.timeRange(k2, &d); ok {
		return r, j2
	}
	if c, j2, ok := p.clock(k2, false); ok {
		// "مساء الجمعة الساعة 8": the part before the day says pm.
		if c.part == partNone && pre != partNone {
			c.part = pre
		}
		return p.resolveClock(c, &d), j2
	}
	if pre != partNone {
		return p.partOfDay(d, pre), j
	}
	// "غدا صباحا", "الجمعة مساء".
	if pt, ok := exact(parts, bPart, p.tk(j)); ok && pt != partNone && !p.is(j, wLayla) {
		if w := p.w(j); len(w) < 4 || w[:4] != wAl {
			if _, j2 := p.day(j + 1); j2 == j+1 {
				return p.partOfDay(d, pt), j + 1
			}
		}
	}
	return d, j
}

// partOfDay narrows day d to a part of the day: in the Future direction
// the hours of the part (as assistant-style parsers give "yesterday
// evening"), at hour grain; in the Past direction (news) the day itself.
func (p *parser) partOfDay(d res, pt int) res {
	if p.opt.Dir != Future || d.iv {
		return d
	}
	if !d.ok {
		return res{g: Hour, iv: true, yearless: d.yearless}
	}
	from, to := partBounds(pt)
	t := d.t
	f := time.Date(t.Year(), t.Month(), t.Day(), from, 0, 0, 0, p.loc)
	e := time.Date(t.Year(), t.Month(), t.Day(), to, 0, 0, 0, p.loc)
	return res{t: f, g: Hour, ok: true, iv: true, from: f, to: e}
}

// timeFirst reads a clock time, optionally followed by a day.
func (p *parser) timeFirst(i int) (res, int) {
	if r, j, ok := p.timeRange(i, nil); ok {
		return r, j
	}
	c, j, ok := p.clock(i, false)
	if !ok {
		return res{}, i
	}
	k := p.skipComma(j)
	if p.isF(k, wMin) || p.isF(k, wFi) {
		k++
	}
	if pt, ok := lk(parts, bPart, p.tk(k)); ok && pt != partNone {
		if d, j2 := p.day(k + 1); j2 > k+1 && d.g == Day {
			if c.part == partNone {
				c.part = pt
			}
			return p.resolveClock(c, &d), j2
		}
	}
	if d, j2 := p.day(k); j2 > k && d.g == Day && !p.is(k, wAlYawm) || j2 > k && p.is(k, wAlYawm) && p.modAt(k+1) == modNone {
		return p.resolveClock(c, &d), j2
	}
	return p.resolveClock(c, nil), j
}

// tonight reads الليلة and هذه الليلة/هذا المساء/هذا الصباح: an interval of
// hours on the reference day.
func (p *parser) tonight(i int) (res, int) {
	k := i
	if p.is(k, wHadha, wHadhihi) {
		k++
	}
	pt, ok := lk(parts, bPart, p.tk(k))
	if !ok || (k == i && !p.is(k, wLayla)) {
		return res{}, i
	}
	w := p.w(k)
	if len(w) < 4 || w[:4] != wAl {
		return res{}, i
	}
	if c, j, ok := p.clock(k+1, false); ok {
		// "الليلة الساعة 10": that time on the reference day.
		if c.part == partNone {
			c.part = pt
		}
		if !p.opt.HasRef {
			return unresolved(Hour), j
		}
		d := res{t: p.refDay(), g: Day, ok: true}
		return p.resolveClock(c, &d), j
	}
	if !p.opt.HasRef {
		return res{g: Hour, iv: true}, k + 1
	}
	rd := p.refDay()
	from, to := partBounds(pt)
	f, t := rd.Add(time.Duration(from)*time.Hour), rd.Add(time.Duration(to)*time.Hour)
	return res{t: f, g: Hour, ok: true, iv: true, from: f, to: t}, k + 1
}

// partBounds gives the hours of a part of the day: dawn 4–6, morning 4–12,
// noon 12–14, afternoon 12–19, evening and night 18–24.
func partBounds(pt int) (int, int) {
	switch pt {
	case partDawn:
		return 4, 6
	case partMorning, partBeforeNoon:
		return 4, 12
	case partNoon:
		return 12, 14
	case partAfternoon:
		return 12, 19
	}
	return 18, 24
}

// ---- clock times ----

type clock struct {
	h, m, s    int
	hasM, hasS bool
	part       int
	h24        bool
	zone       int
	hasZone    bool
}

// clock reads a time of day at i. loose accepts a bare hour (the second
// end of a range).
func (p *parser) clock(i int, loose bool) (clock, int, bool) {
	var c clock
	k := i
	if p.isF(k, wFi) && p.isF(k+1, wTamam) {
		k++
	}
	if p.isF(k, wInda) || p.isF(k, wHawali) || p.isF(k, wBihudud) || p.isF(k, wQuraba) || p.isF(k, wNahw) {
		k++
	}
	if p.isF(k, wTamam) {
		k++
	}
	saa := false
	if p.isF(k, wSaa) {
		saa = true
		k++
	}
	// منتصف الليل، منتصف النهار
	if (p.is(k, wMuntasaf) || saa && p.isF(k, wMuntasaf)) && (p.is(k+1, wLayl) || p.is(k+1, wNahar)) {
		if p.is(k+1, wLayl) {
			c.h, c.h24 = 0, true
		} else {
			c.h, c.h24 = 12, true
		}
		return p.clockTail(c, k+2)
	}
	strong := saa || loose
	if h, nd, ok := p.num(k); ok {
		if nd > 2 || h > 24 {
			return c, i, false
		}
		c.h = h
		c.h24 = h > 12 || h == 0 || nd == 2 && h < 10
		k++
		if p.adjacent(k-1) && p.punct(k, ":") && p.adjacent(k) {
			m, nd2, ok := p.num(k + 1)
			if !ok || nd2 != 2 || m > 59 {
				return c, i, false
			}
			c.m, c.hasM = m, true
			k += 2
			strong = true
			if p.adjacent(k-1) && p.punct(k, ":") && p.adjacent(k) {
				if s, nd3, ok := p.num(k + 1); ok && nd3 == 2 && s <= 59 {
					c.s, c.hasS = s, true
					k += 2
				}
			}
		}
	} else {
		v, j, ord, ok := p.wordNum(k)
		if ok && v > 12 {
			v, j, ord, ok = p.wordNum1(k)
		}
		if !ok || v < 1 || v > 12 {
			return c, i, false
		}
		if !saa && !loose && !ord {
			return c, i, false
		}
		if !saa && !loose {
			w := p.w(k)
			if len(w) < 4 || w[:4] != wAl && !(len(w) > 6 && w[2:6] == wAl) {
				return c, i, false
			}
		}
		c.h = v
		k = j
	}
	// Minutes: و نصف/ربع/ثلث، و 18 دقيقة، إلا ربعا.
	if !c.hasM {
		k = p.minutes(&c, k)
	}
	c2, j, ok := p.clockTail(c, k)
	if !ok {
		return c, i, false
	}
	if c2.part == partNone && j == k {
		// "3 ص", "الساعة 3 م": the abbreviations of صباحا and مساء; a
		// lone "م" needs الساعة or minutes (it is also metres).
		switch {
		case p.is(k, wSad):
			c2.part, j = partMorning, k+1
		case p.is(k, wMiladi1) && (saa || c.hasM):
			c2.part, j = partEvening, k+1
		}
	}
	if !strong && c2.part == partNone && !c2.hasM && !c2.hasZone {
		k2 := j
		if p.isF(k2, wMin) {
			k2++
		}
		if pt, ok := lk(parts, bPart, p.tk(k2)); !ok || pt == partNone || p.w(i) == "" || p.is(i, wAlUla) {
			return c, i, false
		}
	}
	return c2, j, true
}

func (p *parser) minutes(c *clock, k int) int {
	w := p.w(k)
	if w == wWa && k+1 < len(p.toks) {
		if x, nd, ok := p.num(k + 1); ok && x < 60 && nd <= 2 {
			// "الساعة 3 و15 دقيقة", "الساعة 3 و45"; "بين الساعة 3 و5" is a range.
			unit := p.isF(k+2, wDaqiqa) || p.isF(k+2, wDaqaiq)
			if !unit && nd < 2 {
				return k
			}
			c.m, c.hasM = x, true
			k += 2
			if unit {
				k++
			}
			return k
		}
		return k
	}
	if len(w) > 2 && w[:2] == wWa {
		if f, ok := afterWa(fractions, bFraction, p.tk(k)); ok {
			c.m, c.hasM = int(f*60+0.5), true
			return k + 1
		}
		if v, j, _, ok := p.wordNum(k); ok && v < 60 {
			c.m, c.hasM = v, true
			if p.isF(j, wDaqiqa) || p.isF(j, wDaqaiq) {
				j++
			}
			return j
		}
		return k
	}
	if w == wIlla || w == hv1 {
		if f, ok := exact(fractions, bFraction, p.tk(k+1)); ok {
			c.h--
			c.m, c.hasM = 60-int(f*60+0.5), true
			return k + 2
		}
		if v, j, _, ok := p.wordNum(k + 1); ok && v < 60 && v > 0 {
			c.h--
			c.m, c.hasM = 60-v, true
			if p.isF(j, wDaqiqa) || p.isF(j, wDaqaiq) {
				j++
			}
			return j
		}
	}
	return k
}

// clockTail reads a part of the day and a time zone after a clock time.
func (p *parser) clockTail(c clock, k int) (clock, int, bool) {
	if pt, j := p.partAfter(k); j > k {
		c.part, k = pt, j
	}
	if p.isF(k, wTawqit) {
		if off, ok := lk(zones, bZone, p.tk(k+1)); ok {
			c.zone, c.hasZone = off, true
			k += 2
			if _, ok := lk(zones, bZone, p.tk(k)); ok {
				k++
			}
		} else if p.toks[min(k+1, len(p.toks)-1)].kind == tWord {
			k += 2
		}
	}
	return c, k, true
}

// partAfter reads a part of the day after a clock time.
func (p *parser) partAfter(k int) (int, int) {
	switch {
	case p.isF(k, wBaad) && p.is(k+1, wMuntasaf) && p.is(k+2, wLayl):
		return partDawn, k + 3
	case p.isF(k, wBaad) && p.is(k+1, hv2, hv3, hv4):
		return partAfternoon, k + 2
	case p.isF(k, wBaad) && p.is(k+1, hv5, hv6):
		return partEvening, k + 2
	case p.isF(k, wQabl) && p.is(k+1, hv2, hv3):
		return partBeforeNoon, k + 2
	case p.isF(k, wQabl) && p.is(k+1, hv5, hv4):
		return partAfternoon, k + 2
	case p.is(k, wHadha, wHadhihi):
		if pt, ok := exact(parts, bPart, p.tk(k+1)); ok {
			return pt, k + 2
		}
		return partNone, k
	}
	if pt, ok := exact(parts, bPart, p.tk(k)); ok {
		// "مساء الخميس" after a time is read with the day by timeFirst.
		w := p.w(k)
		if w == hv7 || w == hv8 || w == hv9 || w == hv10 || w == hv11 || w == hv12 {
			if _, j := p.day(k + 1); j > k+1 {
				return partNone, k
			}
		}
		return pt, k + 1
	}
	return partNone, k
}

// hour24 applies the part of the day to c's hour.
func (c clock) hour24() int {
	h := c.h
	switch c.part {
	case partDawn, partMorning, partBeforeNoon:
		if h == 12 {
			h = 0
		}
	case partNoon:
		if h >= 1 && h <= 6 {
			h += 12
		}
	case partAfternoon, partEvening:
		if h < 12 {
			h += 12
		}
	case partNight:
		if h >= 6 && h < 12 {
			h += 12
		} else if h == 12 {
			h = 0
		}
	}
	return h
}

// resolveClock resolves c on day d, or without a day by the direction.
func (p *parser) resolveClock(c clock, d *res) res {
	g := Hour
	if c.m != 0 {
		g = Minute
	}
	if c.s != 0 {
		g = Second
	}
	if d != nil && !d.ok || d == nil && !p.opt.HasRef {
		return unresolved(g)
	}
	h := c.hour24()
	amb := c.part == partNone && !c.h24 && h >= 1 && h <= 12
	at := func(day time.Time, h int) time.Time {
		if c.hasZone {
			z := time.FixedZone("", c.zone*60)
			t := time.Date(day.Year(), day.Month(), day.Day(), h, c.m, c.s, 0, z)
			return t.In(p.loc)
		}
		return time.Date(day.Year(), day.Month(), day.Day(), h, c.m, c.s, 0, p.loc)
	}
	if d != nil {
		return res{t: at(d.t, h), g: g, ok: true}
	}
	rd := p.refDay()
	ref := p.ref.In(p.loc)
	var cands []time.Time
	if amb {
		h2 := (h + 12) % 24
		cands = []time.Time{at(rd.AddDate(0, 0, -1), h), at(rd.AddDate(0, 0, -1), h2), at(rd, h), at(rd, h2), at(rd.AddDate(0, 0, 1), h), at(rd.AddDate(0, 0, 1), h2)}
	} else {
		cands = []time.Time{at(rd.AddDate(0, 0, -1), h), at(rd, h), at(rd.AddDate(0, 0, 1), h)}
	}
	if p.opt.Dir == Future {
		// The next occurrence whose hour has not yet ended, minutes or
		// not (the assistant-style convention): at 04:30, "الساعة الثالثة
		// فجرا" is tomorrow's 03:00, "الساعة الرابعة" is still today's
		// 04:00 and "الساعة 4:23" today's 04:23.
		var best time.Time
		for _, t := range cands {
			if truncate(t, Hour).Add(time.Hour).After(ref) && (best.IsZero() || t.Before(best)) {
				best = t
			}
		}
		return res{t: best, g: g, ok: true}
	}
	var best time.Time
	for _, t := range cands {
		if !t.After(ref) && (best.IsZero() || t.After(best)) {
			best = t
		}
	}
	return res{t: best, g: g, ok: true}
}

// timeRange reads "من الساعة 9 إلى 11" (on day d when given).
func (p *parser) timeRange(i int, d *res) (res, int, bool) {
	k := i
	if !p.isF(k, wMin) && !p.isF(k, wBayn) {
		return res{}, i, false
	}
	k++
	c1, j, ok := p.clock(k, false)
	loose := false
	if !ok {
		// "من 8 حتى 10 مساء": a bare hour, when the other end is a time.
		if c1, j, ok = p.clock(k, true); !ok {
			return res{}, i, false
		}
		loose = true
	}
	if !(p.isF(j, wIla) || p.isF(j, wHatta) || p.isF(j, wLighaya) || p.punct(j, "-–") || p.is(j, wWa) || p.isF(j, wWa+wHatta)) {
		return res{}, i, false
	}
	c2, j2, ok := p.clock(j+1, !loose)
	if !ok {
		return res{}, i, false
	}
	if c1.part == partNone {
		c1.part = c2.part
	}
	if !c1.hasZone {
		c1.zone, c1.hasZone = c2.zone, c2.hasZone
	}
	r1 := p.resolveClock(c1, d)
	if d == nil && r1.ok {
		dd := res{t: p.dayOf(r1.t), g: Day, ok: true}
		d = &dd
	}
	r2 := p.resolveClock(c2, d)
	if r1.ok && r2.ok && !r2.t.After(r1.t) && c2.part == partNone && !c2.h24 && c2.h < 12 {
		// "بين الساعة 3 و5" after 15:00 is 17:00.
		r2.t = r2.t.Add(12 * time.Hour)
	}
	g := max(r1.g, r2.g)
	if r1.g == Minute || r2.g == Minute {
		g = Minute
	}
	if !r1.ok || !r2.ok {
		return res{g: g, iv: true}, j2, true
	}
	to := add(r2.t, g, 1)
	if !to.After(r1.t) {
		return res{}, i, false
	}
	return res{t: r1.t, g: g, ok: true, iv: true, from: r1.t, to: to}, j2, true
}

// until reads "حتى الساعة 2:00": from the reference to that time.
func (p *parser) until(i int) (res, int) {
	if !p.isF(i, wHatta) && !p.isF(i, wLighaya) {
		return res{}, i
	}
	c, j, ok := p.clock(i+1, false)
	if !ok {
		return res{}, i
	}
	r := p.resolveClock(c, nil)
	if !r.ok {
		return res{g: Second, iv: true}, j
	}
	ref := p.ref.In(p.loc)
	if !r.t.After(ref) {
		return res{}, i
	}
	return res{t: ref, g: Second, ok: true, iv: true, from: ref, to: r.t}, j
}

// now reads الآن، حالا، في هذه اللحظة.
func (p *parser) now(i int) (res, int) {
	j := 0
	switch {
	case p.isF(i, wAlan) || p.isF(i, wAlan2) || p.is(i, wHalan):
		j = i + 1
	case p.isF(i, wFi) && p.is(i+1, wHadhihi) && p.is(i+2, wLahza):
		j = i + 3
	default:
		return res{}, i
	}
	if !p.opt.HasRef {
		return unresolved(Second), j
	}
	return res{t: p.ref.In(p.loc).Truncate(time.Second), g: Second, ok: true}, j
}

// futureCues are words that announce something still to come; in news
// (the Past direction) a bare weekday after one of them in the same
// sentence is the coming one: "أمطار متوقعة مساء الأحد", "من المقرر أن
// يصل الوفد الخميس".
var futureCues = map[string]bool{
	"متوقع": true, "متوقعه": true, "يتوقع": true, "تتوقع": true, "يرتقب": true,
	"المرتقب": true, "المرتقبه": true, "مرتقب": true, "مرتقبه": true,
	"المقرر": true, "مقرر": true, "المنتظر": true, "سوف": true,
	"يعتزم": true, "تعتزم": true, "سيتم": true, "ستجري": true, "سيجري": true,
	"سيعقد": true, "ستعقد": true, "سيصل": true, "ستصل": true, "سيبدا": true,
	"ستبدا": true, "سيزور": true, "ستزور": true, "سيلتقي": true, "ستلتقي": true,
	"سينطلق": true, "ستنطلق": true, "سيعود": true, "ستعود": true,
}

// futureCue reports whether one of the eight words before token i, in the
// same sentence, is a future cue.
func (p *parser) futureCue(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		t := &p.toks[k]
		if t.kind == tPunct && strings.ContainsRune(".!?؟\n", t.r) {
			return false
		}
		if t.kind != tWord {
			continue
		}
		w := t.w
		for _, pre := range []string{"و", "ف"} {
			if futureCues[strings.TrimPrefix(w, pre)] {
				return true
			}
		}
		if futureCues[w] {
			return true
		}
	}
	return false
}
