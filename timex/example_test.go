package timex_test

import (
	"fmt"
	"time"

	"github.com/isnad-news/isnad/timex"
)

func ExampleFind() {
	text := "نشر يوم أمس الجمعة ( 15 أيلول 2017) بعد حصار دام أسبوعين"
	published := time.Date(2017, 9, 16, 0, 0, 0, 0, time.UTC)
	dates, durations := timex.Find(text, timex.Options{Ref: published, HasRef: true, Dir: timex.Past})
	for _, d := range dates {
		fmt.Println(text[d.Start:d.End], d.ISO(), d.Grain)
	}
	for _, d := range durations {
		fmt.Println(text[d.Start:d.End], d.Value, d.Unit)
	}
	// Output:
	// يوم أمس الجمعة 2017-09-15 day
	// 15 أيلول 2017 2017-09-15 day
	// أسبوعين 2 week
}
