package quantity

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/isnad-news/isnad/arabic"
	"github.com/isnad-news/isnad/numeral"
)

// lexiconTSV is the table of counted things; see the header of lexicon.tsv
// for its columns and provenance.
//
//go:embed lexicon.tsv
var lexiconTSV string

// entry is one counted thing of the lexicon.
type entry struct {
	lemma, category, group, unit string
}

// lexicon maps the Match-normalized forms of counted things to their entry.
type lexicon struct {
	// forms holds singular, plural and synonym forms; a two-word form is
	// stored with one space between the words.
	forms map[string]*entry
	// duals holds the dual forms, which count two on their own.
	duals map[string]*entry
	// firstWords holds the first word of every two-word form.
	firstWords map[string]bool
}

// lex is the lexicon built from lexicon.tsv. The file is part of the
// package and checked by TestLexicon, so a broken file is a programming
// error and panics when the package loads.
var lex = mustLexicon(lexiconTSV)

func mustLexicon(src string) *lexicon {
	l, err := parseLexicon(src)
	if err != nil {
		panic("quantity: lexicon.tsv: " + err.Error())
	}
	return l
}

// parseLexicon reads the lexicon table. It reports a line that does not
// have six columns, an empty lemma or form, or a form given to two lemmas.
func parseLexicon(src string) (*lexicon, error) {
	l := &lexicon{forms: map[string]*entry{}, duals: map[string]*entry{}, firstWords: map[string]bool{}}
	for n, line := range strings.Split(src, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 6 {
			return nil, fmt.Errorf("line %d: %d columns, want 6", n+1, len(cols))
		}
		for i, c := range cols {
			if c == "" {
				return nil, fmt.Errorf("line %d: column %d is empty (write - for none)", n+1, i+1)
			}
		}
		e := &entry{lemma: cols[0], category: cols[1], group: cols[2], unit: cols[3]}
		if e.unit == "-" {
			e.unit = ""
		}
		add := func(m map[string]*entry, form string) error {
			f := arabic.Normalize(arabic.Match, strings.TrimSpace(form))
			if f == "" {
				return fmt.Errorf("line %d: empty form", n+1)
			}
			if strings.Count(f, " ") > 1 {
				return fmt.Errorf("line %d: form %q has more than two words", n+1, form)
			}
			if old, ok := l.forms[f]; ok && old.lemma != e.lemma {
				return fmt.Errorf("line %d: form %q is already a form of %q", n+1, form, old.lemma)
			}
			if old, ok := l.duals[f]; ok && old.lemma != e.lemma {
				return fmt.Errorf("line %d: form %q is already a dual of %q", n+1, form, old.lemma)
			}
			m[f] = e
			if first, _, ok := strings.Cut(f, " "); ok {
				l.firstWords[first] = true
			}
			return nil
		}
		for _, f := range strings.Split(cols[4], ",") {
			if err := add(l.forms, f); err != nil {
				return nil, err
			}
		}
		if cols[5] != "-" {
			for _, f := range strings.Split(cols[5], ",") {
				if err := add(l.duals, f); err != nil {
					return nil, err
				}
			}
		}
	}
	return l, nil
}

// Clitics and suffixes, Match-normalized.
var (
	// conjunctions are the proclitics written before the others.
	conjunctions = []string{"و", "ف"}
	// prepositions are the one-letter prepositions written after a
	// conjunction and before the article.
	prepositions = []string{"ب", "ل", "ك"}
	// pronounSuffixes are the possessive pronouns a plural can carry:
	// "مقاتليه", "عائلاتهم".
	pronounSuffixes = []string{"هما", "هم", "هن", "ها", "كم", "نا", "ه"}
)

// bareForms returns w and the forms of w without its proclitics, the
// least stripped first: "وللمدنيين" gives "وللمدنيين", "للمدنيين",
// "المدنيين"… "مدنيين". Every form keeps at least two letters.
func bareForms(w string) []string {
	out := make([]string, 0, 6)
	add := func(s string) {
		if len([]rune(s)) >= 2 {
			out = append(out, s)
		}
	}
	add(w)
	ws := []string{w}
	if s, ok := cutFirst(w, conjunctions); ok {
		add(s)
		ws = append(ws, s)
	}
	for _, s := range ws {
		if t, ok := strings.CutPrefix(s, "لل"); ok { // ل + ال
			add(t)
			continue
		}
		var bs []string // appended to, not built as a literal: it stays off the heap
		bs = append(bs, s)
		if t, ok := cutFirst(s, prepositions); ok {
			add(t)
			bs = append(bs, t)
		}
		for _, b := range bs {
			if t, ok := strings.CutPrefix(b, "ال"); ok {
				add(t)
			}
		}
	}
	return out
}

