package quantity

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
	"github.com/isnad-news/isnad/numeral"
)

// Value is a number together with what it counts, as a range.
type Value struct {
	// Start and End are the byte offsets of the whole quantity in the
	// text: the hedge, the number and the counted noun.
	Start, End int
	// Min and Max bound the value; nil means unbounded on that side.
	Min, Max *float64
	// Approx is set when the text hedges the figure or the quantifier is
	// vague.
	Approx bool
	// Counted is the lemma of the counted noun (the Arabic singular, as
	// written in the lexicon: "مقاتل", "حافلة"), or "" when there is none.
	Counted string
	// Category, Group and Unit come from the lexicon entry of the counted
	// noun ("fighters", "people", ""; "money", "money", "dollar"), or are
	// "percent", "other", "percent" for a percentage.
	Category, Group, Unit string
	// Number is the number the quantity rests on: the first of a range,
	// the previous quantity's number for "ومثلهم", and for a dual noun a
	// Number of value 2 spanning the noun.
	Number numeral.Number
}

// Find returns the quantities written in text, in text order and
// non-overlapping. It never panics, whatever the input.
func Find(text string) []Value {
	return findTokens(text, arabic.Tokenize(text))
}

// findTokens is Find with the tokens of text already at hand: toks must be
// arabic.Tokenize(text), as the tokenize stage puts on Document.Tokens.
func findTokens(text string, toks []isnad.Token) []Value {
	s := &scan{text: text, toks: toks}
	s.numbers(numeral.Find(text))
	s.duals()
	s.anaphors()
	sort.Slice(s.out, func(i, j int) bool { return s.out[i].Start < s.out[j].Start })
	// Keep the first of overlapping values.
	kept := s.out[:0]
	end := -1
	for _, v := range s.out {
		if v.Start >= end && v.Start < v.End {
			kept = append(kept, v)
			end = v.End
		}
	}
	return kept
}

// scan holds the state of one Find call.
type scan struct {
	text string
	toks []isnad.Token
	out  []Value
}

// norm returns the Match form of token i, or "" when i is out of range.
func (s *scan) norm(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].Norm
}

// tokenFrom returns the index of the first token starting at or after pos.
func (s *scan) tokenFrom(pos int) int {
	return sort.Search(len(s.toks), func(i int) bool { return s.toks[i].Start >= pos })
}

// tokenBefore returns the index of the last token ending at or before pos,
// or -1.
func (s *scan) tokenBefore(pos int) int {
	return sort.Search(len(s.toks), func(i int) bool { return s.toks[i].End > pos }) - 1
}

// clean reports whether text[from:to] holds only spaces, brackets, quotes
// and invisible marks: nothing that separates a number from its noun.
func (s *scan) clean(from, to int) bool {
	if from > to || from < 0 || to > len(s.text) {
		return false
	}
	for _, r := range s.text[from:to] {
		switch {
		case r == '\n' || r == '\r':
			return false
		case unicode.IsSpace(r), r == '(', r == ')', r == '[', r == ']', r == '"',
			r == '“', r == '”', r == '«', r == '»', r == '\'', r == 'ـ',
			r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		default:
			return false
		}
	}
	return true
}

// sentenceBreak reports whether text[from:to] ends a sentence.
func (s *scan) sentenceBreak(from, to int) bool {
	if from > to || from < 0 || to > len(s.text) {
		return true
	}
	return strings.ContainsAny(s.text[from:to], ".!?؟\n")
}

