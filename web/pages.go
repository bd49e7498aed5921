package web

import (
	"bytes"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/claim"
	"github.com/isnad-news/isnad/desk"
	"github.com/isnad-news/isnad/internal/worldmap"
	"github.com/isnad-news/isnad/search"
)

var funcs = template.FuncMap{
	"date":      dateAr,
	"dates":     dateRangeAr,
	"value":     valueAr,
	"inert":     inert,
	"chain":     chainAr,
	"claim":     claim.Label,
	"typeAr":    func(t string) string { return or(typeAr[t], t) },
	"answer":    func(a claim.Answer) string { return rangeAr(a.Min, a.Max, a.Approx) },
	"clip":      clip,
	"path":      pathEscape,
	"join":      strings.Join,
	"add":       func(a, b int) int { return a + b },
	"outletOf":  desk.OutletName,
	"storyLine": conflictLine,
	"iso":       func(d isnad.Date) string { return d.String() },
}

func or(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func pathEscape(s string) string { return url.PathEscape(s) }

var pages = template.Must(template.New("").Funcs(funcs).ParseFS(files, "templates/*.html"))

// render writes the named page inside the layout, or an error page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name, title string, data any) {
	var b bytes.Buffer
	err := pages.ExecuteTemplate(&b, name, data)
	if err == nil {
		body := b.String()
		b.Reset()
		err = pages.ExecuteTemplate(&b, "layout", layout{Title: stripBidi(title), Body: template.HTML(body), Query: r.URL.Query().Get("q"), Path: r.URL.Path})
	}
	if err != nil {
		s.log.Error("rendering page", "page", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(b.Bytes())
}

type layout struct {
	Title string
	Body  template.HTML
	Query string
	Path  string
}

func (s *Server) errorPage(w http.ResponseWriter, r *http.Request, status int, msg string) {
	s.render(w, r, status, "error", "خطأ", struct {
		Status  int
		Message string
	}{status, msg})
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request, msg string) {
	s.errorPage(w, r, http.StatusNotFound, msg)
}

type frontData struct {
	Stories                     []storySummary
	Articles, Entities, Outlets int
	Total, Shown                int
	Outlet, Entity              string
	Next                        string
}

func (s *Server) pageFront(w http.ResponseWriter, r *http.Request) {
	v := s.live.View()
	l, f, err := listStories(v, r, 30)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, "%v", err)
		return
	}
	d := frontData{Stories: l.Stories, Total: l.Total, Shown: len(l.Stories), Outlet: f.Outlet, Entity: f.Entity}
	d.Articles, _, d.Entities, d.Outlets = v.Counts()
	if hi := l.Offset + len(l.Stories); hi < l.Total {
		q := r.URL.Query()
		q.Set("offset", itoa(hi))
		q.Set("limit", itoa(l.Limit))
		d.Next = "/?" + q.Encode()
	}
	s.render(w, r, http.StatusOK, "front", "القصص", d)
}

type storyPage struct {
	storyDetail
	Story    *desk.Story
	Timeline template.HTML
	Map      template.HTML
	Places   int
	MaxCov   int
	OutletOf map[string]string // article id → outlet
}

func (s *Server) pageStory(w http.ResponseWriter, r *http.Request) {
	v := s.live.View()
	st := v.Story(r.PathValue("id"))
	if st == nil {
		s.notFound(w, r, "لا توجد قصة بالمعرّف "+r.PathValue("id"))
		return
	}
	p := storyPage{storyDetail: detail(v, st), Story: st, OutletOf: map[string]string{}}
	p.Timeline = timelineSVG(st.Timeline)
	for _, c := range p.Coverage {
		p.MaxCov = max(p.MaxCov, c.Articles)
	}
	for _, a := range st.Articles {
		if d := v.Article(a.ID); d != nil {
			p.OutletOf[a.ID] = or(desk.OutletName(d), a.File)
		}
	}
	var places []worldmap.Place
	for _, n := range p.Entities {
		if n.Lat != nil && n.Lon != nil && (n.Type == "LOC" || n.Type == "GPE") {
			places = append(places, worldmap.Place{Name: n.Canonical, Lat: *n.Lat, Lon: *n.Lon, Weight: n.Count})
		}
		if len(places) == 25 {
			break
		}
	}
	p.Places = len(places)
	var m bytes.Buffer
	if err := worldmap.Render(&m, places, worldmap.Options{Title: "خريطة أماكن القصة"}); err == nil {
		p.Map = template.HTML(m.String())
	}
	s.render(w, r, http.StatusOK, "story", st.Title, p)
}

type articlePage struct {
	Doc      *isnad.Document
	ID       string
	Story    *desk.Story
	RepostOf articleSummary
	Reposts  []articleSummary
	Notes    []note
	Body     template.HTML
	Counts   map[string]int
}

func (s *Server) pageArticle(w http.ResponseWriter, r *http.Request) {
	v := s.live.View()
	id := r.PathValue("id")
	d := v.Article(id)
	if d == nil {
		s.notFound(w, r, "لا توجد مقالة بالمعرّف "+id)
		return
	}
	p := articlePage{Doc: d, ID: id, Story: v.Story(v.StoryOf(id)), Notes: notes(d), Counts: map[string]int{}}
	p.Body = highlight(d.Body, p.Notes)
	for _, n := range p.Notes {
		p.Counts[n.Kind]++
	}
	if o := v.RepostOf(id); o != "" {
		p.RepostOf = articleSum(v, o)
	}
	for _, c := range v.Reposts(id) {
		p.Reposts = append(p.Reposts, articleSum(v, c))
	}
	s.render(w, r, http.StatusOK, "article", or(d.Title, "مقالة"), p)
}

