package dedup

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/isnad-news/isnad"
)

// baseBody is an invented wire story; the cases below rewrite it.
const baseBody = `أعلنت مديرية الدفاع المدني في مدينة تل الورد، صباح اليوم الأحد، أن حريقا كبيرا اندلع في سوق الخضار المركزي فجرا وأتى على أكثر من أربعين محلا تجاريا، من دون أن يسفر عن إصابات بين السكان.

وقال المتحدث باسم المديرية النقيب سامر الحداد إن فرق الإطفاء وصلت إلى المكان بعد عشر دقائق من البلاغ الأول، وإن السيطرة على النيران استغرقت نحو ثلاث ساعات بسبب ضيق الأزقة وكثافة البضائع المكدسة.

وأضاف الحداد أن التحقيقات الأولية تشير إلى تماس كهربائي في أحد المحال، مؤكدا أن لجنة فنية ستعد تقريرا مفصلا خلال أسبوع لتحديد الأسباب وتقدير الخسائر.

من جهتهم، طالب تجار السوق البلدية بتعويضهم عن البضائع التي احترقت، وقالوا إن السوق يفتقر منذ سنوات إلى أبسط وسائل السلامة ومنافذ الطوارئ.

ويعد سوق الخضار المركزي من أقدم أسواق المدينة، إذ يعود إنشاؤه إلى منتصف القرن الماضي، ويعمل فيه مئات الباعة والعمال يوميا.`

// otherIntro is a new first paragraph a second outlet wrote for the story.
const otherIntro = `التهمت النيران فجر الأحد عشرات المحال في السوق القديم بتل الورد، في حادثة أعادت إلى الواجهة مطالب التجار بتحسين شروط السلامة في الأسواق الشعبية.`

// sameEvent is a different outlet's own story of the same fire.
const sameEvent = `شهدت مدينة تل الورد فجر الأحد حريقا ضخما في السوق المركزي للخضار، حيث هرعت سيارات الإطفاء إلى المكان وسط حالة من الذعر بين الأهالي.

وبحسب شهود عيان، فإن ألسنة اللهب ارتفعت لعشرات الأمتار وامتدت بسرعة بين الأكشاك الخشبية، فيما عمل المتطوعون على إخراج ما أمكن من البضائع.

ولم تعلن السلطات حتى الآن عن حصيلة نهائية للخسائر، غير أن مصادر محلية قدرت عدد المحال المتضررة بنحو خمسين، مرجحة أن يكون سبب الحريق ماسا كهربائيا.

وتعهد رئيس البلدية بإعادة تأهيل السوق خلال أشهر، داعيا التجار إلى التحلي بالصبر ريثما تنتهي اللجان من عملها.`

// changeWords replaces the words old with new, once each.
func changeWords(s string, pairs ...string) string {
	for i := 0; i+1 < len(pairs); i += 2 {
		s = strings.Replace(s, pairs[i], pairs[i+1], 1)
	}
	return s
}