// cutFirst returns s without the first of prefixes it starts with, and
// whether it started with one.
func cutFirst(s string, prefixes []string) (string, bool) {
	for _, p := range prefixes {
		if t, ok := strings.CutPrefix(s, p); ok {
			return t, true
		}
	}
	return s, false
}

// lookup returns the entry of a counted noun written as the token w
// (Match-normalized, clitics and suffixes still on), and whether w is a
// dual. It tries the bare forms of w, then each without a pronoun suffix,
// the accusative alif, or a sound plural ending (-ين, -ون, -ات) when the
// lexicon lists the stem.
func (l *lexicon) lookup(w string) (e *entry, dual bool) {
	for _, b := range bareForms(w) {
		if e, ok := l.forms[b]; ok {
			return e, false
		}
		if e, ok := l.duals[b]; ok {
			return e, true
		}
	}
	for _, b := range bareForms(w) {
		if e := l.stem(b); e != nil {
			return e, false
		}
	}
	return nil, false
}

// stem looks up b without its suffixes.
func (l *lexicon) stem(b string) *entry {
	try := func(s string) *entry {
		if len([]rune(s)) < 2 {
			return nil
		}
		if e, ok := l.forms[s]; ok {
			return e
		}
		// teh marbuta before a suffix is written ت: "عائلته".
		if t, ok := strings.CutSuffix(s, "ت"); ok {
			if e, ok := l.forms[t+"ه"]; ok {
				return e
			}
		}
		return nil
	}
	plural := func(s string) *entry {
		if e := try(s); e != nil {
			return e
		}
		for _, suf := range []string{"ين", "ون"} {
			if t, ok := strings.CutSuffix(s, suf); ok {
				if e := try(t); e != nil {
					return e
				}
			}
		}
		if t, ok := strings.CutSuffix(s, "ات"); ok {
			if e := try(t + "ه"); e != nil {
				return e
			}
			if e := try(t); e != nil {
				return e
			}
		}
		return nil
	}
	if t, ok := strings.CutSuffix(b, "ا"); ok { // accusative: "عنصرا"
		if e := plural(t); e != nil {
			return e
		}
	}
	for _, suf := range pronounSuffixes {
		if t, ok := strings.CutSuffix(b, suf); ok {
			if e := plural(t); e != nil {
				return e
			}
		}
	}
	return plural(b)
}

// pair returns the entry of a two-word form written as the tokens w1 w2
// ("كيلومترا مربعا"), or nil.
func (l *lexicon) pair(w1, w2 string) *entry {
	for _, a := range bareForms(w1) {
		for _, c := range []string{a, strings.TrimSuffix(a, "ا")} {
			if !l.firstWords[c] {
				continue
			}
			for _, b := range []string{w2, strings.TrimSuffix(w2, "ا"), strings.TrimPrefix(w2, "ال")} {
				if e, ok := l.forms[c+" "+b]; ok {
					return e
				}
			}
		}
	}
	return nil
}

// dual returns the entry of w read as a dual noun that is not in the
// lexicon's duals column, using numeral.DualStems. A word ending in -ين is
// not read as a dual when the lexicon lists the sound plural of its stem,
// since "مقاتلين" is "fighters" far more often than "two fighters".
func (l *lexicon) dual(w string) *entry {
	for _, b := range bareForms(w) {
		if e := l.dualOf(b); e != nil {
			return e
		}
	}
	return nil
}

// dualOf is dual for a word without proclitics.
func (l *lexicon) dualOf(b string) *entry {
	if !strings.HasSuffix(b, "ين") && !strings.HasSuffix(b, "ان") {
		return nil
	}
	if _, ok := l.forms[b]; ok {
		return nil
	}
	for _, s := range numeral.DualStems(b) {
		s = arabic.Normalize(arabic.Match, s)
		e, ok := l.forms[s]
		if !ok || !strings.HasPrefix(b, strings.TrimSuffix(s, "ه")) || utf8.RuneCountInString(s) < 3 {
			// DualStems removes proclitics itself; the caller did that.
			// Two-letter stems are abbreviations: "الكمين" is no "كم".
			continue
		}
		if strings.HasSuffix(b, "ين") {
			if _, plural := l.forms[s+"ون"]; plural {
				continue
			}
		}
		return e
	}
	return nil
}
