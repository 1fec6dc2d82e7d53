package plan

import (
	"encoding/binary"
	"math/bits"
)

// The scanner below reads back the compact JSON this package writes (no
// white space, valid by construction), to flatten records into CSV cells
// from the very bytes the JSON formats print.

// skipValue returns the index just past the JSON value starting at b[i].
func skipValue(b []byte, i int) int {
	switch b[i] {
	case '"':
		return skipString(b, i)
	case '{', '[':
		depth := 0
		for ; i < len(b); i++ {
			switch b[i] {
			case '"':
				i = skipString(b, i) - 1
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return i + 1
				}
			}
		}
		return i
	}
	for i < len(b) && b[i] != ',' && b[i] != '}' && b[i] != ']' {
		i++
	}
	return i
}

// skipString returns the index just past the string starting at b[i]. It
// looks for the closing quote or a backslash eight bytes at a time: most
// strings hold neither until their end.
func skipString(b []byte, i int) int {
	for i++; i+8 <= len(b); {
		w := binary.LittleEndian.Uint64(b[i:])
		m := hasByte(w, '"') | hasByte(w, '\\')
		if m == 0 {
			i += 8
			continue
		}
		// The lowest flagged byte is a true match (a false one only ever
		// sits above a true one).
		j := i + bits.TrailingZeros64(m)/8
		if b[j] == '"' {
			return j + 1
		}
		i = j + 2 // past the backslash and the byte it escapes
	}
	for ; i < len(b); i++ {
		switch b[i] {
		case '\\':
			i++
		case '"':
			return i + 1
		}
	}
	return i
}

// hasByte flags (high bit set) the bytes of w equal to c, exactly up to
// the first one.
func hasByte(w uint64, c byte) uint64 {
	const lsb, msb = 0x0101010101010101, 0x8080808080808080
	x := w ^ lsb*uint64(c)
	return (x - lsb) &^ x & msb
}
