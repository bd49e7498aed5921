package numeral

import (
	"strings"
	"unicode/utf8"

	"github.com/isnad-news/isnad/arabic"
)

// DualStems returns the singular forms that word may be the dual of,
// normalized with arabic.Match, most likely first, or nil when word does
// not look like a dual. The proclitics و ف ب ل ك and the article ال are
// removed first. A dual ends in ان (nominative) or ين (accusative and
// genitive); before it, ت is the feminine ة of the singular:
//
//	أسبوعين → اسبوع      يومين → يوم
//	ساعتين  → ساعه، ساعت  دقيقتان → دقيقه، دقيقت
//
// Callers look the candidates up in their own lexicons; a word such as
// "عشرين" (20) also looks like a dual and gives "عشر".
func DualStems(word string) []string {
	w := arabic.Normalize(arabic.Match, strings.TrimSpace(word))
	// Three passes: with the article removed (most likely), the word
	// whole, then with proclitics alone removed.
	var out []string
	for pass := range 3 {
		for _, pre := range prefixes {
			rest, ok := strings.CutPrefix(w, pre)
			if !ok {
				continue
			}
			switch pass {
			case 0:
				if r, ok := strings.CutPrefix(rest, article); ok {
					out = appendDual(out, r)
				} else if strings.HasSuffix(pre, "ل") && strings.HasPrefix(rest, "ل") {
					out = appendDual(out, rest[len("ل"):])
				}
			case 1:
				if pre == "" {
					out = appendDual(out, rest)
				}
			case 2:
				if pre != "" {
					out = appendDual(out, rest)
				}
			}
		}
	}
	// Drop the forms that still carry the article or a proclitic with it
	// (الساعه، والساعه) when the bare form is there.
	keep := out[:0]
	for _, c := range out {
		if i := strings.Index(c, article); i >= 0 && i <= len("وب") && len(out) > 1 && c != out[0] {
			continue
		}
		keep = append(keep, c)
	}
	return keep
}

// appendDual appends the singulars of w if it ends like a dual and keeps at
// least two letters.
func appendDual(out []string, w string) []string {
	var base string
	switch {
	case strings.HasSuffix(w, "ان"):
		base = w[:len(w)-len("ان")]
	case strings.HasSuffix(w, "ين"):
		base = w[:len(w)-len("ين")]
	default:
		return out
	}
	if utf8.RuneCountInString(base) < 2 {
		return out
	}
	add := func(s string) {
		for _, o := range out {
			if o == s {
				return
			}
		}
		out = append(out, s)
	}
	if b, ok := strings.CutSuffix(base, "ت"); ok && utf8.RuneCountInString(b) >= 2 {
		add(b + "ه")
	}
	add(base)
	return out
}
