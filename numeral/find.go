package numeral

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Find returns every number in text, non-overlapping, leftmost-longest,
// ordered by Start, with byte offsets into text: text[n.Start:n.End] is the
// number as written, without the conjunction or preposition attached to its
// first word (و ف ب ل ك) but with the article ال.
//
// Dates and times written with digits (5/9/2017, 2017-09-05, 5.9.2017,
// 10:30) are left out entirely: package timex reads them. Two numbers
// joined by a hyphen (5-10) are a range and reported as two numbers.
//
// Find never panics, whatever text holds (invalid UTF-8 included), and is
// safe for concurrent use.
func Find(text string) []Number {
	p := newParser(text, false)
	if len(p.toks) == 0 {
		return nil
	}
	out := make([]Number, 0, len(p.toks)/2+1)
	prevEnd := 0
	for i := 0; i < len(p.toks); {
		r, ok := p.best(i)
		if !ok {
			i++
			continue
		}
		n := r.n
		if n.Start < prevEnd {
			n.Start = prevEnd
		}
		out = append(out, n)
		prevEnd = n.End
		i = r.next
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// Parse reads s, trimmed of spaces and punctuation such as parentheses and
// quotes, as exactly one number, and returns its preferred reading (the one
// Find would give; see Readings for all). It reports false when s is not
// one number. Parse reads what Find reads, and also the bare ordinals
// that Find leaves alone, since the caller says s is a number: ثانية and
// ثان are the ordinal 2 and الحادي the ordinal 1, and a lone أحد, إحدى
// or ست is 1 or 6 (Find leaves them: "someone", "one of", "lady").
func Parse(s string) (Number, bool) {
	rs := Readings(s)
	if len(rs) == 0 {
		return Number{}, false
	}
	return rs[0], true
}

// Readings returns every reading of s (trimmed like Parse) as one whole
// number expression, the preferred first: "العشرين" is the ordinal 20 and
// the cardinal 20; "الأحد عشر" the ordinal 11 and the cardinal 11;
// "المئة" the ordinal 100 and the cardinal 100. Offsets are into s as
// given. It returns nil when s is not one number.
func Readings(s string) []Number {
	lo, hi := trimBounds(s)
	if lo >= hi {
		return nil
	}
	p := newParser(s[:hi], true)
	if len(p.toks) == 0 {
		return nil
	}
	first := 0
	for first < len(p.toks) && p.toks[first].end <= lo {
		first++
	}
	if first != 0 {
		return nil
	}
	var out []Number
	var buf [4]result
	for _, r := range p.all(0, &buf) {
		if r.next != len(p.toks) || !onlyPunct(s[lo:r.n.Start]) || !onlyPunct(s[r.n.End:hi]) {
			continue
		}
		for _, n := range append([]Number{r.n}, r.alt...) {
			dup := false
			for _, o := range out {
				if o.Kind == n.Kind && o.Value == n.Value && o.Max == n.Max {
					dup = true
				}
			}
			if !dup {
				out = append(out, n)
			}
		}
	}
	return out
}

// trimBounds returns the part of s left when spaces and punctuation are
// trimmed, keeping a leading sign, decimal point or percent sign and a
// trailing percent sign.
func trimBounds(s string) (lo, hi int) {
	lo, hi = 0, len(s)
	for lo < hi {
		r, n := utf8.DecodeRuneInString(s[lo:])
		if !trimmable(r) || isSign(r) || r == '.' || r == '٫' {
			break
		}
		lo += n
	}
	for hi > lo {
		r, n := utf8.DecodeLastRuneInString(s[lo:hi])
		if !trimmable(r) || r == '%' || r == '٪' {
			break
		}
		hi -= n
	}
	return lo, hi
}

func trimmable(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) && r != '%' && r != '٪' || isInvisible(r)
}

func isSign(r rune) bool { return r == '-' || r == '−' || r == '%' || r == '٪' }

// onlyPunct reports whether s holds nothing but spaces and punctuation
// that a number does not read.
func onlyPunct(s string) bool {
	for _, r := range s {
		if !trimmable(r) || isSign(r) {
			return false
		}
	}
	return true
}

// A tok is one token of the text, with what the lexicon knows of it.
type tok struct {
	start, end int    // bytes of the token in the text
	norm       string // set only for a separate و, which joins numbers
	num        bool   // a run of digits
	dateLike   bool   // digits that are part of a date or time
	skip       int    // bytes from start to the word after its proclitics
	conj       bool   // the proclitic is exactly و
	other      bool   // proclitics other than a lone و (ب ل ك ف وب …)
	bi         bool   // the proclitics end in ب (بالمئة)
	def        bool   // the word has the article
	e          *entry
}

type parser struct {
	text  string
	toks  []tok
	whole bool // reading one whole expression (Parse, Readings)
}

func newParser(text string, whole bool) *parser {
	p := &parser{text: text, toks: scan(text), whole: whole}
	p.markDates()
	return p
}

// prefixes are the proclitics tried before a word, longest last; a word
// found whole wins over a split (الف is 1000, not ال + ف). analyze tries
// them in this order.
var prefixes = [...]string{"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"}

const article = "ال"

// analyze looks the token's word up in the lexicon, whole, then after
// each proclitic sequence in the order of prefixes, each with and without
// the article.
func analyze(k *tok, text, w string) {
	if len(w) < 4 {
		return
	}
	if k.try(text, "", w) {
		return
	}
	c1 := ""
	if strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف") {
		c1 = w[:2]
		if k.try(text, c1, w[2:]) {
			return
		}
	}
	if c1 == "" && isPrep(w) {
		k.try(text, w[:2], w[2:])
		return
	}
	if c1 != "" && isPrep(w[2:]) {
		k.try(text, w[:4], w[4:])
	}
}

