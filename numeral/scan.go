package numeral

import (
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/isnad-news/isnad/arabic"
)

// scan splits text into tokens the way arabic.Tokenize does (a word is a
// run of letters of one script with their marks; a number a run of digits
// with , . ٫ ٬ between digits; Latin words may hold digits), without
// normalizing or stemming every word: only the words whose last two
// letters end some number word (endPair) are folded and looked up, and
// only number words, و and في are kept.
func scan(text string) []tok {
	toks := make([]tok, 0, len(text)/32+4)
	var buf []byte
	for i := 0; i < len(text); {
		var c uint8
		var n int
		var r rune
		if b := text[i]; b < utf8.RuneSelf {
			c, n, r = smallClass[b], 1, rune(b)
		} else if b >= 0xC2 && b < 0xE0 && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
			r = rune(b&0x1F)<<6 | rune(text[i+1]&0x3F)
			c, n = smallClass[r], 2
		} else {
			c, n, r = classAt(text, i)
		}
		if c&cDigit != 0 {
			j := scanDigits(text, i+n)
			toks = append(toks, tok{start: i, end: j, num: true})
			i = j
			continue
		}
		if c&cLetter == 0 {
			i += n
			continue
		}
		ar := c & cArabic
		j := i + n
		end := j
		// The last two letters, for the end-pair filter; odd runes
		// (presentation forms, combining hamza) send the word to
		// arabic.Normalize.
		last1, last2, odd := r, rune(0), oddRune(r)
	word:
		for j < len(text) {
			// classAt, inlined by hand for one- and two-byte runes:
			// this loop runs for every letter of the text.
			b := text[j]
			if b < utf8.RuneSelf {
				c, n, r = smallClass[b], 1, rune(b)
			} else if b >= 0xC2 && b < 0xE0 && j+1 < len(text) && text[j+1]&0xC0 == 0x80 {
				r = rune(b&0x1F)<<6 | rune(text[j+1]&0x3F)
				c, n = smallClass[r], 2
			} else {
				c, n, r = classAt(text, j)
			}
			switch {
			case c&cLetter != 0 && c&cArabic == ar:
				last2, last1 = last1, r
				if r >= 0x6A9 {
					odd = odd || oddRune(r)
				}
			case c&cMark != 0:
				if r >= 0x653 {
					odd = odd || oddRune(r)
				}
			case ar == 0 && c&cDigit != 0:
			case c&cJoin != 0:
				j += n
				continue
			default:
				break word
			}
			j += n
			end = j
		}
		// Only the words a number may hold are kept: number words and
		// a separate و. A word left out between two tokens still breaks
		// a number, since the gap between them is then not only spaces;
		// the parser reads في in such gaps (في المئة).
		if ar != 0 {
			k := tok{start: i, end: end}
			w := text[i:end]
			switch {
			case odd:
				k.norm = arabic.Normalize(arabic.Match, w)
				analyze(&k, text, k.norm)
			case last2 != 0 && hasEndPair(pairKey(foldLetter(last2), foldLetter(last1))):
				buf = foldWord(buf[:0], w)
				analyze(&k, text, bytesView(buf))
				if k.e == nil && len(w) <= 4 {
					k.norm = smallWord(w)
				}
			case len(w) <= 4:
				k.norm = smallWord(w)
			}
			if k.e != nil || k.norm == normWaw {
				toks = append(toks, k)
			}
		}
		i = end
	}
	return toks
}

// Rune classes for the scanner.
const (
	// cLetter starts and continues a word.
	cLetter uint8 = 1 << iota
	// cArabic marks a letter or mark of the Arabic script.
	cArabic
	// cMark is a combining mark or tatweel: it continues a word.
	cMark
	// cDigit is a decimal digit of any script.
	cDigit
	// cJoin is a zero-width (non-)joiner: inside a word, it is skipped.
	cJoin
)

// smallClass holds the class of every rune below U+0800 (all of Arabic
// but its presentation forms).
var smallClass = func() (t [0x800]uint8) {
	for r := range rune(0x800) {
		t[r] = classify(r)
	}
	return t
}()

func classify(r rune) uint8 {
	var c uint8
	if _, ok := DigitValue(r); ok {
		return cDigit
	}
	switch {
	case r == '\u200C' || r == '\u200D':
		return cJoin
	case isMark(r): // before letters: tatweel is a modifier letter (Lm)
		c = cMark
	case isLetter(r):
		c = cLetter
	default:
		return 0
	}
	if isArabic(r) {
		c |= cArabic
	}
	return c
}

// classAt returns the class, size and value of the rune at text[i]; an
// invalid byte is a rune of size 1 and class 0.
func classAt(text string, i int) (uint8, int, rune) {
	b := text[i]
	if b < utf8.RuneSelf {
		return smallClass[b], 1, rune(b)
	}
	if b >= 0xC2 && b < 0xE0 && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
		r := rune(b&0x1F)<<6 | rune(text[i+1]&0x3F)
		return smallClass[r], 2, r
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	if r == utf8.RuneError && n == 1 {
		return 0, 1, r
	}
	return classify(r), n, r
}

// scanDigits returns the end of the number whose first digit ends at i.
func scanDigits(text string, i int) int {
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if _, ok := DigitValue(r); ok {
			i += n
			continue
		}
		if r == ',' || r == '.' || r == '٫' || r == '٬' {
			if r2, _ := utf8.DecodeRuneInString(text[i+n:]); i+n < len(text) {
				if _, ok := DigitValue(r2); ok {
					i += n
					continue
				}
			}
		}
		break
	}
	return i
}

