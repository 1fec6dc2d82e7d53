package emit

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/synthgen/synthgen/compiler/ir"
)

// A struct field whose schema is an enum of two or more strings gets a
// named string type of its own, named after the property ("status" →
// Status), with a constant per value (StatusActive) and a Valid method.
// The type is claimed in the package's naming scope like any other, so a
// second "status" enum becomes Status2 with constants Status2Active.
// An array property of such enums gets one for its items, named after
// the property in the singular ("tags" → []Tag, TagVip); enums elsewhere
// (nested arrays, nullable branches, values kept as JSON) stay plain
// strings.

// enumType holds the constants of a declared enum type.
type enumType struct {
	values []string // decoded, in schema order
	consts []string // the constant of each value
}

// enumField returns the site of a struct field holding the string enum n
// (or an array of them) as a named type, or nil when n is not such an
// enum. path names the array's function, as site would.
func (b *builder) enumField(n ir.Node, goName, path string) *site {
	if a, ok := n.(*ir.Array); ok && b.t.typed(a) && isStringEnum(a.Items) {
		s := &site{node: a}
		s.fn = b.funcName(s, nil, "gen", path)
		s.items = b.enumField(a.Items, singular(goName), "")
		s.typ = &goType{kind: kindSlice, elem: s.items.typ}
		return s
	}
	e, ok := n.(*ir.Enum)
	if !ok || !isStringEnum(e) {
		return nil
	}
	strs, _ := stringEnum(e)
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

// isStringEnum reports whether n is an enum of two or more strings.
func isStringEnum(n ir.Node) bool {
	e, ok := n.(*ir.Enum)
	if !ok {
		return false
	}
	strs, ok := stringEnum(e)
	return ok && len(strs) >= 2
}

// singular is the name of one item of an array property: Tags → Tag,
// Categories → Category, Boxes → Box; a name it cannot make singular
// gets "Item" (Data → DataItem).
func singular(name string) string {
	switch {
	case strings.HasSuffix(name, "ies") && len(name) > 4:
		return name[:len(name)-3] + "y"
	case strings.HasSuffix(name, "sses"), strings.HasSuffix(name, "xes"),
		strings.HasSuffix(name, "ches"), strings.HasSuffix(name, "shes"):
		return name[:len(name)-2]
	case strings.HasSuffix(name, "s") && !strings.HasSuffix(name, "ss") && len(name) > 2:
		return name[:len(name)-1]
	}
	return name + "Item"
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
