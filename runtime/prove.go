package runtime

import (
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"
)

// Prove reports whether every value the semantic kind can write meets the
// field's lengths and pattern: then Proved may be set, and the values are
// written without being checked. It compares the kind's shape (shape.go)
// with the constraints: the shape's shortest and longest values against
// MinLen and MaxLen, and its language against the pattern's by walking
// both automata together over printable ASCII. Anything it cannot decide
// is "no", which costs speed only.
func (g *Str) Prove() bool {
	if g.Semantic == KindNone || g.Semantic >= kindCount || len(g.Also) > 0 {
		return false
	}
	if g.MinLen <= 0 && g.MaxLen < 0 && g.Regex == nil {
		return true // fitsValue accepts anything
	}
	now := g.Now
	if now == 0 {
		now = DefaultNow
	}
	c := semCtx{loc: g.Locale.data(), locale: g.Locale, now: now, f: g.Format, maxLen: g.MaxLen}
	shape := kindShape(g.Semantic, &c)
	if shape == "" {
		return false
	}
	re, err := syntax.Parse(shape, syntax.Perl)
	if err != nil {
		return false
	}
	lo, hi, ok := lengths(re)
	if !ok || lo < g.MinLen || g.MaxLen >= 0 && (hi < 0 || hi > g.MaxLen) {
		return false
	}
	if g.Regex == nil {
		return true
	}
	return included(re, g.Regex.re2)
}

// lengths returns the shortest and longest match of a printable-ASCII
// regexp (hi < 0: unbounded); ok is false for anything else.
func lengths(re *syntax.Regexp) (lo, hi int, ok bool) {
	switch re.Op {
	case syntax.OpEmptyMatch:
		return 0, 0, true
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return 0, 0, false
		}
		for _, r := range re.Rune {
			if r < 0x20 || r > 0x7e {
				return 0, 0, false
			}
		}
		return len(re.Rune), len(re.Rune), true
	case syntax.OpCharClass:
		for i := 0; i < len(re.Rune); i += 2 {
			if re.Rune[i] < 0x20 || re.Rune[i+1] > 0x7e {
				return 0, 0, false
			}
		}
		return 1, 1, len(re.Rune) > 0
	case syntax.OpCapture:
		return lengths(re.Sub[0])
	case syntax.OpConcat:
		for _, s := range re.Sub {
			l, h, ok := lengths(s)
			if !ok {
				return 0, 0, false
			}
			lo += l
			if hi >= 0 {
				hi = addMax(hi, h)
			}
		}
		return lo, hi, true
	case syntax.OpAlternate:
		for i, s := range re.Sub {
			l, h, ok := lengths(s)
			if !ok {
				return 0, 0, false
			}
			if i == 0 {
				lo, hi = l, h
				continue
			}
			lo = min(lo, l)
			if hi >= 0 && (h < 0 || h > hi) {
				hi = h
			}
		}
		return lo, hi, len(re.Sub) > 0
	case syntax.OpQuest, syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
		l, h, ok := lengths(re.Sub[0])
		if !ok {
			return 0, 0, false
		}
		rmin, rmax := re.Min, re.Max
		switch re.Op {
		case syntax.OpQuest:
			rmin, rmax = 0, 1
		case syntax.OpStar:
			rmin, rmax = 0, -1
		case syntax.OpPlus:
			rmin, rmax = 1, -1
		}
		hi = -1
		if rmax >= 0 && h >= 0 {
			hi = h * rmax
		}
		return l * rmin, hi, true
	}
	return 0, 0, false
}

func addMax(a, b int) int {
	if a < 0 || b < 0 {
		return -1
	}
	return a + b
}

// provingStates bounds the product automaton Prove explores.
const provingStates = 20000

