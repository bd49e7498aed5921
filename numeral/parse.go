package numeral

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/isnad-news/isnad/arabic"
)

// card is the state of a cardinal being read: total holds the groups
// already multiplied by a scale, small the group under a thousand being
// read, with the slots it has filled.
type card struct {
	total, small float64
	lastScale    float64 // the smallest scale applied so far, 0 for none
	h, t, u      bool    // hundreds, tens and units filled in small
	teen         bool    // small ends in a teen or عشرة
	lastCat      cat
	lastVal      float64
	integral     bool // no decimal part yet
	words        bool
	joined       bool // a part was joined with و
}

func (c *card) value() float64 { return c.total + c.small }

// startSmall starts c's part below a thousand with the number word e
// (a unit, ten, teen, tens or hundred) and reports false for any other
// word.
func (c *card) startSmall(e *entry) bool {
	switch e.cat {
	case catUnit:
		c.small, c.u = e.val, true
	case catTen:
		c.small, c.t, c.teen = 10, true, true
	case catTeen:
		c.small, c.t, c.u, c.teen = e.val, true, true, true
	case catTens:
		c.small, c.t = e.val, true
	case catHundred:
		c.small, c.h = e.val, true
	default:
		return false
	}
	return true
}

// unitOK reports whether the unit word at token k is a number here.
func (p *parser) unitOK(k int, e *entry) bool {
	t := &p.toks[k]
	if e.flags&fDamma != 0 && p.damma(t) {
		return false
	}
	if t.def && e.flags&fNoDef != 0 {
		return false
	}
	if e.flags&(fCompound|fTeen|fSit) == 0 {
		return true
	}
	if p.whole && len(p.toks) == 1 && e.flags&(fCompound|fSit) != 0 && !t.def {
		return true // the caller says the one word is a number: ست is 6, أحد 1
	}
	n, conj, ne, ok := p.pieceEntry(k + 1)
	if ok && ne != nil && !p.toks[n].def {
		if !conj && ne.cat == catTen {
			return true
		}
		if e.flags&fTeen != 0 {
			return false
		}
		if conj && ne.cat == catTens {
			return true
		}
		if e.flags&fSit != 0 && !conj && (ne.cat == catHundred && ne.flags&fBareHundred != 0 || ne.cat == catScale) {
			return true
		}
	}
	if e.flags&fSit != 0 {
		w := p.wordAfter(t.end)
		return len(w) > 4 && w[len(w)-4:] == "ات" || sitNouns[w]
	}
	return false
}

// cardinal reads a cardinal number (digits, words or both) at token i.
func (p *parser) cardinal(i int) (result, bool) {
	t := &p.toks[i]
	c := card{integral: true}
	start, end := t.start+t.skip, t.end
	j := i + 1
	neg, pctBefore := false, false
	if t.num {
		d, nj, nend, ok := p.digitsAt(i)
		if !ok {
			return result{}, false
		}
		c.small, c.integral = d.value, d.integral
		c.h, c.t, c.u = true, true, true
		j, end = nj, nend
		// A sign or point written just before the digits.
		if r, n := utf8.DecodeLastRuneInString(p.text[:start]); n > 0 && (p.freeBefore(start-n) || (r == '%' || r == '٪') && !p.digitBefore(start-n)) {
			switch {
			case r == '-' || r == '−':
				neg, start = true, start-n
			case (r == '.' || r == '٫') && d.plain:
				c.small = d.value / pow10(d.n)
				c.integral = false
				start -= n
			case r == '%' || r == '٪':
				pctBefore, start = true, start-n
			}
		}
	} else {
		e := t.e
		switch e.cat {
		case catUnit:
			if !p.unitOK(i, e) {
				return result{}, false
			}
		case catTen:
			if p.damma(t) {
				return result{}, false
			}
		case catHundred:
			if p.hundredWord(i) && p.percentWord(i) {
				return result{}, false
			}
		case catScale:
			if e.flags&fPlural != 0 {
				return result{}, false
			}
			c.total, c.lastScale = e.val, e.scale
			if e.flags&fDualAlone != 0 {
				c.total = 2 * e.scale
			}
		}
		if e.cat != catScale && !c.startSmall(e) {
			return result{}, false
		}
		c.lastCat, c.lastVal, c.words = e.cat, e.val, true
	}
	j, end = p.cardinalMore(&c, j, end)
	if c.total == 0 && c.lastScale == 0 && c.integral && c.small == float64(int64(c.small)) {
		j, end = p.spokenDecimal(&c, j, end)
	}
	v := c.value()
	if neg {
		v = -v
	}
	r := result{n: exact(start, end, v, Cardinal, c.words), next: j, prio: 3}
	if pctBefore {
		r.n.Kind = Percent
		return r, true
	}
	if e, nj, ok := p.percentAfter(j, end); ok {
		r.n.End, r.next, r.n.Kind = e, nj, Percent
	} else if !t.num && t.e.flags&fDualAlone != 0 && j == i+1 {
		// ألفا alone: the dual (2000), or the accusative (1000).
		r.alt = []Number{exact(start, end, t.e.scale, Cardinal, true)}
	}
	// ال + tens is also an ordinal (see ordinal); ال + a unit is "the
	// three", a cardinal.
	return r, true
}

