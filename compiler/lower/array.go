package lower

import (
	"errors"
	"math"
	"slices"
	"strconv"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/synthgen/synthgen/compiler/diag"
	"github.com/synthgen/synthgen/compiler/ir"
	"github.com/synthgen/synthgen/runtime"
)

// array lowers an array: the tuple prefix (Draft 4–2019 items array, or
// prefixItems), then items (additionalItems, or 2020's items); a false
// schema beyond the prefix caps the length. A merged array whose items
// must fail a contains with maxContains falls back, when no such item can
// be generated, on its length capped at the items contains forces.
func (l *lowerer) array(s *jsonschema.Schema, m ir.Meta, name string) (ir.Node, error) {
	n, err := l.arrayOf(s, m, name)
	var de *diag.Error
	if c, ok := l.capped[s]; ok && errors.As(err, &de) && (de.Kind == diag.KindUnsatisfiable || de.Kind == diag.KindUnsupported) {
		if c.err != nil {
			return nil, c.err
		}
		m.Notes = append(m.Notes, "maxContains caps the length: no item failing contains can be generated ("+de.Msg+")")
		return l.arrayOf(c.schema, m, name)
	}
	return n, err
}

func (l *lowerer) arrayOf(s *jsonschema.Schema, m ir.Meta, name string) (ir.Node, error) {
	a := &ir.Array{Meta: m, MaxItems: -1, Unique: s.UniqueItems}
	if s.MinItems != nil {
		a.MinItems = *s.MinItems
	}
	if s.MaxItems != nil {
		a.MaxItems = *s.MaxItems
	}
	var prefix []*jsonschema.Schema
	var items *jsonschema.Schema
	closed := false // no item beyond the prefix
	if s.DraftVersion < 2020 {
		switch it := s.Items.(type) {
		case *jsonschema.Schema:
			items = it
		case []*jsonschema.Schema:
			prefix = it
			switch ai := s.AdditionalItems.(type) {
			case bool:
				closed = !ai
			case *jsonschema.Schema:
				items = ai
			}
		}
	} else {
		prefix, items = s.PrefixItems, s.Items2020
	}
	if items != nil && items.Bool != nil && !*items.Bool {
		closed = true
	}
	itemName := name + "_item"
	for i, p := range prefix {
		if p.Bool != nil && !*p.Bool {
			closed = true // no array of this length or longer is valid
			break
		}
		if a.MaxItems >= 0 && i >= a.MaxItems {
			break // never reached
		}
		n, err := l.node(p, itemName)
		if de, ok := forbidden(err); ok {
			// A prefix item nothing matches: no array reaches it.
			a.Meta.Notes = append(a.Meta.Notes, "no array reaches item "+strconv.Itoa(i)+": "+de.Msg)
			closed = true
			break
		}
		if err != nil {
			return nil, err
		}
		a.Prefix = append(a.Prefix, n)
	}
	if !closed && items != nil {
		n, err := l.node(items, itemName)
		if de, ok := forbidden(err); ok {
			// items that nothing matches (`not: {}`) close the array
			// after its prefix, as items: false does.
			a.Meta.Notes = append(a.Meta.Notes, "no item beyond the prefix: "+de.Msg)
			closed = true
		} else if err != nil {
			return nil, err
		} else {
			a.Items = n
		}
	}
	if closed {
		if a.MaxItems < 0 || a.MaxItems > len(a.Prefix) {
			a.MaxItems = len(a.Prefix)
		}
	} else if items == nil {
		a.Items = &ir.Any{Meta: ir.Meta{Pointer: m.Pointer}}
	}
	if a.MaxItems >= 0 && a.MinItems > a.MaxItems {
		if s.MaxItems != nil && *s.MaxItems == a.MaxItems {
			return nil, l.errf(diag.KindUnsatisfiable, s, "minItems", "minItems %d > maxItems %d", a.MinItems, a.MaxItems)
		}
		return nil, l.errf(diag.KindUnsatisfiable, s, "minItems",
			"minItems %d, but the item schemas allow at most %d items", a.MinItems, a.MaxItems)
	}
	if a.Unique && len(a.Prefix) > 0 {
		// Distinct values across prefix and items, when they can be listed.
		if d, ok := distinct(append(slices.Clone(a.Prefix), a.Items)); ok {
			if d < int64(a.MinItems) {
				return nil, l.errf(diag.KindUnsatisfiable, s, "uniqueItems",
					"uniqueItems with minItems %d, but the item schemas have only %d distinct values", a.MinItems, d)
			}
			if a.MaxItems < 0 || int64(a.MaxItems) > d {
				a.MaxItems = int(d)
			}
		}
	}
	if sn, ok := a.Items.(*ir.String); ok && a.Unique && len(a.Prefix) == 0 {
		if err := l.enoughStrings(s, a, sn); err != nil {
			return nil, err
		}
	}
	if a.Unique && len(a.Prefix) == 0 && a.Items != nil {
		if d, finite := l.domain(a.Items, map[*ir.Def]bool{}); finite {
			if d < int64(a.MinItems) {
				return nil, l.errf(diag.KindUnsatisfiable, s, "uniqueItems",
					"uniqueItems with minItems %d, but items has only %d distinct values", a.MinItems, d)
			}
			// Cap the length where the generator would otherwise draw
			// more items than there are distinct values.
			reach := int64(a.MaxItems)
			if reach < 0 {
				reach = int64(a.MinItems + runtime.DefaultArraySpan)
			}
			if reach > d {
				a.MaxItems = int(d)
			}
		}
	}
	return a, nil
}

