package desk

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
	"github.com/isnad-news/isnad/entity"
	"github.com/isnad-news/isnad/store"
)

// View is a snapshot of a store: its stories, ranked, and the articles,
// entities and outlets behind them. A View never changes once built and is
// safe for concurrent use.
type View struct {
	// Built is when the view was built.
	Built time.Time
	// Took is how long building it took.
	Took time.Duration

	stories []*Story // ranked, best first
	byStory map[string]*Story
	rank    map[string]float64
	docs    map[string]*isnad.Document
	dated   []string // article ids, newest first
	storyOf map[string]string
	reposts map[string]string   // repost id → original id
	copies  map[string][]string // original id → repost ids
	ents    map[string]*Entity
	entList []*Entity // most mentioned first
	outlets map[string]*Outlet
	outList []*Outlet // most articles first
	// storyEnts counts each story's entity mentions by entity id.
	storyEnts map[string]map[string]int
	// merged maps the id of an entity merged into another across articles
	// (entity.MergeAcross) to that one's id.
	merged map[string]string
	// keys caches store.Key of the outlet, publisher and entity names, so
	// that filtering a request does not normalize them again.
	keys map[string]string
}

// Entity is one person, organization, place or outlet named in the
// articles, with every spelling and mention of it.
type Entity struct {
	ID        string `json:"id"`
	Canonical string `json:"canonical"`
	Type      string `json:"type"`
	// Aliases are the spellings used for it, most used first.
	Aliases []Alias `json:"aliases"`
	// Mentions are its mentions, newest article first, body order within
	// an article.
	Mentions []Mention `json:"mentions"`
	// Articles and Stories name it, newest first and best first.
	Articles []string `json:"articles"`
	Stories  []string `json:"stories"`
	Lat      *float64 `json:"lat,omitempty"`
	Lon      *float64 `json:"lon,omitempty"`
	Country  string   `json:"country,omitempty"`
}

// Alias is one spelling of an entity and how often it is used.
type Alias struct {
	Text  string `json:"text"`
	Count int    `json:"count"`
}

