package runtime

import (
	"fmt"
	"math"
	"regexp"
	"regexp/syntax"
)

// Regex is a compiled JSON Schema `pattern`: a small generator program,
// built once from the regexp/syntax tree, that appends strings the pattern
// matches. Appending parses nothing and allocates nothing.
type Regex struct {
	src string // the ECMA-262 pattern as written
	re2 string // its RE2 translation

	// match judges candidates at compile time (Str.Check) and when a
	// format generator must also satisfy the pattern. It is never used to
	// filter plain regex output.
	match *regexp.Regexp
	// linear, when isLinear, decides the same as match, faster
	// (regex_match.go).
	linear   []rxAtom
	isLinear bool

	// flat, when set, is the pattern as a list of steps (regex_flat.go).
	flat []rxStep

	nodes   []rxNode
	kids    []int32 // children of concat and alternate nodes
	text    string  // literal bytes
	classes []rxClass
	root    int32

	minLen, maxLen int  // rune length of any output; maxLen < 0: unbounded
	capLen         int  // longest output when unbounded repeats are capped
	asserts        bool // holds assertions checked per value (\b, mid-pattern ^ $)
}

// repeatCap is how many repetitions past the minimum `*`, `+` and `{n,}`
// draw when no length target asks for more.
const repeatCap = 4

// regexRetries is how many fresh derived streams Regex.Append tries when a
// pattern's assertions (\b, ^ or $ not at an end) reject a draw.
const regexRetries = 128

// CompileRegex translates a JSON Schema `pattern` (ECMA-262) to RE2, parses
// it and compiles it into a generator program. Constructs RE2 cannot express
// (lookaround, backreferences) and patterns that match nothing are errors
// whose message names the problem.
func CompileRegex(pattern string) (*Regex, error) {
	re2, err := translateECMA(pattern)
	if err != nil {
		return nil, fmt.Errorf("pattern %s: %w", pattern, err)
	}
	tree, err := syntax.Parse(re2, syntax.Perl)
	if err != nil {
		return nil, fmt.Errorf("pattern %s: %w", pattern, err)
	}
	match, err := regexp.Compile(re2)
	if err != nil {
		return nil, fmt.Errorf("pattern %s: %w", pattern, err)
	}
	r := &Regex{src: pattern, re2: re2, match: match}
	r.linear = linearAtoms(tree)
	r.isLinear = r.linear != nil || isEmptyAnchored(tree)
	c := rxCompiler{r: r}
	root, ok := c.node(tree)
	if !ok {
		return nil, fmt.Errorf("pattern %s can never match any string", pattern)
	}
	r.root = root
	r.text = string(c.text)
	r.measure(root)
	r.place(root, true, true)
	r.setRest(root, 0, 0)
	n := &r.nodes[root]
	r.minLen, r.maxLen, r.capLen = int(n.lenMin), int(n.lenMax), int(n.lenCap)
	r.flat = r.flatten()
	if r.asserts {
		if err := r.checkAssertions(); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// MustCompileRegex is CompileRegex for generated code, whose patterns the
// compiler has already accepted. It panics on error.
func MustCompileRegex(pattern string) *Regex {
	r, err := CompileRegex(pattern)
	if err != nil {
		panic(err)
	}
	return r
}

// String returns the pattern as written.
func (r *Regex) String() string { return r.src }

// Append appends one string that the pattern matches. The string is an
// exact match of the whole pattern, so it satisfies JSON Schema's search
// semantics too.
func (r *Regex) Append(s *Stream, buf []byte) []byte {
	if !r.asserts {
		return r.generate(s, buf)
	}
	buf, _, _ = r.appendTry(s, buf)
	return buf
}

// appendTry draws until the pattern's assertions hold, from s and then
// from streams derived from its starting state, and reports the draws it
// made and whether the last one holds.
func (r *Regex) appendTry(s *Stream, buf []byte) ([]byte, int, bool) {
	start := len(buf)
	base := *s
	for attempt := 1; ; attempt++ {
		g := rxGen{r: r, s: *s, buf: buf, target: -1, need: catAll}
		g.run(r.root)
		*s = g.s
		if ok := g.finish(); ok || attempt == regexRetries {
			return g.buf, attempt, ok
		}
		buf = g.buf[:start]
		*s = base.Child(uint64(attempt))
	}
}

// checkAssertions rejects patterns whose assertions the retry budget
// cannot reliably satisfy: Append would then, now and then, emit a string
// the pattern does not match.
func (r *Regex) checkAssertions() error {
	var buf []byte
	draws, misses := 0, 0
	for i := range checkSamples {
		s := RecordStream(checkSeed, 0, uint64(i))
		var n int
		var ok bool
		buf, n, ok = r.appendTry(&s, buf[:0])
		draws += n
		if !ok || !r.Match(buf) {
			misses++
		}
	}
	if !reliable(draws, misses, regexRetries) {
		return fmt.Errorf("pattern %s: its anchors or word boundaries (^ $ \\b \\B) cannot be satisfied reliably; move ^ and $ to the ends of the pattern", r.src)
	}
	return nil
}

// reliable reports whether checkSamples values drawn in draws attempts,
// misses of them failing, show a success rate that makes exhausting a
// budget of retries a one-in-a-billion event.
func reliable(draws, misses, budget int) bool {
	if misses > 0 {
		return false
	}
	p := float64(checkSamples) / float64(draws)
	return math.Pow(1-p, float64(budget)) <= 1e-9
}

// Static checks (Regex and Str) draw checkSamples values from the fixed
// streams RecordStream(checkSeed, 0, i).
const (
	checkSamples = 64
	checkSeed    = 0x5eed
)

type rxOp uint8

const (
	rxOpEmpty  rxOp = iota
	rxOpLit         // text[a:b], lenMin runes
	rxOpClass       // classes[a]
	rxOpConcat      // kids[a:b]
	rxOpAlt         // kids[a:b]
	rxOpRepeat      // nodes[a], min..max times (max < 0: unbounded)
	rxOpAssert      // assertion a (an rxAssertKind)
)

// rxNode is one instruction. Length fields count runes; lenMax < 0 is
// unbounded. rest* describe what must still follow the node inside the
// pattern (not counting further iterations of an enclosing repeat, which
// the generator tracks as it goes), so a length target can be shared out.
type rxNode struct {
	op       rxOp
	a, b     int32
	min, max int32

	lenMin, lenMax int32
	lenCap         int32 // lenMax with unbounded repeats capped at repeatCap
	flex           int32 // how many independent length choices the node makes
	restMin        int32 // runes that must still follow
	restFlex       int32 // length choices that still follow
}

type rxAssertKind int32

const (
	assertBeginText rxAssertKind = iota
	assertEndText
	assertBeginLine
	assertEndLine
	assertWordBoundary
	assertNoWordBoundary
)
