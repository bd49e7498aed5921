package search

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
	"github.com/isnad-news/isnad/store"
)

// ErrEmptyQuery is returned for a query with no words to search for.
var ErrEmptyQuery = errors.New("empty query: give at least one word")

// Request is a search as a user states it.
type Request struct {
	// Query is the words to find; every word must match.
	Query string
	store.Filter
	// Limit is the most hits to return; 0 means 20.
	Limit int
}

// Hit is one matching article.
type Hit struct {
	ID        string     `json:"id"`
	File      string     `json:"file"`
	URL       string     `json:"url,omitempty"`
	Title     string     `json:"title"`
	Outlet    string     `json:"outlet"`
	Publisher string     `json:"publisher,omitempty"`
	Published isnad.Date `json:"published"`
	Score     float64    `json:"score"`
	// Snippet is a passage of the body with matched words between Open and
	// Close marks.
	Snippet string `json:"snippet"`
	// Matches are the matched words' byte ranges in the article's body.
	Matches []isnad.Span `json:"matches"`
}

// Snippet marks.
const (
	Open  = "["
	Close = "]"
)

// Terms analyses a query into store terms, dropping duplicates.
func Terms(query string) []store.Term {
	var terms []store.Term
	seen := map[store.Term]bool{}
	for _, t := range arabic.Tokenize(query) {
		term := store.Term{Norm: t.Norm, Stem: t.Stem}
		if seen[term] {
			continue
		}
		seen[term] = true
		terms = append(terms, term)
	}
	return terms
}

// Run runs req against st.
func Run(ctx context.Context, st store.Store, req Request) ([]Hit, error) {
	terms := Terms(req.Query)
	if len(terms) == 0 {
		return nil, fmt.Errorf("search %q: %w", req.Query, ErrEmptyQuery)
	}
	ms, err := st.Search(ctx, store.Query{Terms: terms, Filter: req.Filter, Limit: req.Limit})
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", req.Query, err)
	}
	hits := make([]Hit, 0, len(ms))
	for _, m := range ms {
		d, err := st.Get(ctx, m.ID)
		if err != nil {
			return nil, fmt.Errorf("search %q: %w", req.Query, err)
		}
		snip, spans := Snippet(d.Body, terms, DefaultWindow)
		hits = append(hits, Hit{
			ID: d.ID, File: d.Source, URL: d.URL, Title: d.Title, Outlet: d.Outlet,
			Publisher: d.Publisher, Published: d.Published, Score: m.Score,
			Snippet: snip, Matches: spans,
		})
	}
	return hits, nil
}

// DefaultWindow is the snippet length in words.
const DefaultWindow = 24

// Snippet returns the passage of body, about window words long, that holds
// the most distinct query terms (then the most matches, then the earliest),
// with matched words marked, and the byte ranges in body of all matched
// words in the article.
func Snippet(body string, terms []store.Term, window int) (string, []isnad.Span) {
	toks := arabic.Tokenize(body)
	if len(toks) == 0 {
		return "", nil
	}
	if window <= 0 {
		window = DefaultWindow
	}
	// which[i] is the index of the term token i matches, or -1.
	which := make([]int, len(toks))
	var spans []isnad.Span
	for i, t := range toks {
		which[i] = -1
		for j, term := range terms {
			if t.Norm == term.Norm || (term.Stem != "" && t.Stem == term.Stem) {
				which[i] = j
				spans = append(spans, t.Span)
				break
			}
		}
	}
	best, bestDistinct, bestCount := 0, -1, -1
	count := make([]int, len(terms))
	distinct, total := 0, 0
	for i := range toks {
		if j := which[i]; j >= 0 {
			if count[j] == 0 {
				distinct++
			}
			count[j]++
			total++
		}
		if start := i - window + 1; start > 0 {
			if j := which[start-1]; j >= 0 {
				count[j]--
				total--
				if count[j] == 0 {
					distinct--
				}
			}
		}
		start := max(0, i-window+1)
		if distinct > bestDistinct || (distinct == bestDistinct && total > bestCount) {
			best, bestDistinct, bestCount = start, distinct, total
		}
	}
	// Centre the window's matches so the reader sees their context.
	first, last := best, min(len(toks), best+window)-1
	for first < last && which[first] < 0 {
		first++
	}
	for last > first && which[last] < 0 {
		last--
	}
	start := max(0, min(first-(window-(last-first+1))/2, len(toks)-window))
	end := min(len(toks), start+window)

	var b strings.Builder
	if start > 0 {
		b.WriteString("… ")
	}
	pos := toks[start].Start
	for i := start; i < end; i++ {
		t := toks[i]
		b.WriteString(clean(body[pos:t.Start]))
		if which[i] >= 0 {
			b.WriteString(Open)
			b.WriteString(body[t.Start:t.End])
			b.WriteString(Close)
		} else {
			b.WriteString(body[t.Start:t.End])
		}
		pos = t.End
	}
	if end < len(toks) {
		b.WriteString(" …")
	} else {
		b.WriteString(clean(body[pos:]))
	}
	return strings.TrimSpace(b.String()), spans
}

// clean collapses each run of white space between words (paragraph breaks
// included) to one space and drops invalid UTF-8.
func clean(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToValidUTF8(s, "") {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}
