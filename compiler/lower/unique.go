package lower

import (
	"fmt"
	"math/bits"
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
	if raw == nil {
		x, ok = l.synUnique[s] // merged from allOf, $ref beside it, …
	}
	if !ok {
		return false, nil
	}
	b, ok := x.(bool)
	if !ok {
		return false, l.errf(diag.KindInvalid, s, "x-unique", "x-unique must be true or false")
	}
	return b, nil
}

// unique applies x-unique to a lowered node of type t. Integers enumerate
// their values as a bijection of the unique index (a Feistel permutation
// of [KLo, KHi], runtime.Permute), strings through their pattern or as
// UUIDs (uniqueString); a distribution is then replaced by that
// permutation, and a range too small to be useful is refused here, since
// the record count is only known when generating. Where the value sits is
// checkUnique's business.
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
		return nil, l.errf(diag.KindUnsupported, s, "x-unique", "x-unique applies to integers and to strings with format uuid or a fixed-width pattern only").
			WithHint("give the field type integer with minimum and maximum, format uuid, or a string pattern such as ^ID-[0-9]{8}$")
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

// uniqueString applies x-unique to a string: format uuid (no pattern)
// holds the permuted index in 64 of its random bits
// (runtime.AppendUniqueUUID); otherwise its pattern must enumerate a
// fixed-width language (runtime.Regex.UniqueSize), whose strings must fit
// the lengths, and the values are that language's strings, in permuted
// order, rather than the detected kind's.
func (l *lowerer) uniqueString(s *jsonschema.Schema, n *ir.String) (ir.Node, error) {
	hint := "give the string format uuid, or a pattern that is a sequence of literals and classes, such as ^ID-[0-9]{8}$ or ^[a-z]{3,8}-[0-9]+$ (no alternation or groups of several parts repeated)"
	if n.Format == runtime.FormatUUID && n.Pattern == "" && len(n.Patterns) == 0 {
		if n.MinLen > 36 || n.MaxLen >= 0 && n.MaxLen < 36 {
			return nil, l.errf(diag.KindUnsatisfiable, s, "x-unique", "x-unique: a UUID has 36 characters, outside minLength/maxLength")
		}
		n.Semantic = runtime.KindNone
		n.Unique = true
		n.Notes = append(n.Notes, "unique: a v4 UUID holding a permutation of the record index in 64 of its random bits (x-unique)")
		return n, nil
	}
	if n.Pattern == "" || n.Format != runtime.FormatNone {
		return nil, l.errf(diag.KindUnsupported, s, "x-unique", "x-unique on a string needs format uuid, or a pattern and no format").WithHint(hint)
	}
	if len(n.Patterns) > 0 {
		return nil, l.errf(diag.KindUnsupported, s, "x-unique", "x-unique on a string with several patterns (allOf) is not supported: only one pattern's strings are enumerated").
			WithHint("merge the patterns into one")
	}
	g := runtime.Str{MinLen: n.MinLen, MaxLen: n.MaxLen, Regex: runtime.MustCompileRegex(n.Pattern)}
	size, ok := g.Regex.UniqueSize()
	if !ok {
		// Variable repeats: enumerate one fixed-width sub-shape, whose
		// strings all match the pattern.
		shape, found := g.Regex.FixedShape(n.MinLen, n.MaxLen)
		var re *runtime.Regex
		if found {
			var err error
			re, err = runtime.CompileRegex(shape)
			found = err == nil
		}
		if found {
			size, found = re.UniqueSize()
		}
		if !found {
			return nil, l.errf(diag.KindUnsupported, s, "x-unique", "x-unique: pattern %s is not a sequence of literals and classes whose strings can be counted", n.Pattern).WithHint(hint)
		}
		n.Notes = append(n.Notes, fmt.Sprintf("unique: the strings of %s, a fixed-width shape of the pattern %s", shape, n.Pattern))
		n.Pattern, g.Regex = shape, re
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

// checkUnique places every x-unique value on the global unique index
// (ir.UniqueSite) and refuses those the index cannot name. The root's
// properties, nested objects' (one instance per record) and union branches
// (a nullable field) see the record's index as it is; an array's items see
// index*maxItems + i, so an unbounded maxItems is refused, and a range
// smaller than one record's share (the product of maxItems along the path)
// too. Definitions (a $ref may reach one from many places, or itself),
// additionalProperties/patternProperties values and the root value itself
// are refused.
func (l *lowerer) checkUnique() error {
	inDefs := map[ir.Node]bool{}
	for _, d := range l.root.Defs {
		ir.Walk(d.Node, func(n ir.Node) bool { inDefs[n] = true; return true })
	}
	refuse := func(n ir.Node, msg, hint string) error {
		file, ptr, _ := strings.Cut(n.Info().Pointer, "#")
		return diag.New(diag.KindUnsupported, file, "#"+ptr, "x-unique", msg).WithHint(hint)
	}
	var walk func(n ir.Node, path string, span uint64, top bool) error
	walk = func(n ir.Node, path string, span uint64, top bool) error {
		if n == nil {
			return nil
		}
		switch n := n.(type) {
		case *ir.Integer, *ir.String:
			if !isUnique(n) {
				return nil
			}
			if top {
				return refuse(n, "x-unique on the root value itself is not supported: it needs a property of an object",
					"put the unique value in a property of the root object")
			}
			if inDefs[n] {
				return refuse(n, "x-unique is not supported inside definitions ($defs/definitions reached by $ref): one may be reached from several places, or recursively",
					"inline the definition where the unique field is used, or drop x-unique")
			}
			var size uint64
			at := ir.UniqueSite{UniqueID: runtime.FieldID(path), Span: span}
			switch n := n.(type) {
			case *ir.Integer:
				n.UniqueSite, size = at, runtime.UniqueRange(n.KLo, n.KHi)
			case *ir.String:
				n.UniqueSite = at
				if n.Pattern != "" {
					size, _ = runtime.MustCompileRegex(n.Pattern).UniqueSize()
				}
			}
			if span > 1 && ir.UniqueRecords(size, span) == 0 {
				file, ptr, _ := strings.Cut(n.Info().Pointer, "#")
				return diag.New(diag.KindUnsatisfiable, file, "#"+ptr, "x-unique",
					fmt.Sprintf("x-unique: the range holds %d values, fewer than the %d one record may hold (the product of maxItems along its path)", size, span)).
					WithHint("widen the range, or lower maxItems")
			}
		case *ir.Object:
			for _, f := range n.Fields {
				p := f.Name
				if !top {
					p = path + "/" + f.Name
				}
				if err := walk(f.Node, p, span, false); err != nil {
					return err
				}
			}
			if n.Extra != nil {
				if err := refuseBelow(n.Extra.Value, refuse, "x-unique is not supported in the values of additionalProperties or patternProperties",
					"declare the member under properties, or drop x-unique"); err != nil {
					return err
				}
			}
		case *ir.Array:
			var below ir.Node
			for _, c := range append(append([]ir.Node(nil), n.Prefix...), n.Items) {
				ir.Walk(c, func(c ir.Node) bool {
					if isUnique(c) && below == nil {
						below = c
					}
					return below == nil
				})
			}
			if below == nil {
				return nil
			}
			if n.MaxItems < 0 {
				return refuse(below, "x-unique inside array items needs the array's maxItems: item i of record r takes the unique index r*maxItems+i",
					"give the array (every array around the unique field) a maxItems")
			}
			hi, lo := bits.Mul64(span, uint64(max(n.MaxItems, 1)))
			if hi != 0 {
				return refuse(below, "x-unique inside arrays: the maxItems along the path multiply past 2^64",
					"lower maxItems")
			}
			n.IndexItems = true
			for i, p := range n.Prefix {
				if err := walk(p, fmt.Sprintf("%s/%d", path, i), lo, false); err != nil {
					return err
				}
			}
			if err := walk(n.Items, path+"/*", lo, false); err != nil {
				return err
			}
		case *ir.Union:
			for _, b := range n.Branches {
				if err := walk(b, path, span, top); err != nil {
					return err
				}
			}
		}
		return nil
	}
	if err := walk(l.root.Node, "", 1, true); err != nil {
		return err
	}
	for _, d := range l.root.Defs {
		if err := refuseBelow(d.Node, refuse, "x-unique is not supported inside definitions ($defs/definitions reached by $ref): one may be reached from several places, or recursively",
			"inline the definition where the unique field is used, or drop x-unique"); err != nil {
			return err
		}
	}
	return nil
}

// refuseBelow is the error of refuse for the first x-unique value in n.
func refuseBelow(n ir.Node, refuse func(ir.Node, string, string) error, msg, hint string) error {
	var err error
	ir.Walk(n, func(c ir.Node) bool {
		if isUnique(c) && err == nil {
			err = refuse(c, msg, hint)
		}
		return err == nil
	})
	return err
}

// uniqueKept refuses an x-unique: true that the lowering of s could not
// carry to a value — beside a Draft 4–7 $ref, or over anyOf/oneOf branches —
// rather than make values that silently repeat.
func (l *lowerer) uniqueKept(s *jsonschema.Schema, n ir.Node) error {
	raw, _ := l.raw(s)
	if x, _ := raw["x-unique"].(bool); !x {
		return nil
	}
	found := false
	ir.Walk(n, func(c ir.Node) bool {
		_, null := c.(*ir.Null)
		found = found || isUnique(c) || null && c == n
		return !found
	})
	if found {
		return nil
	}
	return l.errf(diag.KindUnsupported, s, "x-unique", "x-unique here reaches no integer or string value (it sits beside a Draft 4–7 $ref, whose siblings are ignored, or over anyOf/oneOf/if branches)").
		WithHint("put x-unique on the integer or string schema itself, inline where it is used")
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
