package entity

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
	"github.com/isnad-news/isnad/gazetteer"
	"github.com/isnad-news/isnad/ner"
)

// Options configures the entity stage.
type Options struct {
	// Tagger finds the names; nil means ner.Default().
	Tagger *ner.Tagger
	// Gazetteer knows places, countries, outlets and organizations; nil
	// means gazetteer.Default().
	Gazetteer *gazetteer.Gazetteer
}

type stage struct {
	tagger *ner.Tagger
	gaz    *gazetteer.Gazetteer
}

// NewStage returns the stage "entity": it requires isnad.KindTokens and
// provides isnad.KindEntities, filling Document.Entities (never nil) with
// every name the tagger or the gazetteer finds in the body, linked and, for
// places, geocoded.
func NewStage(opt Options) (isnad.Stage, error) {
	s := stage{tagger: opt.Tagger, gaz: opt.Gazetteer}
	if s.tagger == nil {
		t, err := ner.Default()
		if err != nil {
			return nil, fmt.Errorf("entity stage: %w", err)
		}
		s.tagger = t
	}
	if s.gaz == nil {
		s.gaz = gazetteer.Default()
	}
	return s, nil
}

func (stage) Name() string           { return "entity" }
func (stage) Requires() []isnad.Kind { return []isnad.Kind{isnad.KindTokens} }
func (stage) Provides() []isnad.Kind { return []isnad.Kind{isnad.KindEntities} }

// Process fills doc.Entities; it is idempotent and safe for concurrent use.
func (s stage) Process(ctx context.Context, doc *isnad.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	skip := make([]isnad.Span, 0, len(doc.Dates))
	for _, d := range doc.Dates {
		skip = append(skip, d.Span)
	}
	doc.Entities = Link(doc.Body, doc.Tokens, s.tagger.Entities(doc.Body, doc.Tokens), s.gaz, skip, doc.Outlet, doc.Publisher)
	return nil
}

// mention is a name found in the text before linking.
type mention struct {
	start, end int // bytes of the name, clitics left out
	first, n   int // its tokens
	typ        string
	entries    []gazetteer.Entry // the gazetteer's entries for the name
	// canonical, when set, is the name of the document's own outlet
	// that the mention is (see ownOutlets).
	canonical string
}

