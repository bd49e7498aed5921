package story

import (
	"cmp"
	"fmt"
	"math"
	"slices"

	"github.com/isnad-news/isnad"
)

// member is one article of an open story as Refine needs it.
type member struct {
	id    string
	title string
	seq   int // the Add (1-based) that added it
	f     features
}

// rart is an article during Refine.
type rart struct {
	m     *member
	story int // the story it was in before Refine
	vec   []weighted
	g     int // its group now
}

// rgroup is a story during Refine.
type rgroup struct {
	orig  int // the story it stands for, or -1 for a story Refine opened
	into  int // the group it was merged into, or -1
	arts  []int
	cent  map[string]float64
	norm2 float64
	ents  map[string]float64 // entity id → number of its articles naming it
	figs  map[string]float64 // figure key → number of its articles reporting it
	first isnad.Date
	last  isnad.Date
}

// refiner holds the state of one Refine.
type refiner struct {
	c      *Clusterer
	arts   []rart
	groups []*rgroup
	post   map[string][]int // index key → groups
	entW   map[string]float64
}

// maxRefinePasses bounds the passes of Refine.
const maxRefinePasses = 8

// Refine revises the open stories once all articles are added, so that
// the stories depend less on the order the articles came in. It is an
// offline pass over the stories still open (closed stories are left as
// they are); the articles' term weights are recomputed with the IDF of all
// the articles seen. Each pass:
//
//   - reassigns every article, in the order of its id, to the story it
//     scores best against (its own story scored without it: the centroid
//     and entity shares of the other articles), when that score reaches
//     Threshold and beats its own story by Options.Move; an article that
//     scores below Options.Split against the rest of its own story and
//     against every other leaves to open a new story;
//   - merges two stories whose average linkage (the mean score of each
//     story's articles against the other story) reaches
//     Options.RefineMerge, the newer into the older.
//
// Passes stop when nothing changes, after at most 8. Candidate stories
// come from an index over the articles' distinctive features, as in Add,
// so a pass costs about as much as adding the open articles again. Story
// ids are kept; a story merged into another is listed in its Merged, and a
// story Refine opens gets the next id. Refine is deterministic for the
// same stories.
func (c *Clusterer) Refine() {
	r := &refiner{c: c, post: map[string][]int{}, entW: map[string]float64{}}
	for _, i := range c.open {
		s := c.stories[i]
		if s.into >= 0 || s.closed != nil || len(s.members) == 0 {
			continue
		}
		g := &rgroup{orig: int(i), into: -1, cent: map[string]float64{}, ents: map[string]float64{}}
		gi := len(r.groups)
		r.groups = append(r.groups, g)
		for k := range s.members {
			m := &s.members[k]
			for e, w := range m.f.ents {
				r.entW[e] = w
			}
			r.arts = append(r.arts, rart{m: m, story: int(i), vec: c.vector(m.f), g: gi})
			r.add(len(r.arts)-1, gi)
		}
	}
	if len(r.arts) == 0 {
		return
	}
	order := make([]int, len(r.arts))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(r.arts[a].m.id, r.arts[b].m.id) })
	for range maxRefinePasses {
		changed := r.reassign(order)
		if r.mergePass() {
			changed = true
		}
		if !changed {
			break
		}
	}
	r.apply()
}

// keys returns an article's index keys with their weights.
func (r *refiner) keys(a *rart) []weighted {
	var out []weighted
	for i, t := range a.vec {
		if i == r.c.opt.IndexTerms {
			break
		}
		out = append(out, weighted{"t" + t.key, t.w})
	}
	for _, e := range r.c.entityKeys(a.m.f) {
		out = append(out, weighted{"e" + e.key, 0.25 * e.w})
	}
	return out
}

// live follows merges from group g.
func (r *refiner) live(g int) int {
	for r.groups[g].into >= 0 {
		g = r.groups[g].into
	}
	return g
}

