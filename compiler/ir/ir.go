package ir

import (
	"math/bits"

	"github.com/synthgen/synthgen/runtime"
)

// Node is one value generator in the tree. The concrete types are *Any,
// *Null, *Boolean, *Integer, *Number, *String, *Enum, *Object, *Array,
// *Union and *Ref.
type Node interface {
	Info() *Meta
}

// Meta is what every node carries besides its constraints.
type Meta struct {
	// Pointer is the schema location the node was lowered from, as
	// "file.json#/properties/age".
	Pointer     string
	Title       string
	Description string
	// Notes are remarks for `synthgen explain`: ignored annotations,
	// unknown formats, unknown keywords.
	Notes []string
	// GoName and GoType are the schema's x-go-name and x-go-type, for
	// compile mode (docs/GO.md): the Go identifier of a property's field
	// or a root's or definition's type, and the Go type ("pkg/path.Name")
	// of a scalar.
	GoName, GoType string
	// GoGenerator is x-go-generator: "import/path.Func", a function of the
	// user's that draws a scalar's values (docs/GO.md).
	GoGenerator string
}

// Info returns the node's metadata.
func (m *Meta) Info() *Meta { return m }

// Any is an unconstrained value (the `true` schema, or `{}`): a small
// scalar of a randomly chosen JSON type.
type Any struct{ Meta }

// Null is the JSON null.
type Null struct{ Meta }

// Boolean is true or false: evenly, or true TruePct times in 100 when the
// name reads as a flag that is usually on (is_active) or off (is_deleted).
type Boolean struct {
	Meta
	TruePct uint8 // 0: a fair coin
}

// Integer is k*Step for k drawn uniformly from [KLo, KHi]. The lowering
// guarantees KLo <= KHi and that every k*Step fits an int64.
type Integer struct {
	Meta
	KLo, KHi, Step int64
	// Dist, when set, draws k from a distribution (x-distribution, or a
	// numeric kind's default) instead of uniformly. Semantic is the kind
	// it came from; KindAge as a property agrees with the object's date
	// of birth (Locale and Now as for String).
	Dist     *runtime.Dist
	Semantic runtime.Kind
	Locale   runtime.Locale
	Now      int64
	// Unique is x-unique: the value at unique index i takes k = KLo +
	// runtime.Permute(i) (a permutation keyed by the seed and UniqueID),
	// so no two values of a dataset are equal while its unique indexes
	// stay below KHi-KLo+1. Dist is then nil. See UniqueSite for the
	// index and where lowering allows it.
	Unique bool
	UniqueSite
}

// UniqueSite is where an x-unique value sits, set by the lowering: its
// permutation's key, UniqueID (runtime.FieldID of the property path from
// the root, the bare name for a root property), and Span, how many
// unique indexes one record spans there: 1 outside arrays, times each
// enclosing array's MaxItems (Array.IndexItems) inside them. Record r's
// values take indexes r*Span .. r*Span+Span-1, so a dataset of n records
// needs n*Span distinct values.
type UniqueSite struct {
	UniqueID uint64
	Span     uint64
}

// Number is (k*Step) / 10^Scale for k drawn uniformly from [KLo, KHi].
// Every JSON decimal bound and multipleOf is exact in this form, and the
// value prints without float drift (see runtime.Decimal).
type Number struct {
	Meta
	KLo, KHi, Step int64
	Scale          uint8
	// Dist, when set, draws k from a distribution, as for Integer;
	// latitude and longitude as properties come from the object's place.
	Dist     *runtime.Dist
	Semantic runtime.Kind
	Locale   runtime.Locale
}

// String is a string of MinLen..MaxLen code points, or a value of Format,
// or a match of Pattern (the schema's ECMA-262 pattern; runtime.CompileRegex
// translates and compiles it). Patterns are further patterns (from allOf)
// that the value must match too: runtime.Str redraws until it does.
type String struct {
	Meta
	MinLen, MaxLen int
	Format         runtime.Format
	Pattern        string
	// Semantic is the detected kind (compiler/semantic), already checked
	// against the constraints; Locale and Now (unix seconds, 0 for
	// runtime.DefaultNow) shape its values.
	Semantic runtime.Kind
	Locale   runtime.Locale
	Now      int64
	// Patterns are further patterns (from allOf) the value must also match.
	Patterns []string
	// Unique is x-unique: unique index i takes the string of Pattern's
	// language at runtime.Permute(i) (runtime.Regex.UniqueSize: a
	// fixed-width shape), as for Integer; Semantic and Format are then
	// none. With Format uuid (and no pattern) it is a v4 UUID holding
	// Permute(i) over all 64-bit values in 64 of its random bits
	// (runtime.AppendUniqueUUID).
	Unique bool
	UniqueSite
}

// Enum picks one of Values, each the canonical JSON encoding of an allowed
// value. A const is an Enum of one value.
type Enum struct {
	Meta
	Values [][]byte
	// Cum, when set (x-weights), holds the running totals of the values'
	// integer weights: value i is drawn with weight Cum[i]-Cum[i-1]
	// (runtime.PickWeighted).
	Cum []uint64
}

