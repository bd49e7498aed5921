package claim

import (
	"testing"

	"github.com/isnad-news/isnad"
)

func TestOrigins(t *testing.T) {
	nyt := isnad.Source{Name: "نيويورك تايمز", ID: "media:nytimes", Type: "MEDIA"}
	out := func(name string) isnad.Source { return isnad.Source{Name: name, Type: "OUTLET"} }
	ans := func(doc string, chain ...isnad.Source) Answer { return Answer{DocID: doc, SourceChain: chain} }
	tests := []struct {
		name    string
		answers []Answer
		reposts map[string]string
		want    int
	}{
		{"none", nil, nil, 0},
		{"own outlets only", []Answer{ans("a", out("الأولى")), ans("b", out("الثانية"))}, nil, 2},
		{"same document twice", []Answer{ans("a", out("الأولى")), ans("a", out("الأولى"))}, nil, 1},
		{"empty chains are the documents'", []Answer{ans("a"), ans("b")}, nil, 2},
		{"shared upstream by id", []Answer{ans("a", nyt, out("الأولى")), ans("b", nyt, out("الثانية"))}, nil, 1},
		{"shared upstream by name variant", []Answer{
			ans("a", isnad.Source{Name: "وكالة الأنباء", Type: "MEDIA"}, out("الأولى")),
			ans("b", isnad.Source{Name: "وكالة الانباء", Type: "MEDIA"}, out("الثانية")),
		}, nil, 1},
		{"farthest source decides", []Answer{
			ans("a", isnad.Source{Name: "ريان ديلون", ID: "per:dillon", Type: "PER"}, isnad.Source{Name: "فورين بوليسي", ID: "media:fp", Type: "MEDIA"}, out("الأولى")),
			ans("b", isnad.Source{Name: "ريان ديلون", ID: "per:dillon", Type: "PER"}, out("الثانية")),
		}, nil, 1},
		{"different upstreams", []Answer{ans("a", nyt, out("الأولى")), ans("b", isnad.Source{Name: "رويترز", ID: "media:reuters", Type: "MEDIA"}, out("الثانية"))}, nil, 2},
		{"upstream and own reporting", []Answer{ans("a", nyt, out("الأولى")), ans("a", out("الأولى"))}, nil, 2},
		{"repost of own reporting", []Answer{ans("a", out("الأولى")), ans("b", out("المجمع"))}, map[string]string{"b": "a"}, 1},
		{"repost chain", []Answer{ans("a", out("x")), ans("b", out("y")), ans("c", out("z"))}, map[string]string{"c": "b", "b": "a"}, 1},
		{"repost cycle is one origin", []Answer{ans("a", out("x")), ans("b", out("y"))}, map[string]string{"a": "b", "b": "a"}, 1},
		{"repost of another story's document", []Answer{ans("a", out("x")), ans("b", out("y"))}, map[string]string{"b": "z"}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Origins(tt.answers, tt.reposts); got != tt.want {
				keys := []string{}
				for _, a := range tt.answers {
					keys = append(keys, OriginKey(a, tt.reposts))
				}
				t.Errorf("Origins = %d, want %d (keys %+q)", got, tt.want, keys)
			}
		})
	}
}
