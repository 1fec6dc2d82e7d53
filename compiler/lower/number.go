package lower

import (
	"cmp"
	"fmt"
	"math"
	"math/big"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/synthgen/synthgen/compiler/diag"
	"github.com/synthgen/synthgen/compiler/ir"
	"github.com/synthgen/synthgen/runtime"
)

// Default ranges: an unbounded number spans defaultSpan from 0 (or from its
// one bound), and at least minSteps steps of its multipleOf.
const (
	defaultSpan = 1000
	minSteps    = 10
	minScale    = 2
)

// maxExact bounds k*Step of a Number: a decimal of at most 15 significant
// digits survives the float64 the runtime computes it in, and prints back
// as itself.
var maxExact = big.NewInt(999_999_999_999_999)

// bound is one end of a numeric range.
type bound struct {
	v    *big.Rat
	excl bool
	kw   string // the keyword that set it
	d4   bool   // Draft 4's boolean exclusive form
}

func (b *bound) String() string {
	if b.d4 {
		// Draft 4: "maximum": 10, "exclusiveMaximum": true.
		return fmt.Sprintf("%s %s (exclusive)", map[string]string{
			"exclusiveMinimum": "minimum", "exclusiveMaximum": "maximum"}[b.kw], decimal(b.v))
	}
	return b.kw + " " + decimal(b.v)
}

// bounds returns the effective lower and upper bounds of s, nil where
// unbounded; of an inclusive and an exclusive bound the tighter wins.
func bounds(s *jsonschema.Schema) (lo, hi *bound) {
	d4 := s.DraftVersion == 4
	if s.Minimum != nil {
		lo = &bound{v: s.Minimum, kw: "minimum"}
	}
	if e := s.ExclusiveMinimum; e != nil && (lo == nil || e.Cmp(lo.v) >= 0) {
		lo = &bound{v: e, excl: true, kw: "exclusiveMinimum", d4: d4}
	}
	if s.Maximum != nil {
		hi = &bound{v: s.Maximum, kw: "maximum"}
	}
	if e := s.ExclusiveMaximum; e != nil && (hi == nil || e.Cmp(hi.v) <= 0) {
		hi = &bound{v: e, excl: true, kw: "exclusiveMaximum", d4: d4}
	}
	return lo, hi
}

// checkRange refuses an empty real range.
func (l *lowerer) checkRange(s *jsonschema.Schema, lo, hi *bound) error {
	if lo == nil || hi == nil {
		return nil
	}
	switch c := lo.v.Cmp(hi.v); {
	case c > 0:
		return l.errf(diag.KindUnsatisfiable, s, lo.kw, "%s > %s", lo, hi)
	case c == 0 && (lo.excl || hi.excl):
		return l.errf(diag.KindUnsatisfiable, s, lo.kw, "%s >= %s", lo, hi)
	}
	return nil
}

// kRange returns the smallest and largest k with k*step inside the bounds;
// nil where unbounded.
func kRange(lo, hi *bound, step *big.Rat) (kLo, kHi *big.Int) {
	if lo != nil {
		q := new(big.Rat).Quo(lo.v, step)
		if lo.excl {
			kLo = new(big.Int).Add(floor(q), big.NewInt(1))
		} else {
			kLo = ceil(q)
		}
	}
	if hi != nil {
		q := new(big.Rat).Quo(hi.v, step)
		if hi.excl {
			kHi = new(big.Int).Sub(ceil(q), big.NewInt(1))
		} else {
			kHi = floor(q)
		}
	}
	return kLo, kHi
}

// fill gives an unbounded side a default: [0, span], or span beyond the
// one bound, where span is defaultSpan (at least minSteps steps).
func fill(kLo, kHi *big.Int, step *big.Rat) (*big.Int, *big.Int) {
	span := floor(new(big.Rat).Quo(big.NewRat(defaultSpan, 1), step))
	if span.Cmp(big.NewInt(minSteps)) < 0 {
		span = big.NewInt(minSteps)
	}
	switch {
	case kLo == nil && kHi == nil:
		kLo, kHi = big.NewInt(0), span
	case kHi == nil:
		kHi = new(big.Int).Add(kLo, span)
	case kLo == nil:
		kLo = new(big.Int).Sub(kHi, span)
	}
	return kLo, kHi
}

