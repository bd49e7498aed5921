package extract

import (
	"context"
	"fmt"
	nurl "net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/isnad-news/isnad"
	"github.com/markusmobius/go-htmldate"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// extractHTML reads an HTML page: go-trafilatura finds the main text and the
// page's metadata; the text lines then go through analyze like a plain-text
// article (dropping the headline, bylines, date lines and boilerplate the
// main text still holds), and Arabic dates and bylines trafilatura misses
// are read from the meta tags, date elements and the text.
func extractHTML(ctx context.Context, doc *isnad.Document, text string) (*result, error) {
	root, err := html.Parse(strings.NewReader(text))
	if err != nil {
		doc.AddProblem(Name, "page could not be parsed as HTML (%v); only its text was read", err)
		return analyze(tokenLines(text), analyzeOptions{detectTitle: true}), nil
	}
	// Read everything needed from the page before trafilatura, which
	// works on the same tree.
	page := scanPage(root)
	pageText := nodeLines(root, isChrome)
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	res, terr := runTrafilatura(root, doc.URL)
	var lines []line
	if terr == nil && res.ContentNode != nil {
		lines = nodeLines(res.ContentNode, nil)
	}
	if !anyText(lines) {
		if terr != nil {
			doc.AddProblem(Name, "main-text extraction failed (%v); used all of the page's text", terr)
		} else {
			doc.AddProblem(Name, "main-text extraction found no text; used all of the page's text")
		}
		lines = pageText
	}

	var md trafilatura.Metadata
	if terr == nil {
		md = res.Metadata
	}
	sitename := first(page.sitename, md.Sitename)
	title := first(md.Title, page.ogTitle, page.h1, page.title)
	title, removed := stripSiteAffixes(title, []string{sitename, md.Hostname})
	if sitename == "" {
		// The site's name as the <title> element gives it after the
		// headline.
		_, fromTag := stripSiteAffixes(page.title, nil)
		if len(removed) > 0 {
			sitename = removed[0]
		} else if len(fromTag) > 0 {
			sitename = fromTag[0]
		}
	}
	names := []string{sitename, md.Hostname}

	r := analyze(lines, analyzeOptions{knownTitle: title, detectTitle: title == ""})
	if title != "" {
		r.title = title
	}
	r.sitename = sitename
	if sitename != "" {
		r.banners = append([]string{sitename}, r.banners...)
	}
	// Date and byline lines under the headline that the main text left
	// out (trafilatura drops short "meta" blocks).
	near := headerMeta(pageText, first(page.h1, title))

	// The byline in the text wins over the page's author field, which is
	// often the site's name or carries a byline label.
	for _, a := range []string{r.author, near.author, cleanAuthor(md.Author, names), cleanAuthor(page.author, names)} {
		if a != "" {
			r.author = a
			break
		}
	}
	if len(r.sources) == 0 {
		r.sources = near.sources
	}

	// The publication date: a publication meta tag or JSON-LD field, then
	// a date line under the headline, then a date element in the article,
	// then a date line at the bottom of the text, then trafilatura's
	// (htmldate's) guess, then a date element elsewhere on the page.
	switch {
	case !page.published.IsZero():
		r.published = page.published
	case !r.published.IsZero() && r.headerDate:
	case !near.published.IsZero():
		r.published = near.published
	case !page.element.IsZero() && page.elementInArticle:
		r.published = page.element
	case !r.published.IsZero():
		// A date line at the bottom of the text.
	case !md.Date.IsZero() && md.Date.Year() >= 1995:
		if d, ok := isnad.MakeDate(md.Date.Year(), md.Date.Month(), md.Date.Day()); ok {
			r.published = d
		}
	case !page.element.IsZero():
		// A date element outside the article: the last resort, as it may
		// be the day the page was read.
		r.published = page.element
	}
	for _, u := range []isnad.Date{r.updated, near.updated, page.updated} {
		if !u.IsZero() {
			r.updated = u
			break
		}
	}
	return r, nil
}

// headerMeta reads the metadata lines right under the headline in a page's
// text: from the line after the headline to the first paragraph of running
// text, at most maxHeaderLines lines.
func headerMeta(lines []line, title string) meta {
	var m meta
	start := -1
	for i, l := range lines {
		if title != "" && isTitleLine(l.text, title) {
			start = i + 1
			break
		}
	}
	if start < 0 {
		// Without the headline the top of the page is a menu, whose date
		// is often the day the page was read.
		return m
	}
	seen := 0
	for _, l := range lines[start:] {
		if l.text == "" {
			continue
		}
		if seen++; seen > maxHeaderLines || isProse(l.text) {
			break
		}
		if lm, ok := parseMeta(l.text); ok {
			m.merge(lm)
		}
	}
	return m
}

// runTrafilatura runs the main-text extractor without network access and
// without logging, turning a panic inside it into an error.
func runTrafilatura(root *html.Node, pageURL string) (res *trafilatura.ExtractResult, err error) {
	defer func() {
		if p := recover(); p != nil {
			res, err = nil, fmt.Errorf("extractor panic: %v", p)
		}
	}()
	opts := trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
		EnableLog:       false,
		HtmlDateOptions: &htmldate.Options{UseOriginalDate: true, SkipExtensiveSearch: true, EnableLog: false},
	}
	if u, err := nurl.Parse(pageURL); err == nil && u.IsAbs() && u.Host != "" {
		opts.OriginalURL = u
	}
	res, err = trafilatura.ExtractDocument(root, opts)
	if err == nil && res == nil {
		err = fmt.Errorf("no result")
	}
	return res, err
}

