package framing_test

import (
	"fmt"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/framing"
)

func ExampleCompare() {
	watan := "هاجم الإرهابيون الدواعش القافلة قرب دير الزور. وسقط شهداء من المدنيين برصاص الدواعش، وشيع الأهالي الشهداء. "
	hadath := "هاجم المسلحون القافلة قرب دير الزور. وسقط قتلى من المدنيين برصاص مقاتلي التنظيم، ونقل المسلحون القتلى. "
	var docs []*isnad.Document
	for range 8 {
		docs = append(docs,
			&isnad.Document{Outlet: "الوطن", Body: watan},
			&isnad.Document{Outlet: "الحدث", Body: hadath})
	}
	for _, o := range framing.Compare(docs, framing.Options{Top: 3}) {
		fmt.Println(o.Name, o.Articles)
		for _, w := range o.Words {
			fmt.Printf("  %s %d/%d z=%.1f\n", w.Term, w.Count, w.Others, w.Score)
		}
	}
	// Output:
	// الوطن 8
	//   الدواعش 16/0 z=2.9
	//   الشهداء 16/0 z=2.9
	//   الأهالي 8/0 z=2.0
	// الحدث 8
	//   القتلى 16/0 z=2.9
	//   المسلحون 16/0 z=2.9
	//   التنظيم 8/0 z=2.0
}
