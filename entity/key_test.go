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

// keyFloors are the measured precision and recall of Key on
// testdata/variants.tsv, less nothing: the set is small, so any drop is a
// change to look at.
const (
	keyPrecisionFloor = 1.0
	keyRecallFloor    = 0.9
)

// TestKeyPrecision measures how well equal keys find the labelled pairs of
// spellings of one name (recall) without merging different names
// (precision). Run with -v for the figures and the mistakes.
func TestKeyPrecision(t *testing.T) {
	f, err := os.Open("testdata/variants.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var tp, fp, fn, tn int
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 3 {
			t.Fatalf("bad line %q", line)
		}
		same := Key(c[0]) == Key(c[1])
		switch want := c[2] == "1"; {
		case same && want:
			tp++
		case same && !want:
			fp++
			t.Logf("merged, but different: %s / %s", c[0], c[1])
		case !same && want:
			fn++
			t.Logf("not merged, but one name: %s / %s", c[0], c[1])
		default:
			tn++
		}
	}
	p := float64(tp) / float64(tp+fp)
	r := float64(tp) / float64(tp+fn)
	t.Logf("variant pairs: %d same, %d different; precision %.3f, recall %.3f", tp+fn, fp+tn, p, r)
	if p < keyPrecisionFloor || r < keyRecallFloor {
		t.Errorf("precision %.3f (floor %.3f), recall %.3f (floor %.3f)", p, keyPrecisionFloor, r, keyRecallFloor)
	}
}
