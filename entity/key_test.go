package entity

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

func TestKey(t *testing.T) {
	tests := []struct {
		name, a, b string
		same       bool
	}{
		{"z and s in a transliteration", "تاونزند", "تاونسند", true},
		{"g written three ways", "ماكغورك", "ماكجورك", true},
		{"space in a compound place name", "البو كمال", "البوكمال", true},
		{"Persian kaf", "البوکمال", "البوكمال", true},
		{"diacritics and shadda", "الرقّة", "الرقة", true},
		{"teh marbuta", "فاطمة", "فاطمه", true},
		{"vowel letters are kept", "محمد", "محمود", false},
		{"inserted yeh is another name", "سلمان", "سليمان", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ka, kb := Key(tt.a), Key(tt.b)
			if (ka == kb) != tt.same {
				t.Errorf("Key(%+q) = %+q, Key(%+q) = %+q, same = %v, want %v", tt.a, ka, tt.b, kb, ka == kb, tt.same)
			}
		})
	}
}

// The floors of precision and recall measured on testdata/variants.tsv:
// equal Keys (the id of an entity in every document) and Variants (what
// MergeAcross merges within a story). Precision stays at 1 for both, as
// measured: a merge of two names is worse than a miss. The recall floors
// are a few points below what was measured (Key 0.582, Variants 0.845 and,
// on variants-check.tsv, 0.826).
const (
	keyPrecisionFloor        = 1.0
	keyRecallFloor           = 0.55
	variantsPrecisionFloor   = 1.0
	variantsRecallFloor      = 0.82
	variantsCheckRecallFloor = 0.80
)

// pair is a labelled pair of names: same says whether they are one name.
type pair struct {
	a, b string
	same bool
}

// pairs reads a file of labelled pairs (testdata/variants.tsv).
func pairs(t *testing.T, file string) []pair {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []pair
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 3 || c[2] != "0" && c[2] != "1" {
			t.Fatalf("bad line %q", line)
		}
		out = append(out, pair{c[0], c[1], c[2] == "1"})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// measurePairs reports the precision and recall of merge on the labelled
// pairs, logging its mistakes.
func measurePairs(t *testing.T, file string, merge func(a, b string) bool) (p, r float64) {
	var tp, fp, fn, tn int
	for _, pr := range pairs(t, file) {
		same := merge(pr.a, pr.b)
		switch {
		case same && pr.same:
			tp++
		case same && !pr.same:
			fp++
			t.Logf("merged, but different: %s / %s", pr.a, pr.b)
		case !same && pr.same:
			fn++
			t.Logf("not merged, but one name: %s / %s", pr.a, pr.b)
		default:
			tn++
		}
	}
	p = float64(tp) / float64(tp+fp)
	r = float64(tp) / float64(tp+fn)
	t.Logf("%s: %d same, %d different; merged %d right, %d wrong; precision %.3f, recall %.3f", file, tp+fn, fp+tn, tp, fp, p, r)
	return p, r
}

// TestKeyPrecision measures how well equal keys find the labelled pairs of
// spellings of one name (recall) without merging different names
// (precision). Run with -v for the figures and the mistakes.
func TestKeyPrecision(t *testing.T) {
	p, r := measurePairs(t, "testdata/variants.tsv", func(a, b string) bool { return Key(a) == Key(b) })
	if p < keyPrecisionFloor || r < keyRecallFloor {
		t.Errorf("precision %.3f (floor %.3f), recall %.3f (floor %.3f)", p, keyPrecisionFloor, r, keyRecallFloor)
	}
}

// TestVariantsPrecision measures Variants the same way, on variants.tsv
// (the pairs its rules were written with) and on variants-check.tsv
// (written after the rules were fixed), each against its floors.
func TestVariantsPrecision(t *testing.T) {
	for _, f := range []struct {
		file   string
		recall float64
	}{
		{"testdata/variants.tsv", variantsRecallFloor},
		{"testdata/variants-check.tsv", variantsCheckRecallFloor},
	} {
		p, r := measurePairs(t, f.file, Variants)
		if p < variantsPrecisionFloor || r < f.recall {
			t.Errorf("%s: precision %.3f (floor %.3f), recall %.3f (floor %.3f)", f.file, p, variantsPrecisionFloor, r, f.recall)
		}
	}
}
