package desk

import (
	"crypto/sha256"
	"encoding/hex"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/claim"
	"github.com/isnad-news/isnad/dedup"
	"github.com/isnad-news/isnad/framing"
	"github.com/isnad-news/isnad/story"
)

// Story is one story with its articles, compared claims, timeline and
// framing.
type Story struct {
	ID       string     `json:"id"`
	Title    string     `json:"title"`
	First    isnad.Date `json:"first"`
	Last     isnad.Date `json:"last"`
	Outlets  []string   `json:"outlets"`
	Entities []string   `json:"entities"`
	Places   []string   `json:"places"`
	// Articles are the story's articles in the order they were added.
	Articles    []ArticleRef       `json:"articles"`
	Comparisons []claim.Comparison `json:"comparisons"`
	Timeline    []claim.Event      `json:"timeline"`
	// Framing is each outlet's distinctive words in the story.
	Framing []framing.Outlet `json:"framing"`
}

// Conflicts returns how many of the story's compared claims conflict.
func (s *Story) Conflicts() int {
	n := 0
	for _, c := range s.Comparisons {
		if c.Conflict {
			n++
		}
	}
	return n
}

// ArticleRef is one article of a story.
type ArticleRef struct {
	File string `json:"file"`
	ID   string `json:"id"`
	// RepostOf is the id of the article this one copies, when it is a
	// near-duplicate of an earlier one.
	RepostOf string `json:"repost_of,omitempty"`
}

// Builder gathers analysed documents into stories as they come. A Builder
// is not safe for concurrent use.
type Builder struct {
	clusterer *story.Clusterer
	dups      *dedup.Index
	docs      map[string]*isnad.Document
	rank      map[string]int // the order documents were added in
	reposts   map[string]string
}

// NewBuilder returns an empty Builder.
func NewBuilder() *Builder {
	return &Builder{
		clusterer: story.NewClusterer(story.DefaultOptions()),
		dups:      dedup.NewIndex(dedup.Options{}),
		docs:      map[string]*isnad.Document{},
		reposts:   map[string]string{},
		rank:      map[string]int{},
	}
}

// ArticleID returns a document's id on the desk: its JSON Lines record's
// own "id", else its content key.
func ArticleID(d *isnad.Document) string {
	if id := d.Meta["id"]; id != "" {
		return id
	}
	return d.Key()
}

// Add files one analysed document under ArticleID(d), which it writes to
// d.ID. A document whose id was added before is ignored. Add keeps d; the
// caller must not change it afterwards.
func (b *Builder) Add(d *isnad.Document) { b.add(ArticleID(d), d) }

// add files d under id.
func (b *Builder) add(id string, d *isnad.Document) {
	if _, seen := b.docs[id]; seen {
		return
	}
	d.ID = id
	b.docs[id] = d
	b.rank[id] = len(b.rank)
	for _, m := range b.dups.Add(id, d) {
		if m.Original != id {
			b.reposts[id] = m.Original
		} else if _, ok := b.reposts[m.ID]; !ok {
			b.reposts[m.ID] = id
		}
	}
	b.clusterer.Add(id, d)
}

// Len returns the number of documents added.
func (b *Builder) Len() int { return len(b.docs) }

// Stories refines the clustering (each article moved to its best story,
// stories that are one merged) and returns the stories with their claims
// compared, in the order they were opened. Call it once, after the last Add.
func (b *Builder) Stories() []Story {
	b.clusterer.Refine()
	var out []Story
	for _, s := range b.clusterer.Stories() {
		so := Story{Title: s.Title, First: s.First, Last: s.Last,
			Outlets: nonNil(s.Outlets), Entities: nonNil(s.Entities), Places: nonNil(s.Places),
			Articles: []ArticleRef{}}
		var docs []*isnad.Document
		for _, id := range s.Articles {
			d := b.docs[id]
			if d == nil {
				continue
			}
			docs = append(docs, d)
			so.Articles = append(so.Articles, ArticleRef{File: d.Source, ID: id, RepostOf: b.reposts[id]})
		}
		if len(docs) == 0 {
			continue
		}
		first := so.Articles[0].ID
		for _, a := range so.Articles[1:] {
			if b.rank[a.ID] < b.rank[first] {
				first = a.ID
			}
		}
		so.ID = StoryID(first)
		so.Comparisons = nonNil(claim.Compare(docs, claim.Options{Reposts: b.reposts}))
		so.Timeline = nonNil(claim.Timeline(docs))
		so.Framing = nonNil(framing.Compare(docs, framing.Options{}))
		for i := range so.Framing {
			so.Framing[i].Words = nonNil(so.Framing[i].Words)
		}
		out = append(out, so)
	}
	return out
}

// StoryID returns the id of the story whose first article has the id: "s"
// and ten hex digits of its SHA-256.
func StoryID(firstArticle string) string {
	h := sha256.Sum256([]byte(firstArticle))
	return "s" + hex.EncodeToString(h[:5])
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
