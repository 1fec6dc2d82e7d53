package runtime

import (
	"fmt"
	"regexp/syntax"
	"slices"
)

// rxCompiler turns a regexp/syntax tree into Regex instructions. It does
// not run syntax.Simplify: that rewrites x{2,5} as xx(x(x(x)?)?)?, which
// skews counts geometrically and grows the program with the bound; the
// generator honours repeats itself.
type rxCompiler struct {
	r    *Regex
	text []byte
}

func (c *rxCompiler) add(n rxNode) int32 {
	c.r.nodes = append(c.r.nodes, n)
	return int32(len(c.r.nodes) - 1)
}

// node compiles re; ok is false when re can match nothing.
func (c *rxCompiler) node(re *syntax.Regexp) (int32, bool) {
	switch re.Op {
	case syntax.OpNoMatch:
		return 0, false
	case syntax.OpEmptyMatch:
		return c.add(rxNode{op: rxOpEmpty}), true
	case syntax.OpLiteral:
		return c.literal(re.Rune, re.Flags&syntax.FoldCase != 0), true
	case syntax.OpCharClass:
		if re.Flags&syntax.FoldCase != 0 {
			return c.class(dropFoldNoise(re.Rune))
		}
		return c.class(re.Rune)
	case syntax.OpAnyCharNotNL:
		return c.class([]rune{0, '\n' - 1, '\n' + 1, maxRune})
	case syntax.OpAnyChar:
		return c.class([]rune{0, maxRune})
	case syntax.OpBeginLine:
		return c.add(rxNode{op: rxOpAssert, a: int32(assertBeginLine)}), true
	case syntax.OpEndLine:
		return c.add(rxNode{op: rxOpAssert, a: int32(assertEndLine)}), true
	case syntax.OpBeginText:
		return c.add(rxNode{op: rxOpAssert, a: int32(assertBeginText)}), true
	case syntax.OpEndText:
		return c.add(rxNode{op: rxOpAssert, a: int32(assertEndText)}), true
	case syntax.OpWordBoundary:
		return c.add(rxNode{op: rxOpAssert, a: int32(assertWordBoundary)}), true
	case syntax.OpNoWordBoundary:
		return c.add(rxNode{op: rxOpAssert, a: int32(assertNoWordBoundary)}), true
	case syntax.OpCapture:
		return c.node(re.Sub[0])
	case syntax.OpStar:
		return c.repeat(re.Sub[0], 0, -1)
	case syntax.OpPlus:
		return c.repeat(re.Sub[0], 1, -1)
	case syntax.OpQuest:
		return c.repeat(re.Sub[0], 0, 1)
	case syntax.OpRepeat:
		return c.repeat(re.Sub[0], re.Min, re.Max)
	case syntax.OpConcat:
		return c.list(rxOpConcat, re.Sub)
	case syntax.OpAlternate:
		return c.list(rxOpAlt, re.Sub)
	}
	// regexp/syntax has no other operators in a parsed (not simplified) tree.
	panic(fmt.Sprintf("regex: unexpected operator %v", re.Op))
}

func (c *rxCompiler) literal(runes []rune, fold bool) int32 {
	if !fold {
		start := len(c.text)
		for _, r := range runes {
			c.text = appendRune(c.text, r)
		}
		return c.add(rxNode{op: rxOpLit, a: int32(start), b: int32(len(c.text)), lenMin: int32(len(runes))})
	}
	// Case-insensitive: each rune becomes the class of its case variants.
	// An ASCII rune keeps to ASCII variants (k, K; not the Kelvin sign).
	kids := make([]int32, 0, len(runes))
	for _, r := range runes {
		set := []rune{r, r}
		for f := foldNext(r); f != r; f = foldNext(f) {
			if r < 0x80 && f >= 0x80 {
				continue
			}
			set = append(set, f, f)
		}
		n, _ := c.class(set)
		kids = append(kids, n)
	}
	if len(kids) == 1 {
		return kids[0]
	}
	return c.addList(rxOpConcat, kids)
}

