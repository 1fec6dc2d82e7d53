package lower

import (
	"errors"
	"slices"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/synthgen/synthgen/compiler/diag"
	"github.com/synthgen/synthgen/compiler/ir"
)

// typeSet is a set of JSON types; tNum includes the integers.
type typeSet uint8

const (
	tNull typeSet = 1 << iota
	tBool
	tInt
	tNum
	tStr
	tArr
	tObj

	tAll = tNull | tBool | tInt | tNum | tStr | tArr | tObj
)

var typeNames = []struct {
	t    typeSet
	name string
}{{tNull, "null"}, {tBool, "boolean"}, {tInt, "integer"}, {tNum, "number"},
	{tStr, "string"}, {tArr, "array"}, {tObj, "object"}}

func typeOf(name string) typeSet {
	for _, tn := range typeNames {
		if tn.name == name {
			return tn.t
		}
	}
	return 0
}

func (t typeSet) String() string {
	var names []string
	for _, tn := range typeNames {
		if t&tn.t != 0 {
			names = append(names, tn.name)
		}
	}
	return strings.Join(names, ", ")
}

// overlaps reports whether a value could be of both sets: integers are
// numbers.
func (t typeSet) overlaps(u typeSet) bool {
	widen := func(t typeSet) typeSet {
		if t&(tInt|tNum) != 0 {
			t |= tInt | tNum
		}
		return t
	}
	return widen(t)&widen(u) != 0
}

// declaredTypes returns the types `type` allows, in document order.
func (l *lowerer) declaredTypes(s *jsonschema.Schema, raw map[string]any) []typeSet {
	if s.Types == nil {
		return nil
	}
	var names []string
	switch t := raw["type"].(type) {
	case string:
		names = []string{t}
	case []any:
		for _, v := range t {
			if n, ok := v.(string); ok {
				names = append(names, n)
			}
		}
	default:
		names = s.Types.ToStrings()
	}
	var out []typeSet
	var seen typeSet
	for _, n := range names {
		if t := typeOf(n); t != 0 && seen&t == 0 {
			seen |= t
			out = append(out, t)
		}
	}
	// number covers integer.
	if seen&tNum != 0 && seen&tInt != 0 {
		kept := out[:0]
		for _, t := range out {
			if t != tInt {
				kept = append(kept, t)
			}
		}
		out = kept
	}
	return out
}

// inferredTypes returns, for a schema without `type`, the types its
// constraint keywords apply to: an instance of those types that satisfies
// them is valid. None means any type.
func inferredTypes(s *jsonschema.Schema, raw map[string]any) []typeSet {
	var out []typeSet
	if s.MinLength != nil || s.MaxLength != nil || s.Pattern != nil || s.Format != nil || raw["format"] != nil {
		out = append(out, tStr)
	}
	if s.Minimum != nil || s.Maximum != nil || s.ExclusiveMinimum != nil || s.ExclusiveMaximum != nil || s.MultipleOf != nil {
		out = append(out, tNum)
	}
	if len(s.Properties) > 0 || len(s.Required) > 0 || s.AdditionalProperties != nil ||
		s.MinProperties != nil || s.MaxProperties != nil {
		out = append(out, tObj)
	}
	if s.Items != nil || s.Items2020 != nil || len(s.PrefixItems) > 0 || s.AdditionalItems != nil ||
		s.MinItems != nil || s.MaxItems != nil || s.UniqueItems {
		out = append(out, tArr)
	}
	return out
}

// typed lowers a schema without enum, const, $ref or combinators: one node
// per allowed type, a Union when there are several.
func (l *lowerer) typed(s *jsonschema.Schema, m ir.Meta, raw map[string]any, name string) (ir.Node, error) {
	narrow := l.narrow
	l.narrow = false // values nested below are other instances
	defer func() { l.narrow = narrow }()
	types := l.declaredTypes(s, raw)
	if types != nil {
		return l.ofTypes(s, m, raw, types, name, false)
	}
	types = inferredTypes(s, raw)
	if len(types) == 0 {
		return &ir.Any{Meta: m}, nil
	}
	n, err := l.ofTypes(s, m, raw, types, name, s.Types == nil && l.syn[s] && !narrow)
	if err != nil || narrow || s.Types != nil {
		return n, err
	}
	return l.widen(n, types), nil
}

