package arabic

import (
	"os"
	"testing"
)

// readArticle returns testdata/article.txt, a news article of about 5 KB
// written for these tests.
func readArticle(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

func BenchmarkNormalizeMatch(b *testing.B) {
	text := readArticle(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Normalize(Match, text)
	}
}

func BenchmarkNormalizeDisplay(b *testing.B) {
	text := readArticle(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Normalize(Display, text)
	}
}

func BenchmarkNormalizeMapMatch(b *testing.B) {
	text := readArticle(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		NormalizeMap(Match, text)
	}
}

func BenchmarkTokenize(b *testing.B) {
	text := readArticle(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Tokenize(text)
	}
}

// BenchmarkStem stems every word of the article, already normalized.
func BenchmarkStem(b *testing.B) {
	toks := Tokenize(readArticle(b))
	n := 0
	for _, t := range toks {
		n += len(t.Norm)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range toks {
			Stem(t.Norm)
		}
	}
}