// matchBefore returns the longest hedge of hs whose words are the tokens
// just before token i, which starts at pos (the first word may carry a
// proclitic), with the index of its first token.
func (s *scan) matchBefore(hs hedges, i int, pos int) (hedge, int, bool) {
	if i < 1 || i > len(s.toks) || !s.clean(s.toks[i-1].End, pos) {
		return hedge{}, 0, false
	}
	w := s.toks[i-1].Norm
	best, bestFirst, found := hedge{}, 0, false
	for _, key := range [...]string{w, stripConj(w), stripOne(w)} {
		for _, h := range hs.byLast[key] {
			n := len(h.words)
			first := i - n
			if first < 0 || (found && n <= len(best.words)) {
				continue
			}
			ok := true
			for k := 0; ok && k < n; k++ {
				t := s.toks[first+k].Norm
				if t != h.words[k] && !(k == 0 && (stripOne(t) == h.words[k] || stripConj(t) == h.words[k])) {
					ok = false
				}
				if ok && k > 0 && !s.clean(s.toks[first+k-1].End, s.toks[first+k].Start) {
					ok = false
				}
			}
			if ok {
				best, bestFirst, found = h, first, true
			}
		}
	}
	return best, bestFirst, found
}

// wordStart returns where token i starts once a proclitic that keep(rest)
// does not need is skipped: "وأكثر" starts at أ when keep("وأكثر") is false
// and keep("أكثر") is true. Spans begin at the word itself, as numeral's
// do, without the conjunction or preposition written onto it.
func (s *scan) wordStart(i int, keep func(string) bool) int {
	t := s.toks[i]
	w := t.Norm
	if keep(w) {
		return t.Start
	}
	skip := 0
	for k := 0; k < 2 && skip == 0; k++ {
		r, size := utf8.DecodeRuneInString(w)
		if !strings.ContainsRune("وفبلك", r) || (k == 1 && !strings.ContainsRune("بلك", r)) {
			break
		}
		w = w[size:]
		if keep(w) {
			skip = k + 1
		}
	}
	pos := t.Start
	for ; skip > 0; skip-- {
		_, size := utf8.DecodeRuneInString(s.text[pos:t.End])
		pos += size
		// Diacritics and tatweel written on the proclitic.
		for pos < t.End {
			r, size := utf8.DecodeRuneInString(s.text[pos:t.End])
			if !(r == 'ـ' || (r >= 0x064B && r <= 0x065F) || r == 0x0670) {
				break
			}
			pos += size
		}
	}
	return pos
}

// exact reports whether w, without proclitics other than ال, is a word
// of the lexicon.
func exact(w string) bool {
	w = strings.TrimPrefix(w, "ال")
	if _, ok := lex.forms[w]; ok {
		return true
	}
	if _, ok := lex.duals[w]; ok {
		return true
	}
	return lex.stem(w) != nil || lex.dualOf(w) != nil
}

// matchAfter returns the longest hedge of hs whose words are the tokens
// from i on (starting right after pos), with the index after its last
// token.
func (s *scan) matchAfter(hs hedges, i int, pos int) (hedge, int, bool) {
	if i < 0 || i >= len(s.toks) || !s.clean(pos, s.toks[i].Start) {
		return hedge{}, 0, false
	}
	for _, h := range hs.byFirst[s.toks[i].Norm] {
		n := len(h.words)
		if i+n > len(s.toks) {
			continue
		}
		ok := true
		for k := 1; ok && k < n; k++ {
			ok = s.toks[i+k].Norm == h.words[k] && s.clean(s.toks[i+k-1].End, s.toks[i+k].Start)
		}
		if ok {
			return h, i + n, true
		}
	}
	return hedge{}, 0, false
}

// stripConj removes a conjunction (و ف) from w.
func stripConj(w string) string {
	for _, p := range []string{"و", "ف"} {
		if t, ok := strings.CutPrefix(w, p); ok && len(t) >= 4 {
			return t
		}
	}
	return w
}

// stripOne removes a conjunction (و ف), a preposition (ب ل) or both
// from w, keeping at least two letters.
func stripOne(w string) string {
	for _, p := range []string{"و", "ف"} {
		if t, ok := strings.CutPrefix(w, p); ok && len(t) >= 4 {
			w = t
			break
		}
	}
	for _, p := range []string{"ب", "ل"} {
		if t, ok := strings.CutPrefix(w, p); ok && len(t) >= 4 {
			return t
		}
	}
	return w
}

