package emit

import (
	"github.com/dave/jennifer/jen"

	"github.com/synthgen/synthgen/compiler/ir"
)

// generatorAppendAt is the body of the generator's AppendAt: the record's
// JSON drawn straight into buf by the raw functions of m.rawRoot, at the
// depth At starts from.
func (p *genPrinter) generatorAppendAt(m *rootModel) []jen.Code {
	depth := 0
	if ref, ok := m.root.Node.(*ir.Ref); ok && ir.RecursiveDefs(m.root)[ref.Def] {
		depth = 1
	}
	stream := rt("RecordStream").Call(jen.Id("g").Dot("seed"), rt("EntityID").Call(jen.Lit("")), jen.Id("i"))
	s := m.rawRoot
	switch {
	case s.fn != "":
		return []jen.Code{jen.Return(jen.Id(s.fn).Call(indexArgs([]jen.Code{stream, jen.Lit(depth), jen.Id("buf")}, s)...))}
	case s.ref != nil:
		return []jen.Code{jen.Return(jen.Id(s.ref.appendFn).Call(stream, jen.Lit(depth), jen.Id("buf")))}
	case streamUse(s) == useNone:
		return []jen.Code{jen.Return(p.raw(s, nil, jen.Id("buf")))}
	}
	return []jen.Code{
		jen.Id("s").Op(":=").Add(stream),
		jen.Return(p.raw(s, jen.Id("s"), jen.Id("buf"))),
	}
}

// generatorAppendAtFunc prints AppendAt, the allocation-free way to write
// records.
func generatorAppendAtFunc(g *jen.Group, m *rootModel, body []jen.Code) {
	g.Comment("// AppendAt appends record i as JSON: the bytes of At(i).AppendJSON, drawn")
	g.Comment("// straight into buf without building the Go value, so with a reused buf it")
	g.Comment("// does not allocate. It is the fast path for writing many records.")
	params := []jen.Code{jen.Id("buf").Index().Byte(), jen.Id("i").Uint64()}
	g.Func().Params(jen.Id("g").Op("*").Id(m.generator)).Id("AppendAt").Params(params...).Index().Byte().Block(body...)
	g.Line()
}
