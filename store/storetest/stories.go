package storetest

import (
	"context"
	"reflect"
	"testing"

	"github.com/isnad-news/isnad/desk"
	"github.com/isnad-news/isnad/store"
)

// SameStories asserts that two stores give the same stories: desk.Load of
// each gives the same ranked stories, equal in every field (ids, titles,
// articles, compared claims with their answers and chains, timelines,
// framing).
func SameStories(t *testing.T, a, b store.Store) {
	t.Helper()
	ctx := context.Background()
	va, err := desk.Load(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	vb, err := desk.Load(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	sa, sb := va.Stories(desk.StoryFilter{}), vb.Stories(desk.StoryFilter{})
	if len(sa) != len(sb) {
		t.Fatalf("%d stories, want %d", len(sb), len(sa))
	}
	for i := range sa {
		if !reflect.DeepEqual(sa[i], sb[i]) {
			t.Errorf("story %d differs: %s %q (%d articles, %d claims) vs %s %q (%d articles, %d claims)", i,
				sa[i].ID, sa[i].Title, len(sa[i].Articles), len(sa[i].Comparisons),
				sb[i].ID, sb[i].Title, len(sb[i].Articles), len(sb[i].Comparisons))
		}
	}
}
