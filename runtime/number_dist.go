package runtime

import "math"

// Distributions of numeric kinds: the smart defaults the compiler gives an
// integer or number field whose name says what it holds. Each is clipped to
// the field's bounds by the compiler (Lo and Hi intersected).
var (
	// QuantityDist is small-skewed: mostly 1, 2 or 3.
	QuantityDist = Dist{Kind: DistZipf, S: 1.6, Lo: 1, Hi: 50}
	// RatingDist is the 1-to-5 rating of reviews: most are good.
	RatingDist = Dist{Kind: DistNormal, Mean: 4, SD: 1, Lo: 1, Hi: 5}
)

// Dist returns the distribution of a numeric kind in locale loc, or
// ok == false for kinds that are not numbers.
func (k Kind) Dist(loc Locale) (d Dist, ok bool) {
	switch k {
	case KindAge:
		return AgeDist, true
	case KindAmount:
		return PriceDist, true
	case KindQuantity:
		return QuantityDist, true
	case KindRating:
		return RatingDist, true
	case KindPercentage:
		return Dist{Lo: 0, Hi: 100}, true
	case KindYear:
		y := float64(yearOf(DefaultNow))
		return Dist{Kind: DistNormal, Mean: y - 8, SD: 8, Lo: y - 40, Hi: y}, true
	case KindLatitude, KindLongitude:
		lo, hi := loc.data().bounds(k == KindLatitude)
		return Dist{Lo: lo, Hi: hi}, true
	}
	return Dist{}, false
}

// bounds is the span of the locale's places, in degrees.
func (l *localeData) bounds(lat bool) (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, p := range l.places {
		v := p.lon
		if lat {
			v = p.lat
		}
		lo, hi = min(lo, float64(v)/1e4), max(hi, float64(v)/1e4)
	}
	return lo, hi
}

// IntDist draws k*Step from a distribution, k in [KLo, KHi]. For KindAge
// as a property, NextField takes the age from the object's person, so that
// it agrees with its date of birth.
type IntDist struct {
	KLo, KHi, Step int64
	Dist           Dist
	Semantic       Kind
	Locale         Locale
	Now            int64
}

// Next draws one value.
func (g *IntDist) Next(s *Stream) int64 { return g.fit(g.Dist.Draw(s)) }

// NextField draws one value of a property of the object obj.
func (g *IntDist) NextField(s *Stream, obj *Object) int64 {
	if g.Semantic != KindAge {
		return g.Next(s)
	}
	now := g.Now
	if now == 0 {
		now = DefaultNow
	}
	c := semCtx{obj: obj, loc: g.Locale.data(), locale: g.Locale, now: now, maxLen: -1}
	return g.fit(float64(ageAt(obj.personFor(&c).birth, now)))
}

func (g *IntDist) fit(v float64) int64 {
	k := int64(math.Round(v / float64(g.Step)))
	return min(max(k, g.KLo), g.KHi) * g.Step
}

// DecimalDist draws (k*Step) / 10^Scale from a distribution, k in
// [KLo, KHi]; it prints as exactly as Decimal.
type DecimalDist struct {
	KLo, KHi, Step int64
	Scale          uint8
	Dist           Dist
	// Semantic KindLatitude or KindLongitude as a property puts the
	// point near the object's place (NextField), in Locale.
	Semantic Kind
	Locale   Locale
}

// Next draws one value.
func (g *DecimalDist) Next(s *Stream) float64 { return g.fit(g.Dist.Draw(s)) }

// NextField draws one value of a property of the object obj.
func (g *DecimalDist) NextField(s *Stream, obj *Object) float64 {
	if g.Semantic != KindLatitude && g.Semantic != KindLongitude {
		return g.Next(s)
	}
	c := semCtx{obj: obj, loc: g.Locale.data(), locale: g.Locale, maxLen: -1}
	p := obj.spotFor(&c).p
	v := p.lon
	if g.Semantic == KindLatitude {
		v = p.lat
	}
	// Within about two kilometres of the town's centre.
	return g.fit(float64(int64(v)+int64(s.Uint64n(401))-200) / 1e4)
}

func (g *DecimalDist) fit(v float64) float64 {
	k := g.k(v)
	if g.Scale == 0 {
		return float64(k)
	}
	return float64(k) / pow10[g.Scale]
}

// k is the multiple of Step nearest v * 10^Scale, within [KLo, KHi].
func (g *DecimalDist) k(v float64) int64 {
	v *= pow10[g.Scale]
	if g.Step != 1 { // dividing by 1 changes nothing: skip the division
		v /= float64(g.Step)
	}
	return min(max(int64(math.Round(v)), g.KLo), g.KHi) * g.Step
}

// AppendJSON appends one value as JSON: the bytes of
// AppendNumber(g.Next(s)), formatted from the integer (appendScaled).
func (g *DecimalDist) AppendJSON(s *Stream, buf []byte) []byte {
	return appendScaled(buf, g.k(g.Dist.Draw(s)), g.Scale)
}

// ageAt is the age in whole years at now of someone born at birth.
func ageAt(birth, now int64) int64 {
	bd, _ := floorDiv(birth, day)
	nd, _ := floorDiv(now, day)
	by, bm, bdd := civilDate(int(bd))
	ny, nm, ndd := civilDate(int(nd))
	age := ny - by
	if nm < bm || nm == bm && ndd < bdd {
		age--
	}
	return int64(age)
}
