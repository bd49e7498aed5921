package quantity

import (
	"os"
	"testing"
)

// BenchmarkFind runs Find on a whole article of our own with many figures.
func BenchmarkFind(b *testing.B) {
	text := readArticle(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text)
	}
}

// readArticle returns testdata/article.txt, an article of our own (about
// 5 KB) with many figures.
func readArticle(tb testing.TB) string {
	data, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		tb.Fatal(err)
	}
	return string(data)
}