// Link turns the tagger's spans over text (whose tokens are toks) into
// linked entity mentions, adding the outlets, organizations, countries and
// well-known places of the gazetteer that the tagger missed. Names inside
// a skip span (the dates: "28 آب" is no place) are left out; own are the
// document's outlet and publisher, whose names are read as outlets
// wherever they appear ("الانباط" in an article of Al-Anbat), and found in
// the text when they have two words or more, even unknown to the gazetteer
// and the tagger ("للشرفة نيوز": see ownOutlets). It is the
// stage's work without the tagger, for tests and for callers with their own
// spans.
func Link(text string, toks []isnad.Token, spans []ner.Span, gaz *gazetteer.Gazetteer, skip []isnad.Span, own ...string) []isnad.Entity {
	outlets := map[string]bool{}
	for _, o := range own {
		if o != "" {
			outlets[Key(o)] = true
		}
	}
	norms := make([]string, len(toks))
	for i, t := range toks {
		norms[i] = t.Norm
	}
	var tokSet map[string]bool   // for seenBare, made on first use
	tokAt := func(pos int) int { // first token ending after pos
		return sort.Search(len(toks), func(i int) bool { return toks[i].End > pos })
	}
	var ms []mention
	covered := make([]bool, len(toks))
	for _, sk := range skip {
		for k := tokAt(sk.Start); k < len(toks) && toks[k].Start < sk.End; k++ {
			covered[k] = true
		}
	}
	// free reports whether the n tokens from first are part of no name yet;
	// take adds m and marks its tokens.
	free := func(first, n int) bool { return !slices.Contains(covered[first:first+n], true) }
	take := func(m mention) {
		ms = append(ms, m)
		for k := m.first; k < m.first+m.n; k++ {
			covered[k] = true
		}
	}
	// gazetteerPass adds the trusted gazetteer names of at least minWords
	// words that start on free tokens and cover only free tokens.
	gazetteerPass := func(minWords int) {
		for i := 0; i < len(toks); i++ {
			if covered[i] {
				continue
			}
			es, n := gaz.Longest(norms, i)
			if n < minWords || n == 0 {
				continue
			}
			if !free(i, n) || !trustGazetteer(es, n, norms, i, gaz, outlets) {
				continue
			}
			take(mention{start: toks[i].Start, end: toks[i+n-1].End, first: i, n: n, typ: gazType(es), entries: es})
			i += n - 1
		}
	}
	// The document's own outlet, named in its text ("للشرفة نيوز"), first:
	// the tagger sees only the end of a name made of ordinary words.
	for _, m := range ownOutlets(text, toks, norms, own) {
		if !free(m.first, m.n) {
			continue
		}
		for _, e := range gaz.Lookup(m.canonical) {
			if e.Type == gazetteer.Media {
				m.entries = append(m.entries, e)
			}
		}
		take(m)
	}
	// Names of several words from the gazetteer first: "قوات سوريا
	// الديمقراطية" is one organization, whatever the tagger makes of
	// "سوريا" inside it.
	gazetteerPass(2)
	for _, sp := range spans {
		if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End || inside(sp, skip) {
			continue
		}
		first := tokAt(sp.Start)
		last := tokAt(sp.End - 1)
		if first >= len(toks) || last >= len(toks) || first > last {
			continue
		}
		// A leading place word is no part of the name: "منطقة التنف".
		for first < last && placeWords[toks[first].Norm] {
			first++
		}
		if !free(first, last-first+1) {
			continue
		}
		m := mention{start: toks[first].Start, end: toks[last].End, first: first, n: last - first + 1, typ: string(sp.Type)}
		// A longer gazetteer name starting here wins ("نيويورك تايمز"
		// tagged as a place is the newspaper).
		if es, n := gaz.Longest(norms, first); n >= m.n && free(first, n) {
			m.n, m.end, m.entries = n, toks[first+n-1].End, es
		}
		take(m)
	}
	// Gazetteer names the tagger missed: outlets, organizations, countries,
	// and places that are large or hand-curated for news.
	gazetteerPass(1)
	sort.Slice(ms, func(a, b int) bool { return ms[a].start < ms[b].start })
	kept := ms[:0]
	for _, m := range ms {
		if len(kept) > 0 && m.start < kept[len(kept)-1].end {
			continue // overlaps a name already taken
		}
		kept = append(kept, m)
	}
	ms = kept

	// Clitics off, then the gazetteer for names the tagger found.
	for k := range ms {
		m := &ms[k]
		if m.n > 1 && placeWords[toks[m.first].Norm] {
			// "مدينة حمص": the place word is no part of the name.
			m.first, m.n = m.first+1, m.n-1
			m.start, m.entries = toks[m.first].Start, nil
		}
		if m.n > 1 && outletKinds[toks[m.first].Norm] && m.typ == "MEDIA" {
			// "قناة الميادين" is the outlet الميادين, when the gazetteer
			// knows the outlet by the name alone.
			rest := text[toks[m.first+1].Start:m.end]
			for _, e := range gaz.Lookup(rest) {
				if e.Type == gazetteer.Media && len(m.entries) > 0 && e.ID == m.entries[0].ID {
					m.first, m.n, m.start = m.first+1, m.n-1, toks[m.first+1].Start
					break
				}
			}
		}
		word := text[m.start:toks[m.first].End]
		if w := toks[m.first].Norm; !gaz.HasName(word) && !keepsFirstLetter(w) {
			after := text[toks[m.first].End:m.end] // the name's other words
			m.start += clitic(word, m.typ != "PER", func(rest string) bool {
				return gaz.HasName(rest) || seenBare(rest, toks, &tokSet) ||
					after != "" && gaz.HasName(rest+after) // لحزب الله: حزب الله
			})
		}
		m.start, m.end = trimQuotes(text, m.start, m.end)
		if m.entries == nil {
			m.entries = gaz.Lookup(text[m.start:m.end])
		}
		// After a place word ("بلدة الميادين") the name is the place, not
		// the channel of the same name.
		if m.first > 0 && placeWords[toks[m.first-1].Norm] {
			m.entries = geographic(m.entries)
			if m.typ != "PER" && len(m.entries) > 0 {
				m.typ = gazType(m.entries)
			}
		}
		if m.n == 1 && !outletCue(norms, m.first) && !outlets[Key(bare(toks[m.first].Norm))] {
			m.entries = withoutAmbiguousMedia(m.entries, toks[m.first].Norm)
		}
		if t := gazType(m.entries); t != "" && (m.typ != "PER" || t == "ORG" || t == "MEDIA") && (m.typ != "PER" || len(exactEntries(m.entries, text[m.start:m.end])) > 0) {
			// The gazetteer knows the name: its type wins, except that a
			// person keeps being a person unless the name is exactly an
			// organization's or an outlet's (داعش tagged PER is ISIS).
			m.typ = t
		}
		if m.n == 1 && m.typ != "LOC" && m.typ != "GPE" && common(toks[m.first].Norm) && len(exactEntries(m.entries, text[m.start:m.end])) == 0 {
			m.typ = "" // "البلدة" is no organization
		}
		if (m.typ == "LOC" || m.typ == "GPE") && m.n == 1 {
			w := toks[m.first].Norm
			switch {
			case nisba(gaz, w):
				m.typ = "" // "السوري" is an adjective, not a place
			case common(w):
				m.typ = "" // "الضفة" alone is a river bank
			case m.first > 0 && placeWords[toks[m.first-1].Norm]:
				// "بلدة السخنة": a place whatever the gazetteer says
			case m.first > 0 && nearWords[toks[m.first-1].Norm] && len(exactEntries(m.entries, text[m.start:m.end])) > 0:
				// "شرقي السخنة": a known place after a direction
			case strings.HasPrefix(article(bare(w)), "ال") && !curated(exactEntries(m.entries, text[m.start:m.end])):
				// A word with the article that the gazetteer knows only
				// without it (الحصار, "the siege", is not Hisar in
				// India) or not at all is a common noun the tagger
				// mistook for a place.
				m.typ = ""
			}
		}
	}
	kept = ms[:0]
	for _, m := range ms {
		if m.typ != "" && m.start < m.end {
			kept = append(kept, m)
		}
	}
	ms = kept
	hint := countryHint(ms)
	out := make([]isnad.Entity, 0, len(ms))
	for _, m := range ms {
		e := isnad.Entity{
			Span: isnad.Span{Start: m.start, End: m.end},
			Text: text[m.start:m.end],
			Type: m.typ,
		}
		if m.canonical != "" {
			e.ID, e.Canonical = "media:"+Key(m.canonical), m.canonical
		}
		if g, ok := choose(m, gaz, hint); ok {
			e.ID, e.Canonical, e.Country = g.ID, g.Canonical, g.Country
			if g.Type.Geographic() {
				lat, lon := g.Lat, g.Lon
				e.Lat, e.Lon = &lat, &lon
			}
		}
		out = append(out, e)
	}
	linkNames(out)
	return out
}

