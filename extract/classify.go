package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/isnad-news/isnad"
)

// meta is the metadata found in some lines.
type meta struct {
	published, updated isnad.Date
	// sources are outlets named as the article's source: "المصدر: X",
	// "نقلا عن X", the X of "X - author" and of "banner || X – text".
	sources []string
	// sites are newspapers and sites named on a line of their own
	// ("جريدة البناء").
	sites []string
	// banners are the carrying site's own name above the headline.
	banners []string
	// sections are section names in a banner ("صحافة عربية ودولية").
	sections []string
	author   string
	// dates are all the publication dates seen, for reporting conflicts.
	dates []isnad.Date
	// guess marks metadata read from a line's shape alone ("الانباط -
	// مامون العمري", "دبي - العربية.نت"), with no label, date or known
	// name; such a line above the headline may be the headline itself.
	guess bool
}

// merge adds o's findings to m; what m already has wins.
func (m *meta) merge(o meta) {
	if !o.published.IsZero() {
		m.dates = append(m.dates, o.published)
		if m.published.IsZero() {
			m.published = o.published
		}
	}
	if m.updated.IsZero() {
		m.updated = o.updated
	}
	m.sources = append(m.sources, o.sources...)
	m.sites = append(m.sites, o.sites...)
	m.banners = append(m.banners, o.banners...)
	m.sections = append(m.sections, o.sections...)
	if m.author == "" {
		m.author = o.author
	}
}

func (m *meta) setDates(published, updated isnad.Date) {
	m.published, m.updated = published, updated
}

// outletPublisher resolves the outlet (who wrote the article) and the
// publisher (the site carrying it, when different): a named source wins,
// then a site line, then the banner; the publisher is the first banner or
// site line that is not the outlet.
func (m *meta) outletPublisher() (outlet, publisher string) {
	switch {
	case len(m.sources) > 0:
		outlet = m.sources[0]
	case len(m.sites) > 0:
		outlet = m.sites[0]
	case len(m.banners) > 0:
		outlet = m.banners[0]
	}
	for _, c := range append(append([]string(nil), m.banners...), m.sites...) {
		if !sameText(c, outlet) {
			publisher = c
			break
		}
	}
	return outlet, publisher
}

// boiler says what kind of boilerplate a line is.
type boiler uint8

const (
	// notBoiler is article text, a headline or metadata.
	notBoiler boiler = iota
	// boilerLine is dropped on its own: a share bar, a copyright notice, a
	// "read also" line with its link, a tag list.
	boilerLine
	// boilerNav is a previous/next link label; the title after it goes too.
	boilerNav
	// boilerLabel is a "read also" or tags label alone on its line; the
	// link title (or tag list) after it goes too.
	boilerLabel
)

// boilerKind classifies a line as boilerplate or not.
func boilerKind(t string) boiler {
	wc := wordCount(t)
	if wc > 40 {
		return notBoiler
	}
	toks := tokenize(t)
	ws := words(toks)
	if !hasText(t) {
		return boilerLine
	}
	if len(ws) == 0 {
		return notBoiler
	}
	onlyPunctAfter := func(n int) bool {
		for _, tk := range toks[n:] {
			if tk.kind != tokPunct {
				return false
			}
		}
		return true
	}
	colonAt := func(n int) bool {
		return n < len(toks) && toks[n].kind == tokPunct && (toks[n].f == ":" || toks[n].f == "：")
	}
	if n, ok := navPhrases.matchPrefix(toks); ok {
		if onlyPunctAfter(n) {
			return boilerNav
		}
		if colonAt(n) && wc <= 30 {
			return boilerLine
		}
	}
	if n, ok := relatedLabels.matchPrefix(toks); ok {
		if onlyPunctAfter(n) {
			return boilerLabel
		}
		return boilerLine
	}
	if n, ok := weakRelatedLabels.matchPrefix(toks); ok {
		if onlyPunctAfter(n) {
			return boilerLabel
		}
		if colonAt(n) && wc <= 30 {
			return boilerLine
		}
	}
	if n, ok := tagLabels.matchPrefix(toks); ok {
		if onlyPunctAfter(n) {
			return boilerLabel
		}
		if colonAt(n) {
			return boilerLine
		}
	}
	if wc <= 20 {
		if _, ok := plugPhrases.matchPrefix(toks); ok {
			return boilerLine
		}
	}
	if wc <= 12 && isShareLine(toks) {
		return boilerLine
	}
	if (wc <= 15 && strings.ContainsRune(t, '©')) || (wc <= 30 && copyrightPhrases.within(ws)) || (wc <= 12 && ws[0] == "copyright") ||
		(wc <= 40 && disclaimerPhrases.within(ws)) {
		return boilerLine
	}
	if wc <= 3 && allIn(ws, tagWords) {
		return boilerLine
	}
	if n, ok := endMarkers.matchPrefix(toks); ok && onlyPunctAfter(n) {
		return boilerLine
	}
	if n, ok := menuPhrases.matchPrefix(toks); ok && onlyPunctAfter(n) {
		return boilerLine
	}
	if isBreadcrumb(t) {
		return boilerLine
	}
	if wc <= 2 && (strings.Contains(t, "://") || strings.HasPrefix(t, "www.")) {
		return boilerLine // a bare link
	}
	return notBoiler
}

