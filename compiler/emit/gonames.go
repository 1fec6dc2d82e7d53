package emit

import (
	"go/token"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/synthgen/synthgen/compiler/ir"
)

// The x-go-name and x-go-type keywords (carried in ir.Meta):
//
//	x-go-name  on a property: its struct field's name; on a root or a
//	           definition: its type's name. Must be an exported Go
//	           identifier; it is claimed in its scope like any other name,
//	           so a clash still gets a numeric suffix.
//	x-go-type  on a string, integer, number or boolean schema: the Go type
//	           of its values, "import/path.Name" or a Name declared in the
//	           output package. The type's underlying type must be string,
//	           int64, float64 or bool respectively: the generated code
//	           converts to it and from it (uuid.UUID-style array types
//	           cannot be converted; use a string-based type).

// goNameOr returns m's x-go-name when it is an exported identifier, else
// fallback.
func goNameOr(m *ir.Meta, fallback string) string {
	if n := m.GoName; token.IsIdentifier(n) && token.IsExported(n) {
		return n
	}
	return fallback
}

// userType returns basic with the Go type of n's x-go-type, or basic when
// it has none.
func (b *builder) userType(n ir.Node, basic *goType) *goType {
	gt := n.Info().GoType
	if gt == "" {
		return basic
	}
	path, name := "", gt
	if i := strings.LastIndex(gt, "."); i >= 0 {
		path, name = gt[:i], gt[i+1:]
	}
	if !token.IsIdentifier(name) || !token.IsExported(name) || strings.ContainsAny(path, " \t\"\\") {
		b.fail(n, "x-go-type", "x-go-type "+gt+` is not "import/path.TypeName" with an exported TypeName`)
		return basic
	}
	return &goType{kind: basic.kind, path: path, name: name}
}

// userTypeCode spells a user type.
func userTypeCode(t *goType) *jen.Statement {
	if t.path == "" {
		return jen.Id(t.name)
	}
	return jen.Qual(t.path, t.name)
}

// basicOf is the built-in type a user type converts to and from.
func basicOf(t *goType) *goType {
	switch t.kind {
	case kindBool:
		return boolType
	case kindInt:
		return intType
	case kindFloat:
		return floatType
	}
	return stringType
}

// rootMeta is the metadata naming a root's type: the root's own, or, for
// a root that is a $ref, its definition's when the root has no x-go-name.
func rootMeta(root *ir.Root) *ir.Meta {
	m := root.Node.Info()
	if ref, ok := root.Node.(*ir.Ref); ok && m.GoName == "" {
		return ref.Def.Node.Info()
	}
	return m
}
