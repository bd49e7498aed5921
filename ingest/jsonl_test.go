package ingest

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"github.com/isnad-news/isnad"
)

func TestJSONL(t *testing.T) {
	lines := []string{
		`{"title":"افتتاح الجسر","text":"` + sentence1 + `","outlet":"صحيفة المدينة","publisher":"موقع المجمع","author":"سلمى الراوي","date":"2023-09-06","url":"https://example.org/1","section":"محليات","tags":["نقل", "بلدية"],"words":212}`,
		``,
		`   `,
		`not json at all`,
		`["an", "array"]`,
		`{"title":"بلا نص"}`,
		`{"text":"` + sentence2 + `","date":"2023/09/07","outlet":null}`,
		`{"text":"نص","date":"2023-09-07T01:30:00+03:00"}`,
		`{"text":"نص","date":"أمس"}`,
		`{"text":"نص","title":42}`,
		`{"text":"","title":"فارغ"}`,
		`{"text":"نص"} trailing`,
	}
	path := writeFile(t, "r.jsonl", strings.Join(lines, "\r\n"))
	docs, errs := collect(t, NewReader(Options{}), path)

	dir := filepath.Dir(path)
	var msgs []string
	for _, err := range errs {
		ie, ok := errors.AsType[*InputError](err)
		if !ok || !errors.Is(err, ErrJSON) || ie.Line == 0 {
			t.Errorf("error %v: want an *InputError with a line wrapping ErrJSON", err)
		}
		msgs = append(msgs, strings.ReplaceAll(err.Error(), dir, "DIR"))
	}
	wantMsgs := []string{
		"ingest DIR/r.jsonl:4: invalid JSON: invalid character 'o' in literal null (expecting 'u')",
		"ingest DIR/r.jsonl:5: invalid JSON: an array, not an object",
		`ingest DIR/r.jsonl:6: invalid JSON: no "text" field (nor body, content, article)`,
		`ingest DIR/r.jsonl:11: invalid JSON: "text" is empty`,
		"ingest DIR/r.jsonl:12: invalid JSON: invalid character 't' after top-level value",
	}
	if strings.Join(msgs, "\n") != strings.Join(wantMsgs, "\n") {
		t.Errorf("errors\n got %q\nwant %q", msgs, wantMsgs)
	}

	type want struct {
		line                                                  string
		title, outlet, publisher, author, url, published, raw string
		meta                                                  map[string]string
		problems                                              int
	}
	wants := []want{
		{line: "1", title: "افتتاح الجسر", outlet: "صحيفة المدينة", publisher: "موقع المجمع", author: "سلمى الراوي",
			url: "https://example.org/1", published: "2023-09-06", raw: sentence1,
			meta: map[string]string{"section": "محليات", "tags": `["نقل","بلدية"]`, "words": "212"}},
		{line: "7", published: "2023-09-07", raw: sentence2},
		{line: "8", published: "2023-09-07", raw: "نص"},
		{line: "9", raw: "نص", meta: map[string]string{"date": "أمس"}, problems: 1},
		{line: "10", raw: "نص", problems: 1},
	}
	if len(docs) != len(wants) {
		t.Fatalf("got %d docs, want %d", len(docs), len(wants))
	}
	for i, w := range wants {
		d := docs[i]
		got := want{line: strings.TrimPrefix(d.Source, path+"#"), title: d.Title, outlet: d.Outlet, publisher: d.Publisher,
			author: d.Author, url: d.URL, published: d.Published.String(), raw: string(d.Raw), meta: d.Meta, problems: len(d.Problems)}
		if d.Format != isnad.FormatJSON || got.line != w.line || got.title != w.title || got.outlet != w.outlet ||
			got.publisher != w.publisher || got.author != w.author || got.url != w.url || got.published != w.published ||
			got.raw != w.raw || !equalWant(got.meta, w.meta) || got.problems != w.problems {
			t.Errorf("doc %d:\n got %+v\nwant %+v", i, got, w)
		}
		for _, p := range d.Problems {
			if p.Stage != "ingest" {
				t.Errorf("doc %d: problem %+v not from ingest", i, p)
			}
		}
	}
}

func TestJSONLWindows1256(t *testing.T) {
	data := mustEncode(t, charmap.Windows1256, `{"title":"الجسر","text":"`+sentence1+`"}`+"\n")
	docs, errs := collect(t, NewReader(Options{}), filepath.Join(writeFiles(t, map[string][]byte{"a.ndjson": data}), "a.ndjson"))
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatalf("docs %d, errors %v", len(docs), errs)
	}
	if d := docs[0]; d.Title != "الجسر" || string(d.Raw) != sentence1 || d.Meta["encoding"] != "windows-1256" {
		t.Errorf("got Title %+q Raw %+q Meta %v", d.Title, d.Raw, d.Meta)
	}
}

func TestJSONLLongLine(t *testing.T) {
	long := strings.Repeat(sentence1+" ", 20000) // about 2.6 MB on one line
	docs, errs := collect(t, NewReader(Options{}), writeFile(t, "long.jsonl", `{"text":"`+long+`"}`))
	if len(errs) > 0 || len(docs) != 1 || len(docs[0].Raw) != len(long) {
		t.Fatalf("docs %d, errors %v", len(docs), errs)
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{name: "date", in: "2023-09-06", want: "2023-09-06"},
		{name: "one-digit month", in: "2023-9-6", want: "2023-09-06"},
		{name: "slashes", in: "2023/09/06", want: "2023-09-06"},
		{name: "rfc 3339", in: "2023-09-06T23:30:00+03:00", want: "2023-09-06"},
		{name: "rfc 3339 utc", in: "2023-09-06T23:30:00.123Z", want: "2023-09-06"},
		{name: "iso without zone", in: "2023-09-06T10:15:00", want: "2023-09-06"},
		{name: "space-separated", in: "2023-09-06 10:15:00", want: "2023-09-06"},
		{name: "arabic-indic digits", in: "٢٠٢٣-٠٩-٠٦", want: "2023-09-06"},
		{name: "persian digits", in: "۲۰۲۳/۰۹/۰۶", want: "2023-09-06"},
		{name: "not a day", in: "2023-02-30", want: ""},
		{name: "words", in: "أمس الجمعة", want: ""},
		{name: "empty", in: "", want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, ok := parseDate(tt.in)
			if d.String() != tt.want || ok != (tt.want != "") {
				t.Errorf("parseDate(%+q) = %q, %v; want %q", tt.in, d, ok, tt.want)
			}
		})
	}
}

// TestJSONLAliases reads records that name their fields as other tools do
// (body, headline, site, published, link).
func TestJSONLAliases(t *testing.T) {
	rec := `{"id": "a7", "headline": "عنوان", "body": "نص الخبر كاملا", "site": "صحيفة الضفة", "published": "2023-09-06", "link": "https://example.org/a7"}` + "\n"
	docs, errs := collect(t, NewReader(Options{}), writeFile(t, "other.jsonl", rec))
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatalf("docs %d, errors %v", len(docs), errs)
	}
	d := docs[0]
	if d.Title != "عنوان" || string(d.Raw) != "نص الخبر كاملا" || d.Outlet != "صحيفة الضفة" || d.Published.String() != "2023-09-06" ||
		d.URL != "https://example.org/a7" || d.Meta["id"] != "a7" || len(d.Meta) != 1 {
		t.Errorf("got Title %+q Raw %+q Outlet %+q Published %s URL %s Meta %v", d.Title, d.Raw, d.Outlet, d.Published, d.URL, d.Meta)
	}
}
