package runtime

import "math/bits"

// x-unique: a field's values are unique across a dataset, all shards
// included, without remembering any: record i takes element Permute(i) of
// the field's value range, and a permutation never repeats. The key is the
// seed and the field, so every record computes its own value alone.

// UniqueMinRange is the fewest values a range may hold for x-unique:
// smaller ranges run out within a handful of records and are refused when
// the schema is compiled.
const UniqueMinRange = 100

// permRounds is the Feistel network's rounds; four make a pseudo-random
// permutation (Luby–Rackoff), six leave no visible structure.
const permRounds = 6

// Permute returns the image of i under a permutation of [0, n) keyed by
// seed and id; n == 0 means the whole uint64 range. It is a balanced
// Feistel network over the smallest even number of bits that holds n,
// walking the cycle until it lands inside [0, n) (fewer than four steps
// on average, since that domain is under 4n). Indexes i >= n wrap: i mod n.
func Permute(seed, id, i, n uint64) uint64 {
	if n != 0 {
		if n == 1 {
			return 0
		}
		i %= n
	}
	half := uint(32)
	if n != 0 {
		half = uint(bits.Len64(n-1)+1) / 2
	}
	mask := uint64(1)<<half - 1
	key := mix(mix(seed+golden) ^ id)
	x := i
	for {
		l, r := x>>half, x&mask
		for round := uint64(0); round < permRounds; round++ {
			l, r = r, l^(mix(r^key+round*golden)&mask)
		}
		x = l<<half | r
		if n == 0 || x < n {
			return x
		}
	}
}

// Unique is value index of the field id under x-unique: k*Step for k the
// index's image in [KLo, KHi]. It draws nothing from any stream.
func (g *Int) Unique(seed, index, id uint64) int64 {
	k := Permute(seed, id, index, uint64(g.KHi-g.KLo)+1)
	return (g.KLo + int64(k)) * g.Step
}

// UniqueRange is how many distinct values [kLo, kHi] holds (0: all 2^64).
func UniqueRange(kLo, kHi int64) uint64 { return uint64(kHi-kLo) + 1 }
