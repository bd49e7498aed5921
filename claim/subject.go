package claim

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
)

// Event classes split figures of one category by what happened to the
// counted things: buses that turned back are not the buses of the convoy.
// Each class lists Match-normalized words (verbs in the past and present,
// and a few verbal nouns that name an outcome), written for this package;
// a word with و or ف written onto it is looked up without it too.
var eventWords = map[string][]string{
	"killed": {"قتل", "قتلت", "قتلوا", "يقتل", "قتلي", "مقتل", "لقي", "لقيت", "لقوا", "حتفهم", "مصرع", "القضاء", "قضت", "قضي"},
	// struck: destroyed, damaged, hit, wounded. For things these are one
	// outcome ("أصيبت 40 مركبة", "تدمير 40 سيارة"); killed stays apart.
	"struck":      {"دمر", "دمرت", "دمروا", "تدمير", "تدمرت", "اصيب", "اصيبت", "اصيبوا", "اصابه", "جرح", "جرحي", "جريح", "استهدف", "استهدفت", "احرق", "احرقت", "احراق"},
	"turned back": {"عاد", "عادت", "عادوا", "يعود", "تعود", "استدار", "استدارت", "استداروا", "رجع", "رجعت", "رجعوا", "تراجع", "تراجعت", "ارتد", "ارتدت"},
	"arrived":     {"وصل", "وصلت", "وصلوا", "يصل", "تصل", "دخل", "دخلت", "دخلوا", "بلغ", "بلغت", "بلغوا"},
	"left":        {"غادر", "غادرت", "غادروا", "يغادر", "تغادر", "خرج", "خرجت", "خرجوا", "انسحب", "انسحبت", "انسحبوا", "انطلق", "انطلقت", "انطلقوا"},
	"stopped":     {"توقف", "توقفت", "توقفوا", "علق", "علقت", "عالق", "عالقه", "عالقين", "تارك", "تاركه", "ترك", "تركت", "بقي", "بقيت", "ظل", "ظلت"},
}

// containWords, written before a figure, say the figure counts what a
// convoy or vehicle holds ("القافلة التي تضم 17 حافلة", "على متن 17
// حافلة"): the figure belongs to no event, whatever verb follows.
var containWords = []string{"تضم", "يضم", "ضمت", "تقل", "يقل", "اقلت", "تحمل", "يحمل", "حملت", "متن", "تنقل", "ينقل"}

// familyStems are the light stems of words for the families that go with
// a figure of people ("من مقاتلي داعش وعائلاتهم"): the figure then counts
// both.
var familyStems = []string{"عائل", "عوائل", "اسر", "ذوي"}

// eventLabel is the class name used in Subject for totals.
const totalEvent = "total with families"

var eventOf = func() map[string]string {
	m := map[string]string{}
	for class, ws := range eventWords {
		for _, w := range ws {
			m[w] = class
		}
	}
	return m
}()

// bare returns the token's Match form, and the form without a و or ف
// written onto it.
func bare(t isnad.Token) (string, string) {
	n := t.Norm
	if len(n) > 2+2 && (strings.HasPrefix(n, "و") || strings.HasPrefix(n, "ف")) {
		return n, n[2:]
	}
	return n, n
}

func isContain(t isnad.Token) bool {
	a, b := bare(t)
	return slices.Contains(containWords, a) || slices.Contains(containWords, b) || slices.Contains(containWords, strings.TrimPrefix(a, "ال"))
}

func eventWord(t isnad.Token) string {
	a, b := bare(t)
	if c, ok := eventOf[a]; ok {
		return c
	}
	return eventOf[b]
}

// clauseBreak reports whether the body between two offsets crosses a
// clause boundary (sentence end, comma, colon, semicolon).
func clauseBreak(body string, from, to int) bool {
	if from < 0 || to > len(body) || from >= to {
		return false
	}
	return strings.ContainsAny(body[from:to], ".!?؟؛;:،,\n")
}

// sentenceBreak reports whether the body between two offsets crosses a
// sentence end.
func sentenceBreak(body string, from, to int) bool {
	if from < 0 || to > len(body) || from >= to {
		return false
	}
	return strings.ContainsAny(body[from:to], ".!?؟؛;\n")
}