// cardinalMore reads the rest of a cardinal whose first piece is in c and
// ends before token j at byte end.
func (p *parser) cardinalMore(c *card, j, end int) (int, int) {
	// A group begun with و after a scale is taken back when a scale that
	// cannot follow comes after it: in "ثلاثمائة ألف ومائتا ألف" the
	// number ends at the first ألف.
	var save card
	saveJ, saveEnd := -1, 0
	finish := func() (int, int) {
		if saveJ >= 0 && c.small > 0 {
			if k, conj, e, ok := p.pieceEntry(j); ok && !conj && e != nil && e.cat == catScale && !p.toks[k].def {
				*c = save
				return saveJ, saveEnd
			}
		}
		return j, end
	}
	for {
		k, conj, ok := p.piece(j)
		if !ok {
			break
		}
		u := &p.toks[k]
		if conj && c.small == 0 && c.lastScale > 0 {
			save, saveJ, saveEnd = *c, j, end
		}
		if u.num {
			// 3 ملايين و500 ألف: digits start a new group after a scale.
			if !conj || c.small != 0 || c.lastScale == 0 {
				break
			}
			d, nj, nend, ok := p.digitsAt(k)
			if !ok || !d.integral {
				break
			}
			// Digits as large as the last scale need a scale after them
			// (finish takes them back if it is too large).
			if d.value >= c.lastScale {
				if _, sconj, se, sok := p.pieceEntry(nj); !sok || sconj || se == nil || se.cat != catScale {
					break
				}
			}
			c.joined = true
			c.small = d.value
			c.h, c.t, c.u = true, true, true
			c.lastCat, c.lastVal = catNone, d.value
			j, end = nj, nend
			continue
		}
		e := u.e
		if e == nil || u.def && !(conj && e.cat == catTens && c.words) {
			break
		}
		if !conj {
			switch {
			case e.cat == catTen && c.lastCat == catUnit && !c.teen && !c.t && !p.damma(u):
				c.small += 10
				c.teen, c.t = true, true
			case e.cat == catHundred && e.flags&fBareHundred != 0 && c.lastCat == catUnit &&
				c.lastVal >= 3 && !c.h && !c.t && c.small == c.lastVal:
				c.small = c.lastVal * 100
				c.h, c.u = true, false
			case e.cat == catScale && e.flags&fDual == 0 && c.small == 0 && c.total > 0 && c.total < e.scale && !c.joined:
				// ألف مليون is a thousand millions.
				c.total *= e.scale
				c.lastScale = e.scale
			case e.cat == catScale && e.flags&fDual == 0 && c.small > 0 && (c.lastScale == 0 || e.scale < c.lastScale):
				c.total += c.small * e.scale
				c.small = 0
				saveJ = -1
				c.h, c.t, c.u, c.teen = false, false, false, false
				c.lastScale = e.scale
			default:
				return finish()
			}
		} else {
			switch e.cat {
			case catUnit:
				if c.u || c.teen || !p.unitOK(k, e) {
					return finish()
				}
				c.small += e.val
				c.u = true
			case catTen:
				if c.t || c.u || p.damma(u) {
					return finish()
				}
				c.small += 10
				c.t, c.teen = true, true
			case catTeen:
				if c.t || c.u {
					return finish()
				}
				c.small += e.val
				c.t, c.u, c.teen = true, true, true
			case catTens:
				if c.t || c.teen {
					return finish()
				}
				c.small += e.val
				c.t = true
			case catHundred:
				if c.small != 0 || c.lastScale == 0 {
					return finish()
				}
				c.small = e.val
				c.h = true
			case catScale:
				if e.flags&fPlural != 0 || c.small != 0 || c.lastScale == 0 || e.scale >= c.lastScale {
					return finish()
				}
				c.total += e.val
				c.lastScale = e.scale
			case catFrac:
				if u.def {
					return finish()
				}
				m := 1.0
				if c.small == 0 && c.lastScale > 0 {
					m = c.lastScale
				}
				c.small += e.val * m
				c.words = true
				// مليون ونصف المليون: the scale again, with the article.
				if m > 1 {
					if n, nconj, ne, ok := p.pieceEntry(k + 1); ok && !nconj && ne != nil && ne.cat == catScale &&
						p.toks[n].def && ne.flags&(fDual|fPlural) == 0 && ne.scale == m {
						return n + 1, p.toks[n].end
					}
				}
				return k + 1, u.end
			default:
				return finish()
			}
		}
		c.lastCat, c.lastVal, c.words = e.cat, e.val, true
		c.joined = c.joined || conj
		j, end = k+1, u.end
	}
	return finish()
}

