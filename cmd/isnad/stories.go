package main

import (
	"io"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/claim"
	"github.com/isnad-news/isnad/dedup"
	"github.com/isnad-news/isnad/framing"
	"github.com/isnad-news/isnad/story"
)

// storiesOut is what analyze -stories prints: the stories of the inputs.
type storiesOut struct {
	Stories []storyOut `json:"stories"`
}

type storyOut struct {
	ID          string             `json:"id"`
	Title       string             `json:"title"`
	First       isnad.Date         `json:"first"`
	Last        isnad.Date         `json:"last"`
	Outlets     []string           `json:"outlets"`
	Entities    []string           `json:"entities"`
	Places      []string           `json:"places"`
	Articles    []articleRef       `json:"articles"`
	Comparisons []claim.Comparison `json:"comparisons"`
	Timeline    []claim.Event      `json:"timeline"`
	// Framing is each outlet's distinctive words in the story.
	Framing []framing.Outlet `json:"framing"`
}

type articleRef struct {
	File string `json:"file"`
	ID   string `json:"id"`
	// RepostOf is the id of the article this one copies, when it is a
	// near-duplicate of an earlier one.
	RepostOf string `json:"repost_of,omitempty"`
}

// storyBuilder gathers analysed documents into stories as they come.
type storyBuilder struct {
	clusterer *story.Clusterer
	dups      *dedup.Index
	docs      map[string]*isnad.Document
	reposts   map[string]string
}

func newStoryBuilder() *storyBuilder {
	return &storyBuilder{
		clusterer: story.NewClusterer(story.DefaultOptions()),
		dups:      dedup.NewIndex(dedup.Options{}),
		docs:      map[string]*isnad.Document{},
		reposts:   map[string]string{},
	}
}

// articleID is a document's id for the stories output: a JSON Lines
// record's own "id", else its content key.
func articleID(d *isnad.Document) string {
	if id := d.Meta["id"]; id != "" {
		return id
	}
	return d.Key()
}

// add files one analysed document.
func (b *storyBuilder) add(d *isnad.Document) {
	id := articleID(d)
	if _, seen := b.docs[id]; seen {
		return // the same article twice: one article
	}
	d.ID = id
	b.docs[id] = d
	for _, m := range b.dups.Add(id, d) {
		if m.Original != id {
			b.reposts[id] = m.Original
		} else if _, ok := b.reposts[m.ID]; !ok {
			b.reposts[m.ID] = id
		}
	}
	b.clusterer.Add(id, d)
}

// build returns the stories with their compared claims and timelines.
func (b *storyBuilder) build() storiesOut {
	out := storiesOut{Stories: []storyOut{}}
	// The incremental pass depends on the order articles come in; the
	// offline pass moves each to its best story and merges stories that
	// are one.
	b.clusterer.Refine()
	for _, s := range b.clusterer.Stories() {
		so := storyOut{ID: s.ID, Title: s.Title, First: s.First, Last: s.Last,
			Outlets: nonNilStrings(s.Outlets), Entities: nonNilStrings(s.Entities), Places: nonNilStrings(s.Places),
			Articles: []articleRef{}}
		var docs []*isnad.Document
		for _, id := range s.Articles {
			d := b.docs[id]
			if d == nil {
				continue
			}
			docs = append(docs, d)
			so.Articles = append(so.Articles, articleRef{File: d.Source, ID: id, RepostOf: b.reposts[id]})
		}
		so.Comparisons = claim.Compare(docs, claim.Options{Reposts: b.reposts})
		if so.Comparisons == nil {
			so.Comparisons = []claim.Comparison{}
		}
		so.Timeline = claim.Timeline(docs)
		if so.Timeline == nil {
			so.Timeline = []claim.Event{}
		}
		so.Framing = framing.Compare(docs, framing.Options{})
		if so.Framing == nil {
			so.Framing = []framing.Outlet{}
		}
		out.Stories = append(out.Stories, so)
	}
	return out
}

// write prints the stories as one JSON object.
func (b *storyBuilder) write(w io.Writer, pretty bool) error {
	return writeJSON(w, b.build(), pretty)
}

func nonNilStrings(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
