package quote

import (
	"context"

	"github.com/isnad-news/isnad"
)

// NewStage returns the pipeline stage "quote". It requires
// isnad.KindEntities (so it runs after extract, tokenize, quantity, timex
// and entity) and provides isnad.KindQuotes: it sets doc.Quotes and
// doc.Citations (empty, non-nil slices when there are none) and the
// SourceChain of every quantity and date. Running it twice gives the same
// result; it is safe for concurrent use on different documents.
func NewStage() isnad.Stage { return stage{} }

type stage struct{}

func (stage) Name() string           { return "quote" }
func (stage) Requires() []isnad.Kind { return []isnad.Kind{isnad.KindEntities} }
func (stage) Provides() []isnad.Kind { return []isnad.Kind{isnad.KindQuotes} }

// Process runs Find on doc. It fails only when ctx is done.
func (stage) Process(ctx context.Context, doc *isnad.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	Find(doc)
	return nil
}
