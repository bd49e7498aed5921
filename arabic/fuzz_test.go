package arabic

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// addSeeds adds the test sentences, the article and some awkward strings
// to a fuzz target's corpus (testdata/fuzz/<target> holds more, found by
// fuzzing).
func addSeeds(f *testing.F) {
	for _, s := range readSentences(f) {
		f.Add(s)
	}
	f.Add(readArticle(f))
	for _, s := range []string{
		"", " ", "\xff", "\xd8", "ا\u0654", "ـ\u0654", "\u0654", "ى\u0654ـ", "\uFDFA\u0654", "\uFE70",
		"1,", ",1", "١٬", "٫٢", "1,2,3.4.5", "g20x", "İ", "\u200D", "ب\u200D", "\u200Dب",
		"ﻵ", "لل", "ال", "وال", "وواشنطن", "قافلته",
	} {
		f.Add(s)
	}
}

var levels = []Level{Display, Match}

// runeStarts reports, for each offset 0 ≤ i ≤ len(s), whether a rune or an
// invalid byte of s starts there (or s ends there), decoding s as range does.
func runeStarts(s string) []bool {
	starts := make([]bool, len(s)+1)
	for i := range s {
		starts[i] = true
	}
	starts[len(s)] = true
	return starts
}

func FuzzNormalize(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		for _, l := range levels {
			out := Normalize(l, s)
			if !utf8.ValidString(out) {
				t.Fatalf("Normalize(%v, %+q) = %+q, not valid UTF-8", l, s, out)
			}
			if again := Normalize(l, out); again != out {
				t.Fatalf("Normalize(%v) not idempotent: %+q → %+q → %+q", l, s, out, again)
			}
		}
		// Display's steps are the first steps of Match.
		if a, b := Normalize(Match, Normalize(Display, s)), Normalize(Match, s); a != b {
			t.Fatalf("Match of Display of %+q = %+q, Match = %+q", s, a, b)
		}
	})
}

func FuzzNormalizeMap(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		for _, l := range levels {
			out, m := NormalizeMap(l, s)
			if want := Normalize(l, s); out != want {
				t.Fatalf("NormalizeMap(%v, %+q) = %+q, Normalize = %+q", l, s, out, want)
			}
			checkMap(t, s, out, m)
			// A rune of out starts where a rune (or an invalid byte) of
			// s starts.
			starts := runeStarts(s)
			for i := 0; i < len(out); {
				if o := m[i]; !starts[o] {
					t.Fatalf("NormalizeMap(%v, %+q): out[%d] maps to %d, inside a rune", l, s, i, o)
				}
				_, n := utf8.DecodeRuneInString(out[i:])
				i += n
			}
		}
	})
}

func FuzzTokenize(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokenize(s)
		checkTokens(t, s, toks)
		starts := runeStarts(s)
		for _, tk := range toks {
			if !starts[tk.Start] || !starts[tk.End] {
				t.Fatalf("Tokenize(%+q): token [%d,%d) does not start and end on rune boundaries", s, tk.Start, tk.End)
			}
			if !utf8.ValidString(tk.Norm) || !utf8.ValidString(tk.Stem) {
				t.Fatalf("Tokenize(%+q): token %+q/%+q not valid UTF-8", s, tk.Norm, tk.Stem)
			}
		}
	})
}

func FuzzStem(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		norm := Normalize(Match, s)
		st := Stem(norm)
		if !strings.Contains(norm, st) || (norm != "" && st == "") {
			t.Fatalf("Stem(%+q) = %+q, want a non-empty substring", norm, st)
		}
		if !utf8.ValidString(st) {
			t.Fatalf("Stem(%+q) = %+q, not valid UTF-8", norm, st)
		}
		// Stem takes any string, normalized or not, without panicking.
		Stem(s)
	})
}
