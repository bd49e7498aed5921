package quantity

import (
	"context"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
)

// NewStage returns the pipeline stage "quantity". It requires the body
// (isnad.KindText) and provides isnad.KindQuantities: it sets
// doc.Quantities to the quantities of doc.Body, in body order, an empty
// (non-nil) slice when there are none. Running it twice gives the same
// result; it is safe for concurrent use on different documents.
func NewStage() isnad.Stage { return stage{} }

type stage struct{}

func (stage) Name() string           { return "quantity" }
func (stage) Requires() []isnad.Kind { return []isnad.Kind{isnad.KindText} }
func (stage) Provides() []isnad.Kind { return []isnad.Kind{isnad.KindQuantities} }

// Process fills doc.Quantities from doc.Body, reading doc.Tokens when
// the tokenize stage has set them. It fails only when ctx is
// done.
func (stage) Process(ctx context.Context, doc *isnad.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	vs := findTokens(doc.Body, bodyTokens(doc))
	qs := make([]isnad.Quantity, 0, len(vs))
	for _, v := range vs {
		qs = append(qs, isnad.Quantity{
			Span:     isnad.Span{Start: v.Start, End: v.End},
			Text:     doc.Body[v.Start:v.End],
			Min:      v.Min,
			Max:      v.Max,
			Approx:   v.Approx,
			Counted:  v.Counted,
			Category: v.Category,
			Group:    v.Group,
			Unit:     v.Unit,
		})
	}
	doc.Quantities = qs
	return nil
}

// bodyTokens returns doc.Tokens when they can be the tokens of doc.Body
// (the tokenize stage ran), and tokenizes the body otherwise.
func bodyTokens(doc *isnad.Document) []isnad.Token {
	toks := doc.Tokens
	if len(toks) == 0 || toks[len(toks)-1].End > len(doc.Body) {
		return arabic.Tokenize(doc.Body)
	}
	return toks
}
