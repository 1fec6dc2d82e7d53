package runtime

import (
	"math"
	"strconv"
)

// Int draws k*Step for k uniform in [KLo, KHi].
type Int struct{ KLo, KHi, Step int64 }

// Next draws one value.
func (g *Int) Next(s *Stream) int64 { return s.Int64Range(g.KLo, g.KHi) * g.Step }

// Decimal draws (k*Step) / 10^Scale for k uniform in [KLo, KHi]. Dividing an
// exact integer by an exact power of ten rounds once, so the shortest
// representation of the result is the intended decimal: 0.07 prints as 0.07.
type Decimal struct {
	KLo, KHi, Step int64
	Scale          uint8
}

// Next draws one value.
func (g *Decimal) Next(s *Stream) float64 {
	k := s.Int64Range(g.KLo, g.KHi) * g.Step
	if g.Scale == 0 {
		return float64(k)
	}
	return float64(k) / pow10[g.Scale]
}

// AppendJSON appends one value as JSON: the bytes of
// AppendNumber(g.Next(s)), formatted from the integer k without floating
// point where that is exact (appendScaled).
func (g *Decimal) AppendJSON(s *Stream, buf []byte) []byte {
	return appendScaled(buf, s.Int64Range(g.KLo, g.KHi)*g.Step, g.Scale)
}

// appendScaled appends k / 10^scale exactly as AppendNumber appends
// float64(k) / 10^scale. With at most 15 significant digits the division
// (of exact operands, rounded once) gives the double nearest the decimal,
// and no shorter decimal rounds to that double, so AppendNumber's shortest
// form is the decimal itself: its digits can be written from k directly,
// about four times faster than formatting the float. Outside that range,
// and below AppendNumber's switch to exponents (1e-6), the float is
// formatted as before.
func appendScaled(buf []byte, k int64, scale uint8) []byte {
	const maxExact = 1e15
	a := k
	if a < 0 {
		a = -a
	}
	if a >= maxExact || scale > 15 || k != 0 && scale > 6 && a < int64(pow10[scale-6]) {
		if scale == 0 {
			return AppendNumber(buf, float64(k))
		}
		return AppendNumber(buf, float64(k)/pow10[scale])
	}
	if k < 0 {
		buf = append(buf, '-')
	}
	var q, f int64
	switch scale { // constant divisors: a 64-bit division by a variable is slow
	case 0:
		return strconv.AppendInt(buf, a, 10)
	case 1:
		q, f = a/10, a%10
	case 2:
		q, f = a/100, a%100
	case 3:
		q, f = a/1000, a%1000
	default:
		p := int64(pow10[scale])
		q, f = a/p, a%p
	}
	buf = appendSmall(buf, uint64(q))
	if scale == 2 { // money: "", ".5" or ".05", from a table: no branch on the cents
		n := len(buf)
		if cap(buf)-n >= 4 {
			c := centsDigits[f]
			buf = buf[:n+4]
			*(*[4]byte)(buf[n:]) = c
			return buf[:n+int(c[3])]
		}
	}
	if f == 0 {
		return buf
	}
	if scale == 2 {
		if f%10 == 0 {
			return append(buf, '.', byte('0'+f/10))
		}
		return append(buf, '.', byte('0'+f/10), byte('0'+f%10))
	}
	// The fraction, zero-padded to scale digits, without trailing zeros.
	n := int(scale)
	for f%10 == 0 {
		f /= 10
		n--
	}
	var tmp [16]byte
	for i := n - 1; i >= 0; i-- {
		tmp[i] = byte('0' + f%10)
		f /= 10
	}
	buf = append(buf, '.')
	return append(buf, tmp[:n]...)
}

// centsDigits[f] is what a money amount's f cents add to its units: ""
// for 0, ".5" for 50, ".05" for 5, ".25" for 25; its last byte the length.
var centsDigits = func() (t [100][4]byte) {
	for f := 1; f < 100; f++ {
		d := []byte{'.', byte('0' + f/10), byte('0' + f%10)}
		if f%10 == 0 {
			d = d[:2]
		}
		copy(t[f][:3], d)
		t[f][3] = byte(len(d))
	}
	return t
}()

var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// MaxScale is the largest Decimal.Scale.
const MaxScale = len(pow10) - 1

// AppendNumber appends f as a JSON number: integral values without a
// fraction or exponent where they fit (1.0 prints as 1, which Draft 4
// requires of integers), others in their shortest form.
func AppendNumber(buf []byte, f float64) []byte {
	if f == math.Trunc(f) && math.Abs(f) < 1e21 {
		if math.Abs(f) < 1<<63 {
			return strconv.AppendInt(buf, int64(f), 10)
		}
		return strconv.AppendFloat(buf, f, 'f', -1, 64)
	}
	a := math.Abs(f)
	if a >= 1e-6 && a < 1e21 {
		return strconv.AppendFloat(buf, f, 'f', -1, 64)
	}
	return strconv.AppendFloat(buf, f, 'e', -1, 64)
}

// AppendInt appends i as a JSON number.
func AppendInt(buf []byte, i int64) []byte { return strconv.AppendInt(buf, i, 10) }

// AppendBool appends true or false.
func AppendBool(buf []byte, b bool) []byte {
	if b {
		return append(buf, "true"...)
	}
	return append(buf, "false"...)
}
