package dedup

import (
	"github.com/isnad-news/isnad"
)

// shingles returns the 64-bit hashes of the w-word shingles of tokens' Norm
// forms, without repeats, in first-seen order. A body of fewer than w words
// but at least one gives a single shingle of all its words.
func shingles(tokens []isnad.Token, w int) []uint64 {
	if len(tokens) == 0 {
		return nil
	}
	words := make([]uint64, len(tokens))
	for i, t := range tokens {
		words[i] = fnv64(t.Norm)
	}
	if len(words) < w {
		w = len(words)
	}
	n := len(words) - w + 1
	out := make([]uint64, 0, n)
	seen := make(map[uint64]struct{}, n)
	for i := range n {
		h := uint64(w)
		for _, x := range words[i : i+w] {
			h = mix64(h*0x9e3779b97f4a7c15 ^ x)
		}
		if _, ok := seen[h]; ok {
			continue
		}
		seen[h] = struct{}{}
		out = append(out, h)
	}
	return out
}

// signature returns the MinHash signature of a shingle set: for each of the
// k hash functions h_i(x) = mix64(x ^ seed_i), the smallest value over the
// set, kept as its high 32 bits. Two sets agree at one position with
// probability equal to their Jaccard similarity.
func signature(sh []uint64, seeds []uint64) []uint32 {
	sig := make([]uint32, len(seeds))
	if len(sh) == 0 {
		return sig
	}
	mins := make([]uint64, len(seeds))
	for i := range mins {
		mins[i] = ^uint64(0)
	}
	for _, x := range sh {
		for i, s := range seeds {
			if v := mix64(x ^ s); v < mins[i] {
				mins[i] = v
			}
		}
	}
	for i, m := range mins {
		sig[i] = uint32(m >> 32)
	}
	return sig
}

// estimate returns the fraction of positions where a and b agree: the
// MinHash estimate of the Jaccard similarity of their shingle sets.
func estimate(a, b []uint32) float64 {
	if len(a) == 0 || len(a) != len(b) {
		return 0
	}
	eq := 0
	for i := range a {
		if a[i] == b[i] {
			eq++
		}
	}
	return float64(eq) / float64(len(a))
}

// bandKey hashes band b (rows r) of sig into one bucket key; the band number
// is part of the key so that one map serves all bands.
func bandKey(sig []uint32, b, r int) uint64 {
	h := mix64(uint64(b) + 1)
	for _, v := range sig[b*r : (b+1)*r] {
		h = mix64(h ^ uint64(v))
	}
	return h
}

// seeds returns k fixed seeds for the MinHash functions (a splitmix64
// sequence from a constant), so signatures are the same in every run.
func seeds(k int) []uint64 {
	out := make([]uint64, k)
	x := uint64(0x15a4d15a4d)
	for i := range out {
		x += 0x9e3779b97f4a7c15
		out[i] = mix64(x)
	}
	return out
}

// mix64 is the splitmix64 finalizer: a fast bijective 64-bit mixer.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// fnv64 is 64-bit FNV-1a.
func fnv64(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}
