package lower

import (
	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/synthgen/synthgen/compiler/diag"
	"github.com/synthgen/synthgen/compiler/ir"
	"github.com/synthgen/synthgen/runtime"
)

// str lowers a string: lengths in code points, pattern, format; the
// runtime's generator checks that they can be met together.
func (l *lowerer) str(s *jsonschema.Schema, m ir.Meta, raw map[string]any) (ir.Node, error) {
	n := &ir.String{Meta: m, MaxLen: -1}
	if s.MinLength != nil {
		n.MinLen = *s.MinLength
	}
	if s.MaxLength != nil {
		n.MaxLen = *s.MaxLength
		if n.MinLen > n.MaxLen {
			return nil, l.errf(diag.KindUnsatisfiable, s, "minLength", "minLength %d > maxLength %d", n.MinLen, n.MaxLen)
		}
	}
	g := runtime.Str{MinLen: n.MinLen, MaxLen: n.MaxLen}
	if s.Pattern != nil {
		n.Pattern = s.Pattern.String()
		if p, ok := raw["pattern"].(string); ok {
			n.Pattern = p
		}
		re, err := runtime.CompileRegex(n.Pattern)
		if err != nil {
			return nil, l.errf(diag.KindUnsupported, s, "pattern", "%v", err)
		}
		g.Regex = re
	}
	if pats := l.patterns[s]; len(pats) > 1 {
		n.Pattern = pats[0]
		re, err := runtime.CompileRegex(n.Pattern)
		if err != nil {
			return nil, l.errf(diag.KindUnsupported, s, "pattern", "%v", err)
		}
		g.Regex = re
		for _, p := range pats[1:] {
			re, err := runtime.CompileRegex(p)
			if err != nil {
				return nil, l.errf(diag.KindUnsupported, s, "pattern", "%v", err)
			}
			n.Patterns = append(n.Patterns, p)
			g.Also = append(g.Also, re)
		}
	}
	if name, ok := raw["format"].(string); ok {
		// The runtime generates every format of the drafts and every one
		// the validator library asserts; any other is only noted.
		if f, ok := runtime.ParseFormat(name); ok {
			n.Format = f
			g.Format = f
		} else {
			n.Notes = append(n.Notes, "unknown format "+name+": generating a plain string")
		}
	} else if s.Format != nil {
		// A format the library knows, in a document we hold no text of.
		if f, ok := runtime.ParseFormat(s.Format.Name); ok {
			n.Format, g.Format = f, f
		} else {
			return nil, l.errf(diag.KindUnsupported, s, "format", "format %q is not generated yet", s.Format.Name)
		}
	}
	if err := g.Check(); err != nil {
		kw := "maxLength"
		switch {
		case n.Format != runtime.FormatNone:
			kw = "format"
		case n.Pattern != "":
			kw = "pattern"
		case s.MaxLength == nil:
			kw = "minLength"
		}
		return nil, l.errf(diag.KindUnsupported, s, kw, "%v", err)
	}
	l.semanticString(n, g, raw)
	return n, nil
}