// clamp narrows [kLo, kHi] to [min, max]. The one bound of a half-open
// range is first pulled inside, so that the default span sits within
// reach; a range that lies wholly outside is refused, naming its bound.
func (l *lowerer) clamp(s *jsonschema.Schema, kLo, kHi, min, max *big.Int, lo, hi *bound, step *big.Rat, what string) (int64, int64, error) {
	if kLo == nil && kHi != nil && kHi.Cmp(max) > 0 {
		kHi = max
	}
	if kHi == nil && kLo != nil && kLo.Cmp(min) < 0 {
		kLo = min
	}
	kLo, kHi = fill(kLo, kHi, step)
	var b *bound
	switch {
	case kLo.Cmp(max) > 0:
		b = cmp.Or(lo, hi)
	case kHi.Cmp(min) < 0:
		b = cmp.Or(hi, lo)
	default:
		if kLo.Cmp(min) < 0 {
			kLo = min
		}
		if kHi.Cmp(max) > 0 {
			kHi = max
		}
		return kLo.Int64(), kHi.Int64(), nil
	}
	return 0, 0, l.errf(diag.KindUnsupported, s, b.kw, "%s is beyond %s", b, what)
}

func (l *lowerer) emptyGrid(s *jsonschema.Schema, lo, hi *bound, what string) error {
	kw := "multipleOf"
	if s.MultipleOf == nil {
		kw = lo.kw
	}
	return l.errf(diag.KindUnsatisfiable, s, kw, "no %s between %s and %s", what, lo, hi)
}

// integer lowers an integer: k*Step with Step the numerator of multipleOf
// (the integer multiples of p/q are the multiples of p).
func (l *lowerer) integer(s *jsonschema.Schema, m ir.Meta) (ir.Node, error) {
	lo, hi := bounds(s)
	if err := l.checkRange(s, lo, hi); err != nil {
		return nil, err
	}
	step, what := big.NewInt(1), "integer"
	if s.MultipleOf != nil {
		step = new(big.Int).Set(s.MultipleOf.Num())
		what = "multiple of " + step.String()
	}
	stepR := new(big.Rat).SetInt(step)
	kLo, kHi := kRange(lo, hi, stepR)
	if kLo != nil && kHi != nil && kLo.Cmp(kHi) > 0 {
		return nil, l.emptyGrid(s, lo, hi, what)
	}
	if !step.IsInt64() {
		return l.exactGrid(m, kLo, kHi, stepR, "multipleOf "+decimal(s.MultipleOf)+" is beyond 64-bit integers"), nil
	}
	min := ceil(new(big.Rat).SetFrac(big.NewInt(math.MinInt64), step))
	max := floor(new(big.Rat).SetFrac(big.NewInt(math.MaxInt64), step))
	a, b, err := l.clamp(s, kLo, kHi, min, max, lo, hi, stepR, "64-bit integers")
	if err != nil {
		return l.exactGrid(m, kLo, kHi, stepR, err.(*diag.Error).Msg), nil
	}
	return &ir.Integer{Meta: m, KLo: a, KHi: b, Step: step.Int64()}, nil
}

// number lowers a number: (k*Step)/10^Scale. With multipleOf p/q, Scale is
// the decimals of p/q and Step = p/q * 10^Scale; without, Step is 1 and
// Scale the decimals of the bounds (at least 2), raised until a tight
// exclusive range holds a value.
func (l *lowerer) number(s *jsonschema.Schema, m ir.Meta) (ir.Node, error) {
	lo, hi := bounds(s)
	if err := l.checkRange(s, lo, hi); err != nil {
		return nil, err
	}
	var (
		scale    int
		stepInt  = big.NewInt(1)
		stepR    *big.Rat
		kLo, kHi *big.Int
	)
	if mo := s.MultipleOf; mo != nil {
		scale = decimals(mo.Denom())
		if scale < 0 {
			return nil, l.errf(diag.KindUnsupported, s, "multipleOf",
				"multipleOf %s has no finite decimal expansion", decimal(mo))
		}
		stepR = mo
		stepInt = new(big.Rat).Mul(mo, pow10(scale)).Num()
		kLo, kHi = kRange(lo, hi, stepR)
		if kLo != nil && kHi != nil && kLo.Cmp(kHi) > 0 {
			return nil, l.emptyGrid(s, lo, hi, "multiple of "+decimal(mo))
		}
		if scale > runtime.MaxScale {
			return l.exactGrid(m, kLo, kHi, stepR,
				fmt.Sprintf("multipleOf %s needs more than %d decimals", decimal(mo), runtime.MaxScale)), nil
		}
	} else {
		scale = minScale
		for _, b := range []*bound{lo, hi} {
			if b != nil {
				if d := decimals(b.v.Denom()); d > scale {
					scale = min(d, runtime.MaxScale)
				}
			}
		}
		for {
			stepR = new(big.Rat).Inv(pow10(scale))
			kLo, kHi = kRange(lo, hi, stepR)
			if kLo == nil || kHi == nil || kLo.Cmp(kHi) <= 0 {
				break
			}
			if scale >= runtime.MaxScale {
				// Tiny magnitudes: the decimals a tight range needs,
				// beyond float64's exact ones.
				for scale < maxExactScale && kLo.Cmp(kHi) > 0 {
					scale++
					stepR = new(big.Rat).Inv(pow10(scale))
					kLo, kHi = kRange(lo, hi, stepR)
				}
				if kLo.Cmp(kHi) > 0 {
					return nil, l.errf(diag.KindUnsupported, s, lo.kw,
						"the range between %s and %s needs more than %d decimals", lo, hi, maxExactScale)
				}
				return l.exactGrid(m, kLo, kHi, stepR, fmt.Sprintf("the range between %s and %s needs more than %d decimals",
					lo, hi, runtime.MaxScale)), nil
			}
			scale++
		}
	}
	if !stepInt.IsInt64() || stepInt.Cmp(maxExact) > 0 {
		return l.exactGrid(m, kLo, kHi, stepR,
			"multipleOf "+decimal(s.MultipleOf)+" is beyond the 15 significant digits generated exactly"), nil
	}
	max := new(big.Int).Quo(maxExact, stepInt)
	min := new(big.Int).Neg(max)
	a, b, err := l.clamp(s, kLo, kHi, min, max, lo, hi, stepR, "the 15 significant digits generated exactly")
	if err != nil {
		return l.exactGrid(m, kLo, kHi, stepR, err.(*diag.Error).Msg), nil
	}
	return &ir.Number{Meta: m, KLo: a, KHi: b, Step: stepInt.Int64(), Scale: uint8(scale)}, nil
}

