package runtime

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

const maxRune = unicode.MaxRune

func appendRune(buf []byte, r rune) []byte { return utf8.AppendRune(buf, r) }

func foldNext(r rune) rune { return unicode.SimpleFold(r) }

// rxClass is a character class ready to draw from. A small class (at most
// smallClass members) draws uniformly from all its members. A large one
// (`.`, [^a], \p{L}) prefers readable members: printable ASCII, now and
// then a Latin letter, and only when it has neither, any member. Every
// choice is a member, so output stays correct.
type rxClass struct {
	small string   // every member, when the class is small and all ASCII
	runes []rune   // every member, when the class is small otherwise
	ascii string   // a large class's printable ASCII members
	latin []rune   // a large class's Latin letters (U+00C0..U+017F)
	spans []rxSpan // a large class's members (surrogates removed)
	total uint64
}

// rxSpan is the member range lo..hi; cum members come before it.
type rxSpan struct {
	lo, hi rune
	cum    uint64
}

const smallClass = 256

// latinOdds: a large class with both printable ASCII and Latin letters
// draws a Latin letter one time in latinOdds.
const latinOdds = 16

// newClass builds a class from lo, hi rune pairs (in any order, possibly
// overlapping). Surrogates are dropped: no UTF-8 string holds them. ok is
// false for an empty class.
func newClass(pairs []rune) (rxClass, bool) {
	var spans []rxSpan
	for i := 0; i+1 < len(pairs); i += 2 {
		lo, hi := pairs[i], min(pairs[i+1], maxRune)
		if lo > hi {
			continue
		}
		// Split around the surrogate block.
		if lo < 0xd800 && hi >= 0xd800 {
			spans = append(spans, rxSpan{lo: lo, hi: 0xd7ff})
			lo = 0xe000
		} else if isSurrogate(lo) {
			lo = 0xe000
		}
		if isSurrogate(hi) {
			hi = 0xd7ff
		}
		if lo <= hi {
			spans = append(spans, rxSpan{lo: lo, hi: hi})
		}
	}
	slices.SortFunc(spans, func(a, b rxSpan) int { return int(a.lo - b.lo) })
	merged := spans[:0]
	for _, sp := range spans {
		if k := len(merged) - 1; k >= 0 && sp.lo <= merged[k].hi+1 {
			merged[k].hi = max(merged[k].hi, sp.hi)
			continue
		}
		merged = append(merged, sp)
	}
	var c rxClass
	for i := range merged {
		merged[i].cum = c.total
		c.total += uint64(merged[i].hi - merged[i].lo + 1)
	}
	if c.total == 0 {
		return c, false
	}
	if c.total <= smallClass {
		var all []rune
		ascii := true
		for _, sp := range merged {
			for r := sp.lo; r <= sp.hi; r++ {
				all = append(all, r)
				ascii = ascii && r < utf8.RuneSelf
			}
		}
		if ascii {
			b := make([]byte, len(all))
			for i, r := range all {
				b[i] = byte(r)
			}
			c.small = string(b)
		} else {
			c.runes = all
		}
		return c, true
	}
	c.spans = merged
	var ascii []byte
	for r := rune(' '); r <= '~'; r++ {
		if c.has(r) {
			ascii = append(ascii, byte(r))
		}
	}
	c.ascii = string(ascii)
	for r := rune(0xc0); r <= 0x17f; r++ {
		if r != 0xd7 && r != 0xf7 && c.has(r) {
			c.latin = append(c.latin, r)
		}
	}
	return c, true
}

func (c *rxClass) has(r rune) bool {
	i, ok := slices.BinarySearchFunc(c.spans, r, func(sp rxSpan, r rune) int {
		switch {
		case sp.hi < r:
			return -1
		case sp.lo > r:
			return 1
		}
		return 0
	})
	_ = i
	return ok
}

// pick draws a member of a class that is not small-ASCII.
func (c *rxClass) pick(s *Stream) rune {
	if c.runes != nil {
		return c.runes[s.Uint64n(uint64(len(c.runes)))]
	}
	if c.ascii != "" && (c.latin == nil || s.Uint64n(latinOdds) != 0) {
		return rune(c.ascii[s.Uint64n(uint64(len(c.ascii)))])
	}
	if c.latin != nil {
		return c.latin[s.Uint64n(uint64(len(c.latin)))]
	}
	k := s.Uint64n(c.total)
	i, _ := slices.BinarySearchFunc(c.spans, k, func(sp rxSpan, k uint64) int {
		switch {
		case sp.cum+uint64(sp.hi-sp.lo) < k:
			return -1
		case sp.cum > k:
			return 1
		}
		return 0
	})
	sp := c.spans[i]
	return sp.lo + rune(k-sp.cum)
}
