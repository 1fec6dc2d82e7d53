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

// scanCSVString returns the index just past the string starting at b[i],
// as skipString does, and whether its text is a CSV cell as it stands:
// nothing escaped, no comma, quote or line break, no space at either end.
func scanCSVString(b []byte, i int) (end int, plain bool) {
	start := i + 1
	for i++; i+8 <= len(b); i += 8 {
		w := binary.LittleEndian.Uint64(b[i:])
		stop := hasByte(w, '"') | hasByte(w, '\\')
		bad := hasByte(w, ',') | hasByte(w, '\n') | hasByte(w, '\r')
		if stop == 0 {
			if bad != 0 {
				return skipString(b, start-1), false
			}
			continue
		}
		// The lowest flagged byte of each mask is a true match.
		low := bits.TrailingZeros64(stop)
		j := i + low/8
		if b[j] != '"' || bad&(1<<uint(low)-1) != 0 {
			return skipString(b, start-1), false
		}
		return j + 1, spaceless(b[start:j])
	}
	for ; i < len(b); i++ {
		switch b[i] {
		case '"':
			return i + 1, spaceless(b[start:i])
		case '\\', ',', '\n', '\r':
			return skipString(b, start-1), false
		}
	}
	return i, false
}

// spaceless: neither end of v is a space (which CSV would quote).
func spaceless(v []byte) bool {
	return len(v) == 0 || v[0] != ' ' && v[len(v)-1] != ' '
}
