package story

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/isnad-news/isnad"
)

// Options tunes a Clusterer. The zero value of every field means its
// default, given in its comment; DefaultOptions returns them all.
type Options struct {
	// Threshold is the least similarity at which an article joins a story
	// rather than opening a new one. Default 0.28, chosen by measuring
	// BCubed F1 on the seeds, the sample corpus and synthetic sets (see
	// eval_test.go).
	Threshold float64
	// WindowDays: an article is compared only with stories whose dates come
	// within this many days of its publication date (when both are known).
	// Default 7.
	WindowDays int
	// Candidates is how many candidate stories, ranked by the weight of the
	// features they share with the article, are scored in full. Default 12.
	Candidates int
	// IndexTerms is how many of an article's most distinctive stems are
	// looked up in the index (its entities are always looked up, up to
	// 16). Default 20.
	IndexTerms int
	// PostingScan is how many of the most recent stories are read from each
	// feature's posting list. Default 64.
	PostingScan int
	// ArticleTerms is how many stems each article contributes to its
	// story's centroid. Default 80.
	ArticleTerms int
	// CentroidTerms is how many stems a story's centroid keeps. Default 250.
	CentroidTerms int
	// Merge: when an article scores at least Threshold+Merge against two
	// open stories, the newer story is merged into the older one (the
	// article then bridges them). Default 0.05; negative disables merging.
	Merge float64
	// CloseAfter: a story that no article has joined for this many Adds,
	// or whose last date is more than twice WindowDays before the latest
	// date seen, is closed: it takes no more articles and keeps only its
	// summary, so memory stays bounded by the stories still open. Default
	// 20000.
	CloseAfter int
	// Move: in Refine, an article moves to another story when it scores
	// more than this above its own story (scored without it). Default
	// 0.02.
	Move float64
	// Split: in Refine, an article that scores below this against the rest
	// of its story and against every other story opens a new story.
	// Default 0.2; negative never splits.
	Split float64
	// RefineMerge: in Refine, two stories whose average linkage (the mean
	// score of each one's articles against the other) reaches this are
	// merged. Default 0.26 (measured over input orders, see order_test.go);
	// negative disables it.
	RefineMerge float64
	// TermWeight, EntityWeight and DateWeight weigh the three similarities
	// (TF-IDF cosine over stems, weighted Jaccard over entity ids, date
	// proximity). Defaults 0.6, 0.3, 0.1.
	TermWeight, EntityWeight, DateWeight float64
	// FigureWeight weighs shared figures and event days (1 when the story
	// reports one of the figures or dated days of the article, such as "17
	// حافلة" or "5 أيلول 2017", see figureKeys; 0 when it reports none of
	// them) when the article and the story both report some: the four
	// weights are then scaled to sum to the three others (with the
	// defaults 0.5, 0.25, 0.083 and 0.167), so that an article sharing no
	// figure with a story that has figures scores lower, one sharing a
	// figure higher. When either side reports no figure the score is that
	// of the three others. Default 0.2 (measured over input orders, see
	// order_test.go); negative disables it.
	FigureWeight float64
}

// DefaultOptions returns the options used when a field is zero.
func DefaultOptions() Options {
	return Options{
		Threshold:     0.28,
		WindowDays:    7,
		Candidates:    12,
		IndexTerms:    20,
		PostingScan:   64,
		ArticleTerms:  80,
		CentroidTerms: 250,
		CloseAfter:    20000,
		Merge:         0.05,
		Move:          0.02,
		Split:         0.2,
		RefineMerge:   0.26,
		TermWeight:    0.6,
		EntityWeight:  0.3,
		DateWeight:    0.1,
		FigureWeight:  0.2,
	}
}

