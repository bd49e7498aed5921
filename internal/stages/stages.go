// Package stages builds the analysis pipeline every command and server
// uses: extract, tokenize, quantities, dates, entities, quotes.
package stages

import (
	"context"
	"time"

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
func Pipeline() (*isnad.Pipeline, error) { return Timed(nil) }

// Timed is Pipeline with every stage timed: observe (when not nil) gets
// each stage's name and how long it took on each document.
func Timed(observe func(stage string, d time.Duration)) (*isnad.Pipeline, error) {
	entities, err := entity.NewStage(entity.Options{})
	if err != nil {
		return nil, err
	}
	all := []isnad.Stage{
		extract.New(extract.Options{}),
		arabic.NewTokenizer(),
		quantity.NewStage(),
		timex.NewStage(),
		entities,
		quote.NewStage(),
	}
	if observe != nil {
		for i, s := range all {
			all[i] = timed{s, observe}
		}
	}
	return isnad.NewPipeline(all...)
}

// timed is a stage that reports how long the stage it wraps takes.
type timed struct {
	isnad.Stage
	observe func(string, time.Duration)
}

func (t timed) Process(ctx context.Context, d *isnad.Document) error {
	start := time.Now()
	err := t.Stage.Process(ctx, d)
	t.observe(t.Name(), time.Since(start))
	return err
}
