package ingest

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkDecodeWindows1256 decodes the sample corpus's Windows-1256
// article, which is not UTF-8 and has no charset declaration: both legacy
// Arabic encodings are tried and scored.
func BenchmarkDecodeWindows1256(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("..", "testdata", "corpus", "flood-mizan-cp1256.txt"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, enc, err := decode(data, ""); err != nil || enc != "windows-1256" {
			b.Fatal(enc, err)
		}
	}
}

// BenchmarkDecodeUTF8 is the common case for comparison: a UTF-8 article.
func BenchmarkDecodeUTF8(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("..", "testdata", "corpus", "ferry-manara.txt"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := decode(data, ""); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkJSONL reads a 1,000-record JSON Lines file of article-sized
// records with extra fields.
func BenchmarkJSONL(b *testing.B) {
	var sb strings.Builder
	for range 1000 {
		rec, _ := json.Marshal(map[string]any{
			"title": "افتتاح الجسر الجديد", "text": strings.Repeat(article, 4), "outlet": "صحيفة المدينة",
			"date": "2023-09-06", "url": "https://example.org/1", "section": "محليات", "words": 250,
		})
		sb.Write(rec)
		sb.WriteByte('\n')
	}
	path := writeFile(b, "bench.jsonl", sb.String())
	r := NewReader(Options{})
	b.SetBytes(int64(sb.Len()))
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for _, err := range r.All(context.Background(), path) {
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != 1000 {
			b.Fatalf("read %d records", n)
		}
	}
}
