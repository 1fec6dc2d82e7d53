package emit

import (
	"fmt"
	"strconv"

	"github.com/dave/jennifer/jen"

	"github.com/synthgen/synthgen/compiler/ir"
)

// A struct field whose schema is an enum of two or more strings gets a
// named string type of its own, named after the property ("status" →
// Status), with a constant per value (StatusActive) and a Valid method.
// The type is claimed in the package's naming scope like any other, so a
// second "status" enum becomes Status2 with constants Status2Active.
// Enums elsewhere (array items, nullable branches) stay plain strings.

// enumType holds the constants of a declared enum type.
type enumType struct {
	values []string // decoded, in schema order
	consts []string // the constant of each value
}

// enumField returns the site of a struct field holding the string enum n
// as a named type, or nil when n is not such an enum.
func (b *builder) enumField(n ir.Node, goName string) *site {
	e, ok := n.(*ir.Enum)
	if !ok {
		return nil
	}
	strs, ok := stringEnum(e)
	if !ok || len(strs) < 2 {
		return nil
	}
	d := &decl{name: b.pkg.claim(b.prefix + goName)}
	d.typ = &goType{kind: kindNamed, decl: d}
	d.doc = docOf(&e.Meta, d.name, fmt.Sprintf("%s is one of the values the schema allows at %s.", d.name, e.Pointer))
	d.enum = &enumType{values: strs}
	for i, v := range strs {
		c := exportedName(v)
		if c == "" {
			c = "Value" + strconv.Itoa(i)
		}
		d.enum.consts = append(d.enum.consts, b.pkg.claim(d.name+c))
	}
	d.usedTyped = true
	b.r.decls = append(b.r.decls, d)
	b.declBody(d, e)
	return &site{node: e, typ: d.typ, ref: d}
}

// enumDecl prints an enum type's constants and Valid method.
func enumDecl(g *jen.Group, d *decl) {
	var consts []jen.Code
	for i, c := range d.enum.consts {
		consts = append(consts, jen.Id(c).Id(d.name).Op("=").Lit(d.enum.values[i]))
	}
	g.Comment(fmt.Sprintf("// The values of %s, in the schema's order.", d.name))
	g.Const().Defs(consts...)
	g.Line()
	var cases []jen.Code
	for _, c := range d.enum.consts {
		cases = append(cases, jen.Id(c))
	}
	g.Comment(fmt.Sprintf("// Valid reports whether v is one of the values of %s.", d.name))
	g.Func().Params(jen.Id("v").Id(d.name)).Id("Valid").Params().Bool().Block(
		jen.Switch(jen.Id("v")).Block(jen.Case(cases...).Block(jen.Return(jen.True()))),
		jen.Return(jen.False()),
	)
	g.Line()
}
