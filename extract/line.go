package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// line is one line of input text.
type line struct {
	// text is the line with its white space tidied.
	text string
	// soft reports that the line continues the paragraph of the line
	// before it (an HTML <br>, or a hard-wrapped plain text).
	soft bool
}

// textLines splits plain text into tidied lines. When the text looks
// hard-wrapped (paragraphs of short lines separated by blank lines), the
// lines of each paragraph are marked soft so that they are joined again.
func textLines(s string) []line {
	raw := splitLines(s)
	lines := make([]line, len(raw))
	for i, r := range raw {
		lines[i] = line{text: tidy(r)}
	}
	if looksWrapped(lines) {
		for i := 1; i < len(lines); i++ {
			if lines[i].text != "" && lines[i-1].text != "" {
				lines[i].soft = true
			}
		}
	}
	return lines
}

// splitLines splits s at \n, \r\n, \r and the Unicode line and paragraph
// separators.
func splitLines(s string) []string {
	return strings.Split(lineBreaks.Replace(s), "\n")
}

var lineBreaks = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u2028", "\n", "\u2029", "\n\n", "\u0085", "\n", "\v", "\n", "\f", "\n")

// tidy collapses every run of white space in s (tabs, no-break and other
// Unicode spaces) to one ASCII space and trims white space and invisible
// marks from both ends. Letters, marks and punctuation stay as written.
func tidy(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if isSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return strings.TrimFunc(b.String(), func(r rune) bool { return isSpace(r) || unicode.Is(unicode.Cf, r) })
}

// hasText reports whether s holds a letter or a digit.
func hasText(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// looksWrapped reports whether lines look like a hard-wrapped text: at least
// two multi-line paragraphs whose inner lines are of similar, moderate length
// and mostly do not end a sentence.
func looksWrapped(lines []line) bool {
	var multi, inner, open int
	var lengths []int
	for i := 0; i < len(lines); {
		if lines[i].text == "" {
			i++
			continue
		}
		j := i
		for j < len(lines) && lines[j].text != "" {
			j++
		}
		if j-i >= 2 {
			multi++
			for k := i; k < j-1; k++ {
				inner++
				n := utf8.RuneCountInString(lines[k].text)
				if n > 120 {
					return false
				}
				lengths = append(lengths, n)
				if !endsSentence(lines[k].text) {
					open++
				}
			}
		}
		i = j
	}
	if multi < 2 || inner < 4 || open*4 < inner*3 {
		return false
	}
	short := 0
	for _, n := range lengths {
		if n < 30 {
			short++
		}
	}
	return short*2 < len(lengths)
}

// endsSentence reports whether s ends with sentence punctuation, ignoring
// closing quotes and brackets.
func endsSentence(s string) bool {
	r := lastRune(s)
	return r == '.' || r == '!' || r == '?' || r == '؟' || r == '…' || r == '۔'
}

// endsPeriod reports whether s ends with a full stop (not an ellipsis),
// ignoring closing quotes and brackets.
func endsPeriod(s string) bool {
	s = strings.TrimRightFunc(s, isCloser)
	return strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "..")
}

func lastRune(s string) rune {
	s = strings.TrimRightFunc(s, isCloser)
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', ')', ']', '}', '›':
		return true
	}
	return isSpace(r) || unicode.Is(unicode.Cf, r)
}

// isProse reports whether s reads as a paragraph of running text rather
// than a headline, label or link.
func isProse(s string) bool {
	wc := wordCount(s)
	return wc >= 25 || (wc >= 6 && endsSentence(s))
}

// titleLike reports whether s could be a headline: one line of at most 30
// words that is not a sentence ending in a full stop or several sentences.
func titleLike(s string) bool {
	wc := wordCount(s)
	if wc == 0 || wc > 30 || utf8.RuneCountInString(s) > 250 {
		return false
	}
	if wc > 12 && endsPeriod(s) {
		return false
	}
	return wc <= 15 || !innerSentenceBreak(s)
}

// isLinkTitle reports whether s could be the title of a linked article
// (what follows "السابق" or "إقرأ أيضا").
func isLinkTitle(s string) bool {
	wc := wordCount(s)
	return wc > 0 && wc <= 30 && !(wc >= 8 && endsPeriod(s))
}

// innerSentenceBreak reports whether a sentence ends inside s: a full stop,
// question or exclamation mark followed by a space and more text.
func innerSentenceBreak(s string) bool {
	for i, r := range s {
		if r == '.' || r == '؟' || r == '?' || r == '!' {
			rest := s[i+utf8.RuneLen(r):]
			if strings.HasPrefix(rest, " ") && hasText(rest) && !(r == '.' && i > 0 && s[i-1] == '.') {
				return true
			}
		}
	}
	return false
}
