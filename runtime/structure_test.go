package runtime

import (
	"math"
	"math/bits"
	"testing"
)

// TestPickUnusedIsUniformOverTheUnused: every unused index, and only
// those, comes up about equally often (chi-square, 0.1 % level), which is
// the law of redrawing until an unused index comes up.
func TestPickUnusedIsUniformOverTheUnused(t *testing.T) {
	cases := []struct {
		n    int
		used uint64
	}{{6, 0}, {6, 0b100101}, {2, 1}, {8, 0b1000_0001}, {9, 0b1_0000_0001}, {64, 0}, {64, 1<<63 | 1}, {40, 0xffff_0000_ffff}}
	for _, c := range cases {
		counts := make([]int, 64)
		s := Stream{uint64(c.n) ^ c.used}
		const draws = 200000
		for range draws {
			k, ok := PickUnused(&s, c.n, c.used)
			if !ok {
				t.Fatalf("n %d, used %b: none picked", c.n, c.used)
			}
			if k >= c.n || c.used&(1<<uint(k)) != 0 {
				t.Fatalf("n %d, used %b: picked %d", c.n, c.used, k)
			}
			counts[k]++
		}
		free := 0
		for k := 0; k < c.n; k++ {
			if c.used&(1<<uint(k)) == 0 {
				free++
			}
		}
		want := float64(draws) / float64(free)
		chi := 0.0
		for k := 0; k < c.n; k++ {
			if c.used&(1<<uint(k)) == 0 {
				d := float64(counts[k]) - want
				chi += d * d / want
			}
		}
		// The 0.1 % point of chi-square with f-1 degrees of freedom, by
		// Wilson and Hilferty's approximation.
		f := float64(free - 1)
		crit := f * math.Pow(1-2/(9*f)+3.09*math.Sqrt(2/(9*f)), 3)
		if chi > crit {
			t.Errorf("n %d, used %b: chi-square %.1f over %d values (limit %.1f)", c.n, c.used, chi, free, crit)
		}
	}
}

func TestPickUnusedEndsWhenAllAreUsed(t *testing.T) {
	s := Stream{1}
	for _, n := range []int{1, 6, 64} {
		used := ^uint64(0)
		if n < 64 {
			used = 1<<uint(n) - 1
		}
		if _, ok := PickUnused(&s, n, used); ok {
			t.Errorf("n %d: picked from a full set", n)
		}
		if _, ok := PickUnused(&s, n, used|1<<63); ok && n < 64 {
			t.Errorf("n %d: a used index above n counted as free", n)
		}
	}
}

// TestPickUnusedTableMatchesTheLoop: the table small enums use picks what
// dropping free indices one by one picks, for every set and draw.
func TestPickUnusedTableMatchesTheLoop(t *testing.T) {
	for m := range 256 {
		free := uint64(m)
		for r := 0; r < bits.OnesCount64(free); r++ {
			f := free
			for k := r; k > 0; k-- {
				f &= f - 1
			}
			if got, want := int(selectBit[m][r]), bits.TrailingZeros64(f); got != want {
				t.Fatalf("set %08b, r %d: table %d, loop %d", m, r, got, want)
			}
		}
	}
}
