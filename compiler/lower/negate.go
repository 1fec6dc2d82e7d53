package lower

import (
	"encoding/json"
	"math/big"
	"slices"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// negate rewrites `not n` into alternatives: positive schemas each of whose
// instances fails n. partial is true when some instances of `not n` are not
// covered (a negated pattern, multipleOf or enum, say); the alternatives
// are then still sound, only narrower.
func (l *lowerer) negate(n *jsonschema.Schema) (alts []*jsonschema.Schema, partial bool) {
	if n.Bool != nil {
		if *n.Bool {
			return nil, false
		}
		return []*jsonschema.Schema{l.boolSchema(n, true)}, false
	}
	if n.Ref != nil {
		if n.DraftVersion < 2019 {
			return l.negate(n.Ref)
		}
		alts = append(alts, l.notOf(n.Ref))
	}
	if n.DynamicRef != nil || n.RecursiveRef != nil {
		partial = true
	}
	typed := func(t typeSet) *jsonschema.Schema {
		s := l.synth(n)
		s.Types = toTypes(t)
		return s
	}
	if n.Types != nil {
		var t typeSet
		for _, name := range n.Types.ToStrings() {
			t |= typeOf(name)
		}
		if t&tNum != 0 {
			t |= tInt
		}
		other := tAll &^ t &^ tInt
		if t&tInt != 0 && t&tNum == 0 {
			partial = true // non-integral numbers are not expressible
			other &^= tNum
		}
		if other != 0 {
			alts = append(alts, typed(other))
		}
	}
	var values []any
	if n.Const != nil {
		values = []any{*n.Const}
	} else if n.Enum != nil {
		values = n.Enum.Values
	}
	if values != nil {
		var vt typeSet
		for _, v := range values {
			vt |= valueType(v)
		}
		if vt&tNum != 0 {
			vt |= tInt
		}
		if other := tAll &^ vt &^ tInt; other != 0 {
			alts = append(alts, typed(other))
		}
		// Per listed type, values surely not listed: numbers in the open
		// intervals between the listed ones; strings, arrays and objects
		// of a length no listed one has; the other boolean.
		var rs []*big.Rat
		lens := map[typeSet][]int{}
		bools := map[bool]bool{}
		for _, v := range values {
			switch v := v.(type) {
			case string:
				lens[tStr] = append(lens[tStr], utf8.RuneCountInString(v))
			case []any:
				lens[tArr] = append(lens[tArr], len(v))
			case map[string]any:
				lens[tObj] = append(lens[tObj], len(v))
			case bool:
				bools[v] = true
			case nil:
			default:
				if r := rat(v); r != nil {
					rs = append(rs, r)
				}
			}
		}
		slices.SortFunc(rs, func(a, b *big.Rat) int { return a.Cmp(b) })
		for i := 0; len(rs) > 0 && i <= len(rs); i++ {
			if i > 0 && i < len(rs) && rs[i-1].Cmp(rs[i]) == 0 {
				continue
			}
			s := typed(tNum)
			if i > 0 {
				s.ExclusiveMinimum = rs[i-1]
			}
			if i < len(rs) {
				s.ExclusiveMaximum = rs[i]
			}
			alts = append(alts, s)
		}
		for _, t := range []typeSet{tStr, tArr, tObj} {
			ls := lens[t]
			if len(ls) == 0 {
				continue
			}
			partial = true // values of a listed length
			slices.Sort(ls)
			ls = slices.Compact(ls)
			lo := 0
			for _, n := range append(ls, -1) {
				hi := n - 1 // the gap [lo, n-1]; n == -1: [lo, ∞)
				if n >= 0 && hi < lo {
					lo = n + 1
					continue
				}
				s := typed(t)
				min, max := ptr(lo), ptr(hi)
				if n < 0 {
					max = nil
				}
				switch t {
				case tStr:
					s.MinLength, s.MaxLength = min, max
				case tArr:
					s.MinItems, s.MaxItems = min, max
				case tObj:
					s.MinProperties, s.MaxProperties = min, max
				}
				alts = append(alts, s)
				lo = n + 1
			}
		}
		if len(bools) == 1 {
			s := l.synth(n)
			s.Const = new(any)
			*s.Const = !bools[true]
			alts = append(alts, s)
		}
	}
	num := func(set func(s *jsonschema.Schema)) {
		s := typed(tNum)
		set(s)
		alts = append(alts, s)
	}
	if v := n.Minimum; v != nil {
		num(func(s *jsonschema.Schema) { s.ExclusiveMaximum = v })
	}
	if v := n.ExclusiveMinimum; v != nil {
		num(func(s *jsonschema.Schema) { s.Maximum = v })
	}
	if v := n.Maximum; v != nil {
		num(func(s *jsonschema.Schema) { s.ExclusiveMinimum = v })
	}
	if v := n.ExclusiveMaximum; v != nil {
		num(func(s *jsonschema.Schema) { s.Minimum = v })
	}
	if n.MultipleOf != nil {
		partial = true
	}
	counted := func(t typeSet, min, max *int, setMin, setMax func(*jsonschema.Schema, *int)) {
		if min != nil && *min > 0 {
			s := typed(t)
			setMax(s, ptr(*min-1))
			alts = append(alts, s)
		}
		if max != nil {
			s := typed(t)
			setMin(s, ptr(*max+1))
			alts = append(alts, s)
		}
	}
	counted(tStr, n.MinLength, n.MaxLength,
		func(s *jsonschema.Schema, v *int) { s.MinLength = v }, func(s *jsonschema.Schema, v *int) { s.MaxLength = v })
	counted(tArr, n.MinItems, n.MaxItems,
		func(s *jsonschema.Schema, v *int) { s.MinItems = v }, func(s *jsonschema.Schema, v *int) { s.MaxItems = v })
	counted(tObj, n.MinProperties, n.MaxProperties,
		func(s *jsonschema.Schema, v *int) { s.MinProperties = v }, func(s *jsonschema.Schema, v *int) { s.MaxProperties = v })
	if n.Pattern != nil || n.Format != nil || n.MultipleOf != nil || n.UniqueItems || n.Contains != nil ||
		n.Items != nil || n.Items2020 != nil || len(n.PrefixItems) > 0 || n.AdditionalItems != nil ||
		len(n.PatternProperties) > 0 || n.PropertyNames != nil || n.UnevaluatedItems != nil ||
		n.UnevaluatedProperties != nil || len(n.OneOf) > 0 || n.If != nil || len(n.Dependencies) > 0 ||
		len(n.DependentRequired) > 0 || len(n.DependentSchemas) > 0 || n.ContentSchema != nil {
		partial = true
	}
	// Items: an array whose item i fails n's schema for position i.
	arrayAt := func(i int, item *jsonschema.Schema) {
		s := typed(tArr)
		s.MinItems = ptr(i + 1)
		prefix := make([]*jsonschema.Schema, i+1)
		for j := range i {
			prefix[j] = l.boolSchema(n, true)
		}
		prefix[i] = item
		if n.DraftVersion >= 2020 {
			s.PrefixItems = prefix
		} else {
			s.Items = prefix
		}
		alts = append(alts, s)
	}
	// contains: an array no item of which matches it (0 matches fail a
	// minContains of 1 or more; arrays with some matches but too few or
	// too many are not covered: partial, set above).
	if c := n.Contains; c != nil && (n.MinContains == nil || *n.MinContains >= 1) {
		s := typed(tArr)
		if n.DraftVersion >= 2020 {
			s.Items2020 = l.notOf(c)
		} else {
			s.Items = l.notOf(c)
		}
		alts = append(alts, s)
	}
	unless := func(u *jsonschema.Schema) *jsonschema.Schema {
		if u.Bool != nil && !*u.Bool {
			return l.boolSchema(n, true)
		}
		return l.notOf(u)
	}
	prefix, rest := itemsOf(n)
	for i, p := range prefix {
		if !isTrueSchema(p) {
			arrayAt(i, unless(p))
		}
	}
	if rest != nil && !isTrueSchema(rest) {
		arrayAt(len(prefix), unless(rest))
	}
	// unevaluatedItems: an item past every position n's parts may
	// evaluate, failing it.
	if u := n.UnevaluatedItems; u != nil && !isTrueSchema(u) {
		if cnt, all, maybe := evaluatedItems(n, 0); !all && !maybe {
			arrayAt(cnt, unless(u))
		}
	}
	// unevaluatedProperties: a member no part of n may evaluate, failing
	// it (annotations are collected inside a not all the same).
	if u := n.UnevaluatedProperties; u != nil && !isTrueSchema(u) {
		for _, k := range []string{"extra", "other", "_x", "Z9", "extra_", "other_"} {
			if _, maybe := evaluatesProperty(n, k, 0); !maybe {
				s := typed(tObj)
				s.Required = []string{k}
				s.Properties = map[string]*jsonschema.Schema{k: unless(u)}
				alts = append(alts, s)
				break
			}
		}
	}
	for _, k := range n.Required {
		s := typed(tObj)
		s.Properties = map[string]*jsonschema.Schema{k: l.boolSchema(n, false)}
		alts = append(alts, s)
	}
	for _, k := range sortedKeys(n.Properties) {
		ps := n.Properties[k]
		if isTrueSchema(ps) {
			continue
		}
		s := typed(tObj)
		s.Required = []string{k}
		s.Properties = map[string]*jsonschema.Schema{k: l.notOf(ps)}
		alts = append(alts, s)
	}
	if ap, ok := n.AdditionalProperties.(*jsonschema.Schema); ok && !isTrueSchema(ap) && len(n.PatternProperties) == 0 {
		k := "extra"
		for n.Properties[k] != nil {
			k += "_"
		}
		s := typed(tObj)
		s.Required = []string{k}
		s.Properties = map[string]*jsonschema.Schema{k: l.notOf(ap)}
		alts = append(alts, s)
	} else if ap, ok := n.AdditionalProperties.(bool); ok && !ap && len(n.PatternProperties) == 0 {
		k := "extra"
		for n.Properties[k] != nil {
			k += "_"
		}
		s := typed(tObj)
		s.Required = []string{k}
		alts = append(alts, s)
	}
	for _, b := range n.AllOf {
		alts = append(alts, l.notOf(b))
	}
	if n.Not != nil {
		alts = append(alts, n.Not)
	}
	if len(n.AnyOf) > 0 {
		s := l.synth(n)
		for _, b := range n.AnyOf {
			s.AllOf = append(s.AllOf, l.notOf(b))
		}
		alts = append(alts, s)
	}
	return alts, partial
}

func ptr(v int) *int { return &v }

func toTypes(t typeSet) *jsonschema.Types {
	var out jsonschema.Types
	for _, tn := range typeNames {
		if t&tn.t != 0 {
			out.Add(tn.name)
		}
	}
	return &out
}

// valid reports whether v is an instance of s. Compiled schemas judge
// themselves; a clone judges like its origin (the conjunction holds what
// replaced the removed keywords); other synthetic schemas, made only of
// the keywords this package writes, are judged here.
func (l *lowerer) valid(s *jsonschema.Schema, v any) bool {
	if o, ok := l.origin[s]; ok {
		return l.valid(o, v)
	}
	if !l.syn[s] {
		return s.Validate(v) == nil
	}
	if s.Bool != nil {
		return *s.Bool
	}
	for _, b := range s.AllOf {
		if !l.valid(b, v) {
			return false
		}
	}
	if s.Not != nil && l.valid(s.Not, v) {
		return false
	}
	if len(s.AnyOf) > 0 {
		ok := false
		for _, b := range s.AnyOf {
			ok = ok || l.valid(b, v)
		}
		if !ok {
			return false
		}
	}
	if s.Const != nil && string(canonical(nil, *s.Const)) != string(canonical(nil, v)) {
		return false
	}
	vt := valueType(v)
	if s.Types != nil {
		var t typeSet
		for _, name := range s.Types.ToStrings() {
			t |= typeOf(name)
		}
		switch {
		case t&vt != 0:
		case vt == tNum && t&tInt != 0 && isInt(v):
		default:
			return false
		}
	}
	count := func(n int, min, max *int) bool {
		return (min == nil || n >= *min) && (max == nil || n <= *max)
	}
	switch v := v.(type) {
	case string:
		return count(utf8.RuneCountInString(v), s.MinLength, s.MaxLength)
	case []any:
		if !count(len(v), s.MinItems, s.MaxItems) {
			return false
		}
		prefix, rest := itemsOf(s)
		for i, e := range v {
			switch {
			case i < len(prefix):
				if !l.valid(prefix[i], e) {
					return false
				}
			case rest != nil && rest.Bool != nil:
				if !*rest.Bool {
					return false
				}
			case rest != nil && !l.valid(rest, e):
				return false
			}
		}
		return true
	case map[string]any:
		if !count(len(v), s.MinProperties, s.MaxProperties) {
			return false
		}
		for _, k := range s.Required {
			if _, ok := v[k]; !ok {
				return false
			}
		}
		for k, ps := range s.Properties {
			if pv, ok := v[k]; ok && !l.valid(ps, pv) {
				return false
			}
		}
	}
	if vt == tNum {
		r := rat(v)
		if r == nil {
			return false
		}
		if (s.Minimum != nil && r.Cmp(s.Minimum) < 0) || (s.Maximum != nil && r.Cmp(s.Maximum) > 0) ||
			(s.ExclusiveMinimum != nil && r.Cmp(s.ExclusiveMinimum) <= 0) ||
			(s.ExclusiveMaximum != nil && r.Cmp(s.ExclusiveMaximum) >= 0) {
			return false
		}
	}
	return true
}

func rat(v any) *big.Rat {
	switch v := v.(type) {
	case json.Number:
		r, ok := new(big.Rat).SetString(string(v))
		if ok {
			return r
		}
	case float64:
		return new(big.Rat).SetFloat64(v)
	case int:
		return big.NewRat(int64(v), 1)
	case int64:
		return big.NewRat(v, 1)
	}
	return nil
}

func isInt(v any) bool {
	if r := rat(v); r != nil {
		return r.IsInt()
	}
	return false
}

// anyPattern returns the schemas of the patterns that match k, in
// pattern order.
func anyPattern(pp map[jsonschema.Regexp]*jsonschema.Schema, k string) []*jsonschema.Schema {
	var out []*jsonschema.Schema
	var keys []string
	byKey := map[string]*jsonschema.Schema{}
	for re, s := range pp {
		if re.MatchString(k) {
			keys = append(keys, re.String())
			byKey[re.String()] = s
		}
	}
	slices.Sort(keys)
	for _, key := range keys {
		out = append(out, byKey[key])
	}
	return out
}
