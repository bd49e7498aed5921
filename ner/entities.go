package ner

import (
	"slices"
	"unicode"

	"github.com/isnad-news/isnad"
)

// Type is the type of a named entity found by Entities.
type Type string

const (
	// PER is a person (ANERcorp PERS).
	PER Type = "PER"
	// ORG is an organization other than a news outlet (ANERcorp ORG).
	ORG Type = "ORG"
	// LOC is a place: a country, city, region or feature (ANERcorp LOC).
	LOC Type = "LOC"
	// MISC is another name: events, nationalities, products (ANERcorp MISC).
	MISC Type = "MISC"
	// MEDIA is a news outlet or agency (ANERcorp tags them ORG).
	MEDIA Type = "MEDIA"
)

// BIO returns the ANERcorp type name for t: PERS, LOC, ORG or MISC (MEDIA is
// ORG).
func (t Type) BIO() string {
	switch t {
	case PER:
		return "PERS"
	case MEDIA:
		return "ORG"
	}
	return string(t)
}

func typeOfBIO(s string) Type {
	switch s {
	case "PERS":
		return PER
	case "LOC":
		return LOC
	case "ORG":
		return ORG
	}
	return MISC
}

// Span is a named entity: a half-open range [Start, End) of byte offsets
// into the text given to Entities, and its type.
type Span struct {
	Start, End int
	Type       Type
}

// Entities returns the named entities of text, whose words toks are (as
// arabic.Tokenize returns them), in text order. Sentences end at . ؟ ! ?
// and line breaks between tokens; the punctuation between tokens is shown
// to the model as tokens, as in its training data. A name the tagger marks
// ORG (or misses) that is on the list of news outlets is MEDIA. Spans
// outside text are never returned.
func (t *Tagger) Entities(text string, toks []isnad.Token) []Span {
	var sents [][]string
	var ats [][]int // ats[j][k] is the index in toks of sents[j][k], or -1
	var words []string
	var at []int
	flush := func() {
		if len(words) > 0 {
			sents, ats = append(sents, words), append(ats, at)
			words, at = nil, nil
		}
	}
	prevEnd := 0
	for i, tk := range toks {
		if tk.Start < prevEnd || tk.End < tk.Start || tk.End > len(text) {
			continue
		}
		for _, r := range text[prevEnd:tk.Start] {
			switch {
			case r == '.' || r == '!' || r == '?' || r == '؟' || r == '\n' || r == '\r' || r == '\u2029':
				flush()
			case unicode.IsPunct(r) || unicode.IsSymbol(r):
				words = append(words, string(r))
				at = append(at, -1)
			}
		}
		words = append(words, text[tk.Start:tk.End])
		at = append(at, i)
		prevEnd = tk.End
	}
	flush()
	var out []Span
	var s sentence
	for j, rows := range t.rows(sents) {
		s.reset(sents[j], nil, nil, nil)
		out = t.spans(out, toks, ats[j], rows, &s)
	}
	return out
}

// seg is an entity over words [a, b) of a sentence.
type seg struct {
	a, b int
	typ  Type
}

// spans appends to out the entities of the sentence s, tagged rows;
// at[k] is the index in toks of word k, or -1 for punctuation.
func (t *Tagger) spans(out []Span, toks []isnad.Token, at []int, rows []uint8, s *sentence) []Span {
	var segs []seg
	for k := 0; k < len(rows); k++ {
		r := rows[k]
		if r == 0 {
			continue
		}
		ty := typeOfBIO(tags[r][2:])
		b := k + 1
		for b < len(rows) && int(rows[b]) == (int(r)+1)/2*2 {
			b++
		}
		segs = append(segs, seg{k, b, ty})
		k = b - 1
	}
	// News outlets: retype a tagged name that is exactly an outlet's, and
	// add an unambiguous outlet name the tagger missed.
	for k := 0; k < len(s.media); k++ {
		c := s.media[k]
		if c != 1 && c != 3 {
			continue
		}
		b := k + 1
		for b < len(s.media) && s.media[b] == c+1 {
			b++
		}
		found := false
		for i := range segs {
			g := &segs[i]
			if g.b <= k || g.a >= b {
				continue
			}
			found = true
			if g.a == k && g.b == b && (c == 1 || g.typ == ORG) {
				g.typ = MEDIA
			}
		}
		if !found && c == 1 {
			segs = append(segs, seg{k, b, MEDIA})
		}
		k = b - 1
	}
	slices.SortFunc(segs, func(x, y seg) int { return x.a - y.a })
	for _, g := range segs {
		first, last := -1, -1
		for k := g.a; k < g.b; k++ {
			if at[k] >= 0 {
				if first < 0 {
					first = at[k]
				}
				last = at[k]
			}
		}
		if first >= 0 {
			out = append(out, Span{Start: toks[first].Start, End: toks[last].End, Type: g.typ})
		}
	}
	return out
}
