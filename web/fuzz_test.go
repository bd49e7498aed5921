package web

import (
	"bytes"
	"context"
	"net/http/httptest"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/ingest"
)

// FuzzUpload feeds arbitrary bodies and content types to the upload reader:
// it never panics, and what it reads goes through ingest without panics.
func FuzzUpload(f *testing.F) {
	f.Add("application/json", `{"title":"عنوان","text":"نص"}`)
	f.Add("application/json", `[{"title":"أ"},{"text":"ب"}]`)
	f.Add("application/json", `[1, "x", null]`)
	f.Add("multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"../../a.txt\"\r\n\r\nنص\r\n--b--\r\n")
	f.Add("text/html", "<html><body><p>نص</p>")
	f.Add("application/rss+xml", "<rss><channel><item><title>")
	f.Add("", "")
	f.Add("text/plain; charset=windows-1256", "\xc7\xe1\xe4\xd5")
	r := ingest.NewReader(ingest.Options{MaxBytes: 1 << 16})
	f.Fuzz(func(t *testing.T, ctype, body string) {
		req := httptest.NewRequest("POST", "/api/articles?name=x.txt", strings.NewReader(body))
		if ctype != "" {
			req.Header.Set("Content-Type", ctype)
		}
		ups, err := readUploads(req)
		if err != nil {
			return
		}
		for _, u := range ups {
			if strings.ContainsAny(u.name, "/\\") {
				t.Errorf("upload name %q holds a path separator", u.name)
			}
			for d, err := range r.Bytes(context.Background(), u.name, u.contentType, u.data) {
				if err == nil && d == nil {
					t.Error("nil document without an error")
				}
			}
		}
	})
}

// FuzzHighlight marks arbitrary spans of arbitrary text: the page text,
// once tags are dropped and entities decoded, is the body with bidi
// controls shown as marks, and the markup is balanced.
func FuzzHighlight(f *testing.F) {
	f.Add("قال الوزير إن 300 مقاتل غادروا", 0, 5, 3, 20)
	f.Add("\u202eمقلوب\u202c <b>x</b>", 1, 4, 0, 100)
	f.Fuzz(func(t *testing.T, body string, a, b, c, d int) {
		if !utf8.ValidString(body) {
			return
		}
		ns := []note{
			{ID: "e1", Kind: "ent", Span: isnad.Span{Start: a, End: b}},
			{ID: "q1", Kind: "quote", Span: isnad.Span{Start: c, End: d}},
			{ID: "n1", Kind: "qty", Span: isnad.Span{Start: min(a, c), End: max(b, d)}},
		}
		// Spans the page gets come from notes(), which keeps only spans
		// inside the body on rune boundaries; do the same here.
		var keep []note
		for _, n := range ns {
			if inBody(body, n.Span) {
				keep = append(keep, n)
			}
		}
		sortNotes(keep)
		out := string(highlight(body, keep))
		if strings.Count(out, "<a ") != strings.Count(out, "</a>") || strings.Count(out, "<span") != strings.Count(out, "</span>") {
			t.Fatalf("unbalanced markup: %q", out)
		}
		var want bytes.Buffer
		for _, r := range body {
			if isBidiControl(r) {
				want.WriteString("⟦U+" + hex4(r) + "⟧")
				continue
			}
			if r == 0 {
				r = '\uFFFD' // html/template's escaper writes NUL so
			}
			want.WriteRune(r)
		}
		if got := stripTags(out); got != want.String() {
			t.Fatalf("text changed:\n got %+q\nwant %+q", got, want.String())
		}
	})
}

func hex4(r rune) string {
	const digits = "0123456789ABCDEF"
	return string([]byte{digits[r>>12&15], digits[r>>8&15], digits[r>>4&15], digits[r&15]})
}
