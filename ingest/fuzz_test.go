package ingest

import (
	"context"
	"encoding/json"
	"errors"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"

	"github.com/isnad-news/isnad"
)

// readBytes runs data through the reader as if read from a file called name.
func readBytes(name string, data []byte) (docs []*isnad.Document, errs []error) {
	r := NewReader(Options{})
	e := &emitter{ctx: context.Background(), yield: func(d *isnad.Document, err error) bool {
		if err != nil {
			errs = append(errs, err)
		} else {
			docs = append(docs, d)
		}
		return true
	}}
	ext := ""
	for i := len(name) - 1; i >= 0 && name[i] != '/'; i-- {
		if name[i] == '.' {
			ext = name[i:]
			break
		}
	}
	r.process(e, &source{name: name, ext: ext, data: data})
	return docs, errs
}

// checkOutput asserts the properties every read must have: documents with
// valid UTF-8 fields and a Source, and errors that are *InputErrors naming
// the input.
func checkOutput(t *testing.T, name string, docs []*isnad.Document, errs []error) {
	t.Helper()
	for _, err := range errs {
		ie, ok := errors.AsType[*InputError](err)
		if !ok || ie.Input != name || ie.Err == nil {
			t.Fatalf("error %#v is not an *InputError for %q", err, name)
		}
	}
	for _, d := range docs {
		fields := []string{d.Source, d.URL, d.Title, d.Outlet, d.Publisher, d.Author, string(d.Raw)}
		for k, v := range d.Meta {
			fields = append(fields, k, v)
		}
		for _, p := range d.Problems {
			fields = append(fields, p.Message)
		}
		for _, f := range fields {
			if !utf8.ValidString(f) {
				t.Fatalf("%s: invalid UTF-8 %+q", d.Source, f)
			}
		}
		if d.Source == "" || d.Format == "" || len(d.Raw) == 0 {
			t.Fatalf("document without Source, Format or Raw: %+v", d)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(article), "")
	f.Add(mustEncode(f, charmap.Windows1256, article), "")
	f.Add(mustEncode(f, charmap.ISO8859_6, article), "")
	f.Add(mustEncode(f, charmap.Windows1256, `<meta charset="windows-1256">`+sentence1), "windows-1256")
	f.Add(utf16Bytes(f, xunicode.BigEndian, sentence2), "")
	f.Add([]byte("caf\xe9"), "iso-8859-1")
	f.Add([]byte("\xEF\xBB\xBF \n"), "utf-8")
	f.Fuzz(func(t *testing.T, data []byte, declared string) {
		text, enc, err := decode(data, declared)
		if err != nil {
			if !errors.Is(err, ErrBinary) && !errors.Is(err, ErrEncoding) && !errors.Is(err, ErrEmpty) {
				t.Fatalf("error %v wraps no sentinel", err)
			}
			if text != nil || enc != "" {
				t.Fatalf("error with output %+q, %q", text, enc)
			}
			return
		}
		if !utf8.Valid(text) {
			t.Fatalf("invalid UTF-8 output %+q", text)
		}
		if utf8.Valid(data) && enc != "" {
			t.Fatalf("valid UTF-8 decoded as %q", enc)
		}
		again, enc2, err := decode(data, declared)
		if err != nil || string(again) != string(text) || enc2 != enc {
			t.Fatalf("decode is not deterministic")
		}
	})
}

func FuzzFeed(f *testing.F) {
	f.Add([]byte(testRSS))
	f.Add([]byte(testAtom))
	f.Add(mustEncode(f, charmap.Windows1256, testRSS))
	f.Add([]byte(`<rss version="2.0"><channel><item><title>&#xD800;</title><description>&#0;</description></item></channel></rss>`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><source><title>س</title></source></entry></feed>`))
	f.Add([]byte(`<?xml version="1.0" encoding="utf-16"?><rss><channel><item><title>t</title></item></channel></rss>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, errs := readBytes("f.xml", data)
		checkOutput(t, "f.xml", docs, errs)
		for _, d := range docs {
			if d.Format != isnad.FormatFeedItem {
				t.Fatalf("format %q", d.Format)
			}
		}
	})
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"title":"عنوان","text":"` + sentence1 + `","outlet":"صحيفة","date":"2023-09-06","url":"u","section":"محليات","n":1}` + "\n\nnot json\n[1]\n{\"title\":\"x\"}\n"))
	f.Add([]byte(`{"text":"\ud800\u0000","date":"٢٠٢٣/٠٩/٠٦","x":{"y":[1,2]}}`))
	f.Add(mustEncode(f, charmap.Windows1256, `{"text":"`+sentence2+`"}`))
	f.Add([]byte(`{"text":"a","\xff":"\xfe"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, errs := readBytes("r.jsonl", data)
		checkOutput(t, "r.jsonl", docs, errs)
		for _, err := range errs {
			if ie, _ := errors.AsType[*InputError](err); ie.Line < 0 {
				t.Fatalf("negative line in %v", err)
			}
		}
		for _, d := range docs {
			if d.Format != isnad.FormatJSON {
				t.Fatalf("format %q", d.Format)
			}
		}
	})
}

// FuzzJSONString checks jsonString against encoding/json.
func FuzzJSONString(f *testing.F) {
	for _, s := range []string{`"نص"`, `"a\nb\"c\\d\/e\u0041\u00e9"`, `"\ud83d\ude00"`, `"\ud800"`, `"\ud800\u0041"`, `"\udc00\ud800"`, `"\u"`, `12`, `"\q"`, `"\ud800\ud800"`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		if !json.Valid(raw) {
			return
		}
		var want string
		wantErr := json.Unmarshal(raw, &want)
		got, ok := jsonString(raw)
		if ok != (wantErr == nil) || got != want {
			t.Fatalf("jsonString(%q) = %+q, %v; json.Unmarshal gives %+q, %v", raw, got, ok, want, wantErr)
		}
	})
}
