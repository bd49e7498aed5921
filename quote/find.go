package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
	"github.com/isnad-news/isnad/entity"
)

// source is a speaker or a cited source as the text names it.
type source struct {
	name, id string
	// typ is PER, ORG, MEDIA or GPE.
	typ string
	// unnamed is set for sources named by their role ("مصدر مطلع").
	unnamed bool
	// kind is a MEDIA source's outlet kind, Match-normalized ("صحيفه"),
	// from the word before its name.
	kind string
}

func (s source) valid() bool { return s.name != "" }

// key identifies a source across its mentions: the entity id, else the
// variant key of its name.
func (s source) key() string {
	if s.id != "" {
		return s.id
	}
	return "name:" + entity.Key(s.name)
}

func (s source) out() isnad.Source {
	t := s.typ
	if s.unnamed {
		t = "UNNAMED"
	}
	return isnad.Source{Name: s.name, ID: s.id, Type: t}
}

// media reports whether s is an outlet, named or not ("وسائل إعلام").
func (s source) media() bool { return s.typ == "MEDIA" }

// quoteRec is a quote being built.
type quoteRec struct {
	q       isnad.Quote
	speaker source
	// inter are the intermediaries named with the quote: "لـ"فورين
	// بوليسي"" after the verb, X in "نقلت X عن".
	inter []source
	// pos is the byte offset of the cue (of the quote when it has none).
	pos        int
	sent, para int
	// reported is set for statements that run to the sentence's end and
	// are cut at the next cue.
	reported bool
	// pre is the chain before passages are known: citations in scope,
	// the speaker's earlier intermediaries, and inter.
	pre []source
	// nested is set for a quotation inside another statement that a verb
	// inside gives its own speaker.
	nested bool
	// explicit is set when a reporting verb introduces the statement with
	// its own subject written out ("وقالت مصادر طبية"), not a
	// continuation or a word referring back.
	explicit bool
}

// citeRec is a citation being built.
type citeRec struct {
	c          isnad.Citation
	src        source
	sent, para int
	// subject is set when the cited source is the subject of its own
	// quote ("قالت صحيفة X إن …"): unless it opens the paragraph, it
	// covers that quote only.
	subject bool
	// anaphoric is set when the text refers back to the source
	// ("الصحيفة", "المرصد") instead of naming it.
	anaphoric bool
	opensPara bool
	// relay is set for X in "نقلت X عن Y أن …": X covers that statement
	// only, which has X in its chain already (unless X opens a passage).
	relay bool
	// passage is set for the citation that opens or re-opens a passage.
	passage bool
	chain   []source
}

// record is a speaker the text has named, for continuations ("وأضاف")
// and anaphora ("البيان").
type record struct {
	src        source
	g          gender
	para, sent int
	pos        int
	// statement and report are set when the speaker spoke "في بيان"
	// or "في تقرير".
	statement, report bool
}

// finder holds the state of one run of Find.
type finder struct {
	body string
	toks []isnad.Token
	norm []string
	*layout
	tokSent []int
	ents    []isnad.Entity
	entAt   []int // token → entity overlapping it, or -1
	done    []bool
	// inside is what insidePair looks up; nil until its first call.
	inside []isnad.Span

	// ownKey is the variant key of the article's outlet, which is never
	// cited; ownSrc is that outlet, with its kind ("صحيفه"), and self the
	// keys of its names (selfNames).
	ownKey string
	ownSrc source
	self   map[string]bool

	quotes  []*quoteRec
	cites   []*citeRec
	records []record
	media   []source
	cuts    []int
}

func newFinder(doc *isnad.Document) *finder {
	toks := doc.Tokens
	if len(toks) == 0 && doc.Body != "" {
		toks = arabic.Tokenize(doc.Body)
	}
	f := &finder{body: doc.Body, toks: toks, ents: doc.Entities}
	if own := ownName(doc); own != "" {
		f.ownKey = entity.Key(own)
		f.ownSrc = source{name: own, typ: "MEDIA"}
		if w := strings.Fields(arabic.Normalize(arabic.Match, own)); len(w) > 1 {
			f.ownSrc.kind = bareKind(w[0])
		}
	}
	f.self = selfNames(doc)
	f.layout = newLayout(doc.Body, toks)
	f.norm = make([]string, len(toks))
	f.tokSent = make([]int, len(toks))
	f.entAt = make([]int, len(toks))
	f.done = make([]bool, len(toks))
	for i, t := range toks {
		f.norm[i] = t.Norm
		f.tokSent[i] = f.sentAt(t.Start)
		f.entAt[i] = -1
	}
	for ei, e := range f.ents {
		if e.Start < 0 || e.End > len(f.body) || e.Start >= e.End {
			continue
		}
		k := sort.Search(len(toks), func(k int) bool { return toks[k].End > e.Start })
		for ; k < len(toks) && toks[k].Start < e.End; k++ {
			if f.entAt[k] < 0 {
				f.entAt[k] = ei
			}
		}
	}
	return f
}

// raw is token k as written.
func (f *finder) raw(k int) string { return f.body[f.toks[k].Start:f.toks[k].End] }

// gap is the text between token k-1 and token k.
func (f *finder) gap(k int) string {
	s := 0
	if k > 0 {
		s = f.toks[k-1].End
	}
	return f.body[s:f.toks[k].Start]
}

func (f *finder) gapStart(k int) int {
	if k > 0 {
		return f.toks[k-1].End
	}
	return 0
}

// sameSent reports whether tokens a and b are in one sentence.
func (f *finder) sameSent(a, b int) bool { return f.tokSent[a] == f.tokSent[b] }

// pairIn returns the index of the pair opening between byte s and e, or -1.
func (f *finder) pairIn(s, e int) int {
	k := sort.Search(len(f.pairs), func(k int) bool { return f.pairs[k].open >= s })
	if k < len(f.pairs) && f.pairs[k].open < e {
		return k
	}
	return -1
}

// insidePair reports whether byte pos lies inside a closed pair of at
// least four words.
func (f *finder) insidePair(pos int) bool {
	if f.inside == nil {
		// The union of the insides of closed pairs of four words or more,
		// as sorted disjoint open ranges, made on first use: scanning
		// every pair for every token is quadratic in a long text.
		f.inside = []isnad.Span{}
		for _, p := range f.pairs {
			if !p.closed || p.words < 4 || p.open >= p.close {
				continue
			}
			if n := len(f.inside); n > 0 && p.open < f.inside[n-1].End {
				f.inside[n-1].End = max(f.inside[n-1].End, p.close)
			} else {
				f.inside = append(f.inside, isnad.Span{Start: p.open, End: p.close})
			}
		}
	}
	i := sort.Search(len(f.inside), func(i int) bool { return f.inside[i].Start >= pos }) - 1
	return i >= 0 && pos < f.inside[i].End
}

// punct reports whether s holds punctuation that separates clauses.
func punct(s string) bool { return strings.ContainsAny(s, "،,:;.()-–—!?؟") }

// verbAt returns the reporting verb form of token k, and whether a و, ف or
// ل is written onto it.
func (f *finder) verbAt(k int) (verbForm, bool, bool) {
	n := f.norm[k]
	raw := f.raw(k)
	try := func(w string) (verbForm, bool) {
		v, ok := verbs[w]
		if !ok || v.shadda && !strings.ContainsRune(raw, shaddaMark) {
			return v, false
		}
		return v, true
	}
	if v, ok := try(n); ok {
		return v, false, true
	}
	for _, p := range []string{"و", "ف"} {
		if rest, ok := strings.CutPrefix(n, p); ok {
			if v, ok := try(rest); ok {
				return v, true, true
			}
			if rest, ok := strings.CutPrefix(rest, "ل"); ok {
				if v, ok := try(rest); ok && v.present {
					return v, true, true
				}
			}
		}
	}
	if rest, ok := strings.CutPrefix(n, "ل"); ok {
		if v, ok := try(rest); ok && v.present {
			return v, true, true
		}
	}
	return verbForm{}, false, false
}

// verbWithObject returns the reporting verb of token k written with an
// object pronoun, as after a cue ("حسب ما أورده", "كما أوردته").
func (f *finder) verbWithObject(k int) (verbForm, bool, bool) {
	if v, prefixed, ok := f.verbAt(k); ok {
		return v, prefixed, ok
	}
	n := f.norm[k]
	for _, suf := range []string{"ته", "تها", "ه", "ها", "هم"} {
		rest, ok := strings.CutSuffix(n, suf)
		if !ok || utf8.RuneCountInString(rest) < 2 {
			continue
		}
		if strings.HasPrefix(suf, "ت") {
			rest += "ت"
		}
		if v, ok := verbs[rest]; ok && !v.present && !v.participle {
			return v, false, true
		}
	}
	return verbForm{}, false, false
}

