package lower

import (
	"fmt"
	"strings"

	"github.com/synthgen/synthgen/compiler/ir"
)

// dump renders an IR node compactly, for tables of expected lowerings.
// Refs print their definition's name only, so recursion stays finite.
func dump(n ir.Node) string {
	var b strings.Builder
	dumpTo(&b, n)
	return b.String()
}

func dumpTo(b *strings.Builder, n ir.Node) {
	switch n := n.(type) {
	case nil:
		b.WriteString("<nil>")
	case *ir.Any:
		b.WriteString("any")
	case *ir.Null:
		b.WriteString("null")
	case *ir.Boolean:
		b.WriteString("bool")
	case *ir.Integer:
		fmt.Fprintf(b, "int[%d..%d*%d]", n.KLo, n.KHi, n.Step)
	case *ir.Number:
		fmt.Fprintf(b, "num[%d..%d*%d/%d]", n.KLo, n.KHi, n.Step, n.Scale)
	case *ir.String:
		fmt.Fprintf(b, "str[%d..%d", n.MinLen, n.MaxLen)
		if n.Format != 0 {
			fmt.Fprintf(b, " %s", n.Format)
		}
		if n.Pattern != "" {
			fmt.Fprintf(b, " /%s/", n.Pattern)
		}
		for _, p := range n.Patterns {
			fmt.Fprintf(b, " and /%s/", p)
		}
		b.WriteString("]")
	case *ir.Enum:
		b.WriteString("enum[")
		for i, v := range n.Values {
			if i > 0 {
				b.WriteString(",")
			}
			b.Write(v)
		}
		b.WriteString("]")
	case *ir.Object:
		b.WriteString("{")
		for i, f := range n.Fields {
			if i > 0 {
				b.WriteString(" ")
			}
			b.WriteString(f.Name)
			if !f.Required {
				b.WriteString("?")
			}
			b.WriteString(":")
			dumpTo(b, f.Node)
		}
		if n.Extra != nil {
			fmt.Fprintf(b, "...%d..%d:", n.Extra.Min, n.Extra.Max)
			dumpTo(b, n.Extra.Value)
		}
		b.WriteString("}")
	case *ir.Array:
		fmt.Fprintf(b, "arr%d..%d", n.MinItems, n.MaxItems)
		if n.Unique {
			b.WriteString("u")
		}
		b.WriteString("(")
		for _, p := range n.Prefix {
			dumpTo(b, p)
			b.WriteString(", ")
		}
		if n.Items != nil {
			dumpTo(b, n.Items)
			b.WriteString("...")
		}
		b.WriteString(")")
	case *ir.Union:
		fmt.Fprintf(b, "union%d(", n.Shallow)
		for i, br := range n.Branches {
			if i > 0 {
				b.WriteString(" | ")
			}
			dumpTo(b, br)
		}
		b.WriteString(")")
	case *ir.Ref:
		fmt.Fprintf(b, "ref(%s)", n.Def.Name)
	default:
		fmt.Fprintf(b, "%T", n)
	}
}