// withDefaults fills the zero fields of o.
func (o Options) withDefaults() Options {
	d := DefaultOptions()
	if o.Threshold == 0 {
		o.Threshold = d.Threshold
	}
	if o.WindowDays == 0 {
		o.WindowDays = d.WindowDays
	}
	if o.Candidates <= 0 {
		o.Candidates = d.Candidates
	}
	if o.IndexTerms <= 0 {
		o.IndexTerms = d.IndexTerms
	}
	if o.PostingScan <= 0 {
		o.PostingScan = d.PostingScan
	}
	if o.ArticleTerms <= 0 {
		o.ArticleTerms = d.ArticleTerms
	}
	if o.CentroidTerms <= 0 {
		o.CentroidTerms = d.CentroidTerms
	}
	if o.Merge == 0 {
		o.Merge = d.Merge
	}
	if o.Move == 0 {
		o.Move = d.Move
	}
	if o.Split == 0 {
		o.Split = d.Split
	}
	if o.RefineMerge == 0 {
		o.RefineMerge = d.RefineMerge
	}
	if o.CloseAfter <= 0 {
		o.CloseAfter = d.CloseAfter
	}
	if o.TermWeight == 0 && o.EntityWeight == 0 && o.DateWeight == 0 {
		o.TermWeight, o.EntityWeight, o.DateWeight = d.TermWeight, d.EntityWeight, d.DateWeight
	}
	switch {
	case o.FigureWeight == 0:
		o.FigureWeight = d.FigureWeight
	case o.FigureWeight < 0:
		o.FigureWeight = 0
	}
	return o
}

// Story is one event as reported by one or more articles.
type Story struct {
	// ID is the story's id: "s1", "s2", … in the order stories were opened.
	ID string `json:"id"`
	// Title is the headline of the story's article closest to its centroid.
	Title string `json:"title"`
	// Articles are the ids given to Add, in the order they were added.
	Articles []string `json:"articles"`
	// First and Last are the earliest and latest publication dates of its
	// articles; zero when none is known.
	First isnad.Date `json:"first"`
	Last  isnad.Date `json:"last"`
	// Merged are the ids of the stories merged into this one: ids Add
	// returned earlier that now stand for this story.
	Merged []string `json:"merged,omitempty"`
	// Outlets are the articles' outlets (or publishers), sorted.
	Outlets []string `json:"outlets"`
	// Entities are the ids of the people, organizations and other
	// non-place entities its articles name most often, most frequent first
	// (at most 10).
	Entities []string `json:"entities"`
	// Places are the ids of the places its articles name most often, most
	// frequent first (at most 10).
	Places []string `json:"places"`
}

// cluster is a story being built.
type cluster struct {
	id       string
	centroid map[string]float64 // sum of the articles' unit term vectors, pruned
	norm     float64            // L2 norm of centroid
	ents     map[string]float64 // entity id → number of articles naming it, pruned
	entW     map[string]float64 // entity id → type weight
	places   map[string]bool
	figs     map[string]float64 // figure key → number of articles reporting it
	n        int
	articles []string
	titles   []titled
	first    isnad.Date
	last     isnad.Date
	outlets  map[string]bool
	lastSeq  int             // the Add (1-based) that last joined the story
	keys     map[string]bool // the index keys the story is posted under
	closed   *Story          // the summary, once the story has left the window
	members  []member        // the articles' features while the story is open, for Refine
	into     int32           // the story this one was merged into, or -1
	merged   []string
}

// titled is one article's headline and its stems.
type titled struct {
	text  string
	stems map[string]float64
}

// maxStoryEntities bounds the entities a story keeps.
const maxStoryEntities = 60

// Clusterer assigns articles to stories one at a time. It is not safe for
// concurrent use. The same articles added in the same order give the same
// stories.
type Clusterer struct {
	opt     Options
	docs    int
	df      map[string]int // stem → number of articles using it
	edf     map[string]int // entity id → number of articles naming it
	stories []*cluster
	post    map[string][]int32 // "t"+stem or "e"+id → story indices, oldest first
	open    []int32            // stories not yet closed, oldest first
	now     isnad.Date         // the latest publication date seen
}

// sweepEvery is how many Adds pass between two sweeps for stories to close.
const sweepEvery = 256

// NewClusterer returns an empty Clusterer.
func NewClusterer(opt Options) *Clusterer {
	return &Clusterer{
		opt:  opt.withDefaults(),
		df:   map[string]int{},
		edf:  map[string]int{},
		post: map[string][]int32{},
	}
}

// idf is the smoothed inverse document frequency from the articles seen.
func idf(df, n int) float64 { return math.Log(float64(n+1)/float64(df+1)) + 1 }