// ambiguousVerbs are reporting verbs written like a common noun (نقل
// "transport", ذكر "mention", كشف, رأي, لفت, كتب "books"): without a و
// or a clause boundary before them they need a subject before them.
var ambiguousVerbs = set("نقل", "ذكر", "كشف", "رأى", "لفت", "كتب", "تابع", "وصف", "أقر", "ختم", "نوه", "توقع", "بيّن", "شدد", "حذر", "طالب", "علق", "روى", "دعا")

// verbPosition reports whether the reporting verb form at token k is used
// as a verb opening a clause.
func (f *finder) verbPosition(k int, v verbForm, prefixed bool) bool {
	if prefixed || v.participle {
		return true
	}
	if k == 0 || !f.sameSent(k-1, k) || punct(f.gap(k)) || strings.ContainsFunc(f.gap(k), isQuoteMark) {
		return true
	}
	p := f.norm[k-1]
	if verbLead[p] {
		return true
	}
	if prepositions[p] {
		return false
	}
	if p == "الذي" || p == "التي" || p == "الذين" {
		// "المسؤول الذي قال:", but not "الحافلات التي تنقل".
		return !ambiguousVerbs[arabic.Normalize(arabic.Match, v.lemma)]
	}
	if ambiguousVerbs[arabic.Normalize(arabic.Match, v.lemma)] {
		return f.entAt[k-1] >= 0 || roleWords[p] || k >= 2 && roleWords[f.norm[k-2]]
	}
	return true
}

// run finds the quotes and citations of the document.
func (f *finder) run() {
	for k := 0; k < len(f.toks); k++ {
		if f.done[k] || f.insidePair(f.toks[k].Start) {
			continue
		}
		n := f.norm[k]
		switch {
		case asCues[n] && k+1 < len(f.toks) && f.sameSent(k, k+1):
			f.asCitation(k, k+1)
		case (n == "بحسب" || n == "حسب" || n == "وبحسب" || n == "وحسب" || n == "وفق") && k+2 < len(f.toks) && f.norm[k+1] == "ما":
			f.asCitation(k, k+2)
		case sourceCues[n] != "" || hasCue(n):
			f.cueCitation(k)
		case statementNouns[n] && k+1 < len(f.toks) && lNoun(f.norm[k+1]):
			f.statementCue(k)
		case (n == "تقرير" || n == "مقال") && k+1 < len(f.toks) && (lNoun(f.norm[k+1]) || f.norm[k+1] == "ل"):
			f.reportCitation(k)
		case masdarCues[n]:
			f.verb(k, verbForm{lemma: "قال", g: masc, participle: true}, false, -1)
		default:
			if v, prefixed, ok := f.verbAt(k); ok && f.verbPosition(k, v, prefixed) {
				f.verb(k, v, prefixed, -1)
			}
		}
	}
}

// hasCue reports whether n is a source cue that needs nothing after it.
func hasCue(n string) bool {
	c, ok := sourceCues[n]
	return ok && c == ""
}

// statementNouns are the nouns of "في بيان لقائد التحالف": a statement by
// the person or body named after them.
var statementNouns = set("بيان", "تصريح", "تصريحات", "تغريدة", "رسالة", "مقابلة", "حديث", "كلمة", "مؤتمر")

// lNoun reports whether a Match-normalized word is a noun with ل written
// onto it ("لقائد", "لمجلة"), not ل with a pronoun ("له", "لها").
func lNoun(n string) bool {
	rest, ok := strings.CutPrefix(n, "ل")
	if !ok || utf8.RuneCountInString(rest) < 2 {
		return false
	}
	switch rest {
	case "ها", "هم", "هما", "هن", "نا", "كم":
		return false
	}
	return true
}

// scan is what follows a cue: the subject, the intermediaries, and where
// the statement begins.
type scan struct {
	// npEnd ends the subject: its tokens are [from, npEnd).
	npEnd int
	// stmt is the byte offset where the statement begins, -1 when none.
	stmt int
	// pair is the quotation that is the statement, -1 when none.
	pair int
	// marker is the token of the clause word (أن، إن), -1 when none.
	marker int
	// colon is set for a statement after a colon.
	colon bool
	// an is the token of عن ("نقلت الصحيفة عن"), -1 when none.
	an int
	// saying is the token of "قوله", -1 when none.
	saying int
	// inter are the intermediaries: "لـ"فورين بوليسي"".
	inter []np
	// statement and report are set for "في بيان", "في تقرير".
	statement, report bool
	// end is the token where the scan stopped.
	end int
	// masdar is the token of "بقوله" after the subject, -1 when none.
	masdar int
}

// quotedStatement returns the quotation that is the statement of sc: the
// one after the verb, or one opening right after أن/إن; -1 when none.
func (f *finder) quotedStatement(sc scan) int {
	if sc.pair >= 0 {
		return sc.pair
	}
	m := sc.marker
	if m >= 0 && m+1 < len(f.toks) {
		if p := f.pairIn(f.toks[m].End, f.toks[m+1].Start+1); p >= 0 && f.pairs[p].open < f.toks[m+1].Start && f.wholeClause(p, f.tokSent[m]) {
			return p
		}
	}
	return -1
}

// scanFrom reads the tokens after a cue at token cue, from token from.
// A participle looks three tokens ahead, a verb twenty-five.
func (f *finder) scanFrom(cue, from int, participle bool) scan {
	r := scan{npEnd: -1, stmt: -1, pair: -1, marker: -1, an: -1, saying: -1, masdar: -1}
	role := from < len(f.toks) && (roleWords[stripL(f.norm[from])] || roleWords[strings.TrimPrefix(f.norm[from], "ال")])
	limit := from + 25
	if participle {
		limit = from + 3
	}
	endNP := func(j int) {
		if r.npEnd < 0 {
			r.npEnd = j
		}
	}
	j := from
	for ; j < len(f.toks) && j < limit; j++ {
		if !f.sameSent(cue, j) {
			break
		}
		g := f.gap(j)
		gs := f.gapStart(j)
		if pi := f.pairIn(gs, f.toks[j].Start); pi >= 0 {
			p := f.pairs[pi]
			if strings.Contains(f.body[gs:p.open], ":") || (p.words >= 4 || !p.closed) && !(j > from && outletKinds[f.norm[j-1]]) {
				r.pair, r.colon = pi, strings.Contains(f.body[gs:p.open], ":")
				endNP(j)
				r.end = j
				return r
			}
		}
		if j > cue && strings.Contains(g, ":") {
			r.colon, r.stmt = true, f.toks[j].Start
			endNP(j)
			r.end = j
			return r
		}
		n := f.norm[j]
		if clauseWords[n] && !notClause[n] {
			r.marker = j
			endNP(j)
			r.end = j
			return r
		}
		switch {
		case n == "عن" && r.an < 0:
			r.an = j
		case sayingNouns[n]:
			r.saying = j
		case n == "بيان" || n == "بيانه" || n == "بيانها" || n == "تصريح" || n == "تصريحات":
			r.statement = true
		case n == "تقرير" || n == "تقريرها" || n == "تقريره":
			r.report = true
		}
		if npStops[n] || adverbs[n] || n == "من" && (!role || j+1 < len(f.toks) && clauseWords[f.norm[j+1]]) {
			// "حذر المرصد اللبناني للبيئة من أن": a preposition ends the
			// subject, but a role keeps what it is of ("مسؤول مقرب من
			// الحكومة").
			endNP(j)
		}
		if masdarCues[n] && j > from && !participle {
			// "وعلق X على الحالة بقوله إن": the statement follows.
			endNP(j)
			r.masdar = j
			continue
		}
		if j > from && (asCues[n] || hasCue(n) || sourceCues[n] != "") {
			// A citation inside ("، حسبما أوردت وكالة سبوتنيك، أن"):
			// skip it to the next comma.
			endNP(j)
			for j+1 < len(f.toks) && j+1 < limit && f.sameSent(cue, j+1) && !strings.ContainsAny(f.gap(j+1), "،,") && !clauseWords[f.norm[j+1]] {
				j++
			}
			continue
		}
		if j > from {
			if in, end, ok := f.intermediary(j); ok {
				endNP(j)
				r.inter = append(r.inter, in)
				j = end
				continue
			}
		}
		if v, prefixed, ok := f.verbAt(j); ok && j > from && (prefixed || v.participle || f.verbPosition(j, v, prefixed) && !ambiguousVerbs[arabic.Normalize(arabic.Match, v.lemma)]) || masdarCues[n] {
			endNP(j)
			r.end = j
			return r
		}
	}
	endNP(j)
	r.end = j
	return r
}

