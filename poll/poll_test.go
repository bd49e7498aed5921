package poll

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/isnad-news/isnad"
)

// item is one feed item of the test feeds.
type item struct{ title, desc string }

// items are the test feeds' items, written for these tests.
var items = []item{
	{"أمطار غزيرة تغمر شوارع مدينة طنطا", "شهدت مدينة طنطا صباح الثلاثاء أمطارًا غزيرة استمرت ثلاث ساعات، وأعلنت المحافظة رفع حالة الطوارئ في الأحياء المنخفضة."},
	{"الأرصاد تتوقع انخفاض درجات الحرارة نهاية الأسبوع", "قالت هيئة الأرصاد إن درجات الحرارة ستنخفض أربع درجات يوم الجمعة، مع فرص لأمطار خفيفة على السواحل الشمالية."},
	{"فوز نادي الاتحاد على الوحدة بهدفين دون رد", "حقق نادي الاتحاد فوزًا مستحقًا على ضيفه الوحدة بهدفين سجلهما مهاجمه في الشوط الثاني أمام نحو عشرين ألف متفرج."},
	{"افتتاح مكتبة عامة جديدة في صفاقس", "افتتحت بلدية صفاقس مكتبة عامة تضم أكثر من خمسة عشر ألف كتاب، وتفتح أبوابها يوميًا من التاسعة صباحًا حتى السابعة مساءً."},
}

func rssFeed(its []item) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>نشرة المدينة</title><link>https://example.org/</link><description>أخبار محلية</description>
`)
	for i, it := range its {
		fmt.Fprintf(&b, "<item><title>%s</title><link>https://example.org/news/%d</link><description>%s</description><pubDate>Tue, 0%d Mar 2026 08:00:00 +0300</pubDate></item>\n",
			html.EscapeString(it.title), i+1, html.EscapeString(it.desc), i+1)
	}
	b.WriteString("</channel></rss>\n")
	return b.String()
}

func atomFeed(its []item) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>جريدة الملاعب</title><id>urn:example:feed</id><updated>2026-03-04T08:00:00Z</updated>
`)
	for i, it := range its {
		fmt.Fprintf(&b, "<entry><title>%s</title><id>urn:example:%d</id><link href=\"https://example.org/a/%d\"/><updated>2026-03-0%dT08:00:00Z</updated><summary>%s</summary></entry>\n",
			html.EscapeString(it.title), i+1, i+1, i+1, html.EscapeString(it.desc))
	}
	b.WriteString("</feed>\n")
	return b.String()
}

// feedServer serves the test feeds. /rss and /atom serve the first n items;
// /broken answers 500, as does /rss while fail is set; /slow answers only
// when the client gives up.
type feedServer struct {
	*httptest.Server
	n    atomic.Int32
	fail atomic.Bool
	hits atomic.Int32
}

func newFeedServer(t *testing.T) *feedServer {
	t.Helper()
	s := &feedServer{}
	s.n.Store(int32(len(items)))
	write := func(w http.ResponseWriter, contentType, body string) {
		w.Header().Set("Content-Type", contentType)
		w.Write([]byte(body))
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/rss", func(w http.ResponseWriter, r *http.Request) {
		if s.fail.Load() {
			http.Error(w, "database down", http.StatusInternalServerError)
			return
		}
		write(w, "application/rss+xml", rssFeed(items[:s.n.Load()]))
	})
	mux.HandleFunc("/atom", func(w http.ResponseWriter, r *http.Request) {
		write(w, "application/atom+xml", atomFeed(items[:s.n.Load()]))
	})
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "database down", http.StatusInternalServerError)
	})
	mux.HandleFunc("/bad-xml", func(w http.ResponseWriter, r *http.Request) {
		write(w, "application/rss+xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>نشرة</title><item><title>أمطار`)
	})
	mux.HandleFunc("/empty-item", func(w http.ResponseWriter, r *http.Request) {
		write(w, "application/rss+xml", rssFeed([]item{items[0], {}, items[1]}))
	})
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		write(w, "text/html; charset=utf-8", `<!doctype html><html lang="ar"><head><title>الملعب البلدي</title></head><body><p>`+items[2].desc+`</p></body></html>`)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
	})
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.hits.Add(1)
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

