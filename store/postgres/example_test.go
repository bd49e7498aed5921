package postgres_test

import (
	"context"
	"fmt"
	"os"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
	"github.com/isnad-news/isnad/store"
	"github.com/isnad-news/isnad/store/postgres"
	"github.com/isnad-news/isnad/store/storetest"
)

// Open a store, put an article and search it by another form of one of its
// words. (Not run by go test: it needs a server; see .ci/postgres.sh.)
func Example() {
	ctx := context.Background()
	st, err := postgres.Open(ctx, os.Getenv("ISNAD_POSTGRES_URL"))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer st.Close()
	body := "عبرت القافلة الجسر الجديد عند الفجر."
	doc := &isnad.Document{Source: "note.txt", Format: isnad.FormatText, Title: "عبور القافلة", Body: body, Tokens: arabic.Tokenize(body)}
	added, err := st.Put(ctx, doc)
	if err != nil {
		fmt.Println(err)
		return
	}
	ms, err := st.Search(ctx, store.Query{Terms: storetest.Terms("بالجسر"), Limit: 3})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(added[0], len(ms) == 1 && ms[0].ID == doc.ID)
}
