package ner

import (
	"slices"
	"strings"
	"testing"
)

// rowsOf turns space-separated tags into a row.
func rowsOf(s string) []uint8 {
	var r []uint8
	for _, t := range strings.Fields(s) {
		r = append(r, uint8(slices.Index(tags[:], t)))
	}
	return r
}

func TestConsistent(t *testing.T) {
	tests := []struct {
		name              string
		sents, tags, want string // sentences separated by " | "
	}{
		{"a missed repeat of a two-word name is filled in",
			"قال بان كي | ثم تحدث بان كي",
			"O B-PERS I-PERS | O O O O",
			"O B-PERS I-PERS | O O B-PERS I-PERS"},
		{"a name cut short is extended",
			"التقى بان كي مون | وأضاف بان كي مون",
			"O B-PERS I-PERS I-PERS | O O B-PERS I-PERS",
			"O B-PERS I-PERS I-PERS | O B-PERS I-PERS I-PERS"},
		{"a longer name is not split",
			"زار حلب الشهباء | سكان حلب الشهباء",
			"O B-LOC I-LOC | O B-LOC I-LOC",
			"O B-LOC I-LOC | O B-LOC I-LOC"},
		{"a repeat an entity crosses into is left alone",
			"مدينة نيو يورك | فريق نيو يورك تايمز",
			"O B-LOC I-LOC | O B-ORG I-ORG I-ORG",
			"O B-LOC I-LOC | O B-ORG I-ORG I-ORG"},
		{"one word found once is not spread",
			"وصل غوتيريش | قال غوتيريش",
			"O B-PERS | O O",
			"O B-PERS | O O"},
		{"one word found twice is spread to an O",
			"وصل غوتيريش | قال غوتيريش | ورد غوتيريش",
			"O B-PERS | O B-PERS | O O",
			"O B-PERS | O B-PERS | O B-PERS"},
		{"one word does not retype another entity",
			"وصل غوتيريش | قال غوتيريش | ورد غوتيريش",
			"O B-PERS | O B-PERS | O B-ORG",
			"O B-PERS | O B-PERS | O B-ORG"},
		{"the type given most often wins",
			"نادي الوحدة العربي | فاز الوحدة العربي | خسر الوحدة العربي | لعب الوحدة العربي",
			"O B-ORG I-ORG | O B-ORG I-ORG | O B-LOC I-LOC | O O O",
			"O B-ORG I-ORG | O B-ORG I-ORG | O B-ORG I-ORG | O B-ORG I-ORG"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var sents [][]string
			var rows [][]uint8
			for _, s := range strings.Split(tt.sents, " | ") {
				sents = append(sents, strings.Fields(s))
			}
			for _, s := range strings.Split(tt.tags, " | ") {
				rows = append(rows, rowsOf(s))
			}
			consistent(sents, rows)
			var got []string
			for _, r := range rows {
				var ts []string
				for _, k := range r {
					ts = append(ts, tags[k])
				}
				got = append(got, strings.Join(ts, " "))
			}
			if g := strings.Join(got, " | "); g != tt.want {
				t.Errorf("got  %s\nwant %s", g, tt.want)
			}
		})
	}
	t.Run("outside the window", func(t *testing.T) {
		sents := [][]string{{"قال", "بان", "كي"}}
		rows := [][]uint8{rowsOf("O B-PERS I-PERS")}
		for range consistencyWindow {
			sents, rows = append(sents, []string{"خبر"}), append(rows, rowsOf("O"))
		}
		sents, rows = append(sents, []string{"بان", "كي"}), append(rows, rowsOf("O O"))
		consistent(sents, rows)
		if r := rows[len(rows)-1]; r[0] != 0 || r[1] != 0 {
			t.Errorf("a repeat %d sentences away was retagged: %v", consistencyWindow+1, r)
		}
	})
}
