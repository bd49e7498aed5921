package story

import (
	"math"
	"slices"
	"testing"
	"time"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
)

func TestBCubed(t *testing.T) {
	tests := []struct {
		name      string
		gold, got map[string]string
		p, r, f   float64
	}{
		{
			name: "perfect",
			gold: map[string]string{"a": "x", "b": "x", "c": "y"},
			got:  map[string]string{"a": "1", "b": "1", "c": "2"},
			p:    1, r: 1, f: 1,
		},
		{
			name: "all in one cluster",
			gold: map[string]string{"a": "x", "b": "x", "c": "y", "d": "y"},
			got:  map[string]string{"a": "1", "b": "1", "c": "1", "d": "1"},
			p:    0.5, r: 1, f: 2 * 0.5 / 1.5,
		},
		{
			name: "all singletons",
			gold: map[string]string{"a": "x", "b": "x", "c": "y", "d": "y"},
			got:  map[string]string{"a": "1", "b": "2", "c": "3", "d": "4"},
			p:    1, r: 0.5, f: 2 * 0.5 / 1.5,
		},
		{
			name: "missing item counts as alone",
			gold: map[string]string{"a": "x", "b": "x"},
			got:  map[string]string{"a": "1"},
			p:    1, r: 0.5, f: 2 * 0.5 / 1.5,
		},
		{
			name: "labels need not match names",
			gold: map[string]string{"a": "x", "b": "x", "c": "x"},
			got:  map[string]string{"a": "x", "b": "x", "c": "q"},
			// a, b: P 1, R 2/3; c: P 1, R 1/3.
			p: 1, r: (2.0/3 + 2.0/3 + 1.0/3) / 3, f: 2 * (5.0 / 9) / (1 + 5.0/9),
		},
		{
			name: "empty",
			gold: map[string]string{},
			got:  map[string]string{"a": "1"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, r, f := BCubed(tt.gold, tt.got)
			for _, v := range []struct {
				name      string
				got, want float64
			}{{"precision", p, tt.p}, {"recall", r, tt.r}, {"F1", f, tt.f}} {
				if math.Abs(v.got-v.want) > 1e-9 {
					t.Errorf("%s = %.4f, want %.4f", v.name, v.got, v.want)
				}
			}
		})
	}
}

// article makes a tokenized document for the unit tests.
func article(title, body, outlet, date string, ents ...isnad.Entity) *isnad.Document {
	d := &isnad.Document{Title: title, Body: body, Outlet: outlet, Tokens: arabic.Tokenize(body), Entities: ents}
	if date != "" {
		d.Published, _ = isnad.ParseDate(date)
	}
	return d
}

var (
	ferry  = "أوقفت شرطة الأنهار عبارة تقل عائلات نازحة من البو شهاب عند معبر أم الطيور على نهر الصفصاف وعلى متنها نحو 300 راكب"
	ferry2 = "قالت شرطة الأنهار إن العبارة المحتجزة في نهر الصفصاف كانت تقل 312 راكبا من النازحين عند معبر أم الطيور"
	flood  = "اجتاحت سيول جارفة بلدة عين الغزلان في وادي السدر فجر الجمعة وأودت بحياة سبعة أشخاص وفقد نحو 15 آخرين"
	place  = isnad.Entity{Type: "LOC", ID: "loc:الصفصاف"}
	town   = isnad.Entity{Type: "LOC", ID: "loc:عين الغزلان"}
)

func TestClustererAdd(t *testing.T) {
	type add struct {
		id  string
		doc *isnad.Document
	}
	tests := []struct {
		name  string
		opt   Options
		adds  []add
		want  []string // story id of each add
		isNew []bool
	}{
		{
			name: "same event joins, other event opens",
			adds: []add{
				{"a", article("احتجاز عبارة في نهر الصفصاف", ferry, "المنارة", "2023-09-06", place)},
				{"b", article("شرطة الأنهار: 312 راكبا على العبارة", ferry2, "الوادي", "2023-09-06", place)},
				{"c", article("سيول في عين الغزلان", flood, "الميزان", "2023-09-16", town)},
			},
			want:  []string{"s1", "s1", "s2"},
			isNew: []bool{true, false, true},
		},
		{
			name: "outside the time window opens a new story",
			adds: []add{
				{"a", article("احتجاز عبارة في نهر الصفصاف", ferry, "المنارة", "2023-09-06", place)},
				{"b", article("شرطة الأنهار: 312 راكبا على العبارة", ferry2, "الوادي", "2024-03-01", place)},
			},
			want:  []string{"s1", "s2"},
			isNew: []bool{true, true},
		},
		{
			name: "unknown dates do not block",
			adds: []add{
				{"a", article("احتجاز عبارة في نهر الصفصاف", ferry, "المنارة", "", place)},
				{"b", article("شرطة الأنهار: 312 راكبا على العبارة", ferry2, "الوادي", "2023-09-06", place)},
			},
			want:  []string{"s1", "s1"},
			isNew: []bool{true, false},
		},
		{
			name: "empty and nil documents open their own stories",
			adds: []add{
				{"a", &isnad.Document{}},
				{"b", nil},
				{"c", &isnad.Document{}},
			},
			want:  []string{"s1", "s2", "s3"},
			isNew: []bool{true, true, true},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := NewClusterer(tt.opt)
			for i, a := range tt.adds {
				id, isNew := c.Add(a.id, a.doc)
				if id != tt.want[i] || isNew != tt.isNew[i] {
					t.Errorf("Add(%s) = %s, %v; want %s, %v", a.id, id, isNew, tt.want[i], tt.isNew[i])
				}
			}
		})
	}
}

