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
		if d, sampled, ok := distinct(append(slices.Clone(a.Prefix), a.Items)); ok {
			if d < int64(a.MinItems) {
				return nil, l.uniqueTooFew(s, a.MinItems, d, sampled)
			}
			if a.MaxItems < 0 || int64(a.MaxItems) > d {
				a.MaxItems = int(d)
			}
		} else if d, finite, sampled := domains(append(slices.Clone(a.Prefix), a.Items)); finite && d < int64(a.MinItems) {
			// At most the sum of what each position can hold.
			return nil, l.uniqueTooFew(s, a.MinItems, d, sampled)
		}
		if err := l.prefixLeavesItemsRoom(s, a); err != nil {
			return nil, err
		}
	}
	if sn, ok := a.Items.(*ir.String); ok && a.Unique && len(a.Prefix) == 0 {
		if err := l.enoughStrings(s, a, sn); err != nil {
			return nil, err
		}
	}
	if a.Unique && len(a.Prefix) == 0 && a.Items != nil {
		c := newCounter()
		if d, finite := c.domain(a.Items); finite {
			if d < int64(a.MinItems) {
				return nil, l.uniqueTooFew(s, a.MinItems, d, c.sampled)
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

// counter counts the distinct values nodes can take (domain).
type counter struct {
	seen map[*ir.Def]bool
	// sampled: a string generator's reach was sampled rather than counted,
	// so a count may be below what the schema allows (uniqueTooFew).
	sampled bool
}

func newCounter() *counter { return &counter{seen: map[*ir.Def]bool{}} }

// domain returns how many distinct values n can take, when that is known
// to be finite.
func (c *counter) domain(n ir.Node) (int64, bool) {
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
		if n.MaxLen == 0 {
			return 1, true
		}
		// What the generator reaches, which may be fewer strings than the
		// schema allows (a pattern's own language: "a" for ^a): that is
		// what a unique array can be filled from.
		if d := distinctStrings(n, sampledDomainMax+1); d <= sampledDomainMax {
			c.sampled = true
			return int64(d), true
		}
		return 0, false
	case *ir.Object:
		if n.Extra != nil && n.Extra.Max > 0 {
			return 0, false
		}
		// Each field multiplies: its values, and absence when optional.
		total := int64(1)
		for _, f := range n.Fields {
			d, ok := c.domain(f.Node)
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
		if n.MaxItems == 0 {
			return 1, true
		}
		if n.MaxItems < 0 || n.MaxItems > 64 {
			return 0, false // unbounded, or too many to count: many
		}
		// Each position's values: the prefix item's, then the items'.
		at := make([]int64, n.MaxItems)
		for j := range at {
			var node ir.Node = n.Items
			if j < len(n.Prefix) {
				node = n.Prefix[j]
			}
			if node == nil {
				at = at[:j] // no item past the prefix
				break
			}
			d, ok := c.domain(node)
			if !ok {
				return 0, false
			}
			at[j] = d
		}
		// Arrays of each length: the product over the positions, one
		// fewer choice per earlier item with uniqueItems (exact without a
		// prefix, an upper bound with one).
		var total int64
		for L := n.MinItems; L <= len(at); L++ {
			c := int64(1)
			for j := range L {
				f := at[j]
				if n.Unique && len(n.Prefix) == 0 {
					f -= int64(j)
				}
				if f <= 0 {
					c = 0
					break
				}
				if c > math.MaxInt64/f {
					return 0, false
				}
				c *= f
			}
			if total > math.MaxInt64-c {
				return 0, false
			}
			total += c
		}
		return total, true
	case *ir.Union:
		var total int64
		for _, b := range n.Branches {
			d, ok := c.domain(b)
			if !ok || total > math.MaxInt64-d {
				return 0, false
			}
			total += d
		}
		return total, true
	case *ir.Ref:
		if c.seen[n.Def] || n.Def.Node == nil {
			return 0, false
		}
		c.seen[n.Def] = true
		return c.domain(n.Def.Node)
	}
	return 0, false
}

// prefixLeavesItemsRoom refuses a uniqueItems array whose items have a few
// values V and whose prefix items may take some of them: the prefix is
// drawn first, and items past it could then find too few new values to
// reach minItems. It is safe when V alone fills minItems, or when the
// prefix's values are known and none is in V.
func (l *lowerer) prefixLeavesItemsRoom(s *jsonschema.Schema, a *ir.Array) error {
	k := len(a.Prefix)
	if a.Items == nil || a.MinItems <= k {
		return nil
	}
	few, finite := newCounter().domain(a.Items)
	if !finite || few >= int64(a.MinItems) {
		return nil
	}
	// Apart only when both sides can be listed and share nothing.
	v := map[string]bool{}
	_, apart := collect(a.Items, v)
	for _, p := range a.Prefix {
		if !apart {
			break
		}
		pv := map[string]bool{}
		if _, ok := collect(p, pv); !ok {
			apart = false
			break
		}
		for x := range pv {
			apart = apart && !v[x]
		}
	}
	if apart && few >= int64(a.MinItems-k) {
		return nil
	}
	return l.errf(diag.KindUnsupported, s, "uniqueItems",
		"uniqueItems with minItems %d: items has only %d distinct values, which the prefix items may take first; synthgen cannot keep them apart", a.MinItems, few).
		WithHint("give the prefix items values items does not have, or raise the number of values items allows")
}

// sampledDomainMax is the most distinct strings domain counts by sampling;
// a generator that reaches more counts as unbounded.
const sampledDomainMax = 64

// domains sums the domains of nodes (nil ones skipped): an upper bound of
// the distinct values they hold together; sampled as for counter.
func domains(nodes []ir.Node) (d int64, finite, sampled bool) {
	for _, n := range nodes {
		if n == nil {
			continue
		}
		c := newCounter()
		nd, ok := c.domain(n)
		if !ok || d > math.MaxInt64-nd {
			return 0, false, false
		}
		d += nd
		sampled = sampled || c.sampled
	}
	return d, true, sampled
}

// uniqueTooFew is the error of a uniqueItems array whose items hold fewer
// than minItems distinct values: unsatisfiable when they were counted,
// unsupported when a string generator's reach was sampled (the schema may
// allow more strings than synthgen draws).
func (l *lowerer) uniqueTooFew(s *jsonschema.Schema, minItems int, d int64, sampled bool) error {
	if sampled {
		return l.errf(diag.KindUnsupported, s, "uniqueItems",
			"uniqueItems with minItems %d, but synthgen's generators for the items reach only %d distinct values", minItems, d)
	}
	return l.errf(diag.KindUnsatisfiable, s, "uniqueItems",
		"uniqueItems with minItems %d, but the items have only %d distinct values", minItems, d)
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
func distinct(nodes []ir.Node) (d int64, sampled, ok bool) {
	set := map[string]bool{}
	for _, n := range nodes {
		s, ok := collect(n, set)
		if !ok {
			return 0, false, false
		}
		sampled = sampled || s
	}
	return int64(len(set)), sampled, true
}

// collect adds the values n can take to set, when they are a short list;
// sampled says a string generator's reach was sampled.
func collect(n ir.Node, set map[string]bool) (sampled, ok bool) {
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
		if len(n.Fields) > 0 || n.Extra != nil && n.Extra.Max > 0 {
			return false, false
		}
		set["{}"] = true
	case *ir.Array:
		if n.MaxItems != 0 {
			return false, false
		}
		set["[]"] = true
	case *ir.String:
		// What the generator reaches, sampled (domain).
		vals := sampleStrings(n, sampledDomainMax+1)
		if len(vals) > sampledDomainMax {
			return false, false
		}
		for _, v := range vals {
			set[string(runtime.AppendJSONString(nil, v))] = true
		}
		return n.MaxLen != 0, true
	case *ir.Integer:
		if n.KHi-n.KLo > 256 || n.KHi < n.KLo {
			return false, false
		}
		for k := n.KLo; k <= n.KHi; k++ {
			set[strconv.FormatInt(k*n.Step, 10)] = true
		}
	case *ir.Number:
		if n.Dist != nil || n.KHi-n.KLo > 256 || n.KHi < n.KLo {
			return false, false
		}
		for k := n.KLo; k <= n.KHi; k++ {
			set[string(runtime.AppendNumber(nil, float64(k*n.Step)/math.Pow10(int(n.Scale))))] = true
		}
	case *ir.Union:
		for _, b := range n.Branches {
			s, ok := collect(b, set)
			if !ok {
				return false, false
			}
			sampled = sampled || s
		}
	default:
		return false, false
	}
	return sampled, true
}
