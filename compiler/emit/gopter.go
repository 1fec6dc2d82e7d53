package emit

import (
	"fmt"

	"github.com/dave/jennifer/jen"
)

const gopterPath = "github.com/leanovate/gopter"

func gq(name string) *jen.Statement { return jen.Qual(gopterPath, name) }

// gopterGen prints Gen<T>, a gopter generator of m's root records, and
// its shrinker.
//
// A value is record 0 of a seed drawn from gopter's parameters, so every
// value is a record the generator makes, valid by construction. Shrinking
// leaves out the optional properties that are present, one at a time: a
// record without an optional property is still valid (the IR keeps no
// constraint that makes a property's absence invalid — the generator
// itself leaves optional properties out), and a failing property shrinks
// to a record with only the optional properties the failure needs.
func gopterGen(g *jen.Group, m *rootModel) {
	t := m.typ.name
	drops := shrinkDrops(m.typ.fields, jen.Id("v"), jen.Id("w"), 0)
	shrinker := gq("NoShrinker")
	if len(drops) > 0 {
		shrinker = jen.Id(m.x.shrink)
	}
	g.Comment(fmt.Sprintf("// %s returns a gopter generator of %s records, for", m.x.gen, t))
	g.Comment(fmt.Sprintf("// prop.ForAll(func(v %s) bool { ... }, %s()). Each value is a record", t, m.x.gen))
	g.Comment(fmt.Sprintf("// %s makes, so it satisfies every constraint of the schema;", m.generator))
	if len(drops) > 0 {
		g.Comment("// shrinking leaves out optional properties, one at a time (nested ones")
		g.Comment("// too), so every shrunk value is valid too.")
	} else {
		g.Comment("// its values do not shrink.")
	}
	g.Func().Id(m.x.gen).Params().Add(gq("Gen")).Block(
		jen.Return(jen.Func().Params(jen.Id("p").Op("*").Add(gq("GenParameters"))).Op("*").Add(gq("GenResult")).Block(
			jen.Id("v").Op(":=").Id(m.newGenerator).Call(jen.Id("p").Dot("NextUint64").Call()).Dot("At").Call(jen.Lit(0)),
			jen.Return(gq("NewGenResult").Call(jen.Id("v"), shrinker)),
		)),
	)
	g.Line()
	if len(drops) == 0 {
		return
	}
	g.Comment(fmt.Sprintf("// %s proposes v without each of its present optional properties in", m.x.shrink))
	g.Comment("// turn, the record's own first, then those of the objects it holds.")
	body := []jen.Code{
		jen.Id("v").Op(":=").Id("x").Assert(jen.Id(t)),
		jen.Var().Id("next").Index().Id(t),
	}
	body = append(body, drops...)
	body = append(body, jen.Return(jen.Func().Params().Params(jen.Any(), jen.Bool()).Block(
		jen.If(jen.Len(jen.Id("next")).Op("==").Lit(0)).Block(jen.Return(jen.Nil(), jen.False())),
		jen.Id("w").Op(":=").Id("next").Index(jen.Lit(0)),
		jen.Id("next").Op("=").Id("next").Index(jen.Lit(1), jen.Empty()),
		jen.Return(jen.Id("w"), jen.True()),
	)))
	g.Func().Id(m.x.shrink).Params(jen.Id("x").Any()).Add(gq("Shrink")).Block(body...)
	g.Line()
}

// shrinkDrops returns the statements proposing v without each present
// optional property of the struct at v's path (and w's, the copy's), then
// recursing into the structs held by value, which the copy w := v copies
// too. Structs behind pointers are not entered: the copy would share them.
func shrinkDrops(fields []*member, v, w *jen.Statement, depth int) []jen.Code {
	var out []jen.Code
	for _, f := range fields {
		if !f.prop.Required {
			out = append(out, jen.If(v.Clone().Dot(f.goName).Op("!=").Nil()).Block(
				jen.Id("w").Op(":=").Id("v"),
				w.Clone().Dot(f.goName).Op("=").Nil(),
				jen.Id("next").Op("=").Append(jen.Id("next"), jen.Id("w")),
			))
		}
	}
	if depth >= 4 {
		return out
	}
	for _, f := range fields {
		if t := f.site.typ; f.prop.Required && t.kind == kindNamed && t.decl.isStruct() {
			out = append(out, shrinkDrops(t.decl.fields, v.Clone().Dot(f.goName), w.Clone().Dot(f.goName), depth+1)...)
		}
	}
	return out
}