// adverbs are words between a verb and its statement that are no subject:
// "يؤكد مجددا أن".
var adverbs = set("مجددا", "مجدداً", "أيضا", "كذلك", "رسميا", "صراحة", "مرارا", "بدوره", "بدورها", "اليوم", "امس", "أمس", "سابقا")

// intermediary reads an outlet told something at token j: "لـ"فورين
// بوليسي"", "لفورين بوليسي". It returns the source and the last token.
func (f *finder) intermediary(j int) (np, int, bool) {
	n := f.norm[j]
	if n == "ل" && j+1 < len(f.toks) {
		if r, ok := f.outletAfter(j+1, min(j+5, len(f.toks)), ""); ok && (r.src.media() || r.quoted) {
			r.start = f.toks[j].Start
			return r, r.last, true
		}
		return np{}, j, false
	}
	if rest, ok := strings.CutPrefix(n, "لل"); ok {
		// "في تصريح للموقع": the site cited before.
		if kind, ok := anaphors["ال"+rest]; ok && kind != "report" && kind != "statement" {
			if s, ok := f.anaphor(kind); ok {
				return np{src: s, start: f.toks[j].Start, end: f.toks[j].End, last: j, anaphoric: true}, j, true
			}
		}
	}
	if strings.HasPrefix(n, "ل") && f.entAt[j] >= 0 && f.ents[f.entAt[j]].Type == "MEDIA" {
		r := f.fromEntity(f.entAt[j])
		r.start = f.toks[j].Start
		return r, r.last, true
	}
	return np{}, j, false
}

// np is a source found in the text, with its span.
type np struct {
	src        source
	start, end int
	// last is the last token of the phrase.
	last      int
	anaphoric bool
	// quoted is set for a source named in quotation marks.
	quoted bool
}

// fromEntity makes the source of entity ei.
func (f *finder) fromEntity(ei int) np {
	e := f.ents[ei]
	name := e.Canonical
	if name == "" {
		name = e.Text
	}
	typ := e.Type
	switch typ {
	case "LOC":
		typ = "GPE"
	case "MISC", "":
		typ = "ORG"
	}
	last := sort.Search(len(f.toks), func(k int) bool { return f.toks[k].End >= e.End })
	if last >= len(f.toks) {
		last = len(f.toks) - 1
	}
	end := e.End
	// Keep a closing mark that ends a quoted name with it.
	if r, n := utf8.DecodeRuneInString(f.body[end:]); end < len(f.body) && isQuoteMark(r) && strings.ContainsFunc(f.body[e.Start:e.End], isQuoteMark) {
		end += n
	}
	s := source{name: name, id: e.ID, typ: typ}
	if typ == "MEDIA" {
		s.kind = f.kindOf(ei)
	}
	return np{src: s, start: e.Start, end: end, last: last}
}

// kindOf returns the outlet kind of a MEDIA entity: the kind word in its
// text ("لمجلة فورين بوليسي") or before it ("صحيفة نيويورك تايمز").
func (f *finder) kindOf(ei int) string {
	e := f.ents[ei]
	k := sort.Search(len(f.toks), func(k int) bool { return f.toks[k].End > e.Start })
	if k >= len(f.toks) {
		return ""
	}
	if w := bareKind(f.norm[k]); w != "" {
		return w
	}
	if k > 0 {
		return bareKind(f.norm[k-1])
	}
	return ""
}

// bareKind returns the outlet kind of a word, with ل or ب and ال taken
// off: "لمجلة" → "مجله", or "".
func bareKind(n string) string {
	for _, p := range []string{"", "ل", "ب", "و"} {
		w, ok := strings.CutPrefix(n, p)
		if !ok {
			continue
		}
		w = strings.TrimPrefix(w, "ال")
		if outletKinds[w] {
			switch w {
			case "جريده", "يوميه", "اسبوعيه":
				return "صحيفه"
			case "شبكه", "اذاعه", "تلفزيون":
				return "قناه"
			}
			return w
		}
	}
	return ""
}

// stripL takes a ل, ب or و off a word ("لمسؤولين" → "مسؤولين").
func stripL(n string) string {
	for _, p := range []string{"ل", "ب"} {
		if w, ok := strings.CutPrefix(n, p); ok && utf8.RuneCountInString(w) >= 3 {
			return w
		}
	}
	return n
}

// resolve finds the source named by the phrase of tokens [a, b).
func (f *finder) resolve(a, b int) (np, bool) {
	if a < 0 || a >= b || b > len(f.toks) {
		return np{}, false
	}
	if b-a > 14 {
		b = a + 14
	}
	// A person named in the phrase is the speaker, unless the name
	// follows a preposition ("مقرب من الرئيس X").
	for k := a; k < b; k++ {
		ei := f.entAt[k]
		if ei < 0 || f.ents[ei].Type != "PER" || k > a && f.entAt[k-1] == ei {
			continue // a name is read from its first word
		}
		p := k - 1
		for p >= a && titles[f.norm[p]] {
			p--
		}
		if p >= a && (prepositions[f.norm[p]] || placeNouns[f.norm[p]] || p > a && placeNouns[f.norm[p-1]] && !punct(f.gap(p))) {
			continue // "مقرب من الرئيس X", "مسؤولون في قرية (البو) X"
		}
		r := f.fromEntity(ei)
		if j := k - 1; j >= a && kunya[f.norm[j]] && f.toks[j].End <= f.ents[ei].Start && !punct(f.gap(k)) {
			// "أم حسين" is not حسين.
			r.start = f.toks[j].Start
			r.src = source{name: f.body[r.start:f.ents[ei].End], typ: "PER"}
		}
		return r, true
	}
	if pi := f.pairIn(f.gapStart(a), f.toks[a].Start); pi >= 0 && f.pairs[pi].closed && f.pairs[pi].words <= 4 {
		// A name in quotation marks: "بحسب “خط تماس”".
		if r, ok := f.outletAfter(a, b, ""); ok {
			return r, true
		}
	}
	h := f.norm[a]
	if kind, ok := anaphors[h]; ok {
		if s, ok := f.anaphor(kind); ok {
			last := a
			if a+1 < b && nisba(f.norm[a+1]) && !strings.ContainsAny(f.gap(a+1), "،,") {
				last = a + 1
			}
			return np{src: s, start: f.toks[a].Start, end: f.toks[last].End, last: last, anaphoric: true}, true
		}
	}
	if kind := bareKind(h); kind != "" && !strings.HasPrefix(stripL(h), "ال") && a+1 < b+1 {
		if r, ok := f.outletAfter(a+1, max(b, a+2), kind); ok {
			r.start = f.toks[a].Start
			return r, true
		}
	}
	if mediaPlurals[stripL(h)] || unnamedHeads[h] || unnamedHeads[stripL(h)] {
		r := f.phrase(a, b)
		if mediaPlurals[stripL(h)] {
			r.src.typ = "MEDIA"
		}
		return r, true
	}
	for k := a; k < b && k < a+2; k++ {
		if ei := f.entAt[k]; ei >= 0 {
			return f.fromEntity(ei), true
		}
	}
	alone := a+1 >= b || strings.ContainsAny(f.gap(a+1), "،,:")
	if alone && orgHeads[strings.TrimPrefix(h, "ال")] && h != strings.TrimPrefix(h, "ال") {
		// "وقالت الوزارة" after "المتحدث باسم وزارة الكهرباء".
		if s, ok := f.namedBefore(a, strings.TrimPrefix(h, "ال")); ok {
			return np{src: s, start: f.toks[a].Start, end: f.toks[a].End, last: a, anaphoric: true}, true
		}
	}
	if w := stripL(h); strings.HasPrefix(w, "ال") {
		if s, ok := f.sameHead(w); ok {
			return np{src: s, start: f.toks[a].Start, end: f.toks[a].End, last: a, anaphoric: true}, true
		}
	}
	if alone {
		// "وتابع الكتاني" after "رشيد الكتاني".
		if s, ok := f.surname(a); ok {
			return np{src: s, start: f.toks[a].Start, end: f.toks[a].End, last: a}, true
		}
	}
	r := f.phrase(a, b)
	if orgHeads[stripL(h)] {
		r.src.unnamed = false // "مديرية شرطة الأنهار" names a body
	}
	// "مدير الدفاع المدني العقيد منذر الحديثي": a name after a rank.
	for k := a; k < r.last; k++ {
		if !ranks[f.norm[k]] || strings.HasPrefix(f.norm[k+1], "ال") {
			continue
		}
		last := min(r.last, k+3)
		return np{src: source{name: f.body[f.toks[k+1].Start:f.toks[last].End], typ: "PER"}, start: r.start, end: f.toks[last].End, last: last}, true
	}
	return r, true
}

