package quantity

import (
	"github.com/isnad-news/isnad/internal/seedtest"
	"slices"
	"strings"
	"testing"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/extract"
)

// TestSeeds reads the five shared sample articles with the extract stage
// and checks every figure with a counted noun they hold (listed by reading
// the articles), plus the figures a reader would not call quantities.
// Each want is written as show writes a Value: "text min..max [~] counted
// category unit", "-" for an open bound.
func TestSeeds(t *testing.T) {
	seedtest.Need(t)
	tests := []struct {
		name string
		file string   // file name prefix
		want []string // every quantity of the body, in order
	}{
		{
			name: "nrt: convoy allowed through", file: "000_",
			want: []string{
				"أسبوعين 2..2 أسبوع time week", // لمدة أسبوعين
				"أكثر من 20 قيادياً 20..- قيادي leaders",
				// "300 من مسحي داعش": the noun is misspelt (مسلحي), so the
				// figure stands alone.
				"300 300..300",
				"17 يوماً 17..17 يوم time day",
				"أسبوعين 2..2 أسبوع time week",
			},
		},
		{
			name: "janoubia: questions after the siege", file: "001_",
			want: []string{
				"اكثر من اسبوعين 2..- أسبوع time week",
				"300 عنصر 300..300 عنصر fighters",
				"300 شخص 300..300 شخص people",
				"قاعدتين 2..2 قاعدة places",
				"مئة بالمئة 100..100 percent percent",
				"مجموعتين 2..2 مجموعة groups",
				"85 عنصراً 85..85 عنصر fighters",
				"40 سيارة 40..40 سيارة vehicles",
				"17 حافلة 17..17 حافلة buses",
				"اربعة جثامين 4..4 جثمان bodies",
				"ثلاث سنوات 3..3 سنة time year",
			},
		},
		{
			name: "anbat: the convoy trap", file: "002_",
			want: []string{
				"أكثر من (250) عنصرا 250..- عنصر fighters",
				"نحو 300 مسلح 300..300 ~ مسلح fighters",
				"300 مدني 300..300 مدني civilians",
				"هجومين 2..2 هجوم attacks",
				"مجموعتين 2..2 مجموعة groups",
				"نحو 12 يوما 12..12 ~ يوم time day",
				"تسعة جنود 9..9 جندي soldiers",
				"308 من مقاتليه 308..308 مقاتل fighters",
				"مثلهم تقريبا من عائلاتهم 308..308 ~ عائلة family",
				"عشرات الفصائل 20..99 ~ فصيل groups",
				"11 حافلة 11..11 حافلة buses",
				"الساعات الـ72 72..72 ساعة time hour",
				"40 مركبة على الأقل 40..- مركبة vehicles",
				"شخصين 2..2 شخص people",
				// "مقاتلين من داعش ابتعدا" is two fighters, but مقاتلين is
				// read as the plural (see lexicon.dual); it is not a figure.
				"ما يتراوح بين 300 إلى 500 من مقاتلي 300..500 مقاتل fighters",
				"ثمانية أيام 8..8 يوم time day",
				"17 حافلة 17..17 حافلة buses",
				"6 حافلات 6..6 حافلة buses",
				"11 حافلة 11..11 حافلة buses",
			},
		},
		{
			name: "al-binaa: coalition covers reinforcements", file: "003_",
			want: []string{"آلاف العناصر 2000..9999 ~ عنصر fighters"},
		},
		{
			name: "ansarollah: american support", file: "004_",
			// "أم16" and "برامز155" are model names, "عملة واحدة" an idiom.
			want: []string{"31 کیلومتر 31..31 كيلومتر distance km"},
		},
	}
	ext := extract.New(extract.Options{})
	stage := NewStage()
	found, total := 0, 0
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := seedtest.Run(t, tt.file, ext, stage)
			var got []string
			for _, q := range doc.Quantities {
				got = append(got, showQuantity(q))
			}
			for _, w := range tt.want {
				total++
				if slices.Contains(got, w) {
					found++
				} else {
					t.Errorf("missing %+q", w)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("quantities\n got %+q\nwant %+q", got, tt.want)
			}
		})
	}
	t.Logf("seeds: %d of %d expected quantities found", found, total)
}

// showQuantity writes q as show writes a Value.
func showQuantity(q isnad.Quantity) string {
	v := Value{Start: 0, End: len(q.Text), Min: q.Min, Max: q.Max, Approx: q.Approx,
		Counted: q.Counted, Category: q.Category, Unit: q.Unit}
	return strings.TrimSpace(show(q.Text, v))
}
