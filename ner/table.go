package ner

import "math/bits"

// featTable maps a feature hash to its weights per tag. It is an
// open-addressing table with linear probing whose slots hold the hash and
// its row side by side, so that a lookup, found or not, reads one place in
// memory: tagging spends half its time looking up features, and a Go map
// of row numbers plus a separate array of rows cost two to three cache
// misses per feature found.
type featTable struct {
	slots []featSlot // len is a power of two, at most half full
	shift uint       // 64 − log2(len(slots))
	n     int
	// zero is the row of hash 0, the key that marks an empty slot.
	zero *[nTags]float32
}

type featSlot struct {
	key uint64
	row [nTags]float32
}

// home returns the first slot to probe for h. Hashes are FNV-1a, whose low
// bits are poorly mixed; the multiply spreads them into the high bits.
func (t *featTable) home(h uint64) uint64 {
	return (h * 0x9e3779b97f4a7c15) >> t.shift
}

// get returns the row of h, nil when h has none.
func (t *featTable) get(h uint64) *[nTags]float32 {
	if h == 0 {
		return t.zero
	}
	if len(t.slots) == 0 {
		return nil
	}
	mask := uint64(len(t.slots) - 1)
	for i := t.home(h); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.key == h {
			return &s.row
		}
		if s.key == 0 {
			return nil
		}
	}
}

// put sets the row of h.
func (t *featTable) put(h uint64, row [nTags]float32) {
	if h == 0 {
		if t.zero == nil {
			t.n++
		}
		t.zero = &row
		return
	}
	if 2*(t.n+1) > len(t.slots) {
		t.grow(2 * (t.n + 1))
	}
	mask := uint64(len(t.slots) - 1)
	for i := t.home(h); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.key == h {
			s.row = row
			return
		}
		if s.key == 0 {
			s.key, s.row = h, row
			t.n++
			return
		}
	}
}

// grow makes room for at least n entries at most half full.
func (t *featTable) grow(n int) {
	size := 8
	for size < 2*n {
		size *= 2
	}
	old := t.slots
	t.slots = make([]featSlot, size)
	t.shift = uint(64 - bits.TrailingZeros(uint(size)))
	mask := uint64(size - 1)
	for _, s := range old {
		if s.key == 0 {
			continue
		}
		i := t.home(s.key)
		for t.slots[i].key != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = s
	}
}

// len returns the number of hashes with a row.
func (t *featTable) len() int { return t.n }

// each calls fn for each hash and its row, in no particular order.
func (t *featTable) each(fn func(h uint64, row *[nTags]float32)) {
	if t.zero != nil {
		fn(0, t.zero)
	}
	for i := range t.slots {
		if s := &t.slots[i]; s.key != 0 {
			fn(s.key, &s.row)
		}
	}
}