// namedBefore finds the body a definite head refers back to: the last
// "head X" written before token a ("وزارة الكهرباء" for "الوزارة"), as
// an entity when one starts there, else the head and up to three words
// after it.
func (f *finder) namedBefore(a int, head string) (source, bool) {
	for j := a - 1; j >= 0 && j >= a-400; j-- {
		n := f.norm[j]
		if n != head {
			r, size := utf8.DecodeRuneInString(n)
			if !strings.ContainsRune("وبلف", r) || n[size:] != head {
				continue
			}
		}
		if ei := f.entAt[j]; ei >= 0 && f.ents[ei].Type != "PER" {
			return f.fromEntity(ei).src, true
		}
		last := j
		for e := j + 1; e < len(f.toks) && e <= j+3 && f.sameSent(j, e); e++ {
			m := f.norm[e]
			if punct(f.gap(e)) || strings.ContainsFunc(f.gap(e), isQuoteMark) || clauseWords[m] || npStops[m] || prepositions[m] || svoStops[m] || adverbs[m] {
				break
			}
			if _, _, ok := f.verbAt(e); ok {
				break
			}
			if e > j+1 && !nisba(m) && !strings.HasPrefix(m, "وال") && !strings.HasPrefix(m, "لل") {
				break // "وزارة التجهيز والماء", "مصلحة الأرصاد الجوية"
			}
			last = e
		}
		if last == j {
			continue
		}
		s := f.toks[j].Start
		if n != head {
			_, size := utf8.DecodeRuneInString(f.body[s:])
			s += size
		}
		return source{name: f.body[s:f.toks[last].End], typ: "ORG"}, true
	}
	return source{}, false
}

// surname resolves a one-word name to a person named in full before
// token a whose name ends with it: "الكتاني" is "رشيد الكتاني".
// How far back surname and sameHead look for an earlier mention: far more
// than a news article holds (so articles are not affected), but bounded, so
// that one huge text is not quadratic (4 MB took a minute).
const (
	lookBack       = 500  // records or citations
	lookBackTokens = 5000 // tokens
)

func (f *finder) surname(a int) (source, bool) {
	w := f.norm[a]
	if utf8.RuneCountInString(w) < 3 {
		return source{}, false
	}
	for i := len(f.records) - 1; i >= max(0, len(f.records)-lookBack); i-- {
		if r := f.records[i].src; r.typ == "PER" && lastWord(r.name) == w {
			return r, true
		}
	}
	for j := a - 1; j >= max(0, a-lookBackTokens); j-- {
		if ei := f.entAt[j]; ei >= 0 && f.ents[ei].Type == "PER" {
			if s := f.fromEntity(ei).src; lastWord(s.name) == w && strings.Contains(s.name, " ") {
				return s, true
			}
		}
	}
	return source{}, false
}

// lastWord is the Match-normalized last word of a name.
func lastWord(name string) string {
	name = arabic.Normalize(arabic.Match, name)
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		return name[i+1:]
	}
	return ""
}

// nisba reports whether a word is a relative adjective with the article
// ("الأميركية", "الروسي").
func nisba(n string) bool {
	return strings.HasPrefix(n, "ال") && (strings.HasSuffix(n, "يه") || strings.HasSuffix(n, "ي"))
}

// phrase makes an unnamed source of the tokens [a, b), up to the first
// comma, at most eight words.
func (f *finder) phrase(a, b int) np {
	last := a
	for k := a + 1; k < b && k < a+8; k++ {
		if strings.ContainsAny(f.gap(k), "،,:") {
			break
		}
		last = k
	}
	// "نقلا عن مصدر أمني قوله إن": قوله ("his saying") is no part of the
	// name.
	for last > a && sayings[f.norm[last]] {
		last--
	}
	// "شهود عيان تحدثوا للمنارة الجديدة": told the article's own outlet,
	// which is no part of the name.
	// "شهادات حصل عليها المسار نت": obtained by it.
	for k := a + 1; k <= last; k++ {
		tail := f.body[f.toks[k].Start:f.toks[last].End]
		toKind := k == last && toOutletKind[f.norm[k]] // "مسؤول محلي للصحيفة"
		if !toKind && !f.self[selfKey(tail)] && (!strings.HasPrefix(f.norm[k], "ل") || trimToSelf("x "+tail, f.self) != "x") {
			continue
		}
		last = k - 1
		for last > a {
			v := strings.TrimPrefix(f.norm[last], "و")
			if _, _, ok := f.verbAt(last); !ok && !toOwn[v] && !strings.HasPrefix(v, "تحدث") && !strings.HasPrefix(v, "صرح") && !strings.HasPrefix(v, "حصل") {
				break
			}
			last--
		}
		break
	}
	s, e := f.toks[a].Start, f.toks[last].End
	// Take ل or ب off the first word: "لنشطاء" → "نشطاء".
	if n := f.norm[a]; stripL(n) != n && last >= a && (roleWords[stripL(n)] || unnamedHeads[stripL(n)] || mediaPlurals[stripL(n)]) {
		_, size := utf8.DecodeRuneInString(f.body[s:])
		if s+size < e {
			s += size
		}
	}
	// Close a bracket opened in the phrase: "(البنتاغون)".
	if strings.Count(f.body[s:e], "(") > strings.Count(f.body[s:e], ")") && strings.HasPrefix(f.body[e:], ")") {
		e++
	}
	return np{src: source{name: f.body[s:e], typ: "ORG", unnamed: true}, start: s, end: e, last: last}
}

// placeNouns head a place's name: "قرية البو شهاب" names no speaker.
var placeNouns = set("قرية", "بلدة", "مدينة", "حي", "منطقة", "محافظة", "ناحية", "قضاء", "مخيم", "معبر")

// ranks are the titles a person's name follows in a role phrase
// ("مدير الدفاع المدني العقيد منذر الحديثي").
var ranks = set("العقيد", "المقدم", "اللواء", "العميد", "الرائد", "النقيب", "الملازم", "الدكتور", "المهندس", "الكولونيل", "الجنرال")

// kunya are the words of a name by one's child: "أم حسين", "أبو ياسر".
var kunya = set("أم", "أبو", "أبا", "أبي", "وأم", "وأبو")

// sayings are "his/her/their saying" after a relayed source (match level).
var sayings = set("قوله", "قولها", "قولهم", "قولهما", "قولهن")

// toOutletKind are "to the newspaper", "to the agency" … (match level):
// told an outlet, which is no part of the speaker's name.
var toOutletKind = set("للصحيفه", "للجريده", "للوكاله", "للموقع", "للقناه", "للمجله", "للشبكه", "للاذاعه")

// toOwn are the words between a source and the article's outlet it
// spoke to or was obtained by: "حصل عليها", "أدلى بها".
var toOwn = set("عليها", "عليه", "علیها", "علیه", "بها", "به", "لها", "له", "ادلي", "ادلوا", "اجرتها", "اجراها")

