package web

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/desk"
	"github.com/isnad-news/isnad/ingest"
	"github.com/isnad-news/isnad/internal/stages"
	"github.com/isnad-news/isnad/poll"
	"github.com/isnad-news/isnad/store/sqlite"
)

// hostile is an article whose title and body carry markup, a script and
// bidi override characters; the pages must show all of it as inert text.
const hostile = `{"title": "<script>alert('عنوان')</script> خبر \u202eمقلوب\u202c عاجل", "outlet": "موقع <b>التجربة</b>", "published": "2023-09-18", "text": "قال مصدر <img src=x onerror=alert(1)> في البلدية إن 12 منزلا تضررت.\n\n<script>document.title='x'</script> وأضاف أن \u202eالنص المقلوب\u202c لا يغير شيئا."}`

type fixture struct {
	srv   *Server
	live  *desk.Live
	st    *sqlite.Store
	dir   string
	story string // the ferry story's id
	art   string // an article of it
	bad   string // the hostile article's id
}

var (
	fixOnce sync.Once
	fix     *fixture
	fixErr  error
)

// analyzer returns the full pipeline as an Analyzer.
func analyzer(t testing.TB) Analyzer {
	p, err := stages.Pipeline()
	if err != nil {
		t.Fatal(err)
	}
	return func(ctx context.Context, d *isnad.Document) error { return p.Run(ctx, d) }
}

// ingestFS analyses every document of fsys and stores them.
func ingestFS(ctx context.Context, st *sqlite.Store, analyze Analyzer, docs ...*isnad.Document) error {
	for _, d := range docs {
		if err := analyze(ctx, d); err != nil {
			return err
		}
	}
	_, err := st.Put(ctx, docs...)
	return err
}

// demoStore builds a store of the sample corpus plus the hostile article,
// once for the package's tests.
func demoStore(t testing.TB) *fixture {
	t.Helper()
	fixOnce.Do(func() {
		ctx := context.Background()
		dir, err := mkdirTemp()
		if err != nil {
			fixErr = err
			return
		}
		st, err := sqlite.Open(ctx, filepath.Join(dir, "web.db"))
		if err != nil {
			fixErr = err
			return
		}
		r := ingest.NewReader(ingest.Options{})
		var docs []*isnad.Document
		for d, err := range r.FS(ctx, isnad.SampleCorpus(), ".") {
			if err != nil {
				fixErr = err
				return
			}
			docs = append(docs, d)
		}
		for d, err := range r.Bytes(ctx, "hostile.jsonl", "", []byte(hostile)) {
			if err != nil {
				fixErr = err
				return
			}
			docs = append(docs, d)
		}
		if fixErr = ingestFS(ctx, st, analyzer(t), docs...); fixErr != nil {
			return
		}
		live, err := desk.NewLive(ctx, st, nil)
		if err != nil {
			fixErr = err
			return
		}
		f := &fixture{live: live, st: st, dir: dir}
		f.srv = New(live, st, Options{Token: "sesame", Analyze: analyzer(t), MaxBody: 1 << 20,
			Poller: poll.New(func(context.Context, string, []*isnad.Document) (int, error) { return 0, nil }, poll.Options{})})
		v := live.View()
		for _, s := range v.Stories(desk.StoryFilter{}) {
			if strings.Contains(s.Title, "العبّارة") {
				f.story, f.art = s.ID, s.Articles[0].ID
			}
		}
		for _, id := range v.Articles(storeFilter("التجربة")) {
			f.bad = id
		}
		if f.story == "" || f.bad == "" {
			fixErr = fmt.Errorf("fixture: ferry story %q, hostile article %q", f.story, f.bad)
			return
		}
		fix = f
	})
	if fixErr != nil {
		t.Fatal(fixErr)
	}
	return fix
}

type response struct {
	status int
	header http.Header
	body   string
}

func do(t testing.TB, h http.Handler, method, target string, body io.Reader, hdr map[string]string) response {
	t.Helper()
	req := httptest.NewRequest(method, target, body)
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return response{rec.Code, rec.Header(), rec.Body.String()}
}

