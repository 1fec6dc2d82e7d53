package runtime

import "encoding/binary"

// AppendJSON appends one value as a quoted JSON string: the bytes of
// QuoteTail(g.Append(s, buf), len(buf)), but written after an opening
// quote, so that the usual value — ASCII with nothing to escape — needs
// one scan and no shifting.
func (g *Str) AppendJSON(s *Stream, buf []byte) []byte {
	if g.Proved {
		if !g.Semantic.UsesObject() {
			return g.AppendProvedJSON(s, nil, buf)
		}
		o := NewObject(*s)
		return g.AppendProvedJSON(s, &o, buf)
	}
	if g.Semantic != KindNone && len(g.Also) == 0 {
		o := NewObject(*s) // as appendOne: the value's own stream stands in
		return g.appendSemanticJSON(s, &o, buf)
	}
	start := len(buf)
	buf = append(buf, '"')
	buf = g.Append(s, buf)
	if jsonClean(buf[start+1:]) {
		return append(buf, '"')
	}
	// Rare: take the quote back and escape as QuoteTail does.
	copy(buf[start:], buf[start+1:])
	return QuoteTail(buf[:len(buf)-1], start)
}

const (
	lsb = 0x0101010101010101
	msb = 0x8080808080808080
)

// jsonClean reports whether b is ASCII that a JSON string holds as it is:
// no control characters, quotes or backslashes. It reads eight bytes at a
// time.
func jsonClean(b []byte) bool {
	for len(b) >= 8 {
		x := binary.LittleEndian.Uint64(b)
		if x&msb|(x-0x20*lsb)&^x&msb|zeroByte(x^'"'*lsb)|zeroByte(x^'\\'*lsb) != 0 {
			return false
		}
		b = b[8:]
	}
	for _, c := range b {
		if c < 0x20 || c >= 0x80 || c == '"' || c == '\\' {
			return false
		}
	}
	return true
}

// zeroByte is non-zero when some byte of x is zero.
func zeroByte(x uint64) uint64 { return (x - lsb) &^ x & msb }

// AppendFieldJSON is AppendField quoted as a JSON string, written like
// AppendJSON: the bytes of QuoteTail(g.AppendField(s, obj, buf), len(buf)).
func (g *Str) AppendFieldJSON(s *Stream, obj *Object, buf []byte) []byte {
	if g.Proved {
		return g.AppendProvedJSON(s, obj, buf)
	}
	if g.Semantic != KindNone {
		return g.appendSemanticJSON(s, obj, buf)
	}
	start := len(buf)
	buf = append(buf, '"')
	buf = g.AppendField(s, obj, buf)
	if jsonClean(buf[start+1:]) {
		return append(buf, '"')
	}
	copy(buf[start:], buf[start+1:])
	return QuoteTail(buf[:len(buf)-1], start)
}

// appendSemanticJSON appends a semantic value quoted. Semantic values are
// printable ASCII without quotes or backslashes, by construction (word
// tables and digits; TestSemanticValuesAreJSONClean checks every kind in
// every locale and format), so they need no scan; only a value from the
// constraint generator's fallback is checked and escaped.
func (g *Str) appendSemanticJSON(s *Stream, obj *Object, buf []byte) []byte {
	start := len(buf)
	buf = append(buf, '"')
	buf, n, _ := g.appendSemantic(s, obj, buf)
	if n <= semanticRetries || jsonClean(buf[start+1:]) {
		return append(buf, '"')
	}
	copy(buf[start:], buf[start+1:])
	return QuoteTail(buf[:len(buf)-1], start)
}

// AppendProvedJSON writes a value of a proved kind (g.Proved must be set),
// quoted: the first draw, unchecked and unescaped (semantic values are
// clean ASCII), the bytes AppendJSON and AppendFieldJSON write, with a
// call and a branch fewer: emitted code and the plan call it directly.
// obj is the object of a property, or nil for a kind that reads none
// (Kind.UsesObject).
func (g *Str) AppendProvedJSON(s *Stream, obj *Object, buf []byte) []byte {
	var c semCtx
	c.obj, c.loc, c.locale, c.now, c.f, c.maxLen = obj, g.Locale.data(), g.Locale, g.Now, g.Format, g.MaxLen
	if c.now == 0 {
		c.now = DefaultNow
	}
	buf = append(buf, '"')
	buf = appendSemantic(g.Semantic, &c, s, buf)
	return append(buf, '"')
}
