package cli

import (
	"github.com/synthgen/synthgen/compiler/ir"
	"github.com/synthgen/synthgen/compiler/plan"
)

// goNotes are explain's lines on a node's compile-mode keywords
// (docs/GO.md): what the Go code does with them, and whether this synthgen
// draws the values as the compiled code does.
func goNotes(m *ir.Meta, providers plan.Providers) []string {
	var out []string
	if m.GoName != "" {
		out = append(out, "x-go-name "+m.GoName+": the Go field or type name in compiled code")
	}
	if m.GoType != "" {
		out = append(out, "x-go-type "+m.GoType+": the Go type of the values in compiled code")
	}
	if g := m.GoGenerator; g != "" {
		if _, ok := providers[g]; ok {
			out = append(out, "x-go-generator "+g+": drawn by that function (registered with this synthgen)")
		} else {
			out = append(out, "x-go-generator "+g+": compiled code calls that function; this synthgen has no provider for it, so it generates the schema's own values (build one with cli.WithProvider)")
		}
	}
	return out
}
