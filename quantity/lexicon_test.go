package quantity

import (
	"strings"
	"testing"

	"github.com/isnad-news/isnad/arabic"
)

// TestLexicon checks lexicon.tsv: every line parses, groups and units are
// consistent, and no form belongs to two lemmas (parseLexicon reports
// that; no exceptions are documented at present).
func TestLexicon(t *testing.T) {
	l, err := parseLexicon(lexiconTSV)
	if err != nil {
		t.Fatal(err)
	}
	groups := map[string]bool{"people": true, "vehicles": true, "money": true, "distance": true,
		"weight": true, "area": true, "time": true, "other": true}
	measured := map[string]bool{"money": true, "distance": true, "weight": true, "area": true, "time": true}
	lemmas := map[string]bool{}
	for _, e := range l.forms {
		lemmas[e.lemma] = true
		if !groups[e.group] {
			t.Errorf("%+q: group %q is not one of the documented groups", e.lemma, e.group)
		}
		if measured[e.group] && e.unit == "" {
			t.Errorf("%+q: group %s needs a unit", e.lemma, e.group)
		}
		if e.lemma != strings.TrimSpace(e.lemma) || e.category == "" {
			t.Errorf("%+q: untidy entry %+v", e.lemma, *e)
		}
	}
	if len(lemmas) < 150 {
		t.Errorf("%d lemmas, want at least 150", len(lemmas))
	}
	// Every lemma is found as its own counted noun.
	for lemma := range lemmas {
		e, _ := l.lookupIn(arabic.Normalize(arabic.Match, lemma))
		if e == nil || e.lemma != lemma {
			t.Errorf("lemma %+q is not a form of itself", lemma)
		}
	}
}

// lookupIn looks w up in l alone, for multi-word lemmas too.
func (l *lexicon) lookupIn(w string) (*entry, bool) {
	if e, ok := l.forms[w]; ok {
		return e, false
	}
	if e, ok := l.duals[w]; ok {
		return e, true
	}
	return nil, false
}

func TestParseLexiconErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want string // part of the error
	}{
		{"too few columns", "جندي\tsoldiers\tpeople\t-\tجندي\n", "5 columns"},
		{"empty column", "جندي\tsoldiers\t\t-\tجندي\t-\n", "column 3 is empty"},
		{"form of two lemmas", "جندي\tsoldiers\tpeople\t-\tجندي\t-\nعسكري\tsoldiers\tpeople\t-\tعسكري,جندي\t-\n", "already a form"},
		{"three words", "كيلومتر\tarea\tarea\tkm2\tكيلو متر مربع\t-\n", "more than two words"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseLexicon(tt.src)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("parseLexicon error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		name  string
		word  string
		lemma string
		dual  bool
	}{
		{"singular", "حافلة", "حافلة", false},
		{"broken plural with article", "الأشخاص", "شخص", false},
		{"accusative alif", "عنصراً", "عنصر", false},
		{"construct plural with pronoun", "مقاتليه", "مقاتل", false},
		{"plural with pronoun", "عائلاتهم", "عائلة", false},
		{"conjunction and preposition and article", "وللمدنيين", "مدني", false},
		{"feminine plural not listed", "مروحيات", "مروحية", false},
		{"teh before pronoun", "أسرته", "أسرة", false},
		{"listed dual", "حافلتين", "حافلة", true},
		{"persian letters", "کیلومتر", "كيلومتر", false},
		{"unknown", "تساؤلات", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, dual := lex.lookup(arabic.Normalize(arabic.Match, tt.word))
			got := ""
			if e != nil {
				got = e.lemma
			}
			if got != tt.lemma || dual != tt.dual {
				t.Errorf("lookup(%+q) = %+q, %v; want %+q, %v", tt.word, got, dual, tt.lemma, tt.dual)
			}
		})
	}
}
