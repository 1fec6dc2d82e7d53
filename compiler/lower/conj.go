package lower

import (
	"errors"
	"slices"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/synthgen/synthgen/compiler/diag"
	"github.com/synthgen/synthgen/compiler/ir"
)

// A conjunction is how the lowering reads the applicators: an instance must
// be valid against every schema of pos and against none of neg. allOf and
// $ref are flattened into it, anyOf/oneOf/if are distributed into a Union
// of conjunctions, `not` is rewritten into alternatives of positive
// schemas, and what is left is merged into one synthetic schema that the
// ordinary type lowering takes. No new IR: the result is Enum, Union and
// typed nodes, so both backends draw exactly as before.
//
// objOnly: some `not` or oneOf branch was left out of it by a proof
// (excludes) that holds for objects only, so its instances must not be
// widened to the scalars that a type-less schema also admits (typed).
type conj struct {
	pos, neg []*jsonschema.Schema
	objOnly  bool
}

// maxConjDepth bounds nested conjunction lowering (recursive allOf/$ref
// chains that keep creating new merges).
const maxConjDepth = 24

// maxConjWork bounds the alternatives that negations may add in one
// schema (oneOf over n overlapping branches negates n-1 of them in each,
// which multiplies): beyond it they are dropped as unsupported.
const maxConjWork = 2000

// needsConj reports whether s uses keywords that only the conjunction path
// lowers.
func needsConj(s *jsonschema.Schema) bool {
	return len(s.AllOf) > 0 || len(s.AnyOf) > 0 || len(s.OneOf) > 0 || s.Not != nil ||
		(s.If != nil && (s.Then != nil || s.Else != nil)) ||
		(s.Ref != nil && s.DraftVersion >= 2019) || s.DynamicRef != nil || s.RecursiveRef != nil ||
		len(s.Dependencies) > 0 || len(s.DependentRequired) > 0 || len(s.DependentSchemas) > 0 ||
		len(s.PatternProperties) > 0 || (s.PropertyNames != nil && !isTrueSchema(s.PropertyNames)) ||
		(s.UnevaluatedProperties != nil && !isTrueSchema(s.UnevaluatedProperties)) ||
		(s.UnevaluatedItems != nil && !isTrueSchema(s.UnevaluatedItems)) ||
		s.Contains != nil
}

// clone returns a synthetic shallow copy of p that validates, together with
// what the conjunction adds in its place, like p's origin.
func (l *lowerer) clone(p *jsonschema.Schema) *jsonschema.Schema {
	q := *p
	l.syn[&q] = true
	o := p
	if orig, ok := l.origin[p]; ok {
		o = orig
	}
	l.origin[&q] = o
	l.ident[&q] = l.identOf(p)
	if msg, ok := l.unsup[p]; ok {
		l.unsup[&q] = msg
	}
	return &q
}

// child returns a clone of c with an identity of its own, applied in place
// by parent: what c evaluates, parent evaluates (unevaluated*).
func (l *lowerer) child(c, parent *jsonschema.Schema) *jsonschema.Schema {
	q := l.clone(c)
	l.ident[q] = q
	l.parent[q] = l.identOf(parent)
	return q
}

// identOf is the schema that clones of s stand for.
func (l *lowerer) identOf(s *jsonschema.Schema) *jsonschema.Schema {
	if id, ok := l.ident[s]; ok {
		return id
	}
	return s
}

// descends reports whether c is p or was applied in place below p.
func (l *lowerer) descends(c, p *jsonschema.Schema) bool {
	target := l.identOf(p)
	for x := l.identOf(c); x != nil; x = l.parent[x] {
		if x == target {
			return true
		}
	}
	return false
}

// synth returns a new synthetic schema of p's draft and location.
func (l *lowerer) synth(like *jsonschema.Schema) *jsonschema.Schema {
	s := &jsonschema.Schema{DraftVersion: like.DraftVersion, Location: like.Location}
	l.syn[s] = true
	return s
}

