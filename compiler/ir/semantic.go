package ir

import (
	"fmt"

	"github.com/synthgen/synthgen/runtime"
)

// SharedLeaf reports whether n is a string or number whose semantic kind
// shares draws with its object's other fields (runtime.Kind.Shared: a
// person, a place, a timeline). As a property, it is given the object's
// stream, in both backends.
func SharedLeaf(n Node) bool {
	switch n := n.(type) {
	case *String:
		return n.Semantic.Shared()
	case *Integer:
		return n.Dist != nil && n.Semantic.Shared()
	case *Number:
		return n.Dist != nil && n.Semantic.Shared()
	}
	return false
}

// SharedUnion reports whether a union has a SharedLeaf branch: as a
// property, such a union passes the object's stream on to that branch.
func SharedUnion(u *Union) bool {
	for _, br := range u.Branches {
		if SharedLeaf(br) {
			return true
		}
	}
	return false
}

// Generator is the runtime generator of a string (not x-unique), as both
// backends build it: its patterns compiled and, when runtime.Str.Prove
// shows that every value of its semantic kind fits, Proved set, so that
// those values are written unchecked. Deciding here, from the final node,
// keeps the backends from disagreeing.
func (n *String) Generator() (runtime.Str, error) {
	g := runtime.Str{MinLen: n.MinLen, MaxLen: n.MaxLen, Format: n.Format,
		Semantic: n.Semantic, Locale: n.Locale, Now: n.Now}
	if n.Pattern != "" {
		re, err := runtime.CompileRegex(n.Pattern)
		if err != nil {
			return g, fmt.Errorf("%s: pattern: %w", n.Pointer, err)
		}
		g.Regex = re
	}
	for _, p := range n.Patterns {
		re, err := runtime.CompileRegex(p)
		if err != nil {
			return g, fmt.Errorf("%s: pattern: %w", n.Pointer, err)
		}
		g.Also = append(g.Also, re)
	}
	g.Proved = g.Prove()
	return g, nil
}

// UniqueEnumItems reports whether a is a uniqueItems array of an enum of 2
// to 64 distinct values with no weights and no prefix items: each item is
// then drawn among the values not yet taken (runtime.PickUnused), in both
// backends, rather than drawn and redrawn while it repeats.
func UniqueEnumItems(a *Array) (*Enum, bool) {
	e, ok := a.Items.(*Enum)
	if !ok || !a.Unique || len(a.Prefix) != 0 || e.Cum != nil || !SmallDistinctEnum(e) {
		return nil, false
	}
	return e, true
}

// SmallDistinctEnum reports whether e has 2 to 64 values, all distinct:
// which of them a uniqueItems array has taken fits a bit set.
func SmallDistinctEnum(e *Enum) bool {
	if len(e.Values) < 2 || len(e.Values) > 64 {
		return false
	}
	seen := make(map[string]bool, len(e.Values))
	for _, v := range e.Values {
		if seen[string(v)] {
			return false
		}
		seen[string(v)] = true
	}
	return true
}