// outletAfter reads the name of an outlet at token k, after a kind word
// ("صحيفة"): an entity, a quoted name, Latin words, or one or two words.
func (f *finder) outletAfter(k, b int, kind string) (np, bool) {
	if k >= len(f.toks) || k >= b {
		return np{}, false
	}
	gs := f.gapStart(k)
	if pi := f.pairIn(gs, f.toks[k].Start); pi >= 0 && f.pairs[pi].closed && f.pairs[pi].words <= 4 {
		p := f.pairs[pi]
		last := k
		for last+1 < len(f.toks) && f.toks[last+1].End <= p.close {
			last++
		}
		_, n := utf8.DecodeRuneInString(f.body[p.close:])
		r := np{start: p.open, end: p.close + n, last: last, quoted: true}
		if ei := f.entAt[k]; ei >= 0 && f.ents[ei].End <= p.close+n {
			r.src = f.fromEntity(ei).src
		} else {
			r.src = source{name: cleanName(f.body[p.inner.Start:p.inner.End]), typ: "MEDIA"}
		}
		r.src.typ = "MEDIA"
		if kind != "" {
			r.src.kind = kind
		}
		return r, r.src.name != ""
	}
	if ei := f.entAt[k]; ei >= 0 {
		r := f.fromEntity(ei)
		r.src.typ = "MEDIA"
		if kind != "" {
			r.src.kind = kind
		}
		return r, true
	}
	if kind == "" {
		return np{}, false
	}
	last := k
	if latin(f.raw(k)) {
		for last+1 < b && latin(f.raw(last+1)) && !punct(f.gap(last+1)) {
			last++
		}
	} else if last+1 < b && !punct(f.gap(last+1)) && !nisba(f.norm[last+1]) && !clauseWords[f.norm[last+1]] && !npStops[f.norm[last+1]] {
		last++
	}
	s := source{name: f.body[f.toks[k].Start:f.toks[last].End], typ: "MEDIA", kind: kind}
	return np{src: s, start: f.toks[k].Start, end: f.toks[last].End, last: last}, true
}

// cleanName drops stops and spaces around a quoted name: "العربية. نت".
func cleanName(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '.' }), " ")
}

