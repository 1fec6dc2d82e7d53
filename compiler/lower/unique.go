package lower

import (
	"strings"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/synthgen/synthgen/compiler/diag"
	"github.com/synthgen/synthgen/compiler/ir"
	"github.com/synthgen/synthgen/runtime"
)

// uniqueRequested reads x-unique: true asks for unique values, false or
// absent for none; anything else is an invalid schema.
func (l *lowerer) uniqueRequested(s *jsonschema.Schema, raw map[string]any) (bool, error) {
	x, ok := raw["x-unique"]
	if !ok {
		return false, nil
	}
	b, ok := x.(bool)
	if !ok {
		return false, l.errf(diag.KindInvalid, s, "x-unique", "x-unique must be true or false")
	}
	return b, nil
}

// unique applies x-unique to a lowered node of type t. Only integers can
// enumerate their values as a bijection of the record index (a Feistel
// permutation of [KLo, KHi], runtime.Permute); a distribution is then
// replaced by that permutation, and a range too small to be useful is
// refused here, since the record count is only known when generating.
func (l *lowerer) unique(s *jsonschema.Schema, raw map[string]any, t typeSet, n ir.Node) (ir.Node, error) {
	want, err := l.uniqueRequested(s, raw)
	if err != nil || !want || t == tNull {
		return n, err
	}
	if str, ok := n.(*ir.String); ok {
		return l.uniqueString(s, str)
	}
	in, ok := n.(*ir.Integer)
	if !ok {
		return nil, l.errf(diag.KindUnsupported, s, "x-unique", "x-unique applies to integers and to strings with a fixed-width pattern only").
			WithHint("give the field type integer with minimum and maximum, or a string pattern such as ^ID-[0-9]{8}$")
	}
	if _, ok := raw["x-distribution"]; ok {
		return nil, l.errf(diag.KindInvalid, s, "x-unique", "x-unique and x-distribution exclude each other: unique values follow a permutation of the range")
	}
	if k := runtime.UniqueRange(in.KLo, in.KHi); k != 0 && k < runtime.UniqueMinRange {
		return nil, l.errf(diag.KindUnsatisfiable, s, "x-unique", "x-unique: the range holds only %d values (fewer than %d)", k, runtime.UniqueMinRange).
			WithHint("widen minimum/maximum, or use an enum")
	}
	in.Dist, in.Semantic = nil, runtime.KindNone
	in.Unique = true
	in.Notes = append(in.Notes, "unique: a permutation of the record index (x-unique)")
	return in, nil
}

// uniqueString applies x-unique to a string: its pattern must enumerate a
// fixed-width language (runtime.Regex.UniqueSize), whose strings must fit
// the lengths; the values are then that language's strings, in permuted
// order, rather than the detected kind's.
func (l *lowerer) uniqueString(s *jsonschema.Schema, n *ir.String) (ir.Node, error) {
	hint := "give the string a pattern of fixed-width parts, such as ^ID-[0-9]{8}$ (no alternation, no variable repeats)"
	if n.Pattern == "" || n.Format != runtime.FormatNone {
		return nil, l.errf(diag.KindUnsupported, s, "x-unique", "x-unique on a string needs a pattern and no format").WithHint(hint)
	}
	g := runtime.Str{MinLen: n.MinLen, MaxLen: n.MaxLen, Regex: runtime.MustCompileRegex(n.Pattern)}
	size, ok := g.Regex.UniqueSize()
	if !ok {
		return nil, l.errf(diag.KindUnsupported, s, "x-unique", "x-unique: pattern %s is not a fixed-width shape whose strings can be counted", n.Pattern).WithHint(hint)
	}
	if k := utf8.RuneCount(g.AppendUnique(0, 0, 0, nil)); k < n.MinLen || n.MaxLen >= 0 && k > n.MaxLen {
		return nil, l.errf(diag.KindUnsatisfiable, s, "x-unique", "x-unique: the pattern's strings have %d characters, outside minLength/maxLength", k)
	}
	if size != 0 && size < runtime.UniqueMinRange {
		return nil, l.errf(diag.KindUnsatisfiable, s, "x-unique", "x-unique: the pattern holds only %d strings (fewer than %d)", size, runtime.UniqueMinRange).WithHint(hint)
	}
	n.Semantic = runtime.KindNone
	n.Unique = true
	n.Notes = append(n.Notes, "unique: the pattern's strings in a permutation of the record index (x-unique)")
	return n, nil
}

// checkUnique refuses x-unique anywhere but on a property of the root
// object: there the record index names the value; inside an array, a
// nested object, a union or a definition one record holds several values
// or the emitted functions do not see the index.
func (l *lowerer) checkUnique() error {
	allowed := map[ir.Node]bool{}
	if o, ok := l.root.Node.(*ir.Object); ok {
		for _, f := range o.Fields {
			allowed[f.Node] = true
		}
	}
	for _, d := range l.root.Defs {
		if d.Node == l.root.Node {
			clear(allowed)
		}
	}
	var err error
	check := func(n ir.Node) bool {
		if isUnique(n) && !allowed[n] && err == nil {
			file, ptr, _ := strings.Cut(n.Info().Pointer, "#")
			err = diag.New(diag.KindUnsupported, file, "#"+ptr, "x-unique",
				"x-unique is supported on a property of the root object only, not inside arrays, nested objects, unions (nullable) or definitions").
				WithHint("move the unique field to the root object, or drop x-unique")
		}
		return err == nil
	}
	ir.Walk(l.root.Node, check)
	for _, d := range l.root.Defs {
		ir.Walk(d.Node, check)
	}
	return err
}

func isUnique(n ir.Node) bool {
	switch n := n.(type) {
	case *ir.Integer:
		return n.Unique
	case *ir.String:
		return n.Unique
	}
	return false
}
