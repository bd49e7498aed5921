package arabic

import (
	"context"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/isnad-news/isnad"
)

// class says what a rune may do in a token; a rune may have several bits.
type class uint8

const (
	// clsLetter starts and continues a word.
	clsLetter class = 1 << iota
	// clsArabic marks a letter of the Arabic script; a word does not run
	// from Arabic letters into letters of another script.
	clsArabic
	// clsDigit starts and continues a number, and continues a non-Arabic
	// word (g20).
	clsDigit
	// clsMark is a combining mark or tatweel: it continues the word before
	// it.
	clsMark
	// clsJoin is an invisible formatting character: it belongs to a word
	// only when a letter or mark of that word follows it.
	clsJoin
	// clsNumSep is a decimal or thousands separator: it belongs to a number
	// only between two digits (1,500 2.5 ١٬٥٠٠ ٢٫٥).
	clsNumSep
	// clsChanges marks a rune that Match normalization rewrites or drops.
	clsChanges
)

// smallClass holds the class of every rune below U+0800.
var smallClass = func() (t [smallLimit]class) {
	for r := rune(0); r < smallLimit; r++ {
		t[r] = classify(r)
	}
	return t
}()

// classify computes the class of r from the Unicode tables and the Match
// level.
func classify(r rune) class {
	if _, ok := matchTable.form(r); ok {
		return formClass(presentationForms[r]) | clsChanges
	}
	var c class
	switch {
	case r == tatweel:
		// Tatweel continues a word like a mark (لـ، الـمـتـحـدث) but
		// does not start one.
		c = clsMark
	case foldInvisible(r) == drop:
		c = clsJoin
	case r == ',' || r == '.' || r == arabicDecimalSeparator || r == arabicThousandsSeparator:
		c = clsNumSep
	case unicode.IsDigit(r):
		c = clsDigit
	case unicode.IsLetter(r):
		c = clsLetter
	case unicode.IsMark(r):
		c = clsMark
	}
	if c&(clsLetter|clsMark) != 0 && unicode.Is(unicode.Arabic, r) {
		c |= clsArabic
	}
	if r < smallLimit {
		if !matchTable.same[r] {
			c |= clsChanges
		}
	} else if matchTable.fold(r) != r {
		c |= clsChanges
	}
	return c
}

// formClass gives a presentation form the class of what it stands for: an
// Arabic letter if it holds one, else a mark (harakat, tatweel).
func formClass(d string) class {
	for _, r := range d {
		if r != tatweel && unicode.IsLetter(r) {
			return clsLetter | clsArabic
		}
	}
	return clsMark | clsArabic
}

// classAt decodes the rune at text[i] and returns its size and class.
// One- and two-byte runes, all of Arabic, take a table lookup.
func classAt(text string, i int) (int, class) {
	c := uint(text[i])
	if c < utf8.RuneSelf {
		return 1, smallClass[c]
	}
	if c-0xC2 < 0xE0-0xC2 && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
		return 2, smallClass[(c<<6|uint(text[i+1]&0x3F))&(smallLimit-1)]
	}
	return classAtSlow(text, i)
}

// classAtSlow is classAt for runes of three and four bytes and invalid
// bytes, which are a class of their own.
func classAtSlow(text string, i int) (int, class) {
	r, n := utf8.DecodeRuneInString(text[i:])
	if r == utf8.RuneError && n == 1 {
		return 1, clsChanges
	}
	return n, classify(r)
}

// Tokenize splits text into word and number tokens, in order, with byte
// offsets into text itself (not a normalized copy): for every token,
// text[tok.Start:tok.End] is the word as written. Each token carries its
// Match-level normalized form (Norm) and its light stem (Stem).
//
// A word is a run of letters of one script with their combining marks;
// tatweel and zero-width and bidirectional controls inside a word belong to
// it. Arabic words do not run into Latin ones, nor into digits. A number is
// a run of digits, with , . ٫ ٬ between digits (1,500 2.5 ١٬٥٠٠ ٢٫٥).
// Latin words may contain digits (g20) and are lowercased in Norm.
// Punctuation and spaces are not tokens.
//
// Norm is never empty; it holds a space only for the two presentation
// forms that stand for whole phrases (U+FDFA, U+FDFB). Stem is a non-empty
// part of Norm. Norm and Stem share memory with text or with one buffer per
// call, so a call allocates the token slice and that buffer and nothing
// else. Tokenize is safe for concurrent use.
func Tokenize(text string) []isnad.Token {
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	sc.spans = sc.spans[:0]
	for i := 0; i < len(text); {
		n, c := classAt(text, i)
		if c&(clsLetter|clsDigit) == 0 {
			i += n
			continue
		}
		var sp span
		if c&clsDigit != 0 {
			sp = scanNumber(text, i, n, c)
		} else {
			sp = scanWord(text, i, n, c)
		}
		sc.spans = append(sc.spans, sp)
		i = sp.end
	}
	if len(sc.spans) == 0 {
		return nil
	}
	return sc.tokens(text)
}

