package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/isnad-news/isnad/arabic"
)

// fold returns s at the project's Match level of normalization
// (arabic.Normalize(arabic.Match, s)), the form every word this package
// compares is in: presentation forms become letters, alef variants (أ إ آ ٱ)
// become ا, ى and ی become ي, ک becomes ك, ة and the heh forms become ه,
// diacritics, tatweel and invisible marks go, Arabic-Indic and Persian digits
// become ASCII and letters are lowercased. The word lists are written as
// people spell the words and folded once, so spelling variants need no
// entries of their own. When nothing changes, s itself is returned.
func fold(s string) string {
	return arabic.Normalize(arabic.Match, s)
}

// tokKind says what a token is.
type tokKind uint8

const (
	// tokWord is a run of letters and marks.
	tokWord tokKind = iota
	// tokNum is a run of digits (Arabic-Indic and Persian digits included).
	tokNum
	// tokPunct is one other visible character.
	tokPunct
)

// token is one word, number or punctuation character of a line, with its
// byte offsets in the line and its folded form.
type token struct {
	kind       tokKind
	start, end int
	f          string
}

// maxTokens bounds how much of a line tokenize reads: the classifiers look
// at short lines and the first words of long ones.
const maxTokens = 64

// tokenize splits s into at most maxTokens tokens. Words and numbers are
// split apart ("عربي21" is two tokens); white space separates tokens and is
// not returned; a word that folds to nothing (a lone zero-width mark) is
// skipped.
func tokenize(s string) []token {
	var toks []token
	for i := 0; i < len(s) && len(toks) < maxTokens; {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case isSpace(r):
			i += size
		case isWordRune(r):
			j := i + size
			for j < len(s) {
				r2, n := utf8.DecodeRuneInString(s[j:])
				if !isWordRune(r2) {
					break
				}
				j += n
			}
			if f := fold(s[i:j]); f != "" {
				toks = append(toks, token{kind: tokWord, start: i, end: j, f: f})
			}
			i = j
		case unicode.IsDigit(r):
			j := i + size
			for j < len(s) {
				r2, n := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsDigit(r2) {
					break
				}
				j += n
			}
			toks = append(toks, token{kind: tokNum, start: i, end: j, f: fold(s[i:j])})
			i = j
		default:
			toks = append(toks, token{kind: tokPunct, start: i, end: i + size, f: s[i : i+size]})
			i += size
		}
	}
	return toks
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Cf, r) || r == 'ـ'
}

// words returns the folded words of toks (numbers and punctuation left out).
func words(toks []token) []string {
	var ws []string
	for _, t := range toks {
		if t.kind == tokWord {
			ws = append(ws, t.f)
		}
	}
	return ws
}

// wordCount returns the number of white-space separated words in s.
func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		if isSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// wordSet is a set of folded words.
type wordSet map[string]bool

// newWordSet folds words into a set.
func newWordSet(words ...string) wordSet {
	s := make(wordSet, len(words))
	for _, w := range words {
		s[fold(w)] = true
	}
	return s
}

// phrases is a list of folded word sequences.
type phrases [][]string

// newPhrases folds and splits each phrase into words.
func newPhrases(ps ...string) phrases {
	out := make(phrases, len(ps))
	for i, p := range ps {
		out[i] = strings.Fields(fold(p))
	}
	return out
}

// matchPrefix reports whether the word tokens of toks start with one of the
// phrases, ignoring punctuation between and before the words, and returns
// the index of the first token after the longest matching phrase.
func (ps phrases) matchPrefix(toks []token) (next int, ok bool) {
	best := -1
	for _, p := range ps {
		i, k := 0, 0
		for k < len(p) && i < len(toks) {
			if toks[i].kind == tokPunct {
				i++
				continue
			}
			if toks[i].f != p[k] {
				break
			}
			i++
			k++
		}
		if k == len(p) && i > best {
			best = i
		}
	}
	return best, best >= 0
}

// sameText reports whether a and b are the same text once folded, with
// white space collapsed and punctuation at the ends removed.
func sameText(a, b string) bool {
	ka, kb := textKey(a), textKey(b)
	return ka != "" && ka == kb
}

// textKey is the comparison key of sameText.
func textKey(s string) string {
	f := strings.Join(strings.Fields(fold(s)), " ")
	return strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// trimValue removes white space, punctuation and brackets around a field
// value taken from a line ("«الانباط»." → "الانباط"); a closing bracket or
// quote whose opening one is inside the value stays ("وكالة الأنباء
// الأردنية (بترا)").
func trimValue(s string) string {
	trim := func(r rune) bool {
		return isSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.Is(unicode.Cf, r)
	}
	s = strings.TrimLeftFunc(s, trim)
	for s != "" {
		r, size := utf8.DecodeLastRuneInString(s)
		if !trim(r) {
			break
		}
		if open, ok := openerOf[r]; ok && strings.ContainsRune(s[:len(s)-size], open) {
			break
		}
		s = s[:len(s)-size]
	}
	return s
}

// openerOf maps closing brackets and quotes to their opening ones.
var openerOf = map[rune]rune{')': '(', ']': '[', '}': '{', '»': '«', '”': '“', '"': '"', '’': '‘'}

// isSpace is unicode.IsSpace (the White_Space property) without table
// lookups.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || ('\t' <= r && r <= '\r')
	}
	switch {
	case r == 0x85, r == 0xA0, r == 0x1680, r >= 0x2000 && r <= 0x200A, r == 0x2028, r == 0x2029,
		r == 0x202F, r == 0x205F, r == 0x3000:
		return true
	}
	return false
}
