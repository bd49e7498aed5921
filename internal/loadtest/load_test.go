package loadtest

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/isnad-news/isnad/internal/synth"
)

func size() (articles, requests int) {
	if os.Getenv("ISNAD_LOAD") == "full" {
		return 10000, 3000
	}
	return 2000, 600
}

// serve builds isnad, ingests a synthetic store and starts isnad serve on
// a free loopback port; it returns the base URL and the server's pid.
func serve(t *testing.T, articles int) (string, int) {
	t.Helper()
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go not on PATH: cannot build isnad")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "isnad")
	if out, err := exec.Command("go", "build", "-o", bin, "../../cmd/isnad").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	corpus := filepath.Join(dir, "corpus.jsonl")
	f, err := os.Create(corpus)
	if err != nil {
		t.Fatal(err)
	}
	if err := synth.WriteJSONL(f, 1, articles); err != nil {
		t.Fatal(err)
	}
	f.Close()
	db := filepath.Join(dir, "load.db")
	start := time.Now()
	if out, err := exec.Command(bin, "ingest", "-db", db, corpus).CombinedOutput(); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	t.Logf("ingested %d articles in %s", articles, time.Since(start).Round(time.Millisecond))

	cmd := exec.Command(bin, "serve", "-db", db, "-addr", "127.0.0.1:0")
	cmd.Env = append(os.Environ(), "ISNAD_TOKEN=load-test-token")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	start = time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	lines := bufio.NewScanner(out)
	for lines.Scan() {
		if m := regexp.MustCompile(`Open (http://\S+)/ in a browser`).FindStringSubmatch(lines.Text()); m != nil {
			t.Logf("server ready in %s (stories built)", time.Since(start).Round(time.Millisecond))
			go io.Copy(io.Discard, out)
			return m[1], cmd.Process.Pid
		}
	}
	t.Fatal("isnad serve printed no URL")
	return "", 0
}

// rss returns a process's resident memory in KiB.
func rss(pid int) int {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return -1
	}
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == "VmRSS:" {
			n, _ := strconv.Atoi(f[1])
			return n
		}
	}
	return -1
}

type result struct {
	kind string
	d    time.Duration
	err  error
}

func percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	slices.Sort(ds)
	return ds[min(len(ds)-1, int(float64(len(ds))*p))]
}