func (s *Server) pageEntities(w http.ResponseWriter, r *http.Request) {
	typ := strings.ToUpper(r.URL.Query().Get("type"))
	if typ != "" && !entityTypes[typ] {
		s.fail(w, r, http.StatusBadRequest, "%v", &badQuery{"type", typ, "one of PER, ORG, LOC, GPE, MEDIA, MISC"})
		return
	}
	all := s.live.View().Entities(typ, r.URL.Query().Get("q"))
	if len(all) > 300 {
		all = all[:300]
	}
	s.render(w, r, http.StatusOK, "entities", "الأسماء", struct {
		Entities []*desk.Entity
		Type     string
		Types    []string
	}{all, typ, []string{"PER", "ORG", "GPE", "LOC", "MEDIA", "MISC"}})
}

type mentionRow struct {
	desk.Mention
	Title   string
	Outlet  string
	Before  string
	After   string
	Article string
}

func (s *Server) pageEntity(w http.ResponseWriter, r *http.Request) {
	v := s.live.View()
	e := v.Entity(r.PathValue("id"))
	if e == nil {
		s.notFound(w, r, "لا يوجد اسم بالمعرّف "+r.PathValue("id"))
		return
	}
	stories := summaries(v, e.Stories)
	var rows []mentionRow
	for _, m := range e.Mentions {
		if len(rows) == 100 {
			break
		}
		d := v.Article(m.Article)
		if d == nil || m.End > len(d.Body) || m.Start < 0 || m.Start > m.End {
			continue
		}
		rows = append(rows, mentionRow{Mention: m, Title: d.Title, Outlet: desk.OutletName(d),
			Before: tail(d.Body[:m.Start], 60), After: head(d.Body[m.End:], 60), Article: m.Article})
	}
	var m bytes.Buffer
	if e.Lat != nil && e.Lon != nil {
		_ = worldmap.Render(&m, []worldmap.Place{{Name: e.Canonical, Lat: *e.Lat, Lon: *e.Lon, Weight: len(e.Mentions)}}, worldmap.Options{Title: e.Canonical})
	}
	s.render(w, r, http.StatusOK, "entity", e.Canonical, struct {
		E        *desk.Entity
		Stories  []storySummary
		Mentions []mentionRow
		More     int
		Map      template.HTML
	}{e, stories, rows, len(e.Mentions) - len(rows), template.HTML(m.String())})
}

func (s *Server) pageOutlets(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "outlets", "المصادر", s.live.View().Outlets())
}

func (s *Server) pageOutlet(w http.ResponseWriter, r *http.Request) {
	v := s.live.View()
	o := v.Outlet(r.PathValue("name"))
	if o == nil {
		s.notFound(w, r, "لا يوجد مصدر بهذا الاسم: "+r.PathValue("name"))
		return
	}
	stories := summaries(v, o.Stories)
	var arts []articleSummary
	for _, id := range o.Articles {
		arts = append(arts, articleSum(v, id))
	}
	s.render(w, r, http.StatusOK, "outlet", o.Name, struct {
		O        *desk.Outlet
		Stories  []storySummary
		Articles []articleSummary
	}{o, stories, arts})
}

type searchHit struct {
	search.Hit
	Snippet template.HTML
	Story   string
}

func (s *Server) pageSearch(w http.ResponseWriter, r *http.Request) {
	data := struct {
		Query  string
		Outlet string
		Hits   []searchHit
		Error  string
		Asked  bool
	}{Query: r.URL.Query().Get("q"), Outlet: r.URL.Query().Get("outlet")}
	status := http.StatusOK
	if strings.TrimSpace(data.Query) != "" {
		data.Asked = true
		_, hits, err := s.runSearch(r)
		switch {
		case isBadQuery(err):
			status, data.Error = http.StatusBadRequest, err.Error()
		case err != nil:
			status, data.Error = http.StatusInternalServerError, "تعذّر البحث"
			s.log.Error("search", "query", data.Query, "err", err)
		}
		v := s.live.View()
		for _, h := range hits {
			data.Hits = append(data.Hits, searchHit{Hit: h, Snippet: marked(h.Snippet), Story: v.StoryOf(h.ID)})
		}
	}
	s.render(w, r, status, "search", "بحث", data)
}

// marked turns a search snippet's [marks] into <mark> elements.
func marked(snippet string) template.HTML {
	var b strings.Builder
	for {
		i := strings.Index(snippet, search.Open)
		if i < 0 {
			break
		}
		j := strings.Index(snippet[i+len(search.Open):], search.Close)
		if j < 0 {
			break
		}
		b.WriteString(string(inert(snippet[:i])))
		b.WriteString("<mark>")
		b.WriteString(string(inert(snippet[i+len(search.Open) : i+len(search.Open)+j])))
		b.WriteString("</mark>")
		snippet = snippet[i+len(search.Open)+j+len(search.Close):]
	}
	b.WriteString(string(inert(snippet)))
	return template.HTML(b.String())
}

func (s *Server) pageFeeds(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "feeds", "المتابعة", struct {
		Polling bool
		Feeds   []feedStatus
	}{s.opt.Poller != nil, s.feeds()})
}

// tail and head return the last or first n runes of s, at a space.
func tail(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	out := string(r[len(r)-n:])
	if i := strings.IndexByte(out, ' '); i >= 0 && i < len(out)/2 {
		out = out[i+1:]
	}
	return "…" + out
}

func head(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	out := string(r[:n])
	if i := strings.LastIndexByte(out, ' '); i > len(out)/2 {
		out = out[:i]
	}
	return out + "…"
}

func itoa(n int) string { return strconv.Itoa(n) }