// included reports whether every string shape matches in full (printable
// ASCII, checked by lengths) contains a match of pattern, as Go's regexp
// finds one (leftmost search, unanchored unless the pattern anchors).
func included(shape *syntax.Regexp, pattern string) bool {
	sp, err := syntax.Compile(shape.Simplify())
	if err != nil {
		return false
	}
	pre, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return false
	}
	pp, err := syntax.Compile(pre.Simplify())
	if err != nil {
		return false
	}
	type state struct {
		s, p  []uint32
		start bool
	}
	key := func(st state) string {
		var b strings.Builder
		for _, pc := range st.s {
			b.WriteString(strconv.Itoa(int(pc)))
			b.WriteByte(',')
		}
		b.WriteByte('|')
		for _, pc := range st.p {
			b.WriteString(strconv.Itoa(int(pc)))
			b.WriteByte(',')
		}
		if st.start {
			b.WriteByte('^')
		}
		return b.String()
	}
	first := state{s: []uint32{uint32(sp.Start)}, start: true}
	seen := map[string]bool{key(first): true}
	queue := []state{first}
	for len(queue) > 0 {
		st := queue[0]
		queue = queue[1:]
		pIn := append(slices.Clone(st.p), uint32(pp.Start)) // a match may begin here
		pMid, pMatched, ok := closure(pp, pIn, st.start, false)
		if !ok {
			return false
		}
		if pMatched {
			continue // a match ends here, whatever follows
		}
		sMid, _, ok := closure(sp, st.s, st.start, false)
		if !ok {
			return false
		}
		_, sEnds, ok := closure(sp, st.s, st.start, true)
		if !ok {
			return false
		}
		if sEnds {
			_, pEnds, ok := closure(pp, pIn, st.start, true)
			if !ok || !pEnds {
				return false // the shape's value ends here without a match
			}
		}
		for c := rune(0x20); c <= 0x7e; c++ {
			ns := step(sp, sMid, c)
			if len(ns) == 0 {
				continue
			}
			next := state{s: ns, p: step(pp, pMid, c)}
			k := key(next)
			if seen[k] {
				continue
			}
			if len(seen) >= provingStates {
				return false
			}
			seen[k] = true
			queue = append(queue, next)
		}
	}
	return true
}

// closure follows the empty transitions from pcs at a position that is
// (or not) the start and the end of the text, which holds no newline. It
// returns the instructions that consume a rune, sorted, and whether a
// match is reached; ok is false for an assertion it cannot judge (word
// boundaries).
func closure(p *syntax.Prog, pcs []uint32, atStart, atEnd bool) (out []uint32, matched, ok bool) {
	visited := make(map[uint32]bool, 2*len(pcs))
	stack := slices.Clone(pcs)
	for len(stack) > 0 {
		pc := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if visited[pc] {
			continue
		}
		visited[pc] = true
		in := &p.Inst[pc]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			stack = append(stack, in.Out, in.Arg)
		case syntax.InstCapture, syntax.InstNop:
			stack = append(stack, in.Out)
		case syntax.InstEmptyWidth:
			e := syntax.EmptyOp(in.Arg)
			if e&(syntax.EmptyWordBoundary|syntax.EmptyNoWordBoundary) != 0 {
				return nil, false, false
			}
			if e&(syntax.EmptyBeginText|syntax.EmptyBeginLine) != 0 && !atStart ||
				e&(syntax.EmptyEndText|syntax.EmptyEndLine) != 0 && !atEnd {
				continue
			}
			stack = append(stack, in.Out)
		case syntax.InstMatch:
			matched = true
		case syntax.InstFail:
		default: // InstRune, InstRune1, InstRuneAny, InstRuneAnyNotNL
			out = append(out, pc)
		}
	}
	slices.Sort(out)
	return out, matched, true
}

// step is the set of instructions reached by consuming c.
func step(p *syntax.Prog, pcs []uint32, c rune) []uint32 {
	var out []uint32
	for _, pc := range pcs {
		in := &p.Inst[pc]
		if in.MatchRune(c) {
			out = append(out, in.Out)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
