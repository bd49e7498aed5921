package quote

import (
	"sort"
	"strings"

	"github.com/isnad-news/isnad"
)

// passage is a run of paragraphs taken from one cited source: from the
// paragraph that cites it to the last one that refers to it, with the
// paragraphs between that cite nobody else.
type passage struct {
	src         source
	first, last int
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
		if n := len(kept); n > 0 {
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
		f.quotes = append(f.quotes, q)
	}
}

// scopes sets each citation's base scope: its sentence (with the sentence
// before when the citation stands alone, as in "… . بحسب الأناضول."), or
// its paragraph when it opens the paragraph.
func (f *finder) scopes() {
	for _, c := range f.cites {
		para := f.paras[c.para]
		if f.opensPara(c.c.Start, para) {
			c.opensPara = true
			c.c.Scope = para
			continue
		}
		s := f.sents[c.sent]
		if rest := strings.Trim(f.body[s.Start:c.c.Start]+f.body[c.c.End:s.End], " \t،,.:;\"“”«»'"); rest == "" && c.sent > 0 && f.sentPara[c.sent-1] == c.para {
			s.Start = f.sents[c.sent-1].Start
		}
		c.c.Scope = s
	}
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
		var chain []source
		for _, c := range f.cites {
			if covers(c, q) && c.opensPara {
				chain = append(chain, c.src)
			}
		}
		for _, c := range f.cites {
			if covers(c, q) && !c.opensPara {
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
	for _, q := range f.quotes {
		if q.speaker.media() {
			refs[q.para][q.speaker.key()] = true
		}
		for _, s := range q.pre {
			refs[q.para][s.key()] = true
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
				out[cur].last, suspended = p, false
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
			out[cur].last, suspended = p, false
			continue
		}
		ends := false
		for _, s := range other[p] {
			ends = ends || s.key() != k
		}
		if ends {
			cur = -1
			continue
		}
		if !suspended {
			out[cur].last = p
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
	chainFor := func(sp isnad.Span) []isnad.Source {
		var via []isnad.Source
		best := -1
		for i, q := range f.quotes {
			if q.q.Start <= sp.Start && sp.End <= q.q.End && (best < 0 || q.q.Len() < f.quotes[best].q.Len()) {
				best = i
			}
		}
		if best >= 0 {
			via = f.quotes[best].q.Via
		} else {
			var c *citeRec
			for _, o := range f.cites {
				if o.c.Scope.Start <= sp.Start && sp.End <= o.c.Scope.End && (c == nil || o.c.Scope.Len() <= c.c.Scope.Len()) {
					c = o
				}
			}
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

// Find fills doc.Quotes and doc.Citations (never nil) from doc.Body, using
// doc.Tokens (or tokenizing the body when they are missing) and
// doc.Entities, and sets the SourceChain of every quantity and date. It
// replaces what an earlier run set, never panics, and only reads the rest
// of the document.
func Find(doc *isnad.Document) {
	f := newFinder(doc)
	f.run()
	f.finish()
	doc.Quotes = make([]isnad.Quote, 0, len(f.quotes))
	for _, q := range f.quotes {
		doc.Quotes = append(doc.Quotes, q.q)
	}
	doc.Citations = make([]isnad.Citation, 0, len(f.cites))
	for _, c := range f.cites {
		doc.Citations = append(doc.Citations, c.c)
	}
	f.attribute(doc)
}