func isLetter(r rune) bool {
	if r >= 0x621 && r <= 0x63A || r >= 0x641 && r <= 0x64A || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
		return true
	}
	if r < 0x80 {
		return false
	}
	return unicode.IsLetter(r)
}

func isArabic(r rune) bool {
	return r >= 0x600 && r <= 0x6FF || r >= 0x750 && r <= 0x77F || r >= 0x8A0 && r <= 0x8FF ||
		r >= 0xFB50 && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFF
}

// isMark reports whether r continues a word: a combining mark or tatweel.
func isMark(r rune) bool {
	if r >= 0x600 && r <= 0x6FF {
		return r >= 0x64B && r <= 0x65F || r == 0x670 || r == 0x640 ||
			r >= 0x610 && r <= 0x61A || r >= 0x6D6 && r <= 0x6ED && r != 0x6DD && r != 0x6DE && r != 0x6E5 && r != 0x6E6 && r != 0x6E9
	}
	if r < 0x300 {
		return false
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc)
}

// foldLetter folds the letter variants Match folds that may end a number
// word: ة → ه, ى ی → ي, alef forms → ا.
func foldLetter(r rune) rune {
	switch r {
	case 'ة', 'ۃ':
		return 'ه'
	case 'ى', 'ی', 'ے':
		return 'ي'
	case 'أ', 'إ', 'آ', 'ٱ':
		return 'ا'
	case 'ھ', 'ہ', 'ە':
		return 'ه'
	}
	return r
}

// pairKey packs two Arabic letters (U+0600-U+06FF) into a key of endPair.
func pairKey(a, b rune) uint16 {
	return uint16(a-0x600)&0xFF<<8 | uint16(b-0x600)&0xFF
}

// endPair holds the last two letters of every lexicon word, as a bit set
// indexed by pairKey.
var endPair = func() (set *[1 << 16 / 64]uint64) {
	set = new([1 << 16 / 64]uint64)
	for w := range lex {
		r := []rune(w)
		if len(r) >= 2 {
			k := pairKey(r[len(r)-2], r[len(r)-1])
			set[k/64] |= 1 << (k % 64)
		}
	}
	return set
}()

func hasEndPair(k uint16) bool { return endPair[k/64]&(1<<(k%64)) != 0 }

// startPair holds the first two letters of every lexicon word, as a bit
// set indexed by pairKey.
var startPair = func() (set *[1 << 16 / 64]uint64) {
	set = new([1 << 16 / 64]uint64)
	for w := range lex {
		r := []rune(w)
		if len(r) >= 2 {
			k := pairKey(r[0], r[1])
			set[k/64] |= 1 << (k % 64)
		}
	}
	return set
}()

// mayStart reports whether some lexicon word may start like w, a
// normalized word: a filter run before each lookup.
func mayStart(w string) bool {
	if len(w) < 4 || w[0]&0xFE != 0xD8 && w[0]&0xFE != 0xDA || w[2]&0xFE != 0xD8 && w[2]&0xFE != 0xDA {
		return true // not two letters of U+0600-U+06FF: let the map decide
	}
	a := rune(w[0]&0x1F)<<6 | rune(w[1]&0x3F)
	b := rune(w[2]&0x1F)<<6 | rune(w[3]&0x3F)
	k := pairKey(a, b)
	return startPair[k/64]&(1<<(k%64)) != 0
}

// oddRune reports whether r needs arabic.Normalize rather than foldWord:
// presentation forms, and the combining hamza and madda that compose with
// the letter before them.
func oddRune(r rune) bool {
	return r >= 0xFB50 || r >= 0x653 && r <= 0x655 || r >= 0x6A9 && r <= 0x6D5
}

// foldWord appends to dst the Match form (arabic.Normalize) of w, an
// Arabic word without odd runes: marks, tatweel and joiners dropped,
// alef variants, ى, ة folded.
func foldWord(dst []byte, w string) []byte {
	for i := 0; i < len(w); {
		b := w[i]
		if b >= 0xC2 && b < 0xE0 && i+1 < len(w) && w[i+1]&0xC0 == 0x80 {
			r := rune(b&0x1F)<<6 | rune(w[i+1]&0x3F)
			i += 2
			if smallClass[r]&cMark != 0 {
				continue
			}
			if f := foldLetter(r); f != r {
				dst = utf8.AppendRune(dst, f)
			} else {
				dst = append(dst, b, w[i-1])
			}
			continue
		}
		c, n, r := classAt(w, i)
		i += n
		if c&(cMark|cJoin) != 0 || isInvisible(r) {
			continue
		}
		dst = utf8.AppendRune(dst, foldLetter(r))
	}
	return dst
}

// bytesView returns b as a string without copying. analyze only looks its
// parts up in the lexicon and keeps none of them, so b may change after.
func bytesView(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// smallWord returns و when w (a short word) is و, with or without marks,
// else "".
func smallWord(w string) string {
	if w == normWaw {
		return normWaw
	}
	if w[0] != normWaw[0] || w[1] != normWaw[1] {
		return "" // not و: no need to normalize
	}
	if arabic.Normalize(arabic.Match, w) == normWaw {
		return normWaw
	}
	return ""
}
