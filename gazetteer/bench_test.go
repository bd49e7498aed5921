package gazetteer

import (
	"os"
	"testing"
	"testing/fstest"
)

// BenchmarkLongest matches names at every token of a news article (our own
// text, testdata/article.txt), as the NER feature hook does.
func BenchmarkLongest(b *testing.B) {
	data, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	norms := tokenNorms(string(data))
	g := Default()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i := 0; i < len(norms); {
			if _, n := g.Longest(norms, i); n > 0 {
				i += n
			} else {
				i++
			}
		}
	}
	b.ReportMetric(float64(len(norms))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkLoad reads and indexes the embedded data, as Default does once.
func BenchmarkLoad(b *testing.B) {
	files := fstest.MapFS{}
	entries, err := dataFS.ReadDir("data")
	if err != nil {
		b.Fatal(err)
	}
	for _, e := range entries {
		d, err := dataFS.ReadFile("data/" + e.Name())
		if err != nil {
			b.Fatal(err)
		}
		files[e.Name()] = &fstest.MapFile{Data: d}
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(files); err != nil {
			b.Fatal(err)
		}
	}
}
