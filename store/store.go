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
	// Scan calls fn with every stored document (with body and annotations,
	// without tokens) in story-building order: oldest publication date
	// first, undated last, ties by id in byte order. It reads in pages by
	// key, not by offset, so a full pass costs the same per document at any
	// store size; documents stored during a scan may or may not be seen.
	// An error from fn stops the scan and is returned as it is.
	Scan(ctx context.Context, fn func(*isnad.Document) error) error
	// Search returns the ids of documents that match every term and the
	// filter, best first. Terms must be non-empty.
	Search(ctx context.Context, q Query) ([]Match, error)
	// Close releases the store.
	Close() error
}

// ScanPage is how many documents a backend's Scan reads per query.
const ScanPage = 500

// PageReader reads one page of a Scan: at most limit documents (with body
// and annotations) after the key. When dated, these are dated documents
// after (afterDate, afterID) in (published, id) order; otherwise undated
// documents after afterID in id order. Ids compare in byte order.
type PageReader func(ctx context.Context, dated bool, afterDate, afterID string, limit int) ([]*isnad.Document, error)

// ScanByKey is the Scan loop backends share: it reads the dated documents
// page by page, then the undated ones, calling fn with each.
func ScanByKey(ctx context.Context, page int, read PageReader, fn func(*isnad.Document) error) error {
	for _, dated := range []bool{true, false} {
		var afterDate, afterID string
		for {
			docs, err := read(ctx, dated, afterDate, afterID, page)
			if err != nil {
				return err
			}
			for _, d := range docs {
				if err := fn(d); err != nil {
					return err
				}
			}
			if len(docs) < page {
				break
			}
			last := docs[len(docs)-1]
			afterDate, afterID = last.Published.String(), last.ID
		}
	}
	return nil
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
