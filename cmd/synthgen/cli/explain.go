package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/synthgen/synthgen/compiler"
	"github.com/synthgen/synthgen/compiler/ir"
	"github.com/synthgen/synthgen/compiler/plan"
	"github.com/synthgen/synthgen/compiler/semantic"
)

func newExplainCmd(e *env) *cobra.Command {
	var lf loadFlags
	cmd := &cobra.Command{
		Use:   "explain SCHEMA|NAME",
		Short: "Show how each field will be generated, and why",
		Args:  args(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, a []string) error {
			opts, err := lf.options()
			if err != nil {
				return err
			}
			root, err := compiler.Load(a[0], opts)
			if err != nil {
				return err
			}
			x := &explainer{w: e.stdout, seen: map[*ir.Def]bool{}, providers: e.providers}
			fmt.Fprintf(e.stdout, "%s (%s, draft %s)\n", root.Name, root.File, draftName(root.Draft))
			x.node("", root.Node, 1)
			return nil
		},
	}
	lf.register(cmd.Flags())
	return cmd
}

func draftName(d int) string {
	switch d {
	case 4, 6, 7:
		return fmt.Sprint(d)
	case 2019:
		return "2019-09"
	case 2020:
		return "2020-12"
	}
	return fmt.Sprint(d)
}

type explainer struct {
	w         io.Writer
	seen      map[*ir.Def]bool
	providers plan.Providers // registered x-go-generator functions
}

// node prints one line for n (labelled) and then its children, indented.
func (x *explainer) node(label string, n ir.Node, depth int) {
	ind := strings.Repeat("  ", depth)
	m := n.Info()
	desc, children := describe(n)
	if label != "" {
		label += ": "
	}
	fmt.Fprintf(x.w, "%s%s%s  [%s]\n", ind, label, desc, m.Pointer)
	for _, note := range m.Notes {
		fmt.Fprintf(x.w, "%s  note: %s\n", ind, note)
	}
	for _, note := range goNotes(m, x.providers) {
		fmt.Fprintf(x.w, "%s  go: %s\n", ind, note)
	}
	if ref, ok := n.(*ir.Ref); ok {
		if x.seen[ref.Def] {
			return
		}
		x.seen[ref.Def] = true
		x.node("", ref.Def.Node, depth+1)
		return
	}
	for _, c := range children {
		x.node(c.label, c.node, depth+1)
	}
}

type child struct {
	label string
	node  ir.Node
}

func describe(n ir.Node) (string, []child) {
	switch n := n.(type) {
	case *ir.Any:
		return "any value: a small scalar of a random type", nil
	case *ir.Null:
		return "null", nil
	case *ir.Boolean:
		if n.TruePct != 0 {
			return fmt.Sprintf("boolean: true %d%% of the time", n.TruePct), nil
		}
		return "boolean: true or false, evenly", nil
	case *ir.Integer:
		if n.Dist != nil {
			return fmt.Sprintf("integer: %s, step %d", semantic.DescribeDist(*n.Dist), n.Step), nil
		}
		return fmt.Sprintf("integer: uniform in [%d, %d] step %d", n.KLo*n.Step, n.KHi*n.Step, n.Step), nil
	case *ir.Number:
		if n.Dist != nil {
			return fmt.Sprintf("number: %s, step %s", semantic.DescribeDist(*n.Dist), decimal(n.Step, n.Scale)), nil
		}
		return fmt.Sprintf("number: uniform in [%s, %s] step %s", decimal(n.KLo*n.Step, n.Scale), decimal(n.KHi*n.Step, n.Scale), decimal(n.Step, n.Scale)), nil
	case *ir.String:
		return describeString(n), nil
	case *ir.Enum:
		vals := make([]string, len(n.Values))
		for i, v := range n.Values {
			vals[i] = string(v)
		}
		if len(vals) == 1 {
			return "const " + vals[0], nil
		}
		return "enum, uniform over " + strings.Join(vals, " | "), nil
	case *ir.Object:
		var cs []child
		for _, f := range n.Fields {
			label := f.Name
			if f.Required {
				label += " (required)"
			} else {
				label += " (optional: present in 3 of 4 records)"
			}
			cs = append(cs, child{label, f.Node})
		}
		d := "object " + n.Name
		if n.Extra != nil {
			d += fmt.Sprintf(", %d to %d generated members", n.Extra.Min, n.Extra.Max)
			if n.Extra.Keys != nil {
				d += fmt.Sprintf(" named from %d allowed names", len(n.Extra.Keys))
			}
			cs = append(cs, child{"(each member)", n.Extra.Value})
		}
		return d, cs
	case *ir.Array:
		var cs []child
		for i, p := range n.Prefix {
			cs = append(cs, child{fmt.Sprintf("[%d]", i), p})
		}
		if n.Items != nil {
			cs = append(cs, child{"[items]", n.Items})
		}
		max := "min+3"
		if n.MaxItems >= 0 {
			max = fmt.Sprint(n.MaxItems)
		}
		d := fmt.Sprintf("array of %d to %s items", n.MinItems, max)
		if n.Unique {
			d += ", unique"
		}
		return d, cs
	case *ir.Union:
		var cs []child
		for i, b := range n.Branches {
			cs = append(cs, child{fmt.Sprintf("branch %d", i+1), b})
		}
		return fmt.Sprintf("one of %d branches, uniform", len(n.Branches)), cs
	case *ir.Ref:
		return "reference to " + n.Def.Name, nil
	}
	return fmt.Sprintf("%T", n), nil
}

func describeString(n *ir.String) string {
	var parts []string
	switch {
	case n.Semantic != 0:
		parts = append(parts, "kind "+n.Semantic.String()+" ("+n.Locale.String()+")")
		if n.Format != 0 {
			parts = append(parts, "format "+n.Format.String())
		}
		if n.Pattern != "" {
			parts = append(parts, "matching pattern "+n.Pattern)
		}
	case n.Pattern != "":
		parts = append(parts, "matching pattern "+n.Pattern)
	case n.Format != 0:
		parts = append(parts, "format "+n.Format.String())
	default:
		parts = append(parts, "words")
	}
	if n.MinLen > 0 || n.MaxLen >= 0 {
		max := "any"
		if n.MaxLen >= 0 {
			max = fmt.Sprint(n.MaxLen)
		}
		parts = append(parts, fmt.Sprintf("%d..%s code points", n.MinLen, max))
	}
	return "string: " + strings.Join(parts, ", ")
}

// decimal prints v / 10^scale exactly.
func decimal(v int64, scale uint8) string {
	neg := v < 0
	if neg {
		v = -v
	}
	s := fmt.Sprint(v)
	if scale > 0 {
		for len(s) <= int(scale) {
			s = "0" + s
		}
		s = strings.TrimRight(s[:len(s)-int(scale)]+"."+s[len(s)-int(scale):], "0")
		s = strings.TrimSuffix(s, ".")
	}
	if neg {
		s = "-" + s
	}
	return s
}
