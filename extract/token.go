package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// fold returns s folded for matching words against the lists in this
// package: presentation forms become letters, alef variants (أ إ آ ٱ) become
// ا, ى and ی become ي, ک and ڪ become ك, ة and the heh forms become ه,
// diacritics, tatweel and invisible marks go, Arabic-Indic and Persian digits
// become ASCII and letters are lowercased. The word lists are written as
// people spell the words and folded once, so spelling variants need no
// entries of their own.
//
// It folds like arabic.Normalize at the Match level (the project's
// normalizer) but is private to this package, so that the stage's line
// matching does not change when that package does.
func fold(s string) string {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if needsFold(r) {
			break
		}
		i += size
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		if (r >= 0xFB50 && r <= 0xFDFF) || (r >= 0xFE70 && r <= 0xFEFF) {
			for _, r2 := range norm.NFKC.String(string(r)) {
				foldRune(&b, r2)
			}
			continue
		}
		foldRune(&b, r)
	}
	return b.String()
}

// needsFold reports whether fold changes or drops r.
func needsFold(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'A' <= r && r <= 'Z'
	case r >= 0x0621 && r <= 0x063A, r >= 0x0641 && r <= 0x064A:
		// Arabic letters: only these fold.
		return r == 'أ' || r == 'إ' || r == 'آ' || r == 'ى' || r == 'ة'
	case r >= 0xFB50 && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFF:
		return true // presentation forms
	}
	var b strings.Builder
	foldRune(&b, r)
	return b.String() != string(r)
}

func foldRune(b *strings.Builder, r rune) {
	switch {
	case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ' || r == 'ٲ' || r == 'ٳ' || r == 'ٵ':
		r = 'ا'
	case r == 'ى' || r == 'ی' || r == 'ې' || r == 'ے':
		r = 'ي'
	case r == 'ک' || r == 'ڪ':
		r = 'ك'
	case r == 'ة' || r == 'ۃ' || r == 'ھ' || r == 'ہ' || r == 'ە' || r == 'ۀ' || r == 'ۂ':
		r = 'ه'
	case r >= '٠' && r <= '٩':
		r = '0' + r - '٠'
	case r >= '۰' && r <= '۹':
		r = '0' + r - '۰'
	case r == 'ـ' || isArabicMark(r):
		return
	case unicode.Is(unicode.Cf, r) || r == '\u00ad':
		return
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
	default:
		r = unicode.ToLower(r)
	}
	b.WriteRune(r)
}

// isArabicMark reports whether r is an Arabic diacritic or Quranic mark.
func isArabicMark(r rune) bool {
	return (r >= 0x0610 && r <= 0x061A) || (r >= 0x064B && r <= 0x065F) || r == 0x0670 ||
		(r >= 0x06D6 && r <= 0x06DC) || (r >= 0x06DF && r <= 0x06E8) || (r >= 0x06EA && r <= 0x06ED) ||
		(r >= 0x08CA && r <= 0x08FF && r != 0x08E2)
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
