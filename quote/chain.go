package quote

import (
	"sort"
	"strings"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
	"github.com/isnad-news/isnad/entity"
)

// passage is a run of paragraphs taken from one cited source: from the
// paragraph that cites it to the last one that refers to it, with the
// paragraphs between that cite nobody else.
type passage struct {
	src         source
	first, last int
	// loose is set when the last paragraph does not refer to the source.
	loose bool
}

// finish cuts reported statements at the next cue, adds the quotations
// nobody introduces, and works out scopes and chains.
func (f *finder) finish() {
	sort.Ints(f.cuts)
	for _, q := range f.quotes {
		if !q.reported {
			continue
		}
		k := sort.SearchInts(f.cuts, q.q.Start+1)
		if k < len(f.cuts) && f.cuts[k] < q.q.End {
			q.q.End = trimStatement(f.body, q.q.Start, f.cuts[k])
		}
	}
	f.standalone()
	// Body order; a quote inside a direct quote, or the same statement
	// twice, is dropped.
	sort.SliceStable(f.quotes, func(a, b int) bool { return f.quotes[a].q.Start < f.quotes[b].q.Start })
	kept := f.quotes[:0]
	for _, q := range f.quotes {
		if q.q.Start >= q.q.End {
			continue
		}
		if n := len(kept); n > 0 && !q.nested {
			p := kept[n-1]
			if q.q.Start < p.q.End {
				if q.q.End <= p.q.End && (p.q.Direct || q.q.Start == p.q.Start) {
					continue
				}
				if q.q.Start == p.q.Start {
					continue
				}
				// Overlapping: the earlier statement ends where this one
				// begins.
				p.q.End = trimStatement(f.body, p.q.Start, q.q.Start)
				if p.q.End <= p.q.Start {
					kept = kept[:n-1]
				}
			}
		}
		kept = append(kept, q)
	}
	f.quotes = kept
	sort.SliceStable(f.cites, func(a, b int) bool { return f.cites[a].c.Start < f.cites[b].c.Start })
	f.scopes()
	f.preChains()
	ps := f.passages()
	f.chains(ps)
}

// standalone adds the quotations of four words or more that no cue
// introduces: the speaker is the one of a cue right after them ("«…»،
// قال X"), or unknown.
func (f *finder) standalone() {
	for _, p := range f.pairs {
		if !p.closed || p.words < 4 {
			continue
		}
		covered := false
		for _, q := range f.quotes {
			if q.q.Start <= p.inner.Start && p.inner.End <= q.q.End || p.inner.Start <= q.q.Start && q.q.End <= p.inner.End {
				covered = true
				break
			}
		}
		if covered {
			continue
		}
		q := &quoteRec{pos: p.open, sent: f.sentAt(p.open)}
		q.para = f.sentPara[q.sent]
		q.q = isnad.Quote{Span: p.inner, Direct: true}
		// "«…»، قال X": a record right after the closing mark.
		for _, r := range f.records {
			if r.pos > p.close && r.pos-p.close <= 12 && strings.TrimSpace(strings.Trim(f.body[p.close:r.pos], "\"”»’'،, ")) == "" {
				q.speaker = r.src
				break
			}
		}
		if !q.speaker.valid() {
			if prev := f.continued(p); prev != nil {
				// A quotation over two paragraphs: "«…" then "«…»".
				q.speaker, q.inter = prev.speaker, prev.inter
			} else if g, ok := asSaid(f.body[p.close:min(len(f.body), p.close+40)]); ok {
				// "«…»، على حد قوله".
				if s, found := f.previous(g, q.para); found {
					q.speaker = s
				}
			}
		}
		f.quotes = append(f.quotes, q)
	}
}