// within reports whether one of the phrases occurs anywhere in ws.
func (ps phrases) within(ws []string) bool {
	for _, p := range ps {
	next:
		for i := 0; i+len(p) <= len(ws); i++ {
			for k, w := range p {
				if ws[i+k] != w {
					continue next
				}
			}
			return true
		}
	}
	return false
}

func allIn(ws []string, set wordSet) bool {
	for _, w := range ws {
		if !set[w] {
			return false
		}
	}
	return len(ws) > 0
}

func anyIn(ws []string, set wordSet) bool {
	for _, w := range ws {
		if set[w] {
			return true
		}
	}
	return false
}

// isShareLine reports whether toks are a share, print or comment widget's
// text: share words and counts only, with at least one core share word.
func isShareLine(toks []token) bool {
	core := false
	for _, t := range toks {
		switch t.kind {
		case tokWord:
			if !shareWords[t.f] {
				return false
			}
			core = core || shareCore[t.f]
		case tokNum:
			if len(t.f) > 7 {
				return false
			}
		}
	}
	return core
}

// isBreadcrumb reports whether t is a breadcrumb trail ("الرئيسية » أخبار »
// سياسة").
func isBreadcrumb(t string) bool {
	if wordCount(t) > 15 {
		return false
	}
	quoted := strings.ContainsRune(t, '«')
	isSep := func(r rune) bool {
		switch r {
		case '›', '>', '←', '→', '⟵', '⟶':
			return true
		case '»':
			return !quoted
		}
		return false
	}
	// Slashes count only with spaces around them: "2017/10/11" is a date.
	t2 := strings.ReplaceAll(t, " / ", " › ")
	parts := strings.FieldsFunc(t2, isSep)
	if len(parts) < 2 {
		return false
	}
	toks := tokenize(t2)
	if len(toks) > 0 && toks[0].kind == tokWord && (toks[0].f == fold("الرئيسية") || toks[0].f == "home") {
		return true
	}
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts {
		if wc := wordCount(p); wc == 0 || wc > 4 || len(words(tokenize(p))) == 0 {
			return false
		}
	}
	return true
}

// splitParts splits a line at pipes, bullets and dashes with white space on
// at least one side ("2017-09-16 - المصدر: X" → "2017-09-16", "المصدر: X").
func splitParts(t string) []string {
	var parts []string
	start := 0
	prev := ' '
	for i, r := range t {
		cut := 0
		switch r {
		case '|', '•', '·', '◄', '►', '｜', '¦':
			cut = utf8.RuneLen(r)
		case '-', '–', '—', '−':
			next, _ := utf8.DecodeRuneInString(t[i+utf8.RuneLen(r):])
			if isSpace(prev) || isSpace(next) || next == utf8.RuneError {
				cut = utf8.RuneLen(r)
			}
		}
		if cut > 0 {
			if p := strings.TrimSpace(t[start:i]); p != "" {
				parts = append(parts, p)
			}
			start = i + cut
		}
		prev = r
	}
	if p := strings.TrimSpace(t[start:]); p != "" {
		parts = append(parts, p)
	}
	return parts
}

