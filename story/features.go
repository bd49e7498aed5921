package story

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
)

// stopwords are Match-normalized function words and reporting verbs that
// say nothing about which event an article is about. Written for isnad from
// common knowledge of Arabic (no source list copied); CC0.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		في من الي علي عن ان او ثم قد لا ما لم لن هذا هذه ذلك تلك هولاء التي الذي الذين اللذين
		كان كانت يكون تكون كانوا بعد قبل حيث مع بين كل غير عند منذ حتي اذا اذ لكن بل ايضا
		قال قالت يقول تقول اضاف اضافت وقال وقالت اكد اكدت اشار اشارت ذكر ذكرت اعلن اعلنت
		وفق بحسب حسب نحو حوالي اكثر اقل خلال امس اليوم يوم غدا صباح مساء هناك هنا انه انها
		هو هي هم هن نحن انا انت له لها لهم به بها بهم فيه فيها منه منها عليه عليها اليه اليها
		وقد فقد لقد و ف ب ل ك ال يا اي ام او كما مما عما بما لما عليه ضمن دون تحت فوق امام
		وراء لدي لدى الا سوي مثل عدد عده بعض جميع كافه احد اخري اخر اول ثاني جديد جديده
		المصدر مصدر مصادر اقرا ايضا السابق التالي الخبر اخبار خبر تاريخ ساعه دقيقه
	`) {
		m[w] = true
	}
	return m
}()

// entityWeight is how much a mention of each entity type says about which
// event an article reports: places and organizations count most, outlets
// (who reports, not what) not at all.
var entityWeight = map[string]float64{
	"LOC":  1.5,
	"GPE":  1.2,
	"ORG":  1.3,
	"PER":  1.0,
	"MISC": 0.6,
}

// isPlace reports whether an entity type is a place.
func isPlace(typ string) bool { return typ == "LOC" || typ == "GPE" }

// features are what the clusterer reads from one article.
type features struct {
	terms  map[string]float64 // stem → raw term frequency (title counted twice)
	ents   map[string]float64 // entity id → type weight
	places map[string]bool    // entity ids that are places
	title  map[string]float64 // title stems → count, for choosing the story's title
	figs   map[string]bool    // the figures and dated events it reports (see figureKeys)
	date   isnad.Date
	outlet string
}

// usable reports whether a stem is worth indexing: at least two letters,
// not a number, not a stopword.
func usable(norm, stem string) bool {
	if utf8.RuneCountInString(stem) < 2 || stopwords[stem] || stopwords[norm] {
		return false
	}
	for _, r := range stem {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// readFeatures reads an article's features. It uses doc.Tokens (or tokenizes
// the body when there are none), doc.Entities, doc.Quantities, doc.Dates,
// doc.Title, doc.Outlet or doc.Publisher, and doc.Published.
func readFeatures(doc *isnad.Document) features {
	f := features{
		terms:  map[string]float64{},
		ents:   map[string]float64{},
		places: map[string]bool{},
		title:  map[string]float64{},
		figs:   figureKeys(doc),
		date:   doc.Published,
		outlet: strings.TrimSpace(doc.Outlet),
	}
	if f.outlet == "" {
		f.outlet = strings.TrimSpace(doc.Publisher)
	}
	toks := doc.Tokens
	if len(toks) == 0 && doc.Body != "" {
		toks = arabic.Tokenize(doc.Body)
	}
	for _, t := range toks {
		if usable(t.Norm, t.Stem) {
			f.terms[t.Stem]++
		}
	}
	for _, t := range arabic.Tokenize(doc.Title) {
		if usable(t.Norm, t.Stem) {
			f.terms[t.Stem] += 2
			f.title[t.Stem]++
		}
	}
	for _, e := range doc.Entities {
		w, ok := entityWeight[e.Type]
		if !ok || e.ID == "" {
			continue
		}
		f.ents[e.ID] = w
		if isPlace(e.Type) {
			f.places[e.ID] = true
		}
	}
	return f
}

// minFigure is the least value of a figure the clusterer reads: smaller
// numbers (one, two, a couple) say nothing about which event it is.
const minFigure = 3

// figureKeys returns the figures an article reports (doc.Quantities) and
// the days it dates events to (doc.Dates), as keys: "#300" for a count of
// 300 of anything (the same 300 is "عنصر", "مسلح", "شخص" or a bare number
// from one outlet to the next, so the counted thing is not part of the
// key), "km:31" for a measure with its unit, "d:2017-09-05" for a day.
// Lengths of time, years, vague quantifiers ("عشرات") and numbers below
// minFigure are left out; a range gives both its bounds.
func figureKeys(doc *isnad.Document) map[string]bool {
	var m map[string]bool
	add := func(k string) {
		if m == nil {
			m = map[string]bool{}
		}
		m[k] = true
	}
	for _, q := range doc.Quantities {
		if q.Group == "time" || q.Category == "time" {
			continue
		}
		if q.Approx && (q.Min == nil || q.Max == nil || *q.Min != *q.Max) {
			continue // عشرات، مئات، آلاف
		}
		prefix := "#"
		if q.Unit != "" {
			prefix = q.Unit + ":"
		}
		for _, v := range []*float64{q.Min, q.Max} {
			if v == nil || *v < minFigure {
				continue
			}
			if q.Category == "" && q.Unit == "" && *v >= 1900 && *v <= 2100 && *v == float64(int(*v)) {
				continue // a year
			}
			add(prefix + strconv.FormatFloat(*v, 'f', -1, 64))
		}
	}
	pub := ""
	if !doc.Published.IsZero() {
		pub = doc.Published.Time().Format("2006-01-02")
	}
	for _, d := range doc.Dates {
		// The publication day itself ("اليوم", "الآن") is not an event
		// date: every article of that day would share it.
		if d.Grain == "day" && len(d.Value) == len("2006-01-02") && d.Value != pub {
			add("d:" + d.Value)
		}
	}
	return m
}

// weighted is a key with a weight, for sorting deterministically.
type weighted struct {
	key string
	w   float64
}

// top returns the n keys of m with the largest weights, ties broken by key.
func top(m map[string]float64, n int) []weighted {
	out := make([]weighted, 0, len(m))
	for k, w := range m {
		out = append(out, weighted{k, w})
	}
	slices.SortFunc(out, func(a, b weighted) int {
		switch {
		case a.w > b.w:
			return -1
		case a.w < b.w:
			return 1
		}
		return strings.Compare(a.key, b.key)
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}
