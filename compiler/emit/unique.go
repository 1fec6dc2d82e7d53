package emit

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/synthgen/synthgen/compiler/ir"
	"github.com/synthgen/synthgen/runtime"
)

// x-unique values take their value from the record's seed and a unique
// index, not (or, for a UUID, not only) from a stream: every function
// with one below it takes both as two more parameters, which At and
// AppendAt pass as (seed, record index), and an array's function passes
// its items index*MaxItems + i (ir.Array.IndexItems), as the plan's ctx
// carries them (plan.uniqueIntGen).

// markUnique records whether a leaf is x-unique, and its permutation's
// key (ir.UniqueSite.UniqueID).
func markUnique(s *site) {
	switch n := s.node.(type) {
	case *ir.Integer:
		s.unique, s.uniqueID = n.Unique, n.UniqueID
	case *ir.String:
		s.unique, s.uniqueID = n.Unique, n.UniqueID
	}
}

// isUUID reports whether an x-unique site is a UUID, which also draws from
// its stream.
func isUUID(s *site) bool {
	n, ok := s.node.(*ir.String)
	return ok && s.unique && n.Format == runtime.FormatUUID
}

// needsIndex reports whether a site's code reads seed and index: it is
// x-unique or has such a site below it (definitions hold none: lowering
// refuses x-unique there).
func needsIndex(s *site) bool {
	if s == nil || s.ref != nil {
		return false
	}
	if s.unique {
		return true
	}
	for _, m := range s.fields {
		if needsIndex(m.site) {
			return true
		}
	}
	for _, c := range s.prefix {
		if needsIndex(c) {
			return true
		}
	}
	for _, c := range s.branches {
		if needsIndex(c) {
			return true
		}
	}
	return needsIndex(s.items) || needsIndex(s.extra)
}

// indexParams are the parameters a function with unique values below it
// adds.
func indexParams(params []jen.Code, s *site) []jen.Code {
	if needsIndex(s) {
		params = append(params, jen.List(jen.Id("seed"), jen.Id("index")).Uint64())
	}
	return params
}

// indexArgs are the arguments At and AppendAt add for them.
func indexArgs(args []jen.Code, s *site) []jen.Code {
	if needsIndex(s) {
		args = append(args, jen.Id("g").Dot("seed"), jen.Id("i"))
	}
	return args
}

// itemIndex shadows index with item i's inside an array's loop, when an
// x-unique value lies below the array's items.
func itemIndex(s *site, n *ir.Array) []jen.Code {
	if !n.IndexItems || !needsIndex(s) {
		return nil
	}
	return []jen.Code{jen.Id("index").Op(":=").Id("index").Op("*").Lit(n.MaxItems).Op("+").Uint64().Call(jen.Id("i")).
		Comment("x-unique below: item i's unique index")}
}

func uniqueArgs(s *site) []jen.Code {
	return []jen.Code{jen.Id("seed"), jen.Id("index"), jen.Id(fmt.Sprintf("0x%016x", s.uniqueID))}
}

// uniqueValue is an x-unique value's Go value, drawing from sv for a UUID.
func uniqueValue(s *site, sv *jen.Statement) *jen.Statement {
	args := uniqueArgs(s)
	if isUUID(s) {
		return jen.String().Call(rt("AppendUniqueUUID").Call(append([]jen.Code{jen.Op("&").Add(sv)}, append(args, jen.Nil())...)...))
	}
	if _, ok := s.node.(*ir.String); ok {
		return jen.String().Call(jen.Id(s.leaf).Dot("AppendUnique").Call(append(args, jen.Nil())...))
	}
	return jen.Id(s.leaf).Dot("Unique").Call(args...)
}

// uniqueRaw appends an x-unique value's JSON to buf.
func uniqueRaw(s *site, sv *jen.Statement, buf jen.Code) *jen.Statement {
	args := uniqueArgs(s)
	if isUUID(s) {
		return rt("AppendUniqueUUIDJSON").Call(append([]jen.Code{jen.Op("&").Add(sv)}, append(args, buf)...)...)
	}
	if _, ok := s.node.(*ir.String); ok {
		return jen.Id(s.leaf).Dot("AppendUniqueJSON").Call(append(args, buf)...)
	}
	return rt("AppendInt").Call(buf, jen.Id(s.leaf).Dot("Unique").Call(args...))
}