// parseMeta reports whether t is a metadata line, and what it says: a date
// line, a source line, a byline, a site line, or several of them joined by
// dashes or pipes ("2017-09-16 00:00:00 - المصدر: nrt عربية"), or an
// "outlet - author" line ("الانباط - مامون العمري").
func parseMeta(t string) (meta, bool) {
	var m meta
	if wordCount(t) > 16 {
		return m, false
	}
	if pub, upd, ok := parseDateLine(t); ok {
		m.setDates(pub, upd)
		return m, true
	}
	parts := splitParts(t)
	if len(parts) == 0 || len(parts) > 5 {
		return m, false
	}
	var unknown []string
	found := false
	for _, p := range parts {
		pm, ok, filler := metaPart(p)
		switch {
		case ok:
			m.merge(pm)
			found = true
		case !filler:
			unknown = append(unknown, p)
		}
	}
	switch {
	case len(unknown) == 0:
		// Metadata and fillers only ("منذ 3 ساعات", "مراسلنا").
		return m, true
	case len(parts) == 2 && len(unknown) == 2:
		// "الانباط - مامون العمري", "دبي - العربية.نت".
		if outlet, author, ok := outletAuthor(parts[0], parts[1]); ok {
			if outlet != "" {
				m.sources = append(m.sources, outlet)
			}
			m.author = author
			m.guess = true
			return m, true
		}
		for k, p := range parts {
			if o := parts[1-k]; isPlace(p) && looseOutlet(o) {
				m.sources = append(m.sources, trimValue(o))
				m.guess = !isAgency(o) && !siteLine(o, tokenize(o))
				return m, true
			}
		}
	case len(unknown) == 1 && found:
		// "كتب: فلان - الأهرام", "الأحد 3 سبتمبر 2017 - بيروت",
		// "صحيفة المنارة - سلمى العبيدي", "بقلم: فلان - عنب بلدي".
		u := unknown[0]
		if isPlace(u) {
			return m, true
		}
		if len(m.sites) > 0 && m.author == "" && len(m.sources) == 0 && isBareName(u) {
			// A newspaper or site and a name: the name is the author
			// and the site the outlet ("X - author"). Words that only
			// look like a name may be a headline's ("صحيفة أمريكية -
			// ترامب يخسر"): that is a guess.
			m.sources, m.sites = m.sites, nil
			m.author = trimValue(u)
			m.guess = !isLikelyByline(u, false)
			return m, true
		}
		// After a labelled byline the other part is the outlet even when
		// it reads like a name ("عنب بلدي").
		if outletish(u) || (m.author != "" && (looseOutlet(u) || isBareName(u))) {
			m.sources = append(m.sources, trimValue(u))
			return m, true
		}
	case len(unknown) == 1 && len(parts) > 1:
		// "المسار نت - متابعات": an outlet and a filler such as a desk
		// or a tag; guessed unless the outlet is a site line or agency.
		u := unknown[0]
		if isPlace(u) {
			return m, true
		}
		if outletish(u) {
			m.sources = append(m.sources, trimValue(u))
			m.guess = !isAgency(u) && !siteLine(u, tokenize(u))
			return m, true
		}
	case len(parts) == 1 && len(unknown) == 1:
		// "أنقرة/ الأناضول", "(أ ف ب)".
		if d, ok := datelineOnly(t); ok {
			if d.outlet != "" {
				m.sources = append(m.sources, d.outlet)
			}
			m.author = d.author
			m.guess = d.outlet == "" || !isAgency(d.outlet)
			return m, true
		}
		if names, ok := agencyLine(t); ok {
			m.sources = append(m.sources, names...)
			return m, true
		}
	}
	// "كتبت - سارة محمد:": a byline whose label the dash split off.
	if v, ok := bylineValue(t, tokenize(t)); ok && v != "" {
		return meta{author: v}, true
	}
	return meta{}, false
}

// datelineOnly reads a line that is only a dateline ("أنقرة/ الأناضول",
// "بيروت: كارولين عاكوم").
func datelineOnly(t string) (dateline, bool) {
	if wordCount(t) > 8 {
		return dateline{}, false
	}
	d, ok := readDateline(t)
	if ok && !hasText(t[d.end:]) {
		return d, true
	}
	// "بغداد/ المدى": a place and an outlet's name after a slash.
	if i := strings.IndexByte(t, '/'); i > 0 && isPlace(t[:i]) {
		if o := trimValue(t[i+1:]); wordCount(o) <= 2 && outletish(o) {
			return dateline{outlet: o, end: len(t)}, true
		}
	}
	return dateline{}, false
}

