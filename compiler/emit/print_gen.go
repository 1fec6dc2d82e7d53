package emit

import (
	"fmt"
	"strconv"

	"github.com/dave/jennifer/jen"

	"github.com/synthgen/synthgen/compiler/ir"
	"github.com/synthgen/synthgen/runtime"
)

// genPrinter prints the generation functions of one root. Each mirrors a
// closure of compiler/plan draw for draw: the same child streams, the same
// primitives in the same order, the same recursion budget.
type genPrinter struct {
	r *rootModel
}

func streamParams() []jen.Code {
	return []jen.Code{jen.Id("s").Add(rt("Stream")), jen.Id("depth").Int()}
}

func appendParams() []jen.Code {
	return append(streamParams(), jen.Id("buf").Index().Byte())
}

// objParams adds the obj parameter of a property's union function that
// passes its object's shared draws to a shared kind (site.objParam).
func objParams(s *site, params []jen.Code) []jen.Code {
	if s.objParam {
		params = append(params, jen.Id("obj").Op("*").Add(rt("Object")))
	}
	return params
}

// objDecl declares o, the object's shared draws (runtime.Object), in an
// object's function when a property reads them, as the plan's object
// closure pushes one on c.objs.
func objDecl(fields []*member) []jen.Code {
	for _, m := range fields {
		if m.site.objParam || m.site.objVar != "" && ir.SharedLeaf(m.site.node) {
			return []jen.Code{jen.Id("o").Op(":=").Add(rt("NewObject")).Call(jen.Id("s"))}
		}
	}
	return nil
}

// shallow is the plan's ctx.shallow(): the recursion budget is spent.
func (p *genPrinter) shallow() *jen.Statement {
	p.r.depthUsed = true
	return jen.Id("depth").Op(">=").Id(p.r.maxDepthConst)
}

// function prints the function of a site that has one.
func (p *genPrinter) function(s *site) jen.Code {
	switch n := s.node.(type) {
	case *ir.Object:
		if s.raw {
			return p.rawObject(s, n)
		}
		return p.structFunc(s)
	case *ir.Array:
		if s.raw {
			return p.rawArray(s, n)
		}
		return p.slice(s, n)
	case *ir.Union:
		if s.raw {
			return p.rawUnion(s, n)
		}
		return p.nullable(s, n)
	}
	panic(fmt.Sprintf("emit: no function for %T", s.node))
}

// childStream derives a property's stream: s.Child(FieldID(name)), the
// id computed now and written as a constant.
func childStream(name string) *jen.Statement {
	return jen.Id("s").Dot("Child").Call(jen.Id(fmt.Sprintf("0x%016x", runtime.FieldID(name))))
}

// nameComment ends a statement that derives a property's stream with the
// property's name, so that the hex id reads.
func nameComment(stmt *jen.Statement, name string) *jen.Statement {
	return stmt.Comment(strconv.Quote(name))
}

// fieldStream tracks the fs variable of an object's function.
type fieldStream struct{ declared bool }

// assign returns `fs := s.Child(id)` (or `fs = ...` after the first).
func (f *fieldStream) assign(name string) jen.Code {
	op := "="
	if !f.declared {
		op, f.declared = ":=", true
	}
	return nameComment(jen.Id("fs").Op(op).Add(childStream(name)), name)
}

func hasOptional(fields []*member) bool {
	for _, m := range fields {
		if !m.prop.Required {
			return true
		}
	}
	return false
}

// present is the plan's test of an optional property: never when shallow,
// else runtime.Present, the first draw on the property's stream.
func present() jen.Code {
	return jen.Op("!").Id("shallow").Op("&&").Add(rt("Present").Call(jen.Op("&").Id("fs")))
}

