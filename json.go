package isnad

import "encoding/json"

// docJSON is the JSON form of a Document, documented in docs/schema.md.
// Fields the text does not state are null, never "".
type docJSON struct {
	ID        string            `json:"id,omitempty"`
	File      string            `json:"file"`
	URL       *string           `json:"url"`
	Format    Format            `json:"format"`
	Outlet    *string           `json:"outlet"`
	Publisher *string           `json:"publisher"`
	Title     *string           `json:"title"`
	Author    *string           `json:"author"`
	Published Date              `json:"published"`
	Body      string            `json:"body"`
	Meta      map[string]string `json:"meta,omitempty"`
	Tokens    []Token           `json:"tokens,omitempty"`
	// Annotation lists are omitted when their stage has not run and written
	// as [] when it ran and found nothing.
	Quantities *[]Quantity    `json:"quantities,omitempty"`
	Dates      *[]DateMention `json:"dates,omitempty"`
	Durations  *[]Duration    `json:"durations,omitempty"`
	Entities   *[]Entity      `json:"entities,omitempty"`
	Quotes     *[]Quote       `json:"quotes,omitempty"`
	Citations  *[]Citation    `json:"citations,omitempty"`
	Problems   []Problem      `json:"problems"`
}

// present returns a pointer to s for JSON when s is non-nil.
func present[T any](s []T) *[]T {
	if s == nil {
		return nil
	}
	return &s
}

func absent[T any](p *[]T) []T {
	if p == nil {
		return nil
	}
	if *p == nil {
		return []T{}
	}
	return *p
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// MarshalJSON writes the document in the schema of docs/schema.md.
func (d *Document) MarshalJSON() ([]byte, error) {
	problems := d.Problems
	if problems == nil {
		problems = []Problem{}
	}
	return json.Marshal(docJSON{
		ID:         d.ID,
		File:       d.Source,
		URL:        nullable(d.URL),
		Format:     d.Format,
		Outlet:     nullable(d.Outlet),
		Publisher:  nullable(d.Publisher),
		Title:      nullable(d.Title),
		Author:     nullable(d.Author),
		Published:  d.Published,
		Body:       d.Body,
		Meta:       d.Meta,
		Tokens:     d.Tokens,
		Quantities: present(d.Quantities),
		Dates:      present(d.Dates),
		Durations:  present(d.Durations),
		Entities:   present(d.Entities),
		Quotes:     present(d.Quotes),
		Citations:  present(d.Citations),
		Problems:   problems,
	})
}

// UnmarshalJSON reads a document written by MarshalJSON.
func (d *Document) UnmarshalJSON(b []byte) error {
	var v docJSON
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*d = Document{
		ID:         v.ID,
		Source:     v.File,
		URL:        deref(v.URL),
		Format:     v.Format,
		Outlet:     deref(v.Outlet),
		Publisher:  deref(v.Publisher),
		Title:      deref(v.Title),
		Author:     deref(v.Author),
		Published:  v.Published,
		Body:       v.Body,
		Meta:       v.Meta,
		Tokens:     v.Tokens,
		Quantities: absent(v.Quantities),
		Dates:      absent(v.Dates),
		Durations:  absent(v.Durations),
		Entities:   absent(v.Entities),
		Quotes:     absent(v.Quotes),
		Citations:  absent(v.Citations),
		Problems:   v.Problems,
	}
	return nil
}