// agencyLine reads a line of agency names only, as stories end with
// ("فرانس24/ أ ف ب", "(رويترز)").
func agencyLine(t string) ([]string, bool) {
	if wordCount(t) > 6 {
		return nil, false
	}
	var names []string
	for _, p := range strings.FieldsFunc(t, func(r rune) bool { return strings.ContainsRune("/+،,()", r) }) {
		p = trimValue(p)
		if p == "" {
			continue
		}
		if !isAgency(p) {
			return nil, false
		}
		names = append(names, p)
	}
	return names, len(names) > 0
}

// relativeUnits are the units of "منذ 3 ساعات".
var relativeUnits = newWordSet(
	"ثانية", "ثوان", "ثواني", "دقيقة", "دقيقتين", "دقائق", "ساعة", "ساعتين", "ساعات", "يوم", "يومين",
	"أيام", "اسبوع", "أسبوع", "أسبوعين", "أسابيع", "شهر", "شهرين", "أشهر", "شهور", "سنة", "سنوات", "عام",
	"واحد", "واحدة",
)

// isRelativeTime reports whether t is only a relative time ("منذ 3 ساعات",
// "قبل يومين"), which says when the page was read, not a date.
func isRelativeTime(t string) bool {
	toks := tokenize(t)
	if len(toks) < 2 || len(toks) > 6 || toks[0].kind != tokWord || (toks[0].f != fold("منذ") && toks[0].f != fold("قبل")) {
		return false
	}
	unit := false
	for _, tk := range toks[1:] {
		switch tk.kind {
		case tokWord:
			if !relativeUnits[tk.f] && !dateFillers[tk.f] {
				return false
			}
			unit = unit || relativeUnits[tk.f]
		case tokNum:
			if len(tk.f) > 3 {
				return false
			}
		}
	}
	return unit
}

// sectionWords name the sections of a news site.
var sectionWords = newWordSet(
	"سياسة", "اقتصاد", "رياضة", "ثقافة", "منوعات", "صحة", "تكنولوجيا", "محليات", "دولي", "دولية",
	"عربي", "عربية", "عالمي", "عالمية", "شؤون", "تقارير", "تقرير", "مقالات", "مقال", "آراء", "رأي",
	"حوار", "حوارات", "تحقيقات", "تحقيق", "أخبار", "خبر", "متابعات", "قضايا", "صحافة", "ملفات", "ملف",
	"تحليل", "تحليلات", "فن", "فنون", "مجتمع", "علوم", "سياحة", "اقتصادية", "سياسية", "محلية", "عاجل",
	"خاص", "مختارات", "أمن", "عسكرية", "ترجمات", "ترجمة", "دراسات", "أبحاث", "إقليمي", "إقليمية",
	"مقابلات", "كاريكاتير", "افتتاحية", "وطني", "وطنية", "بيئة", "تعليم", "اخبار", "العالم", "اليوم",
)

// isSectionLine reports whether t names a section only ("سياسة", "صحافة
// عربية ودولية", "تقارير وتحليلات").
func isSectionLine(t string) bool {
	if wordCount(t) > 4 || strings.ContainsAny(t, ".:؟?!") {
		return false
	}
	ws := words(tokenize(t))
	if len(ws) == 0 {
		return false
	}
	for _, w := range ws {
		if !sectionWords[w] && !sectionWords[baseWord(w)] {
			return false
		}
	}
	return true
}

// baseWord strips a leading و and the article ال from a folded word.
func baseWord(w string) string {
	if strings.HasPrefix(w, "و") && utf8.RuneCountInString(w) > 3 {
		w = w[len("و"):]
	}
	if strings.HasPrefix(w, "ال") && utf8.RuneCountInString(w) > 4 {
		w = w[len("ال"):]
	}
	return w
}

