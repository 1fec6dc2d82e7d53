package runtime

import "bytes"

// The types below exist for code emitted by `synthgen compile`; the plan
// does not use them.

// RawJSON is a value held as its JSON encoding. Generated code uses it for
// values with no natural Go type: any value, non-string enums, map-like
// objects, tuples and most unions.
type RawJSON []byte

// AppendJSON appends r verbatim.
func (r RawJSON) AppendJSON(buf []byte) []byte { return append(buf, r...) }

// MarshalJSON returns r, or null when r is empty.
func (r RawJSON) MarshalJSON() ([]byte, error) {
	if len(r) == 0 {
		return []byte("null"), nil
	}
	return r, nil
}

// Nullable is a value of a schema that also allows null: Valid is false for
// null.
type Nullable[T any] struct {
	Value T
	Valid bool
}

// Unique enforces uniqueItems in generated code the way the plan does: an
// item is new when its JSON encoding differs from every earlier item's.
// It keeps the encodings back to back in one buffer:
//
//	var seen runtime.Unique
//	...
//	ok := seen.Add(runtime.AppendJSONString(seen.Next(), item))
type Unique struct {
	buf  []byte
	ends []int
}

// Next returns the buffer to append a candidate item's encoding to.
func (u *Unique) Next() []byte { return u.buf }

// Add reports whether the candidate — enc as returned by appending it to
// Next() — differs from every item added so far, and if so keeps it.
func (u *Unique) Add(enc []byte) bool {
	item := enc[len(u.buf):]
	prev := 0
	for _, end := range u.ends {
		if bytes.Equal(enc[prev:end], item) {
			u.buf = enc[:len(u.buf)] // keep the capacity the candidate grew
			return false
		}
		prev = end
	}
	u.buf = enc
	u.ends = append(u.ends, len(enc))
	return true
}

// Last returns the encoding of the item added last.
func (u *Unique) Last() []byte {
	n := len(u.ends)
	if n == 0 {
		return nil
	}
	start := 0
	if n > 1 {
		start = u.ends[n-2]
	}
	return u.buf[start:u.ends[n-1]]
}
