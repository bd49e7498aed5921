package desk

import (
	"slices"
	"testing"
	"time"

	"github.com/isnad-news/isnad"
)

// TestMergedEntities checks that entities written two ways in articles of
// one story are one entity of the view, known by either id.
func TestMergedEntities(t *testing.T) {
	ent := func(text, typ, id string) isnad.Entity {
		return isnad.Entity{Text: text, Type: typ, Canonical: text, ID: id}
	}
	day := func(d int) isnad.Date { x, _ := isnad.MakeDate(2024, time.March, d); return x }
	docs := map[string]*isnad.Document{
		"a1": {ID: "a1", Published: day(4), Entities: []isnad.Entity{
			ent("بنيامين نتنياهو", "PER", "per:بنياميننتنياهو"), ent("نتنياهو", "PER", "per:نتنياهو"), ent("ريان ديلون", "PER", "per:ريانديلون"),
		}},
		"a2": {ID: "a2", Published: day(5), Entities: []isnad.Entity{
			ent("نتانياهو", "PER", "per:نتانياهو"), ent("ديلون", "PER", "per:ديلون"),
		}},
		"a3": {ID: "a3", Published: day(6), Entities: []isnad.Entity{
			ent("ديلون", "PER", "per:ديلون"),
		}},
		// A place the gazetteer knows, named twice in a2, and a spelling it
		// does not know in the newer a4: the merged place keeps the
		// coordinates.
		"a4": {ID: "a4", Published: day(7), Entities: []isnad.Entity{ent("ميونخ", "LOC", "loc:ميونخ")}},
	}
	lat, lon := 48.14, 11.58
	munich := isnad.Entity{Text: "ميونيخ", Type: "LOC", Canonical: "ميونيخ", ID: "geo:munich", Lat: &lat, Lon: &lon, Country: "DE"}
	docs["a2"].Entities = append(docs["a2"].Entities, munich, munich)
	v := &View{
		docs:      docs,
		dated:     []string{"a4", "a3", "a2", "a1"},
		storyOf:   map[string]string{"a1": "s1", "a2": "s1", "a3": "s2", "a4": "s1"},
		ents:      map[string]*Entity{},
		outlets:   map[string]*Outlet{},
		storyEnts: map[string]map[string]int{},
		keys:      map[string]string{},
	}
	v.index()

	// نتانياهو is a spelling of نتنياهو, the surname of بنيامين نتنياهو.
	net := v.Entity("per:بنياميننتنياهو")
	if net == nil || v.Entity("per:نتنياهو") != net || v.Entity("per:نتانياهو") != net {
		t.Fatalf("بنيامين نتنياهو, نتنياهو and نتانياهو are not one entity: %v, %v, %v",
			net, v.Entity("per:نتنياهو"), v.Entity("per:نتانياهو"))
	}
	if net.Canonical != "بنيامين نتنياهو" || len(net.Aliases) != 3 || len(net.Mentions) != 3 {
		t.Errorf("merged entity: canonical %q, aliases %v, %d mentions", net.Canonical, net.Aliases, len(net.Mentions))
	}
	dillon := v.Entity("per:ديلون")
	if dillon == nil || dillon.ID != "per:ريانديلون" || dillon.Canonical != "ريان ديلون" {
		t.Fatalf("ديلون does not join ريان ديلون: %+v", dillon)
	}
	// a3 is in another story but names the same spelling: one entity in
	// both stories, found by either id.
	if !slices.Equal(dillon.Articles, []string{"a3", "a2", "a1"}) || len(dillon.Stories) != 2 {
		t.Errorf("ريان ديلون: articles %v, stories %v", dillon.Articles, dillon.Stories)
	}
	if got := v.Stories(StoryFilter{Entity: "per:ديلون"}); len(got) != 0 {
		// No stories are built in this view; the filter must not panic
		// and finds none.
		t.Errorf("stories: %v", got)
	}
	if n := v.storyEnts["s1"]["per:ريانديلون"]; n != 2 {
		t.Errorf("story s1 counts %d mentions of ريان ديلون, want 2", n)
	}
	if _, ok := v.storyEnts["s1"]["per:ديلون"]; ok {
		t.Error("the merged id is still counted on its own")
	}
	place := v.Entity("loc:ميونخ")
	if place == nil || place.ID != "geo:munich" || place.Canonical != "ميونيخ" || place.Lat == nil || *place.Lat != lat || place.Country != "DE" || len(place.Mentions) != 3 {
		t.Errorf("ميونخ does not join ميونيخ with its coordinates: %+v", place)
	}
	if got := len(v.Entities("", "")); got != 3 {
		t.Errorf("%d entities, want 3 (بنيامين نتنياهو, ريان ديلون, ميونيخ)", got)
	}
}