// ownOutlets finds in toks the names of the document's own outlets (own:
// its outlet and publisher) of two words or more, such as الشرفة نيوز:
// news text names the outlet it writes for ("قال مصدر للشرفة نيوز"), and
// such a name is often ordinary words that the tagger cannot know. The
// first word may carry the proclitics و ف ب ل ك, which the mention leaves
// out, or لل for ال, which it keeps (as للتحالف). One-word names are left
// to the gazetteer: a single ordinary word (النهار) is too often just a
// word.
func ownOutlets(text string, toks []isnad.Token, norms []string, own []string) []mention {
	var out []mention
	for _, o := range own {
		words := strings.Fields(arabic.Normalize(arabic.Match, o))
		if len(words) < 2 {
			continue
		}
		for i := 0; i+len(words) <= len(toks); i++ {
			skip, ok := ownFirst(norms[i], words[0])
			if !ok {
				continue
			}
			match := true
			for k := 1; k < len(words) && match; k++ {
				match = norms[i+k] == words[k]
			}
			if !match {
				continue
			}
			start := toks[i].Start
			if skip > 0 {
				start += prefixBytes(text[toks[i].Start:toks[i].End], skip)
			}
			out = append(out, mention{start: start, end: toks[i+len(words)-1].End, first: i, n: len(words),
				typ: "MEDIA", canonical: strings.TrimSpace(o)})
			i += len(words) - 1
		}
	}
	return out
}

