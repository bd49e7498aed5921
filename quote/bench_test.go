package quote

import (
	"os"
	"testing"
)

// BenchmarkStage runs Find on a full article (testdata/article.txt)
// whose tokens and entities the earlier stages have set.
func BenchmarkStage(b *testing.B) {
	body, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	doc := analyse(b, string(body))
	b.SetBytes(int64(len(doc.Body)))
	b.ReportAllocs()
	for b.Loop() {
		Find(doc)
	}
}
