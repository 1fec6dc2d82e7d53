package runtime

import "math/bits"

// The structural choices below are shared by the plan and the emitted code,
// so both backends draw the same numbers in the same order.

// Present decides whether an optional property appears. It is the first
// draw on the property's own stream.
func Present(s *Stream) bool { return s.Uint64n(4) != 0 }

// DefaultArraySpan is how far past minItems an array without maxItems may
// grow.
const DefaultArraySpan = 3

// ArrayLen draws an array length in [min, max]. shallow (past the recursion
// budget) always takes min. max < 0 means no maxItems.
func ArrayLen(s *Stream, min, max int, shallow bool) int {
	if shallow {
		return min
	}
	if max < 0 {
		max = min + DefaultArraySpan
	}
	if max <= min {
		return min
	}
	return min + s.Intn(max-min+1)
}

// Pick draws a branch or enum index in [0, n); shallow returns the given
// terminating index without drawing.
func Pick(s *Stream, n, shallowIndex int, shallow bool) int {
	if shallow {
		return shallowIndex
	}
	return s.Intn(n)
}

// UniqueRetries is how many times an array item that repeats an earlier
// one is drawn again (from a fresh child stream) before the array is cut
// short.
const UniqueRetries = 16

// uniqueRetriesBelowMin is the budget of an item the array needs to reach
// minItems: cutting there would write an invalid record. Items with few
// values (the lowering refuses fewer than minItems) may need many draws to
// find a new one: with one new value in four left, 16 draws miss 1 time
// in 100, 1024 draws practically never.
const uniqueRetriesBelowMin = 1024

// UniqueBudget is how many redraws item i of a uniqueItems array with
// minItems min gets before the array is cut short.
func UniqueBudget(i, min int) int {
	if i < min {
		return uniqueRetriesBelowMin
	}
	return UniqueRetries
}

// ItemStream is the stream of item i of an array, attempt a (0 first).
func ItemStream(s Stream, i, attempt int) Stream {
	if attempt == 0 && uint(i) < uint(len(itemKeys)) {
		return Stream{mix(s.s ^ itemKeys[i])} // s.Child(i), its key looked up
	}
	return s.Child(uint64(i) | uint64(attempt)<<40)
}

// itemKeys[i] is the key s.Child mixes in for item i's first attempt.
var itemKeys = func() (k [64]uint64) {
	for i := range k {
		k[i] = mix(uint64(i) + golden)
	}
	return k
}()

// ExtraID is the child id of the stream that draws a map-like object's
// generated members.
const ExtraID = 0x5e7ac0de

// PickUnused draws an index below n (at most 64) that used does not hold,
// each with the same chance: the law of drawing until an unused index comes
// up, from one draw. ok is false when every index is used.
func PickUnused(s *Stream, n int, used uint64) (k int, ok bool) {
	free := ^used
	if n < 64 {
		free &= 1<<uint(n) - 1
	}
	c := bits.OnesCount64(free)
	if c == 0 {
		return 0, false
	}
	r := s.Intn(c)
	if n <= 8 { // most enums: the r-th free index from a table, no loop to mispredict
		return int(selectBit[free][r]), true
	}
	for ; r > 0; r-- {
		free &= free - 1 // drop the lowest free index
	}
	return bits.TrailingZeros64(free), true
}

// selectBit[m][r] is the index of m's r-th set bit (from 0).
var selectBit = func() (t [256][8]uint8) {
	for m := range t {
		r := 0
		for b := 0; b < 8; b++ {
			if m&(1<<b) != 0 {
				t[m][r] = uint8(b)
				r++
			}
		}
	}
	return t
}()
