package extract

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"testing"
	"unicode/utf8"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/ingest"
)

// corpusGolden is the golden file of TestCorpusGolden.
const corpusGolden = "testdata/corpus.golden"

// corpusEntry is what the corpus golden file records of one document: the
// metadata fields and the start of the body.
type corpusEntry struct {
	Source    string     `json:"source"`
	Format    string     `json:"format"`
	Title     string     `json:"title"`
	Outlet    string     `json:"outlet"`
	Publisher string     `json:"publisher"`
	Author    string     `json:"author"`
	Published isnad.Date `json:"published"`
	// Body is the body's first 200 bytes, cut back to a rune boundary.
	Body     string   `json:"body"`
	Problems []string `json:"problems,omitempty"`
}

// TestCorpusGolden reads the project's sample corpus (testdata/corpus,
// embedded as isnad.SampleCorpus) with the ingest package, as the demo does,
// runs the stage on every document and compares the fields with
// testdata/corpus.golden. Every field there was checked by hand against the
// corpus files and testdata/corpus/README.md; after a deliberate change run
// `go test ./extract -run TestCorpusGolden -update` and review the diff.
func TestCorpusGolden(t *testing.T) {
	ctx := context.Background()
	stage := New(Options{})
	var entries []corpusEntry
	for doc, err := range ingest.NewReader(ingest.Options{}).FS(ctx, isnad.SampleCorpus(), ".") {
		if err != nil {
			t.Fatalf("ingest: %v", err)
		}
		if err := stage.Process(ctx, doc); err != nil {
			t.Fatalf("%s: Process: %v", doc.Source, err)
		}
		e := corpusEntry{
			Source: doc.Source, Format: string(doc.Format), Title: doc.Title, Outlet: doc.Outlet,
			Publisher: doc.Publisher, Author: doc.Author, Published: doc.Published, Body: bodyStart(doc.Body, 200),
		}
		for _, p := range doc.Problems {
			e.Problems = append(e.Problems, p.Stage+": "+p.Message)
		}
		entries = append(entries, e)
	}
	if len(entries) != 11 {
		t.Errorf("read %d documents from the sample corpus, want 11", len(entries))
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(entries); err != nil {
		t.Fatal(err)
	}
	got := b.Bytes()
	if *update {
		if err := os.WriteFile(corpusGolden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(corpusGolden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if bytes.Equal(got, want) {
		return
	}
	var wantEntries []corpusEntry
	if err := json.Unmarshal(want, &wantEntries); err != nil {
		t.Fatalf("%s: %v", corpusGolden, err)
	}
	if len(wantEntries) != len(entries) {
		t.Fatalf("%d documents, %s has %d", len(entries), corpusGolden, len(wantEntries))
	}
	for i, g := range entries {
		w := wantEntries[i]
		for _, f := range []struct{ field, got, want string }{
			{"source", g.Source, w.Source},
			{"title", g.Title, w.Title},
			{"outlet", g.Outlet, w.Outlet},
			{"publisher", g.Publisher, w.Publisher},
			{"author", g.Author, w.Author},
			{"published", g.Published.String(), w.Published.String()},
			{"body", g.Body, w.Body},
		} {
			if f.got != f.want {
				t.Errorf("%s: %s = %+q, want %+q", g.Source, f.field, f.got, f.want)
			}
		}
	}
	if !t.Failed() {
		t.Errorf("output differs from %s (problems or layout):\n%s", corpusGolden, got)
	}
}

// bodyStart returns the first n bytes of s, cut back to a rune boundary.
func bodyStart(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
