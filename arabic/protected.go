package arabic

import (
	"math/bits"
	"strings"
)

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
	"وساطة", "وسيط", "وقود", "ولي", "وعي", "وصل", "وجد", "ورد", "وفر", "وزع",
	"وثق", "وضح", "ولادة", "وجبة", "واضح", "واسع",
	// Other words the suffix rules would cut.
	"برلمان", "كورونا", "إنسان", "إعلان", "قانون", "ميدان", "عنوان", "تفاهم",
	"مليون", "زيتون", "تلفزيون", "كانون", "تشرين", "نيسان", "حزيران",
	// Words whose alef with hamza or madda becomes a bare alef, so that
	// they look as if they began with the article ال.
	"آلاف", "آلية", "ألمانيا", "إلغاء", "آلام", "ألعاب", "إلكترون",
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

// protectedSet finds protected words at the start of a string without
// hashing: one bit for each triple of first letters some protected word
// starts with rejects almost every word; for the others, the number of bits
// set before theirs picks the bucket of words to compare.
type protectedSet struct {
	// triples has bit a<<12|b<<6|c set when a protected word starts with
	// the letters numbered a, b, c (see letterKey).
	triples [1 << 18 / 64]uint64
	// rank[i] is the number of bits set in triples[:i].
	rank [1 << 18 / 64]uint16
	// buckets holds the protected words by their first three letters, in
	// the order of those letters' bits.
	buckets [][]protectedEntry
}

// minProtected is the fewest letters a protected word has.
const minProtected = 3

var protected = newProtectedSet(protectedWords)

func newProtectedSet(words []string) *protectedSet {
	p := &protectedSet{}
	byTriple := make(map[uint32][]protectedEntry)
	for _, w := range words {
		n := Normalize(Match, w)
		if !isArabicWord(n) || letters(n) < minProtected {
			continue
		}
		k, ok := tripleKey(n)
		if !ok {
			continue
		}
		e := protectedEntry{word: n, stem: n}
		if strings.HasSuffix(w, string(tehMarbuta)) {
			e.tehMarbuta = true
			e.stem = n[:len(n)-len("ه")]
		}
		p.triples[k/64] |= 1 << (k % 64)
		byTriple[k] = append(byTriple[k], e)
	}
	n := 0
	for i, t := range p.triples {
		p.rank[i] = uint16(n)
		for t != 0 {
			k := uint32(i*64 + bits.TrailingZeros64(t))
			p.buckets = append(p.buckets, byTriple[k])
			t &= t - 1
			n++
		}
	}
	return p
}

// letterKey numbers the basic letters ء (U+0621) to ي (U+064A), the only
// ones protected words use after Match normalization, from 1 to 42, given
// a letter's offset in the Arabic block; ok is false for other letters.
func letterKey(off byte) (uint32, bool) {
	k := off - 0x20
	return uint32(k), k-1 < 0x2A
}

// tripleKey packs the first three letters of w, an Arabic word of at least
// three letters, into 18 bits.
func tripleKey(w string) (uint32, bool) {
	a, ok1 := letterKey(letterAt(w, 0))
	b, ok2 := letterKey(letterAt(w, 2))
	c, ok3 := letterKey(letterAt(w, 4))
	return a<<12 | b<<6 | c, ok1 && ok2 && ok3
}

// at returns the stem of the protected word w starts with, when the rest of
// w is something a protected word may carry.
func (p *protectedSet) at(w string) (string, bool) {
	if len(w) < 2*minProtected {
		return "", false
	}
	k, ok := tripleKey(w)
	if !ok || p.triples[k/64]&(1<<(k%64)) == 0 {
		return "", false
	}
	word := p.triples[k/64]
	bucket := int(p.rank[k/64]) + bits.OnesCount64(word&(1<<(k%64)-1))
	for _, e := range p.buckets[bucket] {
		if e.tehMarbuta {
			if strings.HasPrefix(w, e.stem) && tehMarbutaRestOK(w[len(e.stem):]) {
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

// protectedStem returns the stem of w when w is a protected word, possibly
// with proclitics before it and suffixes after it.
func protectedStem(w string) (string, bool) {
	if s, ok := protected.at(w); ok {
		return s, true
	}
	list := procliticIndex[letterAt(w, 0)]
	if len(list) == 0 {
		return "", false
	}
	h := head(w)
	for i := range list {
		p := &list[i]
		if len(w)-len(p.s) >= 2*minProtected && p.prefixOf(h) {
			if s, ok := protected.at(w[len(p.s):]); ok {
				return s, true
			}
		}
	}
	return "", false
}
