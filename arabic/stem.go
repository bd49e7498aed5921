package arabic

// The light stemmer removes proclitics (the conjunctions و ف, the
// prepositions ب ل ك, the article ال) from the front of a word and pronoun
// and inflection suffixes from its end. It never rewrites letters, so a stem
// is always a substring of the word it came from. Its rules follow the
// "light10" family of Arabic light stemmers (Larkey, Ballesteros and
// Connell, 2007), with the changes listed on each table; the tables were
// written for this package by the isnad authors and share the project's
// licence.
//
// In order, Stem:
//
//  1. keeps a protected word (protected.go) whole, after removing any
//     proclitics before it and suffixes after it: لواشنطن → واشنطن;
//  2. removes the longest article prefix (ال، وال، بال، كال، فال، لل، ولل،
//     وبال …) that leaves at least two letters, or else a lone و that
//     leaves at least three;
//  3. removes one attached pronoun (ه ها هم هن هما كم كن كما نا) that leaves
//     at least three letters, and then a teh that was a teh marbuta before
//     the pronoun: قافلته → قافلت → قافل;
//  4. removes up to two plural, dual, nisba or verb endings (يات يين يون ات
//     ان ين ون وا ي), each leaving at least three letters.
//
// Known limits: a lone ب ل ك ف is never removed (لبحث stays whole: too many
// words begin with those letters); verb prefixes and the future س are left
// on; broken plurals keep their own stems; a teh marbuta before a pronoun is
// not recognized after ا (حياته → حيات, but الحياة → حيا) or before a dual
// ending (نقطتين → نقطت); and since Match writes أ إ آ as ا, a word like
// آليات looks as if it began with the article unless it is protected.

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

// letterAt returns the offset in the Arabic block (rune − U+0600) of the
// two-byte letter at w[i].
func letterAt(w string, i int) byte { return (w[i]&0x03)<<6 | w[i+1]&0x3F }

// An affix is an entry of an affix list, packed so that it can be compared
// with a word in one operation: every affix is at most four letters (eight
// bytes), and head and tail load a word's first and last eight bytes.
type affix struct {
	s    string
	key  uint64 // the affix's bytes, little-endian
	mask uint64 // ones over len(s) bytes
}

func newAffix(s string) affix {
	if len(s) > 8 {
		panic("arabic: affix longer than eight bytes: " + s)
	}
	return affix{s: s, key: head(s), mask: 1<<(8*len(s)) - 1}
}

// prefixOf reports whether the affix begins a word whose head is h.
func (a *affix) prefixOf(h uint64) bool { return h&a.mask == a.key }

// suffixOf reports whether the affix ends a word whose tail is t.
func (a *affix) suffixOf(t uint64) bool { return t>>(64-8*len(a.s)) == a.key }

// head returns the first eight bytes of w (fewer when w is shorter, the
// rest zero), little-endian: w[0] is the lowest byte.
func head(w string) uint64 {
	if len(w) >= 8 {
		return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
	}
	var h uint64
	for i := len(w) - 1; i >= 0; i-- {
		h = h<<8 | uint64(w[i])
	}
	return h
}

// tail returns the last eight bytes of w (fewer when w is shorter, the
// rest zero), little-endian with the last byte of w the highest byte.
func tail(w string) uint64 {
	if n := len(w); n >= 8 {
		w = w[n-8:]
		return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
	}
	var t uint64
	for i := 0; i < len(w); i++ {
		t = t>>8 | uint64(w[i])<<56
	}
	return t
}

// An affixIndex holds an affix list split by the affix's first letter (for
// prefixes) or last letter (for suffixes), keeping the list's order, so
// that a word is compared only with the affixes that can match it.
type affixIndex [256][]affix

func indexByFirst(list []string) *affixIndex {
	var ix affixIndex
	for _, a := range list {
		k := letterAt(a, 0)
		ix[k] = append(ix[k], newAffix(a))
	}
	return &ix
}

func indexByLast(list []string) *affixIndex {
	var ix affixIndex
	for _, a := range list {
		k := letterAt(a, len(a)-2)
		ix[k] = append(ix[k], newAffix(a))
	}
	return &ix
}

var (
	articleIndex    = indexByFirst(articlePrefixes)
	procliticIndex  = indexByFirst(proclitics)
	pronounIndex    = indexByLast(pronounSuffixes)
	inflectionIndex = indexByLast(inflectionSuffixes)
)

const (
	wawOffset = byte(waw - 0x0600)
	tehOffset = byte(teh - 0x0600)
)

// stripPrefix removes the longest article prefix that leaves at least
// minArticleStem letters, or else a lone و that leaves at least minWawStem.
func stripPrefix(w string) string {
	first := letterAt(w, 0)
	h := head(w)
	for i := range articleIndex[first] {
		p := &articleIndex[first][i]
		if len(w)-len(p.s) >= 2*minArticleStem && p.prefixOf(h) {
			return w[len(p.s):]
		}
	}
	if first == wawOffset && letters(w)-1 >= minWawStem {
		return w[2:]
	}
	return w
}

// stripSuffixes removes one pronoun suffix, restores teh marbuta before it
// (قافلته → قافلت → قافل), then removes up to two inflection suffixes.
func stripSuffixes(w string) string {
	if s, ok := trimSuffix(w, pronounIndex); ok {
		w = s
		// A teh before an attached pronoun is teh marbuta (قافلة + ه →
		// قافلته); teh marbuta itself is removed like ه, so remove the teh
		// too, unless it is the plural ات.
		if n := len(w); letterAt(w, n-2) == tehOffset && w[n-4:n-2] != "ا" && letters(w)-1 >= minSuffixStem {
			w = w[:n-2]
		}
	}
	for range 2 {
		s, ok := trimSuffix(w, inflectionIndex)
		if !ok {
			break
		}
		w = s
	}
	return w
}

// trimSuffix removes the first suffix in ix that w ends with and that
// leaves at least minSuffixStem letters.
func trimSuffix(w string, ix *affixIndex) (string, bool) {
	if len(w) <= 2*minSuffixStem {
		return w, false
	}
	list := ix[letterAt(w, len(w)-2)]
	if len(list) == 0 {
		return w, false
	}
	t := tail(w)
	for i := range list {
		s := &list[i]
		if len(w)-len(s.s) >= 2*minSuffixStem && s.suffixOf(t) {
			return w[:len(w)-len(s.s)], true
		}
	}
	return w, false
}
