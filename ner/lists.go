package ner

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/isnad-news/isnad/arabic"
)

// Lexicon is an outside list of names, such as a gazetteer, whose membership
// becomes a feature of the model. A model trained with a Lexicon records its
// Name; the tagger uses the lexicon only when given one with the same Name.
//
// Implementations must be safe for concurrent use and must not keep norms.
type Lexicon interface {
	// Name names the lexicon and its version ("gazetteer/2025-01"). Models
	// trained with another version ignore it.
	Name() string
	// Match returns the name that starts at token i of norms (tokens
	// normalized with arabic.Match; the first may carry proclitics), as
	// feature tags that say its type ("gaz:PLACE") and the number n of
	// tokens it covers, or nil and 0. The tagger tries the tokens left to
	// right and continues after each name it finds.
	Match(norms []string, i int) (tags []string, n int)
}

// trainLex is a list of word forms (bare forms: Match-normalized, proclitics
// removed) that were often part of a named entity in the training data, with
// a code saying the type and how often. It is built from the training data
// only; while training, each sentence sees a list built without its own part
// of the data (see Train), so the model learns how far to trust it. With
// TrainOptions.StemFreq it also holds how often each light stem occurred
// (freq), so that the model learns what an unseen word looks like.
type trainLex struct {
	codes map[string]byte
	freq  map[string]byte // stem → frequency class (see freqClass), or nil
}

// Entity types in the order of their codes in trainLex and tag rows.
var bioTypes = [...]string{"PERS", "LOC", "ORG", "MISC"}

func (tl *trainLex) code(t *tok) byte {
	if tl == nil {
		return 0
	}
	return tl.codes[t.bare]
}

// freqOf returns the frequency class of t's stem: 0 when it did not occur
// (or there are no frequencies), else freqClass of its count.
func (tl *trainLex) freqOf(t *tok) byte {
	if tl == nil || tl.freq == nil {
		return 0
	}
	return tl.freq[t.stem]
}

// freqClass buckets a count: 1 once, 2 twice to four times, 3 up to 19
// times, 4 more often.
func freqClass(n int32) byte {
	switch {
	case n <= 0:
		return 0
	case n == 1:
		return 1
	case n < 5:
		return 2
	case n < 20:
		return 3
	}
	return 4
}

// lexCounts counts, per bare form, how often it was tagged with each type
// or O, and per light stem how often it occurred.
type lexCounts struct {
	forms map[string]*[len(bioTypes) + 1]int32
	stems map[string]int32
}

func newLexCounts() lexCounts {
	return lexCounts{forms: map[string]*[len(bioTypes) + 1]int32{}, stems: map[string]int32{}}
}

func (lc lexCounts) add(s *Sentence) {
	for i, w := range s.Words {
		norm := arabic.Normalize(arabic.Match, w)
		b, _, _ := stripClitics(norm)
		c := lc.forms[b]
		if c == nil {
			c = new([len(bioTypes) + 1]int32)
			lc.forms[b] = c
		}
		c[typeIndex(s.Tags[i])+1]++
		lc.stems[arabic.Stem(norm)]++
	}
}

// build returns the list: a form is on it when it was part of an entity at
// least twice and at least a third of the time. Its code is
// 1 + 2×type + (1 when at least 80 % of its uses were that type). With
// freq, the list also holds the stems' frequency classes.
func (lc lexCounts) build(freq bool) *trainLex {
	tl := &trainLex{codes: map[string]byte{}}
	for w, c := range lc.forms {
		best, total := 1, int32(0)
		for k := 0; k < len(c); k++ {
			total += c[k]
			if k > 0 && c[k] > c[best] {
				best = k
			}
		}
		if c[best] < 2 || 3*c[best] < total {
			continue
		}
		code := byte(1 + 2*(best-1))
		if 5*c[best] >= 4*total {
			code++
		}
		tl.codes[w] = code
	}
	if freq {
		tl.freq = make(map[string]byte, len(lc.stems))
		for st, n := range lc.stems {
			tl.freq[st] = freqClass(n)
		}
	}
	return tl
}

// typeIndex returns the index in bioTypes of a BIO tag's type, or -1 for O
// and unknown types.
func typeIndex(tag string) int {
	if len(tag) < 3 || tag[1] != '-' {
		return -1
	}
	for i, t := range bioTypes {
		if tag[2:] == t {
			return i
		}
	}
	return -1
}

//go:embed media.txt
var mediaTxt string

// mediaList holds the outlet names of media.txt.
type mediaList struct {
	// names by the bare form of their first token.
	names map[string][]mediaName
	cues  map[string]bool
}

type mediaName struct {
	rest []string // Match forms of the tokens after the first
	cue  bool     // needs an outlet word before it
}

// mediaCues are the outlet words that make an ambiguous name an outlet.
var mediaCues = []string{"قناة", "صحيفة", "جريدة", "وكالة", "موقع", "مجلة", "إذاعة", "تلفزيون", "شبكة", "وكالات", "صحف"}

