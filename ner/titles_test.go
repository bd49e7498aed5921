package ner

import (
	"slices"
	"strings"
	"testing"
)

// TestTitles checks the titles-of-works rule on tag rows given directly,
// so that it does not depend on the model.
func TestTitles(t *testing.T) {
	tests := []struct {
		name string
		in   string // tokens
		tags string // the tagger's tags, O when empty
		want string
	}{
		{"programme", "قدمت برنامج « صباح الخير يا عرب » أمس",
			"", "O O O B-MISC I-MISC I-MISC I-MISC O O"},
		{"noun with pronoun and clitic", "وعرض فيلمها « الطريق » في القاهرة",
			"O O O O O O B-LOC", "O O O B-MISC O O B-LOC"},
		{"accusative alef", "يقدم برنامجا « ليالي » كل جمعة",
			"", "O O O B-MISC O O O"},
		{"with title noun", "نشر تقريرا بعنوان « الجوع في الساحل »",
			"", "O O O O B-MISC I-MISC I-MISC O"},
		{"stadium", "على استاد « النجمة الحمراء » في بلغراد",
			"O O O O O O O B-LOC", "O O O B-MISC I-MISC O O B-LOC"},
		{"straight quotes", "رواية \" موسم الهجرة إلى الشمال \" لطيب صالح",
			"O O O O O O O B-PERS I-PERS", "O O B-MISC I-MISC I-MISC I-MISC O B-PERS I-PERS"},
		{"no work noun", "قال « نحن مستعدون » للحوار",
			"", "O O O O O O"},
		{"a group is no work", "مجموعة « الشرق » للاستثمار",
			"", "O O O O O"},
		{"tagger found a name inside", "مسلسل « عمر بن الخطاب » الرمضاني",
			"O O B-PERS I-PERS I-PERS O O", "O O B-PERS I-PERS I-PERS O O"},
		{"not closed", "برنامج « حوار مفتوح مع الضيوف",
			"", "O O O O O O"},
		{"too long", "برنامج « واحد اثنان ثلاثة أربعة خمسة ستة سبعة »",
			"", "O O O O O O O O O O"},
		{"empty quotation", "برنامج « » جديد",
			"", "O O O O"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words := strings.Fields(tt.in)
			row := make([]uint8, len(words))
			for i, tag := range strings.Fields(tt.tags) {
				row[i] = uint8(tagIndex(tag))
			}
			titles([][]string{words}, [][]uint8{row})
			got := make([]string, len(row))
			for i, r := range row {
				got[i] = tags[r]
			}
			if want := strings.Fields(tt.want); !slices.Equal(got, want) {
				t.Errorf("titles(%s)\n got %v\nwant %v", tt.in, got, want)
			}
		})
	}
}

// TestTitlesTagged checks that the shipped tagger applies the rule.
func TestTitlesTagged(t *testing.T) {
	tg := defaultTagger(t)
	words := strings.Fields("وتقدم الإعلامية برنامج « أسئلة الناس » على القناة الأولى")
	got := tg.Tag(words)
	if got[3] != "O" || got[4] != "B-MISC" || got[5] != "I-MISC" || got[6] != "O" {
		t.Errorf("Tag(%v) = %v, want the quotation tagged MISC", words, got)
	}
}