func latin(s string) bool {
	for _, r := range s {
		if r > unicode.MaxASCII || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return s != ""
}

// anaphor resolves a definite noun referring back: the last outlet of
// the kind, the author of the last report or statement.
func (f *finder) anaphor(kind string) (source, bool) {
	switch kind {
	case "report":
		for i := len(f.records) - 1; i >= 0; i-- {
			if f.records[i].report {
				return f.records[i].src, true
			}
		}
		if len(f.media) > 0 {
			return f.media[len(f.media)-1], true
		}
		return source{}, false
	case "statement":
		for i := len(f.records) - 1; i >= 0; i-- {
			if f.records[i].statement {
				return f.records[i].src, true
			}
		}
		return source{}, false
	}
	// An outlet of the kind cited before: "الصحيفة" is never a وكالة. An
	// outlet whose kind the text does not say ("رويترز") may be meant.
	for i := len(f.media) - 1; i >= 0; i-- {
		if f.media[i].kind == kind && !f.media[i].unnamed && !f.own(f.media[i]) {
			return f.media[i], true
		}
	}
	for i := len(f.media) - 1; i >= 0; i-- {
		if m := f.media[i]; m.kind == "" && !m.unnamed && !f.own(m) {
			return m, true
		}
	}
	// With none, the article's own outlet when it is of the kind:
	// "وقال أحد الركاب للصحيفة" in a newspaper.
	if f.ownSrc.valid() && f.ownSrc.kind == kind {
		return f.ownSrc, true
	}
	return source{}, false
}

// sameHead resolves a definite noun to the last source whose name begins
// with it: "المرصد" is "المرصد السوري لحقوق الإنسان".
func (f *finder) sameHead(w string) (source, bool) {
	w = strings.TrimPrefix(w, "ال")
	match := func(s source) bool {
		first, _, _ := strings.Cut(arabic.Normalize(arabic.Match, s.name), " ")
		return !s.unnamed && strings.TrimPrefix(first, "ال") == w
	}
	for i := len(f.records) - 1; i >= max(0, len(f.records)-lookBack); i-- {
		if match(f.records[i].src) {
			return f.records[i].src, true
		}
	}
	for i := len(f.cites) - 1; i >= max(0, len(f.cites)-lookBack); i-- {
		if match(f.cites[i].src) {
			return f.cites[i].src, true
		}
	}
	return source{}, false
}

// previous returns the speaker a verb without a subject continues: the
// last speaker of the same gender in this or the two paragraphs before;
// a feminine verb also continues an outlet or organization, a masculine
// one a person or organization.
func (f *finder) previous(g gender, para int) (source, bool) {
	for i := len(f.records) - 1; i >= 0; i-- {
		r := f.records[i]
		if r.para < para-2 {
			break
		}
		if r.g == g {
			return r.src, true
		}
	}
	for i := len(f.records) - 1; i >= 0; i-- {
		r := f.records[i]
		if r.para < para-2 {
			break
		}
		if g == fem && (r.src.typ == "MEDIA" || r.src.typ == "ORG" || r.src.typ == "GPE") ||
			g == masc && r.g != fem || g == plural {
			return r.src, true
		}
	}
	return source{}, false
}

// sentSpeaker returns the last speaker of sentence sent, preferring one
// of gender g.
func (f *finder) sentSpeaker(g gender, sent int) (source, bool) {
	var any source
	for i := len(f.records) - 1; i >= 0 && f.records[i].sent == sent; i-- {
		if f.records[i].g == g {
			return f.records[i].src, true
		}
		if !any.valid() {
			any = f.records[i].src
		}
	}
	return any, any.valid()
}

// nearestEntity returns the last person, organization, place or outlet
// named before token k in its sentence.
func (f *finder) nearestEntity(k int) (source, bool) {
	for j := k - 1; j >= 0 && f.sameSent(j, k); j-- {
		if ei := f.entAt[j]; ei >= 0 {
			return f.fromEntity(ei).src, true
		}
	}
	return source{}, false
}

// svoSubject finds the subject written before a verb at token k: "مسؤولا
// روسيا قال ان", "وكان المتحدث … الكولونيل ريان ديلون، أعلن".
func (f *finder) svoSubject(k int) (np, bool) {
	p := k - 1
	for p >= 0 && f.sameSent(p, k) && (f.norm[p] == "قد" || f.norm[p] == "لقد") {
		p--
	}
	if p < 0 || !f.sameSent(p, k) {
		return np{}, false
	}
	if n := f.norm[p]; n == "الذي" || n == "التي" || n == "الذين" {
		// "المسؤول السوري من دمشق الذي قال": the phrase before.
		for q := p - 1; q >= 0 && q >= p-6 && f.sameSent(q, k); q-- {
			if unnamedHeads[f.norm[q]] || roleWords[f.norm[q]] {
				return f.resolve(q, p)
			}
		}
		if s, ok := f.nearestEntity(p); ok {
			return np{src: s, start: f.toks[p].Start, end: f.toks[p].Start, last: p}, true
		}
		return np{}, false
	}
	end := p + 1
	for p >= 0 && f.sameSent(p, k) && end-p <= 15 && !svoStops[f.norm[p]] {
		if _, prefixed, ok := f.verbAt(p); ok && prefixed {
			break
		}
		if strings.Contains(f.gap(p+1), ":") && p+1 < end {
			break
		}
		p--
	}
	a := p + 1
	if a >= end {
		return np{}, false
	}
	r, ok := f.resolve(a, end)
	if !ok {
		return np{}, false
	}
	if r.src.unnamed && !unnamedHeads[f.norm[a]] && !mediaPlurals[f.norm[a]] && !roleWords[f.norm[a]] && end-a > 3 {
		return np{}, false
	}
	return r, true
}

// cueText is the cue of token k as written, without a و or ف written onto
// it when the rest is the cue.
func (f *finder) cueText(k int, prefixed bool) string {
	s := f.raw(k)
	if prefixed {
		r, n := utf8.DecodeRuneInString(s)
		if r == 'و' || r == 'ف' {
			s = s[n:]
		}
	}
	return s
}

// cueStart is the byte offset where the cue of token k begins, after a
// و or ف written onto it.
func (f *finder) cueStart(k int, prefixed bool) int {
	s := f.toks[k].Start
	if prefixed {
		r, n := utf8.DecodeRuneInString(f.body[s:])
		if r == 'و' || r == 'ف' {
			s += n
		}
	}
	return s
}

// verb handles a reporting verb at token k; as is the token of the cue
// before it ("حسبما", "كما"), or -1.
func (f *finder) verb(k int, v verbForm, prefixed bool, as int) {
	f.done[k] = true
	sent, para := f.tokSent[k], f.sentPara[f.tokSent[k]]
	lemma := arabic.Normalize(arabic.Match, v.lemma)
	var outer *quoteRec
	if as < 0 && !prefixed && !v.participle {
		// A verb inside a statement already found in the sentence is
		// part of it ("قال إن الجيش أكد أن …") unless a boundary opens
		// it, or it gives a quotation its own speaker ("قال إن الوزير
		// أكد أن «…»").
		for _, q := range f.quotes {
			if prev := strings.TrimPrefix(f.norm[max(k-1, 0)], "و"); q.sent == sent && q.q.Start <= f.toks[k].Start && !punct(f.gap(k)) && !verbLead[prev] && prev != "الذي" && prev != "التي" && prev != "الذين" {
				outer = q
				break
			}
		}
	}
	sc := f.scanFrom(k, k+1, v.participle)
	if sc.masdar >= 0 {
		f.done[sc.masdar] = true
	}
	if outer != nil && f.relays(outer, k, v, sc) {
		return
	}
	if outer != nil && (outer.q.Direct || outer.nested || f.quotedStatement(sc) < 0) {
		return
	}
	// A statement after a preposition: "دعا X إلى الابتعاد", "أعرب X عن
	// قلقه".
	complemented := false
	if c, ok := complements[lemma]; ok && sc.marker < 0 && sc.pair < 0 && sc.stmt < 0 {
		for j := k + 1; j < sc.end && j < len(f.toks); j++ {
			n := f.norm[j]
			if n == c {
				if j == k+1 && lemma == norm("تحدث") {
					break // "الغارات تحدث عن طريق الخطأ": occur, with no subject after
				}
				if j+1 < len(f.toks) && f.sameSent(j, j+1) {
					sc.stmt = f.toks[j+1].Start
					sc.npEnd = min(sc.npEnd, j)
					complemented = true
				}
				break
			}
			if c == "ب" && strings.HasPrefix(n, "ب") && utf8.RuneCountInString(n) >= 4 && j > k+1 {
				sc.stmt = f.toks[j].Start + len("ب")
				sc.npEnd = min(sc.npEnd, j)
				break
			}
		}
	}
	if lemma == norm("تحدث") && !complemented {
		// "تحدث" reports only "عن" something, after its subject: "تحدث
		// سكان عن 50 عائلة"; "الغارات تحدث" is "occur".
		return
	}
	// "نقلت العبّارة عائلات", "نقل التحالف رسالة": carried, not
	// reported; the subject may still speak after ("…، قائلا إن").
	carried := v.lemma == "نقل" && sc.an < 0 && sc.saying < 0
	if needClause[lemma] && sc.marker < 0 && sc.pair < 0 && sc.stmt < 0 {
		// "علق الآلاف في الطريق": no statement, no speaker.
		return
	}
	var subj np
	var inter []np
	ok := false
	switch {
	case v.participle:
		if s, found := f.sentSpeaker(v.g, sent); found {
			subj, ok = np{src: s, start: -1}, true
		} else if s, found := f.nearestEntity(k); found {
			subj, ok = np{src: s, start: -1}, true
		} else if s, found := f.previous(v.g, para); found {
			subj, ok = np{src: s, start: -1}, true
		}
	case v.lemma == "نقل" && sc.an > k:
		// "ونقلت الصحيفة عن مبعوث … بريت ماكغورك قوله إن", "وكانت
		// صحيفة X قد نقلت عن Y أن".
		if via, found := f.resolve(k+1, sc.an); found {
			inter = append(inter, via)
		} else if via, found := f.svoSubject(k); found && !prefixed {
			via.end = max(via.end, f.toks[k].End)
			inter = append(inter, via)
		} else if s, found := f.previous(v.g, para); found {
			inter = append(inter, np{src: s, start: -1})
		}
		end := len(f.toks)
		for _, e := range []int{sc.saying, sc.marker} {
			if e > sc.an && e < end {
				end = e
			}
		}
		if sc.saying < 0 && sc.marker < 0 && sc.pair < 0 && sc.stmt < 0 {
			end = min(sc.an+8, len(f.toks))
		}
		subj, ok = f.resolve(sc.an+1, end)
	case outer != nil:
		// "إن وزير الفلاحة أكد أن «…»": the subject is before the verb.
		subj, ok = f.svoSubject(k)
	default:
		subj, ok = f.resolve(k+1, sc.npEnd)
		if ok && subj.src.unnamed && sc.npEnd > k+1 && roleWords[strings.TrimPrefix(stripL(f.norm[k+1]), "ال")] {
			// "توقع الخبير في شؤون الطاقة محمود عبد الرحيم أن": the
			// person named after the role's complement.
			end := min(sc.end, sc.npEnd+7, len(f.toks))
			for j := sc.npEnd; j < end; j++ {
				if strings.ContainsAny(f.gap(j), "،,:") {
					break
				}
				if ei := f.entAt[j]; ei >= 0 && f.ents[ei].Type == "PER" {
					if r, found := f.resolve(k+1, end); found && r.src.typ == "PER" {
						subj = r
					}
					break
				}
			}
		}
		if !ok && !prefixed {
			subj, ok = f.svoSubject(k)
		}

		if !ok && (prefixed || as >= 0) {
			if s, found := f.previous(v.g, para); found {
				subj, ok = np{src: s, start: -1}, true
			}
		}
	}
	inter = append(inter, sc.inter...)
	if ok && subj.src.media() {
		f.media = append(f.media, subj.src)
	}
	var interSrc []source
	for _, in := range inter {
		interSrc = append(interSrc, in.src)
		if in.src.media() {
			f.media = append(f.media, in.src)
		}
	}
	cue := f.cueText(k, prefixed)
	pos := f.cueStart(k, prefixed)
	if as >= 0 {
		cue = f.body[f.toks[as].Start:f.toks[k].End]
		cue = strings.TrimPrefix(cue, "و")
		pos = f.toks[as].Start
	}
	if outer != nil {
		if !ok {
			return
		}
		interSrc = append(append([]source{outer.speaker}, outer.inter...), interSrc...)
		if pi := f.quotedStatement(sc); pi >= 0 {
			p := f.pairs[pi]
			if f.addQuote(p.inner.Start, p.inner.End, true, cue, pos, subj.src, interSrc, true, false) {
				f.quotes[len(f.quotes)-1].nested = true
			}
		}
		return
	}
	if !carried {
		f.cuts = append(f.cuts, f.cutAt(k, as, subj))
	}
	// The statement.
	earlier := false
	for _, q := range f.quotes {
		earlier = earlier || q.sent == sent && q.pos < pos
	}
	quoted := false
	switch {
	case !ok:
		// No speaker: "يُذكر أن" is the writer's own voice.
	case carried:
	case as >= 0 && earlier:
		// "جاء ذلك في بيان لتاونزند، حسبما أوردت سبوتنيك، أن …": the
		// statement is the earlier cue's.
	case sc.marker >= 0 || sc.pair >= 0 || sc.stmt >= 0:
		quoted = f.statement(sc, k, cue, pos, subj.src, interSrc, ok)
		if quoted && as < 0 && subj.start >= 0 && v.lemma != "نقل" {
			f.quotes[len(f.quotes)-1].explicit = true
		}
	case as >= 0:
		quoted = f.backward(as, k, cue, subj.src, interSrc, ok)
	}
	if ok && (quoted || subj.start >= 0 || as >= 0) {
		f.records = append(f.records, record{src: subj.src, g: v.g, para: para, sent: sent, pos: pos, statement: sc.statement, report: sc.report})
	}
	// Citations: the cue of "حسبما أورد X", an outlet as the subject, and
	// the intermediaries.
	if ok && subj.start >= 0 && (as >= 0 || subj.src.media() || strings.HasPrefix(subj.src.name, "المرصد")) {
		s, e := min(pos, subj.start), max(f.toks[k].End, subj.end)
		f.addCite(s, e, cue, subj, as < 0 && quoted)
	}
	for _, in := range inter {
		if in.start >= 0 {
			c := "لـ"
			if v.lemma == "نقل" {
				c = cue
				in.start = min(in.start, pos)
			}
			f.addCite(in.start, in.end, c, in, false)
			if n := len(f.cites); v.lemma == "نقل" && n > 0 && f.cites[n-1].src.key() == in.src.key() {
				f.cites[n-1].relay = true
			}
		}
	}
}

// relays handles a statement that is all "X قال إن …" ("نقلت صحيفة عن
// وكالة أن المتحدث … قال إن …"): the verb at token k inside the reported
// statement outer, its subject opening that statement, makes the
// statement X's, through outer's speaker and intermediaries.
func (f *finder) relays(outer *quoteRec, k int, v verbForm, sc scan) bool {
	if outer.q.Direct || outer.nested || !outer.reported || v.participle || f.quotedStatement(sc) >= 0 || sc.marker < 0 && sc.stmt < 0 {
		return false
	}
	lead := f.body[outer.q.Start:f.toks[k].Start]
	if strings.ContainsAny(lead, "،,:;.") || len(strings.Fields(lead)) > 12 {
		return false
	}
	subj, ok := f.svoSubject(k)
	if !ok || subj.src.unnamed && subj.src.typ != "MEDIA" && len(strings.Fields(lead)) > 4 || subj.src.key() == outer.speaker.key() {
		return false
	}
	i := 0
	for i < len(f.quotes) && f.quotes[i] != outer {
		i++
	}
	if i == len(f.quotes) {
		return false
	}
	f.quotes = append(f.quotes[:i], f.quotes[i+1:]...)
	inter := append(append([]source{}, outer.inter...), outer.speaker)
	if !f.statement(sc, k, outer.q.Cue, outer.pos, subj.src, inter, true) {
		f.quotes = append(f.quotes, outer)
		return false
	}
	f.records = append(f.records, record{src: subj.src, g: v.g, para: outer.para, sent: outer.sent, pos: f.toks[k].Start})
	return true
}

// statement makes the quote of a cue whose statement follows it.
func (f *finder) statement(sc scan, k int, cue string, pos int, s source, inter []source, named bool) bool {
	sent := f.tokSent[k]
	para := f.sentPara[sent]
	pi := sc.pair
	start := sc.stmt
	if sc.marker >= 0 {
		m := sc.marker
		if m+1 < len(f.toks) {
			if p := f.pairIn(f.toks[m].End, f.toks[m+1].Start+1); p >= 0 && f.pairs[p].open < f.toks[m+1].Start && f.wholeClause(p, sent) {
				pi = p
			}
		}
		if pi < 0 {
			switch f.norm[m] {
			case "ان", "بان", "فان":
				start = f.toks[m].End
			default:
				start = f.toks[m].Start
				if r, n := utf8.DecodeRuneInString(f.raw(m)); r == 'ب' || r == 'ف' {
					start += n
				}
			}
		}
	}
	if sc.colon && pi < 0 && start >= 0 {
		// "وأضاف التحالف في بيان: القافلة …" runs to the paragraph's end.
		return f.addQuote(start, f.paras[para].End, false, cue, pos, s, inter, named, false)
	}
	if pi >= 0 {
		p := f.pairs[pi]
		return f.addQuote(p.inner.Start, p.inner.End, true, cue, pos, s, inter, named, false)
	}
	if start < 0 {
		return false
	}
	return f.addQuote(start, f.sents[sent].End, false, cue, pos, s, inter, named, true)
}

// wholeClause reports whether quotation pi is the whole statement: at
// least three words, and nothing but punctuation after it up to a comma
// or the sentence's end.
func (f *finder) wholeClause(pi, sent int) bool {
	p := f.pairs[pi]
	if !p.closed {
		return true
	}
	if p.words < 3 {
		return false
	}
	_, n := utf8.DecodeRuneInString(f.body[p.close:])
	rest := f.body[p.close+n : max(p.close+n, f.sents[sent].End)]
	rest = strings.TrimLeftFunc(rest, func(r rune) bool { return unicode.IsSpace(r) || isQuoteMark(r) })
	if rest == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return strings.ContainsRune("،,.;:!؟?", r) || strings.HasPrefix(rest, "و")
}

// backward makes the quote of a cue after its statement: "…، وذلك حسبما
// قال ريان ديلون".
func (f *finder) backward(as, k int, cue string, s source, inter []source, named bool) bool {
	sent := f.tokSent[k]
	start := f.sents[sent].Start
	for _, q := range f.quotes {
		if q.sent == sent && q.q.End <= f.toks[as].Start && q.q.End > start {
			start = q.q.End
		}
	}
	end := trimStatement(f.body, start, f.toks[as].Start)
	if end-start < 8 {
		return false
	}
	return f.addQuote(start, end, false, cue, f.toks[as].Start, s, inter, named, false)
}

// addQuote records a quote of the statement body[start:end].
func (f *finder) addQuote(start, end int, direct bool, cue string, pos int, s source, inter []source, named bool, reported bool) bool {
	start, end = trimSpanText(f.body, start, end)
	if start >= end {
		return false
	}
	q := &quoteRec{pos: pos, inter: inter, reported: reported}
	q.q = isnad.Quote{Span: isnad.Span{Start: start, End: end}, Direct: direct, Cue: cue}
	if named {
		q.speaker = s
	}
	q.sent = f.sentAt(pos)
	q.para = f.sentPara[q.sent]
	f.quotes = append(f.quotes, q)
	return true
}

// trimSpanText trims white space and stray quotation marks from both ends
// of body[s:e], and stops and commas from its end.
func trimSpanText(body string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(body[s:])
		if !unicode.IsSpace(r) && r != ':' {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(body[s:e])
		if !unicode.IsSpace(r) && !strings.ContainsRune("،,.:;", r) && !(isQuoteMark(r) && unbalanced(body[s:e])) {
			break
		}
		e -= n
	}
	return s, e
}

// unbalanced reports whether s has an odd number of symmetric quotation
// marks or more closing than opening ones.
func unbalanced(s string) bool {
	var sym, open, closed int
	for _, r := range s {
		switch r {
		case '"', '\'', '“', '”', '‘', '’':
			sym++
		case '«', '„':
			open++
		case '»':
			closed++
		}
	}
	return sym%2 == 1 || closed > open
}

// trimStatement ends a statement before a cue: the white space,
// punctuation and connectors ("، وذلك", "، حيث") before it are left out.
func trimStatement(body string, s, e int) int {
	for {
		_, e2 := trimSpanText(body, s, e)
		e = e2
		i := strings.LastIndexFunc(body[s:e], func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("،,", r) })
		if i < 0 {
			return e
		}
		last := body[s+i : e]
		last = strings.TrimLeftFunc(last, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("،,", r) })
		if !connector(last) {
			return e
		}
		e = s + i
	}
}

