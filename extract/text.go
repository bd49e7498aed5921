package extract

import (
	"strings"

	"github.com/isnad-news/isnad"
)

// maxHeaderLines is how many non-blank lines at the top are searched for the
// headline and its metadata before the article text must have started.
const maxHeaderLines = 12

// maxLinkRun is how many link lines after a "read also" label are dropped
// when running text follows them.
const maxLinkRun = 6

// analyzeOptions says what analyze knows before it starts.
type analyzeOptions struct {
	// detectTitle makes analyze take the first headline-like line as the
	// title (plain text, and records without one).
	detectTitle bool
	// knownTitle is the title the input already has (a page's or a feed
	// item's); lines repeating it are dropped. Ignored when detectTitle.
	knownTitle string
}

// result is what analyze found.
type result struct {
	meta
	title    string
	body     string
	problems []string
	// sitename is an HTML page's own site name, kept in Meta.
	sitename string
	// headerDate reports that the published date came from the top lines.
	headerDate bool
}

// analyze reads the metadata and the article text from lines:
//
//  1. boilerplate anywhere goes: share bars, "read also" links, previous/next
//     navigation with the titles after it, tag lists, copyright notices;
//  2. the top lines give the site banner, the headline (repeats dropped),
//     date, source and byline lines, and a bare name under the headline;
//  3. the bottom lines give source, site, date and byline lines;
//  4. what is left is the body, one paragraph per line (soft lines joined).
func analyze(lines []line, opts analyzeOptions) *result {
	r := &result{}
	lines = append([]line(nil), lines...) // a line's text may be cut below
	n := len(lines)
	keep := make([]bool, n)
	for i, l := range lines {
		keep[i] = l.text != ""
	}
	next := func(i int) int {
		for j := i + 1; j < n; j++ {
			if keep[j] {
				return j
			}
		}
		return -1
	}

	// 1. Boilerplate anywhere.
	for i := 0; i < n; i++ {
		if !keep[i] {
			continue
		}
		switch boilerKind(lines[i].text) {
		case boilerLine:
			keep[i] = false
		case boilerNav:
			keep[i] = false
			if j := next(i); j >= 0 && isLinkTitle(lines[j].text) && boilerKind(lines[j].text) == notBoiler {
				keep[j] = false
			}
		case boilerLabel:
			keep[i] = false
			// A label near the end heads a list of links or tags: drop
			// every short line after it when no running text follows.
			// Before running text, only a few link lines go.
			var run []int
			prose := false
			for j := next(i); j >= 0; j = next(j) {
				if isProse(lines[j].text) || !isLinkTitle(lines[j].text) {
					prose = true
					break
				}
				run = append(run, j)
			}
			if prose && len(run) > maxLinkRun {
				run = run[:1]
			}
			for _, j := range run {
				keep[j] = false
			}
		}
	}

	// 2. The top.
	title := opts.knownTitle
	if opts.detectTitle {
		title = ""
	}
	titleSeen := false
	bodyStart := -1
	considered := 0
	var dups []int
	for i := 0; i < n && considered < maxHeaderLines; i++ {
		if !keep[i] {
			continue
		}
		considered++
		t := lines[i].text
		if m, ok := parseMeta(t); ok && (titleSeen || !opts.detectTitle || !m.guess) {
			r.merge(m)
			keep[i] = false
			continue
		}
		if m, rest, ok := splitLead(t); ok {
			r.merge(m)
			if rest == "" {
				keep[i] = false
				continue
			}
			lines[i].text = rest
			bodyStart = i
			break
		}
		if !titleSeen {
			nx := nextCandidate(lines, keep, i)
			switch {
			case opts.detectTitle:
				if nx < 0 || !titleLike(t) {
					bodyStart = i
				} else if isSectionLine(t) {
					r.sections = append(r.sections, trimValue(t))
					keep[i] = false
					continue
				} else if name, ok := sloganBanner(t, lines, nx); ok {
					r.banners = append(r.banners, name)
					keep[i] = false
					continue
				} else if kind := bannerKind(t, lines, keep, nx); kind != notBanner {
					r.addBanner(t, kind)
					keep[i] = false
					continue
				} else {
					names := append(append(append([]string(nil), r.sources...), r.sites...), r.banners...)
					title, _ = stripSiteAffixes(t, names)
					titleSeen = true
					r.title = title
					keep[i] = false
					dups = append(dups, i)
					continue
				}
			case title != "":
				if isTitleLine(t, title) {
					titleSeen = true
					keep[i] = false
					dups = append(dups, i)
					continue
				}
				if wordCount(t) <= 5 && !isProse(t) && titleWithin(lines, keep, i, title, 3) {
					if isSectionLine(t) {
						r.addBanner(t, bannerSection)
					} else {
						r.addBanner(t, bannerKind(t, lines, keep, nx))
					}
					keep[i] = false
					continue
				}
			}
			if bodyStart < 0 {
				bodyStart = i
			}
			break
		}
		if isTitleLine(t, title) {
			keep[i] = false
			dups = append(dups, i)
			continue
		}
		if isSectionLine(t) && next(i) >= 0 {
			r.sections = append(r.sections, trimValue(t))
			keep[i] = false
			continue
		}
		if r.author == "" && next(i) >= 0 && isLikelyByline(t, metaNext(lines, keep, i)) {
			r.author = t
			keep[i] = false
			continue
		}
		bodyStart = i
		break
	}

	// Date and byline lines may follow a standfirst that started the
	// body: take them from the next few short lines.
	if bodyStart >= 0 && (titleSeen || title != "") {
		for i, k := next(bodyStart), 0; i >= 0 && k < 3 && !isProse(lines[i].text); i, k = next(i), k+1 {
			if m, ok := parseMeta(lines[i].text); ok {
				r.merge(m)
				keep[i] = false
			}
		}
	}
	r.headerDate = !r.published.IsZero()

	// Repeats of the title and of the site's name anywhere are dropped.
	for i := range lines {
		if !keep[i] {
			continue
		}
		t := lines[i].text
		if isTitleLine(t, title) {
			keep[i] = false
			dups = append(dups, i)
			continue
		}
		if wordCount(t) <= 5 {
			for _, b := range r.banners {
				if sameText(t, b) {
					keep[i] = false
				}
			}
		}
	}

	// 3. The bottom, up to the first line of the body.
	first := bodyStart
	if first < 0 || !keep[first] {
		first = next(first)
	}
	sawMeta := false
	for i := n - 1; first >= 0 && i > first; i-- {
		if !keep[i] {
			continue
		}
		t := lines[i].text
		if m, ok := parseMeta(t); ok {
			r.merge(m)
			keep[i] = false
			sawMeta = true
			continue
		}
		if sawMeta && r.author == "" && isBareName(t) {
			r.author = t
			keep[i] = false
			continue
		}
		break
	}

	// The dateline heading the first paragraph names the outlet when
	// nothing else does, and the reporter when no byline does.
	if first >= 0 && keep[first] {
		if d, ok := readDateline(lines[first].text); ok {
			if d.outlet != "" && len(r.sources) == 0 && len(r.sites) == 0 {
				r.sources = append(r.sources, d.outlet)
			}
			if r.author == "" {
				r.author = d.author
			}
		}
	}

	// 4. The body.
	r.body = assemble(lines, keep)
	if r.body == "" && len(dups) > 0 {
		// The text is its headline only (a feed item without content):
		// keep it as the body rather than leave nothing.
		keep[dups[0]] = true
		r.body = assemble(lines, keep)
	}
	if r.title != "" {
		var removed []string
		r.title, removed = stripSiteAffixes(r.title, append(append(append([]string(nil), r.sources...), r.sites...), r.banners...))
		if len(r.sources)+len(r.sites)+len(r.banners) == 0 {
			r.banners = removed
		}
	}
	if len(r.dates) > 1 {
		for _, d := range r.dates[1:] {
			if d != r.dates[0] {
				r.problems = append(r.problems, "the text states two publication dates, "+r.dates[0].String()+" and "+d.String()+"; kept the first")
				break
			}
		}
	}
	return r
}

