package runtime

import (
	"regexp/syntax"
	"unicode/utf8"
)

// A linear matcher: many schema patterns are anchored sequences of
// literals and character classes, each repeated a bounded number of times
// (`^[A-Z]{2}[0-9]{6}[A-D]$`). When every variable repeat is followed by
// atoms it shares no character with, the greedy scan below decides exactly
// what regexp decides (a run can only end where its next character no
// longer fits), several times faster; semantic values are checked against
// the field's pattern on every draw. Other patterns use regexp.

// rxAtom is one step of a linear match: min..max runes of a set (max < 0:
// unbounded).
type rxAtom struct {
	min, max int
	ascii    [2]uint64 // runes below 128
	ranges   []rune    // all runes, as lo, hi pairs (the class's own)
	size     uint64    // how many runes the set holds
}

func (a *rxAtom) has(r rune) bool {
	if r < 128 {
		return a.ascii[r>>6]&(1<<(r&63)) != 0
	}
	for i := 0; i+1 < len(a.ranges); i += 2 {
		if r < a.ranges[i] {
			return false
		}
		if r <= a.ranges[i+1] {
			return true
		}
	}
	return false
}

func newAtom(ranges []rune, min, max int) rxAtom {
	a := rxAtom{min: min, max: max, ranges: ranges}
	for i := 0; i+1 < len(ranges); i += 2 {
		a.size += uint64(ranges[i+1]-ranges[i]) + 1
		for r := ranges[i]; r <= ranges[i+1] && r < 128; r++ {
			a.ascii[r>>6] |= 1 << (r & 63)
		}
	}
	return a
}

// linearAtoms returns the atoms of tree, or nil when it is not an
// anchored linear pattern the greedy scan decides exactly.
func linearAtoms(tree *syntax.Regexp) []rxAtom {
	if tree.Op != syntax.OpConcat || len(tree.Sub) < 2 ||
		tree.Sub[0].Op != syntax.OpBeginText || tree.Sub[len(tree.Sub)-1].Op != syntax.OpEndText {
		return nil
	}
	var atoms []rxAtom
	for _, sub := range tree.Sub[1 : len(tree.Sub)-1] {
		var ok bool
		if atoms, ok = appendAtoms(atoms, sub, 1, 1); !ok {
			return nil
		}
	}
	for i := range atoms {
		if atoms[i].min == atoms[i].max {
			continue
		}
		for j := i + 1; j < len(atoms); j++ {
			if overlap(&atoms[i], &atoms[j]) {
				return nil
			}
			if atoms[j].min > 0 {
				break
			}
		}
	}
	return atoms
}

func appendAtoms(atoms []rxAtom, re *syntax.Regexp, min, max int) ([]rxAtom, bool) {
	if re.Flags&syntax.FoldCase != 0 {
		return nil, false
	}
	switch re.Op {
	case syntax.OpLiteral:
		if min != 1 || max != 1 {
			if len(re.Rune) != 1 {
				return nil, false
			}
		}
		for _, r := range re.Rune {
			atoms = append(atoms, newAtom([]rune{r, r}, min, max))
		}
		return atoms, true
	case syntax.OpCharClass:
		return append(atoms, newAtom(re.Rune, min, max)), true
	case syntax.OpAnyCharNotNL:
		return append(atoms, newAtom([]rune{0, '\n' - 1, '\n' + 1, utf8.MaxRune}, min, max)), true
	case syntax.OpAnyChar:
		return append(atoms, newAtom([]rune{0, utf8.MaxRune}, min, max)), true
	case syntax.OpConcat:
		if min != 1 || max != 1 {
			return nil, false
		}
		for _, sub := range re.Sub {
			var ok bool
			if atoms, ok = appendAtoms(atoms, sub, 1, 1); !ok {
				return nil, false
			}
		}
		return atoms, true
	case syntax.OpCapture:
		return appendAtoms(atoms, re.Sub[0], min, max)
	}
	if min != 1 || max != 1 || len(re.Sub) != 1 {
		return nil, false
	}
	switch re.Op {
	case syntax.OpStar:
		return appendAtoms(atoms, re.Sub[0], 0, -1)
	case syntax.OpPlus:
		return appendAtoms(atoms, re.Sub[0], 1, -1)
	case syntax.OpQuest:
		return appendAtoms(atoms, re.Sub[0], 0, 1)
	case syntax.OpRepeat:
		return appendAtoms(atoms, re.Sub[0], re.Min, re.Max)
	}
	return nil, false
}

// overlap reports whether two atoms' sets share a rune.
func overlap(a, b *rxAtom) bool {
	for i := 0; i+1 < len(a.ranges); i += 2 {
		for j := 0; j+1 < len(b.ranges); j += 2 {
			if a.ranges[i] <= b.ranges[j+1] && b.ranges[j] <= a.ranges[i+1] {
				return true
			}
		}
	}
	return false
}

// matchLinear is the greedy scan: each atom takes as many runes as it may.
func matchLinear(atoms []rxAtom, b []byte) bool {
	i := 0
	for k := range atoms {
		a := &atoms[k]
		n := 0
		for (a.max < 0 || n < a.max) && i < len(b) {
			r, size := rune(b[i]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRune(b[i:]) // invalid bytes: U+FFFD, as regexp reads them
			}
			if !a.has(r) {
				break
			}
			i += size
			n++
		}
		if n < a.min {
			return false
		}
	}
	return i == len(b)
}

// Match reports whether b matches the whole pattern, as regexp does.
func (r *Regex) Match(b []byte) bool {
	if r.isLinear {
		return matchLinear(r.linear, b)
	}
	return r.match.Match(b)
}

// isEmptyAnchored reports whether tree is `^$`, the linear pattern of no
// atoms.
func isEmptyAnchored(tree *syntax.Regexp) bool {
	return tree.Op == syntax.OpConcat && len(tree.Sub) == 2 &&
		tree.Sub[0].Op == syntax.OpBeginText && tree.Sub[1].Op == syntax.OpEndText
}
