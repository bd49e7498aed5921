package quote

import (
	"strings"
	"testing"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
	"github.com/isnad-news/isnad/entity"
	"github.com/isnad-news/isnad/extract"
	"github.com/isnad-news/isnad/internal/seedtest"
	"github.com/isnad-news/isnad/quantity"
	"github.com/isnad-news/isnad/timex"
)

// want is an expected quote or citation: who, and a distinctive fragment
// of the statement (or of the citation's text).
type want struct{ who, fragment string }

// seedQuotes are the quotes a careful reader marks in each seed (our
// reading of the articles): the speaker as the entity stage names it ("" when
// the text does not say who speaks) and a fragment of the statement.
var seedQuotes = map[string][]want{
	"000_": {
		{"وسائل إعلام أميركية", "هناك تساؤلات عدة"},
		{"نيويورك تايمز", "واشنطن حققت مكاسب"},
		{"نيويورك تايمز", "كانوا حانقين بشأن القافلة"},
		{"نيويورك تايمز", "كانت تمنع عناصر التنظيم"},
		{"نيويورك تايمز", "نكثت تعهدا"},
		{"مسؤولون أميركيون", "قرار الانسحاب جاء"},
		{"بريت ماكغورك", "التحالف سيعمل على ضمان"},
		{"نيويورك تايمز", "مسحه اتصال هاتفي"},
		{"نيويورك تايمز", "الأميركيين وافقوا على الطلب"},
		{"ريان ديلون", "قد قتلوا عدداً كبيراً"},
		{"نيويورك تايمز", "مع امتداد الحصار"},
		{"تعليقات العديد من السوريين", "مشاهدة قافلة عالقة"},
		{"قائد عسكري", "وصلت إلى منطقة يسيطر"},
		{"التحالف الدولي", "طائرة مراقبة تابعة"},
		{"التحالف الدولي", "دمشق هي المسؤولة"},
	},
	"001_": {
		{"التحالف الدولي", "طائراته ابتعدت"},
		{"التحالف الدولي", "غادرت الطائرات استجابة"},
		{"مسؤولا روسيا", "أمر مؤكد مئة بالمئة"},
		{"روسيا اليوم", "انقسمت إلى مجموعتين"}, // RT
		{"التحالف الدولي", "يمنعها من دخول دير الزور قبل"},
		{"التحالف الدولي", "85 عنصراً"},
		{"العربية", "وصلوا دير الزور عبر سيارات"}, // العربية نت
		{"المرصد السوري لحقوق الإنسان", "هدد بعدم السماح"},
		{"المرصد السوري لحقوق الإنسان", "يبحثان عن طريق بديل"},
		{"التحالف الدولي", "قصفت القوافل"},
	},
	"002_": {
		{"مصادر مطلعة", "الوضع لا يزال على ما هو عليه"},
		{"القوات التي تقودها الولايات المتحدة", "ظلت في مناطق خاضعة"},
		{"ريان ديلون", "لم تتمكن (القافلة)"},
		{"ستيفن تاونسند", "قادة التحالف اقترحوا"},
		{"ستيفن تاونسند", "يعرض النساء والأطفال للمعاناة"},
		{"التحالف الدولي", "يتواجدون على متن الحافلات"},
		{"التحالف الدولي", "لا يحول دون نقل الأغذية"},
		{"التحالف الدولي", "سيواصل أعماله ضد داعش"},
		{"ريان ديلون", "نحن مستمرون في مراقبة"},
		{"التحالف الدولي", "انقسمت إلى مجموعتين"},
		{"التحالف الدولي", "القافلة تحاول الوصول"},
		{"نيويورك تايمز", "تمثل جمود التنظيم"},
		{"نيويورك تايمز", "رمزا صارخا"},
		{"نيويورك تايمز", "عاجزا عن إنقاذ قافلته"},
		{"نيويورك تايمز", "توضح مدى ازدياد عزلة"},
		{"مسؤول مقرب من الحكومة", "مجرى يسير فيه كل شيء"},
		{"نيويورك تايمز", "جثا على ركبته"},
		{"نيويورك تايمز", "ليست الأولى التي يبرمها"},
		{"نيويورك تايمز", "تصطف ضد التنظيم"},
		{"المسؤول السوري", "عدو عدوه ما زال عدوه"},
		{"", "حاولوا التنزه قليلاً"},
		{"مسؤولون بوزارة الدفاع", "11 حافلة مليئة"},
		{"فورين بوليسي", "غير مستعدين للعودة"},
		{"ريان ديلون", "بشكلٍ فردي أو في مجموعات"},
		{"ريان ديلون", "فإنَّنا سنضربهم"},
		{"ريان ديلون", "شجاراً بسيطاً"},
		{"بريت ماكغورك", "لن تسمح لهذه القافلة"},
		{"حزب الله", "بمنع الحافلات من التحرك"},
		{"حزب الله", "المسؤولية الكاملة تقع"},
		{"التحالف الدولي", "لن تسمح بذلك"},
		{"ستيفن تاونسند", "يجعل النساء والأطفال يعانون"},
		{"البنتاغون", "خطاً ساخناً"},
	},
	"003_": {
		{"إيغور كوناشينكوف", "تخفيف عدد غارات"},
		{"الولايات المتحدة", "تحدث عن طريق الخطأ"},
	},
	"004_": {
		{"الجيش العربي السوري", "تمكن من العثور"},
		{"الجيش العربي السوري", "عثر على معدات"},
		{"روسيا", "وسيلة لعرقلة المناقشات"},
	},
}

