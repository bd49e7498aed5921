package extract

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/isnad-news/isnad"
)

func TestStage(t *testing.T) {
	s := New(Options{})
	if s.Name() != "extract" {
		t.Errorf("Name = %q", s.Name())
	}
	if _, err := isnad.NewPipeline(s); err != nil {
		t.Errorf("NewPipeline: %v", err)
	}
	if got := s.Provides(); len(got) != 1 || got[0] != isnad.KindText {
		t.Errorf("Provides = %v", got)
	}
	if got := s.Requires(); len(got) != 1 || got[0] != isnad.KindRaw {
		t.Errorf("Requires = %v", got)
	}
}

// TestFeedAndRecord checks feed items and JSON Lines records: their content
// is cleaned like a text body, and the fields the reader set are kept.
func TestFeedAndRecord(t *testing.T) {
	d := func(s string) isnad.Date {
		v, err := isnad.ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	tests := []struct {
		name        string
		doc         isnad.Document
		title       string
		outlet      string
		author      string
		date        string
		paragraphs  []string
		noProblems  bool
		wantProblem string
	}{
		{
			name: "feed html fragment with byline, read-also and br",
			doc: isnad.Document{Format: isnad.FormatFeedItem, Title: "افتتاح جسر جديد فوق النهر", Outlet: "موقع المدينة",
				Published: d("2020-03-01"), Raw: []byte(`<p><strong>كتب: حسن منصور</strong></p>
<p>افتتح المحافظ صباح اليوم جسرا جديدا فوق النهر<br>يربط الضفتين الشرقية والغربية.</p>
<p>اقرأ أيضا: <a href="/x">إغلاق الجسر القديم للصيانة</a></p>
<p>وقال المحافظ إن الجسر سيخفف الازدحام &amp; يختصر وقت التنقل.</p><p><img src="a.jpg"></p>`)},
			title: "افتتاح جسر جديد فوق النهر", outlet: "موقع المدينة", author: "حسن منصور", date: "2020-03-01",
			paragraphs: []string{"افتتح المحافظ صباح اليوم جسرا جديدا فوق النهر يربط الضفتين الشرقية والغربية.",
				"وقال المحافظ إن الجسر سيخفف الازدحام & يختصر وقت التنقل."},
			noProblems: true,
		},
		{
			name: "feed fragment repeating the title, two br end the paragraph",
			doc: isnad.Document{Format: isnad.FormatFeedItem, Title: "ارتفاع درجات الحرارة",
				Raw: []byte("<h2>ارتفاع درجات الحرارة</h2><div>تشهد البلاد موجة حر.<br><br>ونصحت الأرصاد بتجنب الشمس.</div>")},
			title:      "ارتفاع درجات الحرارة",
			paragraphs: []string{"تشهد البلاد موجة حر.", "ونصحت الأرصاد بتجنب الشمس."},
		},
		{
			name: "feed content escaped twice",
			doc: isnad.Document{Format: isnad.FormatFeedItem, Title: "خبر",
				Raw: []byte("&lt;p&gt;الفقرة الأولى من الخبر.&lt;/p&gt;&lt;p&gt;الفقرة الثانية.&lt;/p&gt;")},
			title:      "خبر",
			paragraphs: []string{"الفقرة الأولى من الخبر.", "الفقرة الثانية."},
		},
		{
			name: "feed plain text with entities",
			doc: isnad.Document{Format: isnad.FormatFeedItem, Title: "خبر",
				Raw: []byte("قال &quot;المسؤول&quot; إن العمل مستمر.\n\nشارك")},
			title:      "خبر",
			paragraphs: []string{`قال "المسؤول" إن العمل مستمر.`},
		},
		{
			name:       "feed item without content: its title is its text",
			doc:        isnad.Document{Format: isnad.FormatFeedItem, Title: "انقطاع الكهرباء عن أحياء المدينة", Raw: []byte("انقطاع الكهرباء عن أحياء المدينة")},
			title:      "انقطاع الكهرباء عن أحياء المدينة",
			paragraphs: []string{"انقطاع الكهرباء عن أحياء المدينة"},
		},
		{
			name: "record without a title: detected, with source line",
			doc: isnad.Document{Format: isnad.FormatJSON,
				Raw: []byte("وزارة التربية تعلن نتائج الامتحانات\nأعلنت وزارة التربية اليوم نتائج امتحانات الشهادة الثانوية، وبلغت نسبة النجاح سبعين في المئة.\nالمصدر: وكالة الأنباء الوطنية")},
			title: "وزارة التربية تعلن نتائج الامتحانات", outlet: "وكالة الأنباء الوطنية",
			paragraphs: []string{"أعلنت وزارة التربية اليوم نتائج امتحانات الشهادة الثانوية، وبلغت نسبة النجاح سبعين في المئة."},
		},
		{
			name: "record keeps its date and outlet",
			doc: isnad.Document{Format: isnad.FormatJSON, Title: "عنوان السجل", Outlet: "صحيفة السجل", Published: d("2019-01-02"),
				Raw: []byte("نشر في: 5 آذار 2019\nالمصدر: صحيفة أخرى\nنص الخبر الكامل هنا.")},
			title: "عنوان السجل", outlet: "صحيفة السجل", date: "2019-01-02",
			paragraphs: []string{"نص الخبر الكامل هنا."},
		},
		{
			name:        "invalid UTF-8 is replaced",
			doc:         isnad.Document{Format: isnad.FormatText, Raw: []byte("نص \xff\xfe الخبر هنا.")},
			paragraphs:  []string{"نص \ufffd الخبر هنا."},
			wantProblem: "not valid UTF-8",
		},
		{
			name:       "byte order mark and CRLF",
			doc:        isnad.Document{Format: isnad.FormatText, Raw: []byte("\ufeffعنوان الخبر هنا\r\n\r\nنص الخبر الكامل هنا.\r\n")},
			title:      "عنوان الخبر هنا",
			paragraphs: []string{"نص الخبر الكامل هنا."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := tt.doc
			if err := New(Options{}).Process(context.Background(), &doc); err != nil {
				t.Fatalf("Process: %v", err)
			}
			for _, f := range []struct{ field, got, want string }{
				{"Title", doc.Title, tt.title},
				{"Outlet", doc.Outlet, tt.outlet},
				{"Author", doc.Author, tt.author},
				{"Published", doc.Published.String(), tt.date},
			} {
				if f.got != f.want {
					t.Errorf("%s = %+q, want %+q", f.field, f.got, f.want)
				}
			}
			if got := strings.Split(doc.Body, "\n\n"); strings.Join(got, "|") != strings.Join(tt.paragraphs, "|") {
				t.Errorf("paragraphs = %+q\nwant %+q", got, tt.paragraphs)
			}
			if tt.noProblems && len(doc.Problems) > 0 {
				t.Errorf("problems: %v", doc.Problems)
			}
			if tt.wantProblem != "" && (len(doc.Problems) != 1 || !strings.Contains(doc.Problems[0].Message, tt.wantProblem)) {
				t.Errorf("problems = %v, want one about %q", doc.Problems, tt.wantProblem)
			}
		})
	}
}

func TestErrors(t *testing.T) {
	canceled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name    string
		ctx     context.Context
		doc     isnad.Document
		wantErr error
	}{
		{name: "empty text", doc: isnad.Document{Format: isnad.FormatText}, wantErr: ErrEmpty},
		{name: "white space only", doc: isnad.Document{Format: isnad.FormatText, Raw: []byte(" \n\u00a0\n\t")}, wantErr: ErrEmpty},
		{name: "boilerplate only", doc: isnad.Document{Format: isnad.FormatText, Raw: []byte("شارك\nطباعة\nجميع الحقوق محفوظة")}, wantErr: ErrEmpty},
		{name: "empty feed item", doc: isnad.Document{Format: isnad.FormatFeedItem, Raw: []byte("<p> </p>")}, wantErr: ErrEmpty},
		{name: "unknown format", doc: isnad.Document{Format: "pdf", Raw: []byte("x")}, wantErr: ErrFormat},
		{name: "canceled", ctx: canceled, doc: isnad.Document{Format: isnad.FormatText, Raw: []byte("نص")}, wantErr: context.Canceled},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := tt.ctx
			if ctx == nil {
				ctx = context.Background()
			}
			err := New(Options{}).Process(ctx, &tt.doc)
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("Process error = %v, want %v", err, tt.wantErr)
			}
		})
	}
}

