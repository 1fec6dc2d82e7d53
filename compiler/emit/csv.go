package emit

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/synthgen/synthgen/compiler/ir"
	"github.com/synthgen/synthgen/runtime"
)

// csvPrinter prints a root's AppendCSV: the columns of compiler/plan's CSV
// layout (csv.go there) written straight from the struct's fields. Nested
// declared objects flatten to dotted columns; every other value is one
// cell: a string unquoted, null or an absent property empty, anything else
// its JSON text.
type csvPrinter struct {
	header   []string
	usesTmp  bool
	mismatch string // why the struct cannot mirror the plan's layout
}

// planFlattenable is the plan's flattenable: the object n stands for when
// the plan flattens it into columns. It marks the definitions it passes
// through in seen.
func planFlattenable(n ir.Node, seen map[*ir.Def]bool) *ir.Object {
	if ref, ok := n.(*ir.Ref); ok {
		if seen[ref.Def] {
			return nil
		}
		seen[ref.Def] = true
		return planFlattenable(ref.Def.Node, seen)
	}
	if obj, ok := n.(*ir.Object); ok && obj.Extra == nil {
		return obj
	}
	return nil
}

func copyDefs(m map[*ir.Def]bool) map[*ir.Def]bool {
	c := make(map[*ir.Def]bool, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}

// csvFuncs prints AppendCSV and the header function of m's root.
func csvFuncs(g *jen.Group, m *rootModel) {
	p := &csvPrinter{}
	seen := map[*ir.Def]bool{}
	var body []jen.Code
	if planFlattenable(m.root.Node, seen) != nil {
		if !m.typ.isStruct() {
			p.mismatch = "the record is an object the Go type holds as JSON"
		} else {
			// The plan starts the columns with no definition seen, not
			// even the root's own: a root that refers to itself flattens
			// one level of itself.
			body = p.fields(m.typ.fields, jen.Id("v"), nil, map[*ir.Def]bool{})
		}
	} else {
		p.header = []string{"value"}
		p.usesTmp = true
		body = []jen.Code{
			jen.Id("tmp").Op("=").Id("v").Dot("AppendJSON").Call(jen.Id("tmp")),
			jen.Id("buf").Op("=").Add(rt("AppendCSVCell")).Call(jen.Id("buf"), jen.Id("tmp")),
		}
	}
	if p.mismatch != "" {
		m.x.csvHeader = ""
		g.Comment(fmt.Sprintf("// No CSV encoder for %s: %s.", m.typ.name, p.mismatch))
		g.Comment("// Use `synthgen generate -f csv` for this schema.")
		return
	}
	var header []byte
	for i, h := range p.header {
		if i > 0 {
			header = append(header, ',')
		}
		header = runtime.AppendCSVField(header, []byte(h))
	}
	header = append(header, '\n')

	t := m.typ.name
	g.Comment(fmt.Sprintf("// %s appends the CSV header row of %s records: the columns", m.x.csvHeader, t))
	g.Comment("// AppendCSV writes, as `synthgen generate -f csv` names them.")
	g.Func().Id(m.x.csvHeader).Params(jen.Id("buf").Index().Byte()).Index().Byte().Block(
		jen.Return(jen.Append(jen.Id("buf"), strLit(string(header)).(*jen.Statement).Op("..."))),
	)
	g.Line()
	g.Comment("// AppendCSV appends v as one CSV row, ending in a newline: byte for byte the")
	g.Comment("// row `synthgen generate -f csv` writes for the same record. Nested objects")
	g.Comment("// are dotted columns; arrays and other values without columns of their own")
	g.Comment("// are their JSON text; strings are unquoted; null and absent values empty.")
	var pre []jen.Code
	if p.usesTmp {
		pre = append(pre, jen.Var().Id("tmp").Index().Byte().Comment("a cell's JSON text"))
	}
	body = append(pre, body...)
	body = append(body, jen.Return(jen.Append(jen.Id("buf"), jen.LitRune('\n'))))
	g.Func().Params(jen.Id("v").Op("*").Id(t)).Id("AppendCSV").Params(jen.Id("buf").Index().Byte()).Index().Byte().Block(body...)
	g.Line()
}

// fields prints the cells of a struct's fields; x is the struct value.
func (p *csvPrinter) fields(fields []*member, x *jen.Statement, path []string, seen map[*ir.Def]bool) []jen.Code {
	var out []jen.Code
	for _, m := range fields {
		col := append(path[:len(path):len(path)], m.prop.Name)
		fx := x.Clone().Dot(m.goName)
		inner := copyDefs(seen)
		if planFlattenable(m.prop.Node, inner) != nil {
			t := m.site.typ
			if t.kind != kindNamed || !t.decl.isStruct() {
				p.mismatch = fmt.Sprintf("property %s is an object the Go type holds as JSON", strings.Join(col, "."))
				return nil
			}
			first := len(p.header)
			sub := p.fields(t.decl.fields, fx, col, inner)
			if m.prop.Required {
				out = append(out, sub...)
				continue
			}
			// An absent nested object leaves all its cells empty.
			n := len(p.header) - first
			if first == 0 {
				n--
			}
			var empty []jen.Code
			if n > 0 {
				empty = append(empty, jen.Id("buf").Op("=").Append(jen.Id("buf"), jen.Lit(strings.Repeat(",", n)).Op("...")))
			}
			out = append(out, jen.If(fx.Clone().Op("!=").Nil()).Block(sub...).Else().Block(empty...))
			continue
		}
		if len(p.header) > 0 {
			out = append(out, jen.Id("buf").Op("=").Append(jen.Id("buf"), jen.LitRune(',')))
		}
		p.header = append(p.header, strings.Join(col, "."))
		if m.prop.Required {
			out = append(out, p.cell(m.site.typ, fx)...)
			continue
		}
		out = append(out, jen.If(fx.Clone().Op("!=").Nil()).Block(p.cell(m.site.typ, deref(m.site.typ, fx))...))
	}
	return out
}

// cell prints the statements appending x's cell to buf.
func (p *csvPrinter) cell(t *goType, x *jen.Statement) []jen.Code {
	if t.kind == kindString && t.name == "" {
		return []jen.Code{jen.Id("buf").Op("=").Add(rt("AppendCSVString")).Call(jen.Id("buf"), x)}
	}
	p.usesTmp = true
	out := []jen.Code{jen.Id("tmp").Op("=").Id("tmp").Index(jen.Op(":").Lit(0))}
	out = append(out, encode(t, x, "tmp", 0)...)
	return append(out, jen.Id("buf").Op("=").Add(rt("AppendCSVCell")).Call(jen.Id("buf"), jen.Id("tmp")))
}
