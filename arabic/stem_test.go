package arabic

import (
	"strings"
	"testing"
)

func TestStem(t *testing.T) {
	tests := []struct {
		name string
		word string // as written; the test normalizes it first
		want string
	}{
		{name: "article", word: "القافلة", want: "قافل"},
		{name: "lam and article", word: "للقافلة", want: "قافل"},
		{name: "teh marbuta before pronoun", word: "قافلته", want: "قافل"},
		{name: "waw", word: "وقافلة", want: "قافل"},
		{name: "feminine plural", word: "القافلات", want: "قافل"},
		{name: "pronoun after plural", word: "قافلاتها", want: "قافل"},
		{name: "waw and article", word: "والحكومة", want: "حكوم"},
		{name: "beh and article", word: "بالحكومة", want: "حكوم"},
		{name: "kaf and article", word: "كالعادة", want: "عاد"},
		{name: "feh and article", word: "فالحكومة", want: "حكوم"},
		{name: "waw beh article", word: "وبالتالي", want: "تال"},
		{name: "waw lam article", word: "وللمرة", want: "مره"},
		{name: "pronoun hum", word: "حكومتهم", want: "حكوم"},
		{name: "pronoun huma", word: "بيانهما", want: "بيان"},
		{name: "masculine plural", word: "المسلمون", want: "مسلم"},
		{name: "genitive plural", word: "المزارعين", want: "مزارع"},
		{name: "nisba", word: "العربي", want: "عرب"},
		{name: "nisba feminine", word: "العربية", want: "عرب"},
		{name: "verb plural", word: "قالوا", want: "قال"},
		{name: "short word kept", word: "سنة", want: "سنه"},
		{name: "waw kept on short word", word: "وقت", want: "وقت"},
		{name: "teh of a root kept", word: "بيته", want: "بيت"},
		{name: "lone beh not removed", word: "كتاب", want: "كتاب"},
		{name: "lone feh not removed", word: "فريق", want: "فريق"},
		{name: "washington", word: "واشنطن", want: "واشنطن"},
		{name: "to washington", word: "لواشنطن", want: "واشنطن"},
		{name: "and washington", word: "وواشنطن", want: "واشنطن"},
		{name: "lebanon", word: "لبنان", want: "لبنان"},
		{name: "in lebanon", word: "بلبنان", want: "لبنان"},
		{name: "lebanese plural", word: "اللبنانيون", want: "لبنان"},
		{name: "palestine", word: "فلسطين", want: "فلسطين"},
		{name: "palestinian", word: "الفلسطينية", want: "فلسطين"},
		{name: "minister", word: "الوزير", want: "وزير"},
		{name: "and the minister", word: "والوزير", want: "وزير"},
		{name: "ministry", word: "وزارة", want: "وزار"},
		{name: "its ministry", word: "وزارته", want: "وزار"},
		{name: "ministries", word: "الوزارات", want: "وزار"},
		{name: "agency", word: "وكالة", want: "وكال"},
		{name: "agencies", word: "الوكالات", want: "وكال"},
		{name: "and killed", word: "وقتل", want: "قتل"},
		{name: "allah", word: "الله", want: "الله"},
		{name: "relative pronoun", word: "الذي", want: "الذي"},
		{name: "million", word: "مليون", want: "مليون"},
		{name: "latin unchanged", word: "Gaza", want: "gaza"},
		{name: "number unchanged", word: "١٬٥٠٠", want: "1,500"},
		{name: "one letter", word: "و", want: "و"},
		{name: "persian letters", word: "البوکمال", want: "بوكمال"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			norm := Normalize(Match, tt.word)
			if got := Stem(norm); got != tt.want {
				t.Errorf("Stem(%+q) = %+q, want %+q", norm, got, tt.want)
			}
		})
	}
}

// TestStemFamilies checks that the forms of one word share a stem.
func TestStemFamilies(t *testing.T) {
	tests := []struct {
		name  string
		words []string
	}{
		{name: "caravan", words: []string{"القافلة", "للقافلة", "قافلته", "وقافلة", "القافلات", "قافلتها", "بالقافلة", "القافلةُ"}},
		{name: "government", words: []string{"الحكومة", "حكومة", "حكومته", "والحكومة", "للحكومة", "حكومات", "الحُكومةِ"}},
		{name: "washington", words: []string{"واشنطن", "لواشنطن", "بواشنطن", "وواشنطن"}},
		{name: "ministry", words: []string{"وزارة", "الوزارة", "وزارته", "والوزارات", "لوزارة"}},
		{name: "abu kamal", words: []string{"البوكمال", "البوکمال", "والبوكمال"}},
		{name: "diacritics", words: []string{"المُنَظَّمَة", "المنظمة", "منظمته"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := Stem(Normalize(Match, tt.words[0]))
			for _, w := range tt.words[1:] {
				if got := Stem(Normalize(Match, w)); got != want {
					t.Errorf("Stem(%+q) = %+q, Stem(%+q) = %+q", w, got, tt.words[0], want)
				}
			}
		})
	}
}

// TestStemSubstring checks, over the article, that a stem is a non-empty
// substring of its word and that stemming a stem's word is stable.
func TestStemSubstring(t *testing.T) {
	for _, tk := range Tokenize(readArticle(t)) {
		if tk.Stem == "" || !strings.Contains(tk.Norm, tk.Stem) {
			t.Errorf("Stem(%+q) = %+q, want a non-empty substring", tk.Norm, tk.Stem)
		}
	}
}

// TestProtectedWords checks that the protected list normalizes to distinct
// Arabic words and that each is its own stem.
func TestProtectedWords(t *testing.T) {
	seen := map[string]string{}
	for _, w := range protectedWords {
		n := Normalize(Match, w)
		if !isArabicWord(n) {
			t.Errorf("protected word %+q normalizes to %+q, not an Arabic word", w, n)
		}
		if prev, ok := seen[n]; ok {
			t.Errorf("protected words %+q and %+q both normalize to %+q", prev, w, n)
		}
		seen[n] = w
		want := n
		if strings.HasSuffix(w, "ة") {
			want = strings.TrimSuffix(n, "ه")
		}
		if got := Stem(n); got != want {
			t.Errorf("Stem(%+q) = %+q, want the protected word %+q", n, got, want)
		}
	}
}