// domain returns how many distinct values n can take, when that is known
// to be finite.
func (l *lowerer) domain(n ir.Node, seen map[*ir.Def]bool) (int64, bool) {
	switch n := n.(type) {
	case *ir.Null:
		return 1, true
	case *ir.Boolean:
		return 2, true
	case *ir.Enum:
		return int64(len(n.Values)), true
	case *ir.Integer:
		return span(n.KLo, n.KHi)
	case *ir.Number:
		return span(n.KLo, n.KHi)
	case *ir.String:
		return 1, n.MaxLen == 0
	case *ir.Object:
		if n.Extra != nil && n.Extra.Max > 0 {
			return 0, false
		}
		// Each field multiplies: its values, and absence when optional.
		total := int64(1)
		for _, f := range n.Fields {
			d, ok := l.domain(f.Node, seen)
			if !f.Required {
				d++
			}
			if !ok || total > math.MaxInt64/d {
				return 0, false
			}
			total *= d
		}
		return total, true
	case *ir.Array:
		return 1, n.MaxItems == 0
	case *ir.Union:
		var total int64
		for _, b := range n.Branches {
			d, ok := l.domain(b, seen)
			if !ok || total > math.MaxInt64-d {
				return 0, false
			}
			total += d
		}
		return total, true
	case *ir.Ref:
		if seen[n.Def] || n.Def.Node == nil {
			return 0, false
		}
		seen[n.Def] = true
		return l.domain(n.Def.Node, seen)
	}
	return 0, false
}

func span(lo, hi int64) (int64, bool) {
	if hi-lo < 0 || hi-lo == math.MaxInt64 {
		return 0, false // overflowed: huge
	}
	return hi - lo + 1, true
}

// distinct counts the distinct values that nodes can take together, when
// each is a short list of values (enums, booleans, null, small integer
// ranges); nil nodes are skipped.
func distinct(nodes []ir.Node) (int64, bool) {
	set := map[string]bool{}
	for _, n := range nodes {
		switch n := n.(type) {
		case nil:
		case *ir.Null:
			set["null"] = true
		case *ir.Boolean:
			set["true"], set["false"] = true, true
		case *ir.Enum:
			for _, v := range n.Values {
				set[string(v)] = true
			}
		case *ir.Object:
			if len(n.Fields) > 0 || n.Extra != nil {
				return 0, false
			}
			set["{}"] = true
		case *ir.Array:
			if n.MaxItems != 0 {
				return 0, false
			}
			set["[]"] = true
		case *ir.String:
			if n.MaxLen != 0 {
				return 0, false
			}
			set[`""`] = true
		case *ir.Integer:
			if n.KHi-n.KLo > 256 || n.KHi < n.KLo {
				return 0, false
			}
			for k := n.KLo; k <= n.KHi; k++ {
				set[strconv.FormatInt(k*n.Step, 10)] = true
			}
		default:
			return 0, false
		}
	}
	return int64(len(set)), true
}
