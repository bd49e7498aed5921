package bench

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/ar"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/isnad-news/isnad/arabic"
)

// articlePath is the article both analyzers read: the one the arabic
// package's own benchmarks use.
var articlePath = filepath.Join("..", "arabic", "testdata", "article.txt")

func readArticle(tb testing.TB) []byte {
	tb.Helper()
	b, err := os.ReadFile(articlePath)
	if err != nil {
		tb.Fatalf("read article: %v", err)
	}
	return b
}

// bleveArabic builds Bleve's Arabic analyzer through its registry cache.
func bleveArabic(tb testing.TB) analysis.Analyzer {
	tb.Helper()
	a, err := registry.NewCache().AnalyzerNamed(ar.AnalyzerName)
	if err != nil {
		tb.Fatalf("bleve analyzer %q: %v", ar.AnalyzerName, err)
	}
	return a
}

// BenchmarkIsnad measures arabic.Tokenize, which normalizes (Match level),
// tokenizes and stems every word.
func BenchmarkIsnad(b *testing.B) {
	text := string(readArticle(b))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if toks := arabic.Tokenize(text); len(toks) == 0 {
			b.Fatal("no tokens")
		}
	}
}

// BenchmarkBleve measures Bleve's Arabic analyzer on the same article.
func BenchmarkBleve(b *testing.B) {
	text := readArticle(b)
	a := bleveArabic(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if toks := a.Analyze(text); len(toks) == 0 {
			b.Fatal("no tokens")
		}
	}
}

// TestComparableTokens checks that both sides do comparable work: Bleve's
// tokenizer finds about as many tokens as arabic.Tokenize, and its analyzer
// keeps fewer (it drops stop words) but still most of them.
func TestComparableTokens(t *testing.T) {
	text := readArticle(t)
	ours := len(arabic.Tokenize(string(text)))

	tok, err := registry.NewCache().TokenizerNamed(unicode.Name)
	if err != nil {
		t.Fatalf("bleve tokenizer: %v", err)
	}
	theirs := len(tok.Tokenize(text))
	analyzed := len(bleveArabic(t).Analyze(text))
	t.Logf("isnad tokens %d, bleve tokenizer %d, bleve analyzer (stop words removed) %d", ours, theirs, analyzed)

	tests := []struct {
		name   string
		got    int
		lo, hi float64 // bounds as fractions of ours
	}{
		{name: "tokenizer", got: theirs, lo: 0.95, hi: 1.05},
		{name: "analyzer", got: analyzed, lo: 0.5, hi: 1.0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if f := float64(tt.got) / float64(ours); f < tt.lo || f > tt.hi {
				t.Errorf("bleve %s found %d tokens, isnad %d: ratio %.2f, want %.2f–%.2f", tt.name, tt.got, ours, f, tt.lo, tt.hi)
			}
		})
	}
}
