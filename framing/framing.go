package framing

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
)

// Options tune Compare. The zero value gives the defaults.
type Options struct {
	// Top is the number of words kept per outlet (default 10).
	Top int
	// MinZ is the smallest z-score kept (default 1.96, two-sided 95%).
	MinZ float64
	// MinCount is the fewest times an outlet must use a word for it to be
	// kept (default 2).
	MinCount int
	// Alpha0 is the prior strength α0: the number of pseudo-counts spread
	// over the vocabulary in proportion to the words' frequencies in all
	// the documents given (default 100). Larger values shrink the
	// differences between outlets more.
	Alpha0 float64
}

// Defaults of Options.
const (
	DefaultTop      = 10
	DefaultMinZ     = 1.96
	DefaultMinCount = 2
	DefaultAlpha0   = 100
)

func (o Options) withDefaults() Options {
	if o.Top <= 0 {
		o.Top = DefaultTop
	}
	if o.MinZ == 0 {
		o.MinZ = DefaultMinZ
	}
	if o.MinCount <= 0 {
		o.MinCount = DefaultMinCount
	}
	if o.Alpha0 <= 0 {
		o.Alpha0 = DefaultAlpha0
	}
	return o
}

// Outlet is one outlet of the documents with its distinctive words.
type Outlet struct {
	// Name is the outlet's name: Document.Outlet, else Document.Publisher,
	// else the source file.
	Name string `json:"name"`
	// Articles is the number of documents of the outlet.
	Articles int `json:"articles"`
	// Words are the outlet's distinctive words and two-word phrases, most
	// distinctive first; empty when nothing stands out (or there is no
	// other outlet to compare with).
	Words []Word `json:"words"`
}

// Word is a word or two-word phrase an outlet uses more than the others.
type Word struct {
	// Term is the word as the outlet writes it most often (Display level):
	// the most frequent surface form of the light stem, or of the pair of
	// stems for a phrase.
	Term string `json:"term"`
	// Count is how many times the outlet uses the stem (or pair of stems).
	Count int `json:"count"`
	// Others is how many times the other outlets together use it.
	Others int `json:"others"`
	// Score is the z-score of the weighted log-odds ratio of the outlet
	// against the other outlets.
	Score float64 `json:"score"`
}

// term is one stem (or pair of stems) of one outlet: its count and the
// counts of its surface forms.
type term struct {
	count int
	forms map[string]int
}

// counts are an outlet's (or all documents') term counts, one vocabulary for
// single stems and one for pairs; each is its own multinomial with its own
// total.
type counts struct {
	uni, bi   map[string]*term
	nUni, nBi int
	name      string
	articles  int
}

func newCounts(name string) *counts {
	return &counts{name: name, uni: map[string]*term{}, bi: map[string]*term{}}
}

// add counts one occurrence of key with its surface form.
func add(m map[string]*term, key, form string) {
	t := m[key]
	if t == nil {
		t = &term{forms: map[string]int{}}
		m[key] = t
	}
	t.count++
	t.forms[form]++
}

// Compare returns, for each outlet of docs (in the order of their first
// document), the words it uses distinctively compared with all the other
// outlets together. Documents of the same outlet pool their counts. It
// reads Tokens (or tokenizes Body when Tokens is nil) and never modifies
// the documents; nil documents are skipped.
func Compare(docs []*isnad.Document, opt Options) []Outlet {
	opt = opt.withDefaults()
	var outlets []*counts
	byName := map[string]*counts{}
	all := newCounts("")
	for _, d := range docs {
		if d == nil {
			continue
		}
		name := outletName(d)
		c := byName[name]
		if c == nil {
			c = newCounts(name)
			byName[name] = c
			outlets = append(outlets, c)
		}
		c.articles++
		countDoc(c, d)
	}
	for _, c := range outlets {
		for k, t := range c.uni {
			all.uni[k] = &term{count: t.count + countOf(all.uni, k)}
		}
		for k, t := range c.bi {
			all.bi[k] = &term{count: t.count + countOf(all.bi, k)}
		}
		all.nUni += c.nUni
		all.nBi += c.nBi
	}
	out := make([]Outlet, 0, len(outlets))
	for _, c := range outlets {
		o := Outlet{Name: c.name, Articles: c.articles}
		if len(outlets) > 1 {
			ws := score(c.uni, c.nUni, all.uni, all.nUni, opt)
			ws = append(ws, score(c.bi, c.nBi, all.bi, all.nBi, opt)...)
			slices.SortFunc(ws, func(a, b Word) int {
				if c := cmp.Compare(b.Score, a.Score); c != 0 {
					return c
				}
				if c := cmp.Compare(b.Count, a.Count); c != 0 {
					return c
				}
				return strings.Compare(a.Term, b.Term)
			})
			if len(ws) > opt.Top {
				ws = ws[:opt.Top]
			}
			o.Words = ws
		}
		out = append(out, o)
	}
	return out
}

