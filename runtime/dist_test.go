package runtime

import (
	"math"
	"testing"
)

// TestDistributionsHaveTheirMeanAndSpread draws a large sample from each
// distribution with a fixed seed and compares its mean and standard
// deviation with the theory (for the clipped ones, with values computed
// for the clip).
func TestDistributionsHaveTheirMeanAndSpread(t *testing.T) {
	cases := []struct {
		name         string
		d            Dist
		mean, sd     float64
		tolM, tolS   float64
		integerRanks bool
	}{
		{"uniform on [10, 20]", Dist{Kind: DistUniform, Lo: 10, Hi: 20}, 15, 10 / math.Sqrt(12), 0.05, 0.05, false},
		{"normal(50, 5), far from its clip", Dist{Kind: DistNormal, Mean: 50, SD: 5, Lo: 0, Hi: 100}, 50, 5, 0.1, 0.1, false},
		{"lognormal(0, 0.5)", Dist{Kind: DistLogNormal, Mean: 0, SD: 0.5, Lo: 0, Hi: 1e9},
			math.Exp(0.125), math.Sqrt((math.Exp(0.25) - 1) * math.Exp(0.25)), 0.02, 0.03, false},
		{"exponential(mean 3) from 0", Dist{Kind: DistExponential, Mean: 3, Lo: 0, Hi: 1e9}, 3, 3, 0.06, 0.1, false},
	}
	const n = 200000
	for _, c := range cases {
		s := RecordStream(42, 0, 0)
		var sum, sq float64
		for range n {
			v := c.d.Draw(&s)
			if v < c.d.Lo || v > c.d.Hi {
				t.Fatalf("%s: %v outside [%v, %v]", c.name, v, c.d.Lo, c.d.Hi)
			}
			sum += v
			sq += v * v
		}
		mean := sum / n
		sd := math.Sqrt(sq/n - mean*mean)
		if math.Abs(mean-c.mean) > c.tolM || math.Abs(sd-c.sd) > c.tolS {
			t.Errorf("%s: mean %.4f sd %.4f, want %.4f and %.4f", c.name, mean, sd, c.mean, c.sd)
		}
	}
}

func TestZipfRanksFallLikeOneOverRank(t *testing.T) {
	d := Dist{Kind: DistZipf, S: 2, Lo: 1, Hi: 100}
	s := RecordStream(42, 0, 1)
	var counts [101]int
	const n = 200000
	for range n {
		v := d.Draw(&s)
		if v != math.Trunc(v) || v < 1 || v > 100 {
			t.Fatalf("zipf drew %v", v)
		}
		counts[int(v)]++
	}
	// P(1)/P(2) is 2^s = 4 for s = 2; the continuous inversion is close.
	if r := float64(counts[1]) / float64(counts[2]); r < 2 || r > 6 {
		t.Errorf("P(1)/P(2) = %.2f, want about 4", r)
	}
	if counts[1] < counts[2] || counts[2] < counts[5] || counts[5] < counts[50] {
		t.Errorf("counts do not fall with rank: %v", counts[:10])
	}
}

func TestDrawsOutsideTheBoundsAreClipped(t *testing.T) {
	d := Dist{Kind: DistNormal, Mean: 0, SD: 100, Lo: -1, Hi: 1}
	s := RecordStream(1, 0, 0)
	for range 10000 {
		if v := d.Draw(&s); v < -1 || v > 1 {
			t.Fatalf("clip failed: %v", v)
		}
	}
}

func TestPickWeightedFollowsTheWeights(t *testing.T) {
	cum := []uint64{70, 95, 95, 100} // 70, 25, 0, 5
	s := RecordStream(9, 0, 0)
	var counts [4]int
	const n = 100000
	for range n {
		counts[PickWeighted(&s, cum)]++
	}
	if counts[2] != 0 {
		t.Errorf("a zero weight was drawn %d times", counts[2])
	}
	for i, want := range []float64{0.70, 0.25, 0, 0.05} {
		if got := float64(counts[i]) / n; math.Abs(got-want) > 0.01 {
			t.Errorf("value %d drawn %.3f of the time, want %.2f", i, got, want)
		}
	}
}

