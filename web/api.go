package web

import (
	"errors"
	"net/http"
	"strings"
	"time"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/claim"
	"github.com/isnad-news/isnad/desk"
	"github.com/isnad-news/isnad/framing"
	"github.com/isnad-news/isnad/search"
)

// storySummary is a story in a list.
type storySummary struct {
	ID        string     `json:"id"`
	Title     string     `json:"title"`
	First     isnad.Date `json:"first"`
	Last      isnad.Date `json:"last"`
	Outlets   []string   `json:"outlets"`
	Articles  int        `json:"articles"`
	Claims    int        `json:"claims"`
	Conflicts int        `json:"conflicts"`
	// Summary is a one-line account of the story's conflicts.
	Summary string  `json:"summary"`
	Rank    float64 `json:"rank"`
}

func summarize(v *desk.View, s *desk.Story) storySummary {
	return storySummary{ID: s.ID, Title: s.Title, First: s.First, Last: s.Last, Outlets: s.Outlets,
		Articles: len(s.Articles), Claims: len(s.Comparisons), Conflicts: s.Conflicts(),
		Summary: conflictLine(s), Rank: v.Rank(s.ID)}
}

// articleSummary is an article in a list.
type articleSummary struct {
	ID        string     `json:"id"`
	Title     string     `json:"title"`
	Outlet    string     `json:"outlet"`
	Publisher string     `json:"publisher,omitempty"`
	Published isnad.Date `json:"published"`
	URL       string     `json:"url,omitempty"`
	Source    string     `json:"source"`
	Story     string     `json:"story,omitempty"`
	RepostOf  string     `json:"repost_of,omitempty"`
}

func articleSum(v *desk.View, id string) articleSummary {
	d := v.Article(id)
	if d == nil {
		return articleSummary{ID: id}
	}
	return articleSummary{ID: id, Title: d.Title, Outlet: d.Outlet, Publisher: d.Publisher,
		Published: d.Published, URL: d.URL, Source: d.Source, Story: v.StoryOf(id), RepostOf: v.RepostOf(id)}
}

func (s *Server) apiHealth(w http.ResponseWriter, r *http.Request) {
	v := s.live.View()
	a, st, e, o := v.Counts()
	out := map[string]any{"status": "ok", "articles": a, "stories": st, "entities": e, "outlets": o,
		"built": v.Built.UTC().Format(time.RFC3339), "build_ms": v.Took.Milliseconds()}
	if err := s.live.LastError(); err != nil {
		out["status"] = "stale"
		out["error"] = err.Error()
	}
	writeJSON(w, http.StatusOK, out)
}

func storyFilter(r *http.Request) (desk.StoryFilter, error) {
	f, err := filter(r)
	if err != nil {
		return desk.StoryFilter{}, err
	}
	return desk.StoryFilter{From: f.From, To: f.To, Outlet: f.Outlet, Entity: r.URL.Query().Get("entity")}, nil
}

// storyList is one page of the stories that pass a request's filter.
type storyList struct {
	Total   int            `json:"total"`
	Limit   int            `json:"limit"`
	Offset  int            `json:"offset"`
	Stories []storySummary `json:"stories"`
}

// listStories reads a request's filter and page (def stories by default)
// and returns that page of v's stories, or a *badQuery.
func listStories(v *desk.View, r *http.Request, def int) (storyList, desk.StoryFilter, error) {
	f, err := storyFilter(r)
	if err != nil {
		return storyList{}, f, err
	}
	limit, offset, err := page(r, def)
	if err != nil {
		return storyList{}, f, err
	}
	all := v.Stories(f)
	lo, hi := window(len(all), limit, offset)
	l := storyList{Total: len(all), Limit: limit, Offset: offset, Stories: []storySummary{}}
	for _, st := range all[lo:hi] {
		l.Stories = append(l.Stories, summarize(v, st))
	}
	return l, f, nil
}

// summaries returns the summaries of the stories with the ids.
func summaries(v *desk.View, ids []string) []storySummary {
	out := []storySummary{}
	for _, id := range ids {
		if st := v.Story(id); st != nil {
			out = append(out, summarize(v, st))
		}
	}
	return out
}

func (s *Server) apiStories(w http.ResponseWriter, r *http.Request) {
	l, _, err := listStories(s.live.View(), r, 20)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, "%v", err)
		return
	}
	writeJSON(w, http.StatusOK, l)
}