// isPrep reports whether w starts with ب، ل or ك.
func isPrep(w string) bool {
	return strings.HasPrefix(w, "ب") || strings.HasPrefix(w, "ل") || strings.HasPrefix(w, "ك")
}

// try looks up rest after the proclitics pre, whole and without the
// article, and sets the token when found.
func (k *tok) try(text, pre, rest string) bool {
	if len(rest) < 4 {
		return false
	}
	if strings.HasSuffix(pre, "ك") && (rest == "مية" || rest == "ميه") {
		return false // كمية is "quantity", not ك + the dialect hundred
	}
	if e := lookup(rest); e != nil && !(pre == "" && hamzaAfterWaw(text[k.start:k.end])) {
		k.set(text, pre, false, e)
		return true
	}
	if strings.HasPrefix(rest, article) {
		if e := lookup(rest[len(article):]); e != nil {
			k.set(text, pre, true, e)
			return true
		}
	}
	// ل + ال is written لل: للعشرين.
	if strings.HasSuffix(pre, "ل") && strings.HasPrefix(rest, "ل") {
		if e := lookup(rest[len("ل"):]); e != nil {
			k.set(text, pre, true, e)
			return true
		}
	}
	return false
}

// lookup returns the lexicon entry of the normalized word w, or nil.
func lookup(w string) *entry {
	if !mayStart(w) {
		return nil
	}
	return lex[w]
}

// hamzaAfterWaw reports whether w is written و + alef with hamza: وأحد is
// "and one (of)", not واحد.
func hamzaAfterWaw(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if r != 'و' {
		return false
	}
	for _, r := range w[n:] {
		if unicode.IsLetter(r) {
			return r == 'أ' || r == 'إ' || r == 'آ'
		}
	}
	return false
}

func (k *tok) set(text, pre string, def bool, e *entry) {
	k.def, k.e = def, e
	k.conj = pre == "و"
	k.other = pre != "" && pre != "و"
	k.bi = strings.HasSuffix(pre, "ب")
	if pre != "" {
		k.skip = skipLetters(text[k.start:k.end], utf8.RuneCountInString(pre))
	}
}

// skipLetters returns the byte length of the first n letters of w with the
// marks that follow them; 0 if that would leave nothing.
func skipLetters(w string, n int) int {
	i := 0
	for i < len(w) && n > 0 {
		r, sz := utf8.DecodeRuneInString(w[i:])
		i += sz
		if unicode.IsLetter(r) {
			n--
		}
	}
	for i < len(w) {
		r, sz := utf8.DecodeRuneInString(w[i:])
		if unicode.IsLetter(r) {
			break
		}
		i += sz
	}
	if i >= len(w) {
		return 0
	}
	return i
}

// word returns the token's text after its proclitics.
func (p *parser) word(k *tok) string { return p.text[k.start+k.skip : k.end] }

// damma reports whether the token's first letter (after proclitics) bears
// a damma: خُمس is a fifth.
func (p *parser) damma(k *tok) bool {
	w := p.word(k)
	_, n := utf8.DecodeRuneInString(w)
	for _, r := range w[n:] {
		if r == '\u064F' {
			return true
		}
		if unicode.IsLetter(r) {
			return false
		}
	}
	return false
}

// taMarbuta reports whether the token's last letter is ة.
func (p *parser) taMarbuta(k *tok) bool {
	w := p.word(k)
	for len(w) > 0 {
		r, n := utf8.DecodeLastRuneInString(w)
		if unicode.IsLetter(r) {
			return r == 'ة' || r == 'ۃ'
		}
		w = w[:len(w)-n]
	}
	return false
}

