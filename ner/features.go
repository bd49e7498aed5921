package ner

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/isnad-news/isnad/arabic"
)

// Features are 64-bit FNV-1a hashes of a template number and the strings it
// joins, computed without allocating. A model stores only the hashes, so a
// feature costs eight bytes of key however long its strings are.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashStart begins the hash of a feature of template t.
func hashStart(t byte) uint64 { return (fnvOffset ^ uint64(t)) * fnvPrime }

// hashStr adds s to h, followed by a separator so that ("ab","c") and
// ("a","bc") differ.
func hashStr(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return (h ^ 0xff) * fnvPrime
}

// hashByte adds b to h.
func hashByte(h uint64, b byte) uint64 { return (h ^ uint64(b)) * fnvPrime }

// Feature templates. The numbers are part of the model: renumbering them
// needs a new model (bump featureVersion).
const (
	fBias byte = iota + 1
	fWord
	fNorm
	fStem
	fBare
	fPrefix
	fSuffix
	fShape
	fArticle
	fNormPrev1
	fNormPrev2
	fNormNext1
	fNormNext2
	fStemPrev1
	fStemPrev2
	fStemNext1
	fStemNext2
	fBarePrev1
	fBareNext1
	fBigramPrev
	fBigramNext
	fBigramPrev2
	fBigramNext2
	fTriggerPrev1
	fTriggerPrev2
	fTrigger
	fShapeWindow
	fLexicon
	fTrainLex
	fTrainLexPrev
	fTrainLexNext
	fMedia
	fFirst
	fClitic
	fBareSuffix
	fStemPrefix
	fTriggerPrev1Word
	fCtx
	fCtxPrev
	fCtxNext
	fCtxShape
	fName
	fNamePrev
	fNameNext
	fLexiconIn
	fLexiconLen
	fQuote
	fDict
	fDictPrev
	fDictNext
	fDictLex
	fFreq
	fFreqPrev
	fFreqNext
	fCuePrev
	fCueNext
	fPass1
	fPass1Nb
	fCoord
)

// featureVersion names the feature set; a model records it and Load refuses
// a model built with another.
const featureVersion = 6

// Shapes of a token.
const (
	shapeArabic byte = iota + 1
	shapeLatin
	shapeLatinCap
	shapeDigit
	shapePunct
	shapeMixed
)

// tok is one token prepared for feature extraction.
type tok struct {
	word   string // as given
	norm   string // arabic.Match
	stem   string // arabic.Stem(norm)
	bare   string // norm without proclitics
	clitic string // the proclitics removed from norm to give bare
	shape  byte
	length byte // length bucket in runes: 1, 2, 3, 4-5, 6-8, 9+
	trig   byte // trigger type of the one-word trigger bare is, or 0
	name   byte // name classes (see nameList), or 0
	al     bool // bare came from a word with the article
	dict   byte // dictionary classes (see wordDict.code), when used
	freq   byte // frequency class of stem in the training data, when used
	cue    byte // cue class (see cueOf), or 0
}

// prepare fills t for word.
func prepare(t *tok, word string) {
	t.word = word
	t.norm = arabic.Normalize(arabic.Match, word)
	t.stem = arabic.Stem(t.norm)
	t.bare, t.clitic, t.al = stripClitics(t.norm)
	t.shape, t.length = shapeOf(t.norm)
	t.trig = triggers.one[t.bare]
	t.name = 0 // set by sentence.reset, which knows which lists to read
	t.dict, t.freq = 0, 0
	t.cue = cueOf(t)
}

// cliticPrefixes are the proclitic combinations removed to give a token's
// bare form, longest first, in Match form: a conjunction (و ف), then a
// preposition (ب ل ك), then the article (ال), with لل for ل + ال.
var cliticPrefixes = []struct {
	s  string
	al bool
}{
	{"وبال", true}, {"وكال", true}, {"فبال", true}, {"فكال", true}, {"وفال", true},
	{"ولل", true}, {"فلل", true}, {"وال", true}, {"فال", true}, {"بال", true}, {"كال", true},
	{"لل", true}, {"ال", true},
	{"وب", false}, {"ول", false}, {"وك", false}, {"فب", false}, {"فل", false},
	{"و", false}, {"ف", false}, {"ب", false}, {"ل", false}, {"ك", false},
}