// metaPart classifies one part of a line. filler reports a part that says
// nothing but may stand in a metadata line ("خاص", "مراسلنا", a time).
func metaPart(p string) (m meta, ok, filler bool) {
	if pub, upd, ok := parseDateLine(p); ok {
		m.setDates(pub, upd)
		return m, true, false
	}
	toks := tokenize(p)
	ws := words(toks)
	if len(ws) == 0 {
		return m, false, true
	}
	if v, ok := sourceValue(p, toks); ok {
		m.sources = append(m.sources, v)
		return m, true, false
	}
	if v, ok := bylineValue(p, toks); ok {
		if v == "" {
			return m, false, true
		}
		m.author = v
		return m, true, false
	}
	if siteLine(p, toks) {
		m.sites = append(m.sites, trimValue(p))
		return m, true, false
	}
	if len(ws) <= 2 && allIn(ws, tagWords) || len(ws) <= 3 && allIn(ws, deskWords) || isShareLine(toks) || isRelativeTime(p) {
		return m, false, true
	}
	return m, false, false
}

// sourceValue reads "المصدر: X", "مصدر الخبر - X" and "نقلا عن X".
func sourceValue(p string, toks []token) (string, bool) {
	if n, ok := sourceLabels.matchPrefix(toks); ok && n < len(toks) && toks[n].kind == tokPunct && strings.Contains(":：-–—|", toks[n].f) {
		if v := trimValue(p[toks[n].end:]); v != "" && wordCount(v) <= 6 && !endsPeriod(v) {
			return v, true
		}
	}
	if n, ok := quoteLabels.matchPrefix(toks); ok && n > 0 {
		if v := trimValue(p[toks[n-1].end:]); v != "" && wordCount(v) <= 6 && !endsPeriod(v) {
			return v, true
		}
	}
	return "", false
}

// bylineValue reads "بقلم: X", "كتب X", "إعداد: X", "مراسلنا في بغداد X".
// A label with no name ("مراسلنا") returns "" and true.
func bylineValue(p string, toks []token) (string, bool) {
	n, ok := bylineLabels.matchPrefix(toks)
	if !ok {
		return "", false
	}
	k := n
	for k < len(toks) && toks[k].kind == tokPunct && strings.Contains(":：-–—/", toks[k].f) {
		k++
	}
	if k+1 < len(toks) && toks[k].f == fold("في") && toks[k+1].kind == tokWord {
		k += 2 // "مراسلنا في بغداد"
	}
	if k >= len(toks) {
		w := words(toks)
		if len(w) == 1 && (w[0] == fold("مراسلنا") || w[0] == fold("مراسلتنا")) {
			return "", true
		}
		return "", false
	}
	rest := p[toks[k].start:]
	if i := strings.IndexFunc(rest, func(r rune) bool { return strings.ContainsRune(",،;؛()|–—", r) }); i >= 0 {
		rest = rest[:i]
	}
	if i := strings.Index(rest, " - "); i >= 0 {
		rest = rest[:i]
	}
	name := stripRole(trimValue(rest))
	if !nameLike(name, true) {
		return "", false
	}
	return name, true
}

// stripRole removes role words before a name ("الكاتب والباحث أحمد" →
// "أحمد"): known role words, and any word with the article ال that is not
// an honorific, since names do not start with one.
func stripRole(name string) string {
	for {
		f, rest, ok := strings.Cut(name, " ")
		if !ok {
			return name
		}
		w := fold(f)
		if !roleWords[w] && (honorifics[w] || !strings.HasPrefix(baseWord0(w), "ال")) {
			return name
		}
		name = rest
	}
}

// baseWord0 strips a leading و from a folded word.
func baseWord0(w string) string {
	if strings.HasPrefix(w, "وال") {
		return w[len("و"):]
	}
	return w
}

// siteLine reports whether p names a newspaper, agency, channel or site on
// its own: a site label and one to four more words ("جريدة البناء").
func siteLine(p string, toks []token) bool {
	if len(toks) == 0 || toks[0].kind != tokWord || !siteLabels[toks[0].f] {
		return false
	}
	wc := wordCount(p)
	if wc < 2 || wc > 5 || utf8.RuneCountInString(p) > 50 {
		return false
	}
	for i, t := range toks {
		switch t.kind {
		case tokPunct:
			if !strings.Contains(".-()\"«»'“”", t.f) {
				return false
			}
		case tokWord:
			if i == 1 && functionWords[t.f] {
				return false
			}
		}
	}
	return true
}

