package extract

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/isnad-news/isnad"
)

// checkDoc asserts the properties every processed document has: a clean,
// non-empty UTF-8 body of tidy paragraphs, or an ErrEmpty error; fields in
// valid UTF-8; the same result on a second run.
func checkDoc(t *testing.T, format isnad.Format, raw []byte, limit time.Duration) {
	t.Helper()
	stage := New(Options{})
	doc := &isnad.Document{Format: format, Raw: raw}
	start := time.Now()
	err := stage.Process(context.Background(), doc)
	if d := time.Since(start); d > limit {
		t.Errorf("Process took %v on %d bytes", d, len(raw))
	}
	if err != nil {
		if !errors.Is(err, ErrEmpty) {
			t.Fatalf("Process: unexpected error %v", err)
		}
		if doc.Body != "" {
			t.Errorf("error %v with a body %+q", err, doc.Body)
		}
		return
	}
	if doc.Body == "" || !utf8.ValidString(doc.Body) {
		t.Fatalf("body %+q: empty or not valid UTF-8", doc.Body)
	}
	for _, p := range strings.Split(doc.Body, "\n\n") {
		if p == "" || p != tidy(p) {
			t.Errorf("paragraph not tidy: %+q", p)
		}
	}
	for _, f := range []string{doc.Title, doc.Outlet, doc.Publisher, doc.Author} {
		if !utf8.ValidString(f) || f != strings.TrimSpace(f) {
			t.Errorf("field %+q not valid UTF-8 or not trimmed", f)
		}
	}
	body, title := doc.Body, doc.Title
	if err := stage.Process(context.Background(), doc); err != nil || doc.Body != body || doc.Title != title {
		t.Errorf("second run differs (err %v)", err)
	}
}

func fuzzSeeds(f *testing.F, pattern string) {
	files, _ := filepath.Glob(pattern)
	for _, file := range files {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(b)
		}
	}
}

func FuzzText(f *testing.F) {
	fuzzSeeds(f, "testdata/text/*.txt")
	for _, s := range []string{
		"", "\n\n", "السابق\nالتالي", "اقرأ أيضا:\n", "| | |", "- - -", "2017-09-16 - المصدر:",
		"عنوان\nعنوان\nعنوان", "كتب: \nبقلم", "١٦/٩/٢٠١٧", "\xff\xfe\u200f\u00a0", "a | b – c\nd",
		"موقع || ||– نص", "نقلا عن", "31 شباط 2017\nنص.", strings.Repeat("كلمة ", 500),
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		checkDoc(t, isnad.FormatText, raw, 2*time.Second)
		checkDoc(t, isnad.FormatJSON, raw, 2*time.Second)
	})
}

func FuzzHTML(f *testing.F) {
	fuzzSeeds(f, "testdata/html/*.html")
	for _, s := range []string{
		"", "<p>", "<html><body><p>نص</p></body></html>", "<br><br><br>", "&lt;p&gt;نص&lt;/p&gt;",
		"<meta property=\"article:published_time\" content=\"31 شباط\">", "<time datetime=\"2017-13-01\">x</time>",
		strings.Repeat("<div>", 2000) + "نص" + strings.Repeat("</div>", 2000),
		"<script type=\"application/ld+json\">{\"datePublished\":\"2017-09-16\"}</script><p>نص الخبر.</p>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		checkDoc(t, isnad.FormatHTML, raw, 5*time.Second)
		checkDoc(t, isnad.FormatFeedItem, raw, 2*time.Second)
	})
}
