package extract

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// fragmentLines returns the lines of a feed item's or record's content: an
// HTML fragment is parsed and its blocks become lines; plain text is split at
// line breaks (with HTML entities decoded when it holds any).
func fragmentLines(s string) []line {
	switch {
	case looksHTML(s):
	case escapedHTML.MatchString(s):
		// Content escaped twice ("&lt;p&gt;…").
		s = html.UnescapeString(s)
	case entity.MatchString(s):
		return textLines(html.UnescapeString(s))
	default:
		return textLines(s)
	}
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(s), body)
	if err != nil {
		return tokenLines(s)
	}
	for _, n := range nodes {
		body.AppendChild(n)
	}
	return nodeLines(body, nil)
}

var (
	htmlTag     = regexp.MustCompile(`(?i)<(/?(p|div|br|span|a|img|strong|b|i|em|u|h[1-6]|ul|ol|li|blockquote|figure|figcaption|table|tr|td|iframe|section|article|font|center|hr|pre|q|cite|small|sup|sub|picture|video|audio|source)\b[^>]*|!--)>?`)
	escapedHTML = regexp.MustCompile(`(?i)&lt;/?(p|div|br|span|a|img|strong|b|h[1-6]|ul|li|figure)\b`)
	entity      = regexp.MustCompile(`&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});`)
)

// looksHTML reports whether s holds HTML markup.
func looksHTML(s string) bool {
	return htmlTag.MatchString(s)
}

// skipped elements hold no article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Iframe: true,
	atom.Object: true, atom.Embed: true, atom.Svg: true, atom.Canvas: true, atom.Button: true,
	atom.Input: true, atom.Select: true, atom.Textarea: true, atom.Head: true, atom.Meta: true,
	atom.Link: true, atom.Img: true, atom.Picture: true, atom.Video: true, atom.Audio: true,
	atom.Math: true, atom.Map: true, atom.Title: true,
}

// void elements have no end tag.
var void = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true,
	atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true, atom.Source: true,
	atom.Track: true, atom.Wbr: true,
}

// blocks start and end a line.
var blocks = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true, atom.Body: true,
	atom.Center: true, atom.Dd: true, atom.Details: true, atom.Dialog: true, atom.Div: true,
	atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true,
	atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Header: true, atom.Hgroup: true, atom.Hr: true, atom.Li: true,
	atom.Main: true, atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true,
	atom.Summary: true, atom.Table: true, atom.Tbody: true, atom.Thead: true, atom.Tfoot: true,
	atom.Tr: true, atom.Ul: true, atom.Caption: true, atom.Html: true, atom.Option: true,
}

// nodeLines returns the text of n as lines: block elements start new lines,
// <br> starts a soft line (the same paragraph), table cells are separated by
// spaces. Elements for which skip returns true are left out, as are scripts,
// styles, media and forms.
func nodeLines(n *html.Node, skip func(*html.Node) bool) []line {
	w := &lineWriter{}
	w.walk(n, skip, false, 0)
	w.flush(false)
	return w.lines
}

type lineWriter struct {
	lines []line
	cur   strings.Builder
	soft  bool
}

// maxDepth bounds the recursion on deeply nested markup.
const maxDepth = 512

func (w *lineWriter) walk(n *html.Node, skip func(*html.Node) bool, pre bool, depth int) {
	if depth > maxDepth {
		return
	}
	switch n.Type {
	case html.TextNode:
		if pre {
			parts := strings.Split(n.Data, "\n")
			for i, p := range parts {
				if i > 0 {
					w.flush(false)
				}
				w.cur.WriteString(p)
			}
			return
		}
		w.cur.WriteString(n.Data)
		return
	case html.ElementNode:
		if skipped[n.DataAtom] || (skip != nil && skip(n)) {
			return
		}
		switch n.DataAtom {
		case atom.Br:
			w.flush(true)
			return
		case atom.Td, atom.Th:
			w.cur.WriteByte(' ')
		}
		if n.DataAtom == atom.Pre {
			pre = true
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	block := n.Type == html.ElementNode && blocks[n.DataAtom]
	if block {
		w.flush(false)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, skip, pre, depth+1)
	}
	if block {
		w.flush(false)
	}
}

// flush ends the current line. soft says that the next line continues the
// same paragraph.
func (w *lineWriter) flush(soft bool) {
	t := tidy(w.cur.String())
	w.cur.Reset()
	if t != "" {
		w.lines = append(w.lines, line{text: t, soft: w.soft})
		w.soft = soft
		return
	}
	// Nothing since the last break: a second <br> in a row, or the end of
	// a block, ends the paragraph.
	w.soft = false
}

// tokenLines reads the text of markup the HTML parser refuses (nesting too
// deep) token by token: block tags and <br> break lines, scripts and styles
// are skipped.
func tokenLines(s string) []line {
	w := &lineWriter{}
	z := html.NewTokenizer(strings.NewReader(s))
	skip := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			w.flush(false)
			return w.lines
		case html.TextToken:
			if skip == 0 {
				w.cur.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch {
			case a == atom.Br:
				w.flush(true)
			case skipped[a] && !void[a] && tt == html.StartTagToken:
				skip++
			case blocks[a]:
				w.flush(false)
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch {
			case skipped[a] && !void[a]:
				if skip > 0 {
					skip--
				}
			case blocks[a]:
				w.flush(false)
			}
		}
	}
}