// structFunc mirrors the plan's object closure, filling a struct.
func (p *genPrinter) structFunc(s *site) jen.Code {
	t := typeCode(s.typ)
	var body []jen.Code
	if hasOptional(s.fields) {
		body = append(body, jen.Id("shallow").Op(":=").Add(p.shallow()))
	}
	body = append(body, objDecl(s.fields)...)
	body = append(body, jen.Var().Id("v").Add(t.Clone()))
	var fs fieldStream
	for _, m := range s.fields {
		field := jen.Id("v").Dot(m.goName)
		u := streamUse(m.site)
		if m.prop.Required {
			if u == useNone {
				body = append(body, field.Op("=").Add(p.value(m.site, nil)))
			} else {
				body = append(body, fs.assign(m.prop.Name), field.Op("=").Add(p.value(m.site, jen.Id("fs"))))
			}
			continue
		}
		body = append(body, fs.assign(m.prop.Name), jen.If(present()).Block(
			jen.Id("x").Op(":=").Add(p.value(m.site, jen.Id("fs"))),
			field.Clone().Op("=").Op("&").Id("x"),
		))
	}
	body = append(body, jen.Return(jen.Id("v")))
	return jen.Func().Id(s.fn).Params(indexParams(streamParams(), s)...).Add(t).Block(body...)
}

// rawObject mirrors the plan's object closure (and extraGen) byte for
// byte.
func (p *genPrinter) rawObject(s *site, n *ir.Object) jen.Code {
	if len(s.fields) == 0 && s.extra == nil {
		return jen.Func().Id(s.fn).Params(appendParams()...).Index().Byte().Block(
			jen.Return(jen.Append(jen.Id("buf"), jen.Lit("{}").Op("..."))),
		)
	}
	var body []jen.Code
	if hasOptional(s.fields) || s.extra != nil {
		body = append(body, jen.Id("shallow").Op(":=").Add(p.shallow()))
	}
	body = append(body, objDecl(s.fields)...)
	obj := newObjectWriter("buf")
	var fs fieldStream
	for _, m := range s.fields {
		u := rawStreamUse(m.site)
		if m.prop.Required {
			var sv *jen.Statement
			if u != useNone {
				body = append(body, fs.assign(m.prop.Name))
				sv = jen.Id("fs")
			}
			body = append(body, obj.key(m.prop.Name, true)...)
			body = append(body, jen.Id("buf").Op("=").Add(p.raw(m.site, sv, jen.Id("buf"))))
			continue
		}
		body = append(body, obj.open()...)
		inner := obj.key(m.prop.Name, false)
		inner = append(inner, jen.Id("buf").Op("=").Add(p.raw(m.site, jen.Id("fs"), jen.Id("buf"))))
		body = append(body, fs.assign(m.prop.Name), jen.If(present()).Block(inner...))
	}
	body = append(body, obj.open()...)
	if s.extra != nil {
		body = append(body, obj.separator()...)
		body = append(body, p.extra(s.extra, n.Extra)...)
	}
	body = append(body, jen.Return(jen.Append(jen.Id("buf"), jen.LitRune('}'))))
	return jen.Func().Id(s.fn).Params(indexParams(appendParams(), s)...).Index().Byte().Block(body...)
}

// extra mirrors the plan's extraGen: the generated members of a map-like
// object, each with a key from runtime.AppendKey.
func (p *genPrinter) extra(v *site, x *ir.Extra) []jen.Code {
	var ks *jen.Statement
	if streamUse(v) != useNone {
		ks = jen.Id("ks")
	}
	key := rt("AppendKey").Call(jen.Op("&").Id("ks"), jen.Id("i"), jen.Id("buf"))
	if x.Keys != nil {
		words := make([]jen.Code, len(x.Keys))
		for i, k := range x.Keys {
			words[i] = jen.Lit(k)
		}
		key = rt("AppendKeyFrom").Call(jen.Op("&").Id("ks"), jen.Id("i"), jen.Index().String().Values(words...), jen.Id("buf"))
	}
	return []jen.Code{
		jen.Id("es").Op(":=").Add(jen.Id("s").Dot("Child").Call(rt("ExtraID"))),
		jen.Id("n").Op(":=").Add(rt("ArrayLen").Call(jen.Op("&").Id("es"), jen.Lit(x.Min), jen.Lit(x.Max), jen.Id("shallow"))),
		jen.For(jen.Id("i").Op(":=").Lit(0), jen.Id("i").Op("<").Id("n"), jen.Id("i").Op("++")).Block(
			jen.If(jen.Id("i").Op(">").Lit(0)).Block(jen.Id("buf").Op("=").Append(jen.Id("buf"), jen.LitRune(','))),
			jen.Id("ks").Op(":=").Id("es").Dot("Child").Call(jen.Uint64().Call(jen.Id("i"))),
			jen.Id("buf").Op("=").Add(rt("QuoteTail").Call(key, jen.Len(jen.Id("buf")))),
			jen.Id("buf").Op("=").Append(jen.Id("buf"), jen.LitRune(':')),
			jen.Id("buf").Op("=").Add(p.raw(v, ks, jen.Id("buf"))),
		),
	}
}

