package extract

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/isnad-news/isnad"
)

// TestHTML runs the stage on our own small Arabic news pages and checks the
// fields and phrases that must and must not appear in the body.
func TestHTML(t *testing.T) {
	tests := []struct {
		name                                   string
		file                                   string
		url                                    string
		title, outlet, publisher, author, date string
		want, not                              []string
	}{
		{
			name: "published_time meta tag, site name and suffix in the title", file: "meta_date.html",
			url:   "https://example.com/news/2017/trees",
			title: "البلدية تطلق مشروعا لزراعة مليون شجرة", outlet: "صحيفة المدينة", date: "2017-09-16",
			want: []string{"أطلقت البلدية صباح اليوم مشروعا طموحا", "وأضاف أن البلدية خصصت ميزانية",
				"ورحب سكان بالمشروع، لكنهم طالبوا بأن يشمل الأحياء الشعبية"},
			not: []string{"اقرأ أيضا", "افتتاح حديقة جديدة", "الأكثر قراءة", "ارتفاع أسعار الوقود", "جميع الحقوق محفوظة",
				"اقتصاد", "رياضة", "طباعة", "البلدية تطلق مشروعا لزراعة مليون شجرة"},
		},
		{
			name: "arabic date only in the text (not today's date in the header), site name only in the title element", file: "text_date.html",
			title: "انطلاق موسم قطاف الزيتون وسط توقعات بإنتاج وفير", outlet: "موقع النهار الجديد", date: "2017-09-16",
			want: []string{"انطلق موسم قطاف الزيتون في القرى الشمالية", "ويقول المزارعون إن الأسعار",
				"وتعد زراعة الزيتون مصدر الدخل الرئيسي"},
			not: []string{"نشر في", "السابق", "مهرجان للتراث الشعبي", "اتصل بنا", "جميع الحقوق محفوظة", "الخميس 5"},
		},
		{
			name: "arabic byline in the text, site name as the author field", file: "byline.html",
			title: "ندوة تناقش مستقبل الصحافة الورقية", outlet: "بوابة الخليج الإخبارية", author: "سامر الخوري", date: "2017-10-11",
			want: []string{"ناقشت ندوة أقيمت مساء أمس", "ودعا مشاركون آخرون إلى دعم حكومي"},
			not:  []string{"كتب:", "سامر الخوري", "الوسوم", "2017/10/11", "ثقافة"},
		},
	}
	stage := New(Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("testdata/html", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			doc := &isnad.Document{Source: tt.file, URL: tt.url, Format: isnad.FormatHTML, Raw: raw}
			if err := stage.Process(context.Background(), doc); err != nil {
				t.Fatalf("Process: %v", err)
			}
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
			for _, w := range tt.want {
				if !strings.Contains(doc.Body, w) {
					t.Errorf("body lacks %+q", w)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(doc.Body, n) {
					t.Errorf("body holds %+q", n)
				}
			}
			if len(doc.Problems) > 0 {
				t.Errorf("problems: %v", doc.Problems)
			}
			before := *doc
			if err := stage.Process(context.Background(), doc); err != nil {
				t.Fatalf("second Process: %v", err)
			}
			if doc.Body != before.Body || doc.Title != before.Title || doc.Author != before.Author || len(doc.Problems) != len(before.Problems) {
				t.Errorf("second run differs")
			}
		})
	}
}

// TestHTMLFallback checks pages trafilatura cannot read: the whole page's
// text is used, with a problem recorded, and an empty page is an error.
func TestHTMLFallback(t *testing.T) {
	tests := []struct {
		name    string
		page    string
		want    string // in the body
		wantErr error
	}{
		{name: "short page", page: `<html><body><div><p>خبر قصير: افتتاح مكتبة عامة في الحي.</p></div></body></html>`, want: "افتتاح مكتبة عامة"},
		{name: "empty page", page: `<html><head><title></title></head><body><nav><a href="/">الرئيسية</a></nav></body></html>`, wantErr: ErrEmpty},
		{name: "not html at all", page: "\x00\x01\x02", wantErr: ErrEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &isnad.Document{Format: isnad.FormatHTML, Raw: []byte(tt.page)}
			err := New(Options{}).Process(context.Background(), doc)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Process error = %v, want %v", err, tt.wantErr)
			}
			if !strings.Contains(doc.Body, tt.want) {
				t.Errorf("body = %+q, want it to hold %+q", doc.Body, tt.want)
			}
		})
	}
}
