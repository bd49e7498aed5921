package ingest_test

import (
	"context"
	"errors"
	"fmt"

	"github.com/isnad-news/isnad/ingest"
)

func ExampleReader_All() {
	r := ingest.NewReader(ingest.Options{})
	inputs := []string{"testdata/bulletin.rss", "testdata/notes.jsonl", "testdata/statement-iso88596.txt", "testdata/missing.txt"}
	for doc, err := range r.All(context.Background(), inputs...) {
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ingest.ErrJSON))
			continue
		}
		fmt.Printf("%s %s outlet=%q publisher=%q date=%s encoding=%q\n",
			doc.Source, doc.Format, doc.Outlet, doc.Publisher, doc.Published, doc.Meta["encoding"])
	}
	// Output:
	// testdata/bulletin.rss#1 feed-item outlet="نشرة البلدية" publisher="" date=2023-09-09 encoding=""
	// testdata/bulletin.rss#2 feed-item outlet="مديرية المرور" publisher="نشرة البلدية" date=2023-09-10 encoding=""
	// testdata/notes.jsonl#1 jsonl outlet="نشرة البلدية" publisher="" date=2023-09-11 encoding=""
	// error: ingest testdata/notes.jsonl:2: invalid JSON: unexpected end of JSON input true
	// testdata/notes.jsonl#3 jsonl outlet="" publisher="" date=2023-09-12 encoding=""
	// testdata/statement-iso88596.txt text outlet="" publisher="" date= encoding="iso-8859-6"
	// error: ingest testdata/missing.txt: no such file or directory false
}
