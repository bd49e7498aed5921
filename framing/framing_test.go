package framing

import (
	"strings"
	"testing"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
)

// shared is what every outlet says about the convoy, in the same words.
const shared = "وصلت القافلة إلى دير الزور بعد مفاوضات طويلة مع الجيش اللبناني، وانسحبت الحافلات من الحدود السورية اللبنانية. "

// watan calls the fighters terrorists and Daesh, and the dead martyrs.
const watan = shared + "هاجم الإرهابيون الدواعش القرية قبل انسحابهم. " +
	"وسقط شهداء من المدنيين برصاص الدواعش. " +
	"وقال الأهالي إن الإرهابيين الدواعش أعدموا الشهداء في بيوتهم. " +
	"وشيع الأهالي الشهداء في القرية. "

// hadath calls them gunmen and the organization's fighters, and the dead
// killed.
const hadath = shared + "هاجم المسلحون القرية قبل انسحاب مقاتلي التنظيم. " +
	"وسقط قتلى من المدنيين برصاص المسلحين. " +
	"وقال الأهالي إن مقاتلي التنظيم أعدموا المدنيين في بيوتهم وإن عدد القتلى ارتفع. " +
	"ونقل المسلحون القتلى إلى القرية بعد خروج مقاتلي التنظيم. "

func doc(outlet, body string) *isnad.Document {
	return &isnad.Document{Outlet: outlet, Body: body}
}

// repeat returns n copies of docs, in turn.
func repeat(n int, docs ...*isnad.Document) []*isnad.Document {
	var out []*isnad.Document
	for range n {
		out = append(out, docs...)
	}
	return out
}

// terms returns an outlet's words as "term count/others".
func terms(o Outlet) map[string][2]int {
	m := map[string][2]int{}
	for _, w := range o.Words {
		m[w.Term] = [2]int{w.Count, w.Others}
	}
	return m
}

func TestCompare(t *testing.T) {
	tests := []struct {
		name string
		docs []*isnad.Document
		opt  Options
		// want is, per outlet in order, its name, articles and words that
		// must come out with their counts (count, others).
		want []wantOutlet
		// not are words that must not come out for any outlet.
		not []string
	}{
		{
			name: "two outlets, different words",
			docs: repeat(4, doc("الوطن", watan), doc("الحدث", hadath)),
			want: []wantOutlet{
				{"الوطن", 4, map[string][2]int{"الدواعش": {12, 0}, "الشهداء": {12, 0}, "الإرهابيون الدواعش": {8, 0}}},
				{"الحدث", 4, map[string][2]int{"المسلحون": {12, 0}, "مقاتلي التنظيم": {12, 0}, "القتلى": {12, 0}}},
			},
			not: []string{"القافلة", "دير الزور", "الأهالي"},
		},
		{
			name: "an outlet with a single article",
			docs: []*isnad.Document{doc("الوطن", watan), doc("الحدث", hadath), doc("الحدث", hadath), doc("الحدث", hadath)},
			opt:  Options{MinZ: 1},
			want: []wantOutlet{
				{"الوطن", 1, map[string][2]int{"الدواعش": {3, 0}, "الشهداء": {3, 0}}},
				{"الحدث", 3, nil},
			},
			not: []string{"القافلة", "دير الزور"},
		},
		{
			name: "identical outlets",
			docs: []*isnad.Document{doc("الوطن", watan), doc("الحدث", watan), doc("النهار", watan)},
			want: []wantOutlet{{"الوطن", 1, nil}, {"الحدث", 1, nil}, {"النهار", 1, nil}},
			not:  []string{"الدواعش", "الشهداء", "القافلة"},
		},
		{
			name: "one outlet has nothing to compare with",
			docs: []*isnad.Document{doc("الوطن", watan), doc("الوطن", hadath)},
			want: []wantOutlet{{"الوطن", 2, nil}},
			not:  []string{"الدواعش", "القتلى"},
		},
		{
			name: "outlet from publisher, then source file",
			docs: []*isnad.Document{
				{Publisher: "الوطن", Body: watan},
				{Source: "feeds/hadath.xml#1", Body: hadath},
				{Source: "feeds/hadath.xml#2", Body: hadath},
			},
			want: []wantOutlet{{"الوطن", 1, nil}, {"feeds/hadath.xml", 2, nil}},
		},
		{
			name: "empty input",
		},
		{
			name: "empty bodies",
			docs: []*isnad.Document{doc("الوطن", ""), nil, doc("الحدث", "")},
			want: []wantOutlet{{"الوطن", 1, nil}, {"الحدث", 1, nil}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Compare(tt.docs, tt.opt)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d outlets %v, want %d", len(got), got, len(tt.want))
			}
			for i, w := range tt.want {
				o := got[i]
				if o.Name != w.name || o.Articles != w.articles {
					t.Errorf("outlet %d: got %+q with %d articles, want %+q with %d", i, o.Name, o.Articles, w.name, w.articles)
				}
				have := terms(o)
				for term, c := range w.words {
					h, ok := have[term]
					switch {
					case !ok:
						t.Errorf("%+q: %+q missing; got %v", o.Name, term, o.Words)
					case h != c:
						t.Errorf("%+q: %+q counts %v, want %v", o.Name, term, h, c)
					}
				}
				for _, x := range o.Words {
					if x.Count < DefaultMinCount || x.Score < 1 {
						t.Errorf("%+q: %+q kept with count %d, z %.2f", o.Name, x.Term, x.Count, x.Score)
					}
				}
				for _, term := range tt.not {
					if _, ok := have[term]; ok {
						t.Errorf("%+q: %+q is not distinctive; got %v", o.Name, term, o.Words)
					}
				}
			}
		})
	}
}