// ownFirst reports whether token norm is word, the first word of an
// outlet's name, with proclitics or none, and how many letters of
// proclitics to leave out of the mention (لل standing for ل + ال stays).
func ownFirst(norm, word string) (skip int, ok bool) {
	if norm == word {
		return 0, true
	}
	for _, p := range proclitics {
		rest, found := strings.CutPrefix(norm, p)
		if !found {
			continue
		}
		if rest == word {
			return utf8.RuneCountInString(p), true
		}
		if strings.HasSuffix(p, "ل") && strings.HasPrefix(word, "ال") && rest == word[len("ا"):] {
			// للشرفة: ل and the article's ل, alef not written; the
			// mention keeps لل and leaves out what comes before (وللشرفة).
			return utf8.RuneCountInString(p) - 1, true
		}
	}
	return 0, false
}

// trustGazetteer reports whether a gazetteer name the tagger did not mark
// is taken as a name: outlets, organizations and countries always; places
// when the name has two words or more, or is a large or curated place.
// Single common words that are also village names (النصر، الحرية) are
// left to the tagger.
func trustGazetteer(es []gazetteer.Entry, n int, norms []string, i int, gaz *gazetteer.Gazetteer, outlets map[string]bool) bool {
	word := norms[i]
	afterPlaceWord := i > 0 && placeWords[norms[i-1]]
	afterNearWord := i > 0 && nearWords[norms[i-1]]
	for _, e := range es {
		switch e.Type {
		case gazetteer.Country:
			return true
		case gazetteer.Org:
			// فتح is a movement and a verb ("opened"): a one-word name
			// that is also a common word needs حركة، حزب … before it.
			if n >= 2 || !ambiguousOrgs[article(bare(word))] || i > 0 && orgWords[norms[i-1]] {
				return true
			}
		case gazetteer.Media:
			if n >= 2 || !strings.HasPrefix(bare(word), "ال") || outletCue(norms, i) || outlets[Key(bare(word))] {
				return true
			}
		case gazetteer.Place, gazetteer.Region:
			if n == 1 && nisba(gaz, word) {
				continue
			}
			if afterPlaceWord || n >= 2 {
				return true
			}
			if common(word) {
				continue
			}
			if afterNearWord && len(exactEntries([]gazetteer.Entry{e}, bare(word))) > 0 {
				return true // "شرقي السخنة"
			}
			// A large place, or a town whose name is written exactly as
			// the gazetteer has it, article included (البوكمال).
			big := e.Population >= 100000 || strings.HasPrefix(e.ID, "place:") ||
				e.Population >= 20000 && len(exactEntries([]gazetteer.Entry{e}, bare(word))) > 0
			if big && len([]rune(bare(word))) >= 4 {
				return true
			}
		}
	}
	return false
}

// placeWords are the words written before a place's name: بلدة السخنة،
// مدينة حمص، منطقة التنف (match level).
var placeWords = wordSet(`مدينه بلده قريه منطقه محافظه ناحيه قضاء ريف مخيم حي
	ومدينه وبلده وقريه ومنطقه ومحافظه بمدينه ببلده بقريه بمنطقه بمحافظه لمدينه لبلده لمنطقه
	مدينتي بلدتي قريتي`)

// commonNouns are common words that are also the names of towns somewhere
// (البلاد "the country" is a village in Yemen, العبور "the crossing" a city
// in Egypt): read as places only after a place word (مدينة العبور).
// Written by the isnad authors (match level).
var commonNouns = wordSet(`البلاد العبور الحصار الليل السلام النصر الحريه الوحده الثوره الشرق
	الغرب الشمال الجنوب الوسط الاتحاد المنطقه القريه المدينه العاصمه الساحل الحدود المعبر الجسر
	السوق المطار الميناء الشاطي النهر البحر الصحراء الباديه الجبل الوادي السهل الريف المخيم
	الامل الفجر الرحمه الخير النور الهدي البركه الشهداء المقاومه الجيش الدوله الحكومه النظام
	الاحرار الشعب الوطن العرب الجمهوريه المملكه السن الضفه الجديده القديمه الكبري الصغري الحي
	البلده تل الحاره المركز الساحه الميدان سيول امطار البو ابو ام ابن بن بنت ال الخبر العين الجزيره`)

