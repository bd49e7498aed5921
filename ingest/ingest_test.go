package ingest

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"

	"github.com/isnad-news/isnad"
)

// Test sentences written by the isnad authors for these tests.
const (
	sentence1 = "أعلنت بلدية المدينة صباح اليوم افتتاح الجسر الجديد فوق النهر بعد عامين من العمل، وقال رئيس البلدية إن الجسر سيخفف الازدحام في وسط المدينة."
	sentence2 = "وأضاف المتحدث أن الأعمال في الطريق الشرقي ستبدأ الشهر المقبل، وأن كلفة المشروع بلغت نحو عشرين مليون دولار."
	article   = sentence1 + "\n\n" + sentence2 + "\n"
)

// collect reads inputs and returns the documents and errors in order.
func collect(t testing.TB, r *Reader, inputs ...string) ([]*isnad.Document, []error) {
	t.Helper()
	var docs []*isnad.Document
	var errs []error
	for doc, err := range r.All(context.Background(), inputs...) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		docs = append(docs, doc)
	}
	return docs, errs
}

// writeFiles writes files (path → content) under a new temporary directory
// and returns it.
func writeFiles(t testing.TB, files map[string][]byte) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func mustEncode(t testing.TB, cm *charmap.Charmap, s string) []byte {
	t.Helper()
	b, err := cm.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode %+q: %v", s, err)
	}
	return b
}

func utf16Bytes(t testing.TB, order xunicode.Endianness, s string) []byte {
	t.Helper()
	b, err := xunicode.UTF16(order, xunicode.UseBOM).NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestAllSingleDocument(t *testing.T) {
	html := `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="windows-1256"><title>الجسر الجديد</title></head><body><p>` + sentence1 + `</p></body></html>`
	tests := []struct {
		name     string
		file     string
		data     []byte
		format   isnad.Format
		encoding string // Meta["encoding"]
		want     string // Raw must contain this
	}{
		{name: "utf-8 text", file: "a.txt", data: []byte(article), format: isnad.FormatText, want: sentence2},
		{name: "utf-8 with BOM", file: "a.txt", data: append([]byte{0xEF, 0xBB, 0xBF}, article...), format: isnad.FormatText, want: sentence1},
		{name: "utf-16le with BOM", file: "a.txt", data: utf16Bytes(t, xunicode.LittleEndian, article), format: isnad.FormatText, encoding: "utf-16le", want: sentence2},
		{name: "utf-16be with BOM", file: "a.txt", data: utf16Bytes(t, xunicode.BigEndian, article), format: isnad.FormatText, encoding: "utf-16be", want: sentence2},
		{name: "windows-1256", file: "a.txt", data: mustEncode(t, charmap.Windows1256, article), format: isnad.FormatText, encoding: "windows-1256", want: sentence1},
		{name: "iso-8859-6", file: "a.txt", data: mustEncode(t, charmap.ISO8859_6, article), format: isnad.FormatText, encoding: "iso-8859-6", want: sentence1},
		{name: "persian letters stay as they are", file: "a.txt", data: []byte("قال مسؤول یمنی إن الشرکة ستعود"), format: isnad.FormatText, want: "یمنی"},
		{name: "html by extension", file: "a.htm", data: []byte("<p>" + sentence1 + "</p>"), format: isnad.FormatHTML, want: sentence1},
		{name: "html meta charset windows-1256, relabelled", file: "a.html", data: mustEncode(t, charmap.Windows1256, html), format: isnad.FormatHTML, encoding: "windows-1256", want: `<meta charset="utf-8">`},
		{name: "html sniffed without extension", file: "page", data: []byte("\n<!doctype html><html><body>" + sentence1 + "</body></html>"), format: isnad.FormatHTML, want: sentence1},
		{name: "text sniffed without extension", file: "note", data: []byte(article), format: isnad.FormatText, want: sentence1},
		{name: "text starting with a brace", file: "note", data: []byte("{ملاحظة} " + article), format: isnad.FormatText, want: sentence1},
		{name: ".txt is text even when it looks like HTML", file: "a.txt", data: []byte("<html>" + sentence1), format: isnad.FormatText, want: "<html>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeFiles(t, map[string][]byte{tt.file: tt.data})
			path := filepath.Join(dir, tt.file)
			docs, errs := collect(t, NewReader(Options{}), path)
			if len(errs) > 0 || len(docs) != 1 {
				t.Fatalf("got %d docs, errors %v; want 1 doc", len(docs), errs)
			}
			doc := docs[0]
			if doc.Source != path || doc.Format != tt.format {
				t.Errorf("Source, Format = %q, %q; want %q, %q", doc.Source, doc.Format, path, tt.format)
			}
			if got := doc.Meta["encoding"]; got != tt.encoding {
				t.Errorf("Meta[encoding] = %q, want %q", got, tt.encoding)
			}
			if !utf8.Valid(doc.Raw) || bytes.HasPrefix(doc.Raw, []byte{0xEF, 0xBB, 0xBF}) {
				t.Errorf("Raw is not UTF-8 without BOM: %+q", doc.Raw)
			}
			if !bytes.Contains(doc.Raw, []byte(tt.want)) {
				t.Errorf("Raw = %+q\nwant it to contain %+q", doc.Raw, tt.want)
			}
		})
	}
}