type wantOutlet struct {
	name     string
	articles int
	words    map[string][2]int
}

// TestCompareOrder checks that the words come most distinctive first, at
// most Top of them, and that stopwords and numbers never come out.
func TestCompareOrder(t *testing.T) {
	num := " في عام 2017 و 300 من 300 في 300 على 300. "
	docs := []*isnad.Document{doc("الوطن", watan+num+num), doc("الحدث", hadath)}
	for _, top := range []int{1, 3, 10} {
		got := Compare(docs, Options{Top: top, MinZ: 0.5})
		for _, o := range got {
			if len(o.Words) > top {
				t.Errorf("top %d: %+q has %d words", top, o.Name, len(o.Words))
			}
			for i, w := range o.Words {
				if i > 0 && w.Score > o.Words[i-1].Score {
					t.Errorf("top %d: %+q: %+q (%.2f) after %+q (%.2f)", top, o.Name, w.Term, w.Score, o.Words[i-1].Term, o.Words[i-1].Score)
				}
				for _, f := range strings.Fields(w.Term) {
					if stopwords[f] || strings.ContainsAny(f, "0123456789") {
						t.Errorf("top %d: %+q: %+q kept", top, o.Name, w.Term)
					}
				}
			}
		}
	}
}

// TestCompareTokens checks that documents already tokenized are read from
// their tokens, grouping الدواعش and دواعش under one stem.
func TestCompareTokens(t *testing.T) {
	a := doc("أ", "الدواعش دواعش الدواعش هاجموا. الدواعش دواعش هاجموا. قتلى.")
	b := doc("ب", "المسلحون هاجموا. المسلحون هاجموا. المسلحون والمسلحين قتلى.")
	a.Tokens = arabic.Tokenize(a.Body)
	b.Tokens = arabic.Tokenize(b.Body)
	got := Compare([]*isnad.Document{a, b}, Options{MinZ: 0.5})
	if w := terms(got[0]); w["الدواعش"] != [2]int{5, 0} {
		t.Errorf("got %v, want الدواعش 5/0", got[0].Words)
	}
	if w := terms(got[1]); w["المسلحون"] != [2]int{4, 0} {
		t.Errorf("got %v, want المسلحون 4/0", got[1].Words)
	}
}
