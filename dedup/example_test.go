package dedup_test

import (
	"fmt"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/dedup"
)

func ExampleIndex_Add() {
	story := "أعلنت مديرية الدفاع المدني أن حريقا اندلع في سوق الخضار المركزي فجر اليوم وأتى على أربعين محلا. " +
		"وقال المتحدث باسم المديرية إن فرق الإطفاء سيطرت على النيران بعد ثلاث ساعات، وإن التحقيق جار لمعرفة الأسباب."
	day := func(d int) isnad.Date { v, _ := isnad.MakeDate(2023, 9, d); return v }

	x := dedup.NewIndex(dedup.Options{})
	x.Add("agency", &isnad.Document{Outlet: "وكالة الوادي للأنباء", Body: story, Published: day(10)})
	x.Add("other", &isnad.Document{Outlet: "قناة الأفق", Body: "شهدت المدينة فجر اليوم حريقا ضخما في السوق المركزي وسط ذعر الأهالي، ولم تعلن السلطات حصيلة الخسائر بعد."})
	for _, m := range x.Add("repost", &isnad.Document{Outlet: "وكالة الوادي للأنباء", Publisher: "نبض الخبر", Body: story, Published: day(11)}) {
		fmt.Println(m)
	}
	// Output:
	// agency ~1.00 (original agency)
}
