package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/isnad-news/isnad/arabic"
)

// consonantClass maps letters (at the match level of normalization) that
// transliterations of one foreign sound alternate between to one letter:
// "Townsend" is تاونزند and تاونسند, "McGurk" ماكغورك and ماكجورك. The classes are ours, drawn from how Arabic
// news sites write foreign names; each class was checked against the labelled pairs in
// testdata/variants.tsv.
var consonantClass = map[rune]rune{
	'ز': 'س', 'ص': 'س', 'ث': 'س', // s and z sounds
	'ذ': 'د', 'ض': 'د', // d sounds
	'ط': 'ت',           // t
	'ج': 'غ', 'گ': 'غ', // g (ك and ق stay apart: جمال is not كمال)
	'ح': 'ه', // h
	'ڤ': 'ف', 'پ': 'ب', 'چ': 'ش',
}

// Key returns the variant key of a name: two names with the same key are
// spellings of one name. The key is the name at the match level
// (arabic.Normalize: alef forms, ى, ة, Persian letters, diacritics), with
// spaces, hyphens and a leading article removed ("البو كمال" and
// "البوكمال" are "بوكمال"), letters of one transliteration class folded
// (تاونزند and تاونسند) and doubled letters collapsed. Vowel letters are
// kept: folding them would merge محمد and محمود, سلمان and سليمان;
// vowel-letter variants of well-known names (ترامب/ترمب) are in the alias
// table instead.
//
// It is not gazetteer.Key, the lookup key, which only normalizes letters and
// spacing between tokens and keeps words, articles and letter classes apart:
// gazetteer.Key finds a name in the gazetteer, Key decides whether two names
// already found in text are one name spelled two ways. Key is much looser and
// must not be used to index or look up the gazetteer.
func Key(name string) string {
	n := arabic.Normalize(arabic.Match, name)
	n = strings.Map(func(r rune) rune {
		switch r {
		case ' ', '-', '\u00a0', '_', '.', '\'', '"', '«', '»':
			return -1
		}
		return r
	}, n)
	if strings.HasPrefix(n, "ال") && utf8.RuneCountInString(n) > 4 {
		n = n[len("ال"):]
	}
	var b strings.Builder
	b.Grow(len(n))
	var last rune
	for _, r := range n {
		if c, ok := consonantClass[r]; ok {
			r = c
		}
		if r == last {
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}
