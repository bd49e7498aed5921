package quote_test

import (
	"context"
	"fmt"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
	"github.com/isnad-news/isnad/entity"
	"github.com/isnad-news/isnad/quantity"
	"github.com/isnad-news/isnad/quote"
	"github.com/isnad-news/isnad/timex"
)

func ExampleNewStage() {
	ent, err := entity.NewStage(entity.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	doc := &isnad.Document{
		Outlet: "المنار",
		Body:   "ونقلت وكالة الأناضول عن مسؤول محلي قوله إن المياه غمرت 40 منزلا.",
	}
	for _, s := range []isnad.Stage{arabic.NewTokenizer(), quantity.NewStage(), timex.NewStage(), ent, quote.NewStage()} {
		if err := s.Process(context.Background(), doc); err != nil {
			fmt.Println(err)
			return
		}
	}
	for _, q := range doc.Quotes {
		fmt.Printf("%s (%s): %s\n", q.Speaker, q.Cue, q.Text)
		for _, s := range q.Via {
			fmt.Printf("  via %s %s\n", s.Type, s.Name)
		}
	}
	for _, c := range doc.Citations {
		fmt.Printf("cites %s: %s\n", c.Cited, c.Text)
	}
	for _, v := range doc.Quantities {
		fmt.Print(v.Text, ":")
		for _, s := range v.SourceChain {
			fmt.Print(" ← ", s.Name)
		}
		fmt.Println()
	}
	// Output:
	// مسؤول محلي (نقلت): المياه غمرت 40 منزلا
	//   via MEDIA الأناضول
	//   via UNNAMED مسؤول محلي
	// cites الأناضول: نقلت وكالة الأناضول
	// 40 منزلا: ← مسؤول محلي ← الأناضول ← المنار
}
