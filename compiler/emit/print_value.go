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
	case *ir.Integer, *ir.String:
		if s.unique && !isUUID(s) {
			return useNone
		}
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
	if s.typ != nil && s.typ.name != "" {
		basic := *s
		basic.typ = basicOf(s.typ)
		return typeCode(s.typ).Call(p.value(&basic, sv))
	}
	if s.ref != nil {
		return jen.Id(s.ref.gen).Call(sv, depthArg(s))
	}
	if s.fn != "" {
		return jen.Id(s.fn).Call(objArgs(s, sv, jen.Id("depth"))...)
	}
	if s.unique {
		return uniqueValue(s, sv)
	}
	if v := providedValue(s, sv); v != nil {
		return v
	}
	addr := jen.Op("&").Add(sv.Clone())
	switch s.node.(type) {
	case *ir.Boolean:
		return boolDraw(s, sv)
	case *ir.Integer, *ir.Number:
		return numNext(s, addr)
	case *ir.String:
		return jen.String().Call(strAppend(s, addr, jen.Nil()))
	case *ir.Enum:
		if len(s.strs) == 1 {
			return jen.Lit(s.strs[0])
		}
		return jen.Id(s.leaf).Index(enumIndex(s, sv))
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
		return rt("RawJSON").Call(jen.Id(s.leaf).Dot("At").Call(enumIndex(s, sv)))
	}
	return rt("RawJSON").Call(p.raw(s, sv, jen.Nil()))
}

// raw is the expression appending s's JSON to buf, drawing from sv.
func (p *genPrinter) raw(s *site, sv *jen.Statement, buf jen.Code) jen.Code {
	if s.ref != nil {
		return jen.Id(s.ref.appendFn).Call(sv, depthArg(s), buf)
	}
	if s.fn != "" {
		return jen.Id(s.fn).Call(objArgs(s, sv, jen.Id("depth"), buf)...)
	}
	if s.unique {
		return uniqueRaw(s, sv, buf)
	}
	if v := providedRaw(s, sv, buf); v != nil {
		return v
	}
	addr := jen.Op("&").Add(sv.Clone())
	switch n := s.node.(type) {
	case *ir.Any:
		return rt("AppendAny").Call(addr, buf)
	case *ir.Null:
		return jen.Append(buf, jen.Lit("null").Op("..."))
	case *ir.Boolean:
		return rt("AppendBool").Call(buf, boolDraw(s, sv))
	case *ir.Integer:
		return rt("AppendInt").Call(buf, numNext(s, addr))
	case *ir.Number:
		if s.objVar != "" && ir.SharedLeaf(s.node) {
			return rt("AppendNumber").Call(buf, numNext(s, addr))
		}
		return jen.Id(s.leaf).Dot("AppendJSON").Call(addr, buf)
	case *ir.String:
		if d, ok := directOf(s); ok {
			return directCall(d, s, sv, buf)
		}
		g, err := n.Generator()
		proved := err == nil && g.Proved
		if s.objVar != "" && n.Semantic.Shared() {
			if proved {
				return jen.Id(s.leaf).Dot("AppendProvedJSON").Call(addr, objRef(s), buf)
			}
			return jen.Id(s.leaf).Dot("AppendFieldJSON").Call(addr, objRef(s), buf)
		}
		if proved && !n.Semantic.UsesObject() {
			return jen.Id(s.leaf).Dot("AppendProvedJSON").Call(addr, jen.Nil(), buf)
		}
		return jen.Id(s.leaf).Dot("AppendJSON").Call(addr, buf)
	case *ir.Enum:
		if len(n.Values) == 1 {
			return jen.Append(buf, strLit(string(n.Values[0])).(*jen.Statement).Clone().Op("..."))
		}
		return jen.Id(s.leaf).Dot("Append").Call(buf, enumIndex(s, sv))
	}
	panic(fmt.Sprintf("emit: no raw appender for %T", s.node))
}