// continued returns the quote a quotation continues: it opens its
// paragraph, and the paragraph before ends inside a quotation never
// closed, which is that quote's statement.
func (f *finder) continued(p pair) *quoteRec {
	para := f.paraAt(p.open)
	if para <= 0 || p.open != f.paras[para].Start {
		return nil
	}
	prev := f.paras[para-1]
	for _, o := range f.pairs {
		if !o.closed && o.close == prev.End && o.open >= prev.Start {
			for _, q := range f.quotes {
				if q.q.Start >= o.open && q.q.End <= o.close && q.speaker.valid() {
					return q
				}
			}
		}
	}
	return nil
}

// asSaid reports whether s, the text after a closing mark, opens with
// "على حد قوله" or "حسب تعبيره", and the gender of the pronoun.
func asSaid(s string) (gender, bool) {
	s = strings.TrimLeft(s, "\"”»’'،, ")
	for _, w := range []string{"على حد قوله", "على حد تعبيره", "حسب تعبيره", "بحسب تعبيره", "على حد قولها", "على حد تعبيرها", "حسب تعبيرها", "بحسب تعبيرها"} {
		if strings.HasPrefix(s, w) {
			if strings.HasSuffix(w, "ها") {
				return fem, true
			}
			return masc, true
		}
	}
	return 0, false
}

// scopes sets each citation's base scope: its sentence (with the sentence
// before when the citation stands alone, as in "… . بحسب الأناضول."), or
// its paragraph when it opens the paragraph.
func (f *finder) scopes() {
	for _, c := range f.cites {
		para := f.paras[c.para]
		if !c.relay && f.opensPara(c.c.Start, para) {
			c.opensPara = true
			c.c.Scope = para
			// "وبحسب شهود، …، فيما قالت وكالة X إن …": another source
			// after فيما or بينما ends the scope.
			for _, o := range f.cites {
				if o.c.Start > c.c.End && o.c.Start < para.End && o.src.key() != c.src.key() {
					if at, ok := f.contrastBefore(o.c.Start); ok {
						c.c.Scope.End = trimStatement(f.body, para.Start, at)
						break
					}
				}
			}
			// A later sentence that opens with a reporting verb and its
			// own subject ("وأكد X أن") is a new voice: the scope ends
			// before it.
			for _, q := range f.quotes {
				if q.para == c.para && q.explicit && q.sent > c.sent && q.pos < c.c.Scope.End && q.speaker.key() != c.src.key() &&
					strings.Trim(f.body[f.sents[q.sent].Start:q.pos], " \t\nو") == "" {
					c.c.Scope.End = trimStatement(f.body, para.Start, f.sents[q.sent].Start)
					break
				}
			}
			continue
		}
		s := f.sents[c.sent]
		// The citation may run out of its sentence ("ل\n\nـروسيا اليوم").
		a, b := min(max(c.c.Start, s.Start), s.End), max(min(c.c.End, s.End), s.Start)
		if rest := strings.Trim(f.body[s.Start:a]+f.body[b:s.End], " \t،,.:;\"“”«»'"); rest == "" && c.sent > 0 && f.sentPara[c.sent-1] == c.para {
			s.Start = f.sents[c.sent-1].Start
		}
		c.c.Scope = s
	}
}

// contrastBefore reports whether the word before byte pos in its sentence
// is "فيما", "بينما" or "في حين", and where that word begins.
func (f *finder) contrastBefore(pos int) (int, bool) {
	k := sort.Search(len(f.toks), func(k int) bool { return f.toks[k].End > pos })
	if k <= 0 || k >= len(f.toks) || !f.sameSent(k-1, k) {
		return 0, false
	}
	switch n := f.norm[k-1]; {
	case n == "فيما" || n == "بينما" || n == "وفيما" || n == "وبينما":
		return f.toks[k-1].Start, true
	case n == "حين" && k >= 2 && (f.norm[k-2] == "في" || f.norm[k-2] == "وفي"):
		return f.toks[k-2].Start, true
	}
	return 0, false
}

