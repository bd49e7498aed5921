package arabic

import "strings"

// The light stemmer removes proclitics (the conjunctions و ف, the
// prepositions ب ل ك, the article ال) from the front of a word and pronoun
// and inflection suffixes from its end. It never rewrites letters in the
// middle, so a stem is always a substring of the word it came from. Its rules
// follow the "light10" family of Arabic light stemmers (Larkey, Ballesteros
// and Connell, 2007), with the changes listed on each table; the tables were
// written for this package by the isnad authors and share the project's
// licence.

const (
	// minArticleStem is the fewest letters left after removing an article
	// prefix (ال، وال، بال، لل …): الام → ام, but الى stays.
	minArticleStem = 2
	// minWawStem is the fewest letters left after removing a lone و:
	// وقال → قال, but وقت stays.
	minWawStem = 3
	// minSuffixStem is the fewest letters left after removing a suffix:
	// كتابه → كتاب, but سنه (سنة) stays.
	minSuffixStem = 3
)

// articlePrefixes are the article and its combinations with the proclitics,
// after Match normalization, longest first. لل is ل + ال with the alef
// elided (للقافلة). A lone ب ل ك ف is never removed: too many words begin
// with those letters (كتاب، بلد، لاعب، فريق).
var articlePrefixes = []string{
	"وبال", "وكال", "فبال", "فكال",
	"وال", "فال", "بال", "كال", "ولل", "فلل",
	"لل", "ال",
}

// pronounSuffixes are the attached pronouns, longest first. ه is also teh
// marbuta after Match normalization (ة → ه). ني and ي are left out: first
// person is rare in news prose and ي is mostly the nisba ending, which
// inflectionSuffixes removes.
var pronounSuffixes = []string{"هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا", "ه"}

// inflectionSuffixes are plural, dual, nisba and verb endings, longest
// first. Up to two are removed: قانوني → قانون → قان.
var inflectionSuffixes = []string{"يات", "يين", "يون", "ات", "ان", "ين", "ون", "وا", "ي"}

// proclitics are every way a protected word may be preceded by clitics,
// longest first; the stemmer tries them all before its ordinary rules so
// that لواشنطن and بلبنان keep their words whole.
var proclitics = []string{
	"وبال", "وكال", "فبال", "فكال",
	"وال", "فال", "بال", "كال", "ولل", "فلل",
	"لل", "ال", "وب", "ول", "وك", "فب", "فل", "فك",
	"و", "ف", "ب", "ل", "ك",
}

// Stem returns the light stem of a single word already normalized at the
// Match level: للقافله → قافل. The stem is a substring of norm. Words that
// are not made only of Arabic letters (numbers, Latin words) are returned
// unchanged, and so is a stem that would be too short.
func Stem(norm string) string {
	if !isArabicWord(norm) {
		return norm
	}
	if s, ok := protectedStem(norm); ok {
		return s
	}
	w := stripPrefix(norm)
	return stripSuffixes(w)
}

// isArabicWord reports whether w is made only of two-byte letters of the
// Arabic block (U+0600–U+06FF), the only ones the stemmer's tables use. It
// lets the stemmer count letters as len(w)/2.
func isArabicWord(w string) bool {
	if len(w) == 0 || len(w)%2 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if b := w[i]; b < 0xD8 || b > 0xDB || w[i+1]&0xC0 != 0x80 {
			return false
		}
	}
	return true
}

// letters returns the number of letters in w, a word isArabicWord accepts.
func letters(w string) int { return len(w) / 2 }

// stripPrefix removes the longest article prefix that leaves at least
// minArticleStem letters, or else a lone و that leaves at least minWawStem.
func stripPrefix(w string) string {
	for _, p := range articlePrefixes {
		if strings.HasPrefix(w, p) && letters(w)-letters(p) >= minArticleStem {
			return w[len(p):]
		}
	}
	if strings.HasPrefix(w, "و") && letters(w)-1 >= minWawStem {
		return w[len("و"):]
	}
	return w
}

// stripSuffixes removes one pronoun suffix, restores teh marbuta before it
// (قافلته → قافلت → قافل), then removes up to two inflection suffixes.
func stripSuffixes(w string) string {
	if s, ok := trimSuffix(w, pronounSuffixes); ok {
		w = s
		// A teh before an attached pronoun is teh marbuta (قافلة + ه →
		// قافلته); teh marbuta itself is removed like ه, so remove the teh
		// too, unless it is the plural ات.
		if strings.HasSuffix(w, "ت") && !strings.HasSuffix(w, "ات") && letters(w)-1 >= minSuffixStem {
			w = w[:len(w)-len("ت")]
		}
	}
	for range 2 {
		s, ok := trimSuffix(w, inflectionSuffixes)
		if !ok {
			break
		}
		w = s
	}
	return w
}

// trimSuffix removes the first suffix in list that w ends with and that
// leaves at least minSuffixStem letters.
func trimSuffix(w string, list []string) (string, bool) {
	for _, s := range list {
		if strings.HasSuffix(w, s) && letters(w)-letters(s) >= minSuffixStem {
			return w[:len(w)-len(s)], true
		}
	}
	return w, false
}