// nameLike reports whether s looks like a personal name: one to five words
// after a byline label, two to four words on its own; letters only (an
// initial may end with a full stop); no function word, month, weekday,
// place, or site word; the first word (after an honorific) without the
// article ال.
func nameLike(s string, labelled bool) bool {
	if s == "" || utf8.RuneCountInString(s) > 40 {
		return false
	}
	toks := tokenize(s)
	var ws []string
	for i, t := range toks {
		switch t.kind {
		case tokNum:
			return false
		case tokPunct:
			// Only an initial or an abbreviated title ends with a dot.
			if t.f != "." || i == 0 || toks[i-1].kind != tokWord || utf8.RuneCountInString(toks[i-1].f) > 2 {
				return false
			}
		case tokWord:
			ws = append(ws, t.f)
		}
	}
	for len(ws) > 1 && honorifics[ws[0]] {
		ws = ws[1:]
	}
	lo, hi := 2, 4
	if labelled {
		lo, hi = 1, 5
	}
	if len(ws) < lo || len(ws) > hi {
		return false
	}
	if strings.HasPrefix(ws[0], "ال") {
		return false
	}
	// على folds to the name علي, so it is looked for as written; after a
	// byline label the name is trusted.
	if !labelled && (strings.Contains(" "+s+" ", " على ") || strings.Contains(" "+s+" ", " علی ")) {
		return false
	}
	for _, w := range ws {
		if stopWords[w] || siteLabels[w] || newsWords[w] || weekdays[w] || tagWords[w] || siteishWords[w] || cities[w] {
			return false
		}
		if _, ok := monthNames[w]; ok {
			return false
		}
		if utf8.RuneCountInString(w) < 2 && !labelled {
			return false
		}
	}
	return true
}

// isBareName reports whether a whole line is a personal name with no label,
// as a byline under a headline ("معن حمية").
func isBareName(t string) bool {
	if strings.ContainsAny(t, ":：،,؛;!?؟\"«»()") || endsSentence(t) {
		return false
	}
	return nameLike(t, false)
}

// isLikelyByline reports whether a bare name line under a headline is a
// byline: its first word (after an honorific) is a common given name, or
// its last word is a family name with the article ("رشا الفخراني"), or a
// date or source line stands next to it (meta).
func isLikelyByline(t string, meta bool) bool {
	if !isBareName(t) {
		return false
	}
	ws := words(tokenize(t))
	for len(ws) > 1 && honorifics[ws[0]] {
		ws = ws[1:]
	}
	last := ws[len(ws)-1]
	return meta || givenNames[ws[0]] || strings.HasPrefix(ws[0], fold("عبد")) ||
		(strings.HasPrefix(last, "ال") && !anyIn(ws[:len(ws)-1], sectionWords))
}

// outletAuthor reads the two parts of an "outlet - author" line, in either
// order, or "place - author".
func outletAuthor(a, b string) (outlet, author string, ok bool) {
	switch {
	case isPlace(a) && isBareName(b):
		return "", b, true
	case isPlace(b) && isBareName(a):
		return "", a, true
	case isBareName(b) && looseOutlet(a) && !isBareName(a):
		return trimValue(a), b, true
	case isBareName(a) && looseOutlet(b) && !isBareName(b):
		return trimValue(b), a, true
	case isBareName(b) && outletish(a):
		return trimValue(a), b, true
	}
	return "", "", false
}

// looseOutlet reports whether s could name an outlet next to a byline or a
// place: outletish, or one to three words with no function word that are
// not a place ("هسبريس", "عنب بلدي").
func looseOutlet(s string) bool {
	if outletish(s) {
		return true
	}
	s = trimValue(s)
	wc := wordCount(s)
	if wc < 1 || wc > 3 || isPlace(s) {
		return false
	}
	toks := tokenize(s)
	ws := words(toks)
	if len(ws) == 0 || anyIn(ws, functionWords) || nameLike(s, false) {
		return false
	}
	for _, t := range toks {
		if t.kind == tokPunct && !strings.Contains(".-'\"«»“”", t.f) {
			return false
		}
	}
	return true
}

// outletish reports whether s could be an outlet's name: one to four words
// that are a site line, a known agency, a name with the article ال, or a
// short Latin name; never a place.
func outletish(s string) bool {
	s = trimValue(s)
	wc := wordCount(s)
	if wc < 1 || wc > 4 || isPlace(s) {
		return false
	}
	toks := tokenize(s)
	ws := words(toks)
	if len(ws) == 0 {
		return false
	}
	switch {
	case siteLine(s, toks), isAgency(s):
		return true
	case anyIn(ws, functionWords):
		return false
	case strings.HasPrefix(ws[0], "ال") && wc <= 3:
		return true
	case isLatin(s) && wc <= 3:
		return true
	}
	return false
}