// Add assigns the article to an existing story or opens a new one, and
// returns the story's id and whether it was opened by this article. It
// reads the article's tokens (or body), title, entities, figures and
// dates (Quantities, Dates), outlet and publication date (see doc.go); doc
// is not modified. A nil doc opens a new, empty story. The cost of Add
// depends on the article's length and the options, not on how many
// articles came before.
func (c *Clusterer) Add(id string, doc *isnad.Document) (storyID string, isNew bool) {
	var f features
	if doc != nil {
		f = readFeatures(doc)
	} else {
		f = features{terms: map[string]float64{}, ents: map[string]float64{}, places: map[string]bool{}, title: map[string]float64{}}
	}
	c.docs++
	for t := range f.terms {
		c.df[t]++
	}
	for e := range f.ents {
		c.edf[e]++
	}
	vec := c.vector(f)
	best, bestScore := -1, 0.0
	cands := c.candidates(f, vec)
	scores := make([]float64, len(cands))
	for k, s := range cands {
		sc := c.score(f, vec, c.stories[s])
		scores[k] = sc
		if sc > bestScore || (sc == bestScore && best >= 0 && s < best) {
			best, bestScore = s, sc
		}
	}
	if best < 0 || bestScore < c.opt.Threshold {
		best = len(c.stories)
		c.stories = append(c.stories, newCluster(best))
		c.open = append(c.open, int32(best))
		isNew = true
	}
	c.join(best, id, doc, f, vec)
	if c.opt.Merge >= 0 && !isNew {
		for k, s := range cands {
			if s != best && scores[k] >= c.opt.Threshold+c.opt.Merge {
				best = c.merge(best, s)
			}
		}
	}
	if !f.date.IsZero() && c.now.Before(f.date) {
		c.now = f.date
	}
	if c.docs%sweepEvery == 0 {
		c.sweep()
	}
	return c.stories[best].id, isNew
}

// merge merges stories a and b, the newer into the older, and returns the
// index of the one that remains.
func (c *Clusterer) merge(a, b int) int {
	if b < a {
		a, b = b, a
	}
	to, from := c.stories[a], c.stories[b]
	if to.closed != nil || from.closed != nil || from.into >= 0 {
		return a
	}
	for k, w := range from.centroid {
		to.centroid[k] += w
	}
	to.trim(c.opt.CentroidTerms)
	for e, n := range from.ents {
		to.ents[e] += n
		to.entW[e] = from.entW[e]
		if from.places[e] {
			to.places[e] = true
		}
	}
	for k, n := range from.figs {
		if to.figs == nil {
			to.figs = map[string]float64{}
		}
		to.figs[k] += n
	}
	to.n += from.n
	to.articles = append(to.articles, from.articles...)
	to.titles = append(to.titles, from.titles...)
	to.merged = append(append(to.merged, from.id), from.merged...)
	if !from.first.IsZero() {
		if to.first.IsZero() || from.first.Before(to.first) {
			to.first = from.first
		}
		if to.last.IsZero() || to.last.Before(from.last) {
			to.last = from.last
		}
	}
	for o := range from.outlets {
		to.outlets[o] = true
	}
	to.lastSeq = max(to.lastSeq, from.lastSeq)
	for k := range from.keys {
		to.keys[k] = true
	}
	from.into = int32(a)
	from.centroid, from.ents, from.entW, from.places, from.titles, from.outlets, from.keys = nil, nil, nil, nil, nil, nil, nil
	from.figs = nil
	to.members = append(to.members, from.members...)
	from.articles, from.merged, from.members = nil, nil, nil
	return a
}

// resolve follows merges from story i to the story that holds it now.
func (c *Clusterer) resolve(i int32) int32 {
	for c.stories[i].into >= 0 {
		i = c.stories[i].into
	}
	return i
}

