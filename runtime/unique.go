package runtime

import (
	"fmt"
	"math/bits"
	"sort"
	"strings"
	"unicode/utf8"
)

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

// UniqueSize is how many strings the pattern's language holds when it can
// be enumerated for x-unique: an anchored sequence of literals and classes,
// each a fixed number of times (a fixed-width id shape such as
// `^CUST-[0-9]{8}$`), with no surrogate code point in a class. size 0 with
// ok means 2^64 or more.
func (r *Regex) UniqueSize() (size uint64, ok bool) {
	if !r.isLinear {
		return 0, false
	}
	size = 1
	for i := range r.linear {
		a := &r.linear[i]
		if a.min != a.max || a.size == 0 && a.min > 0 {
			return 0, false
		}
		for j := 0; j+1 < len(a.ranges); j += 2 {
			if a.ranges[j] <= 0xDFFF && a.ranges[j+1] >= 0xD800 {
				return 0, false
			}
		}
		for range a.min {
			hi, lo := bits.Mul64(size, a.size)
			if hi != 0 || size == 0 {
				size = 0 // 2^64 or more: stays so
				continue
			}
			size = lo
		}
	}
	return size, true
}

// appendNth appends string k of the language UniqueSize counts, reading k
// in mixed radix, last atom least significant, so distinct k < size give
// distinct strings.
func (r *Regex) appendNth(k uint64, buf []byte) []byte {
	var tmp [64]rune
	runes := tmp[:0]
	for i := len(r.linear) - 1; i >= 0; i-- {
		a := &r.linear[i]
		for range a.min {
			j := k % a.size
			k /= a.size
			runes = append(runes, a.nth(j))
		}
	}
	for i := len(runes) - 1; i >= 0; i-- {
		buf = utf8.AppendRune(buf, runes[i])
	}
	return buf
}

// nth is the set's j-th rune in order.
func (a *rxAtom) nth(j uint64) rune {
	for i := 0; i+1 < len(a.ranges); i += 2 {
		w := uint64(a.ranges[i+1]-a.ranges[i]) + 1
		if j < w {
			return a.ranges[i] + rune(j)
		}
		j -= w
	}
	return a.ranges[len(a.ranges)-1]
}

// AppendUnique appends the x-unique value of record index for field id:
// the string of the pattern's language at the index's image under
// Permute. The Str's Regex must be enumerable (UniqueSize).
func (g *Str) AppendUnique(seed, index, id uint64, buf []byte) []byte {
	n, _ := g.Regex.UniqueSize()
	return g.Regex.appendNth(Permute(seed, id, index, n), buf)
}

// AppendUniqueJSON is AppendUnique as a JSON string.
func (g *Str) AppendUniqueJSON(seed, index, id uint64, buf []byte) []byte {
	start := len(buf)
	return QuoteTail(g.AppendUnique(seed, index, id, buf), start)
}

// AppendUniqueUUID appends the x-unique UUID of index for field id: a
// version 4, RFC 4122 variant UUID whose 122 free bits hold p =
// Permute(index) over all 64-bit values — the first 60 free bits are p's
// high 60, the 4 after the variant its low 4 — and 58 bits drawn from s.
// Distinct indexes give distinct p, so distinct UUIDs; p is a keyed
// pseudo-random permutation, so the UUID still looks random.
func AppendUniqueUUID(s *Stream, seed, index, id uint64, buf []byte) []byte {
	p := Permute(seed, id, index, 0)
	hi := p>>16<<16 | 0x4<<12 | p>>4&0xfff
	lo := 0x2<<62 | (p&0xf)<<58 | s.Uint64()&(1<<58-1)
	return appendUUIDBits(buf, hi, lo)
}

// AppendUniqueUUIDJSON is AppendUniqueUUID as a JSON string.
func AppendUniqueUUIDJSON(s *Stream, seed, index, id uint64, buf []byte) []byte {
	buf = append(buf, '"')
	return append(AppendUniqueUUID(s, seed, index, id, buf), '"')
}

// FixedShape returns a fixed-width sub-shape of a linear pattern with
// variable repeats (`^ID-[0-9]{4,8}$`, `^[a-z]+_[0-9]?$`), for x-unique:
// the anchored pattern of the same atoms each repeated a fixed number of
// times within its own bounds, so every string it enumerates
// (UniqueSize, AppendUnique) matches the original pattern too. The
// counts start at each atom's minimum; the atoms with the most runes
// then grow, widest first, until the shape holds 2^64 strings or
// maxLen code points (maxLen < 0: no limit); then any atom grows, in
// order, until the shape reaches minLen. ok is false when the pattern is
// not linear (alternation, overlapping runs) or no such shape fits the
// lengths.
func (r *Regex) FixedShape(minLen, maxLen int) (pattern string, ok bool) {
	if !r.isLinear {
		return "", false
	}
	atoms := r.linear
	counts := make([]int, len(atoms))
	total := 0
	for i := range atoms {
		counts[i] = atoms[i].min
		total += atoms[i].min
	}
	fits := func(i int) bool {
		return (atoms[i].max < 0 || counts[i] < atoms[i].max) && (maxLen < 0 || total < maxLen)
	}
	order := make([]int, len(atoms))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return atoms[order[a]].size > atoms[order[b]].size })
	size := uint64(1) // strings so far; 0: 2^64 or more
	for i := range atoms {
		for range counts[i] {
			size = mulSat(size, atoms[i].size)
		}
	}
	for _, i := range order {
		for size != 0 && atoms[i].size >= 2 && fits(i) {
			counts[i]++
			total++
			size = mulSat(size, atoms[i].size)
		}
	}
	for i := range atoms {
		for total < minLen && fits(i) {
			counts[i]++
			total++
		}
	}
	if total < minLen || maxLen >= 0 && total > maxLen {
		return "", false
	}
	var b strings.Builder
	b.WriteByte('^')
	for i := range atoms {
		if counts[i] == 0 {
			continue
		}
		a := &atoms[i]
		if len(a.ranges) == 2 && a.ranges[0] == a.ranges[1] {
			writeShapeRune(&b, a.ranges[0], `\.+*?()|[]{}^$`)
		} else {
			b.WriteByte('[')
			for j := 0; j+1 < len(a.ranges); j += 2 {
				writeShapeRune(&b, a.ranges[j], `\-[]^`)
				if a.ranges[j+1] != a.ranges[j] {
					b.WriteByte('-')
					writeShapeRune(&b, a.ranges[j+1], `\-[]^`)
				}
			}
			b.WriteByte(']')
		}
		if counts[i] != 1 {
			fmt.Fprintf(&b, "{%d}", counts[i])
		}
	}
	b.WriteByte('$')
	return b.String(), true
}

// mulSat is a*b, or 0 (2^64 or more) when it overflows or a is 0.
func mulSat(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	if a == 0 || hi != 0 {
		return 0
	}
	return lo
}

// writeShapeRune writes r in a pattern: printable ASCII as it is, after a
// backslash when in special, anything else as \x{…}.
func writeShapeRune(b *strings.Builder, r rune, special string) {
	switch {
	case r > ' ' && r < 127 && strings.ContainsRune(special, r):
		b.WriteByte('\\')
		b.WriteRune(r)
	case r > ' ' && r < 127:
		b.WriteRune(r)
	default:
		fmt.Fprintf(b, `\x{%x}`, r)
	}
}
