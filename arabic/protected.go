package arabic

import "strings"

// protectedWords are words the stemmer keeps whole even when they begin
// with letters that look like proclitics (و ف ب ل ك, ال) or end with
// letters that look like suffixes (ان، ين، نا …): واشنطن must not lose its
// و, لبنان its ان. A protected word may still carry clitics and suffixes of
// its own (لواشنطن، والوزير، وزارته، اللبنانيون); they are removed and the
// word is kept. A word ending in teh marbuta keeps its stem without it
// (وزارة, وزارته and وزارات all stem to وزار).
//
// Source and licence: written for this package by the isnad authors from
// their reading of Arabic news; same licence as the project. Words of three
// letters beginning with و need listing only when they take suffixes, since
// a lone و is removed only from words of four letters or more.
var protectedWords = []string{
	// Places.
	"واشنطن", "فرنسا", "فلسطين", "فنزويلا", "فيتنام", "فنلندا", "فيينا",
	"بريطانيا", "بغداد", "بيروت", "بلجيكا", "بولندا", "بلغاريا", "بنغلاديش",
	"باكستان", "بكين", "برلين", "بحرين", "لبنان", "ليبيا", "لندن", "لوكسمبورغ",
	"كردستان", "كركوك", "كندا", "كوريا", "كوبا", "كينيا", "كويت",
	"إيران", "طهران", "يابان", "سودان", "أفغانستان", "أذربيجان", "تايوان",
	"أوكرانيا", "عمان", "وهران",
	// People's names.
	"وليد", "وائل", "وفاء", "وديع", "فؤاد", "فيصل", "فاطمة", "كمال", "كريم",
	"بشار", "بسام", "لؤي", "ليلى", "أردوغان", "عثمان", "سلمان", "رمضان",
	// Common words beginning with و.
	"وزير", "وزراء", "وزارة", "وكالة", "ولاية", "وقت", "وطن", "وفد", "وسط",
	"ورقة", "ولد", "وجه", "وضع", "وقف", "وقع", "وعد", "وصف", "وزن", "وثيقة",
	"وحدة", "واقع", "وجود", "وفاة", "وكيل", "وسيلة", "وسائل", "وادي", "واحد",
	"واجب", "وراء", "وظيفة", "وافق", "واصل", "وصول", "وديعة", "وصية", "وباء",
	"وساطة", "وسيط", "وقود", "ولي", "وعي",
	// Other words the suffix rules would cut.
	"برلمان", "كورونا", "إنسان", "إعلان", "قانون", "ميدان", "عنوان", "تفاهم",
	// Function words that begin with ال but are not the article.
	"الله", "الذي", "التي", "الذين", "اللذان", "اللتان", "اللاتي", "اللواتي", "الآن",
}

// A protectedEntry is one protected word after Match normalization.
type protectedEntry struct {
	// word is the normalized word.
	word string
	// stem is what Stem returns for it: word, or word without its final
	// teh marbuta (now ه).
	stem string
	// tehMarbuta reports that the word was written with a final ة.
	tehMarbuta bool
}

// protectedSet finds protected words at the start of a string. pairs has
// one bit for each pair of first letters some entry starts with, so that
// most words are rejected with one bit test.
type protectedSet struct {
	pairs  [1 << 16 / 64]uint64
	byPair map[uint16][]protectedEntry
}

var protected = newProtectedSet(protectedWords)

func newProtectedSet(words []string) *protectedSet {
	p := &protectedSet{byPair: make(map[uint16][]protectedEntry)}
	for _, w := range words {
		n := Normalize(Match, w)
		if !isArabicWord(n) || letters(n) < 2 {
			continue
		}
		e := protectedEntry{word: n, stem: n}
		if strings.HasSuffix(w, string(tehMarbuta)) {
			e.tehMarbuta = true
			e.stem = n[:len(n)-len("ه")]
		}
		k := pairKey(n)
		p.pairs[k/64] |= 1 << (k % 64)
		p.byPair[k] = append(p.byPair[k], e)
	}
	return p
}