// sweep closes the open stories that have left the window.
func (c *Clusterer) sweep() {
	keep := c.open[:0]
	for _, i := range c.open {
		s := c.stories[i]
		if s.into >= 0 {
			continue
		}
		stale := c.docs-s.lastSeq > c.opt.CloseAfter
		if c.opt.WindowDays >= 0 && !c.now.IsZero() && !s.last.IsZero() &&
			c.now.Time().Sub(s.last.Time()).Hours()/24 > float64(2*c.opt.WindowDays) {
			stale = true
		}
		if stale {
			st := s.summary()
			s.closed = &st
			for k := range s.keys {
				c.unpost(k)
			}
			s.centroid, s.ents, s.entW, s.places, s.titles, s.outlets, s.keys = nil, nil, nil, nil, nil, nil, nil
			s.members, s.figs = nil, nil
			continue
		}
		keep = append(keep, i)
	}
	c.open = keep
}

// vector returns the article's unit TF-IDF vector over its ArticleTerms
// most weighty stems, heaviest first.
func (c *Clusterer) vector(f features) []weighted {
	m := make(map[string]float64, len(f.terms))
	for t, tf := range f.terms {
		m[t] = (1 + math.Log(tf)) * idf(c.df[t], c.docs)
	}
	v := top(m, c.opt.ArticleTerms)
	var sum float64
	for _, w := range v {
		sum += w.w * w.w
	}
	if sum > 0 {
		n := math.Sqrt(sum)
		for i := range v {
			v[i].w /= n
		}
	}
	return v
}

// entityKeys returns the article's entity ids weighted by type and rarity,
// heaviest first, at most 16.
func (c *Clusterer) entityKeys(f features) []weighted {
	m := make(map[string]float64, len(f.ents))
	for e, w := range f.ents {
		m[e] = w * idf(c.edf[e], c.docs)
	}
	return top(m, 16)
}

// inWindow reports whether a story's dates come within the window of d.
func (c *Clusterer) inWindow(d isnad.Date, s *cluster) bool {
	return c.opt.WindowDays < 0 || dayGap(d, s) <= float64(c.opt.WindowDays)
}

// dayGap is the number of days between d and the story's date range, 0
// when either is unknown or d falls inside it.
func dayGap(d isnad.Date, s *cluster) float64 {
	if d.IsZero() || s.first.IsZero() {
		return 0
	}
	t := d.Time()
	switch {
	case t.Before(s.first.Time()):
		return s.first.Time().Sub(t).Hours() / 24
	case t.After(s.last.Time()):
		return t.Sub(s.last.Time()).Hours() / 24
	}
	return 0
}

// candidates returns at most Candidates story indices, those sharing the
// most feature weight with the article among the recent stories of each
// feature's posting list.
func (c *Clusterer) candidates(f features, vec []weighted) []int {
	shared := map[int32]float64{}
	look := func(key string, w float64) {
		p := c.post[key]
		for i, seen := len(p)-1, 0; i >= 0 && seen < c.opt.PostingScan; i-- {
			seen++
			s := c.resolve(p[i])
			if c.stories[s].closed != nil || !c.inWindow(f.date, c.stories[s]) {
				continue
			}
			shared[s] += w
		}
	}
	for i, t := range vec {
		if i == c.opt.IndexTerms {
			break
		}
		look("t"+t.key, t.w)
	}
	for _, e := range c.entityKeys(f) {
		look("e"+e.key, 0.25*e.w)
	}
	type cand struct {
		s int32
		w float64
	}
	cs := make([]cand, 0, len(shared))
	for s, w := range shared {
		cs = append(cs, cand{s, w})
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].w != cs[j].w {
			return cs[i].w > cs[j].w
		}
		return cs[i].s > cs[j].s
	})
	if len(cs) > c.opt.Candidates {
		cs = cs[:c.opt.Candidates]
	}
	out := make([]int, len(cs))
	for i, x := range cs {
		out[i] = int(x.s)
	}
	return out
}