// A span is a token found by the scanner, before normalization.
type span struct {
	start, end int
	// changes reports that Match normalization changes the token.
	changes bool
	// norm is where the token's Norm lies in the scratch buffer, when it
	// changes.
	normStart, normEnd int
}

// scanNumber scans the number that starts at text[i] (a digit of n bytes
// and class c).
func scanNumber(text string, i, n int, c class) span {
	sp := span{start: i, changes: c&clsChanges != 0}
	i += n
	for i < len(text) {
		n, c = classAt(text, i)
		if c&clsDigit == 0 {
			if c&clsNumSep == 0 || i+n >= len(text) {
				break
			}
			n2, c2 := classAt(text, i+n)
			if c2&clsDigit == 0 {
				break
			}
			sp.changes = sp.changes || (c|c2)&clsChanges != 0
			i += n + n2
			continue
		}
		sp.changes = sp.changes || c&clsChanges != 0
		i += n
	}
	sp.end = i
	return sp
}

// scanWord scans the word that starts at text[i] (a letter of n bytes and
// class c).
func scanWord(text string, i, n int, c class) span {
	sp := span{start: i, changes: c&clsChanges != 0}
	arabic := c & clsArabic
	i += n
	end, joined := i, false
	for i < len(text) {
		// classAt, inlined by hand for two-byte runes: this loop runs
		// once for every letter of the text.
		if b := uint(text[i]); b-0xC2 < 0xE0-0xC2 && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
			n, c = 2, smallClass[(b<<6|uint(text[i+1]&0x3F))&(smallLimit-1)]
		} else {
			n, c = classAt(text, i)
		}
		switch {
		case c&clsMark != 0,
			c&clsLetter != 0 && c&clsArabic == arabic,
			c&clsDigit != 0 && arabic == 0:
			sp.changes = sp.changes || joined || c&clsChanges != 0
			joined = false
			i += n
			end = i
			continue
		case c&clsJoin != 0:
			joined = true
			i += n
			continue
		}
		break
	}
	sp.end = end
	return sp
}

// scratch holds the buffers Tokenize reuses between calls.
type scratch struct {
	spans []span
	buf   []byte
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxScratch is the largest buffer (in bytes or spans) kept for reuse, so
// that one huge document does not pin its buffers for good.
const maxScratch = 1 << 20

// release returns sc to the pool unless its buffers grew too large.
func (sc *scratch) release() {
	if cap(sc.buf) > maxScratch || cap(sc.spans) > maxScratch/64 {
		return
	}
	scratchPool.Put(sc)
}

// tokens normalizes the changed spans into one buffer, turns it into one
// string, and builds the tokens.
func (sc *scratch) tokens(text string) []isnad.Token {
	buf := sc.buf[:0]
	for k := range sc.spans {
		sp := &sc.spans[k]
		if !sp.changes {
			continue
		}
		// The scanner flags a token only when one of its runes changes,
		// so its Norm always differs from the text.
		word := text[sp.start:sp.end]
		from := matchTable.unchangedPrefix(word)
		at := len(buf)
		buf = append(buf, word[:from]...)
		buf, _ = matchTable.appendTo(buf, nil, word, from, false)
		sp.normStart, sp.normEnd = at, len(buf)
	}
	norms := string(buf)
	sc.buf = buf
	toks := make([]isnad.Token, len(sc.spans))
	for k, sp := range sc.spans {
		t := &toks[k]
		t.Start, t.End = sp.start, sp.end
		if sp.changes {
			t.Norm = norms[sp.normStart:sp.normEnd]
		} else {
			t.Norm = text[sp.start:sp.end]
		}
		t.Stem = Stem(t.Norm)
	}
	return toks
}

// NewTokenizer returns the pipeline stage that tokenizes a document's body:
// Name "tokenize", Requires isnad.KindText, Provides isnad.KindTokens. Its
// Process sets doc.Tokens to Tokenize(doc.Body), replacing any tokens
// already there, so running it twice gives the same result. It is safe for
// concurrent use.
func NewTokenizer() isnad.Stage { return tokenizer{} }

type tokenizer struct{}

func (tokenizer) Name() string           { return "tokenize" }
func (tokenizer) Requires() []isnad.Kind { return []isnad.Kind{isnad.KindText} }
func (tokenizer) Provides() []isnad.Kind { return []isnad.Kind{isnad.KindTokens} }
func (tokenizer) Process(ctx context.Context, doc *isnad.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	doc.Tokens = Tokenize(doc.Body)
	return nil
}