// spokenDecimal reads "فاصلة" and the digits after it: "1 فاصلة 25" is
// 1.25, "اثنان فاصلة خمسة" 2.5; a scale may follow ("2 فاصلة 5 مليون").
func (p *parser) spokenDecimal(c *card, j, end int) (int, int) {
	k, conj, e, ok := p.pieceEntry(j)
	if !ok || conj || e == nil || e.cat != catPoint || p.toks[k].def {
		return j, end
	}
	f, conj, ok := p.piece(k + 1)
	if !ok || conj {
		return j, end
	}
	var digits string
	nj, nend := f+1, p.toks[f].end
	if p.toks[f].num {
		d, dj, dend, ok := p.digitsAt(f)
		if !ok || !d.plain {
			return j, end
		}
		digits, nj, nend = d.ascii(), dj, dend
	} else {
		fe := p.toks[f].e
		if fe == nil || p.toks[f].def {
			return j, end
		}
		zeros := ""
		for fe.cat == catUnit && fe.val == 0 && len(zeros) < maxDigits {
			zeros += "0"
			g, gconj, gok := p.piece(nj)
			if !gok || gconj || p.toks[g].e == nil {
				break
			}
			f, fe = g, p.toks[g].e
			nj, nend = f+1, p.toks[f].end
		}
		sub := card{integral: true}
		if fe.cat == catUnit && !p.unitOK(f, fe) || !sub.startSmall(fe) {
			return j, end
		}
		sub.lastCat, sub.lastVal, sub.words = fe.cat, fe.val, true
		sub.lastScale = 1000 // no scale inside the decimal part
		nj, nend = p.cardinalMoreSmall(&sub, nj, nend)
		if sub.small == 0 && zeros == "" {
			return j, end
		}
		digits = zeros + strconv.FormatInt(int64(sub.small), 10)
		if sub.small == 0 {
			digits = zeros
		}
		c.words = true
	}
	if len(digits) > maxDigits {
		digits = digits[:maxDigits]
	}
	c.small += atof(digits) / pow10(len(digits))
	c.integral = false
	j, end = nj, nend
	// A scale after the decimal: 2 فاصلة 5 مليون.
	if k, conj, e, ok := p.pieceEntry(j); ok && !conj && e != nil && e.cat == catScale && e.flags&fDual == 0 && !p.toks[k].def {
		c.total, c.small = c.small*e.scale, 0
		c.lastScale = e.scale
		j, end = k+1, p.toks[k].end
	}
	return j, end
}

// cardinalMoreSmall is cardinalMore for a number under a thousand: it
// stops before any scale word.
func (p *parser) cardinalMoreSmall(c *card, j, end int) (int, int) {
	for {
		k, _, e, ok := p.pieceEntry(j)
		if !ok || e == nil || e.cat == catScale || e.cat == catFrac {
			return j, end
		}
		nj, nend := p.cardinalMore(c, j, end)
		if nj == j || nj > k+1 {
			return nj, nend
		}
		j, end = nj, nend
	}
}