// leafVar prints the package-level generator or value table of a leaf.
func leafVar(s *site) jen.Code {
	v := jen.Id(s.leaf).Op("=")
	switch n := s.node.(type) {
	case *ir.Integer:
		f := []jen.Code{kv("KLo", num(n.KLo)), kv("KHi", num(n.KHi)), kv("Step", num(n.Step))}
		if n.Dist == nil {
			return v.Add(rt("Int").Values(f...))
		}
		f = append(f, kv("Dist", distLit(n.Dist)))
		if n.Semantic != runtime.KindNone {
			f = append(f, kv("Semantic", rt(n.Semantic.GoName())))
		}
		if n.Locale != runtime.LocaleENGB {
			f = append(f, kv("Locale", rt(n.Locale.GoName())))
		}
		if n.Now != 0 {
			f = append(f, kv("Now", num(n.Now)))
		}
		return v.Add(rt("IntDist").Values(f...))
	case *ir.Number:
		f := []jen.Code{kv("KLo", num(n.KLo)), kv("KHi", num(n.KHi)), kv("Step", num(n.Step))}
		if n.Scale != 0 {
			f = append(f, kv("Scale", num(int64(n.Scale))))
		}
		if n.Dist != nil {
			f = append(f, kv("Dist", distLit(n.Dist)))
			if n.Semantic != runtime.KindNone {
				f = append(f, kv("Semantic", rt(n.Semantic.GoName())))
			}
			if n.Locale != runtime.LocaleENGB {
				f = append(f, kv("Locale", rt(n.Locale.GoName())))
			}
			return v.Add(rt("DecimalDist").Values(f...))
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
			return v.Add(rt("NewWords").Call(items...))
		}
		for _, str := range s.strs {
			items = append(items, jen.Lit(str))
		}
		return v.Index().String().Values(items...)
	}
	panic(fmt.Sprintf("emit: no leaf variable for %T", s.node))
}

// boolDraw draws a boolean: a fair coin, or runtime.Flag for a flag whose
// name says how often it is on, as the plan draws.
func boolDraw(s *site, sv *jen.Statement) jen.Code {
	if pct := s.node.(*ir.Boolean).TruePct; pct != 0 {
		return rt("Flag").Call(jen.Op("&").Add(sv.Clone()), jen.Lit(int(pct)))
	}
	return sv.Clone().Dot("Bool").Call()
}

// enumIndex draws an enum's index: uniform, or by x-weights through
// runtime.PickWeighted, as the plan's enum closure draws.
func enumIndex(s *site, sv *jen.Statement) jen.Code {
	n := s.node.(*ir.Enum)
	if n.Cum == nil {
		return sv.Clone().Dot("Intn").Call(jen.Lit(len(n.Values)))
	}
	cum := make([]jen.Code, len(n.Cum))
	for i, c := range n.Cum {
		cum[i] = jen.Id(strconv.FormatUint(c, 10))
	}
	return rt("PickWeighted").Call(jen.Op("&").Add(sv.Clone()), jen.Index().Uint64().Values(cum...))
}

// objArgs are the arguments of a site's function: the object's shared
// draws come last for a site that takes them (site.objParam).
func objArgs(s *site, args ...jen.Code) []jen.Code {
	if s.objParam {
		args = append(args, jen.Op("&").Id("o"))
	}
	if needsIndex(s) {
		args = append(args, jen.Id("seed"), jen.Id("index"))
	}
	return args
}

// directOf returns the direct writer (runtime.Str.Direct) of a string
// leaf that raw would otherwise write with AppendProvedJSON: the plan's
// stringGen and sharedStringGen make the same choice.
func directOf(s *site) (runtime.Direct, bool) {
	n, ok := s.node.(*ir.String)
	if !ok || s.fn != "" || s.ref != nil || s.unique || providerOf(s.node) != nil {
		return runtime.Direct{}, false
	}
	if !(s.objVar != "" && n.Semantic.Shared()) && n.Semantic.UsesObject() {
		return runtime.Direct{}, false
	}
	g, err := n.Generator()
	if err != nil {
		return runtime.Direct{}, false
	}
	return g.Direct()
}

