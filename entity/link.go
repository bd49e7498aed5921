package entity

import (
	"strings"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
)

// titles are words written before a name that are not part of it: ranks,
// offices and honorifics, at the match level of normalization. Written by
// the isnad authors from the titles common in Arabic news.
var titles = wordSet(`
		الرئيس رئيس الجنرال جنرال الكولونيل كولونيل العقيد عقيد اللواء لواء العميد عميد
		المقدم مقدم الرائد رائد النقيب نقيب الملازم العريف الفريق فريق المشير الاميرال الادميرال
		الشيخ شيخ السيد سيد السيده سيده الدكتور دكتور د الاستاذ استاذ المهندس الحاج الامام
		الامير امير الاميره الملك ملك الملكه السلطان سلطان الوزير وزير وزيره النائب نائب
		السفير سفير المبعوث مبعوث المتحدث متحدث الناطق ناطق الامين امين العام القائد قائد
		الزعيم زعيم المرشد المستشار مستشار الصحفي الصحفيه الكاتب المراسل مراسل البابا القس المطران
		السناتور سناتور السيناتور النائبه المدير مدير رئيسه المفوض
	`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// coreName returns name without the titles before it, at the display level
// with white space collapsed: "الكولونيل ريان ديلون" → "ريان ديلون".
func coreName(name string) string {
	words := strings.Fields(arabic.Normalize(arabic.Display, name))
	for len(words) > 1 && titles[arabic.Normalize(arabic.Match, words[0])] {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// keys returns the variant keys of the words of name.
func keys(name string) []string {
	words := strings.Fields(name)
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = Key(w)
	}
	return out
}

// linkNames gives every mention without a gazetteer entry its canonical
// name and id. A person named in part (ديلون, or الكولونيل ديلون) takes the
// full name of the nearest person before it (else after it) whose name ends
// or starts with the same words (ريان ديلون); the id is the type and the
// variant key of the canonical name, so that spellings of one name
// (تاونزند, تاونسند) share it across documents.
func linkNames(es []isnad.Entity) {
	type full struct {
		idx  int
		keys []string
	}
	var people []full
	for i := range es {
		if es[i].ID != "" {
			continue
		}
		es[i].Canonical = coreName(es[i].Text)
		if es[i].Type == "PER" {
			people = append(people, full{i, keys(es[i].Canonical)})
		}
	}
	for _, p := range people {
		e := &es[p.idx]
		best, bestDist := -1, 0
		for _, q := range people {
			if len(q.keys) <= len(p.keys) || !(hasSuffix(q.keys, p.keys) || hasPrefix(q.keys, p.keys)) {
				continue
			}
			d := p.idx - q.idx
			if d < 0 {
				d = -d + len(es) // prefer names written before
			}
			if best < 0 || d < bestDist {
				best, bestDist = q.idx, d
			}
		}
		if best >= 0 {
			e.Canonical = es[best].Canonical
		}
	}
	for i := range es {
		if es[i].ID == "" && es[i].Canonical != "" {
			es[i].ID = strings.ToLower(es[i].Type) + ":" + Key(es[i].Canonical)
		}
	}
	// One canonical name per entity in a document: the spelling written
	// most often (the first of them on a tie), so that ستيفن تاونزند and
	// ستيفن تاونسند show as one.
	count := map[string]map[string]int{}
	first := map[string]map[string]int{}
	for i, e := range es {
		if count[e.ID] == nil {
			count[e.ID], first[e.ID] = map[string]int{}, map[string]int{}
		}
		if _, ok := first[e.ID][e.Canonical]; !ok {
			first[e.ID][e.Canonical] = i
		}
		count[e.ID][e.Canonical]++
	}
	for i := range es {
		best := es[i].Canonical
		for c, n := range count[es[i].ID] {
			if n > count[es[i].ID][best] || n == count[es[i].ID][best] && first[es[i].ID][c] < first[es[i].ID][best] {
				best = c
			}
		}
		es[i].Canonical = best
	}
}

func hasSuffix(a, b []string) bool {
	if len(b) > len(a) {
		return false
	}
	for i := range b {
		if a[len(a)-len(b)+i] != b[i] {
			return false
		}
	}
	return true
}

func hasPrefix(a, b []string) bool {
	if len(b) > len(a) {
		return false
	}
	for i := range b {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
