package framing

import (
	"testing"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
	"github.com/isnad-news/isnad/extract"
	"github.com/isnad-news/isnad/internal/seedtest"
)

// seedStory returns the seeds 000, 001 and 002 (one story told by three
// outlets), extracted and tokenized; it skips without the seeds.
func seedStory(t testing.TB) []*isnad.Document {
	t.Helper()
	seedtest.Need(t)
	var docs []*isnad.Document
	for _, p := range []string{"000_", "001_", "002_"} {
		docs = append(docs, seedtest.Run(t, p, extract.New(extract.Options{}), arabic.NewTokenizer()))
	}
	return docs
}

// TestSeeds logs each outlet's distinctive words in the seed story; it
// asserts only that each outlet gets at least one.
func TestSeeds(t *testing.T) {
	docs := seedStory(t)
	outlets := Compare(docs, Options{})
	if len(outlets) != len(docs) {
		t.Fatalf("got %d outlets, want %d", len(outlets), len(docs))
	}
	for _, o := range outlets {
		t.Logf("%s (%d article(s))", o.Name, o.Articles)
		for _, w := range o.Words {
			t.Logf("  %q count %d others %d z %.2f", w.Term, w.Count, w.Others, w.Score)
		}
		if len(o.Words) == 0 {
			t.Errorf("%s: no distinctive words", o.Name)
		}
	}
}

func BenchmarkCompareSeeds(b *testing.B) {
	docs := seedStory(b)
	var size int64
	for _, d := range docs {
		size += int64(len(d.Body))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		Compare(docs, Options{})
	}
}
