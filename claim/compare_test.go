package claim

import (
	"strings"
	"testing"

	"github.com/isnad-news/isnad"
)

// fig describes a figure of a synthetic document: the text it covers (the
// first occurrence in the body) and its reading.
type fig struct {
	text              string
	min, max          *float64
	approx            bool
	counted, cat, grp string
	chain             []isnad.Source
}

// org names an ORG entity in a synthetic document.
type orgName struct{ text, id string }

// mkdoc builds an analysed document from sentences written for the tests.
func mkdoc(t *testing.T, id, body string, figs []fig, orgs []orgName) *isnad.Document {
	t.Helper()
	d := &isnad.Document{ID: id, Source: id + ".txt", Body: body}
	for _, g := range figs {
		i := strings.Index(body, g.text)
		if i < 0 {
			t.Fatalf("%s: %+q not in body", id, g.text)
		}
		d.Quantities = append(d.Quantities, isnad.Quantity{
			Span: isnad.Span{Start: i, End: i + len(g.text)}, Text: g.text,
			Min: g.min, Max: g.max, Approx: g.approx, Counted: g.counted, Category: g.cat, Group: g.grp,
			SourceChain: g.chain,
		})
	}
	for _, o := range orgs {
		i := strings.Index(body, o.text)
		if i < 0 {
			t.Fatalf("%s: %+q not in body", id, o.text)
		}
		d.Entities = append(d.Entities, isnad.Entity{Span: isnad.Span{Start: i, End: i + len(o.text)}, Text: o.text, Type: "ORG", Canonical: o.text, ID: o.id})
	}
	return d
}

func exactFig(text string, v float64, counted, cat, grp string) fig {
	return fig{text: text, min: f(v), max: f(v), counted: counted, cat: cat, grp: grp}
}

// summary is a comparison as the tests check it.
type summary struct {
	key      string // Category|Subject
	answers  int
	conflict bool
	origins  int
}

func summarize(cs []Comparison) map[string]summary {
	m := map[string]summary{}
	for _, c := range cs {
		k := c.Category + "|" + c.Subject
		m[k] = summary{k, len(c.Answers), c.Conflict, c.Origins}
	}
	return m
}

