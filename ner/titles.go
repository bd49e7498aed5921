package ner

import (
	"strings"
	"unicode/utf8"

	"github.com/isnad-news/isnad/arabic"
)

// Titles of works: a short quotation right after a noun naming a work
// (برنامج «حوار من القلب», مسلسل «…», فيلم «…», بعنوان «…») is the work's
// title, a MISC name in ANERcorp's convention, and so is a quotation after
// a stadium noun (استاد «سلتيك بارك», ملعب «الإمارات»). The model misses
// most of them: a title is made of ordinary words (الناس وأنا), and the
// word before a quotation, tried as a feature, did not help. After label
// consistency, titles tags such a quotation B-MISC I-MISC … when the
// tagger left all its words O.

// workNouns are the nouns, at the match level and without clitics, the
// article or a pronoun suffix, that a work's or a stadium's title follows.
var workNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`برنامج عنوان مسلسل فيلم كتاب روايه ديوان البوم اغنيه
		مسرحيه قصيده قصه معزوفه اوبريت استاد ستاد ملعب`) {
		m[arabic.Normalize(arabic.Match, w)] = true
	}
	return m
}()

// workNoun reports whether word names a work or a stadium: one of
// workNouns with proclitics, the article and a pronoun suffix or the
// accusative alef allowed (ببرنامج، برنامجها، برنامجا، بعنوان).
func workNoun(word string) bool {
	norm := arabic.Normalize(arabic.Match, word)
	bare, _, _ := stripClitics(norm)
	// The word as written first: برنامج is not ب + رنامج.
	for _, w := range []string{norm, bare} {
		if workNouns[w] {
			return true
		}
		for _, suf := range []string{"ها", "هم", "ه", "ا"} {
			if s, ok := strings.CutSuffix(w, suf); ok && utf8.RuneCountInString(s) >= 3 && workNouns[s] {
				return true
			}
		}
	}
	return false
}

// titles tags the titles of works in rows, in place (see above).
func titles(sents [][]string, rows [][]uint8) {
	const bMisc, iMisc = 7, 8
	for j, words := range sents {
		row := rows[j]
		word := func(i int) string { return words[i] }
		for i := 1; i < len(words); i++ {
			k := quoteEnd(word, len(words), i)
			if k < 0 || !workNoun(words[i-1]) {
				continue
			}
			untagged := true
			for _, r := range row[i+1 : k] {
				untagged = untagged && r == 0
			}
			if !untagged {
				continue
			}
			row[i+1] = bMisc
			for m := i + 2; m < k; m++ {
				row[m] = iMisc
			}
			i = k
		}
	}
}
