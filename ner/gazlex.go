package ner

import (
	"github.com/isnad-news/isnad/gazetteer"
)

// GazetteerName is the Name of the Lexicon made by GazetteerLexicon. It
// changes only when the tags the lexicon gives change, not when entries are
// added to the gazetteer.
const GazetteerName = "isnad-gazetteer/1"

// GazetteerLexicon returns a Lexicon over the names of g: places, regions,
// countries, news outlets and organizations, matched longest first with
// gazetteer.Longest. Its tags are "gaz:" and the entry type (PLACE, REGION,
// COUNTRY, MEDIA, ORG), with "gaz:BIG" added for a place that is a capital,
// a first-level seat or has at least 100,000 people.
func GazetteerLexicon(g *gazetteer.Gazetteer) Lexicon { return gazLex{g} }

type gazLex struct{ g *gazetteer.Gazetteer }

func (gazLex) Name() string { return GazetteerName }

// gazTags holds the tags in the order of gazBits.
var gazTags = [...]string{"gaz:PLACE", "gaz:REGION", "gaz:COUNTRY", "gaz:MEDIA", "gaz:ORG", "gaz:BIG"}

// gazSets caches the tag slices for each combination of bits, so that
// Match does not allocate.
var gazSets = func() (out [1 << len(gazTags)][]string) {
	for m := range out {
		for k, t := range gazTags {
			if m&(1<<k) != 0 {
				out[m] = append(out[m], t)
			}
		}
	}
	return out
}()

func (l gazLex) Match(norms []string, i int) ([]string, int) {
	es, n := l.g.Longest(norms, i)
	if n == 0 {
		return nil, 0
	}
	var m int
	for _, e := range es {
		switch e.Type {
		case gazetteer.Place:
			m |= 1
			if e.Population >= 100000 || e.Feature == "PPLC" || e.Feature == "PPLA" {
				m |= 1 << 5
			}
		case gazetteer.Region:
			m |= 1 << 1
		case gazetteer.Country:
			m |= 1 << 2
		case gazetteer.Media:
			m |= 1 << 3
		case gazetteer.Org:
			m |= 1 << 4
		}
	}
	return gazSets[m], n
}