// ambiguousOrgs are one-word names of organizations that are also common
// words (match level, article kept as written): فتح "opened", امل "hope".
var ambiguousOrgs = wordSet(`فتح امل النهضه الدعوه الوفاق الاصلاح التغيير المستقبل الاستقلال
	العداله التنميه النور البناء الكرامه الامه الشعب الوطن التحرير الوسط الجهاد التوحيد الفتح
	النصر العهد الحركه الحزب`)

// orgWords are the words written before an organization's name: حركة فتح.
var orgWords = wordSet(`حركه حزب تيار جماعه تنظيم فصيل كتائب ائتلاف جبهه مليشيا ميليشيا حركة
	وحركه وحزب لحركه لحزب بحركه بحزب`)

// common reports whether w, with or without a proclitic, is one of the
// common nouns.
func common(w string) bool {
	return commonNouns[w] || commonNouns[article(w)] || commonNouns[bare(w)] || commonNouns[article(bare(w))]
}

// nearWords are directions and nearness written before a place: شرقي
// السخنة، قرب تدمر (match level).
var nearWords = wordSet(`شرق شرقي غرب غربي شمال شمالي جنوب جنوبي قرب بالقرب مشارف اطراف
	وشرق وغرب وشمال وجنوب جنوبا شمالا شرقا غربا`)

// outletWords are the words that name an outlet's kind or cite it: قناة
// الميادين، بحسب العربية (match level).
var outletWords = wordSet(`قناه صحيفه جريده موقع وكاله شبكه تلفزيون اذاعه مجله فضائيه
	لقناه لصحيفه لجريده لموقع لوكاله لشبكه لتلفزيون لاذاعه لمجله بحسب حسب وفقا نقلا ذكرت
	قالت افادت اوردت نشرت بثت اوضحت وذكرت وقالت وافادت ونشرت وبحسب`)

// vocabulary reports whether w is one of the words the stage knows as
// ordinary words (وكالة، ولاية، بلدة …).
func vocabulary(w string) bool {
	return outletKinds[w] || placeWords[w] || orgWords[w] || titles[w] || commonNouns[w] || outletWords[w]
}

// keepsFirstLetter reports whether the first letter of w, an ordinary word
// the stage knows, is its own and no proclitic (وكالة، ولاية), unlike a
// proclitic on another such word (لحزب، وحزب).
func keepsFirstLetter(w string) bool {
	return vocabulary(w) && (bare(w) == w || !vocabulary(bare(w)))
}

// outletKinds are the words that say what kind of outlet a name is.
var outletKinds = wordSet(`قناه صحيفه جريده موقع وكاله شبكه تلفزيون اذاعه مجله فضائيه
	وكالات قنوات صحف مواقع`)

// outletCue reports whether the word before token i (skipping an opening
// quote) names an outlet's kind or cites one.
func outletCue(norms []string, i int) bool {
	return i > 0 && outletWords[norms[i-1]]
}

// bare returns a match-level word without its proclitics و ف ب ل ك.
func bare(w string) string {
	for _, p := range proclitics {
		if r := strings.TrimPrefix(w, p); r != w && len([]rune(r)) >= 3 {
			return r
		}
	}
	return w
}

// withoutAmbiguousMedia drops the outlets named by one word with the
// article (العربية، الميادين، العراقية) when nothing in the text says an
// outlet is meant: the word is then an adjective or a place.
func withoutAmbiguousMedia(es []gazetteer.Entry, word string) []gazetteer.Entry {
	if !strings.HasPrefix(bare(word), "ال") {
		return es
	}
	out := es[:0:0]
	for _, e := range es {
		if e.Type != gazetteer.Media {
			out = append(out, e)
		}
	}
	return out
}

// article writes لل (ل + ال with the alef dropped) as ال.
func article(w string) string {
	if strings.HasPrefix(w, "لل") {
		return "ال" + w[len("لل"):]
	}
	return w
}

