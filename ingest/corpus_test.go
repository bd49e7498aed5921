package ingest

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/isnad-news/isnad"
)

// corpusDocs lists what the sample corpus (testdata/corpus, see its README)
// must read as, in walk order.
var corpusDocs = []struct {
	source    string // relative to the corpus directory
	format    isnad.Format
	encoding  string
	outlet    string // set by ingest for feeds and JSON Lines only
	publisher string
	published string
	contains  string // Raw must contain this
}{
	{source: "ferry-manara.txt", format: isnad.FormatText, contains: "312 راكبا"},
	{source: "ferry-masar-persian.txt", format: isnad.FormatText, contains: "ثلاثمائة نازح على متن عبّارة"},
	{source: "ferry-nabd-repost.txt", format: isnad.FormatText, contains: "المصدر: وكالة الوادي للأنباء"},
	{source: "ferry-sharfa.html", format: isnad.FormatHTML, contains: `<meta property="article:published_time" content="2023-09-06T18:40:00+03:00">`},
	{source: "ferry-wadi.txt", format: isnad.FormatText, contains: "2023-09-06 10:15:00"},
	{source: "flood-mizan-cp1256.txt", format: isnad.FormatText, encoding: "windows-1256", contains: "اجتاحت السيول بلدة عين الغزلان في وادي السدر فجر يوم أمس الجمعة"},
	{source: "flood-records.jsonl#1", format: isnad.FormatJSON, outlet: "الشرفة نيوز", published: "2023-09-16", contains: "340 عائلة"},
	{source: "flood-records.jsonl#2", format: isnad.FormatJSON, outlet: "صحيفة المنارة الجديدة", published: "2023-09-17", contains: "11 قتيلا"},
	{source: "flood-sada.html", format: isnad.FormatHTML, contains: "كتب: نور الهدى الزبيدي"},
	{source: "ufuq-feed.xml#1", format: isnad.FormatFeedItem, outlet: "قناة الأفق الإخبارية", published: "2023-09-06", contains: "نحو 350 شخصا"},
	{source: "ufuq-feed.xml#2", format: isnad.FormatFeedItem, outlet: "وكالة الوادي للأنباء", publisher: "قناة الأفق الإخبارية", published: "2023-09-15", contains: "سبعة أشخاص"},
}

func TestCorpus(t *testing.T) {
	dir := filepath.Join("..", "testdata", "corpus")
	docs, errs := collect(t, NewReader(Options{}), dir)
	checkCorpus(t, docs, errs, func(s string) string { return filepath.Join(dir, s) })
}

func TestCorpusEmbedded(t *testing.T) {
	var docs []*isnad.Document
	var errs []error
	for doc, err := range NewReader(Options{}).FS(context.Background(), isnad.SampleCorpus(), ".") {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		docs = append(docs, doc)
	}
	checkCorpus(t, docs, errs, func(s string) string { return s })
}

func checkCorpus(t *testing.T, docs []*isnad.Document, errs []error, source func(string) string) {
	t.Helper()
	for _, err := range errs {
		t.Errorf("error: %v", err)
	}
	if len(docs) != len(corpusDocs) {
		for _, d := range docs {
			t.Logf("read %s", d.Source)
		}
		t.Fatalf("read %d documents, want %d", len(docs), len(corpusDocs))
	}
	for i, w := range corpusDocs {
		d := docs[i]
		t.Run(w.source, func(t *testing.T) {
			if d.Source != source(w.source) || d.Format != w.format {
				t.Errorf("Source, Format = %q, %q; want %q, %q", d.Source, d.Format, source(w.source), w.format)
			}
			if d.Meta["encoding"] != w.encoding {
				t.Errorf("Meta[encoding] = %q, want %q", d.Meta["encoding"], w.encoding)
			}
			if d.Outlet != w.outlet || d.Publisher != w.publisher || d.Published.String() != w.published {
				t.Errorf("Outlet, Publisher, Published = %+q, %+q, %q; want %+q, %+q, %q",
					d.Outlet, d.Publisher, d.Published, w.outlet, w.publisher, w.published)
			}
			if !utf8.Valid(d.Raw) || !strings.Contains(string(d.Raw), w.contains) {
				t.Errorf("Raw does not contain %+q", w.contains)
			}
			if len(d.Problems) > 0 {
				t.Errorf("problems: %+v", d.Problems)
			}
		})
	}

	// The Persian-letter article keeps its letters; ingest does not normalize.
	if raw := string(docs[1].Raw); !strings.ContainsRune(raw, 'ی') || !strings.ContainsRune(raw, 'ک') || strings.ContainsRune(raw, 'ي') {
		t.Errorf("%s: want Persian ی and ک and no Arabic ي", docs[1].Source)
	}
	// The Windows-1256 article decodes to Arabic text that is mostly
	// Arabic letters, with the quotes and the comma of Windows-1256.
	raw := string(docs[5].Raw)
	arabic := 0
	for _, r := range raw {
		if r >= 0x0621 && r <= 0x064A {
			arabic++
		}
	}
	if arabic < utf8.RuneCountInString(raw)/2 || !strings.Contains(raw, "«فرق الإنقاذ") || !strings.Contains(raw, "الجمعة، بعد") {
		t.Errorf("%s decodes badly (%d Arabic letters):\n%s", docs[5].Source, arabic, raw)
	}
	// JSON Lines extras go to Meta.
	if docs[6].Meta["section"] != "محليات" || docs[7].Author != "سلمى العبيدي" {
		t.Errorf("JSON Lines: Meta %v, Author %+q", docs[6].Meta, docs[7].Author)
	}
}
