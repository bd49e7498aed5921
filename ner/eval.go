package ner

import (
	"fmt"
	"io"
)

// Count holds the exact-match counts of one entity type.
type Count struct {
	// TP counts predicted entities with the gold start, end and type; FP
	// the other predicted ones; FN the gold entities not predicted.
	TP, FP, FN int
}

// Precision returns TP/(TP+FP), or 0.
func (c Count) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall returns TP/(TP+FN), or 0.
func (c Count) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 returns the harmonic mean of precision and recall, or 0.
func (c Count) F1() float64 { return ratio(2*c.TP, 2*c.TP+c.FP+c.FN) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Scores are conlleval-style exact span scores: per ANERcorp type (PERS,
// LOC, ORG, MISC) and over all of them (Micro).
type Scores struct {
	ByType map[string]Count
	Micro  Count
}

// Score compares predicted BIO tags with gold ones, sentence by sentence,
// the way conlleval does: an I-X that does not continue an X entity starts
// one.
func Score(gold, pred [][]string) Scores {
	sc := Scores{ByType: map[string]Count{}}
	for _, t := range bioTypes {
		sc.ByType[t] = Count{}
	}
	for i := range gold {
		var p []string
		if i < len(pred) {
			p = pred[i]
		}
		g := bioSpans(gold[i])
		ps := bioSpans(p)
		inGold := map[bioSpan]bool{}
		for _, s := range g {
			inGold[s] = true
		}
		for _, s := range ps {
			c := sc.ByType[s.typ]
			if inGold[s] {
				c.TP++
				delete(inGold, s)
			} else {
				c.FP++
			}
			sc.ByType[s.typ] = c
		}
		for s := range inGold {
			c := sc.ByType[s.typ]
			c.FN++
			sc.ByType[s.typ] = c
		}
	}
	for _, c := range sc.ByType {
		sc.Micro.TP += c.TP
		sc.Micro.FP += c.FP
		sc.Micro.FN += c.FN
	}
	return sc
}

// Evaluate tags the sentences' words with t (together, in order, as
// TagSentences does) and scores the result against their tags.
func Evaluate(t *Tagger, sents []Sentence) Scores {
	gold := make([][]string, len(sents))
	words := make([][]string, len(sents))
	for i, s := range sents {
		gold[i], words[i] = s.Tags, s.Words
	}
	return Score(gold, t.TagSentences(words))
}

// WriteTable writes the scores as a table: one row per type, then micro.
func (s Scores) WriteTable(w io.Writer) {
	fmt.Fprintf(w, "%-6s %9s %9s %9s %6s %6s %6s\n", "type", "precision", "recall", "F1", "gold", "pred", "tp")
	row := func(name string, c Count) {
		fmt.Fprintf(w, "%-6s %9.4f %9.4f %9.4f %6d %6d %6d\n", name, c.Precision(), c.Recall(), c.F1(), c.TP+c.FN, c.TP+c.FP, c.TP)
	}
	for _, t := range bioTypes {
		row(t, s.ByType[t])
	}
	row("micro", s.Micro)
}

type bioSpan struct {
	typ        string
	start, end int
}

// bioSpans returns the entities of a BIO sequence.
func bioSpans(ts []string) []bioSpan {
	var out []bioSpan
	cur := -1
	typ := ""
	for i := 0; i <= len(ts); i++ {
		t := "O"
		if i < len(ts) {
			t = ts[i]
		}
		b, ty := "O", ""
		if len(t) > 2 && t[1] == '-' {
			b, ty = t[:1], t[2:]
		}
		cont := b == "I" && cur >= 0 && ty == typ
		if cur >= 0 && !cont {
			out = append(out, bioSpan{typ, cur, i})
			cur = -1
		}
		if (b == "B" || b == "I") && !cont {
			cur, typ = i, ty
		}
	}
	return out
}
