package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/isnad-news/isnad"
)

// pair is a quotation: the byte offsets of its opening mark and of its
// closing mark. An opening mark never closed in its paragraph is a pair
// with closed unset whose close is the paragraph's end.
type pair struct {
	open, close int
	// inner is the text inside the marks, trimmed of white space.
	inner  isnad.Span
	closed bool
	words  int
}

// layout is the body cut into paragraphs, sentences and quotations.
type layout struct {
	paras []isnad.Span
	// heading is set for paragraphs that are headings: short lines
	// without a final stop, or short questions.
	heading []bool
	sents   []isnad.Span
	// sentPara is the paragraph of each sentence.
	sentPara []int
	pairs    []pair
}

// markKind says how a quotation mark may be read.
type markKind int

const (
	// opening marks open only: « „ ‹.
	opening markKind = iota + 1
	// closing marks close only: » ›.
	closing
	// either marks open or close by their context: " “ ” ' ‘ ’.
	either
)

// quoteMarks are the quotation marks Arabic sites use.
var quoteMarks = map[rune]markKind{
	'«': opening, '„': opening, '‹': opening,
	'»': closing, '›': closing,
	'"': either, '“': either, '”': either, '\'': either, '‘': either, '’': either,
}

func isQuoteMark(r rune) bool { return quoteMarks[r] != 0 }

// stops end a sentence.
func isStop(r rune) bool {
	return r == '.' || r == '!' || r == '?' || r == '؟' || r == '…'
}

// wordy reports whether r belongs to a word: a letter, digit, mark or
// tatweel.
func wordy(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == 'ـ'
}

// clitic letters written onto a quotation: و"داعش"، لـ"داعش".
func cliticLetter(r rune) bool {
	return r == 'و' || r == 'ف' || r == 'ب' || r == 'ل' || r == 'ك' || r == 'ـ'
}

// newLayout cuts body into paragraphs (non-empty lines), finds the
// quotation pairs of each paragraph, and cuts paragraphs into sentences at
// stops outside closed quotations.
func newLayout(body string, toks []isnad.Token) *layout {
	l := &layout{}
	start := 0
	for start <= len(body) {
		end := strings.IndexByte(body[start:], '\n')
		if end < 0 {
			end = len(body)
		} else {
			end += start
		}
		s, e := start, end
		for s < e && isSpaceByte(body[s]) {
			s++
		}
		for e > s && isSpaceByte(body[e-1]) {
			e--
		}
		if s < e {
			l.paras = append(l.paras, isnad.Span{Start: s, End: e})
		}
		start = end + 1
	}
	for pi, p := range l.paras {
		first := len(l.pairs)
		l.findPairs(body, p)
		l.sentences(body, p, pi, l.pairs[first:])
		l.heading = append(l.heading, isHeading(body[p.Start:p.End]))
	}
	// Count the words inside each pair.
	for i := range l.pairs {
		pr := &l.pairs[i]
		k := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= pr.inner.Start })
		for ; k < len(toks) && toks[k].End <= pr.inner.End; k++ {
			pr.words++
		}
	}
	return l
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\r' || b == '\n' }

// findPairs matches the quotation marks of paragraph p.
func (l *layout) findPairs(body string, p isnad.Span) {
	type open struct {
		pos int
		r   rune
	}
	var stack []open
	text := body[p.Start:p.End]
	prev := ' '
	for i, r := range text {
		kind := quoteMarks[r]
		if kind == 0 {
			prev = r
			continue
		}
		size := utf8.RuneLen(r)
		next, _ := utf8.DecodeRuneInString(text[i+size:])
		if i+size >= len(text) {
			next = ' '
		}
		pos := p.Start + i
		opens := false
		switch kind {
		case opening:
			opens = true
		case closing:
			opens = false
		default:
			before := !wordy(prev) || prev == 'ـ' || cliticLetter(prev) && (i < 3 || !wordy(lastRuneBefore(text, i)))
			after := wordy(next) || next == '(' || isQuoteMark(next)
			switch {
			case before && after:
				opens = true
			case wordy(prev) && wordy(next):
				// A mark inside a word (O'Brien): not a quotation.
				prev = r
				continue
			case !after:
				opens = false
			default:
				opens = len(stack) == 0
			}
		}
		if opens {
			stack = append(stack, open{pos, r})
		} else if len(stack) > 0 {
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			l.pairs = append(l.pairs, newPair(body, o.pos, utf8.RuneLen(o.r), pos, true))
		}
		prev = r
	}
	if len(stack) > 0 {
		// The outermost mark left open runs to the paragraph's end; the
		// marks inside it are dropped.
		o := stack[0]
		l.pairs = append(l.pairs, newPair(body, o.pos, utf8.RuneLen(o.r), p.End, false))
	}
	sort.Slice(l.pairs, func(a, b int) bool { return l.pairs[a].open < l.pairs[b].open })
}

