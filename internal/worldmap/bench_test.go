package worldmap

import (
	"io"
	"testing"
)

// middleEast is a realistic story: five places in Syria, Iraq and Lebanon.
var middleEast = []Place{
	{Name: "البوكمال", Lat: 34.45, Lon: 40.92, Weight: 6},
	{Name: "دير الزور", Lat: 35.33, Lon: 40.14, Weight: 3},
	{Name: "السخنة", Lat: 34.88, Lon: 38.87, Weight: 1},
	{Name: "القائم", Lat: 34.37, Lon: 41.09, Weight: 2},
	{Name: "بيروت", Lat: 33.89, Lon: 35.50, Weight: 1},
}

func BenchmarkRender(b *testing.B) {
	if _, err := countries(); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := Render(io.Discard, middleEast, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRenderWorld(b *testing.B) {
	if _, err := countries(); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := Render(io.Discard, nil, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecode(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(countriesJSON)))
	for b.Loop() {
		if _, err := decodeTopo(countriesJSON, "countries"); err != nil {
			b.Fatal(err)
		}
	}
}
