package ingest

import (
	"context"
	"errors"
	"strings"
	"testing"
)

func TestBytes(t *testing.T) {
	rss := `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>موقع</title>
<item><title>أمطار في طنطا</title><description>هطلت أمطار غزيرة على طنطا صباح اليوم.</description></item>
<item><title>مباراة</title><description>فاز الفريق بهدفين.</description></item></channel></rss>`
	tests := []struct {
		name, file, ctype, data string
		docs                    int
		err                     error
	}{
		{"text by extension", "a.txt", "", "عنوان\n\nنص المقالة هنا.", 1, nil},
		{"html by content type", "upload", "text/html; charset=utf-8", "<html><head><title>عنوان</title></head><body><p>نص المقالة هنا في فقرة طويلة بما يكفي.</p></body></html>", 1, nil},
		{"feed by content type", "upload", "application/rss+xml", rss, 2, nil},
		{"feed by extension", "f.xml", "", rss, 2, nil},
		{"json lines", "r.jsonl", "", "{\"title\":\"أ\",\"text\":\"نص\"}\n{\"title\":\"ب\",\"text\":\"نص آخر\"}\n", 2, nil},
		{"empty", "e.txt", "", "   ", 0, ErrEmpty},
		{"too large", "big.txt", "", strings.Repeat("ب", 600), 0, ErrTooLarge},
	}
	r := NewReader(Options{MaxBytes: 1000})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n := 0
			var got error
			for d, err := range r.Bytes(context.Background(), tc.file, tc.ctype, []byte(tc.data)) {
				if err != nil {
					got = err
					continue
				}
				n++
				if !strings.HasPrefix(d.Source, tc.file) {
					t.Errorf("source %q, want it to start with %q", d.Source, tc.file)
				}
			}
			if n != tc.docs || !errors.Is(got, tc.err) && !(tc.err == nil && got == nil) {
				t.Errorf("%d documents, error %v; want %d, %v", n, got, tc.docs, tc.err)
			}
			if got != nil && !strings.Contains(got.Error(), tc.file) {
				t.Errorf("error %q does not name the input %q", got, tc.file)
			}
		})
	}
}

func TestFiles(t *testing.T) {
	got, err := Files("../testdata/corpus", "https://example.org/rss", "-")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 11 || got[9] != "https://example.org/rss" || got[10] != "-" {
		t.Fatalf("Files: %q", got)
	}
	for _, p := range got[:9] {
		if strings.HasSuffix(p, "README.md") {
			t.Errorf("README.md is not an article: %q", got)
		}
	}
	if _, err := Files("../testdata/no-such-dir"); err == nil || !strings.Contains(err.Error(), "no-such-dir") {
		t.Errorf("missing input: %v", err)
	}
}