func TestAPIRead(t *testing.T) {
	f := demoStore(t)
	tests := []struct {
		name   string
		target string
		status int
		want   []string // substrings of the body
	}{
		{"health", "/api/health", 200, []string{`"status":"ok"`, `"articles":12`}},
		{"stories", "/api/stories", 200, []string{`"total":`, f.story, `"conflicts":`}},
		{"stories by outlet", "/api/stories?outlet=" + esc("المسار نت"), 200, []string{f.story}},
		{"stories by date", "/api/stories?from=2023-09-06&to=2023-09-07", 200, []string{f.story}},
		{"stories before any", "/api/stories?to=2000-01-01", 200, []string{`"total":0`, `"stories":[]`}},
		{"stories by entity", "/api/stories?entity=" + esc("per:"), 200, []string{`"total":0`}},
		{"stories paged", "/api/stories?limit=1&offset=1", 200, []string{`"limit":1`, `"offset":1`}},
		{"stories bad limit", "/api/stories?limit=0", 400, []string{`"status":400`, "limit"}},
		{"stories huge limit", "/api/stories?limit=100000", 400, []string{"limit"}},
		{"stories bad offset", "/api/stories?offset=-3", 400, []string{"offset"}},
		{"stories bad date", "/api/stories?from=yesterday", 400, []string{"from", "YYYY-MM-DD"}},
		{"stories reversed dates", "/api/stories?from=2023-09-10&to=2023-09-01", 400, []string{"not before"}},
		{"story", "/api/stories/" + f.story, 200, []string{`"comparisons":`, `"timeline":`, `"framing":`, `"coverage":`, `"quotes":`, `"source_chain":`, `"conflict":true`}},
		{"story unknown", "/api/stories/s0000000000", 404, []string{`"status":404`, "not found"}},
		{"articles", "/api/articles", 200, []string{`"total":12`, f.art}},
		{"articles by outlet", "/api/articles?outlet=" + esc("التجربة"), 200, []string{`"total":1`}},
		{"articles bad date", "/api/articles?to=2023-13-45", 400, []string{"to="}},
		{"article", "/api/articles/" + f.art, 200, []string{`"article":`, `"entities":`, `"quantities":`, `"start":`, `"story":"` + f.story}},
		{"article unknown", "/api/articles/nope", 404, []string{"not found"}},
		{"entities", "/api/entities", 200, []string{`"entities":`, `"aliases":`}},
		{"entities of a type", "/api/entities?type=GPE", 200, []string{`"type":"GPE"`}},
		{"entities of a type in lower case", "/api/entities?type=gpe", 200, []string{`"type":"GPE"`}},
		{"entities bad type", "/api/entities?type=ANIMAL", 400, []string{"type"}},
		{"entities by name", "/api/entities?q=" + esc("الامم"), 200, []string{"الأمم المتحدة", `"total":1`}},
		{"entity unknown", "/api/entities/zz:none", 404, []string{"not found"}},
		{"outlets", "/api/outlets", 200, []string{"المسار نت"}},
		{"outlet", "/api/outlets/" + pesc("المسار نت"), 200, []string{`"articles":`, f.story}},
		{"outlet unknown", "/api/outlets/" + pesc("لا أحد"), 404, []string{"not found"}},
		{"search", "/api/search?q=" + esc("العبارة"), 200, []string{`"hits":`, `"snippet":`, f.story}},
		{"search paged", "/api/search?q=" + esc("العبارة") + "&limit=1&offset=1", 200, []string{`"hits":[{`}},
		{"search past the hits", "/api/search?q=" + esc("العبارة") + "&offset=400", 200, []string{`"hits":[]`}},
		{"search by outlet", "/api/search?q=" + esc("سيول") + "&outlet=" + esc("الشرفة"), 200, []string{`"hits":[{`}},
		{"search without words", "/api/search?q=" + esc("  ،،  "), 400, []string{"q="}},
		{"search missing q", "/api/search", 400, []string{"q="}},
		{"feeds", "/api/feeds", 200, []string{`"polling":true`, `"feeds":[]`}},
		{"unknown endpoint", "/api/nothing", 404, []string{"no such endpoint"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := do(t, f.srv, "GET", tc.target, nil, nil)
			if r.status != tc.status {
				t.Fatalf("GET %s: status %d, want %d\n%s", tc.target, r.status, tc.status, r.body)
			}
			if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("Content-Type %q", ct)
			}
			if !json.Valid([]byte(r.body)) {
				t.Errorf("body is not JSON: %s", r.body)
			}
			for _, w := range tc.want {
				if !strings.Contains(r.body, w) {
					t.Errorf("GET %s: body lacks %+q\n%.600s", tc.target, w, r.body)
				}
			}
		})
	}
}