func anyText(lines []line) bool {
	for _, l := range lines {
		if l.text != "" {
			return true
		}
	}
	return false
}

func first(vs ...string) string {
	for _, v := range vs {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// isChrome reports whether n is page furniture rather than article text,
// for reading a page without trafilatura.
func isChrome(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Nav, atom.Header, atom.Footer, atom.Aside, atom.Form, atom.Menu:
		return true
	}
	for _, a := range n.Attr {
		if a.Key == "role" && (a.Val == "navigation" || a.Val == "banner" || a.Val == "contentinfo") {
			return true
		}
	}
	return false
}

// cleanAuthor returns a page's author field without a byline label, or ""
// when it is not a person's name (a site's name, an address, a list too long
// to be a byline).
func cleanAuthor(a string, sitenames []string) string {
	a = tidy(a)
	if a == "" || domainLike(a) || strings.Contains(a, "@") {
		return ""
	}
	for _, s := range sitenames {
		if s != "" && sameText(a, s) {
			return ""
		}
	}
	toks := tokenize(a)
	if v, ok := bylineValue(a, toks); ok {
		return v
	}
	if _, ok := bylineLabels.matchPrefix(toks); ok {
		return ""
	}
	a = stripRole(trimValue(a))
	if nameLike(a, true) {
		return a
	}
	// Several authors: each part must be a name.
	parts := strings.FieldsFunc(a, func(r rune) bool { return r == '،' || r == ',' || r == ';' || r == '؛' })
	if len(parts) < 2 || len(parts) > 4 {
		return ""
	}
	for _, p := range parts {
		if !nameLike(strings.TrimSpace(p), true) {
			return ""
		}
	}
	return a
}

// page is the metadata scanPage reads from a page's markup.
type page struct {
	title, ogTitle, h1 string
	sitename, author   string
	published, updated isnad.Date
	element            isnad.Date // from a <time> or date-classed element
	elementInArticle   bool
}

var (
	publishedKeys = map[string]bool{
		"article:published_time": true, "og:published_time": true, "datepublished": true, "pubdate": true,
		"publishdate": true, "publish-date": true, "publish_date": true, "date": true, "dc.date": true,
		"dc.date.issued": true, "dcterms.date": true, "dcterms.issued": true, "dcterms.created": true,
		"sailthru.date": true, "parsely-pub-date": true, "original-publish-date": true,
		"article.published": true, "published_time": true, "publication_date": true, "citation_date": true,
		"citation_publication_date": true, "release_date": true, "article:published": true,
	}
	updatedKeys = map[string]bool{
		"article:modified_time": true, "og:updated_time": true, "datemodified": true, "last-modified": true,
		"dcterms.modified": true, "article.updated": true, "modified_time": true,
	}
	authorKeys = map[string]bool{
		"author": true, "article:author": true, "og:article:author": true, "dc.creator": true,
		"sailthru.author": true, "parsely-author": true, "byl": true, "twitter:creator": false,
	}
	sitenameKeys = map[string]bool{"og:site_name": true, "application-name": true, "al:android:app_name": false}

	jsonLDPublished = regexp.MustCompile(`"datePublished"\s*:\s*"([^"]{6,64})"`)
	jsonLDModified  = regexp.MustCompile(`"dateModified"\s*:\s*"([^"]{6,64})"`)
	dateClass       = regexp.MustCompile(`(?i)date|time|publish|posted|tarikh|meta-info|byline`)
)

// scanPage reads the page's title, site name, author and dates from meta
// tags, JSON-LD, <time> elements and elements whose class or id names a
// date; dates are read with parseDate, so Arabic dates in them count.
func scanPage(root *html.Node) page {
	var p page
	var walk func(n *html.Node, inArticle, inChrome bool, depth int)
	walk = func(n *html.Node, inArticle, inChrome bool, depth int) {
		if depth > maxDepth {
			return
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if p.title == "" {
					p.title = tidy(textOf(n))
				}
			case atom.H1:
				if p.h1 == "" {
					p.h1 = tidy(textOf(n))
				}
			case atom.Meta:
				p.meta(n)
			case atom.Script:
				if attr(n, "type") == "application/ld+json" {
					s := textOf(n)
					if m := jsonLDPublished.FindStringSubmatch(s); m != nil && p.published.IsZero() {
						p.published, _ = parseDate(m[1])
					}
					if m := jsonLDModified.FindStringSubmatch(s); m != nil && p.updated.IsZero() {
						p.updated, _ = parseDate(m[1])
					}
				}
				return
			case atom.Style, atom.Noscript, atom.Template:
				return
			case atom.Article, atom.Main:
				inArticle = true
			}
			inChrome = inChrome || isChrome(n)
			if strings.EqualFold(attr(n, "itemprop"), "datePublished") && p.published.IsZero() {
				for _, v := range []string{attr(n, "content"), attr(n, "datetime"), textOf(n)} {
					if d, ok := parseDate(v); ok {
						p.published = d
						break
					}
				}
			}
			if !inChrome && (p.element.IsZero() || (inArticle && !p.elementInArticle)) {
				if d, ok := elementDate(n); ok {
					p.element, p.elementInArticle = d, inArticle
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inArticle, inChrome, depth+1)
		}
	}
	walk(root, false, false, 0)
	return p
}

// meta reads one <meta> tag.
func (p *page) meta(n *html.Node) {
	key := strings.ToLower(first(attr(n, "property"), attr(n, "name"), attr(n, "itemprop"), attr(n, "http-equiv")))
	content := tidy(attr(n, "content"))
	if key == "" || content == "" {
		return
	}
	switch {
	case key == "og:title":
		if p.ogTitle == "" {
			p.ogTitle = content
		}
	case sitenameKeys[key]:
		if p.sitename == "" {
			p.sitename = content
		}
	case authorKeys[key]:
		if p.author == "" && !strings.HasPrefix(content, "http") {
			p.author = content
		}
	case publishedKeys[key]:
		if p.published.IsZero() {
			p.published, _ = parseDate(content)
		}
	case updatedKeys[key]:
		if p.updated.IsZero() {
			p.updated, _ = parseDate(content)
		}
	}
}

// elementDate reads a date from a <time> element or an element whose class
// or id names a date, when its text is short.
func elementDate(n *html.Node) (isnad.Date, bool) {
	if n.DataAtom == atom.Time {
		if d, ok := parseDate(attr(n, "datetime")); ok {
			return d, true
		}
	} else if !dateClass.MatchString(attr(n, "class") + " " + attr(n, "id")) {
		return isnad.Date{}, false
	}
	t := tidy(textOf(n))
	if t == "" || utf8.RuneCountInString(t) > 120 {
		return isnad.Date{}, false
	}
	return parseDate(t)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// textOf returns the text under n, with a space between elements, up to 4 KB.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if b.Len() > 4096 || depth > maxDepth {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			return
		}
		if n.Type == html.ElementNode && n.DataAtom != atom.Script && n.DataAtom != atom.Style && n.Parent != nil && b.Len() > 0 {
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return b.String()
}