// add puts article a into group g.
func (r *refiner) add(a, g int) {
	grp := r.groups[g]
	art := &r.arts[a]
	art.g = g
	grp.arts = append(grp.arts, a)
	for _, t := range art.vec {
		old := grp.cent[t.key]
		grp.cent[t.key] = old + t.w
		grp.norm2 += (old+t.w)*(old+t.w) - old*old
	}
	for e := range art.m.f.ents {
		grp.ents[e]++
	}
	for k := range art.m.f.figs {
		if grp.figs == nil {
			grp.figs = map[string]float64{}
		}
		grp.figs[k]++
	}
	r.dates(grp)
	for _, k := range r.keys(art) {
		p := r.post[k.key]
		if n := len(p); n == 0 || p[n-1] != g {
			r.post[k.key] = append(p, g)
		}
	}
}

// remove takes article a out of its group.
func (r *refiner) remove(a int) {
	art := &r.arts[a]
	grp := r.groups[art.g]
	grp.arts = slices.DeleteFunc(grp.arts, func(x int) bool { return x == a })
	for _, t := range art.vec {
		old := grp.cent[t.key]
		nw := old - t.w
		grp.norm2 += nw*nw - old*old
		if math.Abs(nw) < 1e-12 {
			delete(grp.cent, t.key)
		} else {
			grp.cent[t.key] = nw
		}
	}
	if grp.norm2 < 0 {
		grp.norm2 = 0
	}
	for e := range art.m.f.ents {
		if grp.ents[e]--; grp.ents[e] <= 0 {
			delete(grp.ents, e)
		}
	}
	for k := range art.m.f.figs {
		if grp.figs[k]--; grp.figs[k] <= 0 {
			delete(grp.figs, k)
		}
	}
	r.dates(grp)
}

// dates recomputes a group's first and last dates.
func (r *refiner) dates(g *rgroup) {
	g.first, g.last = isnad.Date{}, isnad.Date{}
	for _, a := range g.arts {
		d := r.arts[a].m.f.date
		if d.IsZero() {
			continue
		}
		if g.first.IsZero() || d.Before(g.first) {
			g.first = d
		}
		if g.last.IsZero() || g.last.Before(d) {
			g.last = d
		}
	}
}

// score is article a's similarity to group g, without a when it is in g:
// the score of Add over the group's recomputed centroid.
func (r *refiner) score(a, g int) float64 {
	c := r.c
	art := &r.arts[a]
	grp := r.groups[g]
	in := art.g == g
	n := float64(len(grp.arts))
	if in {
		n--
	}
	if n <= 0 {
		return 0
	}
	var dot float64
	norm2 := grp.norm2
	for _, t := range art.vec {
		w := grp.cent[t.key]
		if in {
			nw := w - t.w
			norm2 += nw*nw - w*w
			w = nw
		}
		dot += t.w * w
	}
	var cos float64
	if norm2 > 1e-12 {
		cos = dot / math.Sqrt(norm2)
	}
	var mn, mx float64
	for e, w := range art.m.f.ents {
		x := w * idf(c.edf[e], c.docs)
		k := grp.ents[e]
		if in {
			k--
		}
		y := r.entW[e] * idf(c.edf[e], c.docs) * k / n
		mn += min(x, y)
		mx += max(x, y)
	}
	for e, k := range grp.ents {
		if _, ok := art.m.f.ents[e]; !ok {
			mx += r.entW[e] * idf(c.edf[e], c.docs) * k / n
		}
	}
	var jac float64
	if mx > 0 {
		jac = mn / mx
	}
	first, last := grp.first, grp.last
	if in && !art.m.f.date.IsZero() && (art.m.f.date == first || art.m.f.date == last) {
		first, last = isnad.Date{}, isnad.Date{}
		for _, b := range grp.arts {
			d := r.arts[b].m.f.date
			if b == a || d.IsZero() {
				continue
			}
			if first.IsZero() || d.Before(first) {
				first = d
			}
			if last.IsZero() || last.Before(d) {
				last = d
			}
		}
	}
	prox := 0.5
	if d := art.m.f.date; !d.IsZero() && !first.IsZero() {
		prox = math.Exp(-dayGap(d, &cluster{first: first, last: last}) / 3)
	}
	var less map[string]bool
	if in {
		less = art.m.f.figs
	}
	fig, both := c.figures(art.m.f.figs, grp.figs, less)
	return c.combine(cos, jac, prox, fig, both)
}