// memSink is an in-memory store keyed by Document.Key: a test double for
// the sink.
type memSink struct {
	mu     sync.Mutex
	docs   map[string]*isnad.Document
	titles []string // in the order stored
	calls  int
	err    error
}

func newMemSink() *memSink { return &memSink{docs: make(map[string]*isnad.Document)} }

func (m *memSink) sink(ctx context.Context, feedURL string, docs []*isnad.Document) (int, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.calls++
	if m.err != nil {
		return 0, m.err
	}
	added := 0
	for _, d := range docs {
		k := d.Key()
		if _, ok := m.docs[k]; ok {
			continue
		}
		m.docs[k] = d
		m.titles = append(m.titles, d.Title)
		added++
	}
	return added, nil
}

func (m *memSink) setErr(err error) {
	m.mu.Lock()
	m.err = err
	m.mu.Unlock()
}

func testLogger(t *testing.T) *slog.Logger {
	return slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelDebug}))
}

func TestAdd(t *testing.T) {
	tests := []struct {
		name string
		url  string
		ok   bool
	}{
		{name: "http", url: "http://example.org/rss", ok: true},
		{name: "https with query", url: "https://example.org/feed?lang=ar", ok: true},
		{name: "upper-case scheme", url: "HTTPS://example.org/atom.xml", ok: true},
		{name: "ftp", url: "ftp://example.org/rss.xml"},
		{name: "mailto", url: "mailto:news@example.org"},
		{name: "relative path", url: "/rss.xml"},
		{name: "no scheme", url: "example.org/rss"},
		{name: "no host", url: "http:///rss"},
		{name: "empty", url: ""},
		{name: "unparsable", url: "http://example.org/%zz"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := New(newMemSink().sink, Options{})
			err := p.Add(tc.url)
			if tc.ok {
				if err != nil {
					t.Fatalf("Add(%q) = %v, want nil", tc.url, err)
				}
				st := p.Status()
				if len(st) != 1 || st[0].URL != tc.url || st[0].Added.IsZero() {
					t.Fatalf("Status() = %+v, want one feed %q with Added set", st, tc.url)
				}
				// Adding it again changes nothing.
				if err := p.Add(tc.url); err != nil {
					t.Fatalf("second Add(%q) = %v", tc.url, err)
				}
				if again := p.Status(); len(again) != 1 || again[0] != st[0] {
					t.Errorf("after second Add: Status() = %+v, want %+v", again, st)
				}
				return
			}
			if err == nil {
				t.Fatalf("Add(%q) = nil, want an error", tc.url)
			}
			if !strings.Contains(err.Error(), strconv.Quote(tc.url)) {
				t.Errorf("Add(%q) = %q, want an error naming the URL", tc.url, err)
			}
			if st := p.Status(); len(st) != 0 {
				t.Errorf("Status() = %+v, want no feeds", st)
			}
		})
	}
}

func TestRemove(t *testing.T) {
	srv := newFeedServer(t)
	p := New(newMemSink().sink, Options{Logger: testLogger(t)})
	rss, atom := srv.URL+"/rss", srv.URL+"/atom"
	for _, u := range []string{rss, atom} {
		if err := p.Add(u); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name string
		url  string
		want bool
		left []string
	}{
		{name: "present", url: rss, want: true, left: []string{atom}},
		{name: "already removed", url: rss, want: false, left: []string{atom}},
		{name: "never added", url: srv.URL + "/other", want: false, left: []string{atom}},
		{name: "last one", url: atom, want: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := p.Remove(tc.url); got != tc.want {
				t.Errorf("Remove(%q) = %v, want %v", tc.url, got, tc.want)
			}
			var left []string
			for _, st := range p.Status() {
				left = append(left, st.URL)
			}
			if fmt.Sprint(left) != fmt.Sprint(tc.left) {
				t.Errorf("feeds left = %v, want %v", left, tc.left)
			}
			if _, err := p.PollNow(t.Context(), tc.url); !errors.Is(err, ErrUnknownFeed) {
				t.Errorf("PollNow(%q) = %v, want ErrUnknownFeed", tc.url, err)
			}
		})
	}
}