// TestAPIEntity checks one entity's answer has its aliases and mentions.
func TestAPIEntity(t *testing.T) {
	f := demoStore(t)
	ents := f.live.View().Entities("", "")
	if len(ents) == 0 {
		t.Fatal("no entities")
	}
	e := ents[0]
	r := do(t, f.srv, "GET", "/api/entities/"+pesc(e.ID), nil, nil)
	var got desk.Entity
	if r.status != 200 || json.Unmarshal([]byte(r.body), &got) != nil {
		t.Fatalf("status %d: %s", r.status, r.body)
	}
	if got.ID != e.ID || len(got.Mentions) == 0 || len(got.Aliases) == 0 || got.Mentions[0].End <= got.Mentions[0].Start {
		t.Errorf("entity %+v", got)
	}
}

func TestAPIStatusCodes(t *testing.T) {
	f := demoStore(t)
	ro := New(f.live, f.st, Options{Analyze: analyzer(t)})
	auth := map[string]string{"Authorization": "Bearer sesame", "Content-Type": "application/json"}
	tests := []struct {
		name   string
		h      http.Handler
		method string
		target string
		body   string
		hdr    map[string]string
		status int
		want   string
	}{
		{"read-only server refuses writes", ro, "POST", "/api/articles", `{"title":"x","text":"y"}`, map[string]string{"Authorization": "Bearer sesame"}, 403, "read-only"},
		{"missing token", f.srv, "POST", "/api/articles", `{"title":"x","text":"y"}`, nil, 401, "token"},
		{"wrong token", f.srv, "POST", "/api/articles", `{"title":"x","text":"y"}`, map[string]string{"Authorization": "Bearer open"}, 401, "token"},
		{"token in the wrong scheme", f.srv, "POST", "/api/articles", `{}`, map[string]string{"Authorization": "Basic sesame"}, 401, "token"},
		{"oversize body", f.srv, "POST", "/api/articles", `{"text":"` + strings.Repeat("ب", 1<<20) + `"}`, auth, 413, "larger than"},
		{"bad JSON", f.srv, "POST", "/api/articles", `{"title": `, auth, 400, "JSON"},
		{"JSON that is not an object", f.srv, "POST", "/api/articles", `"just a string"`, auth, 400, "object"},
		{"array with a number", f.srv, "POST", "/api/articles", `[{"title":"a","text":"ب"}, 3]`, auth, 400, "element 2"},
		{"empty body", f.srv, "POST", "/api/articles", ``, map[string]string{"Authorization": "Bearer sesame"}, 400, "empty"},
		{"bad content type", f.srv, "POST", "/api/articles", `x`, map[string]string{"Authorization": "Bearer sesame", "Content-Type": "text/plain; charset"}, 400, "Content-Type"},
		{"multipart without files", f.srv, "POST", "/api/articles", "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--b--\r\n", map[string]string{"Authorization": "Bearer sesame", "Content-Type": "multipart/form-data; boundary=b"}, 400, "no file"},
		{"wrong method", f.srv, "PUT", "/api/stories", ``, nil, 405, ""},
		{"feed needs token", f.srv, "POST", "/api/feeds", `{"url":"https://example.org/rss"}`, nil, 401, "token"},
		{"feed bad URL", f.srv, "POST", "/api/feeds", `{"url":"ftp://example.org/rss"}`, auth, 400, "ftp://example.org/rss"},
		{"feed bad body", f.srv, "POST", "/api/feeds", `[1,2]`, auth, 400, "url"},
		{"feed remove unknown", f.srv, "DELETE", "/api/feeds?url=" + esc("https://example.org/none"), ``, auth, 404, "not polled"},
		{"feed remove without url", f.srv, "DELETE", "/api/feeds", ``, auth, 400, "url"},
		{"feeds on a server without polling", ro, "POST", "/api/feeds", `{"url":"https://example.org/rss"}`, map[string]string{"Authorization": "Bearer x"}, 403, "read-only"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := do(t, tc.h, tc.method, tc.target, strings.NewReader(tc.body), tc.hdr)
			if r.status != tc.status {
				t.Fatalf("%s %s: status %d, want %d\n%.400s", tc.method, tc.target, r.status, tc.status, r.body)
			}
			if !strings.Contains(r.body, tc.want) {
				t.Errorf("body lacks %q: %.400s", tc.want, r.body)
			}
		})
	}
	// Nothing of the refused writes was stored.
	if n, _ := f.st.Count(context.Background()); n != 12 {
		t.Errorf("store holds %d articles after refused writes, want 12", n)
	}
}