// opensPara reports whether a citation at byte pos opens paragraph p: only
// connectors ("وفي حين", "وكان") come before it.
func (f *finder) opensPara(pos int, p isnad.Span) bool {
	k := sort.Search(len(f.toks), func(k int) bool { return f.toks[k].Start >= p.Start })
	n := 0
	for ; k < len(f.toks) && f.toks[k].End <= pos; k++ {
		if !openers[f.norm[k]] {
			return false
		}
		n++
	}
	return n <= 3
}

// covers reports whether citation c applies to quote q: its scope holds
// the statement and, for an outlet that is the subject of its own quote,
// it is that quote or it opens the paragraph.
func covers(c *citeRec, q *quoteRec) bool {
	if c.c.Scope.Start > q.q.Start || q.q.End > c.c.Scope.End {
		return false
	}
	if q.q.Start <= c.c.Start && c.c.End <= q.q.End {
		return false // a citation inside the statement is part of it
	}
	if c.relay && !c.passage {
		return false
	}
	if c.subject && !c.opensPara && !c.passage {
		return c.src.key() == q.speaker.key()
	}
	return true
}

// link is the intermediaries a speaker was last quoted through.
type link struct {
	via []source
	pos int
}

// preChains sets each quote's chain without passages: the citations whose
// scope holds it, then the intermediaries its speaker was last quoted
// through (until another outlet is cited), then its own intermediaries.
func (f *finder) preChains() {
	links := map[string]link{}
	for _, q := range f.quotes {
		// The intermediaries named with the quote keep their own order
		// ("نقلت صحيفة X عن وكالة Y أن": X, then Y).
		var chain []source
		for _, c := range f.cites {
			if covers(c, q) && c.opensPara && !inChain(q.inter, c.src) {
				chain = append(chain, c.src)
			}
		}
		for _, c := range f.cites {
			if covers(c, q) && !c.opensPara && !inChain(q.inter, c.src) {
				chain = append(chain, c.src)
			}
		}
		chain = append(chain, q.inter...)
		chain = dedupe(chain, q.speaker)
		if q.speaker.valid() {
			k := q.speaker.key()
			if len(chain) > 0 {
				links[k] = link{via: chain, pos: q.pos}
			} else if l, ok := links[k]; ok && !f.otherMedia(l, q.pos) {
				chain = l.via
			}
		}
		q.pre = chain
	}
}

// otherMedia reports whether an outlet other than the link's was cited
// between the link and pos.
func (f *finder) otherMedia(l link, pos int) bool {
	for _, c := range f.cites {
		if c.c.Start > l.pos && c.c.Start < pos && c.src.media() && !inChain(l.via, c.src) {
			return true
		}
	}
	return false
}

func inChain(chain []source, s source) bool {
	for _, c := range chain {
		if c.key() == s.key() {
			return true
		}
	}
	return false
}

// dedupe drops repeated sources and the speaker from chain.
func dedupe(chain []source, speaker source) []source {
	var out []source
	for _, s := range chain {
		if !s.valid() || speaker.valid() && s.key() == speaker.key() || inChain(out, s) || s.out().Type == "OUTLET" {
			continue
		}
		out = append(out, s)
	}
	return out
}