// assemble joins the kept lines into paragraphs separated by blank lines; a
// soft line joins the paragraph of the line before it when that line is
// kept.
func assemble(lines []line, keep []bool) string {
	var b strings.Builder
	for i, l := range lines {
		if !keep[i] {
			continue
		}
		if b.Len() > 0 {
			if l.soft && i > 0 && keep[i-1] {
				b.WriteByte(' ')
			} else {
				b.WriteString("\n\n")
			}
		}
		b.WriteString(l.text)
	}
	return b.String()
}

// metaNext reports whether the next kept line after i is a metadata line.
func metaNext(lines []line, keep []bool, i int) bool {
	for j := i + 1; j < len(lines); j++ {
		if keep[j] {
			_, ok := parseMeta(lines[j].text)
			return ok
		}
	}
	return false
}

// nextCandidate returns the next kept line after i that is not a metadata
// line, or -1.
func nextCandidate(lines []line, keep []bool, i int) int {
	for j := i + 1; j < len(lines); j++ {
		if !keep[j] {
			continue
		}
		if m, ok := parseMeta(lines[j].text); ok && !m.guess {
			continue
		}
		return j
	}
	return -1
}

// isTitleLine reports whether t is the headline title, perhaps with a short
// site name after or before it ("عنوان - موقع كذا").
func isTitleLine(t, title string) bool {
	if title == "" || len(t) > 2*len(title)+120 {
		return false
	}
	if wt, wl := wordCount(title), wordCount(t); wl < wt || wl > wt+8 {
		return false
	}
	if sameText(t, title) {
		return true
	}
	parts := splitTitle(t)
	if len(parts) < 2 {
		return false
	}
	last := parts[len(parts)-1]
	if wordCount(last.text) <= 6 && sameText(t[:last.sep], title) {
		return true
	}
	return wordCount(parts[0].text) <= 6 && sameText(t[parts[1].start:], title)
}

