package runtime

import (
	"fmt"
	"unicode/utf8"
)

// Str generates a string value as raw UTF-8 (NOT quoted/escaped; callers
// quote with QuoteTail or AppendJSONString).
//
// A Format wins over a Regex: the value is drawn from the format and must
// also match the pattern (Check proves it usually does). A Regex alone is
// steered to the length bounds. With neither, the value is words.
type Str struct {
	MinLen, MaxLen int    // in Unicode code points; MaxLen < 0 means no maxLength
	Format         Format // FormatNone or one of format.go's formats
	Regex          *Regex // nil, or the compiled `pattern`
	// Semantic, when set, wins over Format and Regex: values are drawn
	// from the kind (in Locale, counting time back from Now, 0 meaning
	// DefaultNow) and must still fit the lengths, format and pattern
	// (compiler/semantic proves they do before choosing the kind).
	Semantic Kind
	Locale   Locale
	Now      int64
	// Proved says that the compiler proved (Prove) that every value of the
	// kind meets the lengths and the pattern, so values are written
	// without being checked. Setting it by hand without Prove's say-so
	// can write values the schema rejects.
	Proved bool
	// Also are further patterns (allOf) the value must match: a value
	// that misses one is redrawn from a derived stream.
	Also []*Regex
}

const (
	// defaultStrSpan is how far past MinLen a string without maxLength
	// may grow.
	defaultStrSpan = 12
	// maxStrSpan caps how far past MinLen a plain or length-steered
	// string grows, however large maxLength is: maxLength 10000 means "no
	// more than", not "about 5000".
	maxStrSpan = 48
	// strRetries is how many draws (from derived streams) Append makes
	// for a value that fits the length bounds and the pattern. Check
	// demands a success rate that makes exhausting it a one in 1e9 event.
	strRetries = 128
)

// Append appends one value.
func (g *Str) Append(s *Stream, buf []byte) []byte {
	buf, _, _ = g.appendTry(s, buf)
	return buf
}

// appendTry appends one value and reports how many draws it took and
// whether the last one fits. Append and Check share it, so Check measures
// exactly what Append does.
func (g *Str) appendTry(s *Stream, buf []byte) ([]byte, int, bool) {
	return g.withAlso(s, buf, false)
}

// withAlso runs the value's draws (appendOne, or appendConstrained when
// constrained) until the value also matches every pattern of Also, each
// try on a stream derived for it. The choice is a flag, not a func value:
// a stream passed through a func value escapes, and every value would
// allocate.
func (g *Str) withAlso(s *Stream, buf []byte, constrained bool) ([]byte, int, bool) {
	one := func(s *Stream, buf []byte) ([]byte, int, bool) {
		if constrained {
			return g.appendConstrained(s, buf)
		}
		return g.appendOne(s, buf)
	}
	if len(g.Also) == 0 {
		return one(s, buf)
	}
	start := len(buf)
	base := *s
	draws := 0
	for attempt := 1; ; attempt++ {
		var n int
		var ok bool
		buf, n, ok = one(s, buf)
		draws += n
		ok = ok && g.matchesAlso(buf[start:])
		if ok || attempt == strRetries {
			return buf, draws, ok
		}
		buf = buf[:start]
		*s = base.Child(alsoStreams + uint64(attempt))
	}
}

// alsoStreams offsets the streams of Also's redraws from those the
// format and regex retries derive.
const alsoStreams = 1 << 32

func (g *Str) matchesAlso(v []byte) bool {
	for _, r := range g.Also {
		if !r.match.Match(v) {
			return false
		}
	}
	return true
}

func (g *Str) appendOne(s *Stream, buf []byte) ([]byte, int, bool) {
	switch {
	case g.Semantic != KindNone:
		o := NewObject(*s) // not a property: the value's own stream stands in
		return g.appendSemantic(s, &o, buf)
	}
	return g.appendConstrained(s, buf)
}

// appendConstrained is appendTry without the semantic kind: the value
// drawn from the format, the pattern or plain words.
func (g *Str) appendConstrained(s *Stream, buf []byte) ([]byte, int, bool) {
	switch {
	case g.Format != FormatNone:
		return g.appendFormat(s, buf)
	case g.Regex != nil:
		return g.appendRegex(s, buf)
	}
	return g.appendPlain(s, buf), 1, true
}

// fitsBytes is fitsLen(utf8.RuneCount(v)), counting only when the byte
// length leaves it open: v holds between len(v)/4 and len(v) runes.
func (g *Str) fitsBytes(v []byte) bool {
	if (g.MaxLen < 0 || len(v) <= g.MaxLen) && g.MinLen*utf8.UTFMax <= len(v) {
		return true
	}
	return g.fitsLen(utf8.RuneCount(v))
}

func (g *Str) fitsLen(n int) bool {
	return n >= g.MinLen && (g.MaxLen < 0 || n <= g.MaxLen)
}

func (g *Str) appendFormat(s *Stream, buf []byte) ([]byte, int, bool) {
	start := len(buf)
	base := *s
	for attempt := 1; ; attempt++ {
		buf = appendFormat(g.Format, s, buf)
		v := buf[start:]
		n := len(v) // most formats are ASCII: bytes are code points
		if g.Format.unicode() {
			n = utf8.RuneCount(v)
		}
		ok := g.fitsLen(n) && (g.Regex == nil || g.Regex.Match(v))
		if ok || attempt == strRetries {
			return buf, attempt, ok
		}
		buf = buf[:start]
		*s = base.Child(uint64(attempt))
	}
}