// score is the article's similarity to a story, between 0 and 1.
func (c *Clusterer) score(f features, vec []weighted, s *cluster) float64 {
	var cos float64
	if s.norm > 0 {
		for _, t := range vec {
			cos += t.w * s.centroid[t.key]
		}
		cos /= s.norm
	}
	// Weighted (generalized) Jaccard: Σmin/Σmax, the story's weight of an
	// entity being the share of its articles naming it.
	var mn, mx float64
	for e, w := range f.ents {
		a := w * idf(c.edf[e], c.docs)
		b := 0.0
		if n, ok := s.ents[e]; ok {
			b = s.entW[e] * idf(c.edf[e], c.docs) * n / float64(s.n)
		}
		mn += min(a, b)
		mx += max(a, b)
	}
	for e, n := range s.ents {
		if _, ok := f.ents[e]; !ok {
			mx += s.entW[e] * idf(c.edf[e], c.docs) * n / float64(s.n)
		}
	}
	var jac float64
	if mx > 0 {
		jac = mn / mx
	}
	prox := 0.5
	if !f.date.IsZero() && !s.first.IsZero() {
		prox = math.Exp(-dayGap(f.date, s) / 3)
	}
	fig, both := c.figures(f.figs, s.figs, nil)
	return c.combine(cos, jac, prox, fig, both)
}

// figures reports whether an article's figures and a story's (key →
// number of its articles reporting it) agree: 1 when the story reports one
// of the article's figures or event days, 0 when it reports none of them.
// less, when not nil, is taken off the story's counts (the article itself,
// in Refine). The second result is false, and the figures are left out of
// the score, when either side reports no figure.
func (c *Clusterer) figures(art map[string]bool, story map[string]float64, less map[string]bool) (float64, bool) {
	if c.opt.FigureWeight <= 0 || len(art) == 0 {
		return 0, false
	}
	shared, numbers := 0, 0
	for k := range art {
		m := story[k]
		if less[k] {
			m--
		}
		if m > 0 {
			shared++
			if !strings.HasPrefix(k, "d:") {
				numbers++
			}
		}
	}
	switch {
	case numbers > 0:
		return 1, true
	case shared > 0:
		// Only an event day in common: on a busy day many unrelated
		// stories share it, so it counts for little.
		return 0.25, true
	}
	for k, m := range story {
		if less[k] {
			m--
		}
		if m > 0 {
			return 0, true
		}
	}
	return 0, false
}

// combine weighs the similarities into the score. Without figures on both
// sides it is TermWeight×cos + EntityWeight×jac + DateWeight×prox; with
// them, FigureWeight×fig joins the sum and the four weights are scaled to
// sum to the three others.
func (c *Clusterer) combine(cos, jac, prox, fig float64, both bool) float64 {
	o := &c.opt
	sc := o.TermWeight*cos + o.EntityWeight*jac + o.DateWeight*prox
	if !both {
		return sc
	}
	base := o.TermWeight + o.EntityWeight + o.DateWeight
	return (sc + o.FigureWeight*fig) * base / (base + o.FigureWeight)
}

// join adds the article to story i and indexes the story under the
// article's features.
func (c *Clusterer) join(i int, id string, doc *isnad.Document, f features, vec []weighted) {
	s := c.stories[i]
	m := member{id: id, seq: c.docs, f: f}
	if doc != nil {
		m.title = doc.Title
	}
	s.members = append(s.members, m)
	c.absorb(s, m, vec)
	c.post1(i, vec, f)
}

// absorb adds one article to the story's summary and centroid.
func (c *Clusterer) absorb(s *cluster, m member, vec []weighted) {
	f := m.f
	s.n++
	s.lastSeq = max(s.lastSeq, m.seq)
	s.articles = append(s.articles, m.id)
	if m.title != "" {
		s.titles = append(s.titles, titled{m.title, f.title})
	}
	if !f.date.IsZero() {
		if s.first.IsZero() || f.date.Before(s.first) {
			s.first = f.date
		}
		if s.last.IsZero() || s.last.Before(f.date) {
			s.last = f.date
		}
	}
	if f.outlet != "" {
		s.outlets[f.outlet] = true
	}
	for _, t := range vec {
		s.centroid[t.key] += t.w
	}
	s.trim(c.opt.CentroidTerms)
	for e, w := range f.ents {
		s.ents[e]++
		s.entW[e] = w
		if f.places[e] {
			s.places[e] = true
		}
	}
	for k := range f.figs {
		if s.figs == nil {
			s.figs = map[string]float64{}
		}
		s.figs[k]++
	}
	if len(s.ents) > maxStoryEntities {
		kept := top(s.ents, maxStoryEntities)
		s.ents = make(map[string]float64, len(kept))
		for _, e := range kept {
			s.ents[e.key] = e.w
		}
		for e := range s.entW {
			if _, ok := s.ents[e]; !ok {
				delete(s.entW, e)
				delete(s.places, e)
			}
		}
	}
}

