package arabic

import (
	"strconv"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

//go:generate go run genpresentation.go

// Level says how far Normalize goes.
type Level int

const (
	// Display is for showing text: presentation forms become base letters,
	// combining hamza and madda join their letter, tatweel and zero-width
	// and bidirectional controls go, and Persian and Urdu letter variants
	// (ی ک ڪ ھ ہ ە ۀ ۃ ے) become the Arabic letters they stand for. Hamza
	// forms, alef maksura, teh marbuta, diacritics and digits stay as written.
	Display Level = iota
	// Match is for matching and indexing: everything Display does, then alef
	// variants (أ إ آ ٱ ٲ ٳ ٵ) become ا, ى becomes ي, ة becomes ه, all
	// diacritics and Quranic marks go, Arabic-Indic and Persian digits (and
	// the Arabic decimal and thousands separators and percent sign) become
	// ASCII, and letters are lowercased. Arabic punctuation (، ؛ ؟) stays.
	Match
)

// String returns the level's name: "display" or "match".
func (l Level) String() string {
	switch l {
	case Display:
		return "display"
	case Match:
		return "match"
	}
	return "Level(" + strconv.Itoa(int(l)) + ")"
}

// Steps returns the names of the steps the level applies, in order, or nil
// for an unknown level.
func (l Level) Steps() []string {
	t := l.table()
	if t == nil {
		return nil
	}
	names := make([]string, len(t.steps))
	for i, s := range t.steps {
		names[i] = s.name
	}
	return names
}

// Normalize returns s normalized at level l. It is idempotent:
// Normalize(l, Normalize(l, s)) == Normalize(l, s). Each byte of s that is
// not valid UTF-8 becomes U+FFFD. An unknown level returns s unchanged.
// When nothing changes, s itself is returned without copying.
func Normalize(l Level, s string) string {
	t := l.table()
	if t == nil {
		return s
	}
	k := t.unchangedPrefix(s)
	if k == len(s) {
		return s
	}
	dst := make([]byte, k, len(s)+8)
	copy(dst, s)
	dst, _ = t.appendTo(dst, nil, s, k, false)
	return bytesToString(dst)
}

// NormalizeMap normalizes s like Normalize and returns, for every byte
// offset i in out (0 ≤ i ≤ len(out)), the byte offset in s it came from, so
// that m[len(out)] == len(s). Every byte of a rune written for an input rune
// (or for an input presentation form, or for an invalid input byte) maps to
// the start of that input rune; a letter composed with a following
// combining hamza maps to the letter. m never decreases.
func NormalizeMap(l Level, s string) (out string, m []int) {
	t := l.table()
	if t == nil {
		m = make([]int, len(s)+1)
		for i := range m {
			m[i] = i
		}
		return s, m
	}
	dst := make([]byte, 0, len(s)+8)
	m = make([]int, 0, len(s)+9)
	dst, m = t.appendTo(dst, m, s, 0, true)
	m = append(m, len(s))
	if string(dst) == s {
		return s, m
	}
	return bytesToString(dst), m
}

// bytesToString returns b as a string without copying it, as
// strings.Builder does. b must not be changed afterwards: callers pass a
// buffer they made and drop.
func bytesToString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// drop is what a step's fold returns for a rune it removes.
const drop rune = -1

// A step is one named normalization. Most steps fold one rune at a time;
// the presentation-forms and compose-hamza steps need more than one rune
// and are applied by the normalizer itself (see appendTo).
type step struct {
	name string
	// fold returns the rune to write for r, or drop. Nil for the steps the
	// normalizer applies itself.
	fold func(r rune) rune
}

// The steps, in the order the levels apply them.
var (
	// stepPresentationForms replaces an Arabic presentation form (U+FB50–
	// U+FDFF, U+FE70–U+FEFF: positional shapes and ligatures) with the base
	// letters and marks it stands for, as NFKC does: ﻻ → لا, ﷲ → الله.
	stepPresentationForms = step{name: "presentation-forms"}
	// stepComposeHamza joins a combining hamza above or below or a madda
	// above (U+0654, U+0655, U+0653) to the letter written just before it,
	// as NFC does: ا + ٔ → أ, و + ٔ → ؤ, ي + ٔ → ئ.
	stepComposeHamza = step{name: "compose-hamza"}
	// stepTatweel removes tatweel (kashida), the stroke that stretches a
	// word: كـــتاب → كتاب.
	stepTatweel = step{"tatweel", foldTatweel}
	// stepInvisible removes zero-width and bidirectional formatting
	// characters that web text carries inside and between words.
	stepInvisible = step{"invisible", foldInvisible}
	// stepPersianLetters writes Persian and Urdu letter variants as the
	// Arabic letters they stand for: ی → ي, ک → ك.
	stepPersianLetters = step{"persian-letters", foldPersianLetters}
	// stepAlef writes every alef variant as bare alef: أ إ آ ٱ → ا.
	stepAlef = step{"alef", foldAlef}
	// stepAlefMaksura writes alef maksura as yeh: على → علي.
	stepAlefMaksura = step{"alef-maksura", foldAlefMaksura}
	// stepTehMarbuta writes teh marbuta as heh: مدينة → مدينه.
	stepTehMarbuta = step{"teh-marbuta", foldTehMarbuta}
	// stepDiacritics removes harakat, tanwin, shadda, sukun, superscript
	// alef and the Quranic annotation marks: مُحَمَّدٌ → محمد.
	stepDiacritics = step{"diacritics", foldDiacritics}
	// stepDigits writes Arabic-Indic and Persian digits as ASCII digits, and
	// the Arabic decimal separator, thousands separator and percent sign as
	// . , %: ١٬٥٠٠ → 1,500.
	stepDigits = step{"digits", foldDigits}
	// stepLatinCase lowercases letters (Latin, and any other cased script).
	stepLatinCase = step{"latin-case", foldCase}
)

var (
	displaySteps = []step{stepPresentationForms, stepComposeHamza, stepTatweel, stepInvisible, stepPersianLetters}
	matchSteps   = []step{stepPresentationForms, stepComposeHamza, stepTatweel, stepInvisible, stepPersianLetters,
		stepAlef, stepAlefMaksura, stepTehMarbuta, stepDiacritics, stepDigits, stepLatinCase}

	displayTable = newLevelTable(displaySteps)
	matchTable   = newLevelTable(matchSteps)
)

func (l Level) table() *levelTable {
	switch l {
	case Display:
		return displayTable
	case Match:
		return matchTable
	}
	return nil
}

// foldTatweel is the tatweel step.
func foldTatweel(r rune) rune {
	if r == tatweel {
		return drop
	}
	return r
}

// foldInvisible is the invisible step: it removes U+200B–U+200F (zero width
// space, non-joiner, joiner, left-to-right and right-to-left marks),
// U+202A–U+202E (embeddings and overrides), U+2060 (word joiner),
// U+2066–U+2069 (isolates), U+FEFF (zero width no-break space, the byte
// order mark), U+061C (Arabic letter mark) and U+00AD (soft hyphen).
func foldInvisible(r rune) rune {
	switch {
	case r >= zeroWidthSpace && r <= rightToLeftMark,
		r >= leftToRightEmbedding && r <= rightToLeftOverride,
		r >= leftToRightIsolate && r <= popDirectionalIsolate,
		r == wordJoiner, r == zeroWidthNoBreakSpace, r == arabicLetterMark, r == softHyphen:
		return drop
	}
	return r
}

// foldPersianLetters is the persian-letters step: Farsi yeh ی and Urdu
// yeh barree ے → ي, keheh ک and swash kaf ڪ → ك, the heh forms ھ ہ ۂ ە ۀ →
// ه, and teh marbuta goal ۃ → ة.
func foldPersianLetters(r rune) rune {
	switch r {
	case farsiYeh, yehBarree:
		return yeh
	case keheh, swashKaf:
		return kaf
	case hehDoachashmee, hehGoal, hehGoalWithHamzaAbove, ae, hehWithYehAbove:
		return heh
	case tehMarbutaGoal:
		return tehMarbuta
	}
	return r
}

// foldAlef is the alef step: alef with hamza above or below, with madda,
// alef wasla, alef with wavy hamza above or below and high hamza alef → ا.
func foldAlef(r rune) rune {
	switch r {
	case alefHamzaAbove, alefHamzaBelow, alefMaddaAbove, alefWasla,
		alefWavyHamzaAbove, alefWavyHamzaBelow, highHamzaAlef:
		return alef
	}
	return r
}

// foldAlefMaksura is the alef-maksura step: ى → ي.
func foldAlefMaksura(r rune) rune {
	if r == alefMaksura {
		return yeh
	}
	return r
}

// foldTehMarbuta is the teh-marbuta step: ة → ه.
func foldTehMarbuta(r rune) rune {
	if r == tehMarbuta {
		return heh
	}
	return r
}

// isDiacritic reports whether r is an Arabic mark the diacritics step
// removes: honorific and small marks U+0610–U+061A, harakat, tanwin, shadda,
// sukun and the combining hamzas U+064B–U+065F, superscript alef U+0670,
// the Quranic annotation marks U+06D6–U+06DC, U+06DF–U+06E4, U+06E7–U+06E8,
// U+06EA–U+06ED, and the extended marks U+08CA–U+08E1, U+08E3–U+08FF.
func isDiacritic(r rune) bool {
	switch {
	case r >= 0x0610 && r <= 0x061A,
		r >= fathatan && r <= lastHaraka,
		r == superscriptAlef,
		r >= 0x06D6 && r <= 0x06DC,
		r >= 0x06DF && r <= 0x06E4,
		r >= 0x06E7 && r <= 0x06E8,
		r >= 0x06EA && r <= 0x06ED,
		r >= 0x08CA && r <= 0x08E1,
		r >= 0x08E3 && r <= 0x08FF:
		return true
	}
	return false
}

// foldDiacritics is the diacritics step.
func foldDiacritics(r rune) rune {
	if isDiacritic(r) {
		return drop
	}
	return r
}

// foldDigits is the digits step.
func foldDigits(r rune) rune {
	switch {
	case r >= arabicIndicDigitZero && r <= arabicIndicDigitNine:
		return '0' + r - arabicIndicDigitZero
	case r >= extendedArabicIndicZero && r <= extendedArabicIndicNine:
		return '0' + r - extendedArabicIndicZero
	case r == arabicDecimalSeparator:
		return '.'
	case r == arabicThousandsSeparator:
		return ','
	case r == arabicPercentSign:
		return '%'
	}
	return r
}

// foldCase is the latin-case step.
func foldCase(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	return unicode.ToLower(r)
}

// composeHamza returns the letter that base followed by the combining mark
// stands for, or 0 when they do not compose. Besides the canonical pairs it
// accepts alef maksura + hamza above (ئ) and heh + hamza above (ۀ, which the
// persian-letters step writes as ه).
func composeHamza(base, mark rune) rune {
	switch mark {
	case maddahAbove:
		if base == alef {
			return alefMaddaAbove
		}
	case hamzaAbove:
		switch base {
		case alef:
			return alefHamzaAbove
		case waw:
			return wawHamzaAbove
		case yeh, alefMaksura:
			return yehHamzaAbove
		case heh:
			return hehWithYehAbove
		}
	case hamzaBelow:
		if base == alef {
			return alefHamzaBelow
		}
	}
	return 0
}

// isComposingMark reports whether r is one of the marks compose-hamza joins.
func isComposingMark(r rune) bool { return r >= maddahAbove && r <= hamzaBelow }

const (
	smallLimit       = 0x800  // runes below this are folded by table
	presentationLow  = 0xFB50 // first Arabic presentation form
	presentationHigh = 0xFF00 // end of the presentation form blocks (exclusive)
)

// A levelTable is a level compiled for speed: the fold of every rune below
// U+0800 (ASCII, Latin, Greek, Cyrillic, Hebrew and all of Arabic but the
// extended-A block) and the folded output of every presentation form are
// precomputed from the level's steps.
type levelTable struct {
	steps []step
	small [smallLimit]rune
	// same[r] reports that the level leaves r < U+0800 as it is (and that r
	// is not a mark compose-hamza may join to the rune before).
	same [smallLimit]bool
	// forms[r-presentationLow] is the folded output for presentation form r;
	// isForm says whether r is one.
	forms  [presentationHigh - presentationLow]string
	isForm [presentationHigh - presentationLow]bool
}

func newLevelTable(steps []step) *levelTable {
	t := &levelTable{steps: steps}
	for r := rune(0); r < smallLimit; r++ {
		t.small[r] = t.fold(r)
		t.same[r] = t.small[r] == r && !isComposingMark(r)
	}
	for r, d := range presentationForms {
		var b []byte
		for _, c := range d {
			if f := t.fold(c); f != drop {
				b = utf8.AppendRune(b, f)
			}
		}
		t.forms[r-presentationLow] = string(b)
		t.isForm[r-presentationLow] = true
	}
	return t
}

// fold applies the level's one-rune steps to r in order.
func (t *levelTable) fold(r rune) rune {
	for _, s := range t.steps {
		if s.fold == nil {
			continue
		}
		if r = s.fold(r); r == drop {
			return drop
		}
	}
	return r
}

// form returns the folded output of r when r is a presentation form.
func (t *levelTable) form(r rune) (string, bool) {
	if r < presentationLow || r >= presentationHigh {
		return "", false
	}
	return t.forms[r-presentationLow], t.isForm[r-presentationLow]
}

// decode decodes the rune at s[i], with a fast path for the one- and
// two-byte runes Arabic text is made of. An invalid byte decodes as
// (utf8.RuneError, 1).
func decode(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s[i:])
}