// arrayLen is the plan's draw of an array's length.
func (p *genPrinter) arrayLen(n *ir.Array) jen.Code {
	return jen.Id("n").Op(":=").Add(rt("ArrayLen").Call(jen.Op("&").Id("s"), jen.Lit(n.MinItems), jen.Lit(n.MaxItems), p.shallow()))
}

func itemStream(attempt jen.Code) *jen.Statement {
	return rt("ItemStream").Call(jen.Id("s"), jen.Id("i"), attempt)
}

// forItems is `for i := 0; i < n; i++ { body }`.
func forItems(body ...jen.Code) jen.Code {
	return jen.For(jen.Id("i").Op(":=").Lit(0), jen.Id("i").Op("<").Id("n"), jen.Id("i").Op("++")).Block(body...)
}

// forAttempts is the plan's uniqueItems retry loop: attempt 0, then up to
// runtime.UniqueBudget more while the item repeats an earlier one.
func forAttempts(min int, body ...jen.Code) jen.Code {
	return jen.For(
		jen.Id("attempt").Op(":=").Lit(0),
		jen.Op("!").Id("ok").Op("&&").Id("attempt").Op("<=").Add(rt("UniqueBudget")).Call(jen.Id("i"), jen.Lit(min)),
		jen.Id("attempt").Op("++"),
	).Block(body...)
}

// cutShort ends an array whose next item kept repeating, as the plan does.
func cutShort() jen.Code {
	return jen.If(jen.Op("!").Id("ok")).Block(
		jen.Break().Comment("no new item in its UniqueBudget of attempts: the array ends here"),
	)
}