// addCite records a citation of src whose text is body[s:e].
func (f *finder) addCite(s, e int, cue string, src np, subject bool) {
	if s < 0 || e > len(f.body) || s >= e || !src.src.valid() || f.own(src.src) {
		return
	}
	for _, c := range f.cites {
		if c.c.Start < e && s < c.c.End {
			return // one citation per mention
		}
	}
	sent := f.sentAt(s)
	c := &citeRec{src: src.src, sent: sent, para: f.sentPara[sent], subject: subject, anaphoric: src.anaphoric}
	c.c = isnad.Citation{Span: isnad.Span{Start: s, End: e}, Text: f.body[s:e], Cited: src.src.name, CitedID: src.src.id, Cue: strings.TrimSpace(cue)}
	f.cites = append(f.cites, c)
	if src.src.media() {
		f.media = append(f.media, src.src)
	}
	f.cuts = append(f.cuts, s)
}

// asCitation handles "حسبما أوردت X", "كما أفاد X", "بحسب ما قال X" with
// the cue at token k and the verb at token v.
func (f *finder) asCitation(k, v int) {
	if vf, prefixed, ok := f.verbWithObject(v); ok {
		for j := k; j < v; j++ {
			f.done[j] = true
		}
		f.verb(v, vf, prefixed, k)
		return
	}
	if !reportedVerbs[f.norm[v]] || f.norm[k] == "كما" || f.norm[k] == "وكما" {
		return
	}
	// "حسبما ورد في تقرير لمجلة فورين بوليسي".
	j := v + 1
	for j < len(f.toks) && j < v+4 && f.sameSent(j, v) && (f.norm[j] == "في" || f.norm[j] == "ل" || statementNouns[f.norm[j]] || f.norm[j] == "تقرير" || f.norm[j] == "مقال") {
		j++
	}
	if j >= len(f.toks) || !f.sameSent(j, v) {
		return
	}
	src, ok := f.resolve(j, f.sourceEnd(j))
	if !ok {
		return
	}
	for i := k; i <= src.last; i++ {
		f.done[i] = true
	}
	cue := strings.TrimPrefix(f.body[f.toks[k].Start:f.toks[v].End], "و")
	earlier := false
	for _, q := range f.quotes {
		earlier = earlier || q.sent == f.tokSent[k] && q.pos < f.toks[k].Start
	}
	if !earlier {
		f.backward(k, v, cue, src.src, nil, true)
	}
	f.addCite(f.toks[k].Start, src.end, cue, src, false)
}