// unchangedPrefix returns the length of the longest prefix of s (ending on
// a rune boundary) that the level leaves as it is.
func (t *levelTable) unchangedPrefix(s string) int {
	for i := 0; i < len(s); {
		r, n := decode(s, i)
		if r < smallLimit {
			if !t.same[r] {
				return i
			}
		} else if r == utf8.RuneError && n == 1 {
			return i
		} else if _, ok := t.form(r); ok || t.fold(r) != r {
			return i
		}
		i += n
	}
	return len(s)
}

// appendTo appends the normalized form of s[from:] to dst, which must end
// with s[:from] unchanged (from is 0 or a value unchangedPrefix returned).
// When mapped, it appends to m, for every byte it writes, the offset in s
// of the rune it came from, and returns m; m must then hold one entry per
// byte of dst already.
func (t *levelTable) appendTo(dst []byte, m []int, s string, from int, mapped bool) ([]byte, []int) {
	// last is where the last rune written starts in dst, or -1; lastRune is
	// that rune. compose-hamza joins a following mark to it.
	last, lastRune := -1, rune(0)
	if from > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:from])
		last, lastRune = len(dst)-n, r
	}
	for i := from; i < len(s); {
		c := uint(s[i])
		var r rune
		n := 2
		switch {
		case c < utf8.RuneSelf:
			if f := t.small[c]; f != drop {
				last, lastRune = len(dst), f
				dst = append(dst, byte(f))
				if mapped {
					m = append(m, i)
				}
			}
			i++
			continue
		case c-0xC2 < 0xE0-0xC2 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			// Two bytes: all of Arabic. Decoded and, below, encoded by
			// hand because this is the normalizer's inner loop.
			r = rune((c&0x1F)<<6 | uint(s[i+1]&0x3F))
		default:
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		at := len(dst)
		switch {
		case isComposingMark(r) && last >= 0 && composeHamza(lastRune, r) != 0:
			// Rewrite the last rune; its bytes keep mapping to where the
			// base letter came from.
			f := t.small[composeHamza(lastRune, r)]
			if mapped {
				from := m[last]
				m = m[:last]
				dst = utf8.AppendRune(dst[:last], f)
				for len(m) < len(dst) {
					m = append(m, from)
				}
			} else {
				dst = utf8.AppendRune(dst[:last], f)
			}
			lastRune = f
			i += n
			continue
		case r < smallLimit:
			f := t.small[r]
			switch {
			case f == drop:
			case f < utf8.RuneSelf:
				last, lastRune = at, f
				dst = append(dst, byte(f))
			case f < smallLimit:
				last, lastRune = at, f
				dst = append(dst, byte(0xC0|f>>6), byte(0x80|f&0x3F))
			default:
				last, lastRune = at, f
				dst = utf8.AppendRune(dst, f)
			}
		default:
			if out, ok := t.form(r); ok {
				if out != "" {
					dst = append(dst, out...)
					lr, ln := utf8.DecodeLastRuneInString(out)
					last, lastRune = len(dst)-ln, lr
				}
			} else if f := t.fold(r); f != drop {
				last, lastRune = at, f
				dst = utf8.AppendRune(dst, f)
			}
		}
		if mapped {
			for len(m) < len(dst) {
				m = append(m, i)
			}
		}
		i += n
	}
	return dst, m
}