// widen returns n, the lowering of a schema without `type` as the types
// its keywords imply, or a Union of n and Any when those keywords apply
// to arrays and objects only and leave n a single value ([] under
// unevaluatedItems: false, {} under unevaluatedProperties: false). The
// schema holds every scalar too, and Any draws only scalars. Where the
// keywords leave more than one value, their type is kept: the author most
// likely left `type` out, not meant any value.
func (l *lowerer) widen(n ir.Node, types []typeSet) ir.Node {
	for _, t := range types {
		if t&^(tArr|tObj) != 0 {
			return n
		}
	}
	if d, finite := newCounter().domain(n); !finite || d > 1 {
		return n
	}
	info := n.Info()
	u := &ir.Union{Meta: *info}
	*info = ir.Meta{Pointer: info.Pointer}
	u.Notes = append(u.Notes, "no type: its keywords leave one array or object value; "+
		"scalars, which they do not constrain, are generated too")
	u.Branches = []ir.Node{n, &ir.Any{Meta: ir.Meta{Pointer: info.Pointer}}}
	return u
}

// ofTypes lowers s as each of types: one node, or a Union of several.
// orNull: s has no `type` and its keywords constrain only their own
// types, so null stands in when none of those has an instance.
func (l *lowerer) ofTypes(s *jsonschema.Schema, m ir.Meta, raw map[string]any, types []typeSet, name string, orNull bool) (ir.Node, error) {
	if len(types) == 1 {
		n, err := l.ofType(s, m, raw, types[0], name)
		var de *diag.Error
		if orNull && errors.As(err, &de) && de.Kind == diag.KindUnsatisfiable {
			// Keywords constrain only their own type: null is untouched.
			m.Notes = append(m.Notes, "type "+types[0].String()+" impossible: "+de.Msg)
			return &ir.Null{Meta: m}, nil
		}
		return n, err
	}
	u := &ir.Union{Meta: m}
	var firstErr error
	for _, t := range types {
		bm := ir.Meta{Pointer: m.Pointer}
		n, err := l.ofType(s, bm, raw, t, name)
		var de *diag.Error
		if errors.As(err, &de) && de.Kind == diag.KindUnsatisfiable {
			// The other types may still have instances.
			u.Notes = append(u.Notes, "type "+t.String()+" dropped: "+de.Msg)
			if firstErr == nil {
				firstErr = err
			}
			continue
		}
		if err != nil {
			return nil, err
		}
		u.Branches = append(u.Branches, n)
	}
	switch len(u.Branches) {
	case 0:
		if orNull {
			// Keywords constrain only their own type: null is untouched.
			return &ir.Null{Meta: m}, nil
		}
		return nil, firstErr
	case 1:
		b := u.Branches[0].Info()
		b.Title, b.Description = m.Title, m.Description
		b.Notes = slices.Concat(m.Notes, u.Notes, b.Notes)
		return u.Branches[0], nil
	}
	return u, nil
}

// ofType lowers s as one JSON type.
func (l *lowerer) ofType(s *jsonschema.Schema, m ir.Meta, raw map[string]any, t typeSet, name string) (ir.Node, error) {
	if want, err := l.uniqueRequested(s, raw); err != nil || (want && t != tInt && t != tStr && t != tNull) {
		if err == nil {
			_, err = l.unique(s, raw, t, nil)
		}
		return nil, err
	}
	switch t {
	case tNull:
		return &ir.Null{Meta: m}, nil
	case tBool:
		return l.flag(&ir.Boolean{Meta: m}), nil
	case tInt:
		n, err := l.distributed(l.integer(s, m))(s, raw)
		if err != nil {
			return nil, err
		}
		return l.unique(s, raw, t, n)
	case tNum:
		return l.distributed(l.number(s, m))(s, raw)
	case tStr:
		n, err := l.str(s, m, raw)
		if err != nil {
			return nil, err
		}
		return l.unique(s, raw, t, n)
	case tArr:
		return l.array(s, m, name)
	case tObj:
		return l.object(s, m, name)
	}
	return &ir.Any{Meta: m}, nil
}