// rawStreamUse is streamUse for raw: a direct writer that reads no stream
// needs no field stream derived for it.
func rawStreamUse(s *site) use {
	if d, ok := directOf(s); ok && !d.ReadsStream {
		return useNone
	}
	return streamUse(s)
}

// directCall appends a direct writer's value: its constant, or a call
// passing only what it reads.
func directCall(d runtime.Direct, s *site, sv *jen.Statement, buf jen.Code) jen.Code {
	if d.Const != "" {
		return jen.Append(buf, strLit(d.Const).(*jen.Statement).Op("..."))
	}
	var stream, obj jen.Code = jen.Nil(), jen.Nil()
	if d.ReadsStream {
		stream = jen.Op("&").Add(sv.Clone())
	}
	if d.ReadsObject {
		obj = objRef(s)
	}
	now := num(d.Now)
	if d.Now == runtime.DefaultNow {
		now = rt("DefaultNow")
	}
	return rt(d.Name).Call(stream, obj, rt(d.Locale.GoName()), now, buf)
}

// objRef is the *runtime.Object a shared kind of the site draws from: the
// object function's o, or a union function's obj parameter.
func objRef(s *site) jen.Code {
	if s.objVar == "obj" {
		return jen.Id("obj")
	}
	return jen.Op("&").Id(s.objVar)
}

// strAppend calls the string leaf's Append, or AppendField with the
// object's shared draws for a property whose kind shares draws with its
// siblings (runtime.Kind.Shared), as the plan's object closure does.
func strAppend(s *site, addr, buf jen.Code) jen.Code {
	if s.objVar != "" && ir.SharedLeaf(s.node) {
		return jen.Id(s.leaf).Dot("AppendField").Call(addr, objRef(s), buf)
	}
	return jen.Id(s.leaf).Dot("Append").Call(addr, buf)
}

// numNext draws a number leaf: NextField with the object's shared draws for a
// property whose kind shares draws (an age), as in the plan.
func numNext(s *site, addr jen.Code) jen.Code {
	if s.objVar != "" && ir.SharedLeaf(s.node) {
		return jen.Id(s.leaf).Dot("NextField").Call(addr, objRef(s))
	}
	return jen.Id(s.leaf).Dot("Next").Call(addr)
}

// distLit is a runtime.Dist literal; floats print in their shortest exact
// form, so the emitted generator draws what the plan draws.
func distLit(d *runtime.Dist) jen.Code {
	f := []jen.Code{}
	if d.Kind != runtime.DistUniform {
		f = append(f, kv("Kind", rt(d.Kind.GoName())))
	}
	for _, p := range []struct {
		name string
		v    float64
	}{{"Mean", d.Mean}, {"SD", d.SD}, {"S", d.S}, {"Lo", d.Lo}, {"Hi", d.Hi}} {
		if p.v != 0 {
			f = append(f, kv(p.name, jen.Id(strconv.FormatFloat(p.v, 'g', -1, 64))))
		}
	}
	lit := rt("Dist").Values(f...)
	if d.Kind == runtime.DistZipf {
		return lit.Dot("Prepared").Call() // its rank table, as the plan's
	}
	return lit
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
	if n.Semantic != runtime.KindNone {
		f = append(f, kv("Semantic", rt(n.Semantic.GoName())))
		if n.Locale != runtime.LocaleENGB {
			f = append(f, kv("Locale", rt(n.Locale.GoName())))
		}
		if n.Now != 0 {
			f = append(f, kv("Now", num(n.Now)))
		}
		if g, err := n.Generator(); err == nil && g.Proved {
			f = append(f, kv("Proved", jen.True()))
		}
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