func TestCompareGrouping(t *testing.T) {
	tests := []struct {
		name string
		docs func(t *testing.T) []*isnad.Document
		want []summary
	}{
		{
			name: "convoy buses apart from buses that turned back",
			docs: func(t *testing.T) []*isnad.Document {
				a := mkdoc(t, "a", "انطلقت القافلة التي تضم 20 حافلة من المدينة صباحا.",
					[]fig{exactFig("20 حافلة", 20, "حافلة", "buses", "vehicles")}, nil)
				b := mkdoc(t, "b", "سارت القافلة على متن 20 حافلة عبر الطريق. وفي المساء عادت 5 حافلات إلى نقطة البداية.",
					[]fig{exactFig("20 حافلة", 20, "حافلة", "buses", "vehicles"), exactFig("5 حافلات", 5, "حافلة", "buses", "vehicles")}, nil)
				return []*isnad.Document{a, b}
			},
			want: []summary{{"buses|", 2, false, 2}, {"buses|turned back", 1, false, 1}},
		},
		{
			name: "compatible lemmas of one category are one claim",
			docs: func(t *testing.T) []*isnad.Document {
				a := mkdoc(t, "a", "يوجد في المعسكر 120 مقاتلا حسب التقديرات.",
					[]fig{exactFig("120 مقاتلا", 120, "مقاتل", "fighters", "people")}, nil)
				b := mkdoc(t, "b", "يوجد في المعسكر نحو 130 مسلحا.",
					[]fig{{text: "نحو 130 مسلحا", min: f(130), max: f(130), approx: true, counted: "مسلح", cat: "fighters", grp: "people"}}, nil)
				return []*isnad.Document{a, b}
			},
			want: []summary{{"fighters|", 2, false, 2}},
		},
		{
			name: "exact figures that differ conflict",
			docs: func(t *testing.T) []*isnad.Document {
				a := mkdoc(t, "a", "يوجد في المعسكر 120 مقاتلا.", []fig{exactFig("120 مقاتلا", 120, "مقاتل", "fighters", "people")}, nil)
				b := mkdoc(t, "b", "يوجد في المعسكر 125 عنصرا.", []fig{exactFig("125 عنصرا", 125, "عنصر", "fighters", "people")}, nil)
				return []*isnad.Document{a, b}
			},
			want: []summary{{"fighters|", 2, true, 2}},
		},
		{
			name: "named subjects split, the unnamed figure stays apart",
			docs: func(t *testing.T) []*isnad.Document {
				a := mkdoc(t, "a", "قتل 12 مسلحا من جماعة النور في الغارة.",
					[]fig{exactFig("12 مسلحا", 12, "مسلح", "fighters", "people")}, []orgName{{"جماعة النور", "org:nur"}})
				b := mkdoc(t, "b", "قتل 15 مسلحا من حركة الفجر في الغارة.",
					[]fig{exactFig("15 مسلحا", 15, "مسلح", "fighters", "people")}, []orgName{{"حركة الفجر", "org:fajr"}})
				c := mkdoc(t, "c", "قتل 14 مسلحا في الغارة.",
					[]fig{exactFig("14 مسلحا", 14, "مسلح", "fighters", "people")}, nil)
				return []*isnad.Document{a, b, c}
			},
			want: []summary{{"fighters|جماعة النور / killed", 1, false, 1}, {"fighters|حركة الفجر / killed", 1, false, 1}, {"fighters|killed", 1, false, 1}},
		},
		{
			name: "an unnamed figure joins the only named subject",
			docs: func(t *testing.T) []*isnad.Document {
				a := mkdoc(t, "a", "قتل 12 مسلحا من جماعة النور في الغارة.",
					[]fig{exactFig("12 مسلحا", 12, "مسلح", "fighters", "people")}, []orgName{{"جماعة النور", "org:nur"}})
				c := mkdoc(t, "c", "وفي الغارة قتل 12 مسلحا.",
					[]fig{exactFig("12 مسلحا", 12, "مسلح", "fighters", "people")}, nil)
				return []*isnad.Document{a, c}
			},
			want: []summary{{"fighters|جماعة النور / killed", 2, false, 2}},
		},
		{
			name: "destroyed and hit vehicles are one claim, killed people another",
			docs: func(t *testing.T) []*isnad.Document {
				a := mkdoc(t, "a", "أسفرت الغارة عن تدمير 30 سيارة ومقتل 9 أشخاص.",
					[]fig{exactFig("30 سيارة", 30, "سيارة", "vehicles", "vehicles"), exactFig("9 أشخاص", 9, "شخص", "people", "people")}, nil)
				b := mkdoc(t, "b", "وأصيبت 30 مركبة على الأقل في الغارة.",
					[]fig{{text: "30 مركبة على الأقل", min: f(30), counted: "مركبة", cat: "vehicles", grp: "vehicles"}}, nil)
				return []*isnad.Document{a, b}
			},
			want: []summary{{"vehicles|struck", 2, false, 2}, {"people|killed", 1, false, 1}},
		},
		{
			name: "time, percent and bare numbers are not compared",
			docs: func(t *testing.T) []*isnad.Document {
				a := mkdoc(t, "a", "استمر الحصار 12 يوما وارتفعت الأسعار 30 بالمئة وبلغ العدد 77 في المدينة.",
					[]fig{exactFig("12 يوما", 12, "يوم", "time", "time"), exactFig("30 بالمئة", 30, "", "percent", "other"), exactFig("77", 77, "", "", "")}, nil)
				return []*isnad.Document{a}
			},
			want: nil,
		},
		{
			name: "totals with families from one figure and from parts",
			docs: func(t *testing.T) []*isnad.Document {
				a := mkdoc(t, "a", "غادر المخيم نحو 450 مقاتلا وعائلاتهم أمس.",
					[]fig{{text: "نحو 450 مقاتلا", min: f(450), max: f(450), approx: true, counted: "مقاتل", cat: "fighters", grp: "people"}}, nil)
				b := mkdoc(t, "b", "ضمت القافلة 200 مقاتل و200 شخص من عائلاتهم.",
					[]fig{exactFig("200 مقاتل", 200, "مقاتل", "fighters", "people"), exactFig("200 شخص", 200, "شخص", "people", "people")}, nil)
				c := mkdoc(t, "c", "ضمت القافلة ما بين 800 و900 من المسلحين وعائلاتهم.",
					[]fig{{text: "ما بين 800 و900 من المسلحين", min: f(800), max: f(900), counted: "مسلح", cat: "fighters", grp: "people"}}, nil)
				return []*isnad.Document{a, b, c}
			},
			want: []summary{{"people|" + totalEvent, 3, true, 3}, {"fighters|", 1, false, 1}, {"people|", 1, false, 1}},
		},
		{
			name: "a misspelt counted noun takes another figure's lemma",
			docs: func(t *testing.T) []*isnad.Document {
				a := mkdoc(t, "a", "كانت الحافلات تقل 90 من مسحي الجماعة.", []fig{exactFig("90", 90, "", "", "")}, nil)
				b := mkdoc(t, "b", "كانت الحافلات تقل 90 مسلحا.", []fig{exactFig("90 مسلحا", 90, "مسلح", "fighters", "people")}, nil)
				return []*isnad.Document{a, b}
			},
			want: []summary{{"fighters|", 2, false, 2}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summarize(Compare(tt.docs(t), Options{}))
			for _, w := range tt.want {
				g, ok := got[w.key]
				if !ok {
					t.Errorf("no comparison %+q; have %+q", w.key, keys(got))
					continue
				}
				if g != w {
					t.Errorf("%+q: got %+v, want %+v", w.key, g, w)
				}
			}
			if len(got) != len(tt.want) {
				t.Errorf("%d comparisons %+q, want %d", len(got), keys(got), len(tt.want))
			}
		})
	}
}