// exactEntries returns the entries one of whose names is word as written
// (with its article), not only after a clitic or the article is taken off.
func exactEntries(es []gazetteer.Entry, word string) []gazetteer.Entry {
	k := gazetteer.Key(word)
	var out []gazetteer.Entry
	for _, e := range es {
		for _, n := range e.Names() {
			if gazetteer.Key(n) == k {
				out = append(out, e)
				break
			}
		}
	}
	return out
}

// curated reports whether one of es is a country, a large place, or a
// place or region written for news by hand.
func curated(es []gazetteer.Entry) bool {
	for _, e := range es {
		if e.Type == gazetteer.Country || e.Population >= 20000 || strings.HasPrefix(e.ID, "place:") {
			return true
		}
	}
	return false
}

func geographic(es []gazetteer.Entry) []gazetteer.Entry {
	out := es[:0:0]
	for _, e := range es {
		if e.Type.Geographic() {
			out = append(out, e)
		}
	}
	return out
}

// nisba reports whether word is the adjective of a country or place
// (السوري، العراقية، اللبنانيين) rather than a name: without the article and
// the ending ي/ية/يين it is a country's or place's name (سوريا، العراق).
func nisba(gaz *gazetteer.Gazetteer, word string) bool {
	for _, e := range exactEntries(gaz.Lookup(word), word) {
		if e.Type == gazetteer.Country {
			return false // سورية is the country itself
		}
	}
	w := strings.TrimPrefix(bare(word), "ال")
	for _, end := range []string{"يين", "يون", "يه", "ي"} {
		stem, ok := strings.CutSuffix(w, end)
		if !ok || len([]rune(stem)) < 2 {
			continue
		}
		for _, cand := range []string{stem, stem + "ا", "ال" + stem, stem + "يا"} {
			for _, e := range gaz.Lookup(cand) {
				if e.Type == gazetteer.Country || e.Type == gazetteer.Place && e.Population >= 100000 {
					return true
				}
			}
		}
	}
	return false
}

// trimQuotes moves a mention's bounds past quotes and white space.
func trimQuotes(text string, start, end int) (int, int) {
	const quotes = "\"'“”«»‘’ "
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !strings.ContainsRune(quotes, r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !strings.ContainsRune(quotes, r) {
			break
		}
		end -= n
	}
	return start, end
}

func inside(sp ner.Span, skip []isnad.Span) bool {
	for _, s := range skip {
		if sp.Start >= s.Start && sp.End <= s.End {
			return true
		}
	}
	return false
}

// gazType maps gazetteer types to entity types, the most specific first:
// an outlet, an organization, a country (GPE), a place.
func gazType(es []gazetteer.Entry) string {
	best := ""
	rank := map[string]int{"MEDIA": 4, "ORG": 3, "GPE": 2, "LOC": 1}
	for _, e := range es {
		t := ""
		switch e.Type {
		case gazetteer.Media:
			t = "MEDIA"
		case gazetteer.Org:
			t = "ORG"
		case gazetteer.Country:
			t = "GPE"
		case gazetteer.Place:
			t = "GPE"
		case gazetteer.Region:
			t = "LOC"
		}
		if rank[t] > rank[best] {
			best = t
		}
	}
	if best == "GPE" || best == "LOC" {
		// A city or a country governs itself; a region does not.
		for _, e := range es {
			if e.Type == gazetteer.Place || e.Type == gazetteer.Country {
				return "GPE"
			}
		}
	}
	return best
}

// countryHint lists the countries the document is about, most mentioned
// first: the countries named, and the countries of places with only one
// candidate.
func countryHint(ms []mention) []string {
	count := map[string]int{}
	for _, m := range ms {
		var cs []string
		for _, e := range m.entries {
			if e.Type == gazetteer.Country {
				count[e.Country] += 2
			}
			if e.Type.Geographic() && e.Country != "" && !contains(cs, e.Country) {
				cs = append(cs, e.Country)
			}
		}
		if len(cs) == 1 {
			count[cs[0]]++
		}
	}
	var out []string
	for c := range count {
		out = append(out, c)
	}
	sort.Slice(out, func(a, b int) bool {
		if count[out[a]] != count[out[b]] {
			return count[out[a]] > count[out[b]]
		}
		return out[a] < out[b]
	})
	return out
}