const (
	eventBefore = 4 // tokens scanned before a figure for its event
	eventAfter  = 5 // and after it
	orgAfter    = 4 // tokens after a figure in which its organization is named
)

// event returns the event class of the figure covering tokens [i, j).
func event(body string, toks []isnad.Token, i, j int) string {
	for k := i - 1; k >= 0 && k >= i-eventBefore; k-- {
		if clauseBreak(body, toks[k].End, toks[k+1].Start) {
			break
		}
		if isContain(toks[k]) {
			return ""
		}
		if c := eventWord(toks[k]); c != "" {
			return c
		}
	}
	for k := j; k < len(toks) && k < j+eventAfter; k++ {
		if clauseBreak(body, toks[k-1].End, toks[k].Start) {
			break
		}
		if c := eventWord(toks[k]); c != "" {
			return c
		}
	}
	return ""
}

// withFamilies reports whether a family word joined by و follows the
// figure within two tokens of its clause.
func withFamilies(body string, toks []isnad.Token, j int) bool {
	for k := j; k < len(toks) && k < j+2; k++ {
		if clauseBreak(body, toks[k-1].End, toks[k].Start) {
			return false
		}
		if strings.HasPrefix(toks[k].Norm, "و") && slices.Contains(familyStems, toks[k].Stem) {
			return true
		}
	}
	return false
}

// org returns the ORG entity named within orgAfter tokens after the
// figure in its clause ("300 عنصر من “داعش”", "من مقاتلي داعش").
func org(d *isnad.Document, toks []isnad.Token, j int) (id, name string) {
	if j == 0 || j > len(toks) {
		return "", ""
	}
	from := toks[j-1].End
	to := from
	for k := j; k < len(toks) && k < j+orgAfter; k++ {
		if clauseBreak(d.Body, toks[k-1].End, toks[k].Start) {
			break
		}
		to = toks[k].End
	}
	for _, e := range d.Entities {
		if e.Type == "ORG" && e.Start >= from && e.End <= to {
			id := e.ID
			if id == "" {
				id = "name:" + e.Canonical
			}
			name := e.Canonical
			if name == "" {
				name = e.Text
			}
			return id, name
		}
	}
	return "", ""
}

// tokenRange returns the tokens [i, j) inside span s.
func tokenRange(toks []isnad.Token, s isnad.Span) (int, int) {
	i, _ := slices.BinarySearchFunc(toks, s.Start, func(t isnad.Token, off int) int { return t.Start - off })
	j := i
	for j < len(toks) && toks[j].End <= s.End {
		j++
	}
	return i, j
}

// lemmaInfo is what a counted lemma means.
type lemmaInfo struct{ category, group string }

// countedForms returns the counted lemmas of all figures of docs.
func countedForms(docs []*isnad.Document) map[string]lemmaInfo {
	m := map[string]lemmaInfo{}
	for _, d := range docs {
		for _, q := range d.Quantities {
			if q.Counted != "" && q.Category != "" {
				m[arabic.Normalize(arabic.Match, q.Counted)] = lemmaInfo{q.Category, q.Group}
			}
		}
	}
	return m
}

// guessCounted gives a figure written without a known counted noun the
// lemma of another figure of the story when the word after it (or after
// من) is that lemma's construct or plural form misspelt by one letter
// ("300 من مسحي داعش" for مسلحي). Words shorter than four letters are
// never guessed.
func guessCounted(toks []isnad.Token, j int, known map[string]lemmaInfo) (string, lemmaInfo, bool) {
	if j < len(toks) && toks[j].Norm == "من" {
		j++
	}
	if j >= len(toks) {
		return "", lemmaInfo{}, false
	}
	w := toks[j].Norm
	if utf8.RuneCountInString(w) < 4 {
		return "", lemmaInfo{}, false
	}
	lemmas := make([]string, 0, len(known))
	for l := range known {
		lemmas = append(lemmas, l)
	}
	slices.Sort(lemmas)
	for _, l := range lemmas {
		if utf8.RuneCountInString(l) < 3 {
			continue
		}
		for _, f := range []string{l, l + "ي", l + "ين", l + "ون", l + "يه"} {
			if editDistance(w, f) <= 1 {
				return l, known[l], true
			}
		}
	}
	return "", lemmaInfo{}, false
}

// editDistance is the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := prev[j-1]
			if ra[i-1] != rb[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
