package ner

// Document context: the second pass of the tagger sees, for each token, how
// the first pass tagged the same word (its bare form) elsewhere in the
// nearby sentences. A name tagged as a person in one sentence is then more
// likely a person in the next, as in a news article that names someone in
// full once and by surname after.

// contextWindow is how many sentences before and after a sentence count as
// its context (the input has no document boundaries).
const contextWindow = 15

// ContextSentences is how many sentences before and after a sentence
// TagSentences looks at: a stream tagged in pieces gets the same tags as
// tagged whole when each sentence is tagged in a piece that has this many
// of its neighbours on either side (or the ends of the stream).
const ContextSentences = contextWindow

// contextCodes returns, for each token of each sentence, a code for how the
// other occurrences of its bare form within contextWindow sentences were
// tagged by the first pass (rows): 0 not seen elsewhere; 1 seen only as O;
// otherwise 2 + 2×type + (1 when at least half of the occurrences were
// that type).
func contextCodes(bares [][]string, rows [][]uint8) [][]byte {
	type counts [len(bioTypes) + 1]int32
	win := map[string]*counts{}
	add := func(j int, d int32) {
		if j < 0 || j >= len(bares) {
			return
		}
		for i, b := range bares[j] {
			c := win[b]
			if c == nil {
				c = new(counts)
				win[b] = c
			}
			c[(int(rows[j][i])+1)/2] += d
		}
	}
	out := make([][]byte, len(bares))
	for j := 0; j < contextWindow && j < len(bares); j++ {
		add(j, 1)
	}
	for j := range bares {
		add(j+contextWindow, 1)
		add(j-contextWindow-1, -1)
		codes := make([]byte, len(bares[j]))
		for i, b := range bares[j] {
			c := *win[b]
			c[(int(rows[j][i])+1)/2]--
			best, total := 1, int32(0)
			for k := range c {
				total += c[k]
				if k > 0 && c[k] > c[best] {
					best = k
				}
			}
			switch {
			case total == 0:
				codes[i] = 0
			case c[best] == 0:
				codes[i] = 1
			default:
				codes[i] = byte(2 + 2*(best-1))
				if 2*c[best] >= total {
					codes[i]++
				}
			}
		}
		out[j] = codes
	}
	return out
}
