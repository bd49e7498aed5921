package story

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
	"github.com/isnad-news/isnad/entity"
	"github.com/isnad-news/isnad/extract"
	"github.com/isnad-news/isnad/ingest"
	"github.com/isnad-news/isnad/internal/seedtest"
	"github.com/isnad-news/isnad/quantity"
	"github.com/isnad-news/isnad/timex"
)

// labelled is one article of an evaluation set with its gold story.
type labelled struct {
	id   string
	gold string
	doc  *isnad.Document
}

// entityStage is built once: loading the tagger is slow.
var entityStage = sync.OnceValues(func() (isnad.Stage, error) { return entity.NewStage(entity.Options{}) })

// analyse runs the stages the clusterer reads (tokens, entities) on doc.
func analyse(tb testing.TB, doc *isnad.Document, stages ...isnad.Stage) {
	tb.Helper()
	ent, err := entityStage()
	if err != nil {
		tb.Fatal(err)
	}
	stages = append(stages, arabic.NewTokenizer(), ent, quantity.NewStage(), timex.NewStage())
	for _, s := range stages {
		if err := s.Process(context.Background(), doc); err != nil {
			tb.Fatalf("%s: %s: %v", doc.Source, s.Name(), err)
		}
	}
}

// seedSet returns the five shared seeds: 000, 001 and 002 are one story,
// 003 and 004 each their own.
func seedSet(tb testing.TB) []labelled {
	seedtest.Need(tb)
	ent, err := entityStage()
	if err != nil {
		tb.Fatal(err)
	}
	gold := map[string]string{"000_": "convoy", "001_": "convoy", "002_": "convoy", "003_": "other3", "004_": "other4"}
	var set []labelled
	for _, p := range []string{"000_", "001_", "002_", "003_", "004_"} {
		doc := seedtest.Run(tb, p, extract.New(extract.Options{}), arabic.NewTokenizer(), ent, quantity.NewStage(), timex.NewStage())
		set = append(set, labelled{p, gold[p], doc})
	}
	return set
}

// corpusEvent returns the sample corpus event of a document source (see
// testdata/corpus/README.md).
func corpusEvent(source string) string {
	base := path.Base(source)
	switch {
	case strings.HasPrefix(base, "ferry-"), base == "ufuq-feed.xml#1":
		return "ferry"
	case strings.HasPrefix(base, "flood-"), base == "ufuq-feed.xml#2":
		return "flood"
	}
	return ""
}

// corpusSet reads and analyses the sample corpus, once.
var corpusDocs = sync.OnceValues(func() ([]labelled, error) {
	ctx := context.Background()
	ent, err := entityStage()
	if err != nil {
		return nil, err
	}
	var set []labelled
	for d, err := range ingest.NewReader(ingest.Options{}).FS(ctx, isnad.SampleCorpus(), ".") {
		if err != nil {
			return nil, err
		}
		for _, s := range []isnad.Stage{extract.New(extract.Options{}), arabic.NewTokenizer(), ent, quantity.NewStage(), timex.NewStage()} {
			if err := s.Process(ctx, d); err != nil {
				return nil, fmt.Errorf("%s: %s: %w", d.Source, s.Name(), err)
			}
		}
		set = append(set, labelled{d.Source, corpusEvent(d.Source), d})
	}
	return set, nil
})

func corpusSet(tb testing.TB) []labelled {
	tb.Helper()
	set, err := corpusDocs()
	if err != nil {
		tb.Fatal(err)
	}
	for _, a := range set {
		if a.gold == "" {
			tb.Fatalf("%s: no event in the corpus README", a.id)
		}
	}
	return set
}

