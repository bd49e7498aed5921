package numeral_test

import (
	"fmt"

	"github.com/isnad-news/isnad/numeral"
)

func ExampleFind() {
	text := "قُتل ثلاثة وعشرون شخصا وأصيب 1,500 في الهجوم الثاني، وارتفعت الأسعار 30 في المئة، ونزح عشرات الآلاف."
	for _, n := range numeral.Find(text) {
		fmt.Printf("%s: %v %v", text[n.Start:n.End], n.Kind, n.Value)
		if n.Vague {
			fmt.Printf(" to %v", n.Max)
		}
		fmt.Println()
	}
	// Output:
	// ثلاثة وعشرون: cardinal 23
	// 1,500: cardinal 1500
	// الثاني: ordinal 2
	// 30 في المئة: percent 30
	// عشرات الآلاف: cardinal 20000 to 99999
}

func ExampleParse() {
	n, ok := numeral.Parse("(٢٫٥ مليون)")
	fmt.Println(n.Value, n.Kind, ok)
	// Output:
	// 2.5e+06 cardinal true
}

func ExampleReadings() {
	for _, n := range numeral.Readings("العشرين") {
		fmt.Println(n.Kind, n.Value)
	}
	// Output:
	// ordinal 20
	// cardinal 20
}

func ExampleDualStems() {
	fmt.Println(numeral.DualStems("أسبوعين"), numeral.DualStems("بالساعتين"))
	// Output:
	// [اسبوع] [ساعه ساعت]
}
