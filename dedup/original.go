package dedup

import (
	"strings"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
)

// Which of two near-duplicates is the original (the rule, in order):
//
//  1. The one published earlier, when both publication dates are known and
//     differ.
//  2. Otherwise, the one whose outlet the other names: a document names
//     another's outlet when it is carried for that outlet (its Outlet is the
//     other's site and its own Publisher differs), when one of its Citations
//     cites it, or when its body names it right after a citing cue ("نقلا
//     عن", "بحسب", "حسب", "وفقا ل", "المصدر", "ذكرت", "أوردت", "أفادت"). A
//     document's site is its Publisher when set, else its Outlet; outlets are
//     compared at the arabic.Match level, with or without a leading type
//     word (صحيفة، جريدة، وكالة، موقع، قناة، شبكة). When both or neither name
//     the other, this step does not decide.
//  3. Otherwise, the one added to the index first.

// maxNames bounds the names kept per document, so that an article full of
// citations costs no more than others.
const maxNames = 64

// maxNameWords is the longest outlet name, in words, looked for after a cue.
const maxNameWords = 5

// citeCues are the Match-normalized words after which a body names the
// source it relies on. "نقلا عن" and "وفقا ل" end with the particle, so the
// name starts after it.
var citeCues = [][]string{
	{"نقلا", "عن"},
	{"نقل", "عن"},
	{"بحسب"},
	{"حسب"},
	{"حسبما", "اوردت"},
	{"حسبما", "ذكرت"},
	{"وفقا"},
	{"وفق"},
	{"المصدر"},
	{"ذكرت"},
	{"اوردت"},
	{"افادت"},
	{"نقلت"},
}

// typeWords are the Match-normalized words for kinds of outlets that may
// head an outlet's name or be left out when another article names it.
var typeWords = map[string]bool{
	"صحيفه": true, "جريده": true, "وكاله": true, "موقع": true,
	"قناه": true, "شبكه": true, "مجله": true, "اذاعه": true,
}

// entry is what the index keeps of one added document.
type entry struct {
	id        string
	seq       int      // order of Add, from 0
	sig       []uint32 // MinHash signature
	published isnad.Date
	site      []string        // Match-normalized keys of the document's site
	names     map[string]bool // Match-normalized outlet names it cites
}

// siteKeys returns the Match-normalized keys of a document's site (its
// Publisher, else its Outlet): the name, and the name without a leading
// type word.
func siteKeys(d *isnad.Document) []string {
	s := d.Publisher
	if s == "" {
		s = d.Outlet
	}
	return nameKeys(s)
}

// nameKeys returns the Match-normalized forms of an outlet's name s, with
// and without a leading type word.
func nameKeys(s string) []string {
	w := strings.Fields(arabic.Normalize(arabic.Match, s))
	if len(w) == 0 {
		return nil
	}
	keys := []string{strings.Join(w, " ")}
	if len(w) > 1 && typeWords[w[0]] {
		keys = append(keys, strings.Join(w[1:], " "))
	}
	return keys
}

// citedNames returns the outlet names d cites, Match-normalized: its Outlet
// when a different Publisher carries it, its Citations, and the word
// sequences of up to maxNameWords words after a citing cue in its body (every
// prefix, with a one-letter proclitic ل or ب dropped from the first word).
func citedNames(d *isnad.Document, tokens []isnad.Token) map[string]bool {
	names := make(map[string]bool)
	add := func(keys ...string) {
		for _, k := range keys {
			if len(names) < maxNames {
				names[k] = true
			}
		}
	}
	if d.Publisher != "" && d.Outlet != "" {
		add(nameKeys(d.Outlet)...)
	}
	for _, c := range d.Citations {
		add(nameKeys(c.Cited)...)
	}
	for i := 0; i < len(tokens) && len(names) < maxNames; i++ {
		n := cueAt(tokens, i)
		if n == 0 {
			continue
		}
		j := i + n
		var w []string
		for k := j; k < len(tokens) && k < j+maxNameWords; k++ {
			t := tokens[k].Norm
			if k == j {
				if r := []rune(t); len(r) > 2 && (r[0] == 'ل' || r[0] == 'ب') {
					t = string(r[1:])
				}
			}
			w = append(w, t)
			add(strings.Join(w, " "))
		}
		i = j - 1
	}
	return names
}

// cueAt returns the number of words of the citing cue starting at tokens[i],
// or 0.
func cueAt(tokens []isnad.Token, i int) int {
next:
	for _, cue := range citeCues {
		if i+len(cue) > len(tokens) {
			continue
		}
		for k, w := range cue {
			if tokens[i+k].Norm != w {
				continue next
			}
		}
		return len(cue)
	}
	return 0
}

// names reports whether a names b's site while the two are not the same
// site.
func names(a, b *entry) bool {
	for _, k := range b.site {
		for _, s := range a.site {
			if s == k {
				return false
			}
		}
	}
	for _, k := range b.site {
		if a.names[k] {
			return true
		}
	}
	return false
}

// original returns the id of the original of the pair (old was added before
// nu), by the rule above.
func original(old, nu *entry) string {
	if !old.published.IsZero() && !nu.published.IsZero() && old.published != nu.published {
		if nu.published.Before(old.published) {
			return nu.id
		}
		return old.id
	}
	on, no := names(old, nu), names(nu, old)
	switch {
	case no && !on:
		return old.id
	case on && !no:
		return nu.id
	}
	return old.id
}
