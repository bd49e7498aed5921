package quantity

import (
	"context"
	"os"
	"testing"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
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

// BenchmarkStage runs the stage on the article with its tokens already on
// the document, as the pipeline gives it after the tokenize stage.
func BenchmarkStage(b *testing.B) {
	text := readArticle(b)
	doc := &isnad.Document{Body: text, Tokens: arabic.Tokenize(text)}
	st := NewStage()
	ctx := context.Background()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if err := st.Process(ctx, doc); err != nil {
			b.Fatal(err)
		}
	}
}
