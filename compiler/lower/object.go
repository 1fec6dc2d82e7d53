package lower

import (
	"errors"
	"sort"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/synthgen/synthgen/compiler/diag"
	"github.com/synthgen/synthgen/compiler/ir"
)

// DefaultExtraMax is how many generated members a map-like object has at
// most when maxProperties does not say.
const DefaultExtraMax = 3

// object lowers an object: declared properties in document order, then
// required names that properties does not declare. Only an object without
// declared properties is map-like (Extra); otherwise no additional member
// is generated, which every additionalProperties allows.
func (l *lowerer) object(s *jsonschema.Schema, m ir.Meta, name string) (ir.Node, error) {
	o := &ir.Object{Meta: m, Name: name}
	if m.Title != "" {
		o.Name = m.Title
	}
	required := map[string]bool{}
	for _, r := range s.Required {
		required[r] = true
	}
	for _, k := range l.keys(s) {
		ps := s.Properties[k]
		if ps.Bool != nil && !*ps.Bool {
			if required[k] {
				return nil, l.errf(diag.KindUnsatisfiable, s, "required",
					"required property %q has the false schema", k)
			}
			o.Notes = append(o.Notes, "property "+k+" is never present (false schema)")
			continue
		}
		n, err := l.node(ps, k)
		if de, ok := forbidden(err); ok && !required[k] {
			o.Notes = append(o.Notes, "property "+k+" is never present: "+de.Msg)
			continue
		}
		if err != nil {
			return nil, err
		}
		o.Fields = append(o.Fields, &ir.Field{Name: k, Required: required[k], Node: n})
	}
	seen := map[string]bool{}
	for _, k := range s.Required {
		if _, declared := s.Properties[k]; declared || seen[k] {
			continue
		}
		seen[k] = true
		n, err := l.additional(s, m, k)
		if err != nil {
			return nil, err
		}
		o.Fields = append(o.Fields, &ir.Field{Name: k, Required: true, Node: n})
	}
	keys := l.extraKeys[s]
	if len(o.Fields) == 0 && len(s.Properties) == 0 && !apFalse(s.AdditionalProperties) && (!l.noExtra[s] || keys != nil) {
		v, err := l.additional(s, m, name)
		if de, ok := forbidden(err); ok {
			o.Notes = append(o.Notes, "no members beyond properties: "+de.Msg)
		} else if err != nil {
			return nil, err
		} else {
			o.Extra = &ir.Extra{Min: 0, Max: DefaultExtraMax, Value: v, Keys: keys}
		}
	}
	if err := l.propertyCounts(s, o); err != nil {
		return nil, err
	}
	if x := o.Extra; x != nil && x.Keys != nil {
		// runtime.AppendKeyFrom gives distinct names to this many members.
		n := min(len(x.Keys), 64)
		if x.Min > n {
			// Dropping the members would write {} below minProperties:
			// an invalid record. Say so instead.
			return nil, l.errf(diag.KindUnsupported, s, "minProperties",
				"minProperties %d needs that many member names; synthgen found only %d that propertyNames and patternProperties allow", x.Min, n).
				WithHint("declare the members under properties, or widen propertyNames")
		}
		x.Max = min(x.Max, n)
	}
	return o, nil
}

// propertyOrder returns the declared property names in document order.
func (l *lowerer) propertyOrder(s *jsonschema.Schema) []string {
	keys := l.set.Keys(s, "properties")
	if len(keys) == len(s.Properties) {
		return keys
	}
	keys = keys[:0]
	for k := range s.Properties {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func apFalse(ap any) bool {
	switch ap := ap.(type) {
	case bool:
		return !ap
	case *jsonschema.Schema:
		return ap.Bool != nil && !*ap.Bool
	}
	return false
}

// forbidden reports whether err says a subschema has no instance the way
// `false` or `not: {}` has none: how a schema forbids a property, an item
// or further members, not a conflict its author would want reported (those
// name another keyword: minimum > maximum, an empty enum intersection, …).
func forbidden(err error) (*diag.Error, bool) {
	var de *diag.Error
	if errors.As(err, &de) && de.Kind == diag.KindUnsatisfiable && (de.Keyword == "not" || de.Keyword == "") {
		return de, true
	}
	return nil, false
}

// additional lowers the schema of a member that properties does not
// declare: additionalProperties, or any value.
func (l *lowerer) additional(s *jsonschema.Schema, m ir.Meta, name string) (ir.Node, error) {
	switch ap := s.AdditionalProperties.(type) {
	case bool:
		if !ap {
			return nil, l.errf(diag.KindUnsatisfiable, s, "required",
				"required property %q is not in properties and additionalProperties is false", name)
		}
	case *jsonschema.Schema:
		if apFalse(ap) {
			return nil, l.errf(diag.KindUnsatisfiable, s, "required",
				"required property %q is not in properties and additionalProperties is false", name)
		}
		return l.node(ap, name)
	}
	return &ir.Any{Meta: ir.Meta{Pointer: m.Pointer}}, nil
}

// propertyCounts meets minProperties by making optional fields required
// (or by widening Extra) and maxProperties by dropping trailing optional
// fields (or by narrowing Extra).
func (l *lowerer) propertyCounts(s *jsonschema.Schema, o *ir.Object) error {
	nreq := 0
	for _, f := range o.Fields {
		if f.Required {
			nreq++
		}
	}
	if s.MinProperties != nil && s.MaxProperties != nil && *s.MinProperties > *s.MaxProperties {
		return l.errf(diag.KindUnsatisfiable, s, "minProperties",
			"minProperties %d > maxProperties %d", *s.MinProperties, *s.MaxProperties)
	}
	if s.MaxProperties != nil {
		max := *s.MaxProperties
		if nreq > max {
			return l.errf(diag.KindUnsatisfiable, s, "maxProperties",
				"%d required properties > maxProperties %d", nreq, max)
		}
		for i := len(o.Fields) - 1; i >= 0 && len(o.Fields) > max; i-- {
			if !o.Fields[i].Required {
				o.Notes = append(o.Notes, "optional property "+o.Fields[i].Name+" dropped for maxProperties")
				o.Fields = append(o.Fields[:i], o.Fields[i+1:]...)
			}
		}
		if o.Extra != nil && o.Extra.Max > max {
			o.Extra.Max = max
		}
	}
	if s.MinProperties != nil {
		need := *s.MinProperties - nreq
		if o.Extra != nil {
			o.Extra.Min = max(need, 0)
			o.Extra.Max = max(o.Extra.Max, o.Extra.Min)
			return nil
		}
		for _, f := range o.Fields {
			if need > 0 && !f.Required {
				f.Required = true
				need--
			}
		}
		if need > 0 {
			k := diag.KindUnsupported
			if apFalse(s.AdditionalProperties) {
				k = diag.KindUnsatisfiable
			}
			return l.errf(k, s, "minProperties",
				"minProperties %d needs more members than the %d declared properties", *s.MinProperties, len(o.Fields))
		}
	}
	return nil
}