// allOf returns the conjunction of list as one schema.
func (l *lowerer) allOf(like *jsonschema.Schema, list []*jsonschema.Schema) *jsonschema.Schema {
	var kept []*jsonschema.Schema
	for _, s := range list {
		if isTrueSchema(s) || slices.Contains(kept, s) {
			continue
		}
		kept = append(kept, s)
	}
	switch len(kept) {
	case 0:
		return l.boolSchema(like, true)
	case 1:
		return kept[0]
	}
	s := l.synth(kept[0])
	s.AllOf = kept
	return s
}

func (l *lowerer) boolSchema(like *jsonschema.Schema, b bool) *jsonschema.Schema {
	s := l.synth(like)
	s.Bool = &b
	return s
}

func (l *lowerer) notOf(s *jsonschema.Schema) *jsonschema.Schema {
	n := l.synth(s)
	n.Not = s
	return n
}

// flat is a flattened conjunction: no allOf, $ref, not or false schema is
// left in pos.
type flat struct {
	pos, neg []*jsonschema.Schema
	// noExtra: generated member names could violate patternProperties,
	// propertyNames, unevaluatedProperties or trigger dependencies.
	noExtra bool
}

func (l *lowerer) flatten(c conj) (*flat, error) {
	f := &flat{neg: slices.Clone(c.neg)}
	queue := slices.Clone(c.pos)
	seen := map[*jsonschema.Schema]bool{}
	steps := 0
	{
		for len(queue) > 0 {
			p := queue[0]
			queue = queue[1:]
			if seen[p] {
				continue
			}
			seen[p] = true
			if steps++; steps > 400 {
				return nil, l.errf(diag.KindUnsupported, p, "allOf", "allOf/$ref nesting too deep to merge")
			}
			if msg, ok := l.unsup[p]; ok {
				return nil, l.errf(diag.KindUnsupported, p, "", "%s is not supported yet", msg)
			}
			if p.Bool != nil {
				if *p.Bool {
					continue
				}
				return nil, l.errf(diag.KindUnsatisfiable, p, "", "the false schema has no instance")
			}
			q := p
			edit := func() {
				if q == p {
					q = l.clone(p)
				}
			}
			if p.RecursiveRef != nil {
				leave := l.enterParts([]*jsonschema.Schema{p})
				target := l.recursiveTarget(p)
				leave()
				queue = append(queue, l.child(target, p))
				edit()
				q.RecursiveRef = nil
			}
			if p.DynamicRef != nil {
				leave := l.enterParts([]*jsonschema.Schema{p})
				target, err := l.dynamicTarget(p)
				leave()
				if err != nil {
					return nil, err
				}
				queue = append(queue, l.child(target, p))
				edit()
				q.DynamicRef = nil
			}
			if p.Ref != nil {
				queue = append(queue, l.child(p.Ref, p))
				if p.DraftVersion < 2019 {
					continue // siblings of $ref are ignored
				}
				edit()
				q.Ref = nil
			}
			if len(p.AllOf) > 0 {
				for _, b := range p.AllOf {
					queue = append(queue, l.child(b, p))
				}
				edit()
				q.AllOf = nil
			}
			if p.Not != nil {
				f.neg = append(f.neg, p.Not)
				edit()
				q.Not = nil
			}
			if p.If != nil && p.Then == nil && p.Else == nil {
				edit()
				q.If = nil
			}
			if len(p.Dependencies) > 0 || len(p.DependentRequired) > 0 || len(p.DependentSchemas) > 0 ||
				len(p.PatternProperties) > 0 || (p.PropertyNames != nil && !isTrueSchema(p.PropertyNames)) ||
				(p.UnevaluatedProperties != nil && !isTrueSchema(p.UnevaluatedProperties)) {
				f.noExtra = true
			}
			f.pos = append(f.pos, q)
		}
		return f, nil
	}
}