// isPlace reports whether s is a city or country heading a dateline,
// perhaps with a word such as ريف or شمال before it ("ريف دمشق").
func isPlace(s string) bool {
	k := textKey(s)
	for range 2 {
		if cities[k] || countries[k] {
			return true
		}
		w, rest, ok := strings.Cut(k, " ")
		if !ok || !placePrefixes[w] {
			return false
		}
		k = rest
	}
	return false
}

// placePrefixes may stand before a place's name in a dateline.
var placePrefixes = newWordSet(
	"ريف", "محافظة", "مدينة", "شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي",
)

// isAgency reports whether s is a news agency's short name.
func isAgency(s string) bool {
	return agencies[textKey(s)]
}

// countries are places too; a dateline may name one.
var countries = newWordSet(
	"العراق", "سوريا", "سورية", "لبنان", "الأردن", "مصر", "السعودية", "فلسطين", "اليمن", "ليبيا",
	"المغرب", "السودان", "قطر", "الإمارات", "البحرين", "سلطنة عمان", "إيران", "تركيا", "روسيا",
	"أمريكا", "أميركا", "الولايات المتحدة", "فرنسا", "بريطانيا", "ألمانيا", "الصين", "إسرائيل",
)

func isLatin(s string) bool {
	latin := false
	for _, r := range s {
		if unicode.IsLetter(r) {
			if r > unicode.MaxLatin1 && !unicode.In(r, unicode.Latin) {
				return false
			}
			latin = true
		}
	}
	return latin
}

// splitLead splits a line that starts with a site banner from the article
// text that follows on the same line:
//
//	موقع أنصار الله || صحافة عربية ودولية ||الوقت التحليلي – بينما ترفع واشنطن …
//
// gives the banner "موقع أنصار الله", the section "صحافة عربية ودولية", the
// source "الوقت التحليلي" and the rest "بينما ترفع واشنطن …". A line of
// banner parts only returns an empty rest. ok is false when the line does
// not start that way.
func splitLead(t string) (m meta, rest string, ok bool) {
	segs := strings.FieldsFunc(t, func(r rune) bool { return r == '|' || r == '｜' || r == '¦' })
	for i := range segs {
		segs[i] = strings.TrimSpace(segs[i])
	}
	if len(segs) < 2 {
		return dashLead(t)
	}
	first := segs[0]
	if wc := wordCount(first); wc == 0 || wc > 5 {
		return m, "", false
	}
	last := segs[len(segs)-1]
	middle := segs[1 : len(segs)-1]
	for _, s := range middle {
		if wordCount(s) > 6 {
			return m, "", false
		}
	}
	var source string
	if wordCount(last) >= 8 {
		rest = last
		if i, n := firstSpacedDash(last); i >= 0 {
			if wc := wordCount(last[:i]); wc >= 1 && wc <= 5 {
				source = strings.TrimSpace(last[:i])
				rest = strings.TrimSpace(last[i+n:])
			}
		}
	} else {
		// Banner parts only: the first must be a site's name, or there
		// must be three or more parts.
		fw := words(tokenize(first))
		if len(fw) == 0 || len(segs) < 3 && !(siteLabels[fw[0]] || newsWords[fw[0]] || anyIn(fw, siteishWords) || domainLike(first)) {
			return m, "", false
		}
		middle = append(middle, last)
	}
	if fw := words(tokenize(first)); !allIn(fw, tagWords) {
		m.banners = append(m.banners, trimValue(first))
	}
	for _, s := range middle {
		if pm, ok, filler := metaPart(s); ok {
			m.merge(pm)
		} else if !filler && hasText(s) {
			m.sections = append(m.sections, trimValue(s))
		}
	}
	if source != "" {
		// The part before the dash is the article's source, even when it
		// reads as a site line; a date or byline there is taken as such.
		if pm, ok, filler := metaPart(source); ok && (pm.author != "" || !pm.published.IsZero()) {
			m.merge(pm)
		} else if !filler {
			m.sources = append(m.sources, trimValue(source))
		}
	}
	return m, rest, true
}