// TestStoredDocument checks that a document read back from a store (no Raw,
// Body set) is left alone, as the Stage contract asks.
func TestStoredDocument(t *testing.T) {
	doc := &isnad.Document{Format: isnad.FormatHTML, Body: "نص محفوظ.", Title: "عنوان"}
	if err := New(Options{}).Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if doc.Body != "نص محفوظ." || doc.Title != "عنوان" {
		t.Errorf("stored document changed: %+v", doc)
	}
}

func TestMaxBytes(t *testing.T) {
	raw := strings.Repeat("سطر من نص الخبر الطويل.\n", 100)
	doc := &isnad.Document{Format: isnad.FormatText, Raw: []byte(raw)}
	if err := New(Options{MaxBytes: 1000}).Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Body) > 1000 || !utf8.ValidString(doc.Body) {
		t.Errorf("body is %d bytes (valid UTF-8: %v), want at most 1000", len(doc.Body), utf8.ValidString(doc.Body))
	}
	if len(doc.Problems) != 1 || !strings.Contains(doc.Problems[0].Message, "only the first") {
		t.Errorf("problems = %v, want one about the cut", doc.Problems)
	}
	// A cut inside a long line stays on a rune boundary.
	doc = &isnad.Document{Format: isnad.FormatText, Raw: []byte(strings.Repeat("ب", 1000))}
	if err := New(Options{MaxBytes: 1001}).Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if !utf8.ValidString(doc.Body) || len(doc.Body) != 1000 {
		t.Errorf("body is %d bytes, valid %v", len(doc.Body), utf8.ValidString(doc.Body))
	}
}

