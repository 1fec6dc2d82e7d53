package runtime

// PickWeighted draws an index i with probability proportional to
// cum[i]-cum[i-1]: cum holds running totals of integer weights (x-weights),
// the last positive. One draw, then a binary search.
func PickWeighted(s *Stream, cum []uint64) int {
	u := s.Uint64n(cum[len(cum)-1])
	lo, hi := 0, len(cum)-1
	for lo < hi {
		mid := (lo + hi) / 2
		if cum[mid] > u {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// Flag draws true pct times in 100 (one draw, like Stream.Bool).
func Flag(s *Stream, pct uint8) bool { return s.Uint64n(100) < uint64(pct) }
