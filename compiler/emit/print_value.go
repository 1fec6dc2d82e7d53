package emit

import (
	"fmt"
	"strconv"

	"github.com/dave/jennifer/jen"

	"github.com/synthgen/synthgen/compiler/ir"
	"github.com/synthgen/synthgen/runtime"
)

// The expressions of leaves: a Go value (typed code) or JSON appended to a
// buffer (raw code), drawn from a stream variable exactly as the plan's
// leaf closures draw.

// use is how a site's code uses the stream it is given.
type use uint8

const (
	useNone  use = iota // draws nothing (null, a single-valued enum)
	useAddr             // draws from it in place: needs a variable
	useValue            // passes it to a function by value
)

func streamUse(s *site) use {
	if s.fn != "" || s.ref != nil {
		return useValue
	}
	switch n := s.node.(type) {
	case *ir.Null:
		return useNone
	case *ir.Enum:
		if len(n.Values) == 1 {
			return useNone
		}
	}
	return useAddr
}

// depthArg is the depth a site passes on: one more when it enters a
// recursive definition, as the plan's ref closure does.
func depthArg(s *site) jen.Code {
	if s.ref != nil && s.recursive {
		return jen.Id("depth").Op("+").Lit(1)
	}
	return jen.Id("depth")
}

// value is the expression generating s's Go value from the stream sv (a
// variable when s draws in place).
func (p *genPrinter) value(s *site, sv *jen.Statement) jen.Code {
	if s.raw {
		return p.rawValue(s, sv)
	}
	if s.ref != nil {
		return jen.Id(s.ref.gen).Call(sv, depthArg(s))
	}
	if s.fn != "" {
		return jen.Id(s.fn).Call(sv, jen.Id("depth"))
	}
	addr := jen.Op("&").Add(sv.Clone())
	switch s.node.(type) {
	case *ir.Boolean:
		return sv.Clone().Dot("Bool").Call()
	case *ir.Integer, *ir.Number:
		return jen.Id(s.leaf).Dot("Next").Call(addr)
	case *ir.String:
		return jen.String().Call(jen.Id(s.leaf).Dot("Append").Call(addr, jen.Nil()))
	case *ir.Enum:
		if len(s.strs) == 1 {
			return jen.Lit(s.strs[0])
		}
		return jen.Id(s.leaf).Index(sv.Clone().Dot("Intn").Call(jen.Len(jen.Id(s.leaf))))
	}
	panic(fmt.Sprintf("emit: no typed value for %T", s.node))
}

// rawValue is the expression generating s's value as a RawJSON.
func (p *genPrinter) rawValue(s *site, sv *jen.Statement) jen.Code {
	switch n := s.node.(type) {
	case *ir.Null:
		return rt("RawJSON").Call(jen.Lit("null"))
	case *ir.Any:
		return rt("RawJSON").Call(rt("AppendAny").Call(jen.Op("&").Add(sv), jen.Nil()))
	case *ir.Enum:
		if len(n.Values) == 1 {
			return rt("RawJSON").Call(strLit(string(n.Values[0])))
		}
		return rt("RawJSON").Call(jen.Id(s.leaf).Index(sv.Clone().Dot("Intn").Call(jen.Len(jen.Id(s.leaf)))))
	}
	return rt("RawJSON").Call(p.raw(s, sv, jen.Nil()))
}

// raw is the expression appending s's JSON to buf, drawing from sv.
func (p *genPrinter) raw(s *site, sv *jen.Statement, buf jen.Code) jen.Code {
	if s.ref != nil {
		return jen.Id(s.ref.appendFn).Call(sv, depthArg(s), buf)
	}
	if s.fn != "" {
		return jen.Id(s.fn).Call(sv, jen.Id("depth"), buf)
	}
	addr := jen.Op("&").Add(sv.Clone())
	switch n := s.node.(type) {
	case *ir.Any:
		return rt("AppendAny").Call(addr, buf)
	case *ir.Null:
		return jen.Append(buf, jen.Lit("null").Op("..."))
	case *ir.Boolean:
		return rt("AppendBool").Call(buf, sv.Clone().Dot("Bool").Call())
	case *ir.Integer:
		return rt("AppendInt").Call(buf, jen.Id(s.leaf).Dot("Next").Call(addr))
	case *ir.Number:
		return rt("AppendNumber").Call(buf, jen.Id(s.leaf).Dot("Next").Call(addr))
	case *ir.String:
		return rt("QuoteTail").Call(jen.Id(s.leaf).Dot("Append").Call(addr, buf), jen.Len(buf))
	case *ir.Enum:
		if len(n.Values) == 1 {
			return jen.Append(buf, strLit(string(n.Values[0])).(*jen.Statement).Clone().Op("..."))
		}
		return jen.Append(buf, jen.Id(s.leaf).Index(sv.Clone().Dot("Intn").Call(jen.Len(jen.Id(s.leaf)))).Op("..."))
	}
	panic(fmt.Sprintf("emit: no raw appender for %T", s.node))
}

// leafVar prints the package-level generator or value table of a leaf.
func leafVar(s *site) jen.Code {
	v := jen.Id(s.leaf).Op("=")
	switch n := s.node.(type) {
	case *ir.Integer:
		return v.Add(rt("Int").Values(kv("KLo", num(n.KLo)), kv("KHi", num(n.KHi)), kv("Step", num(n.Step))))
	case *ir.Number:
		f := []jen.Code{kv("KLo", num(n.KLo)), kv("KHi", num(n.KHi)), kv("Step", num(n.Step))}
		if n.Scale != 0 {
			f = append(f, kv("Scale", num(int64(n.Scale))))
		}
		return v.Add(rt("Decimal").Values(f...))
	case *ir.String:
		return v.Add(rt("Str").Values(strFields(n)...))
	case *ir.Enum:
		var items []jen.Code
		if s.raw {
			for _, val := range n.Values {
				items = append(items, strLit(string(val)))
			}
		} else {
			for _, str := range s.strs {
				items = append(items, jen.Lit(str))
			}
		}
		return v.Index().String().Values(items...)
	}
	panic(fmt.Sprintf("emit: no leaf variable for %T", s.node))
}

// strFields are the fields of a runtime.Str literal, in declaration order
// (a jen.Dict would sort them).
func strFields(n *ir.String) []jen.Code {
	f := []jen.Code{kv("MinLen", jen.Lit(n.MinLen)), kv("MaxLen", jen.Lit(n.MaxLen))}
	if n.Format != runtime.FormatNone {
		f = append(f, kv("Format", rt(n.Format.GoName())))
	}
	if n.Pattern != "" {
		f = append(f, kv("Regex", rt("MustCompileRegex").Call(strLit(n.Pattern))))
	}
	if len(n.Patterns) > 0 {
		var res []jen.Code
		for _, p := range n.Patterns {
			res = append(res, rt("MustCompileRegex").Call(strLit(p)))
		}
		f = append(f, kv("Also", jen.Index().Op("*").Add(rt("Regex")).Values(res...)))
	}
	return f
}

// kv is a keyed element of a composite literal; unlike jen.Dict it keeps
// the order it is given.
func kv(key string, v jen.Code) jen.Code { return jen.Id(key).Op(":").Add(v) }

// num is an untyped integer constant (jen.Lit would write int64(n)).
func num(i int64) jen.Code { return jen.Id(strconv.FormatInt(i, 10)) }