// counted returns the counted noun starting at token i, right after pos:
// "17 حافلة", "308 من مقاتليه", "30 كيلومترا مربعا". It returns the entry
// and the index after the noun.
func (s *scan) counted(i, pos int) (*entry, int) {
	if i >= len(s.toks) || !s.clean(pos, s.toks[i].Start) {
		return nil, i
	}
	if s.toks[i].Norm == "من" && i+1 < len(s.toks) && s.clean(s.toks[i].End, s.toks[i+1].Start) {
		if e, next := s.noun(i + 1); e != nil {
			return e, next
		}
		return nil, i
	}
	return s.noun(i)
}

// noun looks token i (and i+1 for two-word forms) up in the lexicon.
func (s *scan) noun(i int) (*entry, int) {
	if i+1 < len(s.toks) && s.clean(s.toks[i].End, s.toks[i+1].Start) {
		if e := lex.pair(s.toks[i].Norm, s.toks[i+1].Norm); e != nil {
			return e, i + 2
		}
	}
	if e, dual := lex.lookup(s.toks[i].Norm); e != nil && !dual {
		return e, i + 1
	}
	return nil, i
}

// bounds is a range being built: the low and high value and which of
// them hold.
type bounds struct {
	lo, hi       float64
	noMin, noMax bool
	approx       bool
}

// apply applies hedge h to b.
func (b *bounds) apply(h hedge) {
	switch h.kind {
	case hedgeApprox:
		b.approx = true
	case hedgeMin:
		b.noMax = true
	case hedgeMax:
		b.noMin = true
	}
}

// set writes b into v.
func (b *bounds) set(v *Value) {
	v.Approx = b.approx
	v.Min, v.Max = nil, nil
	if !b.noMin {
		x := b.lo
		v.Min = &x
	}
	if !b.noMax {
		y := b.hi
		v.Max = &y
	}
}

// numberBounds returns the range of a number: its value, or Min to Max for
// a vague quantifier.
func numberBounds(n numeral.Number) (lo, hi float64) {
	if n.Vague {
		return n.Min, n.Max
	}
	return n.Value, n.Value
}

// numbers turns the numbers numeral.Find reports into values.
func (s *scan) numbers(nums []numeral.Number) {
	for k := 0; k < len(nums); k++ {
		n := nums[k]
		if n.Start < 0 || n.End > len(s.text) || n.Start >= n.End {
			continue
		}
		if n.Kind == numeral.Ordinal || n.Kind == numeral.Fraction {
			continue
		}
		if s.dateLike(n) || s.glued(n) || s.phone(n) {
			continue
		}
		var b bounds
		b.lo, b.hi = numberBounds(n)
		b.approx = n.Vague
		v := Value{Start: n.Start, End: n.End, Number: n}
		if n.Kind == numeral.Percent {
			v.Category, v.Group, v.Unit = "percent", "other", "percent"
		}
		first := s.tokenFrom(n.Start) // first token of the number
		last := s.tokenFrom(n.End)    // first token after the number

		// A hedge before the number (before its article in "أكثر من
		// الـ300"); a range "بين X و Y", "من X إلى Y", "X-Y", "X أو Y".
		hFirst, hPos := first, n.Start
		if first > 0 && first <= len(s.toks) && s.toks[first-1].Norm == "ال" && s.toks[first-1].End == n.Start {
			hFirst, hPos = first-1, s.toks[first-1].Start
		}
		h, hStart, hedged := s.matchBefore(beforeHedges, hFirst, hPos)
		ranged := false
		if k+1 < len(nums) && s.rangeEnd(n, nums[k+1], h, hedged) {
			m := nums[k+1]
			_, top := numberBounds(m)
			if top > b.lo {
				b.hi = top
				v.End = m.End
				last = s.tokenFrom(m.End)
				if m.Kind == numeral.Percent {
					v.Category, v.Group, v.Unit = "percent", "other", "percent"
				}
				ranged = true
				k++
			}
		}
		if !ranged && k+1 < len(nums) && s.dashPair(n, nums[k+1]) {
			k++ // "3-1" that is no range: a score or a code
			continue
		}
		if hedged && (h.kind == hedgeBetween || h.kind == hedgeFrom) && !ranged {
			hedged = false
		}
		if hedged {
			b.apply(h)
			v.Start = s.wordStart(hStart, func(w string) bool { return w == h.words[0] })
		}

		// A hedge right after the number ("300 تقريبا"), then the noun.
		if ah, next, ok := s.matchAfter(afterHedges, last, v.End); ok {
			b.apply(ah)
			v.End = s.toks[next-1].End
			last = next
		}
		var e *entry
		if v.Category != "percent" {
			var next int
			if e, next = s.counted(last, v.End); e != nil {
				v.End = s.toks[next-1].End
				if ah, nx, ok := s.matchAfter(afterHedges, next, v.End); ok {
					b.apply(ah)
					v.End = s.toks[nx-1].End
				}
			} else if !hedged && !ranged {
				// The noun before the number: "حافلة واحدة", "الساعات الـ72".
				var start int
				if e, start = s.nounBefore(n, first); e != nil {
					v.Start = start
				}
			}
		}
		if e == nil && v.Category != "percent" {
			// "مقتل سبعة أشخاص وفقدان نحو 15 آخرين": آخرين counts what the
			// previous quantity of the paragraph counted.
			if prev, next := s.others(last, v.End); prev != nil {
				v.End = s.toks[next-1].End
				v.Counted, v.Category, v.Group, v.Unit = prev.Counted, prev.Category, prev.Group, prev.Unit
				b.set(&v)
				s.out = append(s.out, v)
				continue
			}
		}
		if e != nil {
			v.Counted, v.Category, v.Group, v.Unit = e.lemma, e.category, e.group, e.unit
		} else if v.Category == "" && s.notFigure(n, first, last, ranged, b.hi) {
			continue
		} else if !ranged && k+1 < len(nums) && s.dateRange(n, nums[k+1]) {
			continue // "من 5 إلى 7 أيلول"
		}
		b.set(&v)
		s.out = append(s.out, v)
	}
}

