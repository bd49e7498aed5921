package desk_test

import (
	"context"
	"fmt"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/desk"
	"github.com/isnad-news/isnad/ingest"
	"github.com/isnad-news/isnad/internal/stages"
)

// The sample corpus tells two stories; the ferry story's outlets disagree
// on how many passengers the ferry carried.
func ExampleBuilder() {
	ctx := context.Background()
	p, _ := stages.Pipeline()
	b := desk.NewBuilder()
	for d, err := range ingest.NewReader(ingest.Options{}).FS(ctx, isnad.SampleCorpus(), ".") {
		if err == nil && p.Run(ctx, d) == nil {
			b.Add(d)
		}
	}
	stories := b.Stories()
	fmt.Println(len(stories), "stories")
	for _, s := range stories {
		for _, c := range s.Comparisons {
			if c.Category == "people" && c.Counted == "راكب" && c.Subject == "" {
				fmt.Println(len(s.Articles), "articles; passengers in conflict:", c.Conflict)
			}
		}
	}
	// Output:
	// 2 stories
	// 6 articles; passengers in conflict: true
}
