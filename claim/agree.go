package claim

import "math"

// Bounds returns the range Compare uses for a figure: [min, max], with a
// missing bound open (−Inf or +Inf), widened by tol × the bound on each side
// when approx is set.
func Bounds(min, max *float64, approx bool, tol float64) (lo, hi float64) {
	lo, hi = math.Inf(-1), math.Inf(1)
	if min != nil {
		lo = *min
	}
	if max != nil {
		hi = *max
	}
	if approx && tol > 0 {
		if !math.IsInf(lo, 0) {
			lo -= math.Abs(lo) * tol
		}
		if !math.IsInf(hi, 0) {
			hi += math.Abs(hi) * tol
		}
	}
	return lo, hi
}

// Agree reports whether two answers can both be true: their ranges (see
// Bounds) overlap. Exact figures agree only when equal (300 and 308
// conflict); "أكثر من 250" (250 to open) agrees with 300; "بين 300 و500"
// and "نحو 600" (540–660) conflict; "عشرات" (20–99, approximate) agrees
// with 40. Bounds are inclusive.
func Agree(a, b Answer, tol float64) bool {
	alo, ahi := Bounds(a.Min, a.Max, a.Approx, tol)
	blo, bhi := Bounds(b.Min, b.Max, b.Approx, tol)
	const eps = 1e-9
	return alo <= bhi+eps && blo <= ahi+eps
}
