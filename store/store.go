package store

import (
	"context"
	"errors"
	"strings"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
)

// ErrNotFound is returned by Get when no document has the id.
var ErrNotFound = errors.New("not found")

// Store keeps documents and searches them. Implementations are safe for
// concurrent use.
type Store interface {
	// Put stores docs in one transaction, each under its content key
	// (doc.Key(), also written to doc.ID). A document whose key is already
	// stored is left as it is and reported false in added: ingest is
	// idempotent. On error nothing of this call is stored and what was
	// stored before is untouched.
	Put(ctx context.Context, docs ...*isnad.Document) (added []bool, err error)
	// Get returns the stored document with the id (without tokens), or an
	// error wrapping ErrNotFound.
	Get(ctx context.Context, id string) (*isnad.Document, error)
	// Count returns the number of stored documents.
	Count(ctx context.Context) (int, error)
	// List returns stored documents (without body or tokens), newest
	// publication date first, filtered like a search.
	List(ctx context.Context, f Filter, limit, offset int) ([]*isnad.Document, error)
	// Search returns the ids of documents that match every term and the
	// filter, best first. Terms must be non-empty.
	Search(ctx context.Context, q Query) ([]Match, error)
	// Close releases the store.
	Close() error
}

// Filter narrows a search or a listing.
type Filter struct {
	// Outlet keeps documents whose outlet or publisher contains this text
	// (compared after Arabic match-level normalization).
	Outlet string
	// From and To bound the publication date, inclusive; zero means open.
	// Documents without a date are left out when either is set.
	From, To isnad.Date
}

// Term is one analysed query word: a document matches it when one of its
// tokens has the same Norm or the same Stem.
type Term struct {
	Norm string
	Stem string
}

// Query is an analysed search.
type Query struct {
	Terms []Term
	Filter
	// Limit is the most matches to return; 0 means 20.
	Limit int
}

// Match is one matching document and its relevance; higher is better.
type Match struct {
	ID    string
	Score float64
}

// IndexFields are the analysed texts a backend indexes for a document: the
// space-joined Norm and Stem forms of the title's and the body's tokens.
type IndexFields struct {
	TitleNorm, TitleStem string
	BodyNorm, BodyStem   string
}

// Index returns the fields to index for doc. It uses doc.Tokens for the body
// (tokenizing the body when they are missing) and tokenizes the title.
func Index(doc *isnad.Document) IndexFields {
	body := doc.Tokens
	if body == nil && doc.Body != "" {
		body = arabic.Tokenize(doc.Body)
	}
	var f IndexFields
	f.TitleNorm, f.TitleStem = joinForms(arabic.Tokenize(doc.Title))
	f.BodyNorm, f.BodyStem = joinForms(body)
	return f
}

func joinForms(toks []isnad.Token) (norm, stem string) {
	var n, s strings.Builder
	for i, t := range toks {
		if i > 0 {
			n.WriteByte(' ')
			s.WriteByte(' ')
		}
		n.WriteString(t.Norm)
		s.WriteString(t.Stem)
	}
	return n.String(), s.String()
}

// Key returns the match-level form of an outlet name used for filtering.
func Key(name string) string {
	return strings.Join(strings.Fields(arabic.Normalize(arabic.Match, name)), " ")
}