// stripClitics removes the longest proclitic combination from norm that
// leaves at least two letters (three without the article). al reports
// whether the article was among them.
func stripClitics(norm string) (bare, clitic string, al bool) {
	n := utf8.RuneCountInString(norm)
	for _, p := range cliticPrefixes {
		if !strings.HasPrefix(norm, p.s) {
			continue
		}
		rest := n - utf8.RuneCountInString(p.s)
		if rest < 2 || !p.al && rest < 3 {
			continue
		}
		return norm[len(p.s):], p.s, p.al
	}
	return norm, "", false
}

// shapeOf returns the shape and length bucket of a normalized token.
func shapeOf(s string) (shape, length byte) {
	var ar, lat, up, dig, other, n int
	for _, r := range s {
		n++
		switch {
		case r >= 0x0600 && r <= 0x06FF || r >= 0x0750 && r <= 0x077F:
			if unicode.IsLetter(r) {
				ar++
			} else {
				other++
			}
		case r < 0x80 && (r|0x20 >= 'a' && r|0x20 <= 'z'):
			lat++
			if r <= 'Z' {
				up++
			}
		case unicode.IsDigit(r):
			dig++
		case unicode.IsLetter(r):
			lat++
		default:
			other++
		}
	}
	switch {
	case n == 0:
		shape = shapePunct
	case ar == n:
		shape = shapeArabic
	case dig == n:
		shape = shapeDigit
	case lat == n && up > 0:
		shape = shapeLatinCap
	case lat == n:
		shape = shapeLatin
	case other == n:
		shape = shapePunct
	default:
		shape = shapeMixed
	}
	switch {
	case n <= 3:
		length = byte(n)
	case n <= 5:
		length = 4
	case n <= 8:
		length = 5
	default:
		length = 6
	}
	return shape, length
}

