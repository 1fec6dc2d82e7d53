package emit

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/synthgen/synthgen/compiler/ir"
	"github.com/synthgen/synthgen/runtime"
)

// x-unique properties (lowering allows them on the root object only) take
// their value from the record's seed and index, not from a stream: the
// root object's functions then take both as two more parameters, which At
// and AppendAt pass, as the plan's ctx carries them (plan.uniqueIntGen).

// markUnique records the property name of an x-unique integer: its
// permutation is keyed by runtime.FieldID(name).
func markUnique(s *site, name string) {
	switch n := s.node.(type) {
	case *ir.Integer:
		s.unique = n.Unique
	case *ir.String:
		s.unique = n.Unique
	}
	if s.unique {
		s.uniqueID = runtime.FieldID(name)
	}
}

// hasUnique reports whether an object's function takes seed and index.
func hasUnique(fields []*member) bool {
	for _, m := range fields {
		if m.site.unique {
			return true
		}
	}
	return false
}

// indexParams are the parameters a function with unique properties adds.
func indexParams(params []jen.Code, fields []*member) []jen.Code {
	if hasUnique(fields) {
		params = append(params, jen.List(jen.Id("seed"), jen.Id("index")).Uint64())
	}
	return params
}

// indexArgs are the arguments At and AppendAt add for them.
func indexArgs(args []jen.Code, s *site) []jen.Code {
	if s != nil && hasUnique(s.fields) {
		args = append(args, jen.Id("g").Dot("seed"), jen.Id("i"))
	}
	return args
}

// uniqueValue is an x-unique property's Go value.
func uniqueValue(s *site) *jen.Statement {
	args := []jen.Code{jen.Id("seed"), jen.Id("index"), jen.Id(fmt.Sprintf("0x%016x", s.uniqueID))}
	if _, ok := s.node.(*ir.String); ok {
		return jen.String().Call(jen.Id(s.leaf).Dot("AppendUnique").Call(append(args, jen.Nil())...))
	}
	return jen.Id(s.leaf).Dot("Unique").Call(args...)
}

// uniqueRaw appends an x-unique property's JSON to buf.
func uniqueRaw(s *site, buf jen.Code) *jen.Statement {
	args := []jen.Code{jen.Id("seed"), jen.Id("index"), jen.Id(fmt.Sprintf("0x%016x", s.uniqueID))}
	if _, ok := s.node.(*ir.String); ok {
		return jen.Id(s.leaf).Dot("AppendUniqueJSON").Call(append(args, buf)...)
	}
	return rt("AppendInt").Call(buf, jen.Id(s.leaf).Dot("Unique").Call(args...))
}
