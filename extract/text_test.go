package extract

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/isnad-news/isnad"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden is the part of a processed document a golden file records, with
// the body split into paragraphs so that diffs are readable.
type golden struct {
	Title      *string           `json:"title"`
	Outlet     *string           `json:"outlet"`
	Publisher  *string           `json:"publisher"`
	Author     *string           `json:"author"`
	Published  isnad.Date        `json:"published"`
	Meta       map[string]string `json:"meta,omitempty"`
	Problems   []string          `json:"problems,omitempty"`
	Paragraphs []string          `json:"paragraphs"`
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func goldenOf(doc *isnad.Document) golden {
	g := golden{
		Title:      nullable(doc.Title),
		Outlet:     nullable(doc.Outlet),
		Publisher:  nullable(doc.Publisher),
		Author:     nullable(doc.Author),
		Published:  doc.Published,
		Meta:       doc.Meta,
		Paragraphs: strings.Split(doc.Body, "\n\n"),
	}
	for _, p := range doc.Problems {
		g.Problems = append(g.Problems, p.Stage+": "+p.Message)
	}
	return g
}

func marshalGolden(t *testing.T, g golden) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(g); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestTextGolden runs the stage on every testdata/text/*.txt article (our own
// invented articles in the layouts of several kinds of news site) and
// compares the result with the .golden.json file beside it. Run
// `go test ./extract -run TestTextGolden -update` to rewrite the golden files
// after a deliberate change, and review the diff.
func TestTextGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/text/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 8 {
		t.Fatalf("found %d test articles, want at least 8", len(files))
	}
	stage := New(Options{})
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".txt")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			doc := &isnad.Document{Source: file, Format: isnad.FormatText, Raw: raw}
			if err := stage.Process(context.Background(), doc); err != nil {
				t.Fatalf("Process: %v", err)
			}
			got := marshalGolden(t, goldenOf(doc))
			gf := strings.TrimSuffix(file, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(gf, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(gf)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from %s:\n got: %s\nwant: %s", gf, got, want)
			}

			// Running the stage again on the same document gives the same
			// result.
			if err := stage.Process(context.Background(), doc); err != nil {
				t.Fatalf("second Process: %v", err)
			}
			if again := marshalGolden(t, goldenOf(doc)); !bytes.Equal(again, got) {
				t.Errorf("second run differs:\n got: %s\nwant: %s", again, got)
			}

			// Cleaning is idempotent: the clean body, read back as a
			// record's text with the fields found, comes out unchanged.
			rec := &isnad.Document{Format: isnad.FormatJSON, Raw: []byte(doc.Body), Title: doc.Title,
				Outlet: doc.Outlet, Publisher: doc.Publisher, Author: doc.Author, Published: doc.Published}
			if err := stage.Process(context.Background(), rec); err != nil {
				t.Fatalf("Process(body): %v", err)
			}
			if rec.Body != doc.Body {
				t.Errorf("cleaning the body again changed it:\n got: %+q\nwant: %+q", rec.Body, doc.Body)
			}
		})
	}
}
