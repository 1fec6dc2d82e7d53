package runtime

// AppendAny appends a small random JSON value of a random type (null,
// boolean, integer, number with 2 decimals, short ASCII word string) as JSON
// text, for the `true`/{} schema.
func AppendAny(s *Stream, buf []byte) []byte {
	switch s.Uint64n(5) {
	case 0:
		return append(buf, "null"...)
	case 1:
		return AppendBool(buf, s.Bool())
	case 2:
		return AppendInt(buf, s.Int64Range(-100, 1000))
	case 3:
		return AppendNumber(buf, float64(s.Int64Range(-100000, 100000))/100)
	}
	buf = append(buf, '"')
	buf = append(buf, pickWord(s, commonWords)...)
	return append(buf, '"')
}

// keyClasses is how many key classes commonWords splits into: key i
// comes from class i%keyClasses, whose words sit at indices congruent to
// it, and keys past the first keyClasses carry the numeric suffix
// i/keyClasses+1. Classes are disjoint and words hold no digits, so keys
// for distinct i are distinct whatever streams the caller passes.
const keyClasses = 64

// AppendKey appends the raw (unquoted) name of the i-th generated member of
// a map-like object: a short lowercase word, distinct for distinct i within
// one object (i >= 0). The stream only picks among the words of i's class,
// so distinctness does not depend on how the caller derives streams per key.
func AppendKey(s *Stream, i int, buf []byte) []byte {
	perClass := uint64(len(commonWords) / keyClasses)
	w := commonWords[uint64(i%keyClasses)+keyClasses*s.Uint64n(perClass)]
	buf = append(buf, w...)
	if i >= keyClasses {
		buf = AppendInt(buf, int64(i/keyClasses+1))
	}
	return buf
}

// KeyWords returns the words AppendKey draws member names from (a copy),
// for the compiler to check which of them a schema allows as names.
func KeyWords() []string { return append([]string(nil), commonWords...) }

// AppendKeyFrom appends the name of the i-th generated member of a
// map-like object whose names are drawn from words (names the compiler
// proved allowed): distinct for distinct i < len(words), whatever streams
// the caller passes, as word i%len(words) classes split like AppendKey's.
// The caller never asks for more than len(words) members.
func AppendKeyFrom(s *Stream, i int, words []string, buf []byte) []byte {
	classes := min(len(words), keyClasses)
	perClass := uint64(len(words) / classes)
	return append(buf, words[uint64(i%classes)+uint64(classes)*s.Uint64n(perClass)]...)
}