// regexTarget reports the rune lengths to steer a regex towards, or
// steer == false when the pattern's natural output always fits.
func (g *Str) regexTarget() (lo, hi int, steer bool) {
	r := g.Regex
	if g.MinLen <= r.minLen && (g.MaxLen < 0 || r.capLen <= g.MaxLen) {
		return 0, 0, false
	}
	lo = max(g.MinLen, r.minLen)
	hi = lo + defaultStrSpan
	if g.MaxLen >= 0 {
		hi = min(g.MaxLen, lo+maxStrSpan)
	}
	if r.maxLen >= 0 {
		hi = min(hi, r.maxLen)
	}
	return lo, max(hi, lo), true
}

func (g *Str) appendRegex(s *Stream, buf []byte) ([]byte, int, bool) {
	r := g.Regex
	lo, hi, steer := g.regexTarget()
	if !steer && !r.asserts {
		return r.generate(s, buf), 1, true
	}
	start := len(buf)
	base := *s
	for attempt := 1; ; attempt++ {
		target := -1
		if steer {
			target = lo + int(s.Uint64n(uint64(hi-lo+1)))
		}
		gen := rxGen{r: r, s: *s, buf: buf, target: target, need: catAll}
		gen.run(r.root)
		*s = gen.s
		ok := gen.finish() && g.fitsLen(gen.n)
		if ok || attempt == strRetries {
			return gen.buf, attempt, ok
		}
		buf = gen.buf[:start]
		*s = base.Child(uint64(attempt))
	}
}

// appendPlain appends lowercase words and single spaces, exactly n code
// points long for an n drawn from the bounds. An unbounded string is never
// empty unless maxLength says so.
func (g *Str) appendPlain(s *Stream, buf []byte) []byte {
	lo, hi := g.MinLen, g.MaxLen
	if hi < 0 {
		hi = lo + defaultStrSpan
	}
	hi = min(hi, lo+maxStrSpan)
	if lo == 0 && hi > 0 {
		lo = 1
	}
	n := lo
	if hi > lo {
		n += int(s.Uint64n(uint64(hi - lo + 1)))
	}
	return appendWords(s, buf, n)
}

// appendWords appends exactly n bytes of words separated by single spaces,
// never starting or ending with a space.
func appendWords(s *Stream, buf []byte, n int) []byte {
	for n > maxWordLen {
		w := commonWords[s.Uint64n(uint64(len(commonWords)))]
		if len(w)+2 > n { // leave room for the space and a word after it
			w = wordOfLen(s, n-2)
		}
		buf = append(buf, w...)
		buf = append(buf, ' ')
		n -= len(w) + 1
	}
	if n == 0 {
		return buf
	}
	return append(buf, wordOfLen(s, n)...)
}

func wordOfLen(s *Stream, n int) string {
	ws := wordsByLen[n]
	return ws[s.Uint64n(uint64(len(ws)))]
}

// Check reports whether the constraints can be met by this generator. The
// compiler calls it once. It rejects contradictory bounds and patterns
// whose length range misses the bounds, then draws checkSamples values
// from fixed streams: every one must fit the bounds (and the pattern,
// judged by Go's regexp on the translated pattern, not by the generator),
// and draws must succeed often enough that Append exhausting its retries
// is a one-in-a-billion event.
func (g *Str) Check() error {
	switch {
	case g.MinLen < 0:
		return fmt.Errorf("minLength %d is negative", g.MinLen)
	case g.MaxLen >= 0 && g.MaxLen < g.MinLen:
		return fmt.Errorf("minLength %d > maxLength %d (unsatisfiable)", g.MinLen, g.MaxLen)
	case int(g.Format) >= len(formatNames):
		return fmt.Errorf("unknown format %d", g.Format)
	}
	if r := g.Regex; r != nil && g.Format == FormatNone {
		if g.MaxLen >= 0 && r.minLen > g.MaxLen || r.maxLen >= 0 && r.maxLen < g.MinLen {
			return g.cannot()
		}
	}
	var buf []byte
	draws, misses := 0, 0
	for i := range checkSamples {
		s := RecordStream(checkSeed, 0, uint64(i))
		var n int
		var ok bool
		buf, n, ok = g.appendTry(&s, buf[:0])
		draws += n
		if !ok || !g.fitsLen(utf8.RuneCount(buf)) || g.Regex != nil && !g.Regex.Match(buf) || !g.matchesAlso(buf) {
			misses++
		}
	}
	if misses == checkSamples {
		return g.cannot()
	}
	if !reliable(draws, misses, strRetries) {
		return fmt.Errorf("%s rarely produces %s (%d draws for %d values); widen minLength/maxLength or the pattern",
			g.source(), g.wanted(), draws, checkSamples)
	}
	return nil
}

func (g *Str) source() string {
	if g.Format != FormatNone {
		return "format " + g.Format.String()
	}
	if g.Regex != nil {
		src := "pattern " + g.Regex.src
		for _, r := range g.Also {
			src += " with pattern " + r.src
		}
		return src
	}
	return "plain text"
}

func (g *Str) cannot() error {
	return fmt.Errorf("%s cannot produce %s", g.source(), g.wanted())
}

// wanted describes the strings the constraints ask the source for.
func (g *Str) wanted() string {
	if g.Format == FormatNone || g.Regex == nil {
		return "strings of " + describeLen(g.MinLen, g.MaxLen)
	}
	if g.MinLen == 0 && g.MaxLen < 0 {
		return "strings matching pattern " + g.Regex.src
	}
	return "strings matching pattern " + g.Regex.src + " of " + describeLen(g.MinLen, g.MaxLen)
}

func describeLen(min, max int) string {
	switch {
	case max < 0:
		return fmt.Sprintf("at least %d code points", min)
	case min == max:
		return fmt.Sprintf("exactly %d code points", min)
	case min == 0:
		return fmt.Sprintf("at most %d code points", max)
	}
	return fmt.Sprintf("between %d and %d code points", min, max)
}