func BenchmarkIntDistNormal(b *testing.B) {
	g := IntDist{KLo: 18, KHi: 90, Step: 1, Dist: AgeDist}
	s := RecordStream(1, 0, 0)
	for b.Loop() {
		_ = g.Next(&s)
	}
}

func BenchmarkDecimalDistLogNormal(b *testing.B) {
	g := DecimalDist{KLo: 50, KHi: 500000, Step: 1, Scale: 2, Dist: PriceDist}
	s := RecordStream(1, 0, 0)
	for b.Loop() {
		_ = g.Next(&s)
	}
}

func BenchmarkPickWeighted(b *testing.B) {
	cum := []uint64{70, 95, 95, 100}
	s := RecordStream(1, 0, 0)
	for b.Loop() {
		_ = PickWeighted(&s, cum)
	}
}

// TestGaussHasTheNormalShape checks more than the two moments: the share of
// 1,000,000 draws below each point from -3.5 to 3.5 in steps of 0.25 is Φ
// at that point, tails included, so a sampler with the right spread but
// the wrong shape (a ziggurat table off by a layer) fails.
func TestGaussHasTheNormalShape(t *testing.T) {
	const n = 1000000
	var points []float64
	for p := -3.5; p <= 3.5; p += 0.25 {
		points = append(points, p)
	}
	below := make([]int, len(points))
	s := RecordStream(7, 0, 0)
	for range n {
		z := gauss(&s)
		if math.IsInf(z, 0) || math.IsNaN(z) {
			t.Fatalf("gauss drew %v", z)
		}
		for i, p := range points {
			if z < p {
				below[i]++
			}
		}
	}
	for i, p := range points {
		want := 0.5 * math.Erfc(-p/math.Sqrt2)
		got := float64(below[i]) / n
		// Four standard errors of a binomial share, and at least 0.0001.
		tol := max(4*math.Sqrt(want*(1-want)/n), 0.0001)
		if math.Abs(got-want) > tol {
			t.Errorf("P(z < %v) = %.5f, want %.5f ± %.5f", p, got, want, tol)
		}
	}
}

// A Prepared Zipf draws the discrete law exactly: each rank's share of
// 400,000 draws is within four standard errors of k^-s / H(n, s), and the
// last rank is reachable.
func TestPreparedZipfIsTheDiscreteLaw(t *testing.T) {
	for _, c := range []struct {
		s      float64
		lo, hi float64
	}{{1.6, 1, 20}, {2, 1, 100}, {1, 0, 9}, {1.1, 5, 4096 + 4}} {
		d := Dist{Kind: DistZipf, S: c.s, Lo: c.lo, Hi: c.hi}.Prepared()
		if d.zipfCDF == nil {
			t.Fatalf("%+v: no table", c)
		}
		n := int(c.hi-c.lo) + 1
		var h float64
		for k := 1; k <= n; k++ {
			h += math.Pow(float64(k), -c.s)
		}
		counts := make([]int, n)
		s := RecordStream(8, 0, 0)
		const draws = 400000
		for range draws {
			v := d.Draw(&s)
			if v != math.Trunc(v) || v < c.lo || v > c.hi {
				t.Fatalf("%+v: drew %v", c, v)
			}
			counts[int(v-c.lo)]++
		}
		for k := 0; k < min(n, 10); k++ {
			p := math.Pow(float64(k+1), -c.s) / h
			got := float64(counts[k]) / draws
			if tol := 4 * math.Sqrt(p*(1-p)/draws); math.Abs(got-p) > tol {
				t.Errorf("%+v: rank %d share %.5f, want %.5f ± %.5f", c, k+1, got, p, tol)
			}
		}
	}
	// The table's last threshold is the top: a draw of all ones lands on
	// the last rank rather than past it.
	d := Dist{Kind: DistZipf, S: 3, Lo: 1, Hi: 3}.Prepared()
	if d.zipfCDF[len(d.zipfCDF)-1] != math.MaxUint64 {
		t.Fatal("the last threshold is not 2^64-1")
	}
}