// rangeEnd reports whether m closes a range that n opens: "X-Y" (digits),
// "X أو Y", "بين X و Y", and "بين X إلى Y" or "من X إلى Y" (the last only
// with a counted noun after Y, since "من 5 إلى 7" is more often a date or
// a score).
func (s *scan) rangeEnd(n, m numeral.Number, h hedge, hedged bool) bool {
	if m.Start < n.End || m.Start > len(s.text) || m.Kind == numeral.Ordinal || m.Kind == numeral.Fraction {
		return false
	}
	if n.Kind == numeral.Percent && m.Kind != numeral.Percent {
		return false
	}
	gap := strings.TrimFunc(s.text[n.End:m.Start], func(r rune) bool { return unicode.IsSpace(r) || r == 'ـ' })
	if len(gap) > len("إلى") || s.dateLike(m) || s.glued(m) || s.phone(m) {
		return false
	}
	between := hedged && h.kind == hedgeBetween
	switch arabic.Normalize(arabic.Match, gap) {
	case "-", "–", "—":
		return !n.Words && !m.Words
	case "او":
		return true
	case "و":
		return between
	case "الي", "حتي":
		if between {
			return true
		}
		if hedged && h.kind == hedgeFrom {
			e, _ := s.counted(s.tokenFrom(m.End), m.End)
			return e != nil
		}
	}
	return false
}

// dashPair reports whether n and m are digits joined by a dash.
func (s *scan) dashPair(n, m numeral.Number) bool {
	if m.Start < n.End || m.Start > len(s.text) || n.Words || m.Words {
		return false
	}
	switch strings.TrimSpace(s.text[n.End:m.Start]) {
	case "-", "–", "—":
		return true
	}
	return false
}

// dateRange reports whether n opens a range whose end m is a date: the 5
// of "من 5 إلى 7 أيلول" is a day.
func (s *scan) dateRange(n, m numeral.Number) bool {
	if m.Start < n.End || m.Start > len(s.text) {
		return false
	}
	gap := strings.TrimFunc(s.text[n.End:m.Start], func(r rune) bool { return unicode.IsSpace(r) || r == 'ـ' })
	switch arabic.Normalize(arabic.Match, gap) {
	case "-", "–", "—", "و", "الي", "حتي", "او":
		return s.dateLike(m)
	}
	return false
}

