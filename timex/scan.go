package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/isnad-news/isnad/arabic"
	"github.com/isnad-news/isnad/numeral"
)

// Token kinds.
const (
	tWord  byte = iota + 1 // letters (Arabic or Latin), normalized in w
	tNum                   // a run of digits of one script, value in n
	tPunct                 // one punctuation or symbol rune, in r
)

// tok is one word, number or punctuation mark of the text.
type tok struct {
	s, e  int    // byte offsets into the text
	kind  byte   // tWord, tNum or tPunct
	w     string // Match-normalized word (tWord)
	n     int    // value (tNum), capped
	nd    int    // number of digits (tNum)
	r     rune   // the mark (tPunct)
	space bool   // white space precedes the token
	madda bool   // the word is written with alef madda (آب, not اب)
	fs    [3]string
	hit   [3]uint32 // the lexicons fs[i] is in (b… bits)
	any   uint32    // the union of hit
	rules uint32    // the rules that may start here (bit i: rules[i])
	nf    int       // fs[:nf] are w and w without its clitics (see forms)
	trig  bool      // a mention may start at this word
	weak  bool      // only when a number or a trigger follows (weakStarts)
	dc    dcMemo    // dateCore's answer here, once asked
}

// digitValue returns the value of a digit of any script.
var digitValue = numeral.DigitValue

// isWordRune reports whether r belongs in a word: letters, Arabic marks and
// tatweel.
func isWordRune(r rune) bool {
	switch {
	case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0x0621 && r <= 0x064A:
		return true
	case r < 0x80:
		return false
	}
	if r >= 0x0610 && r <= 0x061A || r >= 0x064B && r <= 0x065F || r == 0x0670 || r == 0x0640 {
		return true
	}
	return unicode.IsLetter(r)
}

// isIgnorable reports whether r is an invisible control that does not
// separate words (zero-width and bidirectional marks).
func isIgnorable(r rune) bool {
	switch {
	case r == 0x200B, r == 0x200C, r == 0x200D, r == 0x200E, r == 0x200F, r == 0x061C, r == 0xFEFF, r == 0x2060, r == 0x00AD:
		return true
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// scan splits text into tokens. Invalid UTF-8 bytes are punctuation.
func scan(text string, toks []tok) []tok {
	space := true
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == 0xA0 || unicode.IsSpace(r):
			space = true
			i += size
		case isIgnorable(r):
			i += size
		case isWordRune(r):
			j := i + size
			for j < len(text) {
				// Arabic letters are two bytes, D8–D9 then 80–BF.
				if c := text[j]; (c == 0xD8 || c == 0xD9) && j+1 < len(text) {
					if c1 := text[j+1]; c1 >= 0x80 && c1 <= 0xBF {
						if r2 := rune(c&0x1F)<<6 | rune(c1&0x3F); r2 >= 0x0621 && r2 <= 0x064A {
							j += 2
							continue
						}
					}
				}
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if !isWordRune(r2) && !isIgnorable(r2) {
					break
				}
				j += s2
			}
			raw := text[i:j]
			t := tok{s: i, e: j, kind: tWord, space: space, w: arabic.Normalize(arabic.Match, raw)}
			if len(t.w) <= 8 && len(raw) <= 16 { // only آب is told apart from اب
				t.madda = strings.ContainsRune(raw, 'آ') || strings.ContainsRune(raw, '\u0653')
			}
			t.nf = len(forms(t.w, &t.fs))
			for f := range t.nf {
				h := lexBits[t.fs[f]]
				t.hit[f] = h.bits
				t.any |= h.bits
				t.rules |= h.rules
			}
			t.trig = t.any&bTrig != 0
			t.weak = t.trig
			for f := range t.nf {
				if t.hit[f]&bTrig != 0 && t.hit[f]&bWeak == 0 {
					t.weak = false
				}
			}
			toks = append(toks, t)
			space = false
			i = j
		default:
			if d, ok := digitValue(r); ok {
				t := tok{s: i, kind: tNum, space: space}
				j := i
				for j < len(text) {
					r2, s2 := utf8.DecodeRuneInString(text[j:])
					d2, ok := digitValue(r2)
					if !ok {
						break
					}
					if t.n < 1e8 {
						t.n = t.n*10 + d2
					}
					t.nd++
					j += s2
				}
				_ = d
				t.e = j
				toks = append(toks, t)
				space = false
				i = j
				continue
			}
			toks = append(toks, tok{s: i, e: i + size, kind: tPunct, r: r, space: space})
			space = false
			i += size
		}
	}
	return toks
}

// strip returns w without one leading conjunction (و، ف) and then one
// leading preposition (ب، ل، ك; لل for ل + ال), in that order of preference,
// as candidate forms: w itself first.
func forms(w string, out *[3]string) []string {
	out[0] = w
	n := 1
	rest := w
	if len(rest) > 2 && (strings.HasPrefix(rest, "و") || strings.HasPrefix(rest, "ف")) {
		rest = rest[2:]
		out[n] = rest
		n++
	}
	if len(rest) > 4 && strings.HasPrefix(rest, "لل") {
		out[n] = "ال" + rest[4:]
		n++
	} else if len(rest) > 2 && (strings.HasPrefix(rest, "ب") || strings.HasPrefix(rest, "ل") || strings.HasPrefix(rest, "ك")) {
		out[n] = rest[2:]
		n++
	}
	return out[:n]
}