// dashLead splits "وكالة X – text" and "سانا – text": a site line or known
// agency, a spaced dash, and at least six words of text.
func dashLead(t string) (meta, string, bool) {
	var m meta
	i, n := firstSpacedDash(t)
	if i < 0 {
		return m, "", false
	}
	head, rest := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+n:])
	if wordCount(head) > 5 || wordCount(rest) < 6 {
		return m, "", false
	}
	if !siteLine(head, tokenize(head)) && !isAgency(head) {
		return m, "", false
	}
	m.sources = append(m.sources, trimValue(head))
	return m, rest, true
}

// firstSpacedDash returns the byte offset and length of the first dash in s
// with white space on at least one side, or -1.
func firstSpacedDash(s string) (int, int) {
	prev := ' '
	for i, r := range s {
		if r == '-' || r == '–' || r == '—' || r == '−' {
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			if (isSpace(prev) || isSpace(next)) && i > 0 {
				return i, utf8.RuneLen(r)
			}
		}
		prev = r
	}
	return -1, 0
}

// domainLike reports whether s holds a web address ("www.example.com").
func domainLike(s string) bool {
	f := strings.ToLower(s)
	if strings.Contains(f, "www.") || strings.Contains(f, "http") {
		return true
	}
	for _, tld := range []string{".com", ".net", ".org", ".info", ".news", ".tv"} {
		if strings.Contains(f, tld) {
			return true
		}
	}
	return false
}

// dateline is what a dateline at the head of a paragraph names.
type dateline struct {
	outlet, author string
	// end is the byte offset in the line where the dateline ends.
	end int
}

// readDateline reads the dateline that heads a paragraph: a place, then,
// after dashes, slashes, colons or brackets, an agency, an outlet in quotes
// or a reporter's name ("دمشق-سانا", "بيروت (أ ف ب) -", "تونس- «القدس
// العربي»:", "أنقرة/ إبراهيم يونس/ الأناضول", "بيروت: كارولين عاكوم").
func readDateline(t string) (dateline, bool) {
	var d dateline
	toks := tokenize(t)
	// The place: the longest run of up to three words that is one.
	j := 0
	for n := 3; n >= 1; n-- {
		if n <= len(toks) && allWords(toks[:n]) && isPlace(t[toks[0].start:toks[n-1].end]) {
			j = n
			break
		}
	}
	if j == 0 {
		return d, false
	}
	d.end = toks[j-1].end
	for group := 0; group < 3 && j < len(toks); group++ {
		// One or more separators.
		k := j
		for k < len(toks) && toks[k].kind == tokPunct && strings.Contains("-–—/:()،,", toks[k].f) {
			k++
		}
		if k == j || k >= len(toks) {
			break
		}
		if strings.Contains("«\"“", toks[k].f) {
			// An outlet in quotes.
			e := k + 1
			for e < len(toks) && e-k <= 6 && !strings.Contains("»\"”", toks[e].f) {
				e++
			}
			if e >= len(toks) || e == k+1 || e-k > 6 {
				break
			}
			d.outlet = t[toks[k+1].start:toks[e-1].end]
			d.end = toks[e].end
			j = e + 1
			continue
		}
		e := k
		for e < len(toks) && toks[e].kind == tokWord && e-k < 5 {
			e++
		}
		if e == k {
			break
		}
		// The words up to the next separator, or the longest agency name
		// they start with.
		cand := t[toks[k].start:toks[e-1].end]
		switch {
		case isAgency(cand):
			d.outlet = trimValue(cand)
		case e < len(toks) && toks[e].kind == tokPunct && nameLike(cand, false):
			d.author = cand
		case e == len(toks) && nameLike(cand, false):
			d.author = cand
		default:
			found := false
			for n := e - 1; n > k; n-- {
				if c := t[toks[k].start:toks[n-1].end]; isAgency(c) {
					d.outlet, e, found = trimValue(c), n, true
					break
				}
			}
			if !found {
				return d, d.outlet != "" || d.author != ""
			}
		}
		d.end = toks[e-1].end
		j = e
	}
	// A closing bracket or separator after the last group belongs to it.
	for j < len(toks) && toks[j].kind == tokPunct && strings.Contains("-–—/:)", toks[j].f) {
		d.end = toks[j].end
		j++
	}
	return d, d.outlet != "" || d.author != ""
}

func allWords(toks []token) bool {
	for _, t := range toks {
		if t.kind != tokWord {
			return false
		}
	}
	return true
}
