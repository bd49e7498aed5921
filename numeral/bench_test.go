package numeral

import (
	"os"
	"testing"
)

// BenchmarkFind reads numbers in a whole news article full of them.
func BenchmarkFind(b *testing.B) {
	text, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := string(text)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Find(s)
	}
}