// storyDetail is one story with everything the story page shows.
type storyDetail struct {
	ID          string             `json:"id"`
	Title       string             `json:"title"`
	First       isnad.Date         `json:"first"`
	Last        isnad.Date         `json:"last"`
	Outlets     []string           `json:"outlets"`
	Coverage    []desk.Coverage    `json:"coverage"`
	Articles    []articleSummary   `json:"articles"`
	Comparisons []claim.Comparison `json:"comparisons"`
	Timeline    []claim.Event      `json:"timeline"`
	Framing     []framing.Outlet   `json:"framing"`
	Quotes      []desk.Speaker     `json:"quotes"`
	Entities    []namedRef         `json:"entities"`
	Conflicts   int                `json:"conflicts"`
}

// namedRef is an entity named in a story.
type namedRef struct {
	ID        string   `json:"id"`
	Canonical string   `json:"canonical"`
	Type      string   `json:"type"`
	Count     int      `json:"count"`
	Lat       *float64 `json:"lat,omitempty"`
	Lon       *float64 `json:"lon,omitempty"`
}

func detail(v *desk.View, st *desk.Story) storyDetail {
	d := storyDetail{ID: st.ID, Title: st.Title, First: st.First, Last: st.Last, Outlets: st.Outlets,
		Coverage: v.StoryCoverage(st.ID), Comparisons: st.Comparisons, Timeline: st.Timeline,
		Framing: st.Framing, Quotes: v.StoryQuotes(st.ID), Conflicts: st.Conflicts(),
		Articles: []articleSummary{}, Entities: []namedRef{}}
	for _, a := range st.Articles {
		d.Articles = append(d.Articles, articleSum(v, a.ID))
	}
	for _, n := range v.StoryEntities(st.ID) {
		d.Entities = append(d.Entities, namedRef{n.ID, n.Canonical, n.Type, n.Count, n.Lat, n.Lon})
	}
	if d.Quotes == nil {
		d.Quotes = []desk.Speaker{}
	}
	return d
}

func (s *Server) apiStory(w http.ResponseWriter, r *http.Request) {
	v := s.live.View()
	st := v.Story(r.PathValue("id"))
	if st == nil {
		s.fail(w, r, http.StatusNotFound, "story %q: not found (GET /api/stories lists them)", r.PathValue("id"))
		return
	}
	writeJSON(w, http.StatusOK, detail(v, st))
}

func (s *Server) apiArticles(w http.ResponseWriter, r *http.Request) {
	f, err := filter(r)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, "%v", err)
		return
	}
	limit, offset, err := page(r, 50)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, "%v", err)
		return
	}
	v := s.live.View()
	ids := v.Articles(f)
	lo, hi := window(len(ids), limit, offset)
	out := struct {
		Total    int              `json:"total"`
		Limit    int              `json:"limit"`
		Offset   int              `json:"offset"`
		Articles []articleSummary `json:"articles"`
	}{len(ids), limit, offset, []articleSummary{}}
	for _, id := range ids[lo:hi] {
		out.Articles = append(out.Articles, articleSum(v, id))
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) {
	v := s.live.View()
	id := r.PathValue("id")
	d := v.Article(id)
	if d == nil {
		s.fail(w, r, http.StatusNotFound, "article %q: not found (GET /api/articles lists them)", id)
		return
	}
	reposts := v.Reposts(id)
	if reposts == nil {
		reposts = []string{}
	}
	writeJSON(w, http.StatusOK, struct {
		Article  *isnad.Document `json:"article"`
		Story    string          `json:"story,omitempty"`
		RepostOf string          `json:"repost_of,omitempty"`
		Reposts  []string        `json:"reposts"`
	}{d, v.StoryOf(id), v.RepostOf(id), reposts})
}

// entitySummary is an entity in a list.
type entitySummary struct {
	ID        string       `json:"id"`
	Canonical string       `json:"canonical"`
	Type      string       `json:"type"`
	Aliases   []desk.Alias `json:"aliases"`
	Mentions  int          `json:"mentions"`
	Articles  int          `json:"articles"`
	Stories   int          `json:"stories"`
	Lat       *float64     `json:"lat,omitempty"`
	Lon       *float64     `json:"lon,omitempty"`
	Country   string       `json:"country,omitempty"`
}