var media = loadMedia(mediaTxt)

func loadMedia(txt string) *mediaList {
	ml := &mediaList{names: map[string][]mediaName{}, cues: map[string]bool{}}
	for _, c := range mediaCues {
		ml.cues[arabic.Normalize(arabic.Match, c)] = true
	}
	for line := range strings.Lines(txt) {
		line = strings.TrimRight(line, "\r\n ")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, flag, _ := strings.Cut(line, "\t")
		f := strings.Fields(name)
		if len(f) == 0 {
			continue
		}
		for i := range f {
			f[i] = arabic.Normalize(arabic.Match, f[i])
		}
		first, _, _ := stripClitics(f[0])
		ml.names[first] = append(ml.names[first], mediaName{rest: f[1:], cue: flag == "cue"})
	}
	return ml
}

// match returns the number of tokens of the longest outlet name starting at
// token i of s (0 for none) and whether it needs a cue that is missing.
func (ml *mediaList) match(s *sentence, i int) (n int, weak bool) {
	t := &s.toks[i]
	cands := ml.names[t.bare]
	if len(cands) == 0 && t.bare != t.norm {
		cands = ml.names[t.norm]
	}
	for _, c := range cands {
		if i+1+len(c.rest) > len(s.toks) {
			continue
		}
		ok := true
		for k, w := range c.rest {
			if s.toks[i+1+k].norm != w {
				ok = false
				break
			}
		}
		if !ok || 1+len(c.rest) <= n {
			continue
		}
		n = 1 + len(c.rest)
		weak = c.cue && !(i > 0 && ml.cues[s.toks[i-1].bare])
	}
	return n, weak
}

// codes fills dst[i] with the outlet code of each token: 1 first token of a
// name, 2 a later one; 3 and 4 the same for a name that lacks its cue.
func (ml *mediaList) codes(s *sentence, dst []byte) {
	clear(dst)
	for i := 0; i < len(s.toks); i++ {
		n, weak := ml.match(s, i)
		if n == 0 {
			continue
		}
		var add byte
		if weak {
			add = 2
		}
		dst[i] = 1 + add
		for k := 1; k < n; k++ {
			dst[i+k] = 2 + add
		}
		i += n - 1
	}
}

//go:embed names.txt
var namesTxt string

//go:embed names-extra.txt
var namesExtraTxt string

// Name classes of names.txt, as bits of a nameList code.
const (
	nameGiven    byte = 1 << iota // Arabic given name
	nameFamily                    // Arabic family name
	nameFGiven                    // foreign given name
	nameFSurname                  // foreign surname
	nameParticle                  // بن، أبو، عبد …
	nameCompany                   // a word of a company's name
	nameClub                      // a word of a sports club's name
)

var nameClasses = map[string]byte{
	"given": nameGiven, "family": nameFamily, "fgiven": nameFGiven,
	"fsurname": nameFSurname, "particle": nameParticle,
	"company": nameCompany, "club": nameClub,
}

// nameList maps the Match form of a name word to its classes.
type nameList map[string]byte

// names holds the words of names.txt, which the model is trained with;
// namesExtra those of names-extra.txt, which only tagging consults (see
// names-extra.txt for why).
var (
	names      = loadNames(namesTxt)
	namesExtra = loadNames(namesExtraTxt)
)

// taggedCode returns the name classes of a token when tagging: those of
// names.txt and of names-extra.txt, where a given name counts only on a
// word without the article (الفلاح is no given name, فلاح may be).
func taggedCode(t *tok) byte {
	c := names.code(t)
	e, ok := namesExtra[t.norm]
	if !ok {
		e = namesExtra[t.bare]
		if t.al {
			e &^= nameGiven | nameFGiven
		}
	}
	return c | e
}

func loadNames(txt string) nameList {
	nl := nameList{}
	var class byte
	for line := range strings.Lines(txt) {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "["):
			class = nameClasses[strings.Trim(line, "[]")]
		default:
			nl[arabic.Normalize(arabic.Match, line)] |= class
		}
	}
	return nl
}

// code returns the classes of a token: of its Match form, or else of its
// form without proclitics.
func (nl nameList) code(t *tok) byte {
	if c, ok := nl[t.norm]; ok {
		return c
	}
	return nl[t.bare]
}

// listsVersion identifies the built-in lists (names-extra.txt and
// dict.txt.gz included) by their sizes and a hash of their text, so that a
// model records which lists it learned from and a test can tell when they
// changed without the model being retrained.
func listsVersion() string {
	h := uint64(fnvOffset)
	for _, txt := range []string{namesTxt, namesExtraTxt, triggersTxt, mediaTxt, string(dictGz)} {
		h = hashStr(h, txt)
	}
	return fmt.Sprintf("names %d (%d more when tagging), triggers %d, media %d words, dict %d bytes; %016x", len(names), len(namesExtra), len(triggers.one)+len(triggers.two), len(media.names), len(dictGz), h)
}
