package runtime

import "math/bits"

// Stream is a small counter-based pseudo-random stream: a 64-bit state
// that each draw advances by a constant and hashes with wyrand's 128-bit
// multiply (one multiplication a draw, where SplitMix64's finaliser takes
// two and three shifts), and that derivation sets with SplitMix64's
// finaliser, so that every stream starts from well-mixed state. It is a
// value: copying a Stream forks it. Streams are derived, never shared:
//
//	record stream = RecordStream(seed, entity, index)
//	child stream  = parent.Child(id)   // id: FieldID(name), or an item index
//
// so any value of any record can be recomputed alone in O(1).
type Stream struct{ s uint64 }

const golden = 0x9e3779b97f4a7c15

func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// RecordStream is the stream of record index of the entity, for a seed.
func RecordStream(seed, entity, index uint64) Stream {
	return Stream{mix(mix(mix(seed+golden)^entity+golden) ^ index)}
}

// Child derives an independent stream from s's current state and id.
func (s Stream) Child(id uint64) Stream {
	return Stream{mix(s.s ^ mix(id+golden))}
}

// Uint64 draws 64 random bits (wyrand: Wang Yi's PRNG, which passes
// BigCrush and PractRand).
func (s *Stream) Uint64() uint64 {
	s.s += 0xa0761d6478bd642f
	hi, lo := bits.Mul64(s.s, s.s^0xe7037ed1a0b428db)
	return hi ^ lo
}

// Intn draws uniformly from [0, n). n must be positive.
func (s *Stream) Intn(n int) int {
	return int(s.Uint64n(uint64(n)))
}

// Uint64n draws uniformly from [0, n) (Lemire's method, unbiased). n == 0
// means the whole uint64 range.
func (s *Stream) Uint64n(n uint64) uint64 {
	if n == 0 {
		return s.Uint64()
	}
	hi, lo := bits.Mul64(s.Uint64(), n)
	if lo < n {
		return s.uint64nSlow(n, hi, lo)
	}
	return hi
}

// uint64nSlow is the rare part of Uint64n, kept out of line so that
// Uint64n inlines.
func (s *Stream) uint64nSlow(n, hi, lo uint64) uint64 {
	t := -n % n
	for lo < t {
		hi, lo = bits.Mul64(s.Uint64(), n)
	}
	return hi
}

// Int64Range draws uniformly from [lo, hi] (inclusive). lo must be <= hi.
func (s *Stream) Int64Range(lo, hi int64) int64 {
	return lo + int64(s.Uint64n(uint64(hi-lo)+1))
}

// Float64 draws uniformly from [0, 1).
func (s *Stream) Float64() float64 {
	return float64(s.Uint64()>>11) * (1.0 / (1 << 53))
}

// Bool draws a fair coin.
func (s *Stream) Bool() bool { return s.Uint64()&1 == 1 }

// FieldID is the stable id of a property name, used to derive the field's
// stream from its object's stream (64-bit FNV-1a).
func FieldID(name string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(name); i++ {
		h ^= uint64(name[i])
		h *= 1099511628211
	}
	return h
}

// EntityID is the stable id of an entity name; "" (a single-schema run) is 0.
func EntityID(name string) uint64 {
	if name == "" {
		return 0
	}
	return FieldID(name)
}
