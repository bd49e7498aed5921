package ner

import (
	"strings"
	"testing"
)

// TestNamesExtraCommon checks the rule names-extra.txt is written by: no
// word of it is mostly an ordinary word in the training part of ANERcorp
// (5 or more times, under a fifth of them inside a name), since a list that
// only tagging consults would make such a word a name everywhere.
func TestNamesExtraCommon(t *testing.T) {
	sents := readANERcorp(t)
	count, inName := map[string]int{}, map[string]int{}
	for _, s := range sents[:devCut(sents)] {
		for i, w := range s.Words {
			count[w]++
			if s.Tags[i] != "O" {
				inName[w]++
			}
		}
	}
	for line := range strings.Lines(namesExtraTxt) {
		w := strings.TrimSpace(line)
		if w == "" || strings.HasPrefix(w, "#") || strings.HasPrefix(w, "[") {
			continue
		}
		if n := count[w]; n >= 5 && 5*inName[w] < n {
			t.Errorf("%s: %d times in the training part, %d in a name: an ordinary word, leave it out of names-extra.txt", w, n, inName[w])
		}
	}
}
