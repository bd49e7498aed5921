package timex

import (
	"context"

	"github.com/isnad-news/isnad"
)

// stage is the pipeline stage "timex".
type stage struct{}

// NewStage returns the stage "timex": it requires isnad.KindText and
// provides isnad.KindDates, filling Document.Dates (never nil) and
// Document.Durations from Body, with midnight UTC of Published as the
// reference and the Past direction. Without a publication date, dates with
// a year still resolve and the others are marked Unresolved.
func NewStage() isnad.Stage { return stage{} }

func (stage) Name() string           { return "timex" }
func (stage) Requires() []isnad.Kind { return []isnad.Kind{isnad.KindText} }
func (stage) Provides() []isnad.Kind { return []isnad.Kind{isnad.KindDates} }

// Process fills doc.Dates and doc.Durations; it is idempotent.
func (stage) Process(ctx context.Context, doc *isnad.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	opt := Options{Dir: Past}
	if !doc.Published.IsZero() {
		opt.Ref, opt.HasRef = doc.Published.Time(), true
	}
	exprs, durs := Find(doc.Body, opt)
	doc.Dates = make([]isnad.DateMention, 0, len(exprs))
	for _, e := range exprs {
		m := isnad.DateMention{
			Span:  isnad.Span{Start: e.Start, End: e.End},
			Text:  doc.Body[e.Start:e.End],
			Grain: e.Grain.String(),
		}
		switch {
		case !e.Resolved:
			m.Unresolved = "no publication date"
		case e.Interval:
			m.From, m.To = iso(e.From, e.Grain, true), iso(e.To, e.Grain, true)
		default:
			m.Value = e.ISO()
		}
		doc.Dates = append(doc.Dates, m)
	}
	doc.Durations = make([]isnad.Duration, 0, len(durs))
	for _, d := range durs {
		doc.Durations = append(doc.Durations, isnad.Duration{
			Span:  isnad.Span{Start: d.Start, End: d.End},
			Text:  doc.Body[d.Start:d.End],
			Value: d.Value,
			Unit:  d.Unit.String(),
		})
	}
	return nil
}
