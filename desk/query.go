package desk

import (
	"cmp"
	"slices"
	"strings"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/store"
)

// StoryFilter narrows View.Stories. The zero filter keeps every story.
type StoryFilter struct {
	// From and To keep stories whose dates overlap [From, To]; zero is
	// open. Stories without dates are left out when either is set.
	From, To isnad.Date
	// Outlet keeps stories with an outlet whose name contains this text
	// (compared as store.Key forms).
	Outlet string
	// Entity keeps stories that name the entity with this id.
	Entity string
}

// Stories returns the stories that pass f, best ranked first.
func (v *View) Stories(f StoryFilter) []*Story {
	okey := store.Key(f.Outlet)
	var out []*Story
	for _, s := range v.stories {
		if !f.From.IsZero() || !f.To.IsZero() {
			if s.Last.IsZero() || (!f.From.IsZero() && s.Last.Before(f.From)) || (!f.To.IsZero() && f.To.Before(s.First)) {
				continue
			}
		}
		if okey != "" && !slices.ContainsFunc(s.Outlets, func(o string) bool { return strings.Contains(v.key(o), okey) }) {
			continue
		}
		if f.Entity != "" && v.storyEnts[s.ID][v.entityID(f.Entity)] == 0 {
			continue
		}
		out = append(out, s)
	}
	return out
}

// Story returns the story with the id, or nil.
func (v *View) Story(id string) *Story { return v.byStory[id] }

// Rank returns a story's ranking score (higher is shown first).
func (v *View) Rank(id string) float64 { return v.rank[id] }

// Article returns the stored article with the id (without tokens), or nil.
// The document is shared: callers must not change it.
func (v *View) Article(id string) *isnad.Document { return v.docs[id] }

// StoryOf returns the id of the story an article is in, or "".
func (v *View) StoryOf(article string) string { return v.storyOf[article] }

// RepostOf returns the id of the article this one reposts, or "".
func (v *View) RepostOf(article string) string { return v.reposts[article] }

// Reposts returns the ids of the articles that repost this one, newest
// first.
func (v *View) Reposts(article string) []string { return v.copies[article] }

// Articles returns the ids of the articles that pass f, newest first.
func (v *View) Articles(f store.Filter) []string {
	okey := store.Key(f.Outlet)
	var out []string
	for _, id := range v.dated {
		d := v.docs[id]
		if okey != "" && !strings.Contains(v.key(d.Outlet), okey) && !strings.Contains(v.key(d.Publisher), okey) {
			continue
		}
		if !f.From.IsZero() || !f.To.IsZero() {
			p := d.Published
			if p.IsZero() || (!f.From.IsZero() && p.Before(f.From)) || (!f.To.IsZero() && f.To.Before(p)) {
				continue
			}
		}
		out = append(out, id)
	}
	return out
}

// Entities returns the entities of the type (all types when "") whose
// canonical name or an alias contains q (compared as store.Key forms; all
// when ""), most mentioned first.
func (v *View) Entities(typ, q string) []*Entity {
	qk := store.Key(q)
	var out []*Entity
	for _, e := range v.entList {
		if typ != "" && !strings.EqualFold(e.Type, typ) {
			continue
		}
		if qk != "" && !strings.Contains(v.key(e.Canonical), qk) &&
			!slices.ContainsFunc(e.Aliases, func(a Alias) bool { return strings.Contains(v.key(a.Text), qk) }) {
			continue
		}
		out = append(out, e)
	}
	return out
}

// Entity returns the entity with the id, or nil. The id of an entity merged
// into another across articles gives that one.
func (v *View) Entity(id string) *Entity { return v.ents[v.entityID(id)] }

// entityID returns the id an entity id is known by in the view: the id of
// the entity it was merged into, or id itself.
func (v *View) entityID(id string) string {
	if to, ok := v.merged[id]; ok {
		return to
	}
	return id
}

// Outlets returns the outlets, most articles first.
func (v *View) Outlets() []*Outlet { return v.outList }

