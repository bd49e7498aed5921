package timex

import (
	"os"
	"testing"
)

func BenchmarkFind(b *testing.B) {
	text, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := string(text)
	opt := Options{Ref: news, HasRef: true, Dir: Past}
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Find(s, opt)
	}
}

// TestArticle checks a few of the article's mentions, so the benchmark
// measures the work that matters.
func TestArticle(t *testing.T) {
	text, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	s := string(text)
	es, ds := Find(s, Options{Ref: news, HasRef: true, Dir: Past})
	got := map[string]string{}
	for _, e := range es {
		v := e.ISO()
		if e.Interval {
			v = iso(e.From, e.Grain, true) + ".." + iso(e.To, e.Grain, true)
		}
		got[s[e.Start:e.End]] = v
	}
	for text, want := range map[string]string{
		"مساء الثلاثاء، 5 أيلول 2017": "2017-09-05",
		"يوم الاثنين المقبل":          "2017-09-18",
		"14 كانون الثاني 2017":        "2017-01-14",
		"يوم 28 آب الماضي":            "2017-08-28",
		"من 18 إلى 22 أيلول/سبتمبر":   "2017-09-18..2017-09-23",
		"15/10/2017":           "2017-10-15",
		"ليلة الأحد، 10 أيلول": "2017-09-10",
		"1 رمضان 1438 هـ":      "2017-05-27",
		"بين عامي 2012 و2014":  "2012..2015",
		"يوم الخميس 14 سبتمبر": "2017-09-14",
	} {
		if got[text] != want {
			t.Errorf("%+q = %q, want %q", text, got[text], want)
		}
	}
	if len(es) < 30 || len(ds) < 10 {
		t.Errorf("%d dates and %d durations, want at least 30 and 10", len(es), len(ds))
	}
}
