package main

import (
	"context"
	"testing"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/ingest"
)

// BenchmarkPipeline runs the whole analysis pipeline (extract, tokenize,
// quantities, dates) over the sample corpus, read once beforehand; one op
// is the whole corpus.
func BenchmarkPipeline(b *testing.B) {
	ctx := context.Background()
	var raws []isnad.Document
	size := 0
	r := ingest.NewReader(ingest.Options{})
	for d, err := range r.FS(ctx, isnad.SampleCorpus(), ".") {
		if err != nil {
			b.Fatal(err)
		}
		raws = append(raws, *d)
		size += len(d.Raw)
	}
	p, err := newPipeline()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, raw := range raws {
			d := raw
			if err := p.Run(ctx, &d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(raws))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}
