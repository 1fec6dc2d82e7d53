package emit

import (
	"go/token"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/synthgen/synthgen/compiler/ir"
)

// x-go-generator: "import/path.Func" on a string, integer, number or
// boolean schema makes the generated code call Func with the property's
// stream instead of drawing from the schema:
//
//	func(s *runtime.Stream) string   // string
//	func(s *runtime.Stream) int64    // integer
//	func(s *runtime.Stream) float64  // number
//	func(s *runtime.Stream) bool     // boolean
//
// The in-process generator calls the same function when it is registered
// (plan.NewWithProviders, cli.WithProvider), so both write the same bytes.
// The function is responsible for returning values the schema allows.

// providerOf returns the function call of a scalar site with an
// x-go-generator, or nil.
func providerOf(n ir.Node) *jen.Statement {
	switch n.(type) {
	case *ir.String, *ir.Integer, *ir.Number, *ir.Boolean:
	default:
		return nil
	}
	name := n.Info().GoGenerator
	i := strings.LastIndex(name, ".")
	if i <= 0 || !token.IsIdentifier(name[i+1:]) || !token.IsExported(name[i+1:]) {
		return nil
	}
	return jen.Qual(name[:i], name[i+1:])
}

// checkProvider fails on an x-go-generator that names no function.
func (b *builder) checkProvider(n ir.Node) {
	if name := n.Info().GoGenerator; name != "" && providerOf(n) == nil {
		switch n.(type) {
		case *ir.String, *ir.Integer, *ir.Number, *ir.Boolean:
			b.fail(n, "x-go-generator", "x-go-generator "+name+` is not "import/path.Func" with an exported Func`)
		}
	}
}

// providedValue is the Go value of a site drawn by its provider.
func providedValue(s *site, sv *jen.Statement) jen.Code {
	if fn := providerOf(s.node); fn != nil {
		return fn.Call(jen.Op("&").Add(sv.Clone()))
	}
	return nil
}

// providedRaw appends the JSON of a site drawn by its provider to buf.
func providedRaw(s *site, sv *jen.Statement, buf jen.Code) jen.Code {
	v := providedValue(s, sv)
	if v == nil {
		return nil
	}
	switch s.node.(type) {
	case *ir.String:
		return rt("AppendJSONString").Call(buf, v)
	case *ir.Integer:
		return rt("AppendInt").Call(buf, v)
	case *ir.Number:
		return rt("AppendNumber").Call(buf, v)
	}
	return rt("AppendBool").Call(buf, v)
}