// titleWithin reports whether one of the next k kept lines after i that are
// not metadata lines is the title.
func titleWithin(lines []line, keep []bool, i int, title string, k int) bool {
	for j := i + 1; j < len(lines) && k > 0; j++ {
		if !keep[j] {
			continue
		}
		if isTitleLine(lines[j].text, title) {
			return true
		}
		if _, ok := parseMeta(lines[j].text); !ok {
			k--
		}
	}
	return false
}

// banner says what a short line above the headline is.
type banner uint8

const (
	// notBanner: the line is the headline itself.
	notBanner banner = iota
	// bannerSite: the carrying site's name ("اخبار العراق الان").
	bannerSite
	// bannerSection: a section or category label ("سياسة").
	bannerSection
)

// bannerKind reports whether t, a short line followed by the headline-like
// line nx, is a banner: a site's name (a site or news word, a web address,
// or the next line repeated as headlines are on aggregator pages), or a one-
// or two-word section label above a longer headline.
func bannerKind(t string, lines []line, keep []bool, nx int) banner {
	wc := wordCount(t)
	if nx < 0 || wc > 5 || endsSentence(t) {
		return notBanner
	}
	nt := lines[nx].text
	if !titleLike(nt) || isProse(nt) {
		return notBanner
	}
	ws := words(tokenize(t))
	if len(ws) == 0 {
		return notBanner
	}
	if siteLabels[ws[0]] || newsWords[ws[0]] || anyIn(ws, siteishWords) || domainLike(t) || (wc <= 3 && isLatin(t)) {
		return bannerSite
	}
	if titleWithin(lines, keep, nx, nt, 4) {
		return bannerSite
	}
	if wc <= 2 && wordCount(nt) >= 4 {
		return bannerSection
	}
	return notBanner
}

// sloganBanner reports whether t, a line above the headline-like line nx,
// is a site's banner with its slogan after a pipe or dash ("نبض الخبر |
// أخبار العالم العربي لحظة بلحظة", "SiteName - slogan"), and returns the
// site's name. The name is one to four words that are not a place, a tag or
// a section; the slogan is short; nx is a headline of four words or more
// that is no metadata line; and something says the line is the site's: the
// name reads as a site's, the slogan has a slogan's words ("أخبار", "لحظة
// بلحظة"), or a date or source line follows nx as it follows headlines.
func sloganBanner(t string, lines []line, nx int) (string, bool) {
	if nx < 0 || wordCount(t) > 12 || endsSentence(t) || strings.ContainsAny(t, ":：؟?«»\"") {
		return "", false
	}
	nt := lines[nx].text
	if !titleLike(nt) || isProse(nt) || wordCount(nt) < 4 {
		return "", false
	}
	if _, ok := parseMeta(nt); ok {
		return "", false
	}
	parts := splitTitle(t)
	if len(parts) < 2 || len(parts) > 3 {
		return "", false
	}
	name := trimValue(parts[0].text)
	nws := words(tokenize(name))
	if wc := wordCount(name); wc < 1 || wc > 4 || len(nws) == 0 || isPlace(name) || allIn(nws, tagWords) ||
		isSectionLine(name) || anyIn(nws, functionWords) {
		return "", false
	}
	slogan := t[parts[1].start:]
	sws := words(tokenize(slogan))
	if wc := wordCount(slogan); wc < 1 || wc > 9 || len(sws) == 0 {
		return "", false
	}
	switch {
	case siteLabels[nws[0]] || newsWords[nws[0]] || anyIn(nws, siteishWords) || domainLike(name):
	case anyIn(sws, sloganWords) || anyIn(sws, siteishWords) || domainLike(slogan):
	case metaAfter(lines, nx):
	default:
		return "", false
	}
	return name, true
}