// passages finds the passages taken from cited sources. A passage opens
// where the text refers back to a source it cited in an earlier paragraph
// ("وقالت الصحيفة", "وتشير نيويورك تايمز إلى أن", "بحسب الصحيفة"), and
// starts at that earlier paragraph when it is the one before. It goes on
// through the paragraphs that refer to the source (by name, anaphora, or
// a speaker quoted through it) and those that cite no other outlet. A
// heading suspends it (the next paragraph that refers to the source
// resumes it, with the paragraphs between); a paragraph in the writer's
// own voice ("الجدير بالذكر أن"), or one citing another outlet, ends it.
func (f *finder) passages() []passage {
	np := len(f.paras)
	refs := make([]map[string]bool, np)
	other := make([][]source, np)
	openers := make([]*citeRec, np)
	citedIn := map[string]int{} // source key → first paragraph citing it
	for i := range refs {
		refs[i] = map[string]bool{}
	}
	for _, c := range f.cites {
		k := c.src.key()
		refs[c.para][k] = true
		if first, ok := citedIn[k]; ok && first < c.para || c.anaphoric {
			if openers[c.para] == nil {
				openers[c.para] = c
			}
		}
		if _, ok := citedIn[k]; !ok {
			citedIn[k] = c.para
		}
		if c.src.media() {
			other[c.para] = append(other[c.para], c.src)
		}
	}
	// voice[p] is the speaker of a paragraph that opens with a reporting
	// verb and its own subject ("وقالت مصادر طبية إن"): a new voice,
	// which ends a passage unless it is the passage's source or quoted
	// through it.
	voice := make([]*quoteRec, np)
	for _, q := range f.quotes {
		if q.speaker.media() {
			refs[q.para][q.speaker.key()] = true
		}
		for _, s := range q.pre {
			refs[q.para][s.key()] = true
		}
		if q.explicit && voice[q.para] == nil && q.sent == f.firstSent(q.para) {
			voice[q.para] = q
		}
	}
	var out []passage
	cur := -1
	suspended := false
	for p := 0; p < np; p++ {
		if f.heading[p] {
			if cur >= 0 {
				suspended = true
			}
			continue
		}
		if f.ownVoice(p) {
			cur = -1
			continue
		}
		if c := openers[p]; c != nil {
			k := c.src.key()
			if cur >= 0 && out[cur].src.key() == k {
				out[cur].last, suspended, out[cur].loose = p, false, false
				c.passage = true
				continue
			}
			start := p
			if prev := f.prevPara(p); prev >= 0 && refs[prev][k] && (cur < 0 || out[cur].last < prev) {
				start = prev
			}
			out = append(out, passage{src: c.src, first: start, last: p})
			cur, suspended = len(out)-1, false
			c.passage = true
			continue
		}
		if cur < 0 {
			continue
		}
		k := out[cur].src.key()
		if refs[p][k] {
			out[cur].last, suspended, out[cur].loose = p, false, false
			continue
		}
		ends := false
		for _, s := range other[p] {
			ends = ends || s.key() != k
		}
		if q := voice[p]; q != nil && q.speaker.key() != k {
			ends = true
		}
		if ends || !suspended && out[cur].loose {
			// Another source or a new voice ends the passage, and so
			// does a second paragraph in a row that does not refer to
			// its source.
			cur = -1
			continue
		}
		if !suspended {
			out[cur].last = p
			out[cur].loose = true
		}
	}
	// The citations that open a passage cover the rest of it.
	for _, ps := range out {
		span := isnad.Span{Start: f.paras[ps.first].Start, End: f.paras[ps.last].End}
		first := true
		for _, c := range f.cites {
			if c.para < ps.first || c.para > ps.last || c.src.key() != ps.src.key() {
				continue
			}
			if first {
				c.c.Scope = span
				c.passage = true
				first = false
			} else if c.passage {
				c.c.Scope = isnad.Span{Start: f.paras[c.para].Start, End: span.End}
			}
		}
	}
	return out
}

// firstSent is the first sentence of paragraph p.
func (f *finder) firstSent(p int) int {
	return f.sentAt(f.paras[p].Start)
}

// prevPara is the paragraph before p that is no heading, or -1.
func (f *finder) prevPara(p int) int {
	for q := p - 1; q >= 0; q-- {
		if !f.heading[q] {
			return q
		}
	}
	return -1
}

// ownVoice reports whether paragraph p opens in the writer's own voice.
func (f *finder) ownVoice(p int) bool {
	k := sort.Search(len(f.toks), func(k int) bool { return f.toks[k].Start >= f.paras[p].Start })
	for j := k; j < len(f.toks) && j < k+2 && f.toks[j].Start < f.paras[p].End; j++ {
		if ownVoice[f.norm[j]] {
			return true
		}
	}
	return false
}