// slice mirrors the plan's array closure, filling a slice.
func (p *genPrinter) slice(s *site, n *ir.Array) jen.Code {
	t := typeCode(s.typ)
	item := s.items
	body := []jen.Code{p.arrayLen(n)}
	// itemValue draws item i (of the attempt) from its stream.
	itemValue := func(attempt jen.Code) (decl []jen.Code, v jen.Code) {
		switch streamUse(item) {
		case useNone:
			return nil, p.value(item, nil)
		case useValue:
			return nil, p.value(item, itemStream(attempt))
		}
		return []jen.Code{jen.Id("is").Op(":=").Add(itemStream(attempt))}, p.value(item, jen.Id("is"))
	}
	if !n.Unique {
		decl, v := itemValue(jen.Lit(0))
		loop := append(itemIndex(s, n), decl...)
		loop = append(loop, jen.Id("v").Index(jen.Id("i")).Op("=").Add(v))
		body = append(body,
			jen.Id("v").Op(":=").Make(t.Clone(), jen.Id("n")),
			jen.For(jen.Id("i").Op(":=").Range().Id("v")).Block(loop...),
			jen.Return(jen.Id("v")),
		)
		return jen.Func().Id(s.fn).Params(indexParams(streamParams(), s)...).Add(t).Block(body...)
	}
	if _, ok := ir.UniqueEnumItems(n); ok {
		// As rawArray: each item among the values not yet taken.
		body = append(body,
			jen.Id("v").Op(":=").Make(t.Clone(), jen.Lit(0), jen.Id("n")),
			jen.Var().Id("used").Uint64().Comment("uniqueItems: the enum values taken so far"),
			forItems(
				jen.Id("is").Op(":=").Add(itemStream(jen.Lit(0))),
				jen.List(jen.Id("k"), jen.Id("ok")).Op(":=").Add(rt("PickUnused")).Call(jen.Op("&").Id("is"), jen.Lit(len(n.Items.(*ir.Enum).Values)), jen.Id("used")),
				jen.If(jen.Op("!").Id("ok")).Block(jen.Break().Comment("every value is taken: the array ends here")),
				jen.Id("used").Op("|=").Lit(1).Op("<<").Id("k"),
				jen.Id("v").Op("=").Append(jen.Id("v"), p.enumAt(item, jen.Id("k"))),
			),
			jen.Return(jen.Id("v")),
		)
		return jen.Func().Id(s.fn).Params(indexParams(streamParams(), s)...).Add(t).Block(body...)
	}
	decl, v := itemValue(jen.Id("attempt"))
	attempt := append(decl, jen.Id("item").Op("=").Add(v))
	if enc := encodeExpr(item.typ, jen.Id("item"), jen.Id("seen").Dot("Next").Call()); enc != nil {
		attempt = append(attempt, jen.Id("ok").Op("=").Id("seen").Dot("Add").Call(enc))
	} else {
		attempt = append(attempt, jen.Id("enc").Op(":=").Id("seen").Dot("Next").Call())
		attempt = append(attempt, encode(item.typ, jen.Id("item"), "enc", 0)...)
		attempt = append(attempt, jen.Id("ok").Op("=").Id("seen").Dot("Add").Call(jen.Id("enc")))
	}
	body = append(body,
		jen.Id("v").Op(":=").Make(t.Clone(), jen.Lit(0), jen.Id("n")),
		jen.Var().Id("seen").Add(rt("Unique")).Comment("uniqueItems: the items' JSON so far"),
		forItems(append(itemIndex(s, n),
			jen.Var().Id("item").Add(typeCode(item.typ)),
			jen.Id("ok").Op(":=").False(),
			forAttempts(n.MinItems, attempt...),
			cutShort(),
			jen.Id("v").Op("=").Append(jen.Id("v"), jen.Id("item")),
		)...),
		jen.Return(jen.Id("v")),
	)
	return jen.Func().Id(s.fn).Params(indexParams(streamParams(), s)...).Add(t).Block(body...)
}

