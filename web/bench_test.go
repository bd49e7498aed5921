package web

import (
	"context"
	"fmt"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/desk"
	"github.com/isnad-news/isnad/store/sqlite"
)

// bigStory writes n articles by n/5 outlets about one ferry held at a river
// crossing, with figures, dates, names and quotes that vary by outlet.
func bigStory(n int) []*isnad.Document {
	var docs []*isnad.Document
	for i := range n {
		outlet := fmt.Sprintf("صحيفة النهر %d", i%(n/5+1))
		body := fmt.Sprintf(`أوقفت شرطة الأنهار مساء الثلاثاء 5 أيلول 2023 عبّارة تقل نحو %d راكب عند معبر أم الطيور على نهر الصفصاف، بحسب ما قاله المتحدث باسم الشرطة فراس الجنابي لوكالة الوادي للأنباء.

وقال الجنابي إن "العبّارة كانت تحمل %d راكبا بينهم %d طفلا"، مضيفا أن السلطات نقلت الركاب فجر الأربعاء بخمس حافلات إلى مخيم الضفة الجنوبية.

ونقلت صحيفة المنارة الجديدة عن شهود أن الركاب بقوا أكثر من %d ساعات على متن العبّارة في بغداد، فيما دعا منسق الشؤون الإنسانية إريك لوندكفيست إلى فتح ممر آمن للعائلات. (تقرير رقم %d)`,
			300+(i%7)*5, 312-(i%3), 90+(i%4)*7, 4+i%3, i)
		docs = append(docs, &isnad.Document{Source: fmt.Sprintf("ferry-%03d.txt", i), Format: isnad.FormatText,
			Outlet: outlet, Title: fmt.Sprintf("احتجاز عبّارة تقل مئات النازحين عند معبر أم الطيور (%d)", i),
			Published: isnad.Date{Year: 2023, Month: 9, Day: 6 + i%3}, Raw: []byte(body)})
	}
	return docs
}

// BenchmarkStoryPage renders the page of a story of 100 articles. The
// target is under 100 ms a page.
func BenchmarkStoryPage(b *testing.B) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "big.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	if err := ingestFS(ctx, st, analyzer(b), bigStory(100)...); err != nil {
		b.Fatal(err)
	}
	live, err := desk.NewLive(ctx, st, nil)
	if err != nil {
		b.Fatal(err)
	}
	stories := live.View().Stories(desk.StoryFilter{})
	if len(stories) == 0 || len(stories[0].Articles) < 95 {
		b.Fatalf("want one story of about 100 articles, got %d stories, the first of %d", len(stories), len(stories[0].Articles))
	}
	srv := New(live, st, Options{})
	target := "/stories/" + stories[0].ID
	b.ReportAllocs()
	var size int
	for b.Loop() {
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, httptest.NewRequest("GET", target, nil))
		if rec.Code != 200 {
			b.Fatalf("GET %s: %d", target, rec.Code)
		}
		size = rec.Body.Len()
	}
	b.ReportMetric(float64(size), "page-bytes")
	b.ReportMetric(float64(len(stories[0].Articles)), "articles")
}