// Magnitudes the runtime's int64 and float64 cannot hold exactly.
const (
	// gridValues is how many exact values stand for such a range.
	gridValues = 64
	// maxExactScale bounds the decimals of a tight range's values.
	maxExactScale = 400
)

// exactGrid lowers a range the runtime cannot draw exactly (integers
// beyond int64, numbers beyond 15 significant digits or 22 decimals) to an
// Enum of up to gridValues values k*step, spread evenly over [kLo, kHi]
// (an unbounded side gets the default span) and written as exact decimal
// text: both backends already print an Enum's values byte for byte.
func (l *lowerer) exactGrid(m ir.Meta, kLo, kHi *big.Int, step *big.Rat, why string) ir.Node {
	kLo, kHi = fill(kLo, kHi, step)
	span := new(big.Int).Sub(kHi, kLo)
	n := int64(gridValues)
	if span.IsInt64() && span.Int64() < n {
		n = span.Int64() + 1
	}
	e := &ir.Enum{Meta: m}
	var last *big.Int
	for i := range n {
		k := new(big.Int).Set(kLo)
		if n > 1 {
			off := new(big.Int).Mul(span, big.NewInt(i))
			k.Add(k, off.Quo(off, big.NewInt(n-1)))
		}
		if last != nil && k.Cmp(last) == 0 {
			continue
		}
		last = k
		e.Values = append(e.Values, []byte(decimal(new(big.Rat).Mul(new(big.Rat).SetInt(k), step))))
	}
	e.Notes = append(e.Notes, fmt.Sprintf("%s: %d exact values spread over the range", why, len(e.Values)))
	return e
}

func floor(q *big.Rat) *big.Int {
	// big.Int.Div is Euclidean: with a positive divisor it rounds down.
	return new(big.Int).Div(q.Num(), q.Denom())
}

func ceil(q *big.Rat) *big.Int {
	return new(big.Int).Neg(floor(new(big.Rat).Neg(q)))
}

func pow10(n int) *big.Rat {
	return new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil))
}

// decimals returns the d with q | 10^d (q a denominator), or -1 when q has
// a prime factor other than 2 and 5.
func decimals(q *big.Int) int {
	r := new(big.Int).Set(q)
	var twos, fives int
	two, five, zero := big.NewInt(2), big.NewInt(5), new(big.Int)
	mod := new(big.Int)
	for r.Cmp(big.NewInt(1)) > 0 && mod.Mod(r, two).Cmp(zero) == 0 {
		r.Quo(r, two)
		twos++
	}
	for r.Cmp(big.NewInt(1)) > 0 && mod.Mod(r, five).Cmp(zero) == 0 {
		r.Quo(r, five)
		fives++
	}
	if r.Cmp(big.NewInt(1)) != 0 {
		return -1
	}
	return max(twos, fives)
}

// decimal prints r exactly as a decimal where it has a finite expansion.
func decimal(r *big.Rat) string {
	if r.IsInt() {
		return r.Num().String()
	}
	if d := decimals(r.Denom()); d >= 0 {
		return r.FloatString(d)
	}
	return r.RatString()
}
