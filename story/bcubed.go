package story

// BCubed returns the BCubed precision, recall and F1 of a clustering
// against gold labels (Bagga and Baldwin 1998; Amigó et al. 2009). Both
// maps take an item to its cluster label; only items in gold are scored,
// and an item missing from got counts as alone in its own cluster.
//
// For each item, precision is the share of the items in its cluster that
// share its gold label, and recall the share of the items with its gold
// label that are in its cluster; both are averaged over the items.
func BCubed(gold, got map[string]string) (precision, recall, f1 float64) {
	if len(gold) == 0 {
		return 0, 0, 0
	}
	type pair struct{ gold, got string }
	inGold := map[string]int{}
	inGot := map[string]int{}
	both := map[pair]int{}
	label := func(item string) string {
		if l, ok := got[item]; ok {
			return "c\x00" + l
		}
		return "alone\x00" + item
	}
	for item, g := range gold {
		l := label(item)
		inGold[g]++
		inGot[l]++
		both[pair{g, l}]++
	}
	for item, g := range gold {
		l := label(item)
		n := float64(both[pair{g, l}])
		precision += n / float64(inGot[l])
		recall += n / float64(inGold[g])
	}
	precision /= float64(len(gold))
	recall /= float64(len(gold))
	if precision+recall > 0 {
		f1 = 2 * precision * recall / (precision + recall)
	}
	return precision, recall, f1
}
