package story

import (
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
)

// codeLetters spell synthetic event codes; the light stemmer strips none
// of them from the end of a word.
var codeLetters = []rune("جحخدذرزسشصضطظعغق")

// code spells n in codeLetters.
func code(n int) string {
	var b strings.Builder
	for {
		b.WriteRune(codeLetters[n%len(codeLetters)])
		n /= len(codeLetters)
		if n == 0 {
			return b.String()
		}
	}
}

// renamed reports whether event ev gives key its own variant: a fixed
// share (in tenths) of the keys, different for each event.
func renamed(key, ev string, tenths uint32) bool {
	h := fnv.New32a()
	h.Write([]byte(key))
	h.Write([]byte(ev))
	return h.Sum32()%10 < tenths
}

// para is one paragraph of a base article: its tokens and entities.
type para struct {
	toks []isnad.Token
	ents []isnad.Entity
}

// synthetic builds about n articles about many distinct events, each event
// a variant of one of the sample corpus's two events: its people and
// places and 60% of its other stems are renamed with the event's code, so
// events differ in names, places and wording while sharing the rest.
// Articles recombine 2 to 4 paragraphs of the base event's articles (at
// token level: they have Tokens, Entities, Title, Outlet and Published but
// no Body). perDay events start each day, so the number of stories open at
// one time does not grow with n. The articles come in date order; the gold
// label is the event.
func synthetic(base []labelled, n int, perDay int) []labelled {
	paras := map[string][]para{}
	titles := map[string][]string{}
	var outlets []string
	for _, a := range base {
		body := a.doc.Body
		start := 0
		for start < len(body) {
			end := strings.IndexByte(body[start:], '\n')
			if end < 0 {
				end = len(body)
			} else {
				end += start
			}
			var p para
			for _, t := range a.doc.Tokens {
				if t.Start >= start && t.Start < end {
					p.toks = append(p.toks, t)
				}
			}
			for _, e := range a.doc.Entities {
				if e.Start >= start && e.Start < end {
					p.ents = append(p.ents, e)
				}
			}
			if len(p.toks) >= 8 {
				paras[a.gold] = append(paras[a.gold], p)
			}
			start = end + 1
		}
		if a.doc.Title != "" {
			titles[a.gold] = append(titles[a.gold], a.doc.Title)
		}
		if a.doc.Outlet != "" && !slices.Contains(outlets, a.doc.Outlet) {
			outlets = append(outlets, a.doc.Outlet)
		}
	}
	bases := []string{"ferry", "flood"}
	rng := rand.New(rand.NewPCG(uint64(n), 7))
	day0 := isnad.Date{Year: 2020, Month: 1, Day: 1}.Time()
	type dated struct {
		l   labelled
		day int
	}
	var out []dated
	for ev := 0; len(out) < n; ev++ {
		b := bases[ev%len(bases)]
		c := code(ev)
		size := 3 + rng.IntN(15)
		evDay := ev / perDay
		for k := 0; k < size && len(out) < n; k++ {
			doc := &isnad.Document{Outlet: outlets[rng.IntN(len(outlets))] + " " + code(rng.IntN(40))}
			for range 2 + rng.IntN(3) {
				p := paras[b][rng.IntN(len(paras[b]))]
				for _, t := range p.toks {
					if renamed(t.Stem, c, 6) {
						t.Stem += c
						t.Norm = t.Stem
					}
					t.Span = isnad.Span{}
					doc.Tokens = append(doc.Tokens, t)
				}
				for _, e := range p.ents {
					if e.Type == "PER" || e.Type == "LOC" || e.Type == "GPE" || renamed(e.ID, c, 5) {
						e.ID += "~" + c
					}
					doc.Entities = append(doc.Entities, e)
				}
			}
			var title []string
			for _, t := range arabic.Tokenize(titles[b][rng.IntN(len(titles[b]))]) {
				if renamed(t.Stem, c, 6) {
					title = append(title, t.Stem+c)
				} else {
					title = append(title, t.Norm)
				}
			}
			doc.Title = strings.Join(title, " ")
			day := evDay + rng.IntN(4)
			d := day0.AddDate(0, 0, day)
			doc.Published = isnad.Date{Year: d.Year(), Month: d.Month(), Day: d.Day()}
			id := fmt.Sprintf("e%d-%d", ev, k)
			doc.Source = id
			out = append(out, dated{labelled{id, fmt.Sprintf("e%d", ev), doc}, day})
		}
	}
	slices.SortStableFunc(out, func(a, b dated) int { return a.day - b.day })
	set := make([]labelled, len(out))
	for i, d := range out {
		set[i] = d.l
	}
	return set
}