func countOf(m map[string]*term, k string) int {
	if t := m[k]; t != nil {
		return t.count
	}
	return 0
}

// score returns the words of one vocabulary of an outlet (counts mine, total
// n) that pass the options, against all the outlets (counts all, total
// nAll), by the weighted log-odds ratio with an informative Dirichlet prior
// (Monroe, Colaresi & Quinn 2008, eq. 16 and 20).
func score(mine map[string]*term, n int, all map[string]*term, nAll int, opt Options) []Word {
	if n == 0 || nAll == 0 {
		return nil
	}
	ni := float64(n)
	nj := float64(nAll - n)
	var ws []Word
	for k, t := range mine {
		if t.count < opt.MinCount {
			continue
		}
		total := all[k].count
		yi := float64(t.count)
		yj := float64(total - t.count)
		aw := opt.Alpha0 * float64(total) / float64(nAll)
		delta := math.Log((yi+aw)/(ni+opt.Alpha0-yi-aw)) -
			math.Log((yj+aw)/(nj+opt.Alpha0-yj-aw))
		z := delta / math.Sqrt(1/(yi+aw)+1/(yj+aw))
		if z < opt.MinZ {
			continue
		}
		ws = append(ws, Word{Term: display(t.forms), Count: t.count, Others: total - t.count, Score: z})
	}
	return ws
}

// display returns the most frequent form, the smallest on ties.
func display(forms map[string]int) string {
	best, bn := "", 0
	for f, n := range forms {
		if n > bn || n == bn && f < best {
			best, bn = f, n
		}
	}
	return best
}

// outletName is Outlet, else Publisher, else the source without a feed
// item's or record's "#n".
func outletName(d *isnad.Document) string {
	if s := strings.TrimSpace(d.Outlet); s != "" {
		return s
	}
	if s := strings.TrimSpace(d.Publisher); s != "" {
		return s
	}
	src := d.Source
	if i := strings.LastIndexByte(src, '#'); i >= 0 && i+1 < len(src) &&
		strings.Trim(src[i+1:], "0123456789") == "" {
		src = src[:i]
	}
	return src
}

// countDoc adds the content words of d to c: each word by its light stem,
// and each pair of adjacent content words that nothing but spaces separates
// (no punctuation, no line break) by its pair of stems.
func countDoc(c *counts, d *isnad.Document) {
	toks := d.Tokens
	if toks == nil {
		toks = arabic.Tokenize(d.Body)
	}
	prev := -1 // index of the previous content token, -1 after a break
	var prevForm string
	for i, t := range toks {
		if !content(t) {
			prev = -1
			continue
		}
		form := surface(d.Body, t)
		add(c.uni, t.Stem, form)
		c.nUni++
		if prev >= 0 && prev == i-1 && spaceOnly(d.Body, toks[prev].End, t.Start) {
			add(c.bi, toks[prev].Stem+" "+t.Stem, prevForm+" "+form)
			c.nBi++
		}
		prev, prevForm = i, form
	}
}

// content reports whether t is a content word: not a number, not a single
// letter, not a function word.
func content(t isnad.Token) bool {
	if t.Stem == "" || utf8.RuneCountInString(t.Norm) < 2 {
		return false
	}
	for _, r := range t.Norm {
		if unicode.IsDigit(r) {
			return false
		}
	}
	return !isStop(t.Norm, t.Stem)
}

// surface returns the token's text at the Display level, or its Norm when
// its span is not in body.
func surface(body string, t isnad.Token) string {
	if t.Start < 0 || t.End > len(body) || t.Start >= t.End {
		return t.Norm
	}
	return arabic.Normalize(arabic.Display, body[t.Start:t.End])
}

// spaceOnly reports whether body[start:end] holds only spaces and no line
// break; false when the range is not in body.
func spaceOnly(body string, start, end int) bool {
	if start < 0 || end > len(body) || start > end {
		return false
	}
	for _, r := range body[start:end] {
		if r == '\n' || r == '\r' || !unicode.IsSpace(r) && !unicode.Is(unicode.Cf, r) {
			return false
		}
	}
	return true
}
