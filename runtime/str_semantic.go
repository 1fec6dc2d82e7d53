package runtime

import (
	"fmt"
	"unicode/utf8"
)

// AppendField appends one value of a string that is a declared property
// of an object whose stream is obj. Kinds that share draws across fields
// (Kind.Shared: a person, a place, a timeline) take them from obj, so the
// fields of one object agree; other values are exactly Append's.
func (g *Str) AppendField(s *Stream, obj Stream, buf []byte) []byte {
	if g.Semantic == KindNone {
		fb := *s // see appendSemantic's fallback
		buf = g.Append(&fb, buf)
		*s = fb
		return buf
	}
	buf, _, _ = g.appendSemantic(s, obj, buf)
	return buf
}

func (g *Str) appendSemantic(s *Stream, obj Stream, buf []byte) ([]byte, int, bool) {
	now := g.Now
	if now == 0 {
		now = DefaultNow
	}
	c := semCtx{obj: obj, loc: g.Locale.data(), now: now, f: g.Format}
	start := len(buf)
	base := *s
	for attempt := 1; ; attempt++ {
		buf = appendSemantic(g.Semantic, &c, s, buf)
		v := buf[start:]
		ok := g.fitsLen(utf8.RuneCount(v)) && (g.Regex == nil || g.Regex.match.Match(v))
		if ok {
			return buf, attempt, ok
		}
		buf = buf[:start]
		*s = base.Child(uint64(attempt))
		if attempt == semanticRetries {
			// Constraints win: a value the kind cannot fit (rarer than
			// CheckSemantic could see) comes from the plain generator.
			// A copy: the constrained generators keep their stream's
			// address, which would move every caller's stream to the heap.
			fb := *s
			buf, n, ok := g.appendConstrained(&fb, buf)
			*s = fb
			return buf, attempt + n, ok
		}
	}
}

// semanticRetries is how many draws a semantic value gets before the
// plain generator takes over; shared draws (a person's name) repeat on
// every retry, so more would not help.
const semanticRetries = 4

// semanticSamples is how many values CheckSemantic draws: every one must
// fit, since a kind is only a refinement and the plain generator is always
// there to fall back on.
const semanticSamples = 256

// CheckSemantic reports whether every value the kind draws, from fixed
// streams, fits the lengths, the format and the pattern on its first draw;
// the compiler uses a kind only when it does. The error says why not, for
// `synthgen explain`.
func (g *Str) CheckSemantic() error {
	if g.Semantic == KindNone || g.Semantic >= kindCount {
		return fmt.Errorf("no semantic kind")
	}
	if !g.Semantic.Fits(g.Format) {
		return fmt.Errorf("values are not format %s", g.Format)
	}
	now := g.Now
	if now == 0 {
		now = DefaultNow
	}
	var buf []byte
	for i := range semanticSamples {
		rec := RecordStream(checkSeed, 0, uint64(i))
		s := rec.Child(1)
		c := semCtx{obj: rec, loc: g.Locale.data(), now: now, f: g.Format}
		buf = appendSemantic(g.Semantic, &c, &s, buf[:0])
		switch {
		case !g.fitsLen(utf8.RuneCount(buf)):
			return fmt.Errorf("value %q is not %s", buf, describeLen(g.MinLen, g.MaxLen))
		case g.Regex != nil && !g.Regex.match.Match(buf):
			return fmt.Errorf("value %q does not match pattern %s", buf, g.Regex.src)
		}
	}
	return nil
}

// Example returns the i'th sample value of the generator, as CheckSemantic
// draws it: for documentation and `synthgen explain`.
func (g *Str) Example(i int) string {
	rec := RecordStream(checkSeed, 0, uint64(i))
	s := rec.Child(1)
	return string(g.AppendField(&s, rec, nil))
}