// freeBefore reports whether the sign at byte at, just before token i,
// stands alone: nothing but a space, an opening bracket or the start of
// the text before it (so 2017-09 and كوفيد-19 carry no minus sign).
func (p *parser) freeBefore(at int) bool {
	if at <= 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(p.text[:at])
	return unicode.IsSpace(r) || r == '(' || r == '[' || r == '«' || r == '"' || r == ':' || isInvisible(r)
}

// digitBefore reports whether a digit ends just before byte at.
func (p *parser) digitBefore(at int) bool {
	r, _ := utf8.DecodeLastRuneInString(p.text[:at])
	_, ok := DigitValue(r)
	return ok
}

// digitsAt reads the digits of token i, with any groups of three joined to
// them by thin or narrow no-break spaces (1 000 000).
func (p *parser) digitsAt(i int) (digitNumber, int, int, bool) {
	t := &p.toks[i]
	if t.dateLike {
		return digitNumber{}, 0, 0, false
	}
	d := readDigits(p.text[t.start:t.end])
	if !d.ok {
		return d, 0, 0, false
	}
	j, end := i+1, t.end
	if d.plain && d.n <= 3 {
		digits := ""
		for j < len(p.toks) && p.toks[j].num && !p.toks[j].dateLike {
			g := p.text[end:p.toks[j].start]
			if g != "\u2009" && g != "\u202F" && g != "\u200A" {
				break
			}
			e := readDigits(p.text[p.toks[j].start:p.toks[j].end])
			if !e.plain || e.n != 3 || max(len(digits), d.n)+3 > maxDigits {
				break
			}
			if digits == "" {
				digits = d.ascii()
			}
			digits += e.ascii()
			end = p.toks[j].end
			j++
		}
		if j > i+1 {
			d = digitNumber{value: atof(digits), ok: true, integral: true}
		}
	}
	return d, j, end, true
}

// percentAfter reads a percent sign or "في المئة"/"بالمئة" after a number
// that ends at byte end before token j.
func (p *parser) percentAfter(j, end int) (int, int, bool) {
	rest := p.text[end:]
	for i, r := range rest {
		if r == '%' || r == '٪' {
			return end + i + utf8.RuneLen(r), j, true
		}
		if r != ' ' && r != '\u00A0' && r != '\u2009' && r != '\u202F' && !isInvisible(r) {
			break
		}
	}
	if j >= len(p.toks) || !p.hundredWord(j) {
		return 0, 0, false
	}
	t := &p.toks[j]
	// بالمئة, or في المئة (في is no token: see scan).
	if t.bi && p.spaceGapBytes(end, t.start) || !t.other && !t.conj && p.fiBetween(end, t.start) {
		return t.end, j + 1, true
	}
	return 0, 0, false
}

// fiBetween reports whether text[from:to] is the word في alone between
// spaces.
func (p *parser) fiBetween(from, to int) bool {
	if from > to || to-from > 24 {
		return false
	}
	g := strings.TrimFunc(p.text[from:to], func(r rune) bool { return r == ' ' || r == '\u00A0' || isInvisible(r) })
	return g == normFi || g == "فى" || g != "" && arabic.Normalize(arabic.Match, g) == normFi
}

// hundredWord reports whether token k is المئة/المائة/المية with article.
func (p *parser) hundredWord(k int) bool {
	t := &p.toks[k]
	return t.def && t.e.cat == catHundred && t.e.flags&fBareHundred != 0
}

// percentWord reports whether token i, المئة, is read as part of "في
// المئة" or "بالمئة" (percent).
func (p *parser) percentWord(i int) bool {
	t := &p.toks[i]
	return t.bi || p.wordBefore(t.start) == normFi
}

// prevDef reports whether the word before token i has the article.
func (p *parser) prevDef(i int) bool {
	w := p.wordBefore(p.toks[i].start)
	for _, pre := range prefixes {
		if len(w) > len(pre) && w[:len(pre)] == pre {
			r := w[len(pre):]
			if len(r) > 4 && (r[:4] == article || pre != "" && pre[len(pre)-2:] == "ل" && r[:2] == "ل") {
				return true
			}
		}
	}
	return false
}