// dropFoldNoise removes from a small case-folded class the non-ASCII
// variants of its ASCII members: (?i)[a-z] holds U+017F (ſ) and U+212A
// (the Kelvin sign), which match but read as noise. The rest is a subset,
// so output stays correct.
func dropFoldNoise(pairs []rune) []rune {
	var in []rune
	for i := 0; i+1 < len(pairs); i += 2 {
		if len(in)+int(pairs[i+1]-pairs[i]) >= smallClass {
			return pairs
		}
		for r := pairs[i]; r <= pairs[i+1]; r++ {
			in = append(in, r)
		}
	}
	var out []rune
	for _, r := range in {
		if r >= 0x80 && hasASCIIVariant(r, in) {
			continue
		}
		out = append(out, r, r)
	}
	return out
}

func hasASCIIVariant(r rune, in []rune) bool {
	for f := foldNext(r); f != r; f = foldNext(f) {
		if f < 0x80 && slices.Contains(in, f) {
			return true
		}
	}
	return false
}

func (c *rxCompiler) class(pairs []rune) (int32, bool) {
	cl, ok := newClass(pairs)
	if !ok {
		return 0, false
	}
	c.r.classes = append(c.r.classes, cl)
	return c.add(rxNode{op: rxOpClass, a: int32(len(c.r.classes) - 1)}), true
}

func (c *rxCompiler) repeat(sub *syntax.Regexp, min, max int) (int32, bool) {
	kid, ok := c.node(sub)
	if !ok {
		if min == 0 {
			return c.add(rxNode{op: rxOpEmpty}), true
		}
		return 0, false
	}
	if min == 1 && max == 1 {
		return kid, true
	}
	return c.add(rxNode{op: rxOpRepeat, a: kid, min: int32(min), max: int32(max)}), true
}

// list compiles a concat or an alternation. A concat with an impossible
// part is impossible; an alternation drops impossible branches.
func (c *rxCompiler) list(op rxOp, subs []*syntax.Regexp) (int32, bool) {
	kids := make([]int32, 0, len(subs))
	for _, sub := range subs {
		k, ok := c.node(sub)
		if !ok {
			if op == rxOpConcat {
				return 0, false
			}
			continue
		}
		kids = append(kids, k)
	}
	switch len(kids) {
	case 0:
		if op == rxOpConcat {
			return c.add(rxNode{op: rxOpEmpty}), true
		}
		return 0, false
	case 1:
		return kids[0], true
	}
	return c.addList(op, kids), true
}

func (c *rxCompiler) addList(op rxOp, kids []int32) int32 {
	a := int32(len(c.r.kids))
	c.r.kids = append(c.r.kids, kids...)
	return c.add(rxNode{op: op, a: a, b: int32(len(c.r.kids))})
}

// lenInf marks an unbounded length; lengths saturate below it.
const lenInf = -1

const lenSat = 1 << 28

func addLen(a, b int32) int32 {
	if a < 0 || b < 0 {
		return lenInf
	}
	return min(a+b, lenSat)
}

func mulLen(a int32, n int32) int32 {
	if a == 0 || n == 0 {
		return 0
	}
	if a < 0 || n < 0 {
		return lenInf
	}
	return int32(min(int64(a)*int64(n), lenSat))
}

