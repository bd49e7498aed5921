package ner

import "strings"

// Label consistency: after both passes, a name the tagger found in one
// sentence is tagged the same way where it recurs nearby but was missed or
// cut short. A news article names a person or a body in full several times;
// the model may find most occurrences and miss one whose context is poor.
// For every entity of two or more words, or of one word found at least
// twice, within consistencyWindow sentences, each exact repeat of its words
// whose tokens are O or entities lying wholly inside the repeat is retagged
// as that entity, with the type it was given most often (a one-word entity
// only fills in an O). Repeats that an entity crosses into are left alone,
// so a longer name is never split.
//
// On the dev split this adds 0.6 to 1.1 points of micro-F1 (seeds 1-3),
// almost all recall: see model/README.md.

// consistencyWindow is how many sentences before and after a sentence lend
// it their entities.
const consistencyWindow = 40

// StreamContext is how many sentences before and after a sentence its tags
// depend on: the document-context features of the second pass, then label
// consistency over the tags of the sentences around it. A stream tagged in
// pieces gets the same tags as tagged whole when each sentence is tagged in
// a piece that has this many of its neighbours on either side (or the ends
// of the stream).
const StreamContext = ContextSentences + consistencyWindow

// consistent applies label consistency to the tag rows of sents, in place.
func consistent(sents [][]string, rows [][]uint8) {
	type entity struct {
		key   string // the words joined by spaces
		words []string
	}
	// ents[j] are the entities of sentence j with their types.
	type found struct {
		entity
		typ uint8 // index in bioTypes
	}
	ents := make([][]found, len(sents))
	for j, row := range rows {
		for i := 0; i < len(row); i++ {
			if row[i] == 0 || row[i]%2 == 0 { // O or I-
				continue
			}
			b := row[i]
			k := i + 1
			for k < len(row) && row[k] == b+1 {
				k++
			}
			ws := sents[j][i:k]
			ents[j] = append(ents[j], found{entity{strings.Join(ws, " "), ws}, (b - 1) / 2})
		}
	}
	type tally struct {
		entity
		n [len(bioTypes)]int
	}
	for j, words := range sents {
		var near []*tally
		index := map[string]*tally{}
		for q := max(0, j-consistencyWindow); q <= min(len(sents)-1, j+consistencyWindow); q++ {
			for _, f := range ents[q] {
				t := index[f.key]
				if t == nil {
					t = &tally{entity: f.entity}
					index[f.key] = t
					near = append(near, t)
				}
				t.n[f.typ]++
			}
		}
		row := rows[j]
		for _, t := range near {
			best, total := 0, 0
			for k, c := range t.n {
				total += c
				if c > t.n[best] {
					best = k
				}
			}
			if len(t.words) < 2 && total < 2 {
				continue
			}
			b := uint8(1 + 2*best)
			for i := 0; i+len(t.words) <= len(words); i++ {
				end := i + len(t.words)
				if row[i]%2 == 0 && row[i] != 0 || end < len(row) && row[end] != 0 && row[end]%2 == 0 {
					continue // an entity crosses into the repeat
				}
				match := true
				for k, w := range t.words {
					if words[i+k] != w {
						match = false
						break
					}
				}
				if len(t.words) == 1 && row[i] != 0 {
					continue // a one-word entity only fills in an O
				}
				if !match {
					continue
				}
				row[i] = b
				for k := i + 1; k < end; k++ {
					row[k] = b + 1
				}
			}
		}
	}
}
