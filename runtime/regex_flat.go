package runtime

import "math/bits"

// A flat program is a pattern that is a sequence of literals, small ASCII
// classes and repeats of them — most patterns in schemas (^EMP[0-9]{6}$,
// the NINO, ISO codes) — compiled to a list of steps that generate runs
// in one loop, with no walk over the node tree. It draws exactly what the
// tree walk draws (TestFlatProgramsWriteTheTreesBytes).
type rxStep struct {
	text   string // a literal, when class is ""
	class  string // a class's members
	repeat bool   // lo..hi members of class, else one
	lo, hi int32  // hi < 0: unbounded
}

// flatten returns r's flat program, or nil when r is not flat.
func (r *Regex) flatten() []rxStep {
	if r.asserts {
		return nil
	}
	var steps []rxStep
	var add func(i int32) bool
	add = func(i int32) bool {
		n := &r.nodes[i]
		switch n.op {
		case rxOpEmpty:
			return true
		case rxOpLit:
			steps = append(steps, rxStep{text: r.text[n.a:n.b]})
			return true
		case rxOpClass:
			c := &r.classes[n.a]
			steps = append(steps, rxStep{class: c.small})
			return c.small != ""
		case rxOpRepeat:
			kid := &r.nodes[n.a]
			if kid.op != rxOpClass || r.classes[kid.a].small == "" {
				return false
			}
			steps = append(steps, rxStep{class: r.classes[kid.a].small, repeat: true, lo: n.min, hi: n.max})
			return true
		case rxOpConcat:
			for _, k := range r.kids[n.a:n.b] {
				if !add(k) {
					return false
				}
			}
			return true
		}
		return false
	}
	if !add(r.root) {
		return nil
	}
	return steps
}

// generateFlat is generate for a flat program.
func (r *Regex) generateFlat(s *Stream, buf []byte) []byte {
	for i := range r.flat {
		st := &r.flat[i]
		switch {
		case st.class == "":
			buf = append(buf, st.text...)
		case !st.repeat:
			buf = append(buf, st.class[s.Uint64n(uint64(len(st.class)))])
		default:
			lo, hi := int(st.lo), int(st.hi)
			if hi < 0 {
				hi = lo + repeatCap
			}
			count := lo
			if hi > lo {
				count += int(s.Uint64n(uint64(hi - lo + 1)))
			}
			buf = appendClassRun(s, buf, st.class, count)
		}
	}
	return buf
}

// appendClassRun appends count members of a small ASCII class, several
// from one draw: each takes the high word of x·k and keeps the low word
// for the next, while k^m <= 2^32, so that no member is more than 2^-32
// from uniform. [0-9]{6} is one draw, not six.
func appendClassRun(s *Stream, buf []byte, small string, count int) []byte {
	k := uint64(len(small))
	for left := count; left > 0; {
		m, span := 1, k
		for m < left && span*k <= 1<<32 {
			span *= k
			m++
		}
		x := s.Uint64()
		for range m {
			hi, lo := bits.Mul64(x, k)
			buf = append(buf, small[hi])
			x = lo
		}
		left -= m
	}
	return buf
}