// Object is a JSON object whose declared fields come out in schema order.
type Object struct {
	Meta
	// Name is a suggested Go type name (from title, $defs key or path).
	Name   string
	Fields []*Field
	// Extra, when non-nil, generates additional members with generated
	// names: the object is map-like (no declared properties).
	Extra *Extra
}

// Field is one declared property of an Object.
type Field struct {
	Name     string
	Required bool
	Node     Node
}

// Extra describes generated additional members of a map-like object.
type Extra struct {
	Min, Max int
	Value    Node
	// Keys, when non-nil, are the names members may have (proven allowed
	// by propertyNames, patternProperties and dependencies), drawn with
	// runtime.AppendKeyFrom; Max <= min(len(Keys), 64). Nil: any
	// runtime.AppendKey name.
	Keys []string
}

// Array is a JSON array: Prefix[i] for the first items, then Items.
// Items is nil when no item beyond the prefix is allowed.
type Array struct {
	Meta
	Prefix             []Node
	Items              Node
	MinItems, MaxItems int
	Unique             bool
	// IndexItems: an x-unique value lies below; item i of the array at
	// unique index x takes index x*MaxItems + i (the lowering guarantees
	// MaxItems >= 0 then).
	IndexItems bool
}

// Union picks one of Branches. Shallow is the index of a branch that
// terminates without recursion, used once the depth budget is spent.
type Union struct {
	Meta
	Branches []Node
	Shallow  int
}

// Ref is a use of a named definition; it is how recursion is expressed.
type Ref struct {
	Meta
	Def *Def
}

// Def is a named, possibly recursive, definition.
type Def struct {
	Name string
	Node Node
}

// Root is a lowered schema.
type Root struct {
	// Name is the entity's name (from title, file name or built-in name).
	Name string
	// File is the schema file the root came from, as the user named it.
	File  string
	Draft int
	Node  Node
	// Defs are the definitions reached through Ref nodes, in first-use
	// order.
	Defs []*Def
	// MaxDepth is the recursion budget: beyond it generators take the
	// shallowest valid choice (no optional fields, minimum array length,
	// the Shallow branch of a union).
	MaxDepth int
	// ID ($id) and Type (title) are what JSON-LD output uses for @context
	// (as the vocabulary) and @type.
	ID, Type string
	// JSONLDContext, from the root's x-jsonld, is the @context to print
	// as-is (JSON text).
	JSONLDContext string
}

// UniqueLimit returns how many records a dataset of r may hold before an
// x-unique value runs out (0: 2^64 or more, or none is unique), the
// pointer of the value that decides it, its range (0: 2^64) and its Span.
func UniqueLimit(r *Root) (limit uint64, pointer string, size, span uint64) {
	Walk(r.Node, func(n Node) bool {
		var k uint64
		var at UniqueSite
		switch n := n.(type) {
		case *Integer:
			if !n.Unique {
				return true
			}
			k, at = runtime.UniqueRange(n.KLo, n.KHi), n.UniqueSite
		case *String:
			if !n.Unique {
				return true
			}
			if n.Pattern != "" {
				k, _ = runtime.MustCompileRegex(n.Pattern).UniqueSize()
			}
			at = n.UniqueSite
		default:
			return true
		}
		records := UniqueRecords(k, at.Span)
		if records != 0 && (limit == 0 || records < limit) {
			limit, pointer, size, span = records, n.Info().Pointer, k, max(at.Span, 1)
		}
		return true
	})
	return limit, pointer, size, span
}

// UniqueRecords is how many records fit a range of size values (0: 2^64)
// when each record spans span unique indexes: size/span, rounded down;
// 0 means 2^64 or more.
func UniqueRecords(size, span uint64) uint64 {
	if span <= 1 {
		return size
	}
	if size == 0 {
		q, _ := bits.Div64(1, 0, span)
		return q
	}
	return size / span
}

// RecursiveDefs returns the definitions that can reach themselves. Only a
// Ref to one of these spends the recursion budget, so that deep but finite
// schemas keep their optional fields.
func RecursiveDefs(r *Root) map[*Def]bool {
	rec := map[*Def]bool{}
	for _, d := range r.Defs {
		seen := map[*Def]bool{}
		if reaches(d.Node, d, seen) {
			rec[d] = true
		}
	}
	return rec
}

func reaches(n Node, target *Def, seen map[*Def]bool) bool {
	found := false
	Walk(n, func(n Node) bool {
		ref, ok := n.(*Ref)
		if !ok {
			return !found
		}
		if ref.Def == target {
			found = true
		} else if !seen[ref.Def] {
			seen[ref.Def] = true
			if reaches(ref.Def.Node, target, seen) {
				found = true
			}
		}
		return false
	})
	return found
}

// Walk calls f on n and, while f returns true, on n's children, depth
// first. It does not follow Refs.
func Walk(n Node, f func(Node) bool) {
	if n == nil || !f(n) {
		return
	}
	switch n := n.(type) {
	case *Object:
		for _, fl := range n.Fields {
			Walk(fl.Node, f)
		}
		if n.Extra != nil {
			Walk(n.Extra.Value, f)
		}
	case *Array:
		for _, p := range n.Prefix {
			Walk(p, f)
		}
		Walk(n.Items, f)
	case *Union:
		for _, b := range n.Branches {
			Walk(b, f)
		}
	}
}
