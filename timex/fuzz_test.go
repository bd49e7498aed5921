package timex

import "testing"

func FuzzFind(f *testing.F) {
	for _, s := range []string{"يوم أمس الجمعة ( 15 أيلول 2017)", "من 5 إلى 7 أيلول", "الساعة الثامنة والنصف صباحا",
		"5/9/2017", "منذ ثلاثة أيام", "بين عامي 2014 و2017", "15 محرم 1439 هـ", "ساعة ونصف", "\xff\xfe", "الساعة 99:99"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, opt := range []Options{{}, {Ref: ref, HasRef: true}, {Ref: news, HasRef: true, Dir: Past}} {
			es, ds := Find(s, opt)
			end := 0
			for _, e := range es {
				if e.Start < end || e.End <= e.Start || e.End > len(s) {
					t.Fatalf("bad span %d-%d after %d in %+q", e.Start, e.End, end, s)
				}
				end = e.End
				if e.Resolved && e.Interval && !e.To.After(e.From) {
					t.Fatalf("empty interval %v..%v in %+q", e.From, e.To, s)
				}
				_ = e.ISO()
			}
			end = 0
			for _, d := range ds {
				if d.Start < end || d.End <= d.Start || d.End > len(s) {
					t.Fatalf("bad duration span %d-%d in %+q", d.Start, d.End, s)
				}
				end = d.End
			}
		}
	})
}
