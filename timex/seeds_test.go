package timex

import (
	"github.com/isnad-news/isnad/internal/seedtest"
	"testing"

	"github.com/isnad-news/isnad/extract"
)

// TestSeeds checks every date and duration mention of the five shared
// sample articles, read as the pipeline reads them (extract, then timex).
func TestSeeds(t *testing.T) {
	seedtest.Need(t)
	type date struct{ text, value, from, to, unresolved string }
	type dur struct {
		text  string
		value float64
		unit  string
	}
	const none = "no publication date"
	tests := []struct {
		name  string
		file  string
		dates []date
		durs  []dur
	}{
		{
			name: "published 2017-09-16: yesterday Friday, Wednesday night, last week", file: "000_",
			dates: []date{
				{text: "يوم أمس الجمعة", value: "2017-09-15"},
				{text: "15 أيلول 2017", value: "2017-09-15"},
				{text: "يوم الجمعة الماضي", value: "2017-09-15"},
				{text: "ليلة الأربعاء، 13 أيلول", value: "2017-09-13"},
				{text: "يوم أمس الجمعة", value: "2017-09-15"},
				{text: "الأسبوع الماضي", value: "2017-09-04"},
			},
			durs: []dur{{"أسبوعين", 2, "week"}, {"17 يوماً", 17, "day"}, {"أسبوعين", 2, "week"}},
		},
		{
			name: "no publication date and no full date: day-month dates unresolved, years resolved", file: "001_",
			dates: []date{
				{text: "الآن", unresolved: none},
				{text: "28 آب", unresolved: none},
				{text: "26 آب الماضي", unresolved: none},
				{text: "منذ العام 2014", value: "2014"},
			},
			durs: []dur{{"اسبوعين", 2, "week"}, {"ثلاث سنوات", 3, "year"}},
		},
		{
			name: "no publication date: full dates resolve and anchor the day-month ones", file: "002_",
			dates: []date{
				{text: "28 أغسطس", value: "2017-08-28"}, // year from "5 أيلول 2017" further on
				{text: "عام 2014", value: "2014"},
				{text: "الآن", unresolved: none},
				{text: "الساعات الـ72 الماضية", unresolved: none},
				{text: "الآن", unresolved: none},
				{text: "مساء الثلاثاء، 5 أيلول 2017", value: "2017-09-05"},
				{text: "مساء الخميس، 31 آب 2017", value: "2017-08-31"},
				{text: "بعد أسبوعٍ", unresolved: none},
				{text: "قبل ثمانية أيام", unresolved: none},
				{text: "هذا الأسبوع", unresolved: none},
				{text: "الأسبوع الماضي", unresolved: none},
				{text: "الأسبوع الماضي", unresolved: none},
				{text: "الأحد، 3 أيلول 2017", value: "2017-09-03"},
			},
			durs: []dur{{"12 يوما", 12, "day"}, {"الساعات الـ72", 72, "hour"}, {"أسبوعٍ", 1, "week"}, {"ثمانية أيام", 8, "day"}},
		},
		{name: "published 2017-10-11: no dates in the body", file: "003_"},
		{name: "Persian letters, no dates", file: "004_"},
	}
	ex := extract.New(extract.Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := seedtest.Run(t, tt.file, ex, NewStage())
			if len(doc.Dates) != len(tt.dates) {
				t.Errorf("%d dates, want %d", len(doc.Dates), len(tt.dates))
			}
			for i, d := range doc.Dates {
				if i >= len(tt.dates) {
					t.Errorf("extra date %+q %s", d.Text, d.Value)
					continue
				}
				w := tt.dates[i]
				if d.Text != w.text || d.Value != w.value || d.From != w.from || d.To != w.to || d.Unresolved != w.unresolved {
					t.Errorf("date %d = %+q %q %q..%q %q, want %+q %q %q..%q %q", i, d.Text, d.Value, d.From, d.To, d.Unresolved,
						w.text, w.value, w.from, w.to, w.unresolved)
				}
			}
			if len(doc.Durations) != len(tt.durs) {
				t.Errorf("%d durations, want %d", len(doc.Durations), len(tt.durs))
			}
			for i, d := range doc.Durations {
				if i >= len(tt.durs) {
					t.Errorf("extra duration %+q", d.Text)
					continue
				}
				w := tt.durs[i]
				if d.Text != w.text || d.Value != w.value || d.Unit != w.unit {
					t.Errorf("duration %d = %+q %v %s, want %+q %v %s", i, d.Text, d.Value, d.Unit, w.text, w.value, w.unit)
				}
			}
		})
	}
}
