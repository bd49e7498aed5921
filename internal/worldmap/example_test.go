package worldmap_test

import (
	"fmt"
	"strings"

	"github.com/isnad-news/isnad/internal/worldmap"
)

func ExampleRender() {
	var b strings.Builder
	err := worldmap.Render(&b, []worldmap.Place{
		{Name: "البوكمال", Lat: 34.45, Lon: 40.92, Weight: 3},
		{Name: "القائم", Lat: 34.37, Lon: 41.09, Weight: 1},
	}, worldmap.Options{Title: "أماكن الخبر"})
	if err != nil {
		fmt.Println(err)
		return
	}
	svg := b.String()
	fmt.Println(svg[:strings.Index(svg, ">")+1])
	fmt.Println(strings.Count(svg, `<g class="place">`), "places,", strings.Count(svg, `class="country hit"`), "countries highlighted")
	// Output:
	// <svg xmlns="http://www.w3.org/2000/svg" class="worldmap" viewBox="0 0 640 400" width="640" height="400" role="img" aria-label="أماكن الخبر" data-places="2" font-family="sans-serif">
	// 2 places, 2 countries highlighted
}

func ExampleContains() {
	for _, p := range []struct{ lat, lon float64 }{{34.88, 38.87}, {34.37, 41.09}, {34.0, 20.0}} {
		name, ok := worldmap.Contains(p.lat, p.lon)
		fmt.Println(name, ok)
	}
	// Output:
	// Syria true
	// Iraq true
	//  false
}