// dependencies replaces each dependency of f's schemas whose trigger can
// be present (a declared or required property) by the alternative
// "trigger absent" or "trigger present with what it requires"; the
// others stay for a later round, as alternatives may declare more.
func (l *lowerer) dependencies(f *flat) []*jsonschema.Schema {
	present := map[string]bool{}
	for _, p := range f.pos {
		for k := range p.Properties {
			present[k] = true
		}
		for _, k := range p.Required {
			present[k] = true
		}
	}
	var added []*jsonschema.Schema
	for i, p := range f.pos {
		if len(p.Dependencies) == 0 && len(p.DependentRequired) == 0 && len(p.DependentSchemas) == 0 {
			continue
		}
		f.noExtra = true
		q := l.clone(p)
		q.Dependencies, q.DependentRequired, q.DependentSchemas = nil, nil, nil
		for k, d := range p.Dependencies {
			if !present[k] {
				q.Dependencies = setKey(q.Dependencies, k, d)
			}
		}
		for k, d := range p.DependentRequired {
			if !present[k] {
				q.DependentRequired = setKey(q.DependentRequired, k, d)
			}
		}
		for k, d := range p.DependentSchemas {
			if !present[k] {
				q.DependentSchemas = setKey(q.DependentSchemas, k, d)
			}
		}
		f.pos[i] = q
		// Each dependency is an alternative: the trigger absent, or present
		// with what it requires.
		dep := func(k string, names []string, schema *jsonschema.Schema) {
			if !present[k] {
				return
			}
			absent := l.synth(p)
			absent.Properties = map[string]*jsonschema.Schema{k: l.boolSchema(p, false)}
			with := l.synth(p)
			with.Required = append([]string{k}, names...)
			if schema != nil {
				with.AllOf = []*jsonschema.Schema{schema}
			}
			either := l.synth(p)
			either.AnyOf = []*jsonschema.Schema{with, absent}
			l.parent[either] = l.identOf(q)
			added = append(added, either)
		}
		for _, k := range sortedKeys(p.Dependencies) {
			switch d := p.Dependencies[k].(type) {
			case []string:
				dep(k, d, nil)
			case *jsonschema.Schema:
				dep(k, nil, d)
			}
		}
		for _, k := range sortedKeys(p.DependentRequired) {
			dep(k, p.DependentRequired[k], nil)
		}
		for _, k := range sortedKeys(p.DependentSchemas) {
			dep(k, nil, p.DependentSchemas[k])
		}
	}
	return added
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// lowerConj lowers a conjunction.
func (l *lowerer) lowerConj(c conj, m ir.Meta, name string) (ir.Node, error) {
	if l.conjDepth >= maxConjDepth {
		return nil, l.errf(diag.KindUnsupported, c.pos[0], "allOf", "combinators nest too deeply to merge")
	}
	l.conjDepth++
	defer func() { l.conjDepth-- }()
	f, err := l.flatten(c)
	if err != nil {
		return nil, err
	}
	like := c.pos[0]
	// A finite value list: filter it by the whole conjunction, exactly.
	for _, p := range f.pos {
		if p.Enum != nil || p.Const != nil {
			return l.conjEnum(c, p, m)
		}
	}
	// Distribute the first anyOf, oneOf or if over the rest.
	for i, p := range f.pos {
		rest := func(q *jsonschema.Schema) []*jsonschema.Schema {
			out := slices.Clone(f.pos)
			out[i] = q
			return out
		}
		switch {
		case len(p.AnyOf) > 0:
			q := l.clone(p)
			q.AnyOf = nil
			var alts []conj
			for _, b := range p.AnyOf {
				alts = append(alts, conj{pos: append(rest(q), l.child(b, q)), neg: f.neg, objOnly: c.objOnly})
			}
			return l.conjUnion(p, "anyOf", alts, m, name)
		case len(p.OneOf) > 0:
			q := l.clone(p)
			q.OneOf = nil
			var alts []conj
			for j, b := range p.OneOf {
				neg := slices.Clone(f.neg)
				objOnly := c.objOnly
				bt := possibleTypes(b, map[*jsonschema.Schema]bool{})
				for k, o := range p.OneOf {
					if k == j || !bt.overlaps(possibleTypes(o, map[*jsonschema.Schema]bool{})) {
						continue
					}
					if l.excludes([]*jsonschema.Schema{b}, o) {
						objOnly = true
						continue
					}
					neg = append(neg, o)
				}
				alts = append(alts, conj{pos: append(rest(q), l.child(b, q)), neg: neg, objOnly: objOnly})
			}
			return l.conjUnion(p, "oneOf", alts, m, name)
		case p.If != nil:
			q := l.clone(p)
			q.If, q.Then, q.Else = nil, nil, nil
			cond := l.child(p.If, q)
			l.fromIf[cond] = true
			yes := append(rest(q), cond)
			if p.Then != nil {
				yes = append(yes, l.child(p.Then, q))
			}
			no := rest(q)
			if p.Else != nil {
				no = append(no, l.child(p.Else, q))
			}
			alts := []conj{{pos: yes, neg: f.neg, objOnly: c.objOnly}, {pos: no, neg: append(slices.Clone(f.neg), p.If), objOnly: c.objOnly}}
			return l.conjUnion(p, "if", alts, m, name)
		}
	}
	// Rewrite the first `not` that can matter into positive alternatives.
	types := tAll
	for _, p := range f.pos {
		t := possibleTypes(p, map[*jsonschema.Schema]bool{})
		if t&tNum != 0 {
			t |= tInt // a number may be an integer
		}
		types &= t
	}
	objOnly := c.objOnly
	for i, n := range f.neg {
		if !possibleTypes(n, map[*jsonschema.Schema]bool{}).overlaps(types) {
			continue // no instance of the rest can match n
		}
		if l.excludes(f.pos, n) {
			objOnly = true // no object of the rest can match n
			continue
		}
		alts, partial := l.negate(n)
		if len(alts) == 0 {
			if partial {
				return nil, l.errf(diag.KindUnsupported, n, "not", "this not cannot be generated yet")
			}
			return nil, l.errf(diag.KindUnsatisfiable, n, "not", "not of a schema that every value matches has no instance")
		}
		if l.work += len(alts); l.work > maxConjWork {
			return nil, l.errf(diag.KindUnsupported, n, "not", "not/oneOf expand to too many alternatives")
		}
		neg := slices.Delete(slices.Clone(f.neg), i, i+1)
		var cs []conj
		for _, a := range alts {
			cs = append(cs, conj{pos: append(slices.Clone(f.pos), a), neg: neg, objOnly: objOnly})
		}
		u, err := l.conjUnion(n, "not", cs, m, name)
		var de *diag.Error
		if partial && errors.As(err, &de) && de.Kind == diag.KindUnsatisfiable {
			return nil, l.errf(diag.KindUnsupported, n, "not", "this not cannot be generated yet: %s", de.Msg)
		}
		return u, err
	}
	// Dependencies last: only now is every property that can be present
	// known.
	if added := l.dependencies(f); len(added) > 0 {
		return l.lowerConj(conj{pos: append(f.pos, added...), neg: f.neg, objOnly: objOnly}, m, name)
	}
	if len(f.pos) == 0 {
		return &ir.Any{Meta: m}, nil
	}
	if objOnly {
		narrow := l.narrow
		l.narrow = true
		defer func() { l.narrow = narrow }()
	}
	if len(f.pos) == 1 && !l.syn[f.pos[0]] && !needsConj(f.pos[0]) {
		return l.node(f.pos[0], name)
	}
	defer l.enterParts(f.pos)()
	s, err := l.merge(like, f)
	if err != nil {
		return nil, err
	}
	if err := l.unsupported(s, nil); err != nil {
		return nil, err
	}
	return l.typed(s, m, nil, name)
}

// conjUnion lowers alternatives to a Union, dropping those without
// instances (and those not supported yet, while others remain).
func (l *lowerer) conjUnion(at *jsonschema.Schema, kw string, alts []conj, m ir.Meta, name string) (ir.Node, error) {
	u := &ir.Union{Meta: m}
	var unsup error
	for _, a := range alts {
		n, err := l.lowerConj(a, ir.Meta{Pointer: m.Pointer}, name)
		var de *diag.Error
		if errors.As(err, &de) && (de.Kind == diag.KindUnsatisfiable || de.Kind == diag.KindUnsupported) {
			if de.Kind == diag.KindUnsupported && unsup == nil {
				unsup = err
			}
			u.Notes = append(u.Notes, kw+" alternative dropped: "+de.Error())
			continue
		}
		if err != nil {
			return nil, err
		}
		u.Branches = append(u.Branches, n)
	}
	switch len(u.Branches) {
	case 0:
		if unsup != nil {
			return nil, unsup
		}
		return nil, l.errf(diag.KindUnsatisfiable, at, kw, "no %s alternative has an instance", kw)
	case 1:
		b := u.Branches[0].Info()
		if m.Title != "" {
			b.Title = m.Title
		}
		if m.Description != "" {
			b.Description = m.Description
		}
		b.Notes = slices.Concat(m.Notes, u.Notes, b.Notes)
		return u.Branches[0], nil
	}
	return u, nil
}

// conjEnum lowers a conjunction one of whose schemas lists its values.
func (l *lowerer) conjEnum(c conj, p *jsonschema.Schema, m ir.Meta) (ir.Node, error) {
	kw, values := "enum", []any(nil)
	if p.Const != nil {
		kw, values = "const", []any{*p.Const}
	} else {
		values = p.Enum.Values
	}
	e := &ir.Enum{Meta: m}
	seen := map[string]bool{}
	for _, v := range values {
		if !l.validAll(c, v) {
			continue
		}
		b := canonical(nil, v)
		if !seen[string(b)] {
			seen[string(b)] = true
			e.Values = append(e.Values, b)
		}
	}
	if len(e.Values) == 0 {
		return nil, l.errf(diag.KindUnsatisfiable, p, kw, "no %s value satisfies the other keywords and combinators", kw)
	}
	return e, nil
}

func (l *lowerer) validAll(c conj, v any) bool {
	for _, p := range c.pos {
		if !l.valid(p, v) {
			return false
		}
	}
	for _, n := range c.neg {
		if l.valid(n, v) {
			return false
		}
	}
	return true
}

// setKey sets m[k] = v, making m when nil.
func setKey[V any](m map[string]V, k string, v V) map[string]V {
	if m == nil {
		m = map[string]V{}
	}
	m[k] = v
	return m
}

// excludes reports whether no instance of the conjunction of pos can
// match n, by a cheap proof: n and a part of pos pin a property that one
// of them requires to disjoint value lists (the discriminator of a
// tagged union), or a part forbids a property n requires.
func (l *lowerer) excludes(pos []*jsonschema.Schema, n *jsonschema.Schema) bool {
	return l.excludesDepth(pos, n, 0)
}

func (l *lowerer) excludesDepth(pos []*jsonschema.Schema, n *jsonschema.Schema, depth int) bool {
	if depth > 8 {
		return false
	}
	if n.Bool != nil {
		return !*n.Bool
	}
	if n.Ref != nil {
		if l.excludesDepth(pos, n.Ref, depth+1) {
			return true
		}
		if n.DraftVersion < 2019 {
			return false // siblings of $ref are ignored
		}
	}
	var parts []*jsonschema.Schema
	for _, p := range pos {
		for i := 0; p != nil && i < 8; i++ {
			parts = append(parts, p)
			p = p.Ref
		}
	}
	for _, p := range parts {
		for k, ps := range p.Properties {
			required := slices.Contains(n.Required, k) || slices.Contains(p.Required, k)
			if !required {
				continue
			}
			if ps.Bool != nil && !*ps.Bool && slices.Contains(n.Required, k) {
				return true
			}
			ns, ok := n.Properties[k]
			if !ok {
				continue
			}
			var vals []any
			if ps.Const != nil {
				vals = []any{*ps.Const}
			} else if ps.Enum != nil {
				vals = ps.Enum.Values
			}
			if vals == nil {
				continue
			}
			none := true
			for _, v := range vals {
				if l.valid(ns, v) {
					none = false
					break
				}
			}
			if none {
				return true
			}
		}
	}
	return false
}
