package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"strings"
	"sync"

	"github.com/isnad-news/isnad/arabic"
)

// The dictionary features say whether a word is an ordinary Arabic word:
// one the Ayaspell spelling dictionary knows. A word the tagger has not
// seen in training that is no dictionary word is often a foreign name
// (رونالدو، تويوتا); one that is, is more often an ordinary word.

// DictName names the word list of dict.txt.gz and the codes dictCode gives.
// A model trained with the dictionary features records it (Info.Dict).
const DictName = "ayaspell-ar-3.2/1"

//go:embed dict.txt.gz
var dictGz []byte

// Dictionary classes of a token, as bits of its dictionary code.
const (
	dictForm   byte = 1 << iota // its Match form is a common word
	dictBare                    // its form without proclitics is one
	dictStem                    // its light stem is the stem of one
	dictProper                  // its form, with or without proclitics, is a proper name of the dictionary
)

// wordDict holds the words of dict.txt.gz: common words (by form and by
// light stem) and proper names.
type wordDict struct {
	common, stems, proper map[string]bool
}

// loadDict reads dict.txt.gz on first use (about 100,000 words).
var loadDict = sync.OnceValue(func() *wordDict {
	d := &wordDict{common: map[string]bool{}, stems: map[string]bool{}, proper: map[string]bool{}}
	zr, err := gzip.NewReader(bytes.NewReader(dictGz))
	if err != nil {
		panic("ner: embedded dict.txt.gz: " + err.Error()) // a build error, not input
	}
	sc := bufio.NewScanner(zr)
	var set map[string]bool
	common := false
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case line == "[common]":
			set, common = d.common, true
		case line == "[proper]":
			set, common = d.proper, false
		case set != nil:
			set[line] = true
			if common {
				d.stems[arabic.Stem(line)] = true
			}
		}
	}
	if err := sc.Err(); err != nil {
		panic("ner: embedded dict.txt.gz: " + err.Error())
	}
	return d
})

// code returns the dictionary code of a prepared token (0 when it is no
// dictionary word, nor has a dictionary stem).
func (d *wordDict) code(t *tok) byte {
	if t.shape != shapeArabic {
		return 0
	}
	var c byte
	if d.common[t.norm] {
		c |= dictForm
	} else if t.bare != t.norm && d.common[t.bare] {
		c |= dictBare
	}
	if d.stems[t.stem] {
		c |= dictStem
	}
	if d.proper[t.norm] || t.bare != t.norm && d.proper[t.bare] {
		c |= dictProper
	}
	return c
}

// NativeWord reports whether word (one word, as written) is an ordinary
// Arabic word or an Arabic name: a common word of the dictionary
// (dict.txt.gz) or a given or family name of names.txt or names-extra.txt.
// Proclitics are not removed: بوتين is not the word وتين after ب. Proper
// names of the dictionary do not count: many are foreign names. Linking
// uses it to keep loose spelling matches, meant for transliterated foreign
// names, away from Arabic words and names, where one vowel letter makes
// another word (محمد، محمود).
func NativeWord(word string) bool {
	norm := arabic.Normalize(arabic.Match, word)
	if shape, _ := shapeOf(norm); shape != shapeArabic {
		return false
	}
	return (names[norm]|namesExtra[norm])&(nameGiven|nameFamily) != 0 || loadDict().common[norm]
}