// Mention is one mention of an entity: a span of an article's body.
type Mention struct {
	Article string `json:"article"`
	Text    string `json:"text"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

// Outlet is one outlet (Document.Outlet, else Publisher) and what it
// published.
type Outlet struct {
	Name string `json:"name"`
	// Articles are its articles, newest first; Stories the stories they
	// are in, best first.
	Articles []string   `json:"articles"`
	Stories  []string   `json:"stories"`
	First    isnad.Date `json:"first"`
	Last     isnad.Date `json:"last"`
}

// OutletName returns the name a document is filed under: its outlet, else
// its publisher, else "".
func OutletName(d *isnad.Document) string {
	return strings.TrimSpace(cmp.Or(d.Outlet, d.Publisher))
}

// Load reads every stored article, oldest first, clusters them into stories
// and indexes them. The same store always gives the same view.
func Load(ctx context.Context, st store.Store) (*View, error) {
	start := time.Now()
	b := NewBuilder()
	// Scan's order (oldest first, undated last, ties by id) is the order
	// stories are built in.
	err := st.Scan(ctx, func(d *isnad.Document) error {
		d.Tokens = arabic.Tokenize(d.Body)
		// The store's key is the article's id on the desk; a JSON Lines
		// record's own id stays in Meta.
		b.add(d.ID, d)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load stories: %w", err)
	}
	v := NewView(b)
	v.Took = time.Since(start)
	return v, nil
}

// NewView builds the stories of b's documents and indexes them. b must not
// be used afterwards.
func NewView(b *Builder) *View {
	v := &View{
		Built:     time.Now(),
		byStory:   map[string]*Story{},
		rank:      map[string]float64{},
		docs:      b.docs,
		storyOf:   map[string]string{},
		reposts:   b.reposts,
		copies:    map[string][]string{},
		ents:      map[string]*Entity{},
		outlets:   map[string]*Outlet{},
		storyEnts: map[string]map[string]int{},
		keys:      map[string]string{},
	}
	for _, s := range b.Stories() {
		s := s
		v.stories = append(v.stories, &s)
		v.byStory[s.ID] = &s
		for _, a := range s.Articles {
			v.storyOf[a.ID] = s.ID
		}
	}
	// Tokens were needed to cluster and compare; the pages need only spans.
	for id, d := range v.docs {
		d.Tokens = nil
		v.dated = append(v.dated, id)
	}
	slices.SortFunc(v.dated, func(a, b string) int { return v.newer(a, b) })
	for r, o := range v.reposts {
		v.copies[o] = append(v.copies[o], r)
	}
	for _, c := range v.copies {
		slices.SortFunc(c, func(a, b string) int { return v.newer(a, b) })
	}
	v.rankStories()
	v.index()
	return v
}

// newer orders article ids newest publication date first, then by id.
func (v *View) newer(a, b string) int {
	da, db := v.docs[a].Published, v.docs[b].Published
	if da != db {
		switch {
		case da.IsZero():
			return 1
		case db.IsZero():
			return -1
		case da.Before(db):
			return 1
		}
		return -1
	}
	return cmp.Compare(a, b)
}

// rankStories orders the stories by recency and coverage: two points per
// doubling of the outlets, one per doubling of the articles, less one per
// three days between the story's last date and the newest story's.
func (v *View) rankStories() {
	var newest isnad.Date
	for _, s := range v.stories {
		if !s.Last.IsZero() && (newest.IsZero() || newest.Before(s.Last)) {
			newest = s.Last
		}
	}
	for _, s := range v.stories {
		age := 30.0
		if !s.Last.IsZero() && !newest.IsZero() {
			age = newest.Time().Sub(s.Last.Time()).Hours() / 24
		}
		v.rank[s.ID] = 2*math.Log2(1+float64(len(s.Outlets))) + math.Log2(1+float64(len(s.Articles))) - age/3
	}
	slices.SortStableFunc(v.stories, func(a, b *Story) int {
		return cmp.Or(cmp.Compare(v.rank[b.ID], v.rank[a.ID]), cmp.Compare(a.ID, b.ID))
	})
}

// mergeAcross returns the ids of entities that are one entity written two
// ways in articles of one story (see entity.MergeAcross), mapped to the id
// they join, and the first mention of every entity id, newest article first
// (its canonical name, type and place).
func (v *View) mergeAcross() (merged map[string]string, first map[string]isnad.Entity) {
	refs := map[string]*entity.Ref{}
	var order []string
	first = map[string]isnad.Entity{}
	inStory := map[[2]string]bool{} // entity id, story id
	for _, id := range v.dated {
		sid := v.storyOf[id]
		for _, e := range v.docs[id].Entities {
			if e.ID == "" {
				continue
			}
			r := refs[e.ID]
			if r == nil {
				r = &entity.Ref{ID: e.ID, Type: e.Type, Canonical: e.Canonical}
				refs[e.ID] = r
				order = append(order, e.ID)
				first[e.ID] = e
			}
			r.Mentions++
			if k := [2]string{e.ID, sid}; sid != "" && !inStory[k] {
				inStory[k] = true
				r.Groups = append(r.Groups, sid)
			}
		}
	}
	list := make([]entity.Ref, len(order))
	for i, id := range order {
		list[i] = *refs[id]
	}
	return entity.MergeAcross(list), first
}

// index builds the entity and outlet indexes.
func (v *View) index() {
	storyPos := map[string]int{}
	for i, s := range v.stories {
		storyPos[s.ID] = i
	}
	byPos := func(a, b string) int { return cmp.Compare(storyPos[a], storyPos[b]) }
	merged, first := v.mergeAcross()
	v.merged = merged
	aliasN := map[string]map[string]int{}
	for _, id := range v.dated {
		d := v.docs[id]
		sid := v.storyOf[id]
		for _, e := range d.Entities {
			if e.ID == "" {
				continue
			}
			e.ID = v.entityID(e.ID) // e is a copy: the document keeps its own id
			en := v.ents[e.ID]
			if en == nil {
				// The entity as its own first mention names it, also when
				// this mention is of an entity merged into it.
				f := first[e.ID]
				en = &Entity{ID: e.ID, Canonical: f.Canonical, Type: f.Type, Lat: f.Lat, Lon: f.Lon, Country: f.Country}
				v.ents[e.ID] = en
				aliasN[e.ID] = map[string]int{}
			}
			aliasN[e.ID][e.Text]++
			en.Mentions = append(en.Mentions, Mention{Article: id, Text: e.Text, Start: e.Start, End: e.End})
			if n := len(en.Articles); n == 0 || en.Articles[n-1] != id {
				en.Articles = append(en.Articles, id)
			}
			if sid != "" {
				if !slices.Contains(en.Stories, sid) {
					en.Stories = append(en.Stories, sid)
				}
				if v.storyEnts[sid] == nil {
					v.storyEnts[sid] = map[string]int{}
				}
				v.storyEnts[sid][e.ID]++
			}
		}
		if name := OutletName(d); name != "" {
			o := v.outlets[name]
			if o == nil {
				o = &Outlet{Name: name}
				v.outlets[name] = o
			}
			o.Articles = append(o.Articles, id)
			if sid != "" && !slices.Contains(o.Stories, sid) {
				o.Stories = append(o.Stories, sid)
			}
			if p := d.Published; !p.IsZero() {
				if o.First.IsZero() || p.Before(o.First) {
					o.First = p
				}
				if o.Last.IsZero() || o.Last.Before(p) {
					o.Last = p
				}
			}
		}
	}
	addKey := func(name string) {
		if _, ok := v.keys[name]; !ok {
			v.keys[name] = store.Key(name)
		}
	}
	for _, d := range v.docs {
		addKey(d.Outlet)
		addKey(d.Publisher)
	}
	for id, en := range v.ents {
		addKey(en.Canonical)
		for text, n := range aliasN[id] {
			addKey(text)
			en.Aliases = append(en.Aliases, Alias{Text: text, Count: n})
		}
		slices.SortFunc(en.Aliases, func(a, b Alias) int { return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Text, b.Text)) })
		slices.SortFunc(en.Stories, byPos)
		v.entList = append(v.entList, en)
	}
	slices.SortFunc(v.entList, func(a, b *Entity) int {
		return cmp.Or(cmp.Compare(len(b.Mentions), len(a.Mentions)), cmp.Compare(a.ID, b.ID))
	})
	for _, o := range v.outlets {
		slices.SortFunc(o.Stories, byPos)
		v.outList = append(v.outList, o)
	}
	slices.SortFunc(v.outList, func(a, b *Outlet) int {
		return cmp.Or(cmp.Compare(len(b.Articles), len(a.Articles)), cmp.Compare(a.Name, b.Name))
	})
}
