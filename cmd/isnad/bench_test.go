package main

import (
	"bytes"
	"context"
	"iter"
	"testing"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/ingest"
	"github.com/isnad-news/isnad/internal/synth"
)

// BenchmarkPipeline runs the whole analysis pipeline (extract, tokenize,
// quantities, dates, entities, quotes) over the sample corpus; one op is the
// whole corpus.
func BenchmarkPipeline(b *testing.B) {
	r := ingest.NewReader(ingest.Options{})
	benchPipeline(b, r.FS(context.Background(), isnad.SampleCorpus(), "."))
}

// BenchmarkPipelineSynth runs the pipeline over 200 of the scale
// benchmark's synthetic articles (internal/synth); one op is the 200.
func BenchmarkPipelineSynth(b *testing.B) {
	var buf bytes.Buffer
	if err := synth.WriteJSONL(&buf, 7, 200); err != nil {
		b.Fatal(err)
	}
	r := ingest.NewReader(ingest.Options{Stdin: &buf})
	benchPipeline(b, r.All(context.Background(), "-"))
}

// benchPipeline reads docs once, then runs the pipeline over all of them
// per op, reporting bytes and documents per second.
func benchPipeline(b *testing.B, docs iter.Seq2[*isnad.Document, error]) {
	ctx := context.Background()
	var raws []isnad.Document
	size := 0
	for d, err := range docs {
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