// TestLoad: front page, story pages, search and API under concurrent load,
// with slow clients holding connections and oversize uploads refused: no
// errors, p50/p99 per kind reported.
func TestLoad(t *testing.T) {
	articles, requests := size()
	base, pid := serve(t, articles)
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 64}}

	var ids struct {
		Stories []struct{ ID string } `json:"stories"`
	}
	resp, err := client.Get(base + "/api/stories?limit=500")
	if err != nil {
		t.Fatal(err)
	}
	json.NewDecoder(resp.Body).Decode(&ids)
	resp.Body.Close()
	if len(ids.Stories) < 50 {
		t.Fatalf("only %d stories", len(ids.Stories))
	}
	words := []string{"حلب", "بغداد", "انفجار", "الإسعاف", "فيضانات", "عائلة", "الدفاع المدني", "سوق", "المصابين", "التحقيق"}

	// Slow clients: connections that send a header line now and then and
	// never finish, held open through the load.
	stopSlow := make(chan struct{})
	var slowWG sync.WaitGroup
	u, _ := url.Parse(base)
	slowOpen := 0
	for range 200 {
		c, err := net.Dial("tcp", u.Host)
		if err != nil {
			continue
		}
		slowOpen++
		slowWG.Add(1)
		go func() {
			defer slowWG.Done()
			defer c.Close()
			fmt.Fprintf(c, "GET / HTTP/1.1\r\nHost: %s\r\n", u.Host)
			for {
				select {
				case <-stopSlow:
					return
				case <-time.After(time.Second):
					if _, err := fmt.Fprintf(c, "X-Slow: 1\r\n"); err != nil {
						return // the server cut it: that is the point
					}
				}
			}
		}()
	}

	kinds := []string{"front", "story", "search", "api-stories", "api-story", "article"}
	var art struct {
		Articles []struct{ ID string } `json:"articles"`
	}
	resp, err = client.Get(base + "/api/articles?limit=500")
	if err != nil {
		t.Fatal(err)
	}
	json.NewDecoder(resp.Body).Decode(&art)
	resp.Body.Close()

	jobs := make(chan int)
	results := make(chan result, requests)
	var wg sync.WaitGroup
	for w := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(w), 9))
			for i := range jobs {
				kind := kinds[i%len(kinds)]
				var target string
				switch kind {
				case "front":
					target = "/"
				case "story":
					target = "/stories/" + ids.Stories[r.IntN(len(ids.Stories))].ID
				case "search":
					target = "/search?q=" + url.QueryEscape(words[r.IntN(len(words))])
				case "api-stories":
					target = fmt.Sprintf("/api/stories?limit=20&offset=%d", r.IntN(200))
				case "api-story":
					target = "/api/stories/" + ids.Stories[r.IntN(len(ids.Stories))].ID
				case "article":
					target = "/articles/" + art.Articles[r.IntN(len(art.Articles))].ID
				}
				start := time.Now()
				resp, err := client.Get(base + target)
				if err == nil {
					_, err = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if err == nil && resp.StatusCode != 200 {
						err = fmt.Errorf("GET %s: %s", target, resp.Status)
					}
				}
				results <- result{kind, time.Since(start), err}
			}
		}()
	}
	start := time.Now()
	go func() {
		for i := range requests {
			jobs <- i
		}
		close(jobs)
	}()
	wg.Wait()
	took := time.Since(start)
	close(results)
	byKind := map[string][]time.Duration{}
	errs := 0
	for r := range results {
		if r.err != nil {
			errs++
			if errs <= 5 {
				t.Errorf("%s: %v", r.kind, r.err)
			}
			continue
		}
		byKind[r.kind] = append(byKind[r.kind], r.d)
	}
	t.Logf("%d articles, %d stories listed; %d requests by 16 clients in %s (%.0f req/s), %d errors; %d slow connections held open",
		articles, len(ids.Stories), requests, took.Round(time.Millisecond), float64(requests)/took.Seconds(), errs, slowOpen)
	for _, k := range kinds {
		ds := byKind[k]
		t.Logf("  %-12s n=%-4d p50 %-8s p99 %s", k, len(ds), percentile(ds, 0.50).Round(100*time.Microsecond), percentile(ds, 0.99).Round(100*time.Microsecond))
	}
	if errs > 0 {
		t.Errorf("%d of %d requests failed", errs, requests)
	}
	close(stopSlow)
	slowWG.Wait()

	// Oversize uploads are refused without exhausting the server: without
	// the token before the body is read, with it once 32 MiB are read.
	before := rss(pid)
	for _, tc := range []struct {
		name   string
		token  string
		status int
	}{
		{"no token", "", http.StatusUnauthorized},
		{"with the token", "load-test-token", http.StatusRequestEntityTooLarge},
	} {
		body := io.LimitReader(zeros{}, 100<<20)
		req, _ := http.NewRequestWithContext(context.Background(), "POST", base+"/api/articles?name=big.txt", body)
		req.Header.Set("Content-Type", "text/plain")
		if tc.token != "" {
			req.Header.Set("Authorization", "Bearer "+tc.token)
		}
		start := time.Now()
		resp, err := client.Do(req)
		if err != nil {
			// The server may close the connection once it has answered.
			t.Logf("%s: 100 MB upload: %v after %s", tc.name, err, time.Since(start).Round(time.Millisecond))
			continue
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tc.status {
			t.Errorf("%s: 100 MB upload: %s, want %d", tc.name, resp.Status, tc.status)
		}
		t.Logf("%s: 100 MB upload answered %d in %s", tc.name, resp.StatusCode, time.Since(start).Round(time.Millisecond))
	}
	after := rss(pid)
	t.Logf("server memory: %d MiB before the oversize uploads, %d MiB after", before/1024, after/1024)
	// A refused upload is read at most up to the 32 MiB body limit.
	if before > 0 && after-before > 256<<10 {
		t.Errorf("server memory grew by %d MiB over two refused 100 MB uploads", (after-before)/1024)
	}
	if resp, err := client.Get(base + "/api/health"); err != nil || resp.StatusCode != 200 {
		t.Errorf("server unhealthy after the load: %v", err)
	}
}

// zeros is an endless body of the letter a.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}
