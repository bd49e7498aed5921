package numeral

import (
	"unicode"
	"unicode/utf8"
)

// DigitValue returns the value of r if r is a decimal digit of any script:
// Western 0-9, Arabic-Indic ٠-٩, Extended Arabic-Indic (Persian) ۰-۹, or any
// other Unicode decimal digit (category Nd).
func DigitValue(r rune) (int, bool) {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0'), true
	case r >= '٠' && r <= '٩':
		return int(r - '٠'), true
	case r >= '۰' && r <= '۹':
		return int(r - '۰'), true
	case r < 0x660, r <= 0x6FF, r >= 0xFB50 && r <= 0xFEFF, !unicode.IsDigit(r):
		return 0, false
	}
	// Unicode encodes every decimal digit set as ten contiguous code points
	// starting at zero, and the Nd table's ranges start at a zero.
	for _, rg := range unicode.Nd.R16 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) && rg.Stride == 1 {
			return int(r-rune(rg.Lo)) % 10, true
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) && rg.Stride == 1 {
			return int(r-rune(rg.Lo)) % 10, true
		}
	}
	return 0, false
}

// digitNumber is a run of digits with separators as scanned from the text.
type digitNumber struct {
	value float64
	// ok is false for a shape that is no number (5.9.2017): a date.
	ok bool
	// plain is set for digits without separators; n is their count.
	plain bool
	n     int
	// integral is set when there is no decimal part.
	integral bool
	// raw is the text read, for ascii.
	raw string
}

// ascii returns the digits of a plain number in ASCII.
func (d digitNumber) ascii() string { return asciiDigits(d.raw) }

// readDigits reads s, a run of digits of any script joined by the
// separators , . ٫ ٬ (as arabic.Tokenize scans it), following these rules:
//
//   - ٫ (Arabic decimal separator) is a decimal point and ٬ a thousands
//     separator, always.
//   - With both , and ., the one that comes last is the decimal point and
//     the other separates thousands: 1,500.25 and 1.500,25.
//   - A dot followed by groups of exactly three digits, with a leading group
//     of one to three digits not starting with 0, separates thousands:
//     1.500 = 1500, 2.500.000 = 2500000. A single dot otherwise is a decimal
//     point: 1.5, 1.10, 01.10, 0.500.
//   - Commas are the same, except that a comma that cannot separate
//     thousands is a decimal comma (2,5).
//   - Any other shape (5.9.2017, 1,2,3) is no one number: ok is false.
func readDigits(s string) digitNumber {
	var groups [8]string
	var seps [8]rune
	ng := 0
	start := 0
	for i, r := range s {
		if _, ok := DigitValue(r); ok {
			continue
		}
		if ng >= len(groups)-1 {
			return digitNumber{}
		}
		groups[ng] = s[start:i]
		seps[ng] = r
		ng++
		start = i + utf8.RuneLen(r)
		if r == utf8.RuneError {
			start = i + 1
		}
	}
	groups[ng] = s[start:]
	ng++
	for _, g := range groups[:ng] {
		if g == "" {
			return digitNumber{}
		}
	}
	if ng == 1 {
		v, n := digitsValue(0, groups[0])
		if n > maxDigits {
			return digitNumber{}
		}
		return digitNumber{value: v, ok: true, plain: true, n: n, integral: true, raw: s}
	}
	// Decide which separator is the decimal point, if any.
	nsep := ng - 1
	dec := -1 // index of the decimal separator in seps
	var kinds [5]int
	for _, r := range seps[:nsep] {
		kinds[sepKind(r)]++
	}
	comma, dot, adec, athou := kinds[0], kinds[1], kinds[2], kinds[3]
	if nsep != comma+dot+adec+athou {
		return digitNumber{}
	}
	last := seps[nsep-1]
	switch {
	case adec > 1:
		return digitNumber{}
	case adec == 1:
		if sepKind(last) != 2 {
			return digitNumber{}
		}
		dec = nsep - 1
	case comma > 0 && dot > 0:
		k := sepKind(last)
		if kinds[k] != 1 {
			return digitNumber{}
		}
		dec = nsep - 1
	case athou > 0 && (comma > 0 || dot > 0):
		k := sepKind(last)
		if k == 3 || kinds[k] != 1 {
			return digitNumber{}
		}
		dec = nsep - 1
	case athou > 0:
		// thousands only
	default: // only commas or only dots
		r, _ := utf8.DecodeRuneInString(groups[0])
		if first, _ := DigitValue(r); !thousandGroups(groups[:ng]) || nsep == 1 && dot == 1 && first == 0 {
			if nsep != 1 {
				return digitNumber{}
			}
			dec = 0
		}
	}
	intGroups := groups[:ng]
	frac := ""
	if dec >= 0 {
		intGroups = groups[:dec+1]
		frac = groups[dec+1]
	}
	if len(intGroups) > 1 && !thousandGroups(intGroups) {
		return digitNumber{}
	}
	var v float64
	n := 0
	for _, g := range intGroups {
		var k int
		v, k = digitsValue(v, g)
		n += k
	}
	if n > maxDigits {
		return digitNumber{}
	}
	if frac != "" {
		f, k := digitsValue(0, firstRunes(frac, maxDigits))
		v += f / pow10(k)
	}
	return digitNumber{value: v, ok: true, integral: frac == ""}
}

// maxDigits is the longest run of integer digits read as a number; longer
// runs are identifiers (card or account numbers), not reported, and longer
// decimal parts are cut.
const maxDigits = 18

// sepKind numbers the separators: 0 comma, 1 dot, 2 ٫, 3 ٬, 4 anything
// else (which makes no number).
func sepKind(r rune) int {
	switch r {
	case ',':
		return 0
	case '.':
		return 1
	case '٫':
		return 2
	case '٬':
		return 3
	}
	return 4
}

// thousandGroups reports whether groups is a leading group of one to three
// digits followed by groups of exactly three.
func thousandGroups(groups []string) bool {
	if n := utf8.RuneCountInString(groups[0]); n < 1 || n > 3 {
		return false
	}
	for _, g := range groups[1:] {
		if utf8.RuneCountInString(g) != 3 {
			return false
		}
	}
	return true
}

// digitsValue returns v followed by the digits of s (any script), and how
// many digits s holds.
func digitsValue(v float64, s string) (float64, int) {
	n := 0
	for _, r := range s {
		if d, ok := DigitValue(r); ok {
			v = v*10 + float64(d)
			n++
		}
	}
	return v, n
}

// firstRunes returns the first n runes of s.
func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// asciiDigits writes the digits of s (any script) in ASCII.
func asciiDigits(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if d, ok := DigitValue(r); ok {
			b = append(b, byte('0'+d))
		}
	}
	return string(b)
}

// atof reads ASCII digits as a number; very long runs lose precision as
// float64 does.
func atof(d string) float64 {
	var v float64
	for i := 0; i < len(d); i++ {
		v = v*10 + float64(d[i]-'0')
	}
	return v
}

func pow10(n int) float64 {
	p := 1.0
	for range n {
		p *= 10
	}
	return p
}
