package timex

// durAt reads a duration at i: a number and a unit ("17 يوما", "ثمانية
// أيام"), a dual ("أسبوعين"), a fraction ("نصف ساعة"), a unit and a half
// ("ساعة ونصف"). bare allows a lone singular unit ("أسبوع" = 1 week).
func (p *parser) durAt(i int, bare bool) (float64, Grain, int, bool) {
	w := p.w(i)
	// A fraction of a unit: نصف ساعة، ربع ساعة.
	if f, ok := lk(fractions, bFraction, p.tk(i)); ok && w != hv31 && w != hv32 {
		if u, ok := lk(units, bUnit, p.tk(i+1)); ok && u.sing && !u.def {
			return f * mult(u), u.g, i + 2, true
		}
	}
	// A dual: يومين، أسبوعين، سنتان.
	if u, ok := lk(units, bUnit, p.tk(i)); ok && u.dual {
		v, j := p.half(2, i+1)
		return v * mult(u), u.g, j, true
	}
	// A number and a unit.
	if v, j, ord, ok := p.countAt(i); ok && !ord {
		k := j
		if u, ok := lk(units, bUnit, p.tk(k)); ok && !u.dual && !u.def {
			f, j2 := p.half(v, k+1)
			return f * mult(u), u.g, j2, true
		}
	}
	// A unit and a half: ساعة ونصف.
	if u, ok := lk(units, bUnit, p.tk(i)); ok && u.sing && !u.def {
		if f, j := p.half(1, i+1); j > i+1 {
			return f * mult(u), u.g, j, true
		}
		if p.is(i+1, wWahid, wWahida) {
			return mult(u), u.g, i + 2, true
		}
		if bare {
			return mult(u), u.g, i + 1, true
		}
	}
	// الساعات الـ72 الماضية
	if u, ok := exact(units, bUnit, p.tk(i)); ok && u.def {
		k := i + 1
		if p.is(k, wAl) {
			k++
		}
		if v, nd, ok := p.num(k); ok && nd <= 4 && v > 0 {
			return float64(v) * mult(u), u.g, k + 1, true
		}
	}
	return 0, 0, i, false
}

func mult(u unitInfo) float64 {
	if u.mult != 0 {
		return u.mult
	}
	return 1
}

// half reads "ونصف"/"وربع" after a count.
func (p *parser) half(v float64, k int) (float64, int) {
	w := p.w(k)
	if len(w) > 2 && w[:2] == wWa {
		if f, ok := afterWa(fractions, bFraction, p.tk(k)); ok && w[2:] != hv34 {
			return v + f, k + 1
		}
	}
	return v, k
}

// countAt reads a count at i: digits (with a decimal part) or number words.
func (p *parser) countAt(i int) (float64, int, bool, bool) {
	if x, nd, ok := p.num(i); ok {
		if nd > 6 {
			return 0, i, false, false
		}
		v := float64(x)
		j := i + 1
		if p.adjacent(i) && p.punct(j, ".٫,") && p.adjacent(j) {
			if y, nd2, ok := p.num(j + 1); ok && nd2 <= 3 {
				d := float64(y)
				for range nd2 {
					d /= 10
				}
				v += d
				j += 2
			}
		}
		// "3 آلاف" and the like are not counts of units.
		return v, j, false, true
	}
	v, j, ord, ok := p.wordNum(i)
	if !ok || v == 0 {
		return 0, i, false, false
	}
	return float64(v), j, ord, true
}

// introAt reports whether the words before i introduce a length of time
// (بعد، قبل، منذ، خلال، لمدة، نحو، أكثر من …), so that a lone singular unit
// reads as one unit.
func (p *parser) introAt(i int) bool {
	k := i - 1
	if k < 0 {
		return false
	}
	switch {
	case p.isF(k, wBaad), p.isF(k, wQabl), p.isF(k, wMundhu), p.isF(k, wKhilal), p.isF(k, wGhudun),
		p.isF(k, wMudda), p.isF(k, wLimudda), p.isF(k, wTiwal), p.isF(k, wTila), p.isF(k, wNahw),
		p.isF(k, wHawali), p.isF(k, wQuraba), p.isF(k, wZuha), p.isF(k, wMadar), p.isF(k, wMada):
		return true
	case p.isF(k, wMin) && (p.isF(k-1, wAkthar) || p.isF(k-1, wAqall)):
		return true
	}
	return false
}

// decadeWords may follow a lone "عقد" read as a decade after a word that
// introduces a length of time ("منذ عقد تقريبا"); another word after it
// makes it the verbal noun "holding" ("بعد عقد اجتماع").
var decadeWords = fold(map[string]bool{
	"من": true, "تقريبا": true, "مضى": true, "كامل": true, "أو": true, "او": true, "ونيف": true,
	"فقط": true, "كان": true, "كانت": true, "إلى": true, "حتى": true,
})

// decadeOK reports whether the lone singular "عقد" (or "عقدا") at k is a
// decade: in "عقد من الزمن", or after a word that introduces a length of
// time (منذ، قبل، لمدة …) when no noun follows it. Alone, "عقد" is more
// often a contract or the verb "held" ("عقد اجتماعا").
func (p *parser) decadeOK(k int) bool {
	if p.isF(k+1, wMin) && p.is(k+2, wZaman, wZaman2) {
		return true
	}
	if !p.introAt(k) {
		return false
	}
	if k+1 >= len(p.toks) || p.toks[k+1].kind != tWord {
		return true
	}
	w := p.w(k + 1)
	return decadeWords[w] || len(w) > 2 && (w[:2] == wWa || w[:2] == wFa)
}

// durations finds the durations of the text.
func (p *parser) durations() []Duration {
	var out []Duration
	whole := false
	if len(p.toks) == 1 {
		whole = true
	}
	for i := 0; i < len(p.toks); {
		if t := &p.toks[i]; t.kind == tPunct || t.kind == tWord && (!t.trig || t.weak) {
			i++
			continue
		}
		// Read a lone singular first, then ask whether it may stand alone
		// (introAt costs more than durAt).
		v, g, j, ok := p.durAt(i, true)
		bare := true
		if ok && j == i+1 {
			if u, _ := lk(units, bUnit, p.tk(i)); u.sing && !u.dual && v == mult(u) {
				if u.mult == 10 {
					bare = whole || p.decadeOK(i)
				} else {
					bare = whole || p.introAt(i)
				}
				ok = bare
			}
		}
		if ok && bare && j == i+1 {
			// A lone singular: not in "يوم الجمعة", "عام 2014", "شهر أيلول".
			if u, _ := lk(units, bUnit, p.tk(i)); u.sing && !whole {
				nx := p.w(i + 1)
				if _, _, isNum := p.num(i + 1); isNum || len(nx) >= 4 && nx[:4] == wAl {
					ok = false
				} else if _, k := p.monthName(i + 1); k > i+1 {
					ok = false
				}
			}
		}
		if !ok {
			i++
			continue
		}
		if p.inNoDur(p.toks[i].s, p.toks[j-1].e) {
			i = j
			continue
		}
		out = append(out, Duration{Start: p.toks[i].s, End: p.toks[j-1].e, Value: v, Unit: g})
		i = j
	}
	if out == nil {
		out = []Duration{}
	}
	return out
}

// inNoDur reports whether [s, e) lies inside a date mention whose numbers
// are not durations.
func (p *parser) inNoDur(s, e int) bool {
	for _, sp := range p.noDur {
		if s >= sp[0] && e <= sp[1] {
			return true
		}
	}
	return false
}
