package claim

import (
	"github.com/isnad-news/isnad/entity"
)

// OriginKey returns the key of the origin behind an answer: the source
// farthest from the article in its chain that is not an article's own
// outlet (the chain runs from the figure's source to the outlet, so this is
// the first non-OUTLET link), by entity id when set, else by the variant key
// of its name. An answer whose chain holds only the article's own outlet is
// the article's own reporting: its origin is the document, after following
// reposts to their original.
func OriginKey(a Answer, reposts map[string]string) string {
	for _, s := range a.SourceChain {
		if s.Type == "OUTLET" {
			continue
		}
		if s.ID != "" {
			return "id:" + s.ID
		}
		if k := entity.Key(s.Name); k != "" {
			return "name:" + k
		}
	}
	return "doc:" + original(a.DocID, reposts)
}

// original follows reposts from id to the first document that reposts
// nothing; on a cycle it returns the cycle's least id, so every member
// of the cycle has the same original.
func original(id string, reposts map[string]string) string {
	seen := map[string]bool{id: true}
	path := []string{id}
	for {
		next, ok := reposts[id]
		if !ok || next == "" {
			return id
		}
		if seen[next] {
			least := next
			for i := len(path) - 1; i >= 0 && path[i] != next; i-- {
				least = min(least, path[i])
			}
			return least
		}
		seen[next] = true
		path = append(path, next)
		id = next
	}
}

// Origins returns the number of independent origins behind answers (see
// OriginKey): two outlets citing one upstream source are one origin, and so
// are a repost and its original.
func Origins(answers []Answer, reposts map[string]string) int {
	seen := map[string]bool{}
	for _, a := range answers {
		seen[OriginKey(a, reposts)] = true
	}
	return len(seen)
}
