package framing

import (
	_ "embed"
	"strings"

	"github.com/isnad-news/isnad/arabic"
)

// stopwordsTxt is the list of function words left out of the counts; see
// the header of stopwords.txt for its format and provenance.
//
//go:embed stopwords.txt
var stopwordsTxt string

// stopwords holds the Match forms of the words in stopwords.txt.
var stopwords = parseStopwords(stopwordsTxt)

// parseStopwords reads the whitespace-separated words of a list, skipping
// comments, and returns their Match forms (with a trailing tatweel cut, as
// in "لـ").
func parseStopwords(txt string) map[string]bool {
	m := make(map[string]bool)
	for line := range strings.Lines(txt) {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		for _, w := range strings.Fields(line) {
			if n := arabic.Normalize(arabic.Match, w); n != "" {
				m[n] = true
			}
		}
	}
	return m
}

// isStop reports whether a token (its Match form and light stem) is a
// function word.
func isStop(norm, stem string) bool {
	if stopwords[norm] || stopwords[stem] {
		return true
	}
	if rest, ok := strings.CutPrefix(norm, "و"); ok && stopwords[rest] {
		return true
	}
	if rest, ok := strings.CutPrefix(norm, "ف"); ok && stopwords[rest] {
		return true
	}
	return false
}