// candidates returns the live groups other than skip sharing the most
// index weight with the given keys, at most Candidates, within the window
// of date d.
func (r *refiner) candidates(keys []weighted, d isnad.Date, skip int) []int {
	shared := map[int]float64{}
	for _, k := range keys {
		p := r.post[k.key]
		for i, seen := len(p)-1, 0; i >= 0 && seen < r.c.opt.PostingScan; i-- {
			seen++
			g := r.live(p[i])
			if g == skip || len(r.groups[g].arts) == 0 {
				continue
			}
			if !r.c.inWindow(d, &cluster{first: r.groups[g].first, last: r.groups[g].last}) {
				continue
			}
			shared[g] += k.w
		}
	}
	cs := make([]weighted, 0, len(shared))
	ids := make(map[string]int, len(shared))
	for g, w := range shared {
		key := fmt.Sprintf("%09d", g)
		ids[key] = g
		cs = append(cs, weighted{key, w})
	}
	slices.SortFunc(cs, func(a, b weighted) int {
		if a.w != b.w {
			return cmp.Compare(b.w, a.w)
		}
		return cmp.Compare(a.key, b.key)
	})
	if len(cs) > r.c.opt.Candidates {
		cs = cs[:r.c.opt.Candidates]
	}
	out := make([]int, len(cs))
	for i, x := range cs {
		out[i] = ids[x.key]
	}
	return out
}

// reassign moves each article to its best group; it reports whether any
// moved.
func (r *refiner) reassign(order []int) bool {
	opt := r.c.opt
	changed := false
	for _, a := range order {
		art := &r.arts[a]
		own := r.score(a, art.g)
		alone := len(r.groups[art.g].arts) == 1
		best, bestScore := -1, 0.0
		for _, g := range r.candidates(r.keys(art), art.m.f.date, art.g) {
			if sc := r.score(a, g); sc > bestScore || (sc == bestScore && g < best) {
				best, bestScore = g, sc
			}
		}
		switch {
		case best >= 0 && bestScore >= opt.Threshold && (alone || bestScore > own+opt.Move):
			r.remove(a)
			r.add(a, best)
			changed = true
		case !alone && own < opt.Split && bestScore < opt.Split:
			r.remove(a)
			r.groups = append(r.groups, &rgroup{orig: -1, into: -1, cent: map[string]float64{}, ents: map[string]float64{}})
			r.add(a, len(r.groups)-1)
			changed = true
		}
	}
	return changed
}