func TestStories(t *testing.T) {
	c := NewClusterer(Options{})
	c.Add("a", article("احتجاز عبارة في نهر الصفصاف", ferry, "المنارة", "2023-09-06", place))
	c.Add("b", article("شرطة الأنهار: 312 راكبا على العبارة", ferry2, "الوادي", "2023-09-07", place))
	got := c.Stories()
	if len(got) != 1 {
		t.Fatalf("got %d stories, want 1: %+v", len(got), got)
	}
	s := got[0]
	tests := []struct {
		name      string
		got, want any
	}{
		{"id", s.ID, "s1"},
		{"articles", s.Articles, []string{"a", "b"}},
		{"first", s.First.String(), "2023-09-06"},
		{"last", s.Last.String(), "2023-09-07"},
		{"outlets", s.Outlets, []string{"المنارة", "الوادي"}},
		{"places", s.Places, []string{"loc:الصفصاف"}},
		{"entities", len(s.Entities), 0},
		{"title is a headline", slices.Contains([]string{"احتجاز عبارة في نهر الصفصاف", "شرطة الأنهار: 312 راكبا على العبارة"}, s.Title), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !equal(tt.got, tt.want) {
				t.Errorf("got %+q, want %+q", tt.got, tt.want)
			}
		})
	}
}

// equal compares the values TestStories checks.
func equal(a, b any) bool {
	if x, ok := a.([]string); ok {
		y, _ := b.([]string)
		return slices.Equal(x, y)
	}
	return a == b
}

// TestDeterministic adds the same synthetic stream twice and checks the
// stories are the same.
func TestDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the tagger")
	}
	set := synthetic(corpusSet(t), 1500, 4)
	run := func() []string {
		c := NewClusterer(Options{})
		var ids []string
		for _, a := range set {
			id, _ := c.Add(a.id, a.doc)
			ids = append(ids, id)
		}
		for _, s := range c.Stories() {
			ids = append(ids, s.Title, s.Last.String())
			ids = append(ids, s.Entities...)
		}
		return ids
	}
	if a, b := run(), run(); !slices.Equal(a, b) {
		t.Error("two runs over the same input differ")
	}
}

func FuzzAdd(f *testing.F) {
	f.Add("احتجاز عبارة", ferry, "المنارة", 2023, 9, 6, "loc:x")
	f.Add("", "", "", 0, 0, 0, "")
	f.Add("\xff\xfe", "و ب ل ال", "x", 1, 1, 1, "geo:1")
	f.Fuzz(func(t *testing.T, title, body, outlet string, y, m, d int, ent string) {
		c := NewClusterer(Options{})
		date, _ := isnad.MakeDate(y, 0, d)
		if m >= 1 && m <= 12 {
			date, _ = isnad.MakeDate(y, time.Month(m), d)
		}
		doc := &isnad.Document{Title: title, Body: body, Outlet: outlet, Published: date,
			Entities: []isnad.Entity{{Type: "LOC", ID: ent}, {Type: "PER", ID: ent + "p"}}}
		for i := range 3 {
			id, _ := c.Add(string(rune('a'+i)), doc)
			if id == "" {
				t.Fatal("empty story id")
			}
		}
		n := 0
		for _, s := range c.Stories() {
			n += len(s.Articles)
		}
		if n != 3 {
			t.Fatalf("stories hold %d articles, want 3", n)
		}
	})
}

// TestClosedStories checks that stories left behind by the window are
// closed but still listed with their summary.
func TestClosedStories(t *testing.T) {
	c := NewClusterer(Options{})
	c.Add("old", article("احتجاز عبارة في نهر الصفصاف", ferry, "المنارة", "2023-01-01", place))
	for i := range 2 * sweepEvery {
		c.Add(string(rune('a'+i%26))+string(rune('0'+i/26)), article("سيول في عين الغزلان", flood, "الميزان", "2023-09-16", town))
	}
	if got := c.stories[0].closed; got == nil {
		t.Fatal("the old story is still open")
	}
	st := c.Stories()[0]
	if st.Title != "احتجاز عبارة في نهر الصفصاف" || !slices.Equal(st.Articles, []string{"old"}) || !slices.Equal(st.Places, []string{"loc:الصفصاف"}) {
		t.Errorf("closed story = %+q", st)
	}
	// A late article about the old event opens a new story.
	if id, isNew := c.Add("late", article("احتجاز عبارة في نهر الصفصاف", ferry, "المنارة", "2023-01-02", place)); !isNew {
		t.Errorf("late article joined %s", id)
	}
}