func TestStatusSorted(t *testing.T) {
	p := New(newMemSink().sink, Options{})
	for _, u := range []string{"https://c.example/rss", "https://a.example/rss", "https://b.example/rss"} {
		if err := p.Add(u); err != nil {
			t.Fatal(err)
		}
	}
	st := p.Status()
	var got []string
	for _, s := range st {
		got = append(got, s.URL)
	}
	if want := "[https://a.example/rss https://b.example/rss https://c.example/rss]"; fmt.Sprint(got) != want {
		t.Errorf("Status() URLs = %v, want %s", got, want)
	}
	st[0].Fetches = 99 // a copy: changing it changes nothing
	if p.Status()[0].Fetches != 0 {
		t.Error("Status() returned shared state")
	}
}

// TestPollNow checks that items are counted as new once across polls.
func TestPollNow(t *testing.T) {
	tests := []struct {
		name     string
		path     string
		maxItems int
		polls    []int32 // items in the feed at each poll
		items    int     // Status.Items after the polls
		new      int     // Status.New after the polls
		titles   []string
		format   isnad.Format
		problem  string // in LastError
	}{
		{
			name: "rss", path: "/rss", polls: []int32{3, 3, 4}, items: 10, new: 4,
			titles: []string{items[0].title, items[1].title, items[2].title, items[3].title}, format: isnad.FormatFeedItem,
		},
		{
			name: "atom", path: "/atom", polls: []int32{2, 4}, items: 6, new: 4,
			titles: []string{items[0].title, items[1].title, items[2].title, items[3].title}, format: isnad.FormatFeedItem,
		},
		{
			name: "max items", path: "/rss", maxItems: 2, polls: []int32{4, 4}, items: 4, new: 2,
			titles: []string{items[0].title, items[1].title}, format: isnad.FormatFeedItem,
		},
		{
			name: "item without title or content", path: "/empty-item", polls: []int32{4}, items: 2, new: 2,
			titles: []string{items[0].title, items[1].title}, format: isnad.FormatFeedItem, problem: "#2: empty input",
		},
		{
			name: "html page instead of a feed", path: "/page", polls: []int32{4, 4}, items: 2, new: 1,
			titles: []string{""}, format: isnad.FormatHTML,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := newFeedServer(t)
			ms := newMemSink()
			p := New(ms.sink, Options{Interval: MinInterval, MaxItems: tc.maxItems, Logger: testLogger(t)})
			u := srv.URL + tc.path
			if err := p.Add(u); err != nil {
				t.Fatal(err)
			}
			var st Status
			for i, n := range tc.polls {
				srv.n.Store(n)
				before := time.Now()
				var err error
				st, err = p.PollNow(t.Context(), u)
				if err != nil {
					t.Fatalf("poll %d: %v", i+1, err)
				}
				if st.LastFetch.Before(before) || st.LastSuccess != st.LastFetch || st.Running {
					t.Errorf("poll %d: LastFetch %v, LastSuccess %v, Running %v", i+1, st.LastFetch, st.LastSuccess, st.Running)
				}
				if d := st.NextFetch.Sub(st.LastFetch); d < MinInterval || d > MinInterval+5*time.Second {
					t.Errorf("poll %d: NextFetch is %v after LastFetch, want %v", i+1, d, MinInterval)
				}
			}
			if st.Fetches != len(tc.polls) || st.Failures != 0 || st.Items != tc.items || st.New != tc.new {
				t.Errorf("Fetches %d, Failures %d, Items %d, New %d; want %d, 0, %d, %d",
					st.Fetches, st.Failures, st.Items, st.New, len(tc.polls), tc.items, tc.new)
			}
			if !strings.Contains(st.LastError, tc.problem) || (tc.problem == "") != (st.LastError == "") {
				t.Errorf("LastError = %q, want one containing %q", st.LastError, tc.problem)
			}
			if got := p.Status(); len(got) != 1 || got[0] != st {
				t.Errorf("Status() = %+v, want [%+v]", got, st)
			}
			if fmt.Sprintf("%+q", ms.titles) != fmt.Sprintf("%+q", tc.titles) {
				t.Errorf("stored titles %+q, want %+q", ms.titles, tc.titles)
			}
			for _, d := range ms.docs {
				if d.Format != tc.format {
					t.Errorf("stored %s document %+q, want format %s", d.Format, d.Title, tc.format)
				}
			}
		})
	}
}