// link is the average linkage of groups g and h: the mean score of each
// one's articles against the other.
func (r *refiner) link(g, h int) float64 {
	var sum float64
	var n int
	for _, a := range r.groups[g].arts {
		sum += r.score(a, h)
		n++
	}
	for _, a := range r.groups[h].arts {
		sum += r.score(a, g)
		n++
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

// older reports whether group g stands for an older story than h.
func (r *refiner) older(g, h int) bool {
	og, oh := r.groups[g].orig, r.groups[h].orig
	switch {
	case og < 0 && oh < 0:
		return g < h
	case og < 0:
		return false
	case oh < 0:
		return true
	}
	return og < oh
}

// mergePass merges groups whose average linkage reaches RefineMerge; it
// reports whether any merged.
func (r *refiner) mergePass() bool {
	if r.c.opt.RefineMerge < 0 {
		return false
	}
	changed := false
	for g := range r.groups {
		grp := r.groups[g]
		if grp.into >= 0 || len(grp.arts) == 0 {
			continue
		}
		var keys []weighted
		for _, a := range grp.arts {
			keys = append(keys, r.keys(&r.arts[a])...)
		}
		d := grp.first
		for _, h := range r.candidates(keys, d, g) {
			if h < g && r.c.opt.WindowDays >= 0 {
				// h's own pass already tried the pair unless it changed
				// since; trying again is cheap and keeps this simple.
			}
			if r.link(g, h) < r.c.opt.RefineMerge {
				continue
			}
			to, from := g, h
			if !r.older(g, h) {
				to, from = h, g
			}
			for _, a := range slices.Clone(r.groups[from].arts) {
				r.remove(a)
				r.add(a, to)
			}
			r.groups[from].into = to
			changed = true
			if from == g {
				break
			}
		}
	}
	return changed
}

// apply rebuilds the stories from the groups.
func (r *refiner) apply() {
	c := r.c
	// A story whose articles all left follows the first of them.
	holder := map[int]int{} // story → live group holding its first article
	for i := range r.arts {
		a := &r.arts[i]
		if _, ok := holder[a.story]; !ok {
			holder[a.story] = r.live(a.g)
		}
	}
	target := map[int]int{} // group → story index
	for g, grp := range r.groups {
		if grp.into >= 0 || len(grp.arts) == 0 {
			continue
		}
		if grp.orig >= 0 {
			target[g] = grp.orig
			continue
		}
		i := len(c.stories)
		c.stories = append(c.stories, newCluster(i))
		c.open = append(c.open, int32(i))
		target[g] = i
	}
	stories := make([]int, 0, len(holder))
	for s := range holder {
		stories = append(stories, s)
	}
	slices.Sort(stories)
	for _, s := range stories {
		g, kept := r.groupOf(s)
		if kept {
			continue
		}
		to := target[holder[s]]
		c.stories[s].into = int32(to)
		c.stories[to].merged = append(c.stories[to].merged, c.stories[s].id)
		c.stories[to].merged = append(c.stories[to].merged, c.stories[s].merged...)
		_ = g
	}
	for g, i := range target {
		s := c.stories[i]
		arts := slices.Clone(r.groups[g].arts)
		slices.SortFunc(arts, func(a, b int) int { return cmp.Compare(r.arts[a].m.seq, r.arts[b].m.seq) })
		members := make([]member, len(arts))
		vecs := make([][]weighted, len(arts))
		for k, a := range arts {
			members[k] = *r.arts[a].m
			vecs[k] = r.arts[a].vec
		}
		s.centroid, s.norm = map[string]float64{}, 0
		s.ents, s.entW, s.places = map[string]float64{}, map[string]float64{}, map[string]bool{}
		s.figs = nil
		s.outlets = map[string]bool{}
		s.n, s.articles, s.titles = 0, nil, nil
		s.first, s.last = isnad.Date{}, isnad.Date{}
		s.into = -1
		s.members = members
		for k, m := range members {
			c.absorb(s, m, vecs[k])
			c.post1(i, vecs[k], m.f)
		}
	}
	open := c.open[:0]
	for _, i := range c.open {
		if c.stories[i].into < 0 {
			open = append(open, i)
		}
	}
	c.open = open
	for _, s := range c.stories {
		if s.into >= 0 {
			s.centroid, s.ents, s.entW, s.places, s.titles, s.outlets, s.keys = nil, nil, nil, nil, nil, nil, nil
			s.articles, s.members = nil, nil
			s.figs = nil
		}
	}
}

// groupOf returns the live group standing for story s and whether it has
// articles.
func (r *refiner) groupOf(s int) (int, bool) {
	for g, grp := range r.groups {
		if grp.orig == s {
			return g, grp.into < 0 && len(grp.arts) > 0
		}
	}
	return -1, false
}
