package runtime

import (
	"math"
	"testing"
)

// ulps is how many doubles lie between a and b.
func ulps(a, b float64) int64 {
	d := int64(math.Float64bits(a)) - int64(math.Float64bits(b))
	if d < 0 {
		d = -d
	}
	return d
}

func TestExpDet(t *testing.T) {
	check := func(x float64) {
		t.Helper()
		if got, want := expDet(x), math.Exp(x); ulps(got, want) > 2 {
			t.Fatalf("expDet(%v) = %v, math.Exp = %v (%d ulps)", x, got, want, ulps(got, want))
		}
	}
	s := Stream{1}
	for range 1_000_000 {
		check(-700 + 1400*s.Float64()) // the whole range
		check(-5 + 15*s.Float64())     // where log-normal draws land
	}
	for _, x := range []float64{0, -0.0, 1, -1, math.Ln2, 0.5 * math.Ln2 / expN, 699.9, -699.9, 1e-300} {
		check(x)
	}
	for _, x := range []float64{math.Inf(1), math.Inf(-1), 710, -750} {
		if got, want := expDet(x), math.Exp(x); got != want {
			t.Errorf("expDet(%v) = %v, want %v", x, got, want)
		}
	}
	if !math.IsNaN(expDet(math.NaN())) {
		t.Error("expDet(NaN) is not NaN")
	}
}
