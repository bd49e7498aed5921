package main

import (
	"bytes"
	"context"
	"testing"

	"github.com/isnad-news/isnad/internal/synth"

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

// BenchmarkPipelineSynth runs the pipeline over the scale benchmark's
// synthetic articles (internal/synth), read once beforehand; one op is one
// article.
func BenchmarkPipelineSynth(b *testing.B) {
	ctx := context.Background()
	var buf bytes.Buffer
	if err := synth.WriteJSONL(&buf, 7, 2000); err != nil {
		b.Fatal(err)
	}
	var raws []isnad.Document
	r := ingest.NewReader(ingest.Options{Stdin: &buf})
	for d, err := range r.All(ctx, "-") {
		if err != nil {
			b.Fatal(err)
		}
		raws = append(raws, *d)
	}
	p, err := newPipeline()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		d := raws[i%len(raws)]
		i++
		if err := p.Run(ctx, &d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}