// nounBefore finds a counted noun written before the number: after it for
// "واحد" and "اثنان" ("حافلة واحدة", "جنديان اثنان"), or with the article
// on the number ("الساعات الـ72"). It returns the entry and the noun's
// start.
func (s *scan) nounBefore(n numeral.Number, first int) (*entry, int) {
	i := first - 1
	if i < 0 || i >= len(s.toks) {
		return nil, 0
	}
	small := n.Words && n.Value <= 2 && !n.Vague
	switch {
	case small:
		if !s.clean(s.toks[i].End, n.Start) {
			return nil, 0
		}
	case first < len(s.toks) && strings.HasPrefix(s.toks[first].Norm, "ال") && s.toks[first].Start == n.Start:
		// numeral reports "الـ72" and "الستة" with the article.
		if !s.clean(s.toks[i].End, n.Start) {
			return nil, 0
		}
	default:
		if s.toks[i].Norm != "ال" || !s.clean(s.toks[i].End, n.Start) {
			return nil, 0
		}
		i--
		if i < 0 {
			return nil, 0
		}
	}
	if i+1 < len(s.toks) && !s.clean(s.toks[i].End, s.toks[i+1].Start) {
		return nil, 0
	}
	if len(s.out) > 0 && s.out[len(s.out)-1].End > s.toks[i].Start {
		return nil, 0
	}
	e, _ := lex.lookup(s.toks[i].Norm)
	if e == nil {
		return nil, 0
	}
	return e, s.wordStart(i, exact)
}

// notFigure reports whether a number without a counted noun is not a
// quantity: a year, a day of a month, a time of day, a label ("المادة 5"),
// a bare "واحد" or "اثنان", or a small vague word ("عدة") alone.
func (s *scan) notFigure(n numeral.Number, first, last int, ranged bool, hi float64) bool {
	if n.Words && !n.Vague && n.Value <= 2 {
		return true
	}
	if n.Vague && n.Max <= 10 {
		return true
	}
	if isYear(s.text[n.Start:n.End], n.Value) && (!ranged || (hi >= 1900 && hi <= 2100)) {
		return true
	}
	if !n.Vague && strings.HasPrefix(s.norm(first), "ال") && s.toks[first].Start == n.Start {
		return true // "الستة" with no noun is an ordinal or a pronoun
	}
	prev := s.norm(first - 1)
	if yearWords[prev] || labelWords[prev] || timeWords[prev] || prev == "ال" {
		return true
	}
	if dayParts[s.norm(last)] {
		return true
	}
	return false
}

// isYear reports whether a number written as s is a year: four digits
// from 1900 to 2100.
func isYear(s string, v float64) bool {
	digits := 0
	for _, r := range s {
		if _, ok := numeral.DigitValue(r); ok {
			digits++
		} else if unicode.IsLetter(r) {
			return false
		}
	}
	return digits == 4 && v >= 1900 && v <= 2100 && v == math.Trunc(v)
}

// dateLike reports whether the number is part of a date or a time: next
// to a month name ("15 أيلول", "أيلول 2017", "15 من أيلول"), or inside a
// run of digits joined by / or : or by two dashes or dots ("2017/10/11",
// "10:30", "2017-09-16").
func (s *scan) dateLike(n numeral.Number) bool {
	// The run of digits and separators around the number.
	from, to := n.Start, n.End
	for from > 0 {
		r, size := utf8.DecodeLastRuneInString(s.text[:from])
		if !isDateRune(r) {
			break
		}
		from -= size
	}
	for to < len(s.text) {
		r, size := utf8.DecodeRuneInString(s.text[to:])
		if !isDateRune(r) {
			break
		}
		to += size
	}
	run := strings.Trim(s.text[from:to], "-/.:")
	if strings.ContainsAny(run, "/:") || strings.Count(run, "-") >= 2 || strings.Count(run, ".") >= 2 {
		return true
	}
	first := s.tokenFrom(n.Start)
	last := s.tokenFrom(n.End)
	next := s.norm(last)
	if next == "من" || next == "شهر" {
		next = s.norm(last + 1)
	}
	if months[stripOne(next)] || months[next] {
		return true
	}
	if (next == "ذو" || next == "ذي") && months[s.norm(last+1)] {
		return true
	}
	prev := s.norm(first - 1)
	if months[prev] || months[stripOne(prev)] {
		return true
	}
	if monthSecond[prev] && months[s.norm(first-2)] {
		return true
	}
	return false
}