// TestFailure checks that failed fetches are recorded, back off and
// recover.
func TestFailure(t *testing.T) {
	tests := []struct {
		name    string
		path    string
		sinkErr error
		want    string // in LastError
	}{
		{name: "HTTP 500", path: "/broken", want: "500 Internal Server Error"},
		{name: "not parseable", path: "/bad-xml", want: "invalid feed"},
		{name: "network", path: "/closed", want: "connection refused"},
		{name: "sink", path: "/rss", sinkErr: errors.New("disk full"), want: "sink: disk full"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := newFeedServer(t)
			u := srv.URL + tc.path
			if tc.path == "/closed" {
				closed := httptest.NewServer(http.NotFoundHandler())
				u = closed.URL + "/rss"
				closed.Close()
			}
			ms := newMemSink()
			ms.setErr(tc.sinkErr)
			p := New(ms.sink, Options{Interval: MinInterval, Logger: testLogger(t)})
			if err := p.Add(u); err != nil {
				t.Fatal(err)
			}
			// Interval×2, then Interval×4.
			for i, wait := range []time.Duration{2 * MinInterval, 4 * MinInterval} {
				st, err := p.PollNow(t.Context(), u)
				if err == nil || !strings.Contains(err.Error(), tc.want) {
					t.Fatalf("poll %d: error %v, want one containing %q", i+1, err, tc.want)
				}
				if st.LastError != err.Error() {
					t.Errorf("poll %d: LastError %q, want %q", i+1, st.LastError, err)
				}
				if st.Fetches != i+1 || st.Failures != i+1 || !st.LastSuccess.IsZero() {
					t.Errorf("poll %d: Fetches %d, Failures %d, LastSuccess %v", i+1, st.Fetches, st.Failures, st.LastSuccess)
				}
				if d := st.NextFetch.Sub(st.LastFetch); d < wait || d > wait+5*time.Second {
					t.Errorf("poll %d: NextFetch is %v after LastFetch, want %v", i+1, d, wait)
				}
			}
			if tc.path == "/broken" || tc.path == "/closed" || tc.path == "/bad-xml" {
				return
			}
			// The sink recovers: the backoff is over.
			ms.setErr(nil)
			st, err := p.PollNow(t.Context(), u)
			if err != nil {
				t.Fatal(err)
			}
			if st.Failures != 2 || st.LastError != "" || st.LastSuccess != st.LastFetch || st.New != len(items) {
				t.Errorf("after recovery: %+v", st)
			}
			if d := st.NextFetch.Sub(st.LastFetch); d < MinInterval || d > MinInterval+5*time.Second {
				t.Errorf("after recovery: NextFetch is %v after LastFetch, want %v", d, MinInterval)
			}
		})
	}
}

func TestBackoff(t *testing.T) {
	tests := []struct {
		name     string
		interval time.Duration
		failures int
		want     time.Duration
	}{
		{name: "none", interval: time.Minute, failures: 0, want: time.Minute},
		{name: "one", interval: time.Minute, failures: 1, want: 2 * time.Minute},
		{name: "three", interval: time.Minute, failures: 3, want: 8 * time.Minute},
		{name: "capped", interval: time.Minute, failures: 9, want: MaxBackoff},
		{name: "many", interval: time.Minute, failures: 1000, want: MaxBackoff},
		{name: "interval above cap", interval: 24 * time.Hour, failures: 2, want: 24 * time.Hour},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := New(newMemSink().sink, Options{Interval: tc.interval})
			if got := p.backoff(tc.failures); got != tc.want {
				t.Errorf("backoff(%d) = %v, want %v", tc.failures, got, tc.want)
			}
		})
	}
}