// wordAfter returns the Match form of the word that follows byte end after
// spaces, or "".
func (p *parser) wordAfter(end int) string {
	i := end
	for i < len(p.text) {
		r, n := utf8.DecodeRuneInString(p.text[i:])
		if r != ' ' && r != '\u00A0' && !isInvisible(r) {
			break
		}
		i += n
	}
	j := i
	for j < len(p.text) {
		r, n := utf8.DecodeRuneInString(p.text[j:])
		if !isLetter(r) && !isMark(r) {
			break
		}
		j += n
	}
	return arabic.Normalize(arabic.Match, p.text[i:j])
}

// wordBefore returns the Match form of the word before byte start and the
// spaces before it, or "".
func (p *parser) wordBefore(start int) string {
	j := start
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(p.text[:j])
		if r != ' ' && r != '\u00A0' && !isInvisible(r) {
			break
		}
		j -= n
	}
	i := j
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(p.text[:i])
		if !isLetter(r) && !isMark(r) {
			break
		}
		i -= n
	}
	return arabic.Normalize(arabic.Match, p.text[i:j])
}

// ordinal reads an ordinal at token i.
func (p *parser) ordinal(i int) (result, bool) {
	t := &p.toks[i]
	e := t.e
	if t.num || e == nil {
		return result{}, false
	}
	start := t.start + t.skip
	// The compound tails: عشر (11-19) or و + tens (21-99).
	compound := func(o int) (result, bool) {
		if o < 1 || o > 9 {
			return result{}, false
		}
		k, conj, ke, ok := p.pieceEntry(i + 1)
		if !ok || ke == nil {
			return result{}, false
		}
		u := &p.toks[k]
		if !conj && ke.cat == catTen && !u.def && !p.damma(u) {
			return result{n: exact(start, u.end, float64(10+o), Ordinal, true), next: k + 1}, true
		}
		if conj && ke.cat == catTens {
			return result{n: exact(start, u.end, float64(o)+ke.val, Ordinal, true), next: k + 1}, true
		}
		return result{}, false
	}
	switch {
	case e.ord > 0:
		if e.oflag&oMaksura != 0 && !p.whole && !p.endsMaksura(t) {
			return result{}, false
		}
		if e.oflag&oAlone == 0 {
			if r, ok := compound(e.ord); ok {
				return r, true
			}
		}
		if e.oflag&oCompound != 0 && !p.whole {
			return result{}, false
		}
		if !t.def && !p.whole && e.oflag&oBare == 0 && (e.oflag&oAfterDef == 0 || !p.prevDef(i)) {
			return result{}, false
		}
		return result{n: exact(start, t.end, float64(e.ord), Ordinal, true), next: i + 1}, true
	case t.def && e.cat == catUnit && e.val >= 1 && e.val <= 2 && (e.val == 1 || e.flags&fTeen != 0):
		// الواحد والعشرون، الأحد عشر، الاثنا عشر.
		r, ok := compound(int(e.val))
		if !ok {
			return result{}, false
		}
		c := r.n
		c.Kind = Cardinal
		r.alt = []Number{c}
		return r, true
	case t.def && e.cat == catTens:
		return p.withCardinal(exact(start, t.end, e.val, Ordinal, true), i+1), true
	case t.def && e.cat == catHundred:
		// المئة، المئتين، الثلاثمئة: the hundredth … (and the cardinal).
		if p.hundredWord(i) && p.percentWord(i) {
			return result{}, false
		}
		return p.withCardinal(exact(start, t.end, e.val, Ordinal, true), i+1), true
	case t.def && e.cat == catScale && e.val == 1000 && e.flags&(fPlural|fDual) == 0:
		return p.withCardinal(exact(start, t.end, 1000, Ordinal, true), i+1), true
	}
	return result{}, false
}

// endsMaksura reports whether the token's last letter is ى.
func (p *parser) endsMaksura(k *tok) bool {
	w := p.word(k)
	for len(w) > 0 {
		r, n := utf8.DecodeLastRuneInString(w)
		if unicode.IsLetter(r) {
			return r == 'ى'
		}
		w = w[:len(w)-n]
	}
	return false
}

func (p *parser) withCardinal(n Number, next int) result {
	c := n
	c.Kind = Cardinal
	return result{n: n, next: next, alt: []Number{c}}
}