// possibleTypes over-approximates the types of s's instances, for
// deciding whether anyOf/oneOf branches are disjoint.
func possibleTypes(s *jsonschema.Schema, seen map[*jsonschema.Schema]bool) typeSet {
	if s.Bool != nil {
		if *s.Bool {
			return tAll
		}
		return 0
	}
	if seen[s] {
		return tAll
	}
	seen[s] = true
	defer delete(seen, s)
	t := tAll
	if s.Types != nil {
		t = 0
		for _, n := range s.Types.ToStrings() {
			t |= typeOf(n)
		}
		if t&tNum != 0 {
			t |= tInt // a number may be an integer: intersections keep it
		}
	}
	if s.Ref != nil {
		t &= possibleTypes(s.Ref, seen)
	}
	var vals []any
	if s.Const != nil {
		vals = []any{*s.Const}
	} else if s.Enum != nil {
		vals = s.Enum.Values
	}
	if vals != nil {
		var vt typeSet
		for _, v := range vals {
			vt |= valueType(v)
		}
		if vt&tNum != 0 {
			vt |= tInt
		}
		t &= vt
	}
	for _, list := range [][]*jsonschema.Schema{s.AnyOf, s.OneOf} {
		if len(list) > 0 {
			var bt typeSet
			for _, b := range list {
				bt |= possibleTypes(b, seen)
			}
			t &= bt
		}
	}
	for _, b := range s.AllOf {
		t &= possibleTypes(b, seen)
	}
	return t
}

func valueType(v any) typeSet {
	switch v.(type) {
	case nil:
		return tNull
	case bool:
		return tBool
	case string:
		return tStr
	case []any:
		return tArr
	case map[string]any:
		return tObj
	}
	return tNum
}

// combinator lowers the allOf/anyOf/oneOf forms the IR can express, each
// without sibling constraints: a lone allOf branch; anyOf, whose every
// branch's instances are valid; and oneOf whose branches have pairwise
// disjoint types, so that its exclusivity holds by construction. ok is
// false when s has none of these forms.
func (l *lowerer) combinator(s *jsonschema.Schema, m ir.Meta, raw map[string]any, keys []string, name string) (ir.Node, bool, error) {
	switch {
	case len(s.AllOf) == 1 && siblingConstraint(s, "allOf") == "":
		n, err := l.node(s.AllOf[0], name)
		if err != nil {
			return nil, true, err
		}
		info := n.Info()
		if m.Title != "" {
			info.Title = m.Title
		}
		if m.Description != "" {
			info.Description = m.Description
		}
		info.Notes = slices.Concat(m.Notes, info.Notes)
		return n, true, nil
	case len(s.AnyOf) > 0 && siblingConstraint(s, "anyOf") == "":
		n, err := l.union(s, m, "anyOf", s.AnyOf, name)
		return n, true, err
	case len(s.OneOf) > 0 && siblingConstraint(s, "oneOf") == "" && l.disjoint(s, s.OneOf) == nil:
		n, err := l.union(s, m, "oneOf", s.OneOf, name)
		return n, true, err
	}
	return nil, false, nil
}

// disjoint refuses oneOf branches that a single value could match.
func (l *lowerer) disjoint(s *jsonschema.Schema, branches []*jsonschema.Schema) error {
	types := make([]typeSet, len(branches))
	for i, b := range branches {
		types[i] = possibleTypes(b, map[*jsonschema.Schema]bool{})
		for j := 0; j < i; j++ {
			if types[i].overlaps(types[j]) {
				both := "a value of any type"
				if u := types[i] | types[j]; u != tAll {
					both = "a value of type " + u.String()
				}
				return l.errf(diag.KindUnsupported, s, "oneOf",
					"oneOf branches %d and %d may both match %s; only branches of distinct types are supported yet",
					j, i, both)
			}
		}
	}
	return nil
}

// union lowers anyOf/oneOf branches to a Union, dropping those without
// instances.
func (l *lowerer) union(s *jsonschema.Schema, m ir.Meta, kw string, branches []*jsonschema.Schema, name string) (ir.Node, error) {
	u := &ir.Union{Meta: m}
	for _, b := range branches {
		if b.Bool != nil && !*b.Bool {
			continue
		}
		n, err := l.node(b, name)
		var de *diag.Error
		if errors.As(err, &de) && de.Kind == diag.KindUnsatisfiable {
			u.Notes = append(u.Notes, "branch dropped: "+de.Error())
			continue
		}
		if err != nil {
			return nil, err
		}
		u.Branches = append(u.Branches, n)
	}
	if len(u.Branches) == 0 {
		return nil, l.errf(diag.KindUnsatisfiable, s, kw, "no %s branch has an instance", kw)
	}
	return u, nil
}
