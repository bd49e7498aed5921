package claim

import (
	"slices"
	"strings"
	"testing"

	"github.com/isnad-news/isnad"
)

// dated builds a document whose date mentions are the given texts with
// their resolved values ("" for unresolved).
func dated(t *testing.T, id, outlet, body string, dates ...[2]string) *isnad.Document {
	t.Helper()
	d := &isnad.Document{ID: id, Outlet: outlet, Body: body}
	for _, dv := range dates {
		i := strings.Index(body, dv[0])
		if i < 0 {
			t.Fatalf("%+q not in body", dv[0])
		}
		m := isnad.DateMention{Span: isnad.Span{Start: i, End: i + len(dv[0])}, Text: dv[0], Value: dv[1], Grain: "day"}
		if dv[1] == "" {
			m.Unresolved = "no reference date"
		}
		d.Dates = append(d.Dates, m)
	}
	return d
}

func TestTimeline(t *testing.T) {
	type want struct {
		date    string
		outlets []string
	}
	tests := []struct {
		name string
		docs func(t *testing.T) []*isnad.Document
		want []want
	}{
		{
			name: "same date and similar sentence merge across outlets",
			docs: func(t *testing.T) []*isnad.Document {
				return []*isnad.Document{
					dated(t, "a", "الأولى", "انطلقت القافلة من المدينة في 3 آذار باتجاه الحدود.", [2]string{"3 آذار", "2020-03-03"}),
					dated(t, "b", "الثانية", "وكانت القافلة قد انطلقت من المدينة في الثالث من آذار.", [2]string{"الثالث من آذار", "2020-03-03"}),
				}
			},
			want: []want{{"2020-03-03", []string{"الأولى", "الثانية"}}},
		},
		{
			name: "same date, different events",
			docs: func(t *testing.T) []*isnad.Document {
				return []*isnad.Document{
					dated(t, "a", "الأولى", "انطلقت القافلة من المدينة في 3 آذار باتجاه الحدود.", [2]string{"3 آذار", "2020-03-03"}),
					dated(t, "b", "الثانية", "عقد البرلمان جلسة طارئة يوم 3 آذار لبحث الموازنة.", [2]string{"3 آذار", "2020-03-03"}),
				}
			},
			want: []want{{"2020-03-03", []string{"الأولى"}}, {"2020-03-03", []string{"الثانية"}}},
		},
		{
			name: "ordered by date, unresolved left out",
			docs: func(t *testing.T) []*isnad.Document {
				return []*isnad.Document{
					dated(t, "a", "الأولى", "وصلت القافلة يوم 9 آذار. وانطلقت يوم 3 آذار. وتوقفت يوم الأحد.",
						[2]string{"9 آذار", "2020-03-09"}, [2]string{"3 آذار", "2020-03-03"}, [2]string{"يوم الأحد", ""}),
				}
			},
			want: []want{{"2020-03-03", []string{"الأولى"}}, {"2020-03-09", []string{"الأولى"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Timeline(tt.docs(t))
			if len(got) != len(tt.want) {
				t.Fatalf("%d events %+v, want %d", len(got), got, len(tt.want))
			}
			for i, w := range tt.want {
				if got[i].Date != w.date || !slices.Equal(got[i].Outlets(), w.outlets) {
					t.Errorf("event %d: %s %+q, want %s %+q", i, got[i].Date, got[i].Outlets(), w.date, w.outlets)
				}
			}
		})
	}
}

func TestSentenceAt(t *testing.T) {
	body := "الجملة الأولى. وفي 3 آذار انطلقت القافلة. الجملة الأخيرة"
	tests := []struct {
		name, at, want string
	}{
		{"middle", "3 آذار", "وفي 3 آذار انطلقت القافلة."},
		{"first", "الأولى", "الجملة الأولى."},
		{"last without a stop", "الأخيرة", "الجملة الأخيرة"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := strings.Index(body, tt.at)
			if got := sentenceAt(body, isnad.Span{Start: i, End: i + len(tt.at)}); got != tt.want {
				t.Errorf("sentenceAt = %+q, want %+q", got, tt.want)
			}
		})
	}
}