func TestOptionsDefaults(t *testing.T) {
	tests := []struct {
		name     string
		opt      Options
		interval time.Duration
		maxItems int
	}{
		{name: "zero", interval: DefaultInterval, maxItems: DefaultMaxItems},
		{name: "below minimum", opt: Options{Interval: time.Second, MaxItems: 5}, interval: MinInterval, maxItems: 5},
		{name: "set", opt: Options{Interval: time.Hour, MaxItems: 50}, interval: time.Hour, maxItems: 50},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := New(newMemSink().sink, tc.opt)
			if p.interval != tc.interval || p.maxItems != tc.maxItems {
				t.Errorf("interval %v, maxItems %d; want %v, %d", p.interval, p.maxItems, tc.interval, tc.maxItems)
			}
		})
	}
}

// waitFor polls cond until it holds or d passes.
func waitFor(t *testing.T, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("after %v: %s", d, what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func statusOf(p *Poller, u string) Status {
	for _, st := range p.Status() {
		if st.URL == u {
			return st
		}
	}
	return Status{}
}

// startRun runs p.Run in a goroutine and returns a cancel function that
// checks that Run returns nil promptly.
func startRun(t *testing.T, p *Poller) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx) }()
	return func() {
		t.Helper()
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Run = %v, want nil", err)
			}
		case <-time.After(time.Second):
			t.Fatal("Run did not return within 1 s of cancel")
		}
	}
}

func TestRun(t *testing.T) {
	const interval = 100 * time.Millisecond
	tests := []struct {
		name string
		run  func(t *testing.T, srv *feedServer, p *Poller)
	}{
		{
			name: "fetches added feeds promptly and every interval",
			run: func(t *testing.T, srv *feedServer, p *Poller) {
				stop := startRun(t, p)
				time.Sleep(20 * time.Millisecond) // Run is asleep with no feeds
				good, bad := srv.URL+"/rss", srv.URL+"/broken"
				added := time.Now()
				if err := p.Add(good); err != nil {
					t.Fatal(err)
				}
				waitFor(t, time.Second, "new feed not fetched", func() bool { return statusOf(p, good).Fetches >= 1 })
				if err := p.Add(bad); err != nil {
					t.Fatal(err)
				}
				waitFor(t, 2*time.Second, "feeds not polled again", func() bool {
					return statusOf(p, good).Fetches >= 4 && statusOf(p, bad).Failures >= 1
				})
				stop()
				elapsed := time.Since(added)
				g := statusOf(p, good)
				if g.Failures != 0 || g.LastError != "" || g.New != len(items) || g.Items != g.Fetches*len(items) {
					t.Errorf("good feed: %+v", g)
				}
				// At most once per interval.
				if most := int(elapsed/interval) + 1; g.Fetches > most {
					t.Errorf("good feed fetched %d times in %v, want at most %d", g.Fetches, elapsed, most)
				}
				if b := statusOf(p, bad); b.Failures != b.Fetches || !strings.Contains(b.LastError, "500") {
					t.Errorf("bad feed: %+v", b)
				}
			},
		},
		{
			name: "second Run fails",
			run: func(t *testing.T, srv *feedServer, p *Poller) {
				stop := startRun(t, p)
				waitFor(t, time.Second, "Run not started", func() bool {
					p.mu.Lock()
					defer p.mu.Unlock()
					return p.running
				})
				if err := p.Run(t.Context()); err == nil {
					t.Error("second Run = nil, want an error")
				}
				stop()
			},
		},
		{
			name: "cancel during a fetch",
			run: func(t *testing.T, srv *feedServer, p *Poller) {
				slow := srv.URL + "/slow"
				if err := p.Add(slow); err != nil {
					t.Fatal(err)
				}
				stop := startRun(t, p)
				waitFor(t, time.Second, "fetch not started", func() bool { return statusOf(p, slow).Running })
				stop()
				if st := statusOf(p, slow); st.Running || st.Fetches != 0 || st.Failures != 0 || st.LastError != "" {
					t.Errorf("after cancel: %+v, want no fetch recorded", st)
				}
			},
		},
		{
			name: "removed feed is not fetched",
			run: func(t *testing.T, srv *feedServer, p *Poller) {
				u := srv.URL + "/rss"
				if err := p.Add(u); err != nil {
					t.Fatal(err)
				}
				stop := startRun(t, p)
				waitFor(t, time.Second, "feed not fetched", func() bool { return statusOf(p, u).Fetches >= 1 })
				p.Remove(u)
				time.Sleep(20 * time.Millisecond) // a fetch in progress ends
				hits := srv.hits.Load()
				time.Sleep(3 * interval)
				stop()
				if got := srv.hits.Load(); got != hits {
					t.Errorf("%d requests after Remove, want none", got-hits)
				}
			},
		},
		{
			name: "PollNow while running",
			run: func(t *testing.T, srv *feedServer, p *Poller) {
				u := srv.URL + "/atom"
				if err := p.Add(u); err != nil {
					t.Fatal(err)
				}
				stop := startRun(t, p)
				for range 5 {
					if _, err := p.PollNow(t.Context(), u); err != nil {
						t.Fatal(err)
					}
				}
				waitFor(t, 2*time.Second, "Run stopped polling after PollNow", func() bool { return statusOf(p, u).Fetches >= 7 })
				stop()
				if st := statusOf(p, u); st.New != len(items) || st.Failures != 0 {
					t.Errorf("%+v", st)
				}
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := newFeedServer(t)
			p := New(newMemSink().sink, Options{Client: &http.Client{}, Logger: testLogger(t)})
			p.interval = interval
			tc.run(t, srv, p)
		})
	}
}

