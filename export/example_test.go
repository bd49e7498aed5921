package export_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"os"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/desk"
	"github.com/isnad-news/isnad/export"
	"github.com/isnad-news/isnad/ingest"
	"github.com/isnad-news/isnad/internal/stages"
)

// sampleView analyses the sample corpus and builds its view.
func sampleView() (*desk.View, error) {
	ctx := context.Background()
	p, err := stages.Pipeline()
	if err != nil {
		return nil, err
	}
	b := desk.NewBuilder()
	for d, err := range ingest.NewReader(ingest.Options{}).FS(ctx, isnad.SampleCorpus(), ".") {
		if err != nil {
			return nil, err
		}
		if err := p.Run(ctx, d); err != nil {
			return nil, err
		}
		b.Add(d)
	}
	return desk.NewView(b), nil
}

func ExampleGeoJSON() {
	v, err := sampleView()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range export.Places(v).Features {
		if f.Properties.Name == "بغداد" {
			fmt.Println(f.Properties.Name, f.Properties.Type, f.Geometry.Coordinates)
		}
	}
	// Output:
	// بغداد GPE [44.40088 33.34058]
}

func ExampleClaimsCSV() {
	v, err := sampleView()
	if err != nil {
		fmt.Println(err)
		return
	}
	var buf bytes.Buffer
	if err := export.ClaimsCSV(&buf, v); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("BOM: %q\n", buf.String()[:3])
	rows, err := csv.NewReader(bytes.NewReader(buf.Bytes()[3:])).ReadAll()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(rows[0][:3], len(rows)-1, "answers")
	// Output:
	// BOM: "\ufeff"
	// [story_id story_title claim] 55 answers
}

func ExampleWrite() {
	v := desk.NewView(desk.NewBuilder()) // no articles
	if err := export.Write(os.Stdout, v, export.FormatClaimReview, export.Options{}); err != nil {
		fmt.Println(err)
	}
	fmt.Println(export.Write(os.Stdout, v, "kml", export.Options{}))
	// Output:
	// []
	// unknown export format "kml" (want one of jsonl, claims-csv, geojson, claimreview)
}
