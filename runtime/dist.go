package runtime

import "math"

// DistKind is the shape of a numeric distribution.
type DistKind uint8

// The distributions of x-distribution. DistUniform is the zero value.
const (
	DistUniform DistKind = iota
	DistNormal
	DistLogNormal
	DistExponential
	DistZipf
)

var distNames = [...]string{"uniform", "normal", "lognormal", "exponential", "zipf"}

// String returns the distribution's x-distribution name.
func (k DistKind) String() string { return distNames[k] }

// GoName is the name of the constant, for emitted code.
func (k DistKind) GoName() string {
	return [...]string{"DistUniform", "DistNormal", "DistLogNormal", "DistExponential", "DistZipf"}[k]
}

// ParseDistKind returns the kind an x-distribution "type" names.
func ParseDistKind(name string) (DistKind, bool) {
	for i, n := range distNames {
		if n == name {
			return DistKind(i), true
		}
	}
	return DistUniform, false
}

// Dist is a distribution clipped to [Lo, Hi]: draws outside are redrawn
// a few times and then clamped, so the bounds always hold.
//
//   - normal: Mean, SD
//   - lognormal: Mean and SD of the logarithm (mu, sigma)
//   - exponential: Mean (1/lambda), counted from Lo
//   - zipf: S (exponent > 1) over ranks Lo, Lo+1, …, Hi
type Dist struct {
	Kind     DistKind
	Mean, SD float64
	S        float64
	Lo, Hi   float64
}

// PriceDist is prices and amounts: log-normal around 25 (a long tail of
// expensive items), within 0.5..5000.
var PriceDist = Dist{Kind: DistLogNormal, Mean: math.Log(25), SD: 1.1, Lo: 0.5, Hi: 5000}

// distRetries is how many draws outside [Lo, Hi] are redrawn before the
// last is clamped.
const distRetries = 8

// Draw draws one value in [Lo, Hi].
func (d *Dist) Draw(s *Stream) float64 {
	var v float64
	for range distRetries {
		v = d.raw(s)
		if v >= d.Lo && v <= d.Hi {
			return v
		}
	}
	return min(max(v, d.Lo), d.Hi)
}

func (d *Dist) raw(s *Stream) float64 {
	switch d.Kind {
	case DistNormal:
		return d.Mean + d.SD*gauss(s)
	case DistLogNormal:
		return math.Exp(d.Mean + d.SD*gauss(s))
	case DistExponential:
		return d.Lo - d.Mean*math.Log(1-s.Float64())
	case DistZipf:
		return d.Lo + float64(zipfRank(s, d.S, int64(d.Hi-d.Lo)+1))
	}
	return d.Lo + (d.Hi-d.Lo)*s.Float64()
}

// gauss draws a standard normal by inverting its CDF at one uniform draw
// strictly inside (0, 1): math.Erfinv is Wichura's AS 241, a rational
// polynomial for the central 85 % and a logarithm only in the tails, so a
// draw costs one random number and rarely a log, where Box-Muller took two
// and a log, a square root and a cosine for every draw.
func gauss(s *Stream) float64 {
	u := (float64(s.Uint64()>>11) + 0.5) * (1.0 / (1 << 53)) // (0, 1)
	return math.Sqrt2 * math.Erfinv(2*u-1)
}

// zipfRank draws a rank in [0, n) with P(k) ∝ 1/(k+1)^s, by inverting the
// continuous approximation of the CDF (rejection-free, O(1)).
func zipfRank(st *Stream, s float64, n int64) int64 {
	if n <= 1 {
		return 0
	}
	u := st.Float64()
	logN := math.Log(float64(n) + 1)
	var x float64
	if s == 1 {
		x = math.Exp(u * logN)
	} else {
		// (1 + u(N^a - 1))^(1/a), with Exp and Log: math.Pow costs
		// three times as much for the same value.
		a := 1 - s
		x = math.Exp(math.Log1p(u*math.Expm1(a*logN)) / a)
	}
	k := int64(x) - 1
	return min(max(k, 0), n-1)
}
