package numeral

import (
	"os"
	"testing"
)

// FuzzFind checks that Find never panics and that its spans are in
// bounds, ordered, non-overlapping and on rune boundaries, and that
// Readings and DualStems never panic either.
func FuzzFind(f *testing.F) {
	seeds := []string{
		"ثلاثمائة وخمسة وعشرون", "3 آلاف", "١٫٥ مليار", "30 في المئة", "%30",
		"الحادي والعشرين", "عشرات الآلاف", "1 فاصلة 1", "-1200000", ".77",
		"5/9/2017", "2\u2009350\u2009000", "\xff\xfe٣", "مليون ونصف المليون",
		"واحد فاصلة صفر", "بضعة عشر", "ست سنوات",
	}
	if b, err := os.ReadFile("testdata/article.txt"); err == nil {
		seeds = append(seeds, string(b))
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ns := Find(s)
		checkSpans(t, s, ns)
		for _, n := range ns {
			if n.Value != n.Value || n.Value-n.Value != 0 {
				t.Fatalf("Find(%+q): value %v is not finite", s, n.Value)
			}
		}
		for _, n := range Readings(s) {
			if n.Start < 0 || n.End > len(s) || n.Start >= n.End {
				t.Fatalf("Readings(%+q): bad span [%d,%d)", s, n.Start, n.End)
			}
		}
		DualStems(s)
	})
}