var entityTypes = map[string]bool{"PER": true, "ORG": true, "LOC": true, "GPE": true, "MEDIA": true, "MISC": true}

func (s *Server) apiEntities(w http.ResponseWriter, r *http.Request) {
	typ := strings.ToUpper(r.URL.Query().Get("type"))
	if typ != "" && !entityTypes[typ] {
		s.fail(w, r, http.StatusBadRequest, "%v", &badQuery{"type", typ, "one of PER, ORG, LOC, GPE, MEDIA, MISC"})
		return
	}
	limit, offset, err := page(r, 50)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, "%v", err)
		return
	}
	all := s.live.View().Entities(typ, r.URL.Query().Get("q"))
	lo, hi := window(len(all), limit, offset)
	out := struct {
		Total    int             `json:"total"`
		Limit    int             `json:"limit"`
		Offset   int             `json:"offset"`
		Entities []entitySummary `json:"entities"`
	}{len(all), limit, offset, []entitySummary{}}
	for _, e := range all[lo:hi] {
		out.Entities = append(out.Entities, entitySummary{e.ID, e.Canonical, e.Type, e.Aliases,
			len(e.Mentions), len(e.Articles), len(e.Stories), e.Lat, e.Lon, e.Country})
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) apiEntity(w http.ResponseWriter, r *http.Request) {
	e := s.live.View().Entity(r.PathValue("id"))
	if e == nil {
		s.fail(w, r, http.StatusNotFound, "entity %q: not found (GET /api/entities lists them)", r.PathValue("id"))
		return
	}
	writeJSON(w, http.StatusOK, e)
}

func (s *Server) apiOutlets(w http.ResponseWriter, r *http.Request) {
	type outletSummary struct {
		Name     string     `json:"name"`
		Articles int        `json:"articles"`
		Stories  int        `json:"stories"`
		First    isnad.Date `json:"first"`
		Last     isnad.Date `json:"last"`
	}
	out := struct {
		Outlets []outletSummary `json:"outlets"`
	}{[]outletSummary{}}
	for _, o := range s.live.View().Outlets() {
		out.Outlets = append(out.Outlets, outletSummary{o.Name, len(o.Articles), len(o.Stories), o.First, o.Last})
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) apiOutlet(w http.ResponseWriter, r *http.Request) {
	v := s.live.View()
	o := v.Outlet(r.PathValue("name"))
	if o == nil {
		s.fail(w, r, http.StatusNotFound, "outlet %q: not found (GET /api/outlets lists them)", r.PathValue("name"))
		return
	}
	out := struct {
		Name     string           `json:"name"`
		First    isnad.Date       `json:"first"`
		Last     isnad.Date       `json:"last"`
		Stories  []storySummary   `json:"stories"`
		Articles []articleSummary `json:"articles"`
	}{o.Name, o.First, o.Last, summaries(v, o.Stories), []articleSummary{}}
	for _, id := range o.Articles {
		out.Articles = append(out.Articles, articleSum(v, id))
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) runSearch(r *http.Request) (string, []search.Hit, error) {
	q := r.URL.Query().Get("q")
	f, err := filter(r)
	if err != nil {
		return q, nil, err
	}
	limit, offset, err := page(r, 20)
	if err != nil {
		return q, nil, err
	}
	if len(search.Terms(q)) == 0 {
		return q, nil, &badQuery{"q", q, "at least one word to search for"}
	}
	hits, err := search.Run(r.Context(), s.st, search.Request{Query: q, Filter: f, Limit: offset + limit})
	if err != nil {
		return q, nil, err
	}
	lo, hi := window(len(hits), limit, offset)
	return q, hits[lo:hi], nil
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	q, hits, err := s.runSearch(r)
	switch {
	case isBadQuery(err) || errors.Is(err, search.ErrEmptyQuery):
		s.fail(w, r, http.StatusBadRequest, "%v", err)
		return
	case err != nil:
		s.fail(w, r, http.StatusInternalServerError, "%v", err)
		return
	}
	v := s.live.View()
	type hit struct {
		search.Hit
		Story string `json:"story,omitempty"`
	}
	out := struct {
		Query string `json:"query"`
		Hits  []hit  `json:"hits"`
	}{q, []hit{}}
	for _, h := range hits {
		out.Hits = append(out.Hits, hit{h, v.StoryOf(h.ID)})
	}
	writeJSON(w, http.StatusOK, out)
}
