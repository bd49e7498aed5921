package main

import (
	"io"

	"github.com/isnad-news/isnad"

	"github.com/isnad-news/isnad/desk"
)

// storiesOut is what analyze -stories prints: the stories of the inputs.
type storiesOut struct {
	Stories []desk.Story `json:"stories"`
}

// storyBuilder gathers analysed documents into stories as they come.
type storyBuilder struct{ b *desk.Builder }

func newStoryBuilder() *storyBuilder { return &storyBuilder{desk.NewBuilder()} }

// add files one analysed document.
func (b *storyBuilder) add(d *isnad.Document) { b.b.Add(d) }

// build returns the stories with their compared claims and timelines.
func (b *storyBuilder) build() storiesOut {
	return storiesOut{Stories: nonNil(b.b.Stories())}
}

// write prints the stories as one JSON object.
func (b *storyBuilder) write(w io.Writer, pretty bool) error {
	return writeJSON(w, b.build(), pretty)
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