// pairKey packs the first two letters of w (an Arabic word of at least two
// letters) into 16 bits: each letter's offset in the Arabic block.
func pairKey(w string) uint16 {
	a := uint16(w[0]&0x03)<<6 | uint16(w[1]&0x3F)
	b := uint16(w[2]&0x03)<<6 | uint16(w[3]&0x3F)
	return a<<8 | b
}

// at returns the stem of the protected word w starts with, when the rest of
// w is something a protected word may carry.
func (p *protectedSet) at(w string) (string, bool) {
	if len(w) < 4 {
		return "", false
	}
	k := pairKey(w)
	if p.pairs[k/64]&(1<<(k%64)) == 0 {
		return "", false
	}
	for _, e := range p.byPair[k] {
		if e.tehMarbuta {
			core := e.stem
			if strings.HasPrefix(w, core) && tehMarbutaRestOK(w[len(core):]) {
				return e.stem, true
			}
			continue
		}
		if strings.HasPrefix(w, e.word) && restOK(w[len(e.word):]) {
			return e.stem, true
		}
	}
	return "", false
}

// restOK reports whether rest may follow a protected word: nothing, a
// pronoun, an inflection ending, accusative ا, a verb's ت, or an inflection
// ending followed by a pronoun.
func restOK(rest string) bool {
	if rest == "" {
		return true
	}
	if s, ok := cutSuffix(rest, pronounSuffixes); ok {
		rest = s
		if rest == "" {
			return true
		}
	}
	switch rest {
	case "ا", "ت", "تا", "اء":
		return true
	}
	for _, s := range inflectionSuffixes {
		if rest == s {
			return true
		}
	}
	return false
}

// tehMarbutaRestOK reports whether rest may follow the stem of a protected
// word written with a final teh marbuta: ه (the teh marbuta itself), or ت
// or the plural ات, each alone or followed by a pronoun or a dual ending.
func tehMarbutaRestOK(rest string) bool {
	switch {
	case rest == "ه":
		return true
	case strings.HasPrefix(rest, "ات"):
		rest = rest[len("ات"):]
	case strings.HasPrefix(rest, "ت"):
		rest = rest[len("ت"):]
	default:
		return false
	}
	if rest == "" || rest == "ين" || rest == "ان" {
		return true
	}
	s, ok := cutSuffix(rest, pronounSuffixes)
	return ok && s == ""
}

// cutSuffix removes the first suffix in list that w ends with, whatever is
// left.
func cutSuffix(w string, list []string) (string, bool) {
	for _, s := range list {
		if strings.HasSuffix(w, s) {
			return w[:len(w)-len(s)], true
		}
	}
	return w, false
}

// procliticsByFirst lists, for each letter a proclitic can start with, the
// proclitics starting with it, longest first.
var procliticsByFirst = func() map[string][]string {
	m := make(map[string][]string)
	for _, p := range proclitics {
		m[p[:2]] = append(m[p[:2]], p)
	}
	return m
}()

// protectedStem returns the stem of w when w is a protected word, possibly
// with proclitics before it and suffixes after it.
func protectedStem(w string) (string, bool) {
	if s, ok := protected.at(w); ok {
		return s, true
	}
	if !mayStartProclitic(w) {
		return "", false
	}
	for _, p := range procliticsByFirst[w[:2]] {
		if len(w) > len(p) && strings.HasPrefix(w, p) {
			if s, ok := protected.at(w[len(p):]); ok {
				return s, true
			}
		}
	}
	return "", false
}

// mayStartProclitic reports whether w starts with a letter a proclitic can
// start with: و ف ب ل ك or the alef of ال.
func mayStartProclitic(w string) bool {
	if len(w) < 2 {
		return false
	}
	switch w[:2] {
	case "و", "ف", "ب", "ل", "ك", "ا":
		return true
	}
	return false
}