// rawArray mirrors the plan's array closure byte for byte: prefixItems,
// then items, each from its item stream.
func (p *genPrinter) rawArray(s *site, n *ir.Array) jen.Code {
	if len(s.prefix) == 0 && s.items == nil {
		// No item can be generated (items: false, or a schema nothing
		// matches), so the lowering fixed the length at 0: the plan's
		// closure writes [] whatever it draws.
		return jen.Func().Id(s.fn).Params(indexParams(appendParams(), s)...).Index().Byte().Block(
			jen.Return(jen.Append(jen.Id("buf"), jen.Lit("[]").Op("..."))),
		)
	}
	all := append(append([]*site(nil), s.prefix...), s.items)
	var is *jen.Statement
	for _, c := range all {
		if c != nil && streamUse(c) != useNone {
			is = jen.Id("is")
		}
	}
	// items appends item i to the variable buf.
	items := func(buf string) jen.Code {
		b := jen.Id(buf)
		one := func(c *site) jen.Code {
			if c == nil {
				return jen.Panic(jen.Lit("synthgen: array item beyond prefixItems with no items schema"))
			}
			return b.Clone().Op("=").Add(p.raw(c, is, b))
		}
		if len(s.prefix) == 0 {
			return one(s.items)
		}
		var cases []jen.Code
		for i, c := range s.prefix {
			cases = append(cases, jen.Case(jen.Lit(i)).Block(one(c)))
		}
		cases = append(cases, jen.Default().Block(one(s.items)))
		return jen.Switch(jen.Id("i")).Block(cases...)
	}
	stream := func(attempt jen.Code) []jen.Code {
		if is == nil {
			return nil
		}
		return []jen.Code{jen.Id("is").Op(":=").Add(itemStream(attempt))}
	}
	body := []jen.Code{p.arrayLen(n), jen.Id("buf").Op("=").Append(jen.Id("buf"), jen.LitRune('['))}
	comma := jen.If(jen.Id("i").Op(">").Lit(0)).Block(jen.Id("buf").Op("=").Append(jen.Id("buf"), jen.LitRune(',')))
	if !n.Unique {
		loop := append(append(itemIndex(s, n), comma), stream(jen.Lit(0))...)
		body = append(body, forItems(append(loop, items("buf"))...))
	} else if e, ok := ir.UniqueEnumItems(n); ok {
		// Distinct unweighted enum values: each item is drawn among those
		// not yet taken, from its first stream, as the plan draws it.
		body = append(body,
			jen.Var().Id("used").Uint64().Comment("uniqueItems: the enum values taken so far"),
			forItems(
				jen.Id("is").Op(":=").Add(itemStream(jen.Lit(0))),
				jen.List(jen.Id("k"), jen.Id("ok")).Op(":=").Add(rt("PickUnused")).Call(jen.Op("&").Id("is"), jen.Lit(len(e.Values)), jen.Id("used")),
				jen.If(jen.Op("!").Id("ok")).Block(jen.Break().Comment("every value is taken: the array ends here")),
				jen.Id("used").Op("|=").Lit(1).Op("<<").Id("k"),
				comma,
				jen.Id("buf").Op("=").Id(s.items.leaf).Dot("Append").Call(jen.Id("buf"), jen.Id("k")),
			),
		)
	} else if len(s.prefix) == 0 && enumSet(s.items) {
		// Distinct weighted enum values (unweighted ones took the branch
		// above): an item repeats an earlier one exactly when its index
		// does, so a bit set decides what Seen's byte comparison would,
		// from the same draws.
		e := s.items
		attempt := append(stream(jen.Id("attempt")),
			jen.Id("k").Op("=").Add(enumIndex(e, is)),
			jen.Id("ok").Op("=").Id("used").Op("&").Parens(jen.Lit(1).Op("<<").Id("k")).Op("==").Lit(0))
		body = append(body,
			jen.Var().Id("used").Uint64().Comment("uniqueItems: the enum values taken so far"),
			forItems(append(itemIndex(s, n),
				jen.Id("ok").Op(":=").False(),
				jen.Var().Id("k").Int(),
				forAttempts(n.MinItems, attempt...),
				jen.If(jen.Op("!").Id("ok")).Block(
					jen.Break().Comment("no new item in its UniqueBudget of attempts: the array ends here"),
				),
				jen.Id("used").Op("|=").Lit(1).Op("<<").Id("k"),
				comma,
				jen.Id("buf").Op("=").Id(e.leaf).Dot("Append").Call(jen.Id("buf"), jen.Id("k")),
			)...),
		)
	} else {
		// As the plan: each attempt is written in place after the comma
		// and compared with the items before it; an array whose item keeps
		// repeating ends before its comma.
		attempt := append([]jen.Code{jen.Id("buf").Op("=").Id("buf").Index(jen.Empty(), jen.Id("start"))}, stream(jen.Id("attempt"))...)
		attempt = append(attempt, items("buf"),
			jen.Id("ok").Op("=").Id("seen").Dot("Add").Call(jen.Id("buf"), jen.Id("start")))
		body = append(body,
			jen.Var().Id("seen").Add(rt("Seen")).Comment("uniqueItems: where the items so far sit in buf"),
			forItems(append(itemIndex(s, n),
				jen.Id("mark").Op(":=").Len(jen.Id("buf")),
				comma,
				jen.Id("start").Op(":=").Len(jen.Id("buf")),
				jen.Id("ok").Op(":=").False(),
				forAttempts(n.MinItems, attempt...),
				jen.If(jen.Op("!").Id("ok")).Block(
					jen.Id("buf").Op("=").Id("buf").Index(jen.Empty(), jen.Id("mark")),
					jen.Break().Comment("no new item in its UniqueBudget of attempts: the array ends here"),
				),
			)...),
		)
	}
	body = append(body, jen.Return(jen.Append(jen.Id("buf"), jen.LitRune(']'))))
	return jen.Func().Id(s.fn).Params(indexParams(appendParams(), s)...).Index().Byte().Block(body...)
}

