package gazetteer

import (
	"strings"
	"unicode/utf8"

	"github.com/isnad-news/isnad/arabic"
)

// Key returns the form under which a name is indexed and looked up: the
// Match-level forms of its tokens (arabic.Tokenize) joined by single spaces,
// so that punctuation and spacing do not matter: "أ.ف.ب" and "أ ف ب" both
// give "ا ف ب", "البوکمال" gives "البوكمال".
//
// It is not entity.Key, the variant key, which also drops spaces and a
// leading article, folds transliteration classes (ز/س, ج/غ) and collapses
// doubled letters so that spellings of one name compare equal. Key keeps
// words apart and letters distinct, so that lookups stay exact; spacing and
// article variants are added to the index separately (appendVariants).
func Key(name string) string {
	toks := arabic.Tokenize(name)
	switch len(toks) {
	case 0:
		return ""
	case 1:
		return toks[0].Norm
	}
	var b strings.Builder
	for j, t := range toks {
		if j > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Norm)
	}
	return b.String()
}

// Compound prefixes whose spacing varies in news text (Match level).
const (
	prefixAlbu = "البو" // البو كمال / البوكمال, tribal place names
	prefixAbu  = "ابو"  // أبو ظبي / أبوظبي
	prefixAbd  = "عبد"  // عبد الله / عبدالله
)

// appendVariants appends to keys the spacing and article variants of key k
// (one word changed at a time): "البو X" ↔ "البوX" and "أبو X" for either;
// "أبو X" ↔ "أبوX"; "عبد X" ↔ "عبدX".
func appendVariants(keys []string, k string) []string {
	words := strings.Split(k, " ")
	// swap returns k with words[j:j+span] replaced by repl.
	swap := func(j, span int, repl ...string) string {
		w := make([]string, 0, len(words)+1)
		w = append(w, words[:j]...)
		w = append(w, repl...)
		w = append(w, words[j+span:]...)
		return strings.Join(w, " ")
	}
	for j, w := range words {
		last := j+1 == len(words)
		switch {
		case w == prefixAlbu && !last:
			keys = append(keys, swap(j, 2, prefixAlbu+words[j+1]), swap(j, 1, prefixAbu))
		case strings.HasPrefix(w, prefixAlbu) && runes(w) >= runes(prefixAlbu)+3:
			tail := w[len(prefixAlbu):]
			keys = append(keys, swap(j, 1, prefixAlbu, tail), swap(j, 1, prefixAbu, tail))
		case (w == prefixAbu || w == prefixAbd) && !last:
			keys = append(keys, swap(j, 2, w+words[j+1]))
		case (strings.HasPrefix(w, prefixAbu) || strings.HasPrefix(w, prefixAbd)) && runes(w) >= 6:
			p := w[:len(prefixAbu)] // both prefixes are three two-byte letters
			keys = append(keys, swap(j, 1, p, w[len(p):]))
		}
	}
	return keys
}

func runes(s string) int { return utf8.RuneCountInString(s) }

// Proclitics, Match level.
const (
	cliticWa  = "و"
	cliticFa  = "ف"
	cliticBi  = "ب"
	cliticLi  = "ل"
	cliticKa  = "ك"
	article   = "ال"
	articleLi = "لل"
)

// minStripped is the fewest letters a word may keep once clitics are off.
const minStripped = 2

// stripClitics returns the forms of one Match-level word with proclitics
// taken off, longest (least stripped) first, without w itself: an optional
// و or ف, then an optional ب ل ك (or لل for ل + ال), then an optional ال.
// Bit i of bare is set when out[i] lost its article: such a form names no
// country (السورية is an adjective, not سورية).
// "وبالبوكمال" gives "بالبوكمال", "البوكمال", "بوكمال"… It allocates only
// for a word with لل.
func stripClitics(w string) (out [8]string, n int, bare uint8) {
	add := func(s string, article bool) {
		if s == w || runes(s) < minStripped || n == len(out) {
			return
		}
		for _, o := range out[:n] {
			if o == s {
				return
			}
		}
		out[n] = s
		if article {
			bare |= 1 << n
		}
		n++
	}
	var conj [2]string
	nc := 0
	conj[nc] = w
	nc++
	if strings.HasPrefix(w, cliticWa) || strings.HasPrefix(w, cliticFa) {
		conj[nc] = w[len(cliticWa):]
		nc++
	}
	for _, w0 := range conj[:nc] {
		var prep [3]string
		np := 0
		prep[np] = w0
		np++
		if strings.HasPrefix(w0, articleLi) && runes(w0) > 3 {
			prep[np] = article + w0[len(articleLi):]
			np++
		} else if strings.HasPrefix(w0, cliticBi) || strings.HasPrefix(w0, cliticLi) || strings.HasPrefix(w0, cliticKa) {
			prep[np] = w0[len(cliticBi):]
			np++
		}
		for _, w1 := range prep[:np] {
			add(w1, false)
			if strings.HasPrefix(w1, article) {
				add(w1[len(article):], true)
			}
		}
	}
	// Longest first; insertion sort keeps the order of equal lengths.
	for a := 1; a < n; a++ {
		for b := a; b > 0 && len(out[b]) > len(out[b-1]); b-- {
			out[b], out[b-1] = out[b-1], out[b]
			hi, lo := bare>>b&1, bare>>(b-1)&1
			bare = bare&^(1<<b|1<<(b-1)) | lo<<b | hi<<(b-1)
		}
	}
	return out, n, bare
}
