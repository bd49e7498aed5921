package extract_test

import (
	"context"
	"fmt"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/extract"
)

func ExampleNew() {
	doc := &isnad.Document{Format: isnad.FormatText, Raw: []byte(`أخبار الشرق اليوم
البرلمان يقر قانون الموازنة
نشر في: الأحد 16 أيلول 2017
المصدر: جريدة الصباح
أقر البرلمان مساء أمس قانون الموازنة العامة بعد جلسة طويلة.
إقرأ أيضا: الحكومة تستقيل
`)}
	if err := extract.New(extract.Options{}).Process(context.Background(), doc); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("title:", doc.Title)
	fmt.Println("outlet:", doc.Outlet)
	fmt.Println("publisher:", doc.Publisher)
	fmt.Println("published:", doc.Published)
	fmt.Println("body:", doc.Body)
	// Output:
	// title: البرلمان يقر قانون الموازنة
	// outlet: جريدة الصباح
	// publisher: أخبار الشرق اليوم
	// published: 2017-09-16
	// body: أقر البرلمان مساء أمس قانون الموازنة العامة بعد جلسة طويلة.
}