func TestAllErrors(t *testing.T) {
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	tests := []struct {
		name string
		file string // "" → use input as given
		data []byte
		opts Options
		want error
		msg  string // the error message, with DIR for the directory
	}{
		{name: "png", file: "a.bin", data: png, want: ErrBinary,
			msg: "ingest DIR/a.bin: binary file (not text, HTML, feed or JSON Lines): PNG image"},
		{name: "NUL bytes", file: "a.txt", data: []byte("abc\x00def"), want: ErrBinary,
			msg: "ingest DIR/a.txt: binary file (not text, HTML, feed or JSON Lines): NUL byte at offset 3"},
		{name: "control bytes", file: "a.txt", data: []byte("a\x01\x02\x03\x04b\x05\x06"), want: ErrBinary,
			msg: "ingest DIR/a.txt: binary file (not text, HTML, feed or JSON Lines): 6 of 8 bytes are control characters"},
		{name: "latin-1 is not arabic", file: "a.txt", data: []byte("le caf\xe9 na\xefve de l'\xe9t\xe9"), want: ErrEncoding,
			msg: "ingest DIR/a.txt: unknown text encoding: invalid UTF-8 at byte 6, and not Windows-1256 or ISO-8859-6 Arabic text either"},
		{name: "truncated utf-8 after BOM", file: "a.txt", data: []byte("\xEF\xBB\xBFمرحبا \xD8"), want: ErrEncoding,
			msg: "ingest DIR/a.txt: unknown text encoding: invalid UTF-8 at byte 14 after a UTF-8 byte order mark"},
		{name: "zero bytes", file: "a.txt", data: []byte{}, want: ErrEmpty,
			msg: "ingest DIR/a.txt: empty input: 0 bytes"},
		{name: "white space", file: "a.txt", data: []byte(" \n\t\r\n "), want: ErrEmpty,
			msg: "ingest DIR/a.txt: empty input: only white space"},
		{name: "too large", file: "a.txt", data: []byte(article), opts: Options{MaxBytes: 10}, want: ErrTooLarge,
			msg: "ingest DIR/a.txt: input too large: more than 10 bytes (raise Options.MaxBytes to read it)"},
		{name: "broken feed", file: "a.xml", data: []byte("<rss><channel><item><title>x</item>"), want: ErrFeed,
			msg: "ingest DIR/a.xml: invalid feed: XML syntax error on line 1: unexpected EOF"},
		{name: "xml that is not a feed", file: "a.xml", data: []byte(`<?xml version="1.0"?><urlset></urlset>`), want: ErrFeed,
			msg: "ingest DIR/a.xml: invalid feed: failed to detect feed type"},
		{name: "feed without items", file: "a.rss", data: []byte(`<rss version="2.0"><channel><title>قناة</title></channel></rss>`), want: ErrEmpty,
			msg: "ingest DIR/a.rss: empty input: feed has no items"},
		{name: "json that is not JSON Lines", file: "a.json", data: []byte("{\n  \"text\": \"x\"\n}\n"), want: ErrFormat,
			msg: "ingest DIR/a.json: unsupported format: JSON that is not JSON Lines (want one object per line)"},
		{name: "missing file", file: "", data: nil, want: fs.ErrNotExist,
			msg: "ingest DIR/missing.txt: no such file or directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := map[string][]byte{}
			name := tt.file
			if name == "" {
				name = "missing.txt"
			} else {
				files[name] = tt.data
			}
			dir := writeFiles(t, files)
			docs, errs := collect(t, NewReader(tt.opts), filepath.Join(dir, name))
			if len(docs) != 0 || len(errs) != 1 {
				t.Fatalf("got %d docs and errors %v; want exactly one error", len(docs), errs)
			}
			err := errs[0]
			if !errors.Is(err, tt.want) {
				t.Errorf("error %v is not %v", err, tt.want)
			}
			if _, ok := errors.AsType[*InputError](err); !ok {
				t.Errorf("error %T is not an *InputError", err)
			}
			if got := strings.ReplaceAll(err.Error(), dir, "DIR"); got != tt.msg {
				t.Errorf("message\n got %+q\nwant %+q", got, tt.msg)
			}
		})
	}
}