// markDates marks digits joined by / : \ (5/9/2017, 10:30) or by hyphens
// more than once (2017-09-05) as dates and times.
func (p *parser) markDates() {
	for i := 0; i < len(p.toks); {
		if !p.toks[i].num {
			i++
			continue
		}
		j := i
		slash := false
		for j+1 < len(p.toks) && p.toks[j+1].num {
			g := p.text[p.toks[j].end:p.toks[j+1].start]
			if g == "/" || g == ":" || g == "\\" {
				slash = true
			} else if g != "-" && g != "−" && g != "–" {
				break
			}
			j++
		}
		if j > i && (slash || j-i >= 2) {
			for k := i; k <= j; k++ {
				p.toks[k].dateLike = true
			}
		}
		i = j + 1
	}
}

// spaceGap reports whether only spaces (no line break) lie between tokens
// a and b.
func (p *parser) spaceGap(a, b int) bool {
	return p.spaceGapBytes(p.toks[a].end, p.toks[b].start)
}

// spaceGapBytes reports whether only spaces (no line break) lie in
// text[from:to].
func (p *parser) spaceGapBytes(from, to int) bool {
	if from > to {
		return false
	}
	for _, r := range p.text[from:to] {
		if r != ' ' && r != '\t' && r != '\u00A0' && r != '\u2009' && r != '\u202F' && r != '\u200A' && !isInvisible(r) {
			return false
		}
	}
	return true
}

func isInvisible(r rune) bool {
	return r >= '\u200B' && r <= '\u200F' || r == '\u2060' || r == '\uFEFF' || r == '\u061C' ||
		r >= '\u202A' && r <= '\u202E' || r >= '\u2066' && r <= '\u2069'
}

// piece returns the token that continues a number after token j-1: token j
// itself, or the token after a separate و. conj says whether و joins it.
func (p *parser) piece(j int) (k int, conj bool, ok bool) {
	if j <= 0 || j >= len(p.toks) || !p.spaceGap(j-1, j) {
		return 0, false, false
	}
	t := &p.toks[j]
	if t.norm == normWaw {
		if j+1 < len(p.toks) && p.spaceGap(j, j+1) {
			u := &p.toks[j+1]
			if u.conj || u.other {
				return 0, false, false
			}
			return j + 1, true, true
		}
		return 0, false, false
	}
	if t.other {
		return 0, false, false
	}
	return j, t.conj, true
}

// pieceEntry is piece with the next token's lexicon entry; e is nil for
// digits and unknown words.
func (p *parser) pieceEntry(j int) (k int, conj bool, e *entry, ok bool) {
	k, conj, ok = p.piece(j)
	if ok {
		e = p.toks[k].e
	}
	return k, conj, e, ok
}

// A result is one reading found at a token.
type result struct {
	n    Number
	next int      // the first token after the number
	alt  []Number // other readings of the same span
	prio int      // among readings of one length, the lowest wins
}

// best returns the longest reading at token i, as all would put first,
// without building the list.
func (p *parser) best(i int) (result, bool) {
	t := &p.toks[i]
	if t.num {
		// Digits are cardinals (or percentages), or count a fraction.
		c, ok := p.cardinal(i)
		if f, fok := p.fraction(i); fok && (!ok || f.n.End > c.n.End) {
			return f, true
		}
		return c, ok
	}
	if t.e == nil {
		return result{}, false
	}
	var b result
	ok := false
	for k := range 5 {
		var c result
		var found bool
		switch k {
		case 0:
			c, found = p.ordinal(i)
		case 1:
			c, found = p.vague(i)
		case 2:
			c, found = p.fraction(i)
		case 3:
			c, found = p.cardinal(i)
		case 4:
			c, found = p.minus(i)
		}
		if found && (!ok || c.n.End > b.n.End || c.n.End == b.n.End && c.prio < b.prio) {
			b, ok = c, true
		}
	}
	return b, ok
}

// all returns every reading at token i, best first: longest, then by
// priority. The readings are written into buf.
func (p *parser) all(i int, buf *[4]result) []result {
	rs := buf[:0]
	t := &p.toks[i]
	if !t.num && t.e == nil {
		return nil
	}
	if r, ok := p.ordinal(i); ok {
		rs = append(rs, r)
	}
	if r, ok := p.vague(i); ok {
		rs = append(rs, r)
	}
	if r, ok := p.fraction(i); ok {
		rs = append(rs, r)
	}
	if r, ok := p.cardinal(i); ok {
		rs = append(rs, r)
	}
	if r, ok := p.minus(i); ok {
		rs = append(rs, r)
	}
	for a := 1; a < len(rs); a++ {
		for b := a; b > 0; b-- {
			x, y := rs[b-1], rs[b]
			if y.n.End > x.n.End || y.n.End == x.n.End && y.prio < x.prio {
				rs[b-1], rs[b] = y, x
			}
		}
	}
	return rs
}

func exact(start, end int, v float64, k Kind, words bool) Number {
	return Number{Start: start, End: end, Value: v, Min: v, Max: v, Kind: k, Words: words}
}