// vague reads a vague quantifier at token i.
func (p *parser) vague(i int) (result, bool) {
	t := &p.toks[i]
	e := t.e
	if t.num || e == nil {
		return result{}, false
	}
	start, end := t.start+t.skip, t.end
	var lo, hi float64
	next := i + 1
	switch {
	case e.cat == catVague && e.val == 0: // عشرات، مئات
		lo, hi = 2*e.scale, 10*e.scale-1
		if k, conj, ke, ok := p.pieceEntry(i + 1); ok && !conj && ke != nil && ke.cat == catScale && ke.flags&fPlural != 0 {
			lo, hi = lo*ke.scale, (hi+1)*ke.scale-1
			next, end = k+1, p.toks[k].end
		}
	case e.cat == catVague: // بضع، عدة
		if t.def && !p.whole || e.flags&fTaMarbuta != 0 && !p.taMarbuta(t) {
			return result{}, false
		}
		lo, hi = e.val, e.scale
		if k, conj, ke, ok := p.pieceEntry(i + 1); ok && !conj && ke != nil && !p.toks[k].def {
			switch {
			case ke.cat == catScale && ke.flags&fPlural != 0:
				lo, hi = lo*ke.scale, hi*ke.scale
				next, end = k+1, p.toks[k].end
			case ke.cat == catVague && ke.val == 0:
				lo, hi = lo*ke.scale, hi*ke.scale
				next, end = k+1, p.toks[k].end
			case ke.cat == catTen && e.scale == 9:
				lo, hi = lo+10, hi+10
				next, end = k+1, p.toks[k].end
			}
		}
	case e.cat == catScale && e.flags&fPlural != 0: // آلاف، ملايين
		lo, hi = 2*e.scale, 10*e.scale-1
	default:
		return result{}, false
	}
	n := Number{Start: start, End: end, Value: lo, Min: lo, Max: hi, Kind: Cardinal, Vague: true, Words: true}
	return result{n: n, next: next, prio: 1}, true
}

// fraction reads a fraction at token i: نصف، ثلث، خُمس، ثلاثة أرباع; a
// fraction of a scale is a cardinal: نصف مليون.
func (p *parser) fraction(i int) (result, bool) {
	t := &p.toks[i]
	e := t.e
	start := t.start + t.skip
	var v float64
	switch {
	case t.num:
		d, j, _, ok := p.digitsAt(i)
		if !ok || !d.integral {
			return result{}, false
		}
		return p.fracPlural(start, d.value, j, false)
	case e == nil:
		return result{}, false
	case e.cat == catFrac:
		v = e.val
	case (e.cat == catUnit || e.cat == catTen) && e.flags&fDamma != 0 && p.damma(t):
		v = 1 / e.val
	case e.cat == catUnit && e.val >= 1 && !t.def:
		if !p.unitOK(i, e) {
			return result{}, false
		}
		return p.fracPlural(start, e.val, i+1, true)
	default:
		return result{}, false
	}
	if k, conj, ke, ok := p.pieceEntry(i + 1); ok && !conj && ke != nil && ke.cat == catScale && ke.flags&(fPlural|fDual) == 0 && !p.toks[k].def {
		return result{n: exact(start, p.toks[k].end, v*ke.scale, Cardinal, true), next: k + 1, prio: 2}, true
	}
	return result{n: exact(start, t.end, v, Fraction, true), next: i + 1, prio: 2}, true
}

// fracPlural reads ثلاثة أرباع (num counted quarters) after the count.
func (p *parser) fracPlural(start int, num float64, j int, words bool) (result, bool) {
	k, conj, ke, ok := p.pieceEntry(j)
	if !ok || conj || ke == nil || ke.cat != catFracPlural || p.toks[k].def {
		return result{}, false
	}
	return result{n: exact(start, p.toks[k].end, num/ke.val, Fraction, true), next: k + 1, prio: 2}, true
}

// minus reads سالب or ناقص and the cardinal after it: "سالب خمسة" is -5.
func (p *parser) minus(i int) (result, bool) {
	t := &p.toks[i]
	if t.num || t.e == nil || t.e.cat != catMinus || t.def {
		return result{}, false
	}
	k, conj, ok := p.piece(i + 1)
	if !ok || conj {
		return result{}, false
	}
	r, ok := p.cardinal(k)
	if !ok || r.n.Kind != Cardinal || r.n.Value <= 0 || p.toks[k].skip != 0 {
		return result{}, false
	}
	r.n.Start = t.start + t.skip
	r.n.Value, r.n.Min, r.n.Max = -r.n.Value, -r.n.Value, -r.n.Value
	r.n.Words = true
	return r, true
}