// metaAfter reports whether the next non-blank line after i is a metadata
// line that is not a guess from its shape.
func metaAfter(lines []line, i int) bool {
	for j := i + 1; j < len(lines); j++ {
		if lines[j].text != "" {
			m, ok := parseMeta(lines[j].text)
			return ok && !m.guess
		}
	}
	return false
}

// addBanner records a line above the headline.
func (r *result) addBanner(t string, kind banner) {
	if kind == bannerSection {
		if ws := words(tokenize(t)); !allIn(ws, tagWords) {
			r.sections = append(r.sections, trimValue(t))
		}
		return
	}
	r.banners = append(r.banners, trimValue(t))
}

// stripSiteAffixes removes a site's name from the end or start of a
// headline, after a dash, pipe or colon-like separator ("عنوان - موقع كذا",
// "عنوان | كذا"), when it is one of names or reads as a site name, and
// returns the headline and the names removed.
func stripSiteAffixes(title string, names []string) (string, []string) {
	var removed []string
	for range 3 {
		parts := splitTitle(title)
		if len(parts) < 2 {
			break
		}
		last, firstPart := parts[len(parts)-1], parts[0]
		switch {
		case isSiteAffix(last.text, names):
			title = strings.TrimSpace(title[:last.sep])
			removed = append(removed, last.text)
		case isSiteAffix(firstPart.text, names) && wordCount(title[parts[1].start:]) >= 2:
			title = strings.TrimSpace(title[parts[1].start:])
			removed = append(removed, firstPart.text)
		default:
			return title, removed
		}
	}
	return title, removed
}

type titlePart struct {
	text       string
	sep, start int // byte offsets of the separator before the part and of the part
}

// splitTitle splits a headline at " - ", " – ", " — ", "|", " :: " and " » ".
func splitTitle(t string) []titlePart {
	var parts []titlePart
	start, sep := 0, 0
	for i := 0; i < len(t); {
		matched := 0
		for _, s := range []string{" - ", " – ", " — ", " | ", "|", " :: ", " » ", " « ", " ‹ ", " › "} {
			if strings.HasPrefix(t[i:], s) {
				matched = len(s)
				break
			}
		}
		if matched == 0 {
			i++
			continue
		}
		if p := strings.TrimSpace(t[start:i]); p != "" {
			parts = append(parts, titlePart{text: p, sep: sep, start: start})
		}
		sep = i
		i += matched
		start = i
	}
	if p := strings.TrimSpace(t[start:]); p != "" {
		parts = append(parts, titlePart{text: p, sep: sep, start: start})
	}
	return parts
}

// isSiteAffix reports whether a headline part is a site's name.
func isSiteAffix(p string, names []string) bool {
	for _, n := range names {
		if n != "" && sameText(p, n) {
			return true
		}
	}
	if wordCount(p) > 5 {
		return false
	}
	toks := tokenize(p)
	ws := words(toks)
	if len(ws) == 0 {
		return false
	}
	return siteLabels[ws[0]] && siteLine(p, toks) || anyIn(ws, siteishWords) || domainLike(p)
}

// apply writes what analyze found into doc, keeping fields already set.
func (r *result) apply(doc *isnad.Document) {
	outlet, publisher := r.outletPublisher()
	setIfEmpty(&doc.Title, r.title)
	setIfEmpty(&doc.Outlet, outlet)
	if !sameText(publisher, doc.Outlet) {
		setIfEmpty(&doc.Publisher, publisher)
	}
	setIfEmpty(&doc.Author, r.author)
	if doc.Published.IsZero() {
		doc.Published = r.published
		if doc.Published.IsZero() {
			doc.Published = r.updated
		}
	}
	if !r.updated.IsZero() {
		setMeta(doc, "updated", r.updated.String())
	}
	if len(r.sections) > 0 {
		setMeta(doc, "section", strings.Join(r.sections, "، "))
	}
	if r.sitename != "" {
		setMeta(doc, "sitename", r.sitename)
	}
	for _, p := range r.problems {
		doc.AddProblem(Name, "%s", p)
	}
	doc.Body = r.body
}

func setIfEmpty(dst *string, v string) {
	if *dst == "" {
		*dst = v
	}
}

func setMeta(doc *isnad.Document, k, v string) {
	if doc.Meta == nil {
		doc.Meta = map[string]string{}
	}
	doc.Meta[k] = v
}