// nullable mirrors the plan's union closure for a union of null and one
// typed branch.
func (p *genPrinter) nullable(s *site, n *ir.Union) jen.Code {
	t := typeCode(s.typ)
	pick := rt("Pick").Call(jen.Op("&").Id("s"), jen.Lit(2), jen.Lit(n.Shallow), p.shallow())
	var sv *jen.Statement
	if streamUse(s.branches[s.value]) != useNone {
		sv = jen.Id("s")
	}
	return jen.Func().Id(s.fn).Params(indexParams(objParams(s, streamParams()), s)...).Add(t).Block(
		jen.If(pick.Op("!=").Lit(s.value)).Block(jen.Return(t.Clone().Values())),
		jen.Return(t.Clone().Values(kv("Value", p.value(s.branches[s.value], sv)), kv("Valid", jen.True()))),
	)
}

// rawUnion mirrors the plan's union closure byte for byte.
func (p *genPrinter) rawUnion(s *site, n *ir.Union) jen.Code {
	var cases []jen.Code
	for i, b := range s.branches {
		cases = append(cases, jen.Case(jen.Lit(i)).Block(jen.Id("buf").Op("=").Add(p.raw(b, jen.Id("s"), jen.Id("buf")))))
	}
	pick := rt("Pick").Call(jen.Op("&").Id("s"), jen.Lit(len(s.branches)), jen.Lit(n.Shallow), p.shallow())
	return jen.Func().Id(s.fn).Params(indexParams(objParams(s, appendParams()), s)...).Index().Byte().Block(
		jen.Switch(pick).Block(cases...),
		jen.Return(jen.Id("buf")),
	)
}

// declFuncs prints the functions of a declared type that are not a site's
// function: the generator of a named scalar, and the wrappers that let
// typed and raw code call each other.
func (p *genPrinter) declFuncs(d *decl) []jen.Code {
	var out []jen.Code
	body := d.body
	composite := body.fn != ""
	if d.under != nil && d.under.kind == kindRaw {
		if !composite {
			out = append(out, jen.Func().Id(d.appendFn).Params(appendParams()...).Index().Byte().Block(
				jen.Return(p.raw(body, jen.Id("s"), jen.Id("buf"))),
			))
		}
		if d.usedTyped {
			args := []jen.Code{jen.Id("s"), jen.Id("depth"), jen.Nil()}
			if needsIndex(body) {
				args = append(args, jen.Id("seed"), jen.Id("index"))
			}
			out = append(out, jen.Func().Id(d.gen).Params(indexParams(streamParams(), body)...).Id(d.name).Block(
				jen.Return(jen.Id(d.name).Call(jen.Id(d.appendFn).Call(args...))),
			))
		}
		return out
	}
	if !composite {
		var sv *jen.Statement
		if streamUse(body) != useNone {
			sv = jen.Id("s")
		}
		out = append(out, jen.Func().Id(d.gen).Params(streamParams()...).Id(d.name).Block(
			jen.Return(jen.Id(d.name).Call(p.value(body, sv))),
		))
	}
	if d.usedRaw {
		out = append(out, jen.Func().Id(d.appendFn).Params(appendParams()...).Index().Byte().Block(
			jen.Id("v").Op(":=").Id(d.gen).Call(jen.Id("s"), jen.Id("depth")),
			jen.Return(jen.Id("v").Dot("AppendJSON").Call(jen.Id("buf"))),
		))
	}
	return out
}

// enumSet reports whether an array item is an enum of 2 to 64 distinct
// values drawn by index (ir.SmallDistinctEnum): uniqueness is then a bit
// set over the indices.
func enumSet(c *site) bool {
	if c == nil {
		return false
	}
	e, ok := c.node.(*ir.Enum)
	return ok && ir.SmallDistinctEnum(e)
}

// enumAt is enum site e's value at index k, as value would draw it.
func (p *genPrinter) enumAt(e *site, k jen.Code) jen.Code {
	if e.ref != nil { // a declared enum type: its body's table, converted
		return typeCode(e.typ).Call(p.enumAt(e.ref.body, k))
	}
	if e.raw {
		return rt("RawJSON").Call(jen.Id(e.leaf).Dot("At").Call(k))
	}
	v := jen.Id(e.leaf).Index(k)
	if e.typ != nil && e.typ.name != "" {
		return typeCode(e.typ).Call(v)
	}
	return v
}
