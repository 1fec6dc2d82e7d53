package runtime

import (
	"fmt"
	"unicode/utf8"
)

// AppendField appends one value of a string that is a declared property
// of the object obj. Kinds that share draws across fields
// (Kind.Shared: a person, a place, a timeline) take them from obj, so the
// fields of one object agree; other values are exactly Append's.
func (g *Str) AppendField(s *Stream, obj *Object, buf []byte) []byte {
	if g.Semantic == KindNone {
		fb := *s // see appendSemantic's fallback
		buf = g.Append(&fb, buf)
		*s = fb
		return buf
	}
	buf, _, _ = g.appendSemantic(s, obj, buf)
	return buf
}

func (g *Str) appendSemantic(s *Stream, obj *Object, buf []byte) ([]byte, int, bool) {
	now := g.Now
	if now == 0 {
		now = DefaultNow
	}
	// Field by field, not a composite literal: the literal is built in a
	// temporary and copied with wide loads that stall on its narrow stores
	// (store forwarding), about 8 % of a customer record.
	var c semCtx
	c.obj, c.loc, c.locale, c.now, c.f, c.maxLen = obj, g.Locale.data(), g.Locale, now, g.Format, g.MaxLen
	if g.Proved {
		return appendSemantic(g.Semantic, &c, s, buf), 1, true
	}
	start := len(buf)
	base := *s
	for attempt := 1; ; attempt++ {
		buf = appendSemantic(g.Semantic, &c, s, buf)
		ok := g.fitsValue(buf[start:])
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
			buf, n, ok := g.withAlso(&fb, buf, true)
			*s = fb
			return buf, attempt + n, ok
		}
	}
}

// fitsValue reports whether a semantic value meets every constraint of the
// field other than its format (Kind.Fits settles that): the lengths in
// code points, the pattern and every further pattern (Also, from allOf).
// A constraint added to Str must be added here too, or semantic values
// would ignore it.
func (g *Str) fitsValue(v []byte) bool {
	return g.fitsBytes(v) && (g.Regex == nil || g.Regex.Match(v)) && g.matchesAlso(v)
}

// semanticRetries is how many draws a semantic value gets before the
// plain generator takes over; shared draws (a person's name) repeat on
// every retry, so more would not help.
const semanticRetries = 4

// semanticSamples is how many values CheckSemantic draws; at most
// semanticMisses of them may miss the constraints on their first draw.
// A value that misses is redrawn and, failing that, taken from the
// constraint-driven generator, so output stays valid either way: the
// threshold only keeps the kind's realism from being mostly fallback.
const (
	semanticSamples = 256
	semanticMisses  = semanticSamples / 10
)

// CheckSemantic reports whether the kind's values, drawn from fixed
// streams, fit the lengths, the format and the pattern on their first
// draw often enough (all but one in ten); the compiler uses a kind only
// when they do. The error says why not, for `synthgen explain`.
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
	var (
		buf    []byte
		misses int
		first  error
	)
	for i := range semanticSamples {
		rec := RecordStream(checkSeed, 0, uint64(i))
		s := rec.Child(1)
		o := NewObject(rec)
		c := semCtx{obj: &o, loc: g.Locale.data(), locale: g.Locale, now: now, f: g.Format, maxLen: g.MaxLen}
		buf = appendSemantic(g.Semantic, &c, &s, buf[:0])
		var err error
		switch {
		case !g.fitsLen(utf8.RuneCount(buf)):
			err = fmt.Errorf("value %q is not %s", buf, describeLen(g.MinLen, g.MaxLen))
		case g.Regex != nil && !g.Regex.match.Match(buf):
			err = fmt.Errorf("value %q does not match pattern %s", buf, g.Regex.src)
		case !g.matchesAlso(buf):
			err = fmt.Errorf("value %q does not match every pattern of allOf", buf)
		case !g.fitsValue(buf):
			err = fmt.Errorf("value %q misses the field's constraints", buf)
		}
		if err != nil {
			misses++
			if first == nil {
				first = err
			}
		}
	}
	if misses > semanticMisses {
		return fmt.Errorf("%w (%d of %d samples miss)", first, misses, semanticSamples)
	}
	return nil
}

// Distinct counts the distinct values among the samples CheckSemantic
// draws: the compiler wants many for array items, which uniqueItems may
// require to differ.
func (g *Str) Distinct() int {
	seen := make(map[string]bool, semanticSamples)
	for i := range semanticSamples {
		seen[g.Example(i)] = true
	}
	return len(seen)
}

// Example returns the i'th sample value of the generator, as CheckSemantic
// draws it: for documentation and `synthgen explain`.
func (g *Str) Example(i int) string {
	rec := RecordStream(checkSeed, 0, uint64(i))
	s := rec.Child(1)
	o := NewObject(rec)
	return string(g.AppendField(&s, &o, nil))
}