// TestSlowServer checks that a server that does not answer gives an error
// once the client's timeout passes, rather than a hang.
func TestSlowServer(t *testing.T) {
	tests := []struct {
		name    string
		timeout time.Duration
	}{
		{name: "100 ms", timeout: 100 * time.Millisecond},
		{name: "300 ms", timeout: 300 * time.Millisecond},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := newFeedServer(t)
			p := New(newMemSink().sink, Options{Client: &http.Client{Timeout: tc.timeout}, Logger: testLogger(t)})
			u := srv.URL + "/slow"
			if err := p.Add(u); err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			st, err := p.PollNow(t.Context(), u)
			if took := time.Since(start); took > tc.timeout+2*time.Second {
				t.Errorf("PollNow took %v with a %v timeout", took, tc.timeout)
			}
			if err == nil || !strings.Contains(err.Error(), "Timeout") {
				t.Errorf("PollNow error = %v, want a timeout", err)
			}
			if st.Failures != 1 || st.LastError == "" || st.Running {
				t.Errorf("%+v", st)
			}
		})
	}
}

func TestPollNowCanceled(t *testing.T) {
	srv := newFeedServer(t)
	p := New(newMemSink().sink, Options{Client: &http.Client{}, Logger: testLogger(t)})
	u := srv.URL + "/slow"
	if err := p.Add(u); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 100*time.Millisecond)
	defer cancel()
	st, err := p.PollNow(ctx, u)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("PollNow = %v, want context.DeadlineExceeded", err)
	}
	if st.Fetches != 0 || st.Failures != 0 || st.Running {
		t.Errorf("%+v, want no fetch recorded", st)
	}
}

func TestStatusJSON(t *testing.T) {
	added := time.Date(2026, 3, 4, 8, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		st   Status
		want string
	}{
		{
			name: "never fetched",
			st:   Status{URL: "https://example.org/rss", Added: added},
			want: `{"url":"https://example.org/rss","added":"2026-03-04T08:00:00Z","fetches":0,"failures":0,"items":0,"new":0,"running":true}`,
		},
		{
			name: "failed",
			st: Status{URL: "https://example.org/rss", Added: added, LastFetch: added.Add(time.Minute),
				NextFetch: added.Add(3 * time.Minute), Fetches: 1, Failures: 1, LastError: "HTTP error: 500"},
			want: `{"url":"https://example.org/rss","added":"2026-03-04T08:00:00Z","last_fetch":"2026-03-04T08:01:00Z","next_fetch":"2026-03-04T08:03:00Z","fetches":1,"failures":1,"items":0,"new":0,"last_error":"HTTP error: 500","running":false}`,
		},
	}
	tests[0].st.Running = true
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.st)
			if err != nil {
				t.Fatal(err)
			}
			if string(b) != tc.want {
				t.Errorf("got  %s\nwant %s", b, tc.want)
			}
		})
	}
}
