package ner

import (
	"math/rand/v2"
	"testing"
)

// TestFeatTable checks the feature table against a map: every hash put is
// found with its last row, hashes never put are not, hash 0 (the empty
// marker) included, across the growths of the table.
func TestFeatTable(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 7, 100, 5000} {
		var tb featTable
		want := map[uint64][nTags]float32{}
		keys := []uint64{0}
		for range n {
			keys = append(keys, rng.Uint64()>>rng.IntN(40)|1) // never 0
		}
		for i, h := range keys {
			if i == 0 && n%2 == 0 {
				continue // hash 0 put only for odd n
			}
			var row [nTags]float32
			row[i%nTags] = float32(i + 1)
			tb.put(h, row)
			want[h] = row
			if i%3 == 0 { // put again: replaces
				row[0] = -1
				tb.put(h, row)
				want[h] = row
			}
		}
		if tb.len() != len(want) {
			t.Errorf("n=%d: len %d, want %d", n, tb.len(), len(want))
		}
		for h, row := range want {
			if got := tb.get(h); got == nil || *got != row {
				t.Errorf("n=%d: get(%d) = %v, want %v", n, h, got, row)
			}
		}
		for range 1000 {
			h := rng.Uint64()
			if _, ok := want[h]; !ok && tb.get(h) != nil {
				t.Errorf("n=%d: get(%d) found a row never put", n, h)
			}
		}
		if n%2 == 0 && tb.get(0) != nil {
			t.Errorf("n=%d: hash 0 found, never put", n)
		}
		seen := 0
		tb.each(func(h uint64, row *[nTags]float32) {
			seen++
			if *row != want[h] {
				t.Errorf("n=%d: each gave %d %v, want %v", n, h, *row, want[h])
			}
		})
		if seen != len(want) {
			t.Errorf("n=%d: each saw %d, want %d", n, seen, len(want))
		}
	}
}
