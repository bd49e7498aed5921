package main

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestServe starts isnad serve on a free port, reads and writes through
// the API, and stops it as Ctrl-C would.
func TestServe(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	if code, _, errs := run(t, "", "ingest", "-db", db, "../../testdata/corpus"); code != 0 {
		t.Fatalf("ingest: %s", errs)
	}
	pr, pw := io.Pipe()
	m := NewMain()
	m.Stdout, m.Stderr = pw, io.Discard
	m.Getenv = func(k string) string {
		if k == "ISNAD_TOKEN" {
			return "sesame"
		}
		return ""
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	exit := make(chan int, 1)
	feed := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		io.WriteString(w, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>موقع التجربة</title>
<item><title>افتتاح جسر جديد فوق نهر الصفصاف</title><link>https://example.org/a1</link><pubDate>Thu, 07 Sep 2023 09:00:00 GMT</pubDate>
<description>افتتحت البلدية صباح الخميس جسرا جديدا فوق نهر الصفصاف بطول 240 مترا، وقال رئيس البلدية إن الجسر سيختصر الطريق إلى الضفة الجنوبية.</description></item>
</channel></rss>`)
	}))
	defer feed.Close()
	go func() {
		exit <- m.Run(ctx, []string{"serve", "-db", db, "-addr", "127.0.0.1:0", "-feed", feed.URL + "/rss.xml", "-interval", "1m"})
		pw.Close()
	}()

	lines := bufio.NewScanner(pr)
	var base string
	for lines.Scan() {
		if m := regexp.MustCompile(`Open (http://\S+)/ in a browser`).FindStringSubmatch(lines.Text()); m != nil {
			base = m[1]
			break
		}
	}
	if base == "" {
		t.Fatal("serve printed no URL")
	}
	go io.Copy(io.Discard, pr)

	get := func(path string) (int, string) {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	// The 11 ingested articles, and perhaps already the feed's item.
	if code, body := get("/api/health"); code != 200 || !strings.Contains(body, `"articles":11,`) && !strings.Contains(body, `"articles":12,`) {
		t.Errorf("health: %d %s", code, body)
	}
	// The feed's item is fetched, analysed and stored.
	deadline := time.Now().Add(20 * time.Second)
	for {
		_, body := get("/api/feeds")
		if strings.Contains(body, `"new":1`) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the feed was not polled within 20 s: %s", body)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if code, body := get("/"); code != 200 || !strings.Contains(body, `dir="rtl"`) {
		t.Errorf("front page: %d", code)
	}
	if code, body := get("/healthz"); code != 200 || body != "ok\n" {
		t.Errorf("healthz: %d %q", code, body)
	}
	if code, body := get("/metrics"); code != 200 || !strings.Contains(body, `isnad_http_requests_total{code="200",method="GET"}`) || !strings.Contains(body, `isnad_articles_ingested_total{result="added"} 1`) {
		t.Errorf("metrics: %d\n%.300s", code, body)
	}
	req, _ := http.NewRequest("POST", base+"/api/articles", strings.NewReader(`{"title": "حريق في سوق البلدة", "outlet": "صحيفة التجربة", "text": "اندلع حريق في سوق البلدة القديم فجر اليوم وأتى على 12 محلا."}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer sesame")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 201 {
		t.Errorf("upload with the token from $ISNAD_TOKEN: %d", resp.StatusCode)
	}
	// The view is rebuilt in the background after a write.
	deadline = time.Now().Add(20 * time.Second)
	for {
		if _, body := get("/api/health"); strings.Contains(body, `"articles":13`) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the new article did not appear within 20 s")
		}
		time.Sleep(50 * time.Millisecond)
	}
	cancel()
	select {
	case code := <-exit:
		if code != 0 {
			t.Errorf("serve exited %d after shutdown", code)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop")
	}
}

func TestServeUsage(t *testing.T) {
	if code, _, errs := run(t, "", "serve", "-addr", "127.0.0.1:0", "extra"); code != 2 || !strings.Contains(errs, "unexpected arguments") {
		t.Errorf("extra argument: exit %d, %s", code, errs)
	}
	db := filepath.Join(t.TempDir(), "s.db")
	if code, _, errs := run(t, "", "serve", "-db", db, "-addr", "256.0.0.1:99999"); code != 1 || !strings.Contains(errs, "256.0.0.1:99999") {
		t.Errorf("bad address: exit %d, %s", code, errs)
	}
	if code, _, errs := run(t, "", "serve", "-db", db, "-addr", "127.0.0.1:0", "-feed", "ftp://x"); code != 1 || !strings.Contains(errs, "ftp://x") {
		t.Errorf("bad feed: exit %d, %s", code, errs)
	}
}

// TestDemo runs the demo without serving it.
func TestDemo(t *testing.T) {
	code, out, errs := run(t, "", "demo", "-serve=false")
	if code != 0 {
		t.Fatalf("demo: exit %d, %s", code, errs)
	}
	for _, want := range []string{"read 11 articles", "Stories", "$ isnad search"} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q", want)
		}
	}
}
