package ner

import (
	"testing"

	"github.com/isnad-news/isnad/arabic"
)

// TestNamesExtraCommon checks the rule names-extra.txt is written by: no
// word of it is mostly an ordinary word in the training part of ANERcorp
// (5 or more times, under a fifth of them inside a name), since a list that
// only tagging consults would make such a word a name everywhere. Words are
// compared as the tagger looks them up, at the Match level (أمام is امام).
func TestNamesExtraCommon(t *testing.T) {
	sents := readANERcorp(t)
	count, inName := map[string]int{}, map[string]int{}
	for _, s := range sents[:devCut(sents)] {
		for i, w := range s.Words {
			n := arabic.Normalize(arabic.Match, w)
			count[n]++
			if s.Tags[i] != "O" {
				inName[n]++
			}
		}
	}
	for w := range namesExtra {
		if n := count[w]; n >= 5 && 5*inName[w] < n {
			t.Errorf("%s: %d times in the training part, %d in a name: an ordinary word, leave it out of names-extra.txt", w, n, inName[w])
		}
	}
}