// chains sets every quote's Via and every citation's chain: the passage's
// source first, then the quote's chain without passages, then the speaker.
func (f *finder) chains(ps []passage) {
	inPassage := func(para int) []source {
		for _, p := range ps {
			if p.first <= para && para <= p.last {
				return []source{p.src}
			}
		}
		return nil
	}
	for _, q := range f.quotes {
		chain := append(inPassage(q.para), q.pre...)
		chain = dedupe(chain, q.speaker)
		if q.speaker.valid() {
			chain = append(chain, q.speaker)
		}
		q.q.Via = make([]isnad.Source, 0, len(chain))
		for _, s := range chain {
			q.q.Via = append(q.q.Via, s.out())
		}
		q.q.Text = f.body[q.q.Start:q.q.End]
		q.q.Speaker = q.speaker.name
		q.q.SpeakerID = q.speaker.id
		q.q.Unnamed = q.speaker.unnamed
	}
	for _, c := range f.cites {
		var chain []source
		if !c.passage {
			chain = inPassage(c.para)
		}
		for _, o := range f.cites {
			if o != c && o.passage && o.c.Scope.Start <= c.c.Start && c.c.End <= o.c.Scope.End {
				chain = append(chain, o.src)
			}
		}
		c.chain = append(dedupe(chain, c.src), c.src)
	}
}

// attribute sets the source chain of every quantity and date: the chain
// of the innermost quote holding it, else of the narrowest citation scope
// holding it, nearest to the figure first and ending at the outlet.
func (f *finder) attribute(doc *isnad.Document) {
	own := isnad.Source{Name: ownName(doc), Type: "OUTLET"}
	quotes := newStartIndex(len(f.quotes), func(i int) isnad.Span { return f.quotes[i].q.Span })
	cites := newStartIndex(len(f.cites), func(i int) isnad.Span { return f.cites[i].c.Scope })
	chainFor := func(sp isnad.Span) []isnad.Source {
		var via []isnad.Source
		best := -1
		quotes.each(sp, func(i int) {
			q := f.quotes[i]
			if q.q.Start <= sp.Start && sp.End <= q.q.End && (best < 0 || q.q.Len() < f.quotes[best].q.Len() || q.q.Len() == f.quotes[best].q.Len() && i < best) {
				best = i
			}
		})
		if best >= 0 {
			via = f.quotes[best].q.Via
		} else {
			var c *citeRec
			ci := -1
			cites.each(sp, func(i int) {
				o := f.cites[i]
				if o.subject && !o.opensPara && !o.passage || o.relay && !o.passage {
					return // it covers its own quote only
				}
				if o.c.Scope.Start <= sp.Start && sp.End <= o.c.Scope.End && (c == nil || o.c.Scope.Len() < c.c.Scope.Len() || o.c.Scope.Len() == c.c.Scope.Len() && i > ci) {
					c, ci = o, i
				}
			})
			if c != nil {
				for _, s := range c.chain {
					via = append(via, s.out())
				}
			}
		}
		out := make([]isnad.Source, 0, len(via)+1)
		for i := len(via) - 1; i >= 0; i-- {
			out = append(out, via[i])
		}
		return append(out, own)
	}
	for i := range doc.Quantities {
		doc.Quantities[i].SourceChain = chainFor(doc.Quantities[i].Span)
	}
	for i := range doc.Dates {
		doc.Dates[i].SourceChain = chainFor(doc.Dates[i].Span)
	}
}

// startIndex finds the spans that may contain a given span without
// looking at them all, which made attribute quadratic in a long text.
type startIndex struct {
	order  []int // span indices by start
	start  []int // the starts, in that order
	maxLen int
}

func newStartIndex(n int, span func(int) isnad.Span) startIndex {
	x := startIndex{order: make([]int, n), start: make([]int, n)}
	for i := range n {
		x.order[i] = i
	}
	sort.SliceStable(x.order, func(a, b int) bool { return span(x.order[a]).Start < span(x.order[b]).Start })
	for k, i := range x.order {
		x.start[k] = span(i).Start
		x.maxLen = max(x.maxLen, span(i).Len())
	}
	return x
}