func keys(m map[string]summary) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func TestCompareReposts(t *testing.T) {
	a := mkdoc(t, "a", "يوجد في المعسكر 120 مقاتلا.", []fig{exactFig("120 مقاتلا", 120, "مقاتل", "fighters", "people")}, nil)
	b := mkdoc(t, "b", "يوجد في المعسكر 120 مقاتلا.", []fig{exactFig("120 مقاتلا", 120, "مقاتل", "fighters", "people")}, nil)
	tests := []struct {
		name    string
		reposts map[string]string
		want    int
	}{
		{"two outlets", nil, 2},
		{"a repost", map[string]string{"b": "a"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := Compare([]*isnad.Document{a, b}, Options{Reposts: tt.reposts})
			if len(cs) != 1 || cs[0].Origins != tt.want {
				t.Fatalf("got %+v, want one comparison with %d origins", cs, tt.want)
			}
		})
	}
}

func TestCompareBadSpans(t *testing.T) {
	d := &isnad.Document{ID: "a", Body: "قصير"}
	d.Quantities = []isnad.Quantity{
		{Span: isnad.Span{Start: 2, End: 400}, Min: f(3), Max: f(3), Counted: "مقاتل", Category: "fighters", Group: "people"},
		{Span: isnad.Span{Start: -1, End: 2}, Min: f(3), Max: f(3), Counted: "مقاتل", Category: "fighters", Group: "people"},
	}
	d.Dates = []isnad.DateMention{{Span: isnad.Span{Start: 5, End: 900}, Value: "2020-01-01"}}
	if cs := Compare([]*isnad.Document{d}, Options{}); len(cs) != 0 {
		t.Errorf("got %+v from spans out of the body", cs)
	}
	_ = Timeline([]*isnad.Document{d})
}
