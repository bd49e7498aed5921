package extract

import (
	"context"
	"github.com/isnad-news/isnad/internal/seedtest"
	"strings"
	"testing"

	"github.com/isnad-news/isnad"
)

// TestSeeds checks the fields and the body of the five shared sample
// articles, which set the acceptance bar for the plain-text heuristics.
func TestSeeds(t *testing.T) {
	seedtest.Need(t)
	tests := []struct {
		name                                   string
		file                                   string // file name prefix
		title, outlet, publisher, author, date string
		paragraphs                             int
		first, last                            string   // starts of the first and last paragraphs
		gone                                   []string // text that must not be in the body
		goneLines                              []string // paragraphs that must not be in the body
	}{
		{
			name: "aggregator banner, repeated headline, date and source line", file: "000_",
			title:  "أسباب دعت واشنطن بالسماح لقافلة داعش بالوصول إلى دير الزور",
			outlet: "nrt عربية", publisher: "اخبار العراق الان", date: "2017-09-16",
			paragraphs: 11, first: "ذكرت وسائل إعلام أميركية", last: "الجدير بالذكر ان قافلة داعش",
			gone: []string{"اخبار العراق الان", "nrt عربية", "2017-09-16", "المصدر:", "أسباب دعت واشنطن"},
		},
		{
			name: "standfirst, read-also links and previous/next navigation", file: "001_",
			title:      "تساؤلات بعد فكّ قوات التحالف الحصار عن «قافلة داعش»",
			paragraphs: 14, first: "بعد اكثر من اسبوعين تعود قوافل", last: "وقد واجه حزب الله في لبنان",
			gone: []string{"إقرأ أيضا", "إقرأ ايضا", "«غارات اسرائيل»", "«الكوريدور»", "هاني فحص مثقف ثائر",
				"الصفقة مع «داعش» واحتمالاتها", "تساؤلات بعد"},
			goneLines: []string{"السابق", "التالي"},
		},
		{
			name: "outlet - author line after blank lines", file: "002_",
			title:  "فخ قافلة داعش في الصحراء السورية – العراقية :- حصار من قوات التحالف",
			outlet: "الانباط", author: "مامون العمري",
			paragraphs: 46, first: "تكاثرت الشائعات حول مصير", last: "وقال البنتاغون إنَّ خطاً ساخناً",
			gone: []string{"مامون العمري", "الانباط -", "فخ قافلة داعش في الصحراء", "\u00a0"},
		},
		{
			name: "bare byline under the headline, outlet and date lines at the end", file: "003_",
			title:  "التحالف الأميركي يُغطّي تعزيزات «داعش» في دير الزور",
			outlet: "جريدة البناء", author: "معن حمية", date: "2017-10-11",
			paragraphs: 5, first: "رصدت وزارة الدفاع الروسية", last: "وعليه، عندما يتحدث الروس",
			gone: []string{"جريدة البناء", "أضيف بتاريخ", "2017/10/11", "معن حمية", "التحالف الأميركي يُغطّي"},
		},
		{
			name: "site banner, section and outlet before the first sentence", file: "004_",
			title:  "الدعم الأمريكي.. ملاذ داعش الإرهابي في اللحظات الأخيرة",
			outlet: "الوقت التحليلي", publisher: "موقع أنصار الله",
			paragraphs: 13, first: "بینما ترفع واشنطن شعار مکافحة الإرهاب", last: "هنا یجدر القول إن داعش",
			gone: []string{"موقع أنصار الله", "||", "صحافة عربية ودولية", "الوقت التحليلي", "ملاذ داعش الإرهابي في اللحظات"},
		},
	}
	stage := New(Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := seedtest.Run(t, tt.file, stage)
			for _, f := range []struct{ field, got, want string }{
				{"Title", doc.Title, tt.title},
				{"Outlet", doc.Outlet, tt.outlet},
				{"Publisher", doc.Publisher, tt.publisher},
				{"Author", doc.Author, tt.author},
				{"Published", doc.Published.String(), tt.date},
			} {
				if f.got != f.want {
					t.Errorf("%s = %+q, want %+q", f.field, f.got, f.want)
				}
			}
			paras := strings.Split(doc.Body, "\n\n")
			if len(paras) != tt.paragraphs {
				t.Errorf("body has %d paragraphs, want %d", len(paras), tt.paragraphs)
			}
			if !strings.HasPrefix(paras[0], tt.first) {
				t.Errorf("first paragraph starts %+q, want %+q", prefix(paras[0], 40), tt.first)
			}
			if !strings.HasPrefix(paras[len(paras)-1], tt.last) {
				t.Errorf("last paragraph starts %+q, want %+q", prefix(paras[len(paras)-1], 40), tt.last)
			}
			for _, g := range tt.gone {
				if strings.Contains(doc.Body, g) {
					t.Errorf("body still holds %+q", g)
				}
			}
			for _, p := range paras {
				for _, g := range tt.goneLines {
					if p == g {
						t.Errorf("body still holds the line %+q", g)
					}
				}
				if p != strings.TrimSpace(p) || strings.Contains(p, "  ") || strings.Contains(p, "\n") {
					t.Errorf("paragraph not tidy: %+q", prefix(p, 40))
				}
			}
			if len(doc.Problems) > 0 {
				t.Errorf("problems: %v", doc.Problems)
			}
			rec := &isnad.Document{Format: isnad.FormatJSON, Raw: []byte(doc.Body), Title: doc.Title}
			if err := stage.Process(context.Background(), rec); err != nil || rec.Body != doc.Body {
				t.Errorf("cleaning the body again changed it (err %v)", err)
			}
		})
	}
}

func prefix(s string, n int) string {
	r := []rune(s)
	return string(r[:min(n, len(r))])
}