// lastRuneBefore returns the rune before the one that ends at byte i-1 of
// text: for "و" in ` و"داعش"` it is the space.
func lastRuneBefore(text string, i int) rune {
	_, n := utf8.DecodeLastRuneInString(text[:i])
	r, _ := utf8.DecodeLastRuneInString(text[:i-n])
	return r
}

func newPair(body string, open, size, close int, closed bool) pair {
	s, e := open+size, close
	for s < e && isSpaceByte(body[s]) {
		s++
	}
	for e > s && isSpaceByte(body[e-1]) {
		e--
	}
	return pair{open: open, close: close, inner: isnad.Span{Start: s, End: e}, closed: closed}
}

// sentences cuts paragraph pi at stops outside the closed pairs ps.
func (l *layout) sentences(body string, p isnad.Span, pi int, ps []pair) {
	inside := func(pos int) bool {
		for _, pr := range ps {
			if pr.closed && pr.open < pos && pos < pr.close {
				return true
			}
		}
		return false
	}
	s := p.Start
	text := body[p.Start:p.End]
	for i, r := range text {
		if !isStop(r) {
			continue
		}
		pos := p.Start + i
		end := pos + utf8.RuneLen(r)
		if end < p.End {
			next, _ := utf8.DecodeRuneInString(body[end:])
			if !unicode.IsSpace(next) && !isQuoteMark(next) {
				continue // 2.5, "العربية.نت", "..."
			}
		}
		if inside(pos) {
			continue
		}
		// Keep a closing mark and further stops with the sentence.
		for end < p.End {
			r2, n := utf8.DecodeRuneInString(body[end:])
			if isStop(r2) || quoteMarks[r2] == closing || (quoteMarks[r2] == either && !startsQuote(body, end, p.End)) {
				end += n
				continue
			}
			break
		}
		if strings.TrimSpace(body[s:end]) != "" && end > s {
			l.sents = append(l.sents, trimSpan(body, s, end))
			l.sentPara = append(l.sentPara, pi)
		}
		s = end
	}
	if strings.TrimSpace(body[s:p.End]) != "" {
		l.sents = append(l.sents, trimSpan(body, s, p.End))
		l.sentPara = append(l.sentPara, pi)
	}
}

// startsQuote reports whether the mark at pos opens a quotation (a word
// follows it directly).
func startsQuote(body string, pos, end int) bool {
	_, n := utf8.DecodeRuneInString(body[pos:])
	if pos+n >= end {
		return false
	}
	next, _ := utf8.DecodeRuneInString(body[pos+n:])
	return wordy(next)
}

func trimSpan(body string, s, e int) isnad.Span {
	for s < e && isSpaceByte(body[s]) {
		s++
	}
	for e > s && isSpaceByte(body[e-1]) {
		e--
	}
	return isnad.Span{Start: s, End: e}
}

// isHeading reports whether a paragraph reads as a heading: at most twelve
// words and no final stop or colon, or a question of at most fifteen words.
func isHeading(p string) bool {
	words := len(strings.Fields(p))
	last, _ := utf8.DecodeLastRuneInString(p)
	if last == '؟' || last == '?' {
		return words <= 15
	}
	if words > 12 {
		return false
	}
	return !isStop(last) && last != ':' && last != '،' && !isQuoteMark(last)
}

// sentAt returns the index of the sentence holding byte pos, or -1.
func (l *layout) sentAt(pos int) int {
	k := sort.Search(len(l.sents), func(k int) bool { return l.sents[k].End > pos })
	if k < len(l.sents) && l.sents[k].Start <= pos {
		return k
	}
	// Between sentences (white space): the next one.
	if k < len(l.sents) {
		return k
	}
	return len(l.sents) - 1
}

// paraAt returns the index of the paragraph holding byte pos, or -1.
func (l *layout) paraAt(pos int) int {
	k := sort.Search(len(l.paras), func(k int) bool { return l.paras[k].End > pos })
	if k < len(l.paras) {
		return k
	}
	return len(l.paras) - 1
}