func contains(s []string, x string) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}

// choose picks the gazetteer entry a mention names: for places, by the
// document's countries; otherwise the first entry of a type that fits.
func choose(m mention, gaz *gazetteer.Gazetteer, hint []string) (gazetteer.Entry, bool) {
	if len(m.entries) == 0 || m.typ == "PER" {
		return gazetteer.Entry{}, false
	}
	switch m.typ {
	case "LOC", "GPE":
		return place(m.entries, gaz, hint)
	case "MEDIA":
		for _, e := range m.entries {
			if e.Type == gazetteer.Media {
				return e, true
			}
		}
	case "ORG":
		for _, e := range m.entries {
			if e.Type == gazetteer.Org || e.Type == gazetteer.Media {
				return e, true
			}
		}
	}
	return gazetteer.Entry{}, false
}

// place chooses among the geographic entries of one name: a country
// first (لبنان is Lebanon, whatever the American towns of that name); then
// the gazetteer's ranking by the document's countries (السخنة in a Syria
// story is the Syrian town), unless a namesake elsewhere is fifty times
// larger (موسكو in a story about America is still Moscow).
func place(es []gazetteer.Entry, gaz *gazetteer.Gazetteer, hint []string) (gazetteer.Entry, bool) {
	var biggest gazetteer.Entry
	found := false
	for _, e := range es {
		if e.Type == gazetteer.Country {
			return e, true
		}
		if e.Type.Geographic() && (!found || e.Population > biggest.Population) {
			biggest, found = e, true
		}
	}
	if !found {
		return gazetteer.Entry{}, false
	}
	r, ok := gaz.Resolve(biggest.Canonical, hint)
	if !ok || r.Population*50 < biggest.Population {
		return biggest, true
	}
	return r, true
}

// proclitics are the letters that attach to a name: و ف ب ل ك, alone or
// two together, and لل for ل + ال.
var proclitics = []string{"وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك"}

// clitic returns how many bytes of proclitics the first word of a name
// carries: "وداعش" → len("و"), "بالبوكمال" → len("ب"), "وليد" → 0. A
// proclitic is taken off only when the rest is a known name (known) or,
// when article is set, keeps the article ("وال…", "بال…"); a person's name
// may itself start with فال or وال (فاليري، والتر). "للتحالف" keeps its
// لل: the article's alef is not written, so no letter starts the name.
func clitic(word string, article bool, known func(string) bool) int {
	n := arabic.Normalize(arabic.Match, word)
	for _, p := range proclitics {
		if !strings.HasPrefix(n, p) {
			continue
		}
		rest := n[len(p):]
		if utf8.RuneCountInString(rest) < 3 {
			continue
		}
		if strings.HasSuffix(p, "ل") && strings.HasPrefix(rest, "ل") {
			return 0 // للحكومة: the article's alef is not written; keep the word whole
		}
		if article && len(p) <= 1 && strings.HasPrefix(rest, "ال") && utf8.RuneCountInString(rest) >= 5 || known(rest) {
			return prefixBytes(word, utf8.RuneCountInString(p))
		}
	}
	return 0
}

// prefixBytes returns the byte length of the first n letters of word,
// counting diacritics and tatweel that follow a letter with it.
func prefixBytes(word string, n int) int {
	letters := 0
	for i, r := range word {
		if isMark(r) {
			continue
		}
		if letters == n {
			return i
		}
		letters++
	}
	return len(word)
}

func isMark(r rune) bool {
	return r >= 0x064B && r <= 0x065F || r == 0x0670 || r == 0x0640 || r == 0x200C || r == 0x200D || r == 0x200F
}

// seenBare reports whether rest (Match form) is a whole token of the text
// elsewhere: "وتاونسند" with "تاونسند" in the next paragraph. *set holds the
// tokens' forms; seenBare makes it on first use, so that a long text with
// many clitics is not scanned once per clitic.
func seenBare(rest string, toks []isnad.Token, set *map[string]bool) bool {
	if *set == nil {
		*set = make(map[string]bool, len(toks))
		for _, t := range toks {
			(*set)[t.Norm] = true
		}
	}
	return (*set)[rest]
}
