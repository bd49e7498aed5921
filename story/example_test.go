package story_test

import (
	"fmt"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
	"github.com/isnad-news/isnad/story"
)

func Example() {
	doc := func(title, body, date string) *isnad.Document {
		d := &isnad.Document{Title: title, Body: body, Tokens: arabic.Tokenize(body)}
		d.Published, _ = isnad.ParseDate(date)
		return d
	}
	c := story.NewClusterer(story.Options{})
	for _, a := range []struct {
		id  string
		doc *isnad.Document
	}{
		{"manara", doc("احتجاز عبارة في نهر الصفصاف",
			"أوقفت شرطة الأنهار عبارة تقل عائلات نازحة عند معبر أم الطيور على نهر الصفصاف", "2023-09-06")},
		{"wadi", doc("312 راكبا على العبارة المحتجزة",
			"قالت شرطة الأنهار إن العبارة المحتجزة في نهر الصفصاف كانت تقل 312 راكبا من النازحين", "2023-09-06")},
		{"mizan", doc("سيول في عين الغزلان",
			"اجتاحت سيول جارفة بلدة عين الغزلان في وادي السدر فجر الجمعة", "2023-09-16")},
	} {
		id, isNew := c.Add(a.id, a.doc)
		fmt.Println(a.id, id, isNew)
	}
	for _, s := range c.Stories() {
		fmt.Println(s.ID, s.Articles, s.First, s.Last)
	}
	// Output:
	// manara s1 true
	// wadi s1 false
	// mizan s2 true
	// s1 [manara wadi] 2023-09-06 2023-09-06
	// s2 [mizan] 2023-09-16 2023-09-16
}
