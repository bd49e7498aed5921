package store

import (
	"encoding/json"

	"github.com/isnad-news/isnad"
)

// annotations is the JSON form of a document's stored annotations, the same
// in every backend.
type annotations struct {
	Quantities []isnad.Quantity    `json:"quantities,omitempty"`
	Dates      []isnad.DateMention `json:"dates,omitempty"`
	Durations  []isnad.Duration    `json:"durations,omitempty"`
	Entities   []isnad.Entity      `json:"entities,omitempty"`
	Quotes     []isnad.Quote       `json:"quotes,omitempty"`
	Citations  []isnad.Citation    `json:"citations,omitempty"`
	// Analyzed lists the annotation kinds whose stage ran, so that an empty
	// list reads back as empty rather than as not analysed.
	Analyzed []string `json:"analyzed"`
}

// EncodeAnnotations returns the JSON a backend stores for d's annotations,
// or ok false when no annotating stage ran on d (the backend stores NULL).
func EncodeAnnotations(d *isnad.Document) (js string, ok bool, err error) {
	a := annotations{Quantities: d.Quantities, Dates: d.Dates, Durations: d.Durations, Entities: d.Entities, Quotes: d.Quotes, Citations: d.Citations}
	if d.Quantities != nil {
		a.Analyzed = append(a.Analyzed, string(isnad.KindQuantities))
	}
	if d.Dates != nil || d.Durations != nil {
		a.Analyzed = append(a.Analyzed, string(isnad.KindDates))
	}
	if d.Entities != nil {
		a.Analyzed = append(a.Analyzed, string(isnad.KindEntities))
	}
	if d.Quotes != nil || d.Citations != nil {
		a.Analyzed = append(a.Analyzed, string(isnad.KindQuotes))
	}
	if len(a.Analyzed) == 0 {
		return "", false, nil
	}
	b, err := json.Marshal(a)
	return string(b), err == nil, err
}

// DecodeAnnotations sets d's annotations from JSON written by
// EncodeAnnotations: the lists of every stage that ran, empty rather than
// nil when it found nothing.
func DecodeAnnotations(d *isnad.Document, js string) error {
	var a annotations
	if err := json.Unmarshal([]byte(js), &a); err != nil {
		return err
	}
	for _, k := range a.Analyzed {
		switch isnad.Kind(k) {
		case isnad.KindQuantities:
			d.Quantities = nonNil(a.Quantities)
		case isnad.KindDates:
			d.Dates, d.Durations = nonNil(a.Dates), nonNil(a.Durations)
		case isnad.KindEntities:
			d.Entities = nonNil(a.Entities)
		case isnad.KindQuotes:
			d.Quotes, d.Citations = nonNil(a.Quotes), nonNil(a.Citations)
		}
	}
	return nil
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