// TestTextCases checks small plain texts, mostly that real text is kept:
// lines that look a little like metadata or boilerplate but are not.
func TestTextCases(t *testing.T) {
	const body = "وقال المسؤول إن العمل سيستأنف الأسبوع المقبل بعد انتهاء أعمال الصيانة في المصنع."
	tests := []struct {
		name       string
		text       string
		title      string
		author     string
		outlet     string
		publisher  string
		paragraphs []string
	}{
		{
			name:       "subtitle under the headline is not a byline",
			text:       "عنوان الخبر الرئيسي هنا\nقصة نجاح ملهمة\n" + body,
			title:      "عنوان الخبر الرئيسي هنا",
			paragraphs: []string{"قصة نجاح ملهمة", body},
		},
		{
			name:       "given name under the headline is a byline",
			text:       "عنوان الخبر الرئيسي هنا\nيوسف حداد\n" + body,
			title:      "عنوان الخبر الرئيسي هنا",
			author:     "يوسف حداد",
			paragraphs: []string{body},
		},
		{
			name:       "previous and next inside sentences stay",
			text:       "عنوان الخبر الرئيسي هنا\nوقال الرئيس السابق إن الاتفاق لن يصمد.\nوفي اليوم التالي عاد الوفد إلى العاصمة.",
			title:      "عنوان الخبر الرئيسي هنا",
			paragraphs: []string{"وقال الرئيس السابق إن الاتفاق لن يصمد.", "وفي اليوم التالي عاد الوفد إلى العاصمة."},
		},
		{
			name:       "previous link with its title goes, the paragraph after stays",
			text:       "عنوان الخبر الرئيسي هنا\n" + body + "\nالسابق\nعنوان مقال آخر\n" + body,
			title:      "عنوان الخبر الرئيسي هنا",
			paragraphs: []string{body, body},
		},
		{
			name:       "short subheads and a short last sentence stay",
			text:       "عنوان الخبر الرئيسي هنا\n" + body + "\nليست أول صفقة\n" + body + "\nوهنا انتهت الجلسة.",
			title:      "عنوان الخبر الرئيسي هنا",
			paragraphs: []string{body, "ليست أول صفقة", body, "وهنا انتهت الجلسة."},
		},
		{
			name:       "a sentence about copyright stays",
			text:       "عنوان الخبر الرئيسي هنا\nناقش المؤتمر حقوق النشر في العصر الرقمي.\n" + body,
			title:      "عنوان الخبر الرئيسي هنا",
			paragraphs: []string{"ناقش المؤتمر حقوق النشر في العصر الرقمي.", body},
		},
		{
			name:       "a sentence starting with more stays",
			text:       "عنوان الخبر الرئيسي هنا\n" + body + "\nالمزيد من القتلى سقطوا في القصف الليلي على المدينة.",
			title:      "عنوان الخبر الرئيسي هنا",
			paragraphs: []string{body, "المزيد من القتلى سقطوا في القصف الليلي على المدينة."},
		},
		{
			name:       "one line is body, not title",
			text:       body,
			paragraphs: []string{body},
		},
		{
			name:       "tabs, no-break spaces and zero-width marks are tidied at the edges only",
			text:       "\u200fعنوان\tالخبر  الرئيسي هنا\u00a0\n\n" + "وقال\u00a0\u00a0المسؤول\u200c إن العمل مستمر.",
			title:      "عنوان الخبر الرئيسي هنا",
			paragraphs: []string{"وقال المسؤول\u200c إن العمل مستمر."},
		},
		{
			name:       "a headline shaped like place - outlet is the headline",
			text:       "القاهرة - انفجار ضخم\n" + body,
			title:      "القاهرة - انفجار ضخم",
			paragraphs: []string{body},
		},
		{
			name:       "place - outlet under the headline",
			text:       "عنوان الخبر الرئيسي هنا\nدبي - العربية.نت\n" + body,
			title:      "عنوان الخبر الرئيسي هنا",
			outlet:     "العربية.نت",
			paragraphs: []string{body},
		},
		{
			name:       "outlet line at the top without a dash",
			text:       "صحيفة الشرق\nعنوان الخبر الرئيسي هنا\n" + body,
			title:      "عنوان الخبر الرئيسي هنا",
			outlet:     "صحيفة الشرق",
			paragraphs: []string{body},
		},
		{
			name:       "newspaper - author under the headline",
			text:       "عنوان الخبر الرئيسي هنا\nجريدة الفجر الجديد - كريم الطائي\n12 آذار 2021\n" + body,
			title:      "عنوان الخبر الرئيسي هنا",
			outlet:     "جريدة الفجر الجديد",
			author:     "كريم الطائي",
			paragraphs: []string{body},
		},
		{
			name:       "newspaper - author above the headline",
			text:       "جريدة الفجر الجديد - كريم الطائي\nعنوان الخبر الرئيسي هنا\n" + body,
			title:      "عنوان الخبر الرئيسي هنا",
			outlet:     "جريدة الفجر الجديد",
			author:     "كريم الطائي",
			paragraphs: []string{body},
		},
		{
			name:       "agency - author, no date line",
			text:       "عنوان الخبر الرئيسي هنا\nوكالة أنباء السهل - هدى المراني\n" + body,
			title:      "عنوان الخبر الرئيسي هنا",
			outlet:     "وكالة أنباء السهل",
			author:     "هدى المراني",
			paragraphs: []string{body},
		},
		{
			name:       "channel - author with Persian letters",
			text:       "عنوان الخبر الرئيسي هنا\nقناة الکوثر الفضائیة - حسین الکعبی\n" + body,
			title:      "عنوان الخبر الرئيسي هنا",
			outlet:     "قناة الکوثر الفضائیة",
			author:     "حسین الکعبی",
			paragraphs: []string{body},
		},
		{
			name:       "author - site, the other order",
			text:       "عنوان الخبر الرئيسي هنا\nريم الحسيني – موقع الساحل\n" + body,
			title:      "عنوان الخبر الرئيسي هنا",
			outlet:     "موقع الساحل",
			author:     "ريم الحسيني",
			paragraphs: []string{body},
		},
		{
			name:       "labelled byline - outlet",
			text:       "عنوان الخبر الرئيسي هنا\nبقلم: سامر يوسف - عنب بلدي\n" + body,
			title:      "عنوان الخبر الرئيسي هنا",
			outlet:     "عنب بلدي",
			author:     "سامر يوسف",
			paragraphs: []string{body},
		},
		{
			name:       "outlet - desk word",
			text:       "عنوان الخبر الرئيسي هنا\nالرافد نت - متابعات\n" + body,
			title:      "عنوان الخبر الرئيسي هنا",
			outlet:     "الرافد نت",
			paragraphs: []string{body},
		},
		{
			name:       "site banner with a slogan after a pipe",
			text:       "همس المدينة | أخبار المحافظات أولا بأول\nعنوان الخبر الرئيسي هنا بكامله\nالمصدر: وكالة الشمال\n" + body,
			title:      "عنوان الخبر الرئيسي هنا بكامله",
			outlet:     "وكالة الشمال",
			publisher:  "همس المدينة",
			paragraphs: []string{body},
		},
		{
			name:       "site banner with a slogan after a dash, a date under the headline",
			text:       "ركن الحدث - نافذتك على العالم\nعنوان الخبر الرئيسي هنا بكامله\n3 أيار 2022\n" + body,
			title:      "عنوان الخبر الرئيسي هنا بكامله",
			outlet:     "ركن الحدث",
			paragraphs: []string{body},
		},
		{
			name:       "a two-part headline over the body is the headline",
			text:       "الموازنة الجديدة | الحكومة ترفع الرواتب\n" + body,
			title:      "الموازنة الجديدة | الحكومة ترفع الرواتب",
			paragraphs: []string{body},
		},
		{
			name:       "a two-part headline over a byline is the headline",
			text:       "أزمة الوقود | طوابير أمام المحطات\nجريدة الفجر - كريم الطائي\n" + body,
			title:      "أزمة الوقود | طوابير أمام المحطات",
			outlet:     "جريدة الفجر",
			author:     "كريم الطائي",
			paragraphs: []string{body},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &isnad.Document{Format: isnad.FormatText, Raw: []byte(tt.text)}
			if err := New(Options{}).Process(context.Background(), doc); err != nil {
				t.Fatalf("Process: %v", err)
			}
			if doc.Title != tt.title || doc.Author != tt.author || doc.Outlet != tt.outlet || doc.Publisher != tt.publisher {
				t.Errorf("title, author, outlet, publisher = %+q, %+q, %+q, %+q; want %+q, %+q, %+q, %+q",
					doc.Title, doc.Author, doc.Outlet, doc.Publisher, tt.title, tt.author, tt.outlet, tt.publisher)
			}
			if got := strings.Split(doc.Body, "\n\n"); strings.Join(got, "|") != strings.Join(tt.paragraphs, "|") {
				t.Errorf("paragraphs = %+q\nwant %+q", got, tt.paragraphs)
			}
		})
	}
}

// TestConcurrent runs one stage on many documents at once, as the pipeline's
// workers do; run with -race.
func TestConcurrent(t *testing.T) {
	stage := New(Options{})
	inputs := map[isnad.Format][]string{}
	for _, p := range []struct {
		format  isnad.Format
		pattern string
	}{{isnad.FormatText, "testdata/text/*.txt"}, {isnad.FormatHTML, "testdata/html/*.html"}} {
		files, _ := filepath.Glob(p.pattern)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			inputs[p.format] = append(inputs[p.format], string(b))
		}
	}
	want := map[string]string{}
	for format, ins := range inputs {
		for _, in := range ins {
			doc := &isnad.Document{Format: format, Raw: []byte(in)}
			if err := stage.Process(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			want[in] = doc.Body
		}
	}
	var wg sync.WaitGroup
	for range 4 {
		for format, ins := range inputs {
			for _, in := range ins {
				wg.Add(1)
				go func() {
					defer wg.Done()
					doc := &isnad.Document{Format: format, Raw: []byte(in)}
					if err := stage.Process(context.Background(), doc); err != nil || doc.Body != want[in] {
						t.Errorf("concurrent run differs (err %v)", err)
					}
				}()
			}
		}
	}
	wg.Wait()
}