// Outlet returns the outlet with the name, or nil.
func (v *View) Outlet(name string) *Outlet { return v.outlets[name] }

// Counts returns the numbers of articles, stories, entities and outlets.
func (v *View) Counts() (articles, stories, entities, outlets int) {
	return len(v.docs), len(v.stories), len(v.ents), len(v.outlets)
}

// Named is an entity with the number of its mentions in a story.
type Named struct {
	*Entity
	Count int `json:"count"`
}

// StoryEntities returns the entities a story's articles name, most
// mentioned first.
func (v *View) StoryEntities(id string) []Named {
	var out []Named
	for eid, n := range v.storyEnts[id] {
		if e := v.ents[eid]; e != nil {
			out = append(out, Named{e, n})
		}
	}
	slices.SortFunc(out, func(a, b Named) int { return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.ID, b.ID)) })
	return out
}

// Speaker is one speaker of a story with what the articles quote them
// saying.
type Speaker struct {
	Name string `json:"name"`
	// ID is the speaker's entity id, "" for unnamed or unlinked speakers.
	ID     string     `json:"id,omitempty"`
	Quotes []QuoteRef `json:"quotes"`
}

// QuoteRef is one quote in one article.
type QuoteRef struct {
	Article string `json:"article"`
	Outlet  string `json:"outlet"`
	isnad.Quote
}

// StoryQuotes returns a story's quotes grouped by speaker, the most quoted
// speaker first; quotes keep article order.
func (v *View) StoryQuotes(id string) []Speaker {
	s := v.byStory[id]
	if s == nil {
		return nil
	}
	idx := map[string]int{}
	var out []Speaker
	for _, a := range s.Articles {
		d := v.docs[a.ID]
		if d == nil {
			continue
		}
		for _, q := range d.Quotes {
			key := v.entityID(q.SpeakerID)
			if key == "" {
				key = "name:" + store.Key(q.Speaker)
			}
			i, ok := idx[key]
			if !ok {
				i = len(out)
				idx[key] = i
				out = append(out, Speaker{Name: q.Speaker, ID: v.entityID(q.SpeakerID)})
				if e := v.ents[key]; e != nil {
					out[i].Name = e.Canonical
				}
			}
			out[i].Quotes = append(out[i].Quotes, QuoteRef{Article: a.ID, Outlet: OutletName(d), Quote: q})
		}
	}
	slices.SortStableFunc(out, func(a, b Speaker) int { return cmp.Compare(len(b.Quotes), len(a.Quotes)) })
	return out
}

// Coverage is one outlet's share of a story.
type Coverage struct {
	Outlet   string `json:"outlet"`
	Articles int    `json:"articles"`
	// Reposts is how many of them repost another article.
	Reposts int `json:"reposts"`
}

// StoryCoverage returns how many articles each outlet gave a story, most
// first.
func (v *View) StoryCoverage(id string) []Coverage {
	s := v.byStory[id]
	if s == nil {
		return nil
	}
	idx := map[string]int{}
	var out []Coverage
	for _, a := range s.Articles {
		d := v.docs[a.ID]
		if d == nil {
			continue
		}
		name := cmp.Or(OutletName(d), "—")
		i, ok := idx[name]
		if !ok {
			i = len(out)
			idx[name] = i
			out = append(out, Coverage{Outlet: name})
		}
		out[i].Articles++
		if a.RepostOf != "" {
			out[i].Reposts++
		}
	}
	slices.SortStableFunc(out, func(a, b Coverage) int {
		return cmp.Or(cmp.Compare(b.Articles, a.Articles), cmp.Compare(a.Outlet, b.Outlet))
	})
	return out
}

// key returns store.Key(name), computed when the view was built for the
// names the view filters on (outlets, publishers, entity names).
func (v *View) key(name string) string {
	if k, ok := v.keys[name]; ok {
		return k
	}
	return store.Key(name)
}