func isDateRune(r rune) bool {
	if _, ok := numeral.DigitValue(r); ok {
		return true
	}
	return r == '/' || r == ':' || r == '-' || r == '.'
}

// glued reports whether the number is written onto a word that is not a
// proclitic, as in a model name: "أم16", "F-16", "برامز155".
func (s *scan) glued(n numeral.Number) bool {
	if n.Start == 0 {
		return false
	}
	r, size := utf8.DecodeLastRuneInString(s.text[:n.Start])
	if r == '-' && n.Start-size > 0 {
		p, _ := utf8.DecodeLastRuneInString(s.text[:n.Start-size])
		return unicode.Is(unicode.Latin, p)
	}
	if !unicode.IsLetter(r) && r != 'ـ' {
		return false
	}
	if unicode.Is(unicode.Latin, r) {
		return true
	}
	i := s.tokenBefore(n.Start)
	if i < 0 || s.toks[i].End != n.Start {
		return false
	}
	switch s.toks[i].Norm {
	case "و", "ف", "ب", "ل", "ك", "ال", "بال", "وال", "لل", "فال", "وب", "ول", "وبال":
		return false
	}
	return true
}

// phone reports whether the number looks like a telephone number or other
// code: seven digits or more in a row, a leading zero, or a leading +.
func (s *scan) phone(n numeral.Number) bool {
	txt := s.text[n.Start:n.End]
	if n.Words {
		return false
	}
	if strings.HasPrefix(txt, "0") && len(txt) > 1 && !strings.HasPrefix(txt, "0.") && !strings.HasPrefix(txt, "0,") {
		return true
	}
	if n.Start > 0 && s.text[n.Start-1] == '+' {
		return true
	}
	run := 0
	for _, r := range txt {
		if _, ok := numeral.DigitValue(r); ok {
			run++
			if run >= 7 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// duals adds the dual nouns that count two on their own: "حافلتين",
// "أسبوعين", with a hedge before them ("أكثر من أسبوعين").
func (s *scan) duals() {
	covered := s.coveredFunc()
	for i, t := range s.toks {
		if !strings.HasSuffix(t.Norm, "ين") && !strings.HasSuffix(t.Norm, "ان") || covered(t.Start, t.End) {
			continue
		}
		// lookup reads "مستشفيين" as a plural of the stem; lex.dual knows
		// better when the lexicon lists no sound plural for it.
		e, dual := lex.lookup(t.Norm)
		if e == nil || !dual {
			if e = lex.dual(t.Norm); e == nil {
				continue
			}
		}
		v := Value{
			Start: t.Start, End: t.End, Counted: e.lemma, Category: e.category, Group: e.group, Unit: e.unit,
			Number: numeral.Number{Start: t.Start, End: t.End, Value: 2, Min: 2, Max: 2, Words: true},
		}
		b := bounds{lo: 2, hi: 2}
		if h, first, ok := s.matchBefore(beforeHedges, i, t.Start); ok && h.kind != hedgeBetween && h.kind != hedgeFrom &&
			!covered(s.toks[first].Start, t.Start) {
			b.apply(h)
			v.Start = s.wordStart(first, func(w string) bool { return w == h.words[0] })
		}
		if h, next, ok := s.matchAfter(afterHedges, i+1, t.End); ok && !covered(t.End, s.toks[next-1].End) {
			b.apply(h)
			v.End = s.toks[next-1].End
		}
		if v.Start == t.Start {
			v.Start = s.wordStart(i, exact)
		}
		b.set(&v)
		s.out = append(s.out, v)
	}
}

// coveredFunc returns a function reporting whether [from, to) overlaps a
// value found so far.
func (s *scan) coveredFunc() func(from, to int) bool {
	vs := append([]Value(nil), s.out...)
	sort.Slice(vs, func(i, j int) bool { return vs[i].Start < vs[j].Start })
	return func(from, to int) bool {
		i := sort.Search(len(vs), func(i int) bool { return vs[i].End > from })
		return i < len(vs) && vs[i].Start < to
	}
}

// maxAnaphorGap is how many words may stand between a quantity and the
// "مثلهم" or "ضعفهم" that refers to it ("قتل 40 مدنيا وأصيب ضعفهم" has
// one); further away, ضعفه is more likely "his weakness".
const maxAnaphorGap = 4

// anaphors adds "ومثلهم تقريبا من عائلاتهم" after "308 من مقاتليه": a
// word that stands for the previous quantity of the same sentence, times
// its factor (مثل 1, ضعف 2), with what it counts when named.
func (s *scan) anaphors() {
	if len(s.out) == 0 {
		return
	}
	vs := append([]Value(nil), s.out...)
	sort.Slice(vs, func(i, j int) bool { return vs[i].Start < vs[j].Start })
	covered := s.coveredFunc()
	for i, t := range s.toks {
		if !strings.Contains(t.Norm, "مثل") && !strings.Contains(t.Norm, "ضعف") {
			continue
		}
		factor, ok := anaphors[t.Norm]
		if !ok {
			factor, ok = anaphors[stripOne(t.Norm)]
		}
		if !ok || covered(t.Start, t.End) {
			continue
		}
		p := sort.Search(len(vs), func(j int) bool { return vs[j].End > t.Start }) - 1
		if p < 0 || s.sentenceBreak(vs[p].End, t.Start) || i-s.tokenFrom(vs[p].End) > maxAnaphorGap {
			continue
		}
		prev := vs[p]
		start := s.wordStart(i, func(w string) bool { _, ok := anaphors[w]; return ok })
		v := Value{Start: start, End: t.End, Approx: prev.Approx, Number: prev.Number,
			Counted: prev.Counted, Category: prev.Category, Group: prev.Group, Unit: prev.Unit}
		if prev.Min != nil {
			x := *prev.Min * factor
			v.Min = &x
		}
		if prev.Max != nil {
			y := *prev.Max * factor
			v.Max = &y
		}
		next := i + 1
		if h, nx, ok := s.matchAfter(afterHedges, next, v.End); ok {
			switch h.kind {
			case hedgeApprox:
				v.Approx = true
			case hedgeMin:
				v.Max = nil
			case hedgeMax:
				v.Min = nil
			}
			v.End = s.toks[nx-1].End
			next = nx
		}
		if next < len(s.toks) && s.toks[next].Norm == "من" {
			if e, nx := s.counted(next, v.End); e != nil {
				v.Counted, v.Category, v.Group, v.Unit = e.lemma, e.category, e.group, e.unit
				v.End = s.toks[nx-1].End
			}
		}
		s.out = append(s.out, v)
	}
}

// others reads "آخرين" (others) at token i, right after a number ending at
// pos, and returns the previous quantity of the same paragraph with a
// counted noun, whose noun it stands for, and the token after it.
func (s *scan) others(i, pos int) (*Value, int) {
	if i >= len(s.toks) || !s.clean(pos, s.toks[i].Start) {
		return nil, i
	}
	switch s.toks[i].Norm {
	case "اخرين", "اخرون", "اخري", "اخريات", "اخر":
	default:
		return nil, i
	}
	for j := len(s.out) - 1; j >= 0; j-- {
		p := &s.out[j]
		if p.End > pos || strings.Contains(s.text[p.End:pos], "\n") {
			return nil, i
		}
		if p.Counted != "" {
			return p, i + 1
		}
	}
	return nil, i
}