// TestAPIWrites adds articles as JSON and as files and a feed, then
// removes the feed. It runs on its own store.
func TestAPIWrites(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	live, err := desk.NewLive(ctx, st, nil)
	if err != nil {
		t.Fatal(err)
	}
	p := poll.New(func(context.Context, string, []*isnad.Document) (int, error) { return 0, nil }, poll.Options{})
	srv := New(live, st, Options{Token: "sesame", Analyze: analyzer(t), Poller: p})
	auth := map[string]string{"Authorization": "Bearer sesame", "Content-Type": "application/json"}

	one := `{"id": "mine-1", "title": "أمطار غزيرة في بلدة الحمراء", "outlet": "صحيفة التجربة", "published": "2024-01-10", "text": "هطلت أمطار غزيرة على بلدة الحمراء يوم الأربعاء، وقال رئيس البلدية إن 40 منزلا غمرتها المياه."}`
	r := do(t, srv, "POST", "/api/articles", strings.NewReader(one), auth)
	if r.status != 201 || !strings.Contains(r.body, `"added":1`) {
		t.Fatalf("first upload: %d %s", r.status, r.body)
	}
	// The scheme is case-insensitive (RFC 7235).
	r = do(t, srv, "POST", "/api/articles", strings.NewReader(one), map[string]string{"Authorization": "bearer sesame", "Content-Type": "application/json"})
	if r.status != 200 || !strings.Contains(r.body, `"already":1`) {
		t.Fatalf("same upload again: %d %s", r.status, r.body)
	}
	// Two files in a multipart form, one of them not an article.
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	w, _ := mw.CreateFormFile("file", "storm.txt")
	io.WriteString(w, "عاصفة في الحمراء\n\nضربت عاصفة رملية بلدة الحمراء صباح الخميس وأغلقت 3 مدارس أبوابها.")
	w, _ = mw.CreateFormFile("file", "empty.txt")
	io.WriteString(w, "   ")
	mw.Close()
	r = do(t, srv, "POST", "/api/articles", &body, map[string]string{"Authorization": "Bearer sesame", "Content-Type": mw.FormDataContentType()})
	if r.status != 201 || !strings.Contains(r.body, `"added":1`) || !strings.Contains(r.body, `"failed":1`) || !strings.Contains(r.body, "empty.txt") {
		t.Fatalf("multipart upload: %d %s", r.status, r.body)
	}
	if err := live.Rebuild(ctx); err != nil {
		t.Fatal(err)
	}
	r = do(t, srv, "GET", "/api/articles", nil, nil)
	if !strings.Contains(r.body, `"total":2`) {
		t.Errorf("after uploads: %s", r.body)
	}
	// The record's own id is kept in meta; the article's id is its key.
	for _, id := range live.View().Articles(storeFilter("")) {
		if d := live.View().Article(id); d.Title == "أمطار غزيرة في بلدة الحمراء" && (d.Meta["id"] != "mine-1" || id == "mine-1") {
			t.Errorf("article %s: meta id %q", id, d.Meta["id"])
		}
	}
	r = do(t, srv, "POST", "/api/feeds", strings.NewReader(`{"url":"https://example.org/rss"}`), auth)
	if r.status != 201 || !strings.Contains(r.body, "https://example.org/rss") {
		t.Fatalf("add feed: %d %s", r.status, r.body)
	}
	if r = do(t, srv, "GET", "/api/feeds", nil, nil); !strings.Contains(r.body, "https://example.org/rss") {
		t.Errorf("feeds: %s", r.body)
	}
	if r = do(t, srv, "GET", "/feeds", nil, nil); r.status != 200 || !strings.Contains(r.body, "https://example.org/rss") {
		t.Errorf("feeds page: %d", r.status)
	}
	r = do(t, srv, "DELETE", "/api/feeds?url="+esc("https://example.org/rss"), nil, auth)
	if r.status != 200 {
		t.Fatalf("remove feed: %d %s", r.status, r.body)
	}
}

