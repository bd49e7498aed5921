package isnad

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// Format says what shape of input a Document was read from.
type Format string

const (
	// FormatText is a plain-text article as pasted from a news site.
	FormatText Format = "text"
	// FormatHTML is a whole HTML page.
	FormatHTML Format = "html"
	// FormatFeedItem is one item of an RSS 2.0 or Atom feed; Raw holds its
	// content (usually an HTML fragment) and the feed's fields are already set.
	FormatFeedItem Format = "feed-item"
	// FormatJSON is one JSON Lines record; its fields are already set.
	FormatJSON Format = "jsonl"
)

// Kind names what a stage provides or requires on a Document.
type Kind string

const (
	// KindRaw: Source, Format and Raw are set (the ingest package does this).
	KindRaw Kind = "raw"
	// KindText: Body, Title and the metadata fields are set (extract stage).
	KindText Kind = "text"
	// KindTokens: Tokens are set (the arabic tokenizer stage).
	KindTokens Kind = "tokens"
)

// Span is a half-open range [Start, End) of byte offsets into Document.Body.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Token is one word or number of the body: its span in the original text, the
// matching-level normalized form (clitics still attached) and its light stem.
type Token struct {
	Span
	// Norm is the token normalized for matching (arabic.Match level), with
	// clitics and suffixes left on: "للقافلة" → "للقافله".
	Norm string `json:"norm"`
	// Stem is Norm with clitics and common suffixes removed by the light
	// stemmer: "للقافلة" → "قافل". Equal to Norm for numbers and Latin words.
	Stem string `json:"stem"`
}

// Problem is a non-fatal problem found while reading or analysing a document.
// Problems are recorded on the document, never printed by library code.
type Problem struct {
	// Stage is the name of the stage (or "ingest") that found the problem.
	Stage string `json:"stage"`
	// Message says what is wrong, for a person.
	Message string `json:"message"`
}

// Date is a calendar date without a time of day or zone. The zero Date means
// "unknown" and is written as JSON null.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// MakeDate returns the Date for year, month and day, or the zero Date and
// false when they do not name a real calendar day.
func MakeDate(year int, month time.Month, day int) (Date, bool) {
	if year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 {
		return Date{}, false
	}
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day || t.Month() != month {
		return Date{}, false
	}
	return Date{year, month, day}, true
}

// ParseDate parses "YYYY-MM-DD".
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("date %q: want YYYY-MM-DD", s)
	}
	return Date{t.Year(), t.Month(), t.Day()}, nil
}

// IsZero reports whether d is unknown.
func (d Date) IsZero() bool { return d == Date{} }

// String returns "YYYY-MM-DD", or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// Time returns midnight UTC of d.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// Before reports whether d is earlier than e.
func (d Date) Before(e Date) bool { return d.String() < e.String() }

// MarshalJSON writes "YYYY-MM-DD" or null.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(d.String())
}

// UnmarshalJSON reads "YYYY-MM-DD" or null.
func (d *Date) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = Date{}
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	if s == "" {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Document is one article as it flows through the pipeline.
//
// Fields that the text does not state are left empty (and written as JSON
// null); stages never invent them.
type Document struct {
	// ID is the content key (see Key), set when the document is stored.
	ID string
	// Source is the file path or URL the document was read from. For a feed
	// item or a JSON Lines record it is the feed's or file's path followed by
	// "#" and the item's 1-based number.
	Source string
	// URL is the article's own address, when known (a feed item's link, a
	// JSON record's url, the page fetched).
	URL string
	// Format is the input shape the document was read from.
	Format Format
	// Raw holds the undecoded-then-UTF-8 input the extract stage works from.
	// It is not stored and not written to JSON.
	Raw []byte

	// Outlet is who wrote the article: the newspaper, agency or site that
	// authored it ("nrt عربية", "الانباط").
	Outlet string
	// Publisher is the site that carries the article when it differs from
	// the outlet, e.g. an aggregator reposting another outlet's story.
	Publisher string
	// Title is the article's headline.
	Title string
	// Author is the byline's person, when stated.
	Author string
	// Published is the publication date, when stated.
	Published Date
	// Body is the clean article text. All spans are byte offsets into it.
	Body string
	// Meta keeps input fields that have no place above (JSON Lines extras,
	// feed categories, the HTML page's site name).
	Meta map[string]string

	// Tokens are the body's words and numbers, in order.
	Tokens []Token
	// Quantities are the numbers with what they count, in body order.
	Quantities []Quantity
	// Dates are the dates and times written in the body, in body order.
	Dates []DateMention
	// Durations are the lengths of time written in the body, in body order.
	Durations []Duration
	// Entities are the people, organizations, places and outlets named in
	// the body, in body order.
	Entities []Entity
	// Quotes are the statements attributed to speakers, in body order.
	Quotes []Quote
	// Citations are the places where the article names its sources, in
	// body order.
	Citations []Citation
	// Problems are the non-fatal problems found so far.
	Problems []Problem
}

// AddProblem records a non-fatal problem found by stage.
func (d *Document) AddProblem(stage, format string, args ...any) {
	d.Problems = append(d.Problems, Problem{Stage: stage, Message: fmt.Sprintf(format, args...)})
}

// Key returns the document's content key: a hex SHA-256 prefix of its outlet,
// title and body with runs of white space collapsed. The same article read
// twice, from the same or another file, has the same key.
func (d *Document) Key() string {
	h := sha256.New()
	for _, s := range []string{d.Outlet, d.Title, d.Body} {
		h.Write([]byte(strings.Join(strings.Fields(s), " ")))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// SpanText returns the body text under s, or "" when s is out of bounds.
func (d *Document) SpanText(s Span) string {
	if s.Start < 0 || s.End > len(d.Body) || s.Start > s.End {
		return ""
	}
	return d.Body[s.Start:s.End]
}
