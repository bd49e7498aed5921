package story

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"testing"

	"github.com/isnad-news/isnad/internal/seedtest"
)

// byDate returns the set oldest first, undated last, ties by id: the order
// in which `isnad stories` re-clusters a store.
func byDate(set []labelled) []labelled {
	out := slices.Clone(set)
	slices.SortStableFunc(out, func(a, b labelled) int {
		da, db := a.doc.Published, b.doc.Published
		switch {
		case da.IsZero() && !db.IsZero():
			return 1
		case !da.IsZero() && db.IsZero():
			return -1
		case da.Before(db):
			return -1
		case db.Before(da):
			return 1
		}
		return cmp.Compare(a.id, b.id)
	})
	return out
}

// orders returns the orders a set is evaluated in: date order, its
// reverse, and n seeded random permutations.
func orders(set []labelled, n int) map[string][]labelled {
	d := byDate(set)
	r := slices.Clone(d)
	slices.Reverse(r)
	out := map[string][]labelled{"date": d, "reverse": r}
	for i := range n {
		p := slices.Clone(set)
		rng := rand.New(rand.NewPCG(uint64(i), 11))
		rng.Shuffle(len(p), func(a, b int) { p[a], p[b] = p[b], p[a] })
		out[fmt.Sprintf("random%02d", i)] = p
	}
	return out
}

// orderScore is BCubed over many input orders.
type orderScore struct {
	minP, minR, minF    float64
	meanP, meanR, meanF float64
	worst               string // the order with the lowest F1
}

// runRefined adds the set in order, refines when asked and returns its
// BCubed scores.
func runRefined(set []labelled, opt Options, refine bool) (p, r, f float64, c *Clusterer) {
	c = NewClusterer(opt)
	for _, a := range set {
		c.Add(a.id, a.doc)
	}
	if refine {
		c.Refine()
	}
	gold, got := map[string]string{}, map[string]string{}
	for _, a := range set {
		gold[a.id] = a.gold
	}
	for _, s := range c.Stories() {
		for _, id := range s.Articles {
			got[id] = s.ID
		}
	}
	p, r, f = BCubed(gold, got)
	return p, r, f, c
}

// overOrders clusters the set in every order of orders(set, 20).
func overOrders(set []labelled, opt Options, refine bool) orderScore {
	s := orderScore{minP: 1, minR: 1, minF: 1}
	os := orders(set, 20)
	names := make([]string, 0, len(os))
	for k := range os {
		names = append(names, k)
	}
	slices.Sort(names)
	for _, name := range names {
		p, r, f, _ := runRefined(os[name], opt, refine)
		s.meanP += p / float64(len(os))
		s.meanR += r / float64(len(os))
		s.meanF += f / float64(len(os))
		s.minP, s.minR = min(s.minP, p), min(s.minR, r)
		if f < s.minF || s.worst == "" {
			s.minF, s.worst = min(s.minF, f), name
		}
	}
	return s
}

// orderSets are the sets judged over input orders: the sample corpus, and
// the seeds with it when the seeds are present.
func orderSets(t *testing.T) map[string][]labelled {
	sets := map[string][]labelled{"corpus": corpusSet(t)}
	if _, err := os.Stat(seedtest.Dir()); err == nil {
		sets["seeds+corpus"] = append(seedSet(t), corpusSet(t)...)
	}
	return sets
}

// orderFloors are the recorded least BCubed F1 over all orders, with
// refinement (without it: 1.000 and 0.904). Seeds with corpus not yet 1.0:
// seed 003 reports no exact figure, so the shared-figures signal does not
// apply to it, and in some orders it joins 004, or both join the convoy
// story.
var orderFloors = map[string]float64{
	"corpus":       1.0,
	"seeds+corpus": 0.90,
}

// TestOrderRobustness clusters the seeds with the sample corpus, and the
// corpus alone, in date order (oldest first, undated last: the order of
// `isnad stories`), in reverse and in 20 seeded random orders, with and
// without Refine, and logs BCubed min/mean over the orders. It fails when
// the refined least F1 drops below orderFloors. Run with -v -run Order.
func TestOrderRobustness(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the tagger")
	}
	sets := orderSets(t)
	for _, name := range []string{"seeds+corpus", "corpus"} {
		set := sets[name]
		if set == nil {
			continue
		}
		for _, refine := range []bool{false, true} {
			s := overOrders(set, Options{}, refine)
			t.Logf("%-13s refine=%-5v P min %.3f mean %.3f  R min %.3f mean %.3f  F1 min %.3f mean %.3f (worst: %s)",
				name, refine, s.minP, s.meanP, s.minR, s.meanR, s.minF, s.meanF, s.worst)
			if refine && s.minF < orderFloors[name] {
				t.Errorf("%s: least BCubed F1 over orders %.3f below the floor %.2f (worst order %s)", name, s.minF, orderFloors[name], s.worst)
			}
		}
		_, _, _, c := runRefined(byDate(set), Options{}, false)
		for _, st := range c.Stories() {
			t.Logf("  date order, unrefined: %s %v", st.ID, st.Articles)
		}
	}
}
