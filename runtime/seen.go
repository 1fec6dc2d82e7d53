package runtime

// Seen enforces uniqueItems in code that writes an array's JSON straight
// into the output buffer, as the plan does: it remembers where each item
// sits in the buffer and compares the bytes of a new one with theirs. The
// first few positions live in the value itself, so a Seen on the stack
// does not allocate for short arrays.
//
//	var seen runtime.Seen
//	...
//	start := len(buf)
//	buf = appendItem(buf)
//	if !seen.Add(buf, start) { buf = buf[:start] /* draw again */ }
type Seen struct {
	n     int
	small [2 * seenInline]int
	more  []int
}

const seenInline = 8

// Add reports whether buf[start:], the item just appended, differs from
// every item added so far, and if so remembers it. Items must stay where
// they are in buf.
func (u *Seen) Add(buf []byte, start int) bool {
	item := buf[start:]
	for j := 0; j < u.n; j++ {
		a, b := u.span(j)
		if string(buf[a:b]) == string(item) {
			return false
		}
	}
	if u.n < seenInline {
		u.small[2*u.n], u.small[2*u.n+1] = start, len(buf)
	} else {
		u.more = append(u.more, start, len(buf))
	}
	u.n++
	return true
}

func (u *Seen) span(j int) (int, int) {
	if j < seenInline {
		return u.small[2*j], u.small[2*j+1]
	}
	k := 2 * (j - seenInline)
	return u.more[k], u.more[k+1]
}