// each calls fn, in no particular order, with every index whose span
// starts at or before sp and is long enough to reach its end: a superset of
// the spans that contain sp.
func (x startIndex) each(sp isnad.Span, fn func(i int)) {
	k := sort.SearchInts(x.start, sp.End-x.maxLen)
	for ; k < len(x.start) && x.start[k] <= sp.Start; k++ {
		fn(x.order[k])
	}
}

// Find fills doc.Quotes and doc.Citations (never nil) from doc.Body, using
// doc.Tokens (or tokenizing the body when they are missing) and
// doc.Entities, and sets the SourceChain of every quantity and date. It
// replaces what an earlier run set, never panics, and only reads the rest
// of the document.
func Find(doc *isnad.Document) {
	f := newFinder(doc)
	f.run()
	f.finish()
	self := selfNames(doc)
	doc.Quotes = make([]isnad.Quote, 0, len(f.quotes))
	for i := range f.quotes {
		q := &f.quotes[i].q
		q.Via = withoutSelf(q.Via, self)
		doc.Quotes = append(doc.Quotes, *q)
	}
	doc.Citations = make([]isnad.Citation, 0, len(f.cites))
	for _, c := range f.cites {
		doc.Citations = append(doc.Citations, c.c)
	}
	f.attribute(doc)
}

// outletKindWords are the words that say what kind of outlet a name is;
// "شبكة صدى الضفتين" and "صدى الضفتين" are one outlet.
var outletKindWords = map[string]bool{"صحيفه": true, "جريده": true, "موقع": true, "وكاله": true,
	"قناه": true, "شبكه": true, "مجله": true, "اذاعه": true, "تلفزيون": true}

// selfKey returns the variant key of an outlet's name without its kind word.
func selfKey(name string) string {
	words := strings.Fields(arabic.Normalize(arabic.Match, name))
	for len(words) > 1 && outletKindWords[words[0]] {
		words = words[1:]
	}
	return entity.Key(strings.Join(words, " "))
}

// selfNames returns the keys of the article's own outlet and publisher.
func selfNames(doc *isnad.Document) map[string]bool {
	m := map[string]bool{}
	for _, n := range []string{doc.Outlet, doc.Publisher} {
		if n != "" {
			m[selfKey(n)] = true
		}
	}
	return m
}

// withoutSelf drops from a quote's chain the links that are the article's
// own outlet ("صدى الضفتين" in an article of شبكة صدى الضفتين): the chain
// starts at the article anyway. A chain made only of the outlet (the
// outlet's own statement) is kept.
func withoutSelf(via []isnad.Source, self map[string]bool) []isnad.Source {
	if len(via) < 2 {
		return via
	}
	out := via[:0:0]
	for _, s := range via {
		if !self[selfKey(s.Name)] {
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		return via[len(via)-1:]
	}
	return out
}

// trimToSelf takes "للمنارة الجديدة" (told to the article's own outlet) off
// the end of a speaker phrase: "مدير الدفاع المدني منذر الحديثي للمنارة
// الجديدة" was said to the article itself.
func trimToSelf(name string, self map[string]bool) string {
	words := strings.Fields(name)
	for i := 1; i < len(words); i++ {
		w := arabic.Normalize(arabic.Match, words[i])
		rest := ""
		switch {
		case strings.HasPrefix(w, "لل"):
			rest = "ال" + strings.TrimPrefix(w, "لل")
		case strings.HasPrefix(w, "ل"):
			rest = strings.TrimPrefix(w, "ل")
		default:
			continue
		}
		tail := strings.Join(append([]string{rest}, words[i+1:]...), " ")
		if self[selfKey(tail)] {
			return strings.Join(words[:i], " ")
		}
	}
	return name
}
