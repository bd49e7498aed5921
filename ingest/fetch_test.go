package ingest

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"

	"github.com/isnad-news/isnad"
)

func TestFetch(t *testing.T) {
	page := `<html lang="ar"><head><title>الجسر</title></head><body><p>` + sentence1 + `</p></body></html>`
	mux := http.NewServeMux()
	serve := func(path, contentType string, body []byte) {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			if ua := r.Header.Get("User-Agent"); ua != UserAgent {
				http.Error(w, "bad user agent "+ua, http.StatusBadRequest)
				return
			}
			if contentType != "" {
				w.Header().Set("Content-Type", contentType)
			}
			w.Write(body)
		})
	}
	serve("/page", "text/html; charset=utf-8", []byte(page))
	serve("/page-1256", "text/html; charset=windows-1256", mustEncode(t, charmap.Windows1256, page))
	serve("/page-1256-sniffed", "text/html", mustEncode(t, charmap.Windows1256, page))
	serve("/feed", "application/rss+xml", []byte(testRSS))
	serve("/feed-as-text", "text/plain", []byte(testRSS))
	serve("/records.jsonl", "application/octet-stream", []byte(`{"text":"أ"}`+"\n"+`{"text":"ب"}`))
	serve("/plain", "text/plain; charset=utf-8", []byte(article))
	serve("/image", "image/png", []byte("\x89PNG\r\n\x1a\n\x00\x00"))
	serve("/big", "text/plain", []byte(strings.Repeat("أ", 100)))
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/page", http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	tests := []struct {
		name     string
		path     string
		opts     Options
		sources  []string // relative to the server URL
		format   isnad.Format
		url      string // doc.URL of the first document, relative to the server URL
		encoding string
		err      error
		msg      string // with URL for the server URL
	}{
		{name: "html", path: "/page", sources: []string{"/page"}, format: isnad.FormatHTML, url: "/page"},
		{name: "redirect sets the final URL", path: "/moved", sources: []string{"/moved"}, format: isnad.FormatHTML, url: "/page"},
		{name: "charset from Content-Type", path: "/page-1256", sources: []string{"/page-1256"}, format: isnad.FormatHTML, url: "/page-1256", encoding: "windows-1256"},
		{name: "charset sniffed", path: "/page-1256-sniffed", sources: []string{"/page-1256-sniffed"}, format: isnad.FormatHTML, url: "/page-1256-sniffed", encoding: "windows-1256"},
		{name: "feed", path: "/feed", sources: []string{"/feed#1", "/feed#2"}, format: isnad.FormatFeedItem, url: "https://example.org/news/1"},
		{name: "feed served as text", path: "/feed-as-text", sources: []string{"/feed-as-text#1", "/feed-as-text#2"}, format: isnad.FormatFeedItem, url: "https://example.org/news/1"},
		{name: "jsonl by URL extension", path: "/records.jsonl", sources: []string{"/records.jsonl#1", "/records.jsonl#2"}, format: isnad.FormatJSON},
		{name: "plain text", path: "/plain", sources: []string{"/plain"}, format: isnad.FormatText, url: "/plain"},
		{name: "404", path: "/missing", err: ErrHTTP, msg: "ingest URL/missing: HTTP error: 404 Not Found"},
		{name: "image", path: "/image", err: ErrBinary, msg: "ingest URL/image: binary file (not text, HTML, feed or JSON Lines): PNG image"},
		{name: "too large", path: "/big", opts: Options{MaxBytes: 100}, err: ErrTooLarge, msg: "ingest URL/big: input too large: more than 100 bytes (raise Options.MaxBytes to read it)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := tt.opts
			opts.Client = srv.Client()
			docs, errs := collect(t, NewReader(opts), srv.URL+tt.path)
			if tt.err != nil {
				if len(docs) != 0 || len(errs) != 1 || !errors.Is(errs[0], tt.err) {
					t.Fatalf("docs %d, errors %v; want one %v", len(docs), errs, tt.err)
				}
				if got := strings.ReplaceAll(errs[0].Error(), srv.URL, "URL"); got != tt.msg {
					t.Errorf("message\n got %q\nwant %q", got, tt.msg)
				}
				return
			}
			if len(errs) > 0 || len(docs) != len(tt.sources) {
				t.Fatalf("docs %d, errors %v; want %d docs", len(docs), errs, len(tt.sources))
			}
			for i, d := range docs {
				if d.Source != srv.URL+tt.sources[i] || d.Format != tt.format || d.Meta["encoding"] != tt.encoding {
					t.Errorf("doc %d: Source %q Format %q encoding %q", i, d.Source, d.Format, d.Meta["encoding"])
				}
			}
			wantURL := tt.url
			if strings.HasPrefix(wantURL, "/") {
				wantURL = srv.URL + wantURL
			}
			if docs[0].URL != wantURL {
				t.Errorf("URL = %q, want %q", docs[0].URL, wantURL)
			}
			if tt.format == isnad.FormatFeedItem && docs[0].Meta["feed_url"] != srv.URL+tt.path {
				t.Errorf("feed_url = %q", docs[0].Meta["feed_url"])
			}
			if tt.format == isnad.FormatHTML && !strings.Contains(string(docs[0].Raw), sentence1) {
				t.Errorf("Raw = %+q", docs[0].Raw)
			}
		})
	}
}

func TestFetchContext(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)

	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	var errs []error
	for _, err := range NewReader(Options{Client: srv.Client()}).All(ctx, srv.URL, srv.URL) {
		errs = append(errs, err)
	}
	if len(errs) != 1 || !errors.Is(errs[0], context.DeadlineExceeded) {
		t.Errorf("errors %v, want one context.DeadlineExceeded", errs)
	}
}

func TestFetchUnreachable(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	addr := srv.URL
	srv.Close() // nothing listens there now
	_, errs := collect(t, NewReader(Options{}), addr+"/a")
	if len(errs) != 1 {
		t.Fatalf("errors %v, want one", errs)
	}
	msg := strings.ReplaceAll(errs[0].Error(), addr, "URL")
	if !strings.HasPrefix(msg, "ingest URL/a: Get: dial tcp ") || !strings.HasSuffix(msg, "connection refused") {
		t.Errorf("message %q", msg)
	}
}