// sourceEnd is the end of a source's phrase starting at token j: the next
// comma, clause word or sentence end, at most six words on.
func (f *finder) sourceEnd(j int) int {
	e := j + 1
	for e < len(f.toks) && e < j+6 && f.sameSent(e, j) && !strings.ContainsAny(f.gap(e), "،,:") && !clauseWords[f.norm[e]] && !npStops[f.norm[e]] {
		if _, pre, ok := f.verbAt(e); ok && pre {
			break
		}
		e++
	}
	return e
}

// cueCitation handles "بحسب رويترز", "وفقا لمصادر", "نقلا عن X" at token k.
func (f *finder) cueCitation(k int) {
	need := sourceCues[f.norm[k]]
	j := k + 1
	switch need {
	case "ل":
		if j < len(f.toks) && f.norm[j] == "ل" {
			j++
		} else if j >= len(f.toks) || !strings.HasPrefix(f.norm[j], "ل") {
			return
		}
	case "عن":
		if j >= len(f.toks) || f.norm[j] != "عن" {
			return
		}
		j++
	}
	if j >= len(f.toks) || !f.sameSent(k, j) {
		return
	}
	src, ok := f.resolve(j, f.sourceEnd(j))
	if !ok {
		return
	}
	if src.src.unnamed && !unnamedHeads[stripL(f.norm[j])] && !mediaPlurals[stripL(f.norm[j])] && !(need == "عن" && orgHeads[f.norm[j]]) {
		// "حسب الاتفاق": a citation names a source.
		return
	}
	if src.src.unnamed && need == "عن" && orgHeads[f.norm[j]] {
		src.src.unnamed = false // "نقلا عن هيئة الأنواء الجوية" names a body
	}
	for i := k; i <= src.last; i++ {
		f.done[i] = true
	}
	_, prefixed := sourceCues[strings.TrimPrefix(strings.TrimPrefix(f.norm[k], "و"), "ف")]
	prefixed = prefixed && strings.TrimPrefix(strings.TrimPrefix(f.norm[k], "و"), "ف") != f.norm[k]
	start := f.cueStart(k, prefixed)
	cue := strings.TrimSpace(f.body[start:min(src.start, f.toks[j].Start)])
	cue = strings.TrimRightFunc(cue, func(r rune) bool { return isQuoteMark(r) || unicode.IsSpace(r) })
	if need == "عن" {
		// "قالت وكالة X إن …، نقلا عن Y": Y said it, through the outlet.
		if q := f.relayed(start); q != nil {
			q.inter = append(q.inter, q.speaker)
			q.speaker = src.src
			f.addCite(start, src.end, cue, src, true)
			f.records = append(f.records, record{src: src.src, g: masc, para: q.para, sent: q.sent, pos: start})
			return
		}
	}
	f.addCite(start, src.end, cue, src, false)
	// "بحسب مصادر مطلعة أن …", "وبحسب X فإنه …": the source's statement.
	m := src.last + 1
	if m < len(f.toks) && f.sameSent(k, m) && clauseWords[f.norm[m]] && !notClause[f.norm[m]] {
		sc := scan{npEnd: m, stmt: -1, pair: -1, marker: m, an: -1, saying: -1}
		f.statement(sc, m, cue, start, src.src, nil, true)
		f.records = append(f.records, record{src: src.src, g: masc, para: f.sentPara[f.tokSent[k]], sent: f.tokSent[k], pos: start})
	}
}

// relayed returns the quote an outlet is the speaker of whose statement
// a "نقلا عن" at byte pos in its sentence takes from someone else: the
// statement runs up to the cue, or follows it ("بحسب ما أوردت X نقلا عن
// Y، فإن …").
func (f *finder) relayed(pos int) *quoteRec {
	sent := f.sentAt(pos)
	for i := len(f.quotes) - 1; i >= 0; i-- {
		q := f.quotes[i]
		if q.sent != sent || q.pos >= pos {
			continue
		}
		if !q.speaker.media() || q.nested || f.own(q.speaker) {
			return nil
		}
		if q.q.Direct && q.q.Start <= pos && pos < q.q.End || !q.reported && q.q.Start < pos {
			return nil // the cue is part of the statement
		}
		return q
	}
	return nil
}

// statementCue handles "في بيان لقائد التحالف …، أن": a statement by the
// one named after the noun at token k.
func (f *finder) statementCue(k int) {
	sc := f.scanFrom(k, k+1, false)
	if sc.marker < 0 && sc.pair < 0 && sc.stmt < 0 {
		return
	}
	end := sc.npEnd
	if end <= k+1 {
		end = k + 2
	}
	subj, ok := f.resolve(k+1, end)
	if !ok || subj.src.unnamed {
		return
	}
	f.done[k] = true
	cue := f.raw(k)
	if f.statement(sc, k, cue, f.toks[k].Start, subj.src, nil, true) {
		sent := f.tokSent[k]
		f.records = append(f.records, record{src: subj.src, g: masc, para: f.sentPara[sent], sent: sent, pos: f.toks[k].Start, statement: true})
		f.cuts = append(f.cuts, f.toks[k].Start)
	}
}

// reportCitation handles "في تقرير لمجلة فورين بوليسي".
func (f *finder) reportCitation(k int) {
	j := k + 1
	if f.norm[j] == "ل" {
		j++
	}
	if j >= len(f.toks) || !f.sameSent(k, j) {
		return
	}
	var src np
	ok := false
	if f.norm[j-1] == "ل" {
		src, ok = f.outletAfter(j, f.sourceEnd(j), "")
	} else if ei := f.entAt[j]; ei >= 0 && f.ents[ei].Type == "MEDIA" {
		src, ok = f.fromEntity(ei), true
	} else if kind := bareKind(f.norm[j]); kind != "" {
		src, ok = f.outletAfter(j+1, f.sourceEnd(j+1)+1, kind)
	}
	if !ok || !src.src.media() {
		return
	}
	for i := k; i <= src.last; i++ {
		f.done[i] = true
	}
	start := f.toks[k].Start
	if k > 0 && f.norm[k-1] == "في" && f.sameSent(k-1, k) {
		start = f.toks[k-1].Start
	}
	f.addCite(start, src.end, strings.TrimSpace(f.body[start:f.toks[k].End]), src, false)
	f.records = append(f.records, record{src: src.src, g: fem, para: f.sentPara[f.tokSent[k]], sent: f.tokSent[k], pos: start, report: true})
}

// ownName is the article's own outlet: doc.Outlet, else doc.Publisher.
func ownName(doc *isnad.Document) string {
	if doc.Outlet != "" {
		return doc.Outlet
	}
	return doc.Publisher
}

// own reports whether s is the article's own outlet.
func (f *finder) own(s source) bool {
	return f.ownKey != "" && entity.Key(s.name) == f.ownKey
}

// cutAt is where a statement before the cue at token k ends at the
// latest: before the cue with what is written onto it, its subject when
// that comes first, and a word that leads it ("وقد", "فيما", "حيث").
func (f *finder) cutAt(k, as int, subj np) int {
	first := k
	if as >= 0 {
		first = as
	}
	pos := f.toks[first].Start
	if subj.start >= 0 && subj.start < pos {
		pos = subj.start
		first = sort.Search(len(f.toks), func(j int) bool { return f.toks[j].End > pos })
	}
	if first > 0 && first < len(f.toks) && f.sameSent(first-1, first) && verbLead[f.norm[first-1]] && !punct(f.gap(first)) {
		pos = f.toks[first-1].Start
	}
	return pos
}

// connector reports whether a word left at the end of a statement belongs
// to the cue after it: "وذلك", "حيث", "وقد", or a reporting verb with a
// pronoun ("وهو ما أوضحه").
func connector(w string) bool {
	n := arabic.Normalize(arabic.Match, w)
	if connectors[n] || verbLead[n] {
		return true
	}
	switch strings.TrimPrefix(n, "و") {
	case "الذي", "التي", "الذين":
		return true // "…، والذي قال مسؤولون إنه"
	}
	for _, suf := range []string{"ه", "ها", "هم"} {
		if rest, ok := strings.CutSuffix(n, suf); ok {
			rest = strings.TrimPrefix(rest, "و")
			if _, ok := verbs[rest]; ok {
				return true
			}
			if _, ok := verbs[rest+"ه"]; ok {
				return true
			}
		}
	}
	return false
}