// seedCitations are the citations of outlets and agencies in the seeds:
// the outlet (canonical) and a fragment of the citation's text.
var seedCitations = map[string][]want{
	"000_": {
		{"نيويورك تايمز", "اعتبرت صحيفة"},
		{"نيويورك تايمز", "أضاف التقرير"},
		{"نيويورك تايمز", "بحسب الصحيفة"},
		{"نيويورك تايمز", "نقلت الصحيفة"},
		{"نيويورك تايمز", "أشارت الصحيفة"},
		{"نيويورك تايمز", `بحسب "نيويورك`},
	},
	"001_": {
		{"الأناضول", "الاناضول"},
		{"خط تماس", "خط تماس"},
		{"روسيا اليوم", "RT"},
		{"رويترز", "رويترز"},
		{"العربية", "العربية. نت"},
		{"المرصد السوري لحقوق الإنسان", "اعلن المرصد"},
		{"المرصد السوري لحقوق الإنسان", "كشف المرصد"},
	},
	"002_": {
		{"سبوتنيك", "سبوتنيك"},
		{"نيويورك تايمز", "قالت صحيفة نيويورك تايمز"},
		{"نيويورك تايمز", "أضافت الصحيفة"},
		{"نيويورك تايمز", "تشير نيويورك تايمز"},
		{"نيويورك تايمز", "ترى الصحيفة"},
		{"نيويورك تايمز", "تقول الصحيفة"},
		{"نيويورك تايمز", "تشير نيويورك تايمز"},
		{"نيويورك تايمز", "تختم الصحيفة"},
		{"فورين بوليسي", "لمجلة فورين بوليسي"},
		{"فورين بوليسي", "حسب المجلة"},
		{"فورين بوليسي", `لـ"فورين بوليسي"`},
	},
}

// Floors: the share of seedQuotes found with the right speaker and of
// seedCitations found.
const (
	quoteFloor    = 0.90
	citationFloor = 0.95
)

// analyseSeeds runs the whole pipeline up to this stage on each seed.
func analyseSeeds(t testing.TB) map[string]*isnad.Document {
	t.Helper()
	seedtest.Need(t)
	st, err := entity.NewStage(entity.Options{})
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]*isnad.Document{}
	for prefix := range seedQuotes {
		docs[prefix] = seedtest.Run(t, prefix, extract.New(extract.Options{}), arabic.NewTokenizer(),
			quantity.NewStage(), timex.NewStage(), st, NewStage())
	}
	return docs
}

// match compares at the Match level: Persian letters, hamza forms and
// diacritics aside.
func match(s string) string { return arabic.Normalize(arabic.Match, s) }

// sameSource reports whether the name got is the expected one: the same
// variant key, or one holding the other ("مسؤولون بوزارة الدفاع
// الأميركية (البنتاغون)" for "مسؤولون بوزارة الدفاع").
func sameSource(want, got string) bool {
	if want == "" || got == "" {
		return want == got
	}
	return entity.Key(want) == entity.Key(got) || strings.Contains(match(got), match(want))
}

// findQuote returns the quote of doc whose statement holds fragment.
func findQuote(doc *isnad.Document, fragment string) (isnad.Quote, bool) {
	for _, q := range doc.Quotes {
		if strings.Contains(match(q.Text), match(fragment)) {
			return q, true
		}
	}
	return isnad.Quote{}, false
}

