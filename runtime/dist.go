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

	// zipfCDF, which Prepared fills for a Zipf over at most zipfTableMax
	// ranks, is P(rank <= k) scaled to 2^64: a draw is one random number
	// and a short search, and exactly the discrete Zipf law. Without it
	// (a literal not Prepared) ranks come from the continuous inversion.
	zipfCDF []uint64
}

// zipfTableMax is the most ranks Prepared tabulates.
const zipfTableMax = 4096

// Prepared returns d ready to draw fast: a Zipf over a modest range gets
// its table. Both backends draw from prepared distributions (emitted code
// calls it on its literals), so they agree.
func (d Dist) Prepared() Dist {
	if d.Kind != DistZipf || d.zipfCDF != nil {
		return d
	}
	n := int64(d.Hi-d.Lo) + 1
	if n < 2 || n > zipfTableMax {
		return d
	}
	w := make([]float64, n)
	var sum float64
	for k := range w {
		w[k] = math.Pow(float64(k+1), -d.S)
		sum += w[k]
	}
	d.zipfCDF = make([]uint64, n)
	var acc float64
	for k := range w {
		acc += w[k]
		// A share below 1 scales to at most 2^64 - 2^11, which uint64
		// holds; 1 itself would not (the conversion is undefined).
		if f := acc / sum; f < 1 {
			d.zipfCDF[k] = uint64(f * (1 << 64))
		} else {
			d.zipfCDF[k] = math.MaxUint64
		}
	}
	d.zipfCDF[n-1] = math.MaxUint64 // every draw lands somewhere
	return d
}

// zipfTabled draws a rank from the table: the first k with u < cdf[k].
func zipfTabled(s *Stream, cdf []uint64) int64 {
	u := s.Uint64()
	lo, hi := 0, len(cdf)-1
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if u < cdf[mid] {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return int64(lo)
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
		return d.Mean + float64(d.SD*gauss(s)) // rounded: never fused (expDet)
	case DistLogNormal:
		return expDet(d.Mean + float64(d.SD*gauss(s)))
	case DistExponential:
		return d.Lo - d.Mean*math.Log(1-s.Float64())
	case DistZipf:
		if d.zipfCDF != nil {
			return d.Lo + float64(zipfTabled(s, d.zipfCDF))
		}
		return d.Lo + float64(zipfRank(s, d.S, int64(d.Hi-d.Lo)+1))
	}
	return d.Lo + (d.Hi-d.Lo)*s.Float64()
}

// gauss draws a standard normal with Marsaglia and Tsang's ziggurat (128
// layers, J. Stat. Softw. 5(8), 2000): one random number and a table
// lookup for 98.8 % of draws, an exponential only at a layer's edge and in
// the tail. It replaced the inverse CDF (math.Erfinv), whose polynomials
// and branches cost ten times as much per draw.
func gauss(s *Stream) float64 {
	for {
		u := s.Uint64()
		j := int32(u)          // signed: the sign and the position in the layer
		i := u >> 32 & zigMask // the layer
		x := float64(j) * zigW[i]
		if absInt32(j) < zigK[i] {
			return x // inside the layer's rectangle
		}
		if i == 0 {
			// The tail beyond zigR, by Marsaglia's method.
			for {
				x = -math.Log(1-s.Float64()) / zigR
				y := -math.Log(1 - s.Float64())
				if y+y >= x*x {
					break
				}
			}
			if j > 0 {
				return zigR + x
			}
			return -zigR - x
		}
		if zigF[i]+s.Float64()*(zigF[i-1]-zigF[i]) < math.Exp(-0.5*x*x) {
			return x // under the curve in the layer's edge
		}
	}
}

const (
	zigLayers = 128
	zigMask   = zigLayers - 1
	zigR      = 3.442619855899      // where the tail starts
	zigV      = 9.91256303526217e-3 // the area of each layer
)

// The ziggurat's tables (zigset in the paper): zigK the layers'
// rectangle bounds scaled to int32, zigW the scale from int32 to x, zigF
// the density at each layer's edge.
var zigK, zigW, zigF = zigTables()

func zigTables() (k [zigLayers]uint32, w, f [zigLayers]float64) {
	const m = 1 << 31
	dn, tn := zigR, zigR
	q := zigV / math.Exp(-0.5*dn*dn)
	k[0] = uint32(dn / q * m)
	k[1] = 0
	w[0] = q / m
	w[zigLayers-1] = dn / m
	f[0] = 1
	f[zigLayers-1] = math.Exp(-0.5 * dn * dn)
	for i := zigLayers - 2; i >= 1; i-- {
		dn = math.Sqrt(-2 * math.Log(zigV/dn+math.Exp(-0.5*dn*dn)))
		k[i+1] = uint32(dn / tn * m)
		tn = dn
		f[i] = math.Exp(-0.5 * dn * dn)
		w[i] = dn / m
	}
	return k, w, f
}

func absInt32(i int32) uint32 {
	if i < 0 {
		return uint32(-i)
	}
	return uint32(i)
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
