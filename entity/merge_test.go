package entity

import (
	"maps"
	"strconv"
	"testing"
)

func TestVariants(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       bool
	}{
		{"same key", "تاونزند", "تاونسند", true},
		{"vowel letter dropped", "ترامب", "ترمب", true},
		{"vowel letter dropped in a long name", "ستولتنبرغ", "ستولتنبيرغ", true},
		{"one of two words differs", "هيلاري كلينتون", "هيلاري كلنتون", true},
		{"title before the name", "الجنرال ستولتنبرغ", "ستولتنبيرغ", true},
		{"Arabic names differ by a vowel letter", "محمد", "محمود", false},
		{"Arabic names differ by an inserted yeh", "سلمان", "سليمان", false},
		{"vowel letter changed, not dropped", "ميركل", "ماركل", false},
		{"final vowel", "روبرتو", "روبرتا", false},
		{"final vowel dropped", "ألبرتو", "ألبرت", false},
		{"skeleton too short", "بوش", "باش", false},
		{"consonants differ", "غوتيريس", "غوتيريش", false},
		{"different numbers of words", "كلينتون", "هيلاري كلينتون", false},
		{"empty", "", "ترمب", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Variants(tt.a, tt.b); got != tt.want {
				t.Errorf("Variants(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
			if got := Variants(tt.b, tt.a); got != tt.want {
				t.Errorf("Variants(%q, %q) = %v, want %v (reversed)", tt.b, tt.a, got, tt.want)
			}
		})
	}
}

func TestMergeAcross(t *testing.T) {
	ref := func(id, typ, canonical string, mentions int, groups ...string) Ref {
		return Ref{ID: id, Type: typ, Canonical: canonical, Mentions: mentions, Groups: groups}
	}
	tests := []struct {
		name string
		refs []Ref
		want map[string]string
	}{
		{
			name: "vowel variants in one story join the most mentioned",
			refs: []Ref{ref("per:a", "PER", "نتنياهو", 5, "s1"), ref("per:b", "PER", "نتانياهو", 2, "s1", "s2")},
			want: map[string]string{"per:b": "per:a"},
		},
		{
			name: "vowel variants in different stories stay apart",
			refs: []Ref{ref("per:a", "PER", "نتنياهو", 5, "s1"), ref("per:b", "PER", "نتانياهو", 2, "s2")},
			want: map[string]string{},
		},
		{
			name: "types differ",
			refs: []Ref{ref("per:a", "PER", "واشنطن", 5, "s1"), ref("loc:b", "LOC", "واشنطون", 2, "s1")},
			want: map[string]string{},
		},
		{
			name: "surname joins the full name of its story",
			refs: []Ref{ref("per:dillon", "PER", "ديلون", 4, "s1"), ref("per:rd", "PER", "ريان ديلون", 1, "s1")},
			want: map[string]string{"per:dillon": "per:rd"},
		},
		{
			name: "surname of two full names stays apart",
			refs: []Ref{
				ref("per:asad", "PER", "الأسد", 4, "s1"),
				ref("per:b", "PER", "بشار الأسد", 3, "s1"),
				ref("per:h", "PER", "حافظ الأسد", 1, "s1"),
			},
			want: map[string]string{},
		},
		{
			name: "surname joins spellings of one full name",
			refs: []Ref{
				ref("per:t", "PER", "تاونسند", 4, "s1"),
				ref("per:st1", "PER", "ستيفن تاونسند", 1, "s1"),
				ref("per:st2", "PER", "ستيفين تاونسند", 2, "s1"),
			},
			want: map[string]string{"per:t": "per:st2", "per:st1": "per:st2"},
		},
		{
			name: "surname of a full name in another story stays apart",
			refs: []Ref{ref("per:dillon", "PER", "ديلون", 4, "s1"), ref("per:rd", "PER", "ريان ديلون", 1, "s2")},
			want: map[string]string{},
		},
		{
			name: "a one-word place is no surname",
			refs: []Ref{ref("loc:k", "LOC", "كمال", 4, "s1"), ref("per:k", "PER", "مصطفى كمال", 1, "s1")},
			want: map[string]string{},
		},
		{
			name: "ties go to the smallest id",
			refs: []Ref{ref("per:b", "PER", "بومبيو", 2, "s1"), ref("per:a", "PER", "بومبيوو", 2, "s1")},
			want: map[string]string{"per:b": "per:a"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := MergeAcross(tt.refs)
			if !maps.Equal(got, tt.want) {
				t.Errorf("MergeAcross = %v, want %v", got, tt.want)
			}
		})
	}
}

// BenchmarkMergeAcross merges the entities of a large desk: 50,000
// entities of 2,000 name words built to collide (vowel-letter variants of
// one another), one to twenty of 5,000 stories each: a worst case, about 1 s
// on one core of the build machine.
func BenchmarkMergeAcross(b *testing.B) {
	given := []string{"ريان", "ستيفن", "جون", "محمد", "بنيامين", "أنطونيو", "دونالد", "سيرغي", "ماريا", "هيلاري"}
	var words []string
	for _, a := range []string{"ت", "س", "ك", "ل", "م", "ن", "ب", "د", "ر", "ف"} {
		for _, m := range []string{"او", "ي", "و", "ا", ""} {
			for _, z := range []string{"نر", "سون", "لي", "ديل", "كوف", "نتي", "رغ", "يش"} {
				for _, e := range []string{"", "ز", "ون", "ي", "ا"} {
					words = append(words, a+m+z+e)
				}
			}
		}
	}
	refs := make([]Ref, 50000)
	for i := range refs {
		name := words[(i*7919)%len(words)]
		if i%3 != 0 {
			name = given[i%len(given)] + " " + name
		}
		groups := make([]string, 1+i%20)
		for k := range groups {
			groups[k] = "s" + strconv.Itoa((i*31+k*977)%5000)
		}
		refs[i] = Ref{ID: "per:" + strconv.Itoa(i), Type: "PER", Canonical: name, Mentions: 1 + i%7, Groups: groups}
	}
	b.ResetTimer()
	for b.Loop() {
		MergeAcross(refs)
	}
}