// recombined builds n articles per event of the sample corpus, each made
// of 2 to 4 paragraphs drawn from that event's articles, with an outlet
// drawn from all outlets and a date up to 3 days after the event's first
// report, in shuffled order.
func recombined(tb testing.TB, n int) []labelled {
	tb.Helper()
	base := corpusSet(tb)
	paras := map[string][]string{}
	titles := map[string][]string{}
	first := map[string]isnad.Date{}
	var outlets []string
	for _, a := range base {
		for _, p := range strings.Split(a.doc.Body, "\n") {
			if len(strings.TrimSpace(p)) > 60 {
				paras[a.gold] = append(paras[a.gold], p)
			}
		}
		if a.doc.Title != "" {
			titles[a.gold] = append(titles[a.gold], a.doc.Title)
		}
		if d := a.doc.Published; !d.IsZero() && (first[a.gold].IsZero() || d.Before(first[a.gold])) {
			first[a.gold] = d
		}
		if a.doc.Outlet != "" {
			outlets = append(outlets, a.doc.Outlet)
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var set []labelled
	for _, ev := range []string{"ferry", "flood"} {
		for i := range n {
			k := 2 + rng.IntN(3)
			var body []string
			for range k {
				body = append(body, paras[ev][rng.IntN(len(paras[ev]))])
			}
			d := first[ev].Time().AddDate(0, 0, rng.IntN(4))
			doc := &isnad.Document{
				Source:    fmt.Sprintf("%s-%d", ev, i),
				Title:     titles[ev][rng.IntN(len(titles[ev]))],
				Outlet:    outlets[rng.IntN(len(outlets))],
				Published: isnad.Date{Year: d.Year(), Month: d.Month(), Day: d.Day()},
				Body:      strings.Join(body, "\n"),
			}
			analyse(tb, doc)
			set = append(set, labelled{doc.Source, ev, doc})
		}
	}
	rng.Shuffle(len(set), func(i, j int) { set[i], set[j] = set[j], set[i] })
	return set
}

// runSet adds the set in order and returns its BCubed scores.
func runSet(set []labelled, opt Options) (p, r, f float64, c *Clusterer) {
	c = NewClusterer(opt)
	gold, got := map[string]string{}, map[string]string{}
	for _, a := range set {
		gold[a.id] = a.gold
		got[a.id], _ = c.Add(a.id, a.doc)
	}
	p, r, f = BCubed(gold, got)
	return p, r, f, c
}

// f1Floors are the recorded BCubed F1 floors of each evaluation set with
// the default options.
var f1Floors = map[string]float64{
	"seeds":      1.0,
	"corpus":     0.90,
	"recombined": 0.90,
	"synthetic":  0.90,
}

// TestBCubedFloors clusters each evaluation set with the default options
// and fails when its BCubed F1 drops below the recorded floor. Run with -v
// for the scores and the stories.
func TestBCubedFloors(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the tagger")
	}
	type set struct {
		name string
		get  func(t *testing.T) []labelled
	}
	for _, s := range []set{
		{"seeds", func(t *testing.T) []labelled { return seedSet(t) }},
		{"corpus", func(t *testing.T) []labelled { return corpusSet(t) }},
		{"recombined", func(t *testing.T) []labelled { return recombined(t, 25) }},
		{"synthetic", func(t *testing.T) []labelled { return synthetic(corpusSet(t), 2000, 7) }},
	} {
		t.Run(s.name, func(t *testing.T) {
			items := s.get(t)
			p, r, f, c := runSet(items, Options{})
			t.Logf("%s: %d articles, %d stories: BCubed P %.3f R %.3f F1 %.3f", s.name, len(items), c.Len(), p, r, f)
			if len(items) <= 60 {
				for _, st := range c.Stories() {
					t.Logf("  %s %+q %v", st.ID, st.Title, st.Articles)
				}
			}
			if f < f1Floors[s.name] {
				t.Errorf("%s: BCubed F1 %.3f below the floor %.2f", s.name, f, f1Floors[s.name])
			}
		})
	}
}

// TestThresholdSweep logs BCubed F1 on every set for a range of
// thresholds: how the default threshold was chosen. Run with -v -run Sweep.
func TestThresholdSweep(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the tagger")
	}
	sets := map[string][]labelled{
		"corpus":     corpusSet(t),
		"recombined": recombined(t, 25),
		"synthetic":  synthetic(corpusSet(t), 2000, 7),
	}
	if _, err := os.Stat(seedtest.Dir()); err == nil {
		sets["seeds"] = seedSet(t)
	}
	for th := 0.20; th < 0.37; th += 0.02 {
		var line []string
		for _, name := range []string{"seeds", "corpus", "recombined", "synthetic"} {
			if sets[name] == nil {
				continue
			}
			start := time.Now()
			_, _, f, _ := runSet(sets[name], Options{Threshold: th})
			line = append(line, fmt.Sprintf("%s %.3f (%v)", name, f, time.Since(start).Round(time.Millisecond)))
		}
		t.Logf("threshold %.2f: %s", th, strings.Join(line, "  "))
	}
}