// TestSeedQuotes measures the quotes found with the right speaker and the
// outlet citations found in the seeds. Run with -v for the misses.
func TestSeedQuotes(t *testing.T) {
	docs := analyseSeeds(t)
	found, right, total := 0, 0, 0
	for prefix, ws := range seedQuotes {
		for _, w := range ws {
			total++
			q, ok := findQuote(docs[prefix], w.fragment)
			if !ok {
				t.Logf("%s: missed %+q (%s)", prefix, w.fragment, w.who)
				continue
			}
			found++
			if sameSource(w.who, q.Speaker) {
				right++
			} else {
				t.Logf("%s: %+q: speaker %+q, want %+q", prefix, w.fragment, q.Speaker, w.who)
			}
		}
	}
	t.Logf("seed quotes: found %d/%d, right speaker %d/%d (%.1f%%)", found, total, right, total, 100*float64(right)/float64(total))
	if r := float64(right) / float64(total); r < quoteFloor {
		t.Errorf("quotes with the right speaker %.3f, below %.2f", r, quoteFloor)
	}

	got, total := 0, 0
	for prefix, ws := range seedCitations {
		used := map[int]bool{}
		for _, w := range ws {
			total++
			ok := false
			for i, c := range docs[prefix].Citations {
				if !used[i] && sameSource(w.who, c.Cited) && strings.Contains(match(c.Text), match(w.fragment)) {
					used[i], ok = true, true
					break
				}
			}
			if ok {
				got++
			} else {
				t.Logf("%s: missed citation %+q (%s)", prefix, w.fragment, w.who)
			}
		}
	}
	t.Logf("seed citations: found %d/%d (%.1f%%)", got, total, 100*float64(got)/float64(total))
	if r := float64(got) / float64(total); r < citationFloor {
		t.Errorf("citations found %.3f, below %.2f", r, citationFloor)
	}
}

// names returns the names of a chain.
func names(ss []isnad.Source) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.Name
	}
	return out
}

// TestSeedChains checks the chains of transmission the issue names.
func TestSeedChains(t *testing.T) {
	docs := analyseSeeds(t)
	via := []struct {
		name, seed, fragment string
		want                 []string
	}{
		{"Townsend's statement through Sputnik", "002_", "قادة التحالف اقترحوا", []string{"سبوتنيك", "ستيفن تاونسند"}},
		{"Townsend again, through Sputnik", "002_", "يعرض النساء والأطفال للمعاناة", []string{"سبوتنيك", "ستيفن تاونسند"}},
		{"Dillon told Foreign Policy", "002_", "بشكلٍ فردي أو في مجموعات", []string{"فورين بوليسي", "ريان ديلون"}},
		{"Dillon to Foreign Policy, direct", "002_", "فإنَّنا سنضربهم", []string{"فورين بوليسي", "ريان ديلون"}},
		{"Dillon to Foreign Policy, reported", "002_", "شجاراً بسيطاً", []string{"فورين بوليسي", "ريان ديلون"}},
		{"McGurk through the New York Times", "000_", "التحالف سيعمل على ضمان", []string{"نيويورك تايمز", "بريت ماكغورك"}},
	}
	for _, tt := range via {
		t.Run(tt.name, func(t *testing.T) {
			q, ok := findQuote(docs[tt.seed], tt.fragment)
			if !ok {
				t.Fatalf("no quote holds %+q", tt.fragment)
			}
			if !sameChain(names(q.Via), tt.want) {
				t.Errorf("via %+q, want %+q", names(q.Via), tt.want)
			}
		})
	}
	chains := []struct {
		name, seed, fragment string
		want                 []string
	}{
		{"308 fighters from the New York Times", "002_", "308 من مقاتليه", []string{"نيويورك تايمز", "الانباط"}},
		{"300 to 500 from Foreign Policy", "002_", "ما يتراوح بين 300 إلى 500", []string{"فورين بوليسي", "الانباط"}},
		{"40 vehicles from Dillon through Foreign Policy", "002_", "40 مركبة", []string{"ريان ديلون", "فورين بوليسي", "الانباط"}},
		{"the article's own figure", "002_", "أكثر من (250) عنصرا", []string{"الانباط"}},
	}
	for _, tt := range chains {
		t.Run(tt.name, func(t *testing.T) {
			for _, q := range docs[tt.seed].Quantities {
				if strings.HasPrefix(q.Text, tt.fragment) {
					if !sameChain(names(q.SourceChain), tt.want) {
						t.Errorf("%+q: chain %+q, want %+q", q.Text, names(q.SourceChain), tt.want)
					}
					return
				}
			}
			t.Fatalf("no quantity %+q", tt.fragment)
		})
	}
}

func sameChain(got, want []string) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		if !sameSource(want[i], got[i]) {
			return false
		}
	}
	return true
}
