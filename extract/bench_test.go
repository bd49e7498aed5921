package extract

import (
	"context"
	"github.com/isnad-news/isnad/internal/seedtest"
	"os"
	"path/filepath"
	"testing"

	"github.com/isnad-news/isnad"
)

// benchInputs reads our own test articles; the seeds are used too when the
// shared directory is present.
func benchInputs(b *testing.B, patterns ...string) [][]byte {
	var inputs [][]byte
	for _, p := range patterns {
		files, _ := filepath.Glob(p)
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			inputs = append(inputs, raw)
		}
	}
	if len(inputs) == 0 {
		b.Skip("no inputs")
	}
	return inputs
}

func benchmark(b *testing.B, format isnad.Format, inputs [][]byte) {
	stage := New(Options{})
	ctx := context.Background()
	var n int64
	for _, in := range inputs {
		n += int64(len(in))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, in := range inputs {
			doc := &isnad.Document{Format: format, Raw: in}
			if err := stage.Process(ctx, doc); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkText runs the plain-text path over realistic articles.
func BenchmarkText(b *testing.B) {
	benchmark(b, isnad.FormatText, benchInputs(b, filepath.Join(seedtest.Dir(), "*.txt"), "testdata/text/*.txt"))
}

// BenchmarkHTML runs the HTML path (trafilatura included) over our pages.
func BenchmarkHTML(b *testing.B) {
	benchmark(b, isnad.FormatHTML, benchInputs(b, "testdata/html/*.html"))
}
