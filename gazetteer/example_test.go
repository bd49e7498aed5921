package gazetteer_test

import (
	"fmt"

	"github.com/isnad-news/isnad/arabic"
	"github.com/isnad-news/isnad/gazetteer"
)

func Example() {
	g := gazetteer.Default()
	for _, name := range []string{"بالبوكمال", "البو كمال", "أبو كمال"} {
		e, _ := g.Resolve(name, nil)
		fmt.Println(e.ID, e.Canonical, e.Country, e.Lat, e.Lon)
	}
	for _, hint := range []string{"SY", "YE"} {
		e, _ := g.Resolve("السخنة", []string{hint})
		fmt.Println(hint, e.ID, e.Country)
	}
	for _, name := range []string{"وداعش", "تنظيم الدولة", "الدولة الإسلامية"} {
		fmt.Println(g.Lookup(name)[0].ID)
	}
	// Output:
	// geonames:174448 البوكمال SY 34.45226 40.91854
	// geonames:174448 البوكمال SY 34.45226 40.91854
	// geonames:174448 البوكمال SY 34.45226 40.91854
	// SY geonames:172425 SY
	// YE geonames:401672 YE
	// org:isis
	// org:isis
	// org:isis
}

func ExampleGazetteer_Longest() {
	g := gazetteer.Default()
	text := "قال المرصد السوري لحقوق الإنسان إن الاشتباكات امتدت إلى دير الزور"
	toks := arabic.Tokenize(text)
	norms := make([]string, len(toks))
	for i, t := range toks {
		norms[i] = t.Norm
	}
	for i := 0; i < len(norms); i++ {
		if es, n := g.Longest(norms, i); n > 0 {
			fmt.Println(text[toks[i].Start:toks[i+n-1].End], es[0].Type, es[0].ID)
			i += n - 1
		}
	}
	// Output:
	// المرصد السوري لحقوق الإنسان ORG org:sohr
	// دير الزور PLACE geonames:170794
}
