package runtime

import "unicode/utf8"

// rxGen runs a Regex program once. With target >= 0 it steers repeat
// counts and alternation branches towards an output of target runes, so
// that a pattern like ^[a-z]+$ meets minLength 20 without luck; otherwise
// unbounded repeats draw up to repeatCap extra iterations.
type rxGen struct {
	r *Regex
	// s is a copy of the caller's stream, written back when done: a
	// pointer here would make every caller's stream escape to the heap,
	// since run is recursive.
	s   Stream
	buf []byte
	n   int // runes emitted

	target   int // rune length to aim for; < 0: none
	reserve  int // runes that pending iterations of enclosing repeats will add at least
	pendFlex int // length choices those pending iterations will make

	// Assertions (only when r.asserts): prev is the class of the last rune
	// emitted, need the classes the next position may hold.
	prev   uint8
	need   uint8
	failed bool
}

// Position classes for assertions: what is before (prev) or may come
// after (need bits) a position.
const (
	catStart uint8 = 0 // prev only: start of text
	catEnd   uint8 = 1 // need only: end of text
	catNL    uint8 = 2
	catWord  uint8 = 4
	catOther uint8 = 8
	catAll         = catEnd | catNL | catWord | catOther
)

func runeCat(r rune) uint8 {
	switch {
	case r == '\n':
		return catNL
	case r < utf8.RuneSelf && isWordByte[r]:
		return catWord
	}
	return catOther
}

// isWordByte is \w: ASCII letters, digits and underscore, as in RE2 and
// ECMA's \b.
var isWordByte = func() (t [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		t[c] = isDigit(byte(c)) || isASCIILetter(byte(c)) || c == '_'
	}
	return t
}()

// generate appends one run of r with no length target. Only patterns
// without per-value assertions use it: their output is always a match.
func (r *Regex) generate(s *Stream, buf []byte) []byte {
	if r.flat != nil {
		return r.generateFlat(s, buf)
	}
	g := rxGen{r: r, s: *s, buf: buf, target: -1, need: catAll}
	g.run(r.root)
	*s = g.s
	return g.buf
}

func (g *rxGen) run(i int32) {
	n := &g.r.nodes[i]
	switch n.op {
	case rxOpLit:
		g.lit(n)
	case rxOpClass:
		g.class(&g.r.classes[n.a])
	case rxOpConcat:
		for _, k := range g.r.kids[n.a:n.b] {
			// Classes are most of most patterns: skip a call level.
			if kn := &g.r.nodes[k]; kn.op == rxOpClass {
				g.class(&g.r.classes[kn.a])
				continue
			}
			g.run(k)
		}
	case rxOpAlt:
		g.run(g.branch(n))
	case rxOpRepeat:
		g.repeat(n)
	case rxOpAssert:
		g.assert(rxAssertKind(n.a))
	}
}

func (g *rxGen) lit(n *rxNode) {
	t := g.r.text[n.a:n.b]
	g.buf = append(g.buf, t...)
	g.n += int(n.lenMin)
	if g.r.asserts && t != "" {
		first, _ := utf8.DecodeRuneInString(t)
		last, _ := utf8.DecodeLastRuneInString(t)
		g.emitted(first, last)
	}
}

func (g *rxGen) class(c *rxClass) {
	var r rune
	if c.small != "" {
		b := c.small[g.s.Uint64n(uint64(len(c.small)))]
		g.buf = append(g.buf, b)
		r = rune(b)
	} else {
		r = c.pick(&g.s)
		g.buf = utf8.AppendRune(g.buf, r)
	}
	g.n++
	if g.r.asserts {
		g.emitted(r, r)
	}
}

// repeatClass emits count members of c: x{n} and [0-9]{6} in one loop.
func (g *rxGen) repeatClass(c *rxClass, count int) {
	buf := g.buf
	if small := c.small; small != "" {
		buf = appendClassRun(&g.s, buf, small, count)
	} else {
		for range count {
			buf = utf8.AppendRune(buf, c.pick(&g.s))
		}
	}
	g.buf = buf
	g.n += count
}

func (g *rxGen) emitted(first, last rune) {
	if g.need&runeCat(first) == 0 {
		g.failed = true
	}
	g.need = catAll
	g.prev = runeCat(last)
}

func (g *rxGen) assert(k rxAssertKind) {
	prevWord := g.prev == catWord
	switch k {
	case assertBeginText:
		g.failed = g.failed || g.prev != catStart
	case assertBeginLine:
		g.failed = g.failed || g.prev != catStart && g.prev != catNL
	case assertEndText:
		g.need &= catEnd
	case assertEndLine:
		g.need &= catEnd | catNL
	case assertWordBoundary:
		if prevWord {
			g.need &^= catWord
		} else {
			g.need &= catWord
		}
	case assertNoWordBoundary:
		if prevWord {
			g.need &= catWord
		} else {
			g.need &^= catWord
		}
	}
	if g.need == 0 {
		g.failed = true
	}
}