func TestAddPairs(t *testing.T) {
	day := func(d int) isnad.Date { v, _ := isnad.MakeDate(2023, 9, d); return v }
	orig := &isnad.Document{Title: "حريق يلتهم سوق الخضار في تل الورد", Outlet: "وكالة الوادي للأنباء", Body: baseBody, Published: day(10)}
	tests := []struct {
		name     string
		first    *isnad.Document // added first, as "a"
		second   *isnad.Document // added second, as "b"
		match    bool
		original string // "a" or "b" when match
		minSim   float64
	}{
		{
			name:   "copy",
			first:  orig,
			second: &isnad.Document{Title: orig.Title, Outlet: "نبض الخبر", Body: baseBody, Published: day(10)},
			match:  true, original: "a", minSim: 0.99,
		},
		{
			name:   "copy with a new first paragraph",
			first:  orig,
			second: &isnad.Document{Outlet: "الشرفة نيوز", Body: replaceFirstParagraph(baseBody, otherIntro), Published: day(11)},
			match:  true, original: "a", minSim: 0.6,
		},
		{
			name:  "different headline and a few words changed",
			first: orig,
			second: &isnad.Document{Title: "بالصور.. النيران تلتهم أقدم أسواق تل الورد", Outlet: "المسار نت", Published: day(10),
				Body: changeWords(baseBody, "صباح اليوم الأحد", "يوم الأحد", "كبيرا", "ضخما", "أكثر من أربعين", "أربعين", "ضيق", "صعوبة", "مفصلا", "شاملا")},
			match: true, original: "a", minSim: 0.6,
		},
		{
			name:   "repost dated earlier is the original",
			first:  &isnad.Document{Outlet: "نبض الخبر", Body: baseBody, Published: day(12)},
			second: &isnad.Document{Outlet: "وكالة الوادي للأنباء", Body: baseBody, Published: day(10)},
			match:  true, original: "b", minSim: 0.99,
		},
		{
			name:   "same date: the repost carries the other's outlet",
			first:  &isnad.Document{Outlet: "وكالة الوادي للأنباء", Publisher: "نبض الخبر", Body: baseBody, Published: day(10)},
			second: &isnad.Document{Outlet: "وكالة الوادي للأنباء", Body: baseBody, Published: day(10)},
			match:  true, original: "b", minSim: 0.99,
		},
		{
			name:   "unknown dates: the repost's body cites the other's outlet",
			first:  &isnad.Document{Outlet: "موقع الخبر اليقين", Body: baseBody + "\n\nنقلا عن وكالة الوادي للأنباء."},
			second: &isnad.Document{Outlet: "وكالة الوادي للأنباء", Body: baseBody},
			match:  true, original: "b", minSim: 0.9,
		},
		{
			name:   "unknown dates, no outlet named: the first added",
			first:  &isnad.Document{Body: baseBody},
			second: &isnad.Document{Body: baseBody},
			match:  true, original: "a", minSim: 0.99,
		},
		{
			name:   "different article on the same event",
			first:  orig,
			second: &isnad.Document{Outlet: "قناة الأفق", Body: sameEvent, Published: day(10)},
		},
		{
			name:   "empty bodies",
			first:  &isnad.Document{},
			second: &isnad.Document{},
		},
		{
			name:   "tiny identical bodies",
			first:  &isnad.Document{Body: "عاجل: حريق في تل الورد"},
			second: &isnad.Document{Body: "عاجل: حريق في تل الورد"},
		},
		{
			name:   "tiny body against a full one",
			first:  orig,
			second: &isnad.Document{Body: "حريق في سوق الخضار"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := NewIndex(Options{})
			if m := x.Add("a", tt.first); len(m) != 0 {
				t.Fatalf("first Add = %v, want no matches", m)
			}
			got := x.Add("b", tt.second)
			if !tt.match {
				if len(got) != 0 {
					t.Errorf("Add(%+q) = %v, want no match", head(tt.second.Body), got)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("Add(%+q) = %v, want one match", head(tt.second.Body), got)
			}
			if got[0].ID != "a" || got[0].Original != tt.original || got[0].Similarity < tt.minSim {
				t.Errorf("Add(%+q) = %v, want a ≥%.2f with original %s", head(tt.second.Body), got[0], tt.minSim, tt.original)
			}
		})
	}
}

// head returns the first words of s, for failure messages.
func head(s string) string {
	w := strings.Fields(s)
	if len(w) > 6 {
		w = w[:6]
	}
	return strings.Join(w, " ")
}

// TestAddOrder checks that matches come most similar first, and that the
// same order of Adds gives the same results.
func TestAddOrder(t *testing.T) {
	run := func() []Match {
		x := NewIndex(Options{})
		x.Add("copy1", &isnad.Document{Body: baseBody})
		x.Add("rewrite", &isnad.Document{Body: replaceFirstParagraph(baseBody, otherIntro)})
		x.Add("other", &isnad.Document{Body: sameEvent})
		x.Add("copy2", &isnad.Document{Body: baseBody})
		return x.Add("new", &isnad.Document{Body: baseBody})
	}
	got := run()
	want := []string{"copy1", "copy2", "rewrite"}
	if len(got) != len(want) {
		t.Fatalf("Add = %v, want ids %v", got, want)
	}
	for i, id := range want {
		if got[i].ID != id {
			t.Errorf("match %d = %v, want id %s", i, got[i], id)
		}
	}
	if again := run(); fmt.Sprint(again) != fmt.Sprint(got) {
		t.Errorf("second run = %v, first %v", again, got)
	}
}

// TestAddConcurrent adds from several goroutines (run with -race).
func TestAddConcurrent(t *testing.T) {
	x := NewIndex(Options{})
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			x.Add(fmt.Sprint(i), &isnad.Document{Body: baseBody})
		})
	}
	wg.Wait()
	if n := x.Len(); n != 8 {
		t.Errorf("Len = %d, want 8", n)
	}
	if m := x.Add("last", &isnad.Document{Body: baseBody}); len(m) != 8 {
		t.Errorf("Add = %d matches, want 8", len(m))
	}
}

func FuzzAdd(f *testing.F) {
	f.Add(baseBody, sameEvent)
	f.Add(baseBody, baseBody)
	f.Add("", "نقلا عن")
	f.Add("نقلا عن وكالة", "\xff\xfe ـــ ً")
	f.Fuzz(func(t *testing.T, a, b string) {
		x := NewIndex(Options{MinWords: 1})
		x.Add("a", &isnad.Document{Body: a, Outlet: b, Publisher: a})
		for _, m := range x.Add("b", &isnad.Document{Body: b, Outlet: a}) {
			if m.ID != "a" || (m.Original != "a" && m.Original != "b") || m.Similarity < 0 || m.Similarity > 1 {
				t.Errorf("Add = %v", m)
			}
		}
	})
}