// measure fills lenMin, lenMax, lenCap and flex bottom-up.
func (r *Regex) measure(i int32) {
	n := &r.nodes[i]
	switch n.op {
	case rxOpEmpty, rxOpAssert:
	case rxOpLit:
		n.lenMax, n.lenCap = n.lenMin, n.lenMin
	case rxOpClass:
		n.lenMin, n.lenMax, n.lenCap = 1, 1, 1
	case rxOpConcat:
		for _, k := range r.kids[n.a:n.b] {
			r.measure(k)
			kn := &r.nodes[k]
			n.lenMin = addLen(n.lenMin, kn.lenMin)
			n.lenMax = addLen(n.lenMax, kn.lenMax)
			n.lenCap = addLen(n.lenCap, kn.lenCap)
			n.flex += kn.flex
		}
	case rxOpAlt:
		first := true
		for _, k := range r.kids[n.a:n.b] {
			r.measure(k)
			kn := &r.nodes[k]
			if first {
				n.lenMin, n.lenMax, n.lenCap, n.flex = kn.lenMin, kn.lenMax, kn.lenCap, kn.flex
				first = false
				continue
			}
			n.lenMin = min(n.lenMin, kn.lenMin)
			if n.lenMax >= 0 && (kn.lenMax < 0 || kn.lenMax > n.lenMax) {
				n.lenMax = kn.lenMax
			}
			n.lenCap = max(n.lenCap, kn.lenCap)
			n.flex = max(n.flex, kn.flex)
		}
		if n.lenMin != n.lenMax {
			n.flex = max(n.flex, 1)
		}
	case rxOpRepeat:
		r.measure(n.a)
		kn := &r.nodes[n.a]
		n.lenMin = mulLen(kn.lenMin, n.min)
		n.lenMax = mulLen(kn.lenMax, n.max)
		capMax := n.max
		if capMax < 0 {
			capMax = n.min + repeatCap
		}
		n.lenCap = mulLen(kn.lenCap, capMax)
		if n.min == n.max {
			n.flex = int32(min(int64(kn.flex)*int64(n.min), lenSat))
		} else {
			n.flex = 1
		}
	}
}

// place settles anchors whose position is known at compile time: ^ or \A
// with nothing able to come before it, $ or \z with nothing after. Those
// always hold and become no-ops; any other assertion is checked per value.
func (r *Regex) place(i int32, atStart, atEnd bool) {
	n := &r.nodes[i]
	switch n.op {
	case rxOpAssert:
		switch rxAssertKind(n.a) {
		case assertBeginText, assertBeginLine:
			if atStart {
				n.op = rxOpEmpty
				return
			}
		case assertEndText, assertEndLine:
			if atEnd {
				n.op = rxOpEmpty
				return
			}
		}
		r.asserts = true
	case rxOpConcat:
		kids := r.kids[n.a:n.b]
		for j, k := range kids {
			before, after := true, true
			for _, p := range kids[:j] {
				before = before && r.nodes[p].lenMax == 0
			}
			for _, q := range kids[j+1:] {
				after = after && r.nodes[q].lenMax == 0
			}
			r.place(k, atStart && before, atEnd && after)
		}
	case rxOpAlt:
		for _, k := range r.kids[n.a:n.b] {
			r.place(k, atStart, atEnd)
		}
	case rxOpRepeat:
		// A later iteration of x* follows an earlier one, so only a repeat
		// of at most one iteration keeps its position.
		once := n.max >= 0 && n.max <= 1 || r.nodes[n.a].lenMax == 0
		r.place(n.a, atStart && once, atEnd && once)
	}
}

// setRest fills restMin and restFlex top-down.
func (r *Regex) setRest(i int32, restMin, restFlex int32) {
	n := &r.nodes[i]
	n.restMin, n.restFlex = restMin, restFlex
	switch n.op {
	case rxOpConcat:
		kids := r.kids[n.a:n.b]
		for j, k := range kids {
			m, f := restMin, restFlex
			for _, q := range kids[j+1:] {
				m = addLen(m, r.nodes[q].lenMin)
				f += r.nodes[q].flex
			}
			r.setRest(k, m, f)
		}
	case rxOpAlt:
		for _, k := range r.kids[n.a:n.b] {
			r.setRest(k, restMin, restFlex)
		}
	case rxOpRepeat:
		r.setRest(n.a, restMin, restFlex)
	}
}