// affix returns the first (or last) k runes of s, or "" when s is shorter.
func prefixRunes(s string, k int) string {
	i := 0
	for j := 0; j < k; j++ {
		if i >= len(s) {
			return ""
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	return s[:i]
}

func suffixRunes(s string, k int) string {
	i := len(s)
	for j := 0; j < k; j++ {
		if i <= 0 {
			return ""
		}
		_, n := utf8.DecodeLastRuneInString(s[:i])
		i -= n
	}
	return s[i:]
}

// sentence is a sentence prepared for feature extraction.
type sentence struct {
	toks  []tok
	norms []string // for Lexicon.Match
	// trig2[i] is the type of a two-word trigger ending at token i.
	trig2 []byte
	// lex[i] is the train-lexicon code of token i (see trainLex).
	lex []byte
	// media[i] is the outlet code of token i (see mediaList.codes).
	media []byte
	// ctx[i] is the document-context code of token i (see contextCodes),
	// or nil in the first pass.
	ctx []byte
	// row holds the first-pass tag rows, or nil in the first pass.
	row []uint8
	// lexH holds the Lexicon feature hashes of all tokens, token i's from
	// lexEnd[i-1] (0 for i == 0) to lexEnd[i].
	lexH   []uint64
	lexEnd []int32
	// dict says whether the dictionary features are on (toks[i].dict).
	dict bool
	// freq says whether the stem frequency features are on (toks[i].freq).
	freq bool
	// training says that the sentence is training data: its name classes
	// come from names.txt alone, not names-extra.txt.
	training bool
	// quote[i] says whether token i is within a short quotation («…»):
	// 0 no, else 4×position (1 first, 2 later) + length (up to 3).
	quote []byte
}

func (s *sentence) reset(words []string, tl *trainLex, lex Lexicon, d *wordDict) {
	n := len(words)
	if cap(s.toks) < n {
		s.toks = make([]tok, n)
		s.norms = make([]string, n)
		s.trig2 = make([]byte, n)
		s.lex = make([]byte, n)
		s.media = make([]byte, n)
	}
	s.toks, s.norms, s.trig2, s.lex, s.media = s.toks[:n], s.norms[:n], s.trig2[:n], s.lex[:n], s.media[:n]
	for i, w := range words {
		prepare(&s.toks[i], w)
		if s.training {
			s.toks[i].name = names.code(&s.toks[i])
		} else {
			s.toks[i].name = taggedCode(&s.toks[i])
		}
		s.norms[i] = s.toks[i].norm
		if d != nil {
			s.toks[i].dict = d.code(&s.toks[i])
		}
	}
	s.dict = d != nil
	s.freq = tl != nil && tl.freq != nil
	for i := range s.toks {
		s.trig2[i] = 0
		if i > 0 {
			s.trig2[i] = triggers.two[[2]string{s.toks[i-1].bare, s.toks[i].bare}]
		}
		s.lex[i] = 0
		if tl != nil {
			s.lex[i] = tl.code(&s.toks[i])
			s.toks[i].freq = tl.freqOf(&s.toks[i])
		}
	}
	media.codes(s, s.media)
	s.ctx, s.row = nil, nil
	s.lexicon(lex)
	s.quotes()
}

// maxQuote is the longest quotation, in tokens, that quotes marks.
const maxQuote = 6

// quoteEnd returns the index of the mark that closes a short quotation
// opened by token i of n (word gives the tokens): one of «…», “…”, "…"
// with 1 to maxQuote tokens inside; -1 when token i opens none.
func quoteEnd(word func(int) string, n, i int) int {
	var end string
	switch word(i) {
	case "«":
		end = "»"
	case "“":
		end = "”"
	case "\"":
		end = "\""
	default:
		return -1
	}
	for j := i + 2; j < n && j <= i+1+maxQuote; j++ {
		if word(j) == end {
			return j
		}
	}
	return -1
}

// quotes fills s.quote.
func (s *sentence) quotes() {
	n := len(s.toks)
	if cap(s.quote) < n {
		s.quote = make([]byte, n)
	}
	s.quote = s.quote[:n]
	clear(s.quote)
	word := func(i int) string { return s.toks[i].word }
	for i := 0; i < n; i++ {
		j := quoteEnd(word, n, i)
		if j < 0 {
			continue
		}
		l := byte(min(j-i-1, 3))
		s.quote[i+1] = 4 + l
		for k := i + 2; k < j; k++ {
			s.quote[k] = 8 + l
		}
		i = j
	}
}

// lexicon fills lexH and lexEnd with the features of the names lex finds:
// for each name (longest first, left to right), tag/B and the length on its
// first token and tag/I on the others.
func (s *sentence) lexicon(lex Lexicon) {
	n := len(s.toks)
	s.lexH = s.lexH[:0]
	if cap(s.lexEnd) < n {
		s.lexEnd = make([]int32, n)
	}
	s.lexEnd = s.lexEnd[:n]
	if lex == nil {
		clear(s.lexEnd)
		return
	}
	for i := 0; i < n; {
		tags, m := lex.Match(s.norms, i)
		if m <= 0 || len(tags) == 0 {
			s.lexEnd[i] = int32(len(s.lexH))
			i++
			continue
		}
		m = min(m, n-i)
		for k := 0; k < m; k++ {
			for _, tag := range tags {
				h := hashStr(hashStart(fLexicon), tag)
				if k == 0 {
					s.lexH = append(s.lexH, hashByte(h, 'B'), hashByte(hashStr(hashStart(fLexiconLen), tag), byte(min(m, 4))))
				} else {
					s.lexH = append(s.lexH, hashByte(h, 'I'))
				}
			}
			s.lexEnd[i+k] = int32(len(s.lexH))
		}
		if m == 1 && i+1 < n {
			// A one-word name: also mark the next word as following one.
			for _, tag := range tags {
				s.lexH = append(s.lexH, hashStr(hashStart(fLexiconIn), tag))
			}
		}
		i += m
	}
}

func (s *sentence) ctxAt(i int) byte {
	if i < 0 || i >= len(s.ctx) {
		return 0xff
	}
	return s.ctx[i]
}

// rowAt returns the first-pass row of token i, or 0xff outside the
// sentence.
func (s *sentence) rowAt(i int) byte {
	if i < 0 || i >= len(s.row) {
		return 0xff
	}
	return s.row[i]
}

var padding = tok{word: "<s>", norm: "<s>", stem: "<s>", bare: "<s>", shape: shapePunct}

func (s *sentence) at(i int) *tok {
	if i < 0 || i >= len(s.toks) {
		return &padding
	}
	return &s.toks[i]
}

func (s *sentence) lexAt(i int) byte {
	if i < 0 || i >= len(s.lex) {
		return 0xff
	}
	return s.lex[i]
}

// features appends the feature hashes of token i to dst.
func (s *sentence) features(dst []uint64, i int) []uint64 {
	t := &s.toks[i]
	p1, p2, n1, n2 := s.at(i-1), s.at(i-2), s.at(i+1), s.at(i+2)
	dst = append(dst,
		hashStart(fBias),
		hashStr(hashStart(fWord), t.word),
		hashStr(hashStart(fNorm), t.norm),
		hashStr(hashStart(fStem), t.stem),
		hashStr(hashStart(fBare), t.bare),
		hashByte(hashByte(hashStart(fShape), t.shape), t.length),
		hashStr(hashStart(fNormPrev1), p1.norm),
		hashStr(hashStart(fNormPrev2), p2.norm),
		hashStr(hashStart(fNormNext1), n1.norm),
		hashStr(hashStart(fNormNext2), n2.norm),
		hashStr(hashStart(fStemPrev1), p1.stem),
		hashStr(hashStart(fStemPrev2), p2.stem),
		hashStr(hashStart(fStemNext1), n1.stem),
		hashStr(hashStart(fStemNext2), n2.stem),
		hashStr(hashStart(fBarePrev1), p1.bare),
		hashStr(hashStart(fBareNext1), n1.bare),
		hashStr(hashStr(hashStart(fBigramPrev), p1.norm), t.norm),
		hashStr(hashStr(hashStart(fBigramNext), t.norm), n1.norm),
		hashStr(hashStr(hashStart(fBigramPrev2), p2.norm), p1.norm),
		hashStr(hashStr(hashStart(fBigramNext2), n1.norm), n2.norm),
		hashByte(hashByte(hashByte(hashStart(fShapeWindow), p1.shape), t.shape), n1.shape),
		hashStr(hashStart(fClitic), t.clitic),
	)
	for k := 1; k <= 3; k++ {
		if p := prefixRunes(t.norm, k); p != "" {
			dst = append(dst, hashStr(hashByte(hashStart(fPrefix), byte(k)), p))
		}
		if p := suffixRunes(t.norm, k); p != "" {
			dst = append(dst, hashStr(hashByte(hashStart(fSuffix), byte(k)), p))
		}
	}
	for k := 2; k <= 3; k++ {
		if p := suffixRunes(t.bare, k); p != "" && len(t.bare) > len(p) {
			dst = append(dst, hashStr(hashByte(hashStart(fBareSuffix), byte(k)), p))
		}
		if p := prefixRunes(t.stem, k); p != "" {
			dst = append(dst, hashStr(hashByte(hashStart(fStemPrefix), byte(k)), p))
		}
	}
	if t.al {
		dst = append(dst, hashStart(fArticle))
	}
	if i == 0 {
		dst = append(dst, hashStart(fFirst))
	}
	// Triggers: a one-word trigger just before, a two-word one ending just
	// before, or a trigger two words back (الرئيس الأمريكي باراك).
	if p1.trig != 0 {
		dst = append(dst, hashByte(hashStart(fTriggerPrev1), p1.trig))
		dst = append(dst, hashStr(hashStart(fTriggerPrev1Word), p1.bare))
	}
	if i > 0 && s.trig2[i-1] != 0 {
		dst = append(dst, hashByte(hashByte(hashStart(fTriggerPrev1), s.trig2[i-1]), 2))
	}
	if p2.trig != 0 {
		dst = append(dst, hashByte(hashStart(fTriggerPrev2), p2.trig))
	}
	if t.trig != 0 {
		dst = append(dst, hashByte(hashStart(fTrigger), t.trig))
	}
	if c := s.lex[i]; c != 0 {
		dst = append(dst, hashByte(hashStart(fTrainLex), c))
		dst = append(dst, hashByte(hashByte(hashStart(fTrainLexPrev), c), s.lexAt(i-1)))
		dst = append(dst, hashByte(hashByte(hashStart(fTrainLexNext), c), s.lexAt(i+1)))
	}
	if s.ctx != nil {
		c := s.ctx[i]
		dst = append(dst,
			hashByte(hashStart(fCtx), c),
			hashByte(hashByte(hashStart(fCtxPrev), c), s.ctxAt(i-1)),
			hashByte(hashByte(hashStart(fCtxNext), c), s.ctxAt(i+1)),
			hashByte(hashByte(hashStart(fCtxShape), c), t.shape),
		)
	}
	// Cue classes of the words around (see cueOf): a reporting verb or a
	// preposition before, a nisba adjective after.
	if p1.cue != 0 || p2.cue != 0 {
		dst = append(dst, hashByte(hashByte(hashStart(fCuePrev), p1.cue), p2.cue))
	}
	if n1.cue != 0 || n2.cue != 0 {
		dst = append(dst, hashByte(hashByte(hashStart(fCueNext), n1.cue), n2.cue))
	}
	if s.row != nil {
		// Second pass: the first pass's tag of the word and of its
		// neighbours, and in "X و Y" or "X وY" the type the first pass
		// gave X (coordinated names tend to share a type).
		r := s.row[i]
		dst = append(dst,
			hashByte(hashStart(fPass1), r),
			hashByte(hashByte(hashByte(hashStart(fPass1Nb), s.rowAt(i-1)), r), s.rowAt(i+1)),
		)
		x := uint8(0xff)
		switch {
		case p1.cue == cueConj && i >= 2:
			x = s.row[i-2]
		case strings.HasPrefix(t.clitic, "و") && i >= 1:
			x = s.row[i-1]
		}
		if x != 0xff {
			dst = append(dst, hashByte(hashByte(hashStart(fCoord), (x+1)/2), t.shape))
		}
	}
	if m := s.media[i]; m != 0 {
		dst = append(dst, hashByte(hashStart(fMedia), m))
	}
	lo := int32(0)
	if i > 0 {
		lo = s.lexEnd[i-1]
	}
	dst = append(dst, s.lexH[lo:s.lexEnd[i]]...)
	if q := s.quote[i]; q != 0 {
		dst = append(dst, hashByte(hashStart(fQuote), q))
	}
	if t.name != 0 || p1.name != 0 || n1.name != 0 {
		dst = append(dst,
			hashByte(hashStart(fName), t.name),
			hashByte(hashByte(hashStart(fNamePrev), p1.name), t.name),
			hashByte(hashByte(hashStart(fNameNext), t.name), n1.name),
		)
	}
	if s.dict {
		dst = append(dst,
			hashByte(hashByte(hashByte(hashStart(fDict), t.dict), t.shape), t.length),
			hashByte(hashByte(hashStart(fDictPrev), p1.dict), t.dict),
			hashByte(hashByte(hashStart(fDictNext), t.dict), n1.dict),
			hashByte(hashByte(hashStart(fDictLex), t.dict), s.lex[i]),
		)
	}
	if s.freq {
		dst = append(dst,
			hashByte(hashByte(hashByte(hashStart(fFreq), t.freq), t.dict), t.shape),
			hashByte(hashByte(hashStart(fFreqPrev), p1.freq), t.freq),
			hashByte(hashByte(hashStart(fFreqNext), t.freq), n1.freq),
		)
	}
	return dst
}

// triggerTable holds the trigger words of triggers.txt by their bare form.
type triggerTable struct {
	one map[string]byte
	two map[[2]string]byte
}

//go:embed triggers.txt
var triggersTxt string

var triggers = loadTriggers(triggersTxt)

func loadTriggers(txt string) triggerTable {
	tt := triggerTable{one: map[string]byte{}, two: map[[2]string]byte{}}
	for line := range strings.Lines(txt) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		words, typ, _ := strings.Cut(line, "\t")
		var code byte
		switch strings.TrimSpace(typ) {
		case "PER":
			code = 1
		case "ORG":
			code = 2
		default:
			code = 3
		}
		f := strings.Fields(words)
		var bare []string
		for _, w := range f {
			b, _, _ := stripClitics(arabic.Normalize(arabic.Match, w))
			bare = append(bare, b)
		}
		switch len(bare) {
		case 1:
			tt.one[bare[0]] = code
		case 2:
			tt.two[[2]string{bare[0], bare[1]}] = code
		}
	}
	return tt
}
