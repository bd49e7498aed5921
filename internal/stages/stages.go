// Package stages builds the analysis pipeline every command and server
// uses: extract, tokenize, quantities, dates, entities, quotes.
package stages

import (
	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
	"github.com/isnad-news/isnad/entity"
	"github.com/isnad-news/isnad/extract"
	"github.com/isnad-news/isnad/quantity"
	"github.com/isnad-news/isnad/quote"
	"github.com/isnad-news/isnad/timex"
)

// Pipeline returns the full analysis pipeline. It is safe for concurrent
// use.
func Pipeline() (*isnad.Pipeline, error) {
	entities, err := entity.NewStage(entity.Options{})
	if err != nil {
		return nil, err
	}
	return isnad.NewPipeline(
		extract.New(extract.Options{}),
		arabic.NewTokenizer(),
		quantity.NewStage(),
		timex.NewStage(),
		entities,
		quote.NewStage(),
	)
}