func TestPages(t *testing.T) {
	f := demoStore(t)
	v := f.live.View()
	ent := v.Entities("GPE", "")[0].ID
	tests := []struct {
		name   string
		target string
		status int
		want   []string
	}{
		{"front", "/", 200, []string{`dir="rtl"`, `lang="ar"`, "/stories/" + f.story, "تعارض"}},
		{"front by outlet", "/?outlet=" + esc("المسار"), 200, []string{"/stories/" + f.story}},
		{"front bad date", "/?from=x", 400, []string{"from"}},
		{"story", "/stories/" + f.story, 200, []string{`class="claims"`, `class="claim conflict"`, "312", `class="timeline"`, `data-events="`, `data-places="`, `id="quotes"`, `id="framing"`, `/articles/`}},
		{"story unknown", "/stories/s123", 404, []string{`dir="rtl"`, "s123"}},
		{"article", "/articles/" + f.art, 200, []string{`class="ann `, `class="detail k-`, "سلسلة الإسناد", "/stories/" + f.story}},
		{"article unknown", "/articles/zzz", 404, []string{"zzz"}},
		{"entities", "/entities", 200, []string{"/entities/"}},
		{"entities of a type", "/entities?type=PER", 200, []string{"/entities/"}},
		{"entities of a type in lower case", "/api/entities?type=gpe", 200, []string{`"type":"GPE"`}},
		{"entities bad type", "/entities?type=X", 400, []string{"type"}},
		{"entity", "/entities/" + pesc(ent), 200, []string{"<mark>", "/articles/"}},
		{"entity unknown", "/entities/none", 404, []string{"none"}},
		{"outlets", "/outlets", 200, []string{"/outlets/"}},
		{"outlet", "/outlets/" + pesc("المسار نت"), 200, []string{"/articles/"}},
		{"outlet unknown", "/outlets/x", 404, nil},
		{"search", "/search?q=" + esc("العبارة"), 200, []string{"<mark>", "/articles/"}},
		{"search form", "/search", 200, []string{`name="q"`}},
		{"feeds", "/feeds", 200, []string{"متابعة"}},
		{"no such page", "/nothing/here", 404, []string{`dir="rtl"`}},
		{"stylesheet", "/static/style.css", 200, []string{"Noto Naskh Arabic", "fonts/noto-naskh-arabic-arabic-400-normal.woff2"}},
		{"script", "/static/app.js", 200, []string{"hashchange"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := do(t, f.srv, "GET", tc.target, nil, nil)
			if r.status != tc.status {
				t.Fatalf("GET %s: status %d, want %d\n%.500s", tc.target, r.status, tc.status, r.body)
			}
			for _, w := range tc.want {
				if !strings.Contains(r.body, w) {
					t.Errorf("GET %s lacks %+q", tc.target, w)
				}
			}
			if csp := r.header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
				t.Errorf("CSP %q", csp)
			}
		})
	}
	r := do(t, f.srv, "GET", "/static/fonts/noto-naskh-arabic-arabic-400-normal.woff2", nil, nil)
	if r.status != 200 || len(r.body) < 10000 || !strings.HasPrefix(r.body, "wOF2") {
		t.Errorf("font: status %d, %d bytes", r.status, len(r.body))
	}
}