// finish reports whether the run satisfied every assertion, the end of
// text included.
func (g *rxGen) finish() bool { return !g.failed && g.need&catEnd != 0 }

// slack is how many runes the output may still grow by at node n before
// what must follow it.
func (g *rxGen) slack(n *rxNode) int {
	return g.target - g.n - int(n.restMin) - g.reserve
}

func (g *rxGen) branch(n *rxNode) int32 {
	kids := g.r.kids[n.a:n.b]
	if g.target < 0 {
		return kids[g.s.Uint64n(uint64(len(kids)))]
	}
	// Aim: prefer branches that can still meet the target.
	slack := g.slack(n)
	later := int(n.restFlex)+g.pendFlex > 0
	fit := 0
	for _, k := range kids {
		if g.fits(k, slack, later) {
			fit++
		}
	}
	if fit == 0 {
		return kids[g.s.Uint64n(uint64(len(kids)))]
	}
	pick := int(g.s.Uint64n(uint64(fit)))
	for _, k := range kids {
		if g.fits(k, slack, later) {
			if pick == 0 {
				return k
			}
			pick--
		}
	}
	panic("unreachable")
}

// fits reports whether branch k can take up slack runes; when no length
// choice comes later, it must take all of them.
func (g *rxGen) fits(k int32, slack int, later bool) bool {
	kn := &g.r.nodes[k]
	return int(kn.lenMin) <= slack && (later || kn.lenMax < 0 || int(kn.lenMax) >= slack)
}

func (g *rxGen) repeat(n *rxNode) {
	lo, hi := int(n.min), int(n.max)
	kid := &g.r.nodes[n.a]
	if g.target >= 0 && lo != hi && kid.lenCap != 0 {
		g.repeatSteered(n)
		return
	}
	if hi < 0 {
		hi = lo + repeatCap
	}
	count := lo
	if hi > lo && g.target < 0 {
		count += int(g.s.Uint64n(uint64(hi - lo + 1)))
	}
	if kid.op == rxOpClass && !g.r.asserts && g.target < 0 {
		g.repeatClass(&g.r.classes[kid.a], count)
		return
	}
	if g.target < 0 {
		for range count {
			g.run(n.a)
		}
		return
	}
	// A fixed count under a target: tell each iteration what the
	// iterations after it will need and choose.
	for j := range count {
		left := count - 1 - j
		rm, rf := left*int(kid.lenMin), left*int(kid.flex)
		g.reserve += rm
		g.pendFlex += rf
		g.run(n.a)
		g.reserve -= rm
		g.pendFlex -= rf
	}
}

// repeatSteered runs a repeat of variable count under a length target. It
// takes a budget (all of the remaining slack when no other length choice
// follows, else a random share of about slack/choices) and iterates until
// the budget is spent, so bodies of varying length, like (a|bc)*, still
// land on it: each iteration knows what remains and, when it could be the
// last, must fill it exactly.
func (g *rxGen) repeatSteered(n *rxNode) {
	lo, hi := int(n.min), int(n.max)
	kid := &g.r.nodes[n.a]
	slack := max(g.slack(n), 0)
	budget := slack
	if parts := 1 + int(n.restFlex) + g.pendFlex; parts > 1 {
		// Others can absorb the rest, so stay near this repeat's
		// natural size: [A-Z][a-z]+( [A-Z][a-z]+)* grows by words, not
		// by one long first word.
		budget = min(int(g.s.Uint64n(uint64(2*slack/parts+1))), 2*int(n.lenCap))
	}
	end := g.n + budget
	reserve, pendFlex := g.reserve, g.pendFlex
	for count := 0; ; count++ {
		remaining := end - g.n
		if count >= lo && (hi >= 0 && count >= hi || remaining <= 0) {
			break
		}
		if count > lo+budget+repeatCap { // iterations that emit nothing
			break
		}
		required := max(lo-count-1, 0) // iterations that must still follow
		after := required * int(kid.lenMin)
		g.reserve = g.target - int(n.restMin) - end + after
		g.pendFlex = pendFlex + required*int(kid.flex)
		room := remaining - after
		canBeLast := kid.lenMax < 0 && room <= int(kid.lenCap) || kid.lenMax >= 0 && room <= int(kid.lenMax)
		if required == 0 && !canBeLast && (hi < 0 || count+1 < hi) {
			g.pendFlex++ // more iterations will follow and absorb the rest
		}
		g.run(n.a)
	}
	g.reserve, g.pendFlex = reserve, pendFlex
}
