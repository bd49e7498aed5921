package desk

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/ingest"
	"github.com/isnad-news/isnad/internal/stages"
	"github.com/isnad-news/isnad/store"
	"github.com/isnad-news/isnad/store/sqlite"
)

// sampleStore stores the analysed sample corpus in a new store.
func sampleStore(t *testing.T) store.Store {
	t.Helper()
	ctx := context.Background()
	p, err := stages.Pipeline()
	if err != nil {
		t.Fatal(err)
	}
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "desk.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	var docs []*isnad.Document
	for d, err := range ingest.NewReader(ingest.Options{}).FS(ctx, isnad.SampleCorpus(), ".") {
		if err != nil {
			t.Fatal(err)
		}
		if err := p.Run(ctx, d); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	if _, err := st.Put(ctx, docs...); err != nil {
		t.Fatal(err)
	}
	return st
}

func TestView(t *testing.T) {
	st := sampleStore(t)
	v, err := Load(context.Background(), st)
	if err != nil {
		t.Fatal(err)
	}
	articles, stories, entities, outlets := v.Counts()
	if articles != 11 || stories != 2 || entities < 10 || outlets < 5 {
		t.Fatalf("counts: %d articles, %d stories, %d entities, %d outlets", articles, stories, entities, outlets)
	}
	all := v.Stories(StoryFilter{})
	var ferry *Story
	for _, s := range all {
		if strings.Contains(s.Title, "العبّارة") || strings.Contains(s.Title, "عبّارة") {
			ferry = s
		}
	}
	if ferry == nil {
		t.Fatalf("no ferry story among %d", len(all))
	}
	tests := []struct {
		name string
		f    StoryFilter
		want bool // the ferry story passes
	}{
		{"all", StoryFilter{}, true},
		{"its outlet", StoryFilter{Outlet: "المسار"}, true},
		{"outlet in another spelling", StoryFilter{Outlet: "المسار  نت"}, true},
		{"no such outlet", StoryFilter{Outlet: "لا يوجد"}, false},
		{"its days", StoryFilter{From: isnad.Date{Year: 2023, Month: 9, Day: 6}, To: isnad.Date{Year: 2023, Month: 9, Day: 6}}, true},
		{"before", StoryFilter{To: isnad.Date{Year: 2023, Month: 9, Day: 1}}, false},
		{"after", StoryFilter{From: isnad.Date{Year: 2023, Month: 10, Day: 1}}, false},
		{"a named entity", StoryFilter{Entity: v.StoryEntities(ferry.ID)[0].ID}, true},
		{"an unknown entity", StoryFilter{Entity: "per:nobody"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := slices.Contains(v.Stories(tc.f), ferry)
			if got != tc.want {
				t.Errorf("ferry story passes %+v: %v, want %v", tc.f, got, tc.want)
			}
		})
	}
	// Every article of a story maps back to it; reposts point both ways.
	for _, s := range all {
		for _, a := range s.Articles {
			if v.StoryOf(a.ID) != s.ID || v.Article(a.ID) == nil {
				t.Errorf("article %s of %s: StoryOf %q", a.ID, s.ID, v.StoryOf(a.ID))
			}
			if a.RepostOf != "" && !slices.Contains(v.Reposts(a.RepostOf), a.ID) {
				t.Errorf("repost %s of %s not listed", a.ID, a.RepostOf)
			}
		}
	}
	if cov := v.StoryCoverage(ferry.ID); len(cov) != len(ferry.Outlets) || cov[0].Articles < cov[len(cov)-1].Articles {
		t.Errorf("coverage %+v for outlets %q", cov, ferry.Outlets)
	}
	if q := v.StoryQuotes(ferry.ID); len(q) == 0 || len(q[0].Quotes) < len(q[len(q)-1].Quotes) {
		t.Errorf("quotes by speaker: %+v", q)
	}
	// Entities: aliases counted, mentions inside their articles' bodies.
	for _, e := range v.Entities("", "") {
		n := 0
		for _, a := range e.Aliases {
			n += a.Count
		}
		if n != len(e.Mentions) {
			t.Errorf("%s: aliases count %d, mentions %d", e.ID, n, len(e.Mentions))
		}
		for _, m := range e.Mentions {
			d := v.Article(m.Article)
			if d == nil || m.End > len(d.Body) || d.Body[m.Start:m.End] == "" {
				t.Errorf("%s: mention %+v out of its article", e.ID, m)
			}
		}
	}
	if got := v.Entities("GPE", ""); len(got) == 0 || got[0].Type != "GPE" {
		t.Errorf("GPE entities: %v", got)
	}
	if o := v.Outlet("المسار نت"); o == nil || len(o.Articles) == 0 || len(o.Stories) != 1 {
		t.Errorf("outlet المسار نت: %+v", o)
	}
}

// TestStableIDs checks a story keeps its id when the store is loaded
// again and when a newer article joins it.
func TestStableIDs(t *testing.T) {
	st := sampleStore(t)
	ctx := context.Background()
	v1, err := Load(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	v2, err := Load(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	ids := func(v *View) []string {
		var out []string
		for _, s := range v.Stories(StoryFilter{}) {
			out = append(out, s.ID)
		}
		slices.Sort(out)
		return out
	}
	if !slices.Equal(ids(v1), ids(v2)) {
		t.Fatalf("ids differ between loads: %q %q", ids(v1), ids(v2))
	}
	for _, id := range ids(v1) {
		if len(id) != 11 || id[0] != 's' {
			t.Errorf("story id %q: want s and ten hex digits", id)
		}
	}
	if got := StoryID("abc"); got != StoryID("abc") || got == StoryID("abd") {
		t.Error("StoryID is not a function of the article id")
	}
}

func TestLive(t *testing.T) {
	st := sampleStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	l, err := NewLive(ctx, st, nil)
	if err != nil {
		t.Fatal(err)
	}
	first := l.View()
	done := make(chan struct{})
	go func() { l.Run(ctx, 0); close(done) }()
	l.Changed()
	deadline := time.Now().Add(20 * time.Second)
	for l.View() == first {
		if time.Now().After(deadline) {
			t.Fatal("no rebuild within 20 s of Changed")
		}
		time.Sleep(5 * time.Millisecond)
	}
	if a, _, _, _ := l.View().Counts(); a != 11 {
		t.Errorf("rebuilt view has %d articles", a)
	}
	cancel()
	<-done
}