// TestInert checks that markup, scripts and bidi overrides in an article
// are shown as text on every page that shows them.
func TestInert(t *testing.T) {
	f := demoStore(t)
	for _, target := range []string{"/articles/" + f.bad, "/", "/outlets", "/search?q=" + esc("مصدر البلدية"), "/stories/" + f.live.View().StoryOf(f.bad)} {
		r := do(t, f.srv, "GET", target, nil, nil)
		if r.status != 200 {
			t.Fatalf("GET %s: %d", target, r.status)
		}
		for _, bad := range []string{"<script>alert", "<script>document", "<img src=x", "<b>التجربة", "\u202e", "\u202c"} {
			if strings.Contains(r.body, bad) {
				t.Errorf("GET %s: page holds %+q", target, bad)
			}
		}
		if strings.Count(r.body, "<script") != 1 {
			t.Errorf("GET %s: %d script elements, want only the page's own", target, strings.Count(r.body, "<script"))
		}
	}
	r := do(t, f.srv, "GET", "/articles/"+f.bad, nil, nil)
	for _, want := range []string{"&lt;script&gt;alert(&#39;عنوان&#39;)&lt;/script&gt;", `<span class="ctl" title="U+202E">`} {
		if !strings.Contains(r.body, want) {
			t.Errorf("article page lacks %+q", want)
		}
	}
}

// TestHighlight checks overlapping notes give well-formed, complete text.
func TestHighlight(t *testing.T) {
	body := "قال الوزير إن 300 مقاتل غادروا البلدة يوم الجمعة."
	span := func(s string) isnad.Span {
		i := strings.Index(body, s)
		return isnad.Span{Start: i, End: i + len(s)}
	}
	ns := []note{
		{ID: "q0", Kind: "quote", Span: span(body)},
		{ID: "e8", Kind: "ent", Span: span("الوزير")},
		{ID: "n25", Kind: "qty", Span: span("300 مقاتل")},
		{ID: "d60", Kind: "date", Span: span("يوم الجمعة")},
		{ID: "d61", Kind: "date", Span: span("الجمعة")}, // nested in the other date
	}
	got := string(highlight(body, ns))
	plain := stripTags(got)
	if plain != body {
		t.Errorf("text changed:\n got %+q\nwant %+q", plain, body)
	}
	for _, want := range []string{`href="#a-e8"`, `href="#a-n25"`, `href="#a-q0"`, `id="m-e8"`} {
		if !strings.Contains(got, want) {
			t.Errorf("lacks %s: %s", want, got)
		}
	}
}

func stripTags(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
		case r == '>':
			in = false
		case !in:
			b.WriteRune(r)
		}
	}
	return strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&", "&#34;", `"`, "&#39;", "'").Replace(b.String())
}

func TestRangeAr(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	tests := []struct {
		name     string
		min, max *float64
		approx   bool
		want     string
	}{
		{"exact", f(312), f(312), false, "312"},
		{"hedged", f(300), f(300), true, "نحو 300"},
		{"range", f(250), f(400), false, "250–400"},
		{"vague plural", f(20), f(99), true, "20–99"},
		{"at least", f(250), nil, false, "250 فأكثر"},
		{"at most", nil, f(10), false, "حتى 10"},
		{"unknown", nil, nil, false, "—"},
		{"fraction", f(2.5), f(2.5), false, "2.5"},
		{"long fraction", f(1.0 / 3), f(1.0 / 3), false, "0.33"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := rangeAr(tc.min, tc.max, tc.approx); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
