package entity

import (
	"cmp"
	"strings"
	"unicode/utf8"

	"github.com/isnad-news/isnad/ner"
)

// Across documents an entity's id is its type and the Key of its canonical
// name, so spellings that Key folds already share one. Two kinds of
// spelling are left to MergeAcross, because merging them needs the
// evidence that two articles tell the same story:
//
//   - vowel-letter variants of a transliterated name (نتنياهو / نتانياهو,
//     ستولتنبرغ / ستولتنبيرغ, واشنطن / واشنطون): Key keeps vowel letters,
//     since folding them merges Arabic names (محمد / محمود);
//   - a person named by surname in one article and in full in another
//     (ديلون / ريان ديلون): within an article linkNames does this.

// minSkeleton is the fewest letters the consonant skeleton of a differing
// word must have for a vowel-letter match: بوش and باش (two letters) stay
// apart.
const minSkeleton = 3

// skeleton returns key without the vowel letters ا و ي after its first
// letter: the letters that transliterations add or drop for a vowel.
func skeleton(key string) string {
	var b strings.Builder
	b.Grow(len(key))
	for i, r := range key {
		if i > 0 && (r == 'ا' || r == 'و' || r == 'ي') {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Variants reports whether names a and b (as written) are spellings of one
// name: they have the same Key, or they differ only in vowel letters ا و ي
// added or dropped within words (ترامب and ترمب, ستولتنبرغ and ستولتنبيرغ),
// every word that differs is no Arabic word or Arabic name
// (ner.NativeWord), its consonant skeleton has at least three letters and
// its final vowel letter, if any, is kept. Titles before a name are ignored
// (الجنرال), and so are spaces (نيو يورك, نيويورك). Precision and recall on
// labelled pairs are measured by TestVariantsPrecision.
func Variants(a, b string) bool {
	ka, kb := Key(coreName(a)), Key(coreName(b))
	if ka == "" || kb == "" {
		return false
	}
	if ka == kb {
		return true
	}
	if skeleton(ka) != skeleton(kb) {
		return false
	}
	// The words that differ must each look foreign and be long enough.
	wa, wb := strings.Fields(coreName(a)), strings.Fields(coreName(b))
	diff := func(ws, other []string) bool {
		keys := map[string]bool{}
		for _, w := range other {
			keys[Key(w)] = true
		}
		for _, w := range ws {
			k := Key(w)
			if keys[k] {
				continue
			}
			if ner.NativeWord(w) || utf8.RuneCountInString(skeleton(k)) < minSkeleton || !vowelVariant(k, other) {
				return false
			}
		}
		return true
	}
	return diff(wa, wb) && diff(wb, wa)
}

// vowelVariant reports whether the words of others with key's skeleton are
// key with vowel letters added or dropped, not changed (ميركل and ماركل,
// ميلر and مولر are other names), and end like key when either ends in a
// vowel letter (روبرتو and روبرتا, ألبرتو and ألبرت, هولاند and هولندا).
func vowelVariant(key string, others []string) bool {
	sk := skeleton(key)
	for _, w := range others {
		k := Key(w)
		if skeleton(k) != sk {
			continue
		}
		if !subsequence(key, k) && !subsequence(k, key) {
			return false
		}
		a, _ := utf8.DecodeLastRuneInString(key)
		b, _ := utf8.DecodeLastRuneInString(k)
		if a != b && (vowel(a) || vowel(b)) {
			return false
		}
	}
	return true
}

func vowel(r rune) bool { return r == 'ا' || r == 'و' || r == 'ي' }

// subsequence reports whether the letters of a appear in b in order.
func subsequence(a, b string) bool {
	for _, r := range a {
		i := strings.IndexRune(b, r)
		if i < 0 {
			return false
		}
		b = b[i+utf8.RuneLen(r):]
	}
	return true
}

// Ref is an entity as seen across documents, for MergeAcross.
type Ref struct {
	ID, Type, Canonical string
	// Mentions is how often it is mentioned in all documents.
	Mentions int
	// Groups name the groups of documents that mention it (stories): two
	// entities are merged only when they share one.
	Groups []string
}

// MergeAcross finds entities of refs that are one entity written two ways
// in different documents of one group: vowel-letter Variants of one name,
// and a person named by one word in one document and in full in another
// whose last word it is, when that full name is the only one of the group
// ending so (two people called الأسد keep the one-word mention apart). It
// returns, for each merged entity, the id of the one it joins: the one
// with the most words, then the most mentions, then the smallest id.
// Entities of different types are never merged.
func MergeAcross(refs []Ref) map[string]string {
	parent := make([]int, len(refs))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(i, j int) { parent[find(i)] = find(j) }
	// share reports whether refs i and j have a group in common, walking
	// the shorter list against the other's set.
	sets := make([]map[string]bool, len(refs))
	set := func(i int) map[string]bool {
		if sets[i] == nil {
			sets[i] = make(map[string]bool, len(refs[i].Groups))
			for _, g := range refs[i].Groups {
				sets[i][g] = true
			}
		}
		return sets[i]
	}
	share := func(i, j int) bool {
		if len(refs[i].Groups) > len(refs[j].Groups) {
			i, j = j, i
		}
		if len(refs[i].Groups) == 0 {
			return false
		}
		other := set(j)
		for _, g := range refs[i].Groups {
			if other[g] {
				return true
			}
		}
		return false
	}
	// Vowel-letter variants: candidates share type and skeleton.
	words := make([][]string, len(refs))
	buckets := map[[2]string][]int{}
	for i, r := range refs {
		core := coreName(r.Canonical)
		words[i] = strings.Fields(core)
		k := [2]string{r.Type, skeleton(Key(core))}
		buckets[k] = append(buckets[k], i)
	}
	// Within a bucket, only entities of one group are compared: the
	// bucket's entities by group, then the pairs of each group once.
	tried := map[[2]int]bool{}
	for _, b := range buckets {
		if len(b) < 2 {
			continue
		}
		byGroup := map[string][]int{}
		var order []string
		for _, i := range b {
			for _, g := range refs[i].Groups {
				if byGroup[g] == nil {
					order = append(order, g)
				}
				byGroup[g] = append(byGroup[g], i)
			}
		}
		for _, g := range order {
			in := byGroup[g]
			for x, i := range in {
				for _, j := range in[x+1:] {
					pair := [2]int{min(i, j), max(i, j)}
					if i == j || find(i) == find(j) || tried[pair] {
						continue
					}
					tried[pair] = true
					if Variants(refs[i].Canonical, refs[j].Canonical) {
						union(i, j)
					}
				}
			}
		}
	}

	// Surnames: a one-word person joins the only full name of a shared
	// group that ends in it.
	byLast := map[string][]int{}
	for i, r := range refs {
		if r.Type == "PER" && len(words[i]) >= 2 {
			k := Key(words[i][len(words[i])-1])
			byLast[k] = append(byLast[k], i)
		}
	}
	for i, r := range refs {
		if r.Type != "PER" || len(words[i]) != 1 {
			continue
		}
		root := -1
		for _, j := range byLast[Key(words[i][0])] {
			if !share(i, j) {
				continue
			}
			if root >= 0 && find(j) != root {
				root = -2 // two different full names: ambiguous
				break
			}
			root = find(j)
		}
		if root >= 0 {
			union(i, root)
		}
	}

	// The entity each group keeps.
	best := map[int]int{}
	for i := range refs {
		r := find(i)
		b, ok := best[r]
		if !ok || cmp.Or(
			cmp.Compare(len(words[b]), len(words[i])),
			cmp.Compare(refs[b].Mentions, refs[i].Mentions),
			cmp.Compare(refs[i].ID, refs[b].ID),
		) < 0 {
			best[r] = i
		}
	}
	out := map[string]string{}
	for i, ref := range refs {
		if b := best[find(i)]; b != i && refs[b].ID != ref.ID {
			out[ref.ID] = refs[b].ID
		}
	}
	return out
}
