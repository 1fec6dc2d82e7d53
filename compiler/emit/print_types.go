package emit

import (
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/synthgen/synthgen/runtime"
)

const runtimePath = "github.com/synthgen/synthgen/runtime"

func rt(name string) *jen.Statement { return jen.Qual(runtimePath, name) }

// typeCode is the Go spelling of t.
func typeCode(t *goType) *jen.Statement {
	if t.name != "" {
		return userTypeCode(t)
	}
	switch t.kind {
	case kindBool:
		return jen.Bool()
	case kindInt:
		return jen.Int64()
	case kindFloat:
		return jen.Float64()
	case kindString:
		return jen.String()
	case kindNamed:
		return jen.Id(t.decl.name)
	case kindSlice:
		return jen.Index().Add(typeCode(t.elem))
	case kindNullable:
		return rt("Nullable").Types(typeCode(t.elem))
	}
	return rt("RawJSON")
}

// strLit is a string literal, in back quotes when that reads better (JSON
// text, regular expressions).
func strLit(s string) jen.Code {
	if strings.ContainsAny(s, `"\`) && strconv.CanBackquote(s) {
		return jen.Id("`" + s + "`")
	}
	return jen.Lit(s)
}

// addEach adds each of codes to g as an item of its own (on its own line).
func addEach(g *jen.Group, codes []jen.Code) {
	for _, c := range codes {
		g.Add(c)
	}
}

// typeDecl prints d's type declaration with its AppendJSON and MarshalJSON
// methods.
func typeDecl(g *jen.Group, d *decl) {
	var fields []jen.Code
	if d.isStruct() {
		for _, m := range d.fields {
			fields = append(fields, comments(m.doc)...)
			t := typeCode(m.site.typ)
			tag := m.prop.Name
			if !m.prop.Required {
				t = jen.Op("*").Add(t)
				tag += ",omitempty"
			}
			fields = append(fields, jen.Id(m.goName).Add(t).Tag(map[string]string{"json": tag}))
		}
	}
	addEach(g, comments(d.doc))
	if d.isStruct() {
		g.Type().Id(d.name).Struct(fields...)
	} else {
		g.Type().Id(d.name).Add(typeCode(d.under))
	}
	g.Line()
	if d.enum != nil {
		enumDecl(g, d)
	}
	g.Comment("// AppendJSON appends v as JSON: byte for byte what the in-process generator")
	g.Comment("// writes for the same value.")
	g.Func().Params(jen.Id("v").Op("*").Id(d.name)).Id("AppendJSON").
		Params(jen.Id("buf").Index().Byte()).Index().Byte().Block(appendJSONBody(d)...)
	g.Line()
	g.Comment("// MarshalJSON returns v.AppendJSON(nil).")
	g.Func().Params(jen.Id("v").Id(d.name)).Id("MarshalJSON").Params().
		Params(jen.Index().Byte(), jen.Error()).Block(
		jen.Return(jen.Id("v").Dot("AppendJSON").Call(jen.Nil()), jen.Nil()),
	)
	g.Line()
}

func appendJSONBody(d *decl) []jen.Code {
	buf := jen.Id("buf")
	v := jen.Id("v")
	if !d.isStruct() {
		switch d.under.kind {
		case kindRaw:
			return []jen.Code{jen.Return(jen.Append(buf, jen.Op("*").Add(v).Op("...")))}
		case kindNamed:
			conv := jen.Parens(jen.Op("*").Id(d.under.decl.name)).Call(v)
			return []jen.Code{jen.Return(conv.Dot("AppendJSON").Call(buf))}
		case kindSlice:
			return append(encode(d.under, jen.Op("*").Add(v), "buf", 0), jen.Return(buf))
		case kindNullable:
			return append(encode(d.under, v, "buf", 0), jen.Return(buf))
		}
		conv := typeCode(d.under).Call(jen.Op("*").Add(v))
		return []jen.Code{jen.Return(encodeExpr(d.under, conv, buf))}
	}
	if len(d.fields) == 0 {
		return []jen.Code{jen.Return(jen.Append(buf, jen.Lit("{}").Op("...")))}
	}
	var body []jen.Code
	obj := newObjectWriter("buf")
	for _, m := range d.fields {
		x := v.Clone().Dot(m.goName)
		if m.prop.Required {
			body = append(body, obj.key(m.prop.Name, true)...)
			body = append(body, encode(m.site.typ, x, "buf", 0)...)
			continue
		}
		body = append(body, obj.open()...)
		inner := obj.key(m.prop.Name, false)
		inner = append(inner, encode(m.site.typ, deref(m.site.typ, x), "buf", 0)...)
		body = append(body, jen.If(x.Clone().Op("!=").Nil()).Block(inner...))
	}
	body = append(body, obj.open()...)
	return append(body, jen.Return(jen.Append(buf, jen.LitRune('}'))))
}

// deref is the value an optional field's pointer x points to, as encode
// wants it: method calls and field selectors see through the pointer.
func deref(t *goType, x *jen.Statement) *jen.Statement {
	if t.kind == kindNamed || t.kind == kindNullable {
		return x
	}
	return jen.Op("*").Add(x)
}

// objectWriter writes an object's members with the plan's separators: the
// '{' goes out merged into the first key when that key is always written,
// and a comma precedes every member but the first written, decided at emit
// time when it can be (a required member was written before) and by
// looking at the last byte written when it cannot.
type objectWriter struct {
	buf     string
	pending bool // '{' not yet written
	// written: some member is always written before this point; maybe:
	// some member may have been.
	written, maybe bool
}

func newObjectWriter(buf string) *objectWriter { return &objectWriter{buf: buf, pending: true} }

// open writes a pending '{'; needed before a member that may not be
// written and at the end.
func (w *objectWriter) open() []jen.Code {
	if !w.pending {
		return nil
	}
	w.pending = false
	return []jen.Code{jen.Id(w.buf).Op("=").Append(jen.Id(w.buf), jen.LitRune('{'))}
}

// key writes the separator and "name": of a member; always says whether
// the member is always written.
func (w *objectWriter) key(name string, always bool) []jen.Code {
	key := string(runtime.AppendJSONString(nil, name)) + ":"
	var out []jen.Code
	switch {
	case w.written:
		key = "," + key
	case w.maybe:
		out = append(out, w.comma())
	case w.pending:
		key = "{" + key
		w.pending = false
	}
	if always {
		w.written = true
	}
	w.maybe = true
	buf := jen.Id(w.buf)
	return append(out, buf.Clone().Op("=").Append(buf, strLit(key).(*jen.Statement).Op("...")))
}

// separator writes what the plan writes before members that follow the
// declared ones (a map-like object's generated members).
func (w *objectWriter) separator() []jen.Code {
	switch {
	case w.written:
		return []jen.Code{jen.Id(w.buf).Op("=").Append(jen.Id(w.buf), jen.LitRune(','))}
	case w.maybe:
		return []jen.Code{w.comma()}
	}
	return nil
}

// comma writes ',' unless nothing follows the object's '{' yet. No JSON
// value ends in '{', so the last byte says whether a member was written.
func (w *objectWriter) comma() jen.Code {
	buf := jen.Id(w.buf)
	return jen.If(buf.Clone().Index(jen.Len(buf).Op("-").Lit(1)).Op("!=").LitRune('{')).Block(
		buf.Clone().Op("=").Append(buf, jen.LitRune(',')),
	)
}

// encodeExpr is the expression appending x (of a type encoded in one
// call) to buf.
func encodeExpr(t *goType, x, buf jen.Code) jen.Code {
	if t.name != "" {
		x = typeCode(basicOf(t)).Call(x)
	}
	switch t.kind {
	case kindBool:
		return rt("AppendBool").Call(buf, x)
	case kindInt:
		return rt("AppendInt").Call(buf, x)
	case kindFloat:
		return rt("AppendNumber").Call(buf, x)
	case kindString:
		return rt("AppendJSONString").Call(buf, x)
	case kindNamed:
		return jen.Add(x).Dot("AppendJSON").Call(buf)
	case kindRaw:
		return jen.Append(buf, jen.Add(x).Op("..."))
	}
	return nil
}

// encode returns the statements appending x, of type t, to the variable
// buf as the plan writes it. level numbers the loop variables of nested
// slices.
func encode(t *goType, x jen.Code, buf string, level int) []jen.Code {
	b := jen.Id(buf)
	switch t.kind {
	case kindSlice:
		i, e := "i", "x"
		if level > 0 {
			i, e = i+strconv.Itoa(level+1), e+strconv.Itoa(level+1)
		}
		loop := []jen.Code{
			jen.If(jen.Id(i).Op(">").Lit(0)).Block(b.Clone().Op("=").Append(b, jen.LitRune(','))),
		}
		loop = append(loop, encode(t.elem, jen.Id(e), buf, level+1)...)
		return []jen.Code{
			b.Clone().Op("=").Append(b, jen.LitRune('[')),
			jen.For(jen.List(jen.Id(i), jen.Id(e)).Op(":=").Range().Add(x)).Block(loop...),
			b.Clone().Op("=").Append(b, jen.LitRune(']')),
		}
	case kindNullable:
		return []jen.Code{
			jen.If(jen.Add(x).Dot("Valid")).Block(
				encode(t.elem, jen.Add(x).Dot("Value"), buf, level)...,
			).Else().Block(
				b.Clone().Op("=").Append(b, jen.Lit("null").Op("...")),
			),
		}
	}
	return []jen.Code{b.Clone().Op("=").Add(encodeExpr(t, x, b))}
}