// post1 indexes story i under the article's features.
func (c *Clusterer) post1(i int, vec []weighted, f features) {
	s := c.stories[i]
	add := func(key string) {
		s.keys[key] = true
		p := c.post[key]
		if n := len(p); n > 0 && p[n-1] == int32(i) {
			return
		}
		p = append(p, int32(i))
		if limit := 4 * c.opt.PostingScan; len(p) > limit {
			p = slices.Clone(p[len(p)-c.opt.PostingScan:])
		}
		c.post[key] = p
	}
	for j, t := range vec {
		if j == c.opt.IndexTerms {
			break
		}
		add("t" + t.key)
	}
	for _, e := range c.entityKeys(f) {
		add("e" + e.key)
	}
}

// unpost drops an index key whose stories are all closed.
func (c *Clusterer) unpost(key string) {
	for _, i := range c.post[key] {
		if c.stories[c.resolve(i)].closed == nil {
			return
		}
	}
	delete(c.post, key)
}

// Len returns the number of stories (not counting those merged into
// others).
func (c *Clusterer) Len() int {
	n := 0
	for _, s := range c.stories {
		if s.into < 0 {
			n++
		}
	}
	return n
}

// Stories returns the stories in the order they were opened.
func (c *Clusterer) Stories() []Story {
	out := make([]Story, 0, len(c.stories))
	for _, s := range c.stories {
		if s.into >= 0 {
			continue
		}
		if s.closed != nil {
			st := *s.closed
			st.Articles = slices.Clone(s.articles)
			out = append(out, st)
			continue
		}
		out = append(out, s.summary())
	}
	return out
}

// summary returns the story as it stands.
func (s *cluster) summary() Story {
	st := Story{
		ID:       s.id,
		Title:    s.title(),
		Articles: slices.Clone(s.articles),
		Merged:   slices.Clone(s.merged),
		First:    s.first,
		Last:     s.last,
		Outlets:  make([]string, 0, len(s.outlets)),
	}
	for o := range s.outlets {
		st.Outlets = append(st.Outlets, o)
	}
	sort.Strings(st.Outlets)
	for _, e := range top(s.ents, len(s.ents)) {
		switch {
		case s.places[e.key] && len(st.Places) < 10:
			st.Places = append(st.Places, e.key)
		case !s.places[e.key] && len(st.Entities) < 10:
			st.Entities = append(st.Entities, e.key)
		}
	}
	return st
}

// title returns the headline whose stems are closest (cosine) to the
// story's centroid; the earliest wins ties.
func (s *cluster) title() string {
	best, bestScore := "", -1.0
	for _, t := range s.titles {
		var dot, n float64
		for k, w := range t.stems {
			dot += w * s.centroid[k]
			n += w * w
		}
		sc := 0.0
		if n > 0 && s.norm > 0 {
			sc = dot / math.Sqrt(n) / s.norm
		}
		if sc > bestScore {
			best, bestScore = t.text, sc
		}
	}
	return best
}

// newCluster returns the empty story at index i ("s" + i+1).
func newCluster(i int) *cluster {
	return &cluster{
		id:       fmt.Sprintf("s%d", i+1),
		centroid: map[string]float64{},
		ents:     map[string]float64{},
		entW:     map[string]float64{},
		places:   map[string]bool{},
		outlets:  map[string]bool{},
		keys:     map[string]bool{},
		into:     -1,
	}
}

// trim keeps the n strongest centroid terms and recomputes the norm.
func (s *cluster) trim(n int) {
	if len(s.centroid) > n {
		kept := top(s.centroid, n)
		s.centroid = make(map[string]float64, len(kept))
		for _, t := range kept {
			s.centroid[t.key] = t.w
		}
	}
	var sum float64
	for _, w := range s.centroid {
		sum += w * w
	}
	s.norm = math.Sqrt(sum)
}
