package claim_test

import (
	"fmt"
	"strings"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/claim"
)

// figure returns a quantity of body with the range [min, max].
func figure(body, text string, min, max float64, approx bool, counted, category string) isnad.Quantity {
	i := strings.Index(body, text)
	return isnad.Quantity{Span: isnad.Span{Start: i, End: i + len(text)}, Text: text,
		Min: &min, Max: &max, Approx: approx, Counted: counted, Category: category, Group: "people"}
}

func ExampleCompare() {
	times := isnad.Source{Name: "نيويورك تايمز", ID: "media:nytimes", Type: "MEDIA"}
	a := &isnad.Document{ID: "a", Body: "ضمت القافلة 120 مقاتلا بحسب الصحيفة."}
	a.Quantities = []isnad.Quantity{figure(a.Body, "120 مقاتلا", 120, 120, false, "مقاتل", "fighters")}
	a.Quantities[0].SourceChain = []isnad.Source{times, {Name: "الأولى", Type: "OUTLET"}}
	b := &isnad.Document{ID: "b", Body: "ضمت القافلة 125 مسلحا بحسب الصحيفة."}
	b.Quantities = []isnad.Quantity{figure(b.Body, "125 مسلحا", 125, 125, false, "مسلح", "fighters")}
	b.Quantities[0].SourceChain = []isnad.Source{times, {Name: "الثانية", Type: "OUTLET"}}
	c := &isnad.Document{ID: "c", Body: "ضمت القافلة نحو 120 عنصرا."}
	c.Quantities = []isnad.Quantity{figure(c.Body, "نحو 120 عنصرا", 120, 120, true, "عنصر", "fighters")}

	for _, cmp := range claim.Compare([]*isnad.Document{a, b, c}, claim.Options{}) {
		fmt.Println(cmp.Category, "conflict:", cmp.Conflict, "origins:", cmp.Origins)
		for _, ans := range cmp.Answers {
			fmt.Println(" ", ans.DocID, ans.Text)
		}
	}
	// Output:
	// fighters conflict: true origins: 2
	//   a 120 مقاتلا
	//   b 125 مسلحا
	//   c نحو 120 عنصرا
}