func TestAllDirectory(t *testing.T) {
	dir := writeFiles(t, map[string][]byte{
		"b.txt":             []byte("ب " + sentence1),
		"a.txt":             []byte("أ " + sentence1),
		"sub/c.html":        []byte("<p>" + sentence2 + "</p>"),
		"sub/deeper/d.txt":  []byte("د " + sentence2),
		"sub/e":             []byte("هـ " + sentence2), // no extension: sniffed
		".hidden.txt":       []byte("hidden"),
		".git/config.txt":   []byte("hidden dir"),
		"sub/.cache/x.txt":  []byte("hidden dir"),
		"image.png":         []byte("\x89PNG\r\n\x1a\n\x00"),
		"README.md":         []byte("# not an article"),
		"archive.zip":       []byte("PK\x03\x04"),
		"sub/notes.go":      []byte("package x"),
		"z-records.jsonl":   []byte(`{"text":"` + sentence1 + `"}` + "\n"),
		"sub/deeper/e.html": []byte("<p>" + sentence2 + "</p>"),
	})
	if err := os.Symlink(filepath.Join(dir, "a.txt"), filepath.Join(dir, "link.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "sub"), filepath.Join(dir, "sub", "loop")); err != nil {
		t.Fatal(err)
	}
	docs, errs := collect(t, NewReader(Options{}), dir)
	if len(errs) > 0 {
		t.Fatalf("errors: %v", errs)
	}
	var got []string
	for _, d := range docs {
		rel, _ := filepath.Rel(dir, d.Source)
		got = append(got, filepath.ToSlash(rel))
	}
	want := []string{"a.txt", "b.txt", "link.txt", "sub/c.html", "sub/deeper/d.txt", "sub/deeper/e.html", "sub/e", "z-records.jsonl#1"}
	if !slices.Equal(got, want) {
		t.Errorf("sources\n got %q\nwant %q", got, want)
	}

	// A binary file named explicitly is read, and fails.
	_, errs = collect(t, NewReader(Options{}), filepath.Join(dir, "image.png"))
	if len(errs) != 1 || !errors.Is(errs[0], ErrBinary) {
		t.Errorf("explicit image.png: errors %v, want one ErrBinary", errs)
	}
}

func TestAllGoesOnAfterErrors(t *testing.T) {
	dir := writeFiles(t, map[string][]byte{
		"1.txt":   []byte(sentence1),
		"2.txt":   []byte("   "),
		"3.jsonl": []byte(`{"text":"أ"}` + "\n" + `not json` + "\n" + `{"text":"ب"}` + "\n"),
		"4.txt":   []byte(sentence2),
	})
	var seq []string
	for doc, err := range NewReader(Options{}).All(context.Background(), filepath.Join(dir, "missing"), dir) {
		if err != nil {
			seq = append(seq, "error")
			continue
		}
		seq = append(seq, filepath.Base(doc.Source))
	}
	want := []string{"error", "1.txt", "error", "3.jsonl#1", "error", "3.jsonl#3", "4.txt"}
	if !slices.Equal(seq, want) {
		t.Errorf("got %q, want %q", seq, want)
	}
}

func TestAllStdin(t *testing.T) {
	tests := []struct {
		name    string
		in      []byte
		format  isnad.Format
		sources []string
	}{
		{name: "text", in: []byte(article), format: isnad.FormatText, sources: []string{"-"}},
		{name: "html", in: []byte("<html><body><p>" + sentence1 + "</p></body></html>"), format: isnad.FormatHTML, sources: []string{"-"}},
		{name: "jsonl", in: []byte(`{"text":"أ","title":"ت"}` + "\n\n" + `{"text":"ب"}`), format: isnad.FormatJSON, sources: []string{"-#1", "-#3"}},
		{name: "rss", in: []byte(testRSS), format: isnad.FormatFeedItem, sources: []string{"-#1", "-#2"}},
		{name: "windows-1256 text", in: mustEncode(t, charmap.Windows1256, article), format: isnad.FormatText, sources: []string{"-"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := collect(t, NewReader(Options{Stdin: bytes.NewReader(tt.in)}), "-")
			if len(errs) > 0 {
				t.Fatalf("errors: %v", errs)
			}
			var sources []string
			for _, d := range docs {
				sources = append(sources, d.Source)
				if d.Format != tt.format {
					t.Errorf("%s: Format = %q, want %q", d.Source, d.Format, tt.format)
				}
			}
			if !slices.Equal(sources, tt.sources) {
				t.Errorf("sources = %q, want %q", sources, tt.sources)
			}
		})
	}
	_, errs := collect(t, NewReader(Options{Stdin: strings.NewReader("")}), "-")
	if len(errs) != 1 || errs[0].Error() != "ingest stdin: empty input: 0 bytes" {
		t.Errorf("empty stdin: errors %v", errs)
	}
}

func TestAllStops(t *testing.T) {
	dir := writeFiles(t, map[string][]byte{"a.txt": []byte(sentence1), "b.txt": []byte(sentence2), "c.txt": []byte(sentence1)})

	t.Run("consumer stops", func(t *testing.T) {
		n := 0
		for range NewReader(Options{}).All(context.Background(), dir, dir) {
			n++
			if n == 2 {
				break
			}
		}
		if n != 2 {
			t.Errorf("read %d, want 2", n)
		}
	})

	t.Run("context cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		var docs int
		var errs []error
		for _, err := range NewReader(Options{}).All(ctx, dir, dir) {
			if err != nil {
				errs = append(errs, err)
				continue
			}
			docs++
			cancel()
		}
		if docs != 1 || len(errs) != 1 || !errors.Is(errs[0], context.Canceled) {
			t.Errorf("got %d docs and errors %v; want 1 doc then context.Canceled", docs, errs)
		}
	})
}

func TestFS(t *testing.T) {
	fsys := fstest.MapFS{
		"news/b.txt":        {Data: []byte(sentence2)},
		"news/a.html":       {Data: []byte("<p>" + sentence1 + "</p>")},
		"news/.draft.txt":   {Data: []byte(sentence1)},
		"news/logo.png":     {Data: []byte("\x89PNG\r\n\x1a\n")},
		"news/feed/one.rss": {Data: []byte(testRSS)},
	}
	var got []string
	for doc, err := range NewReader(Options{}).FS(context.Background(), fsys, "news", "news/logo.png", "missing.txt", "./news/b.txt") {
		if err != nil {
			got = append(got, err.Error())
			continue
		}
		got = append(got, doc.Source+" "+string(doc.Format))
	}
	want := []string{
		"news/a.html html",
		"news/b.txt text",
		"news/feed/one.rss#1 feed-item",
		"news/feed/one.rss#2 feed-item",
		"ingest news/logo.png: binary file (not text, HTML, feed or JSON Lines): PNG image",
		"ingest missing.txt: file does not exist",
		"news/b.txt text",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
