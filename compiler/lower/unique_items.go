package lower

import (
	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/synthgen/synthgen/compiler/diag"
	"github.com/synthgen/synthgen/compiler/ir"
	"github.com/synthgen/synthgen/runtime"
)

// widenSuffix is appended, optionally, to a pattern that is not anchored at
// its end when its own strings are too few for a uniqueItems array: every
// string of "(?:P)(?:suffix)?" is a string P's search matches, since the
// pattern matches anywhere in a value.
const widenSuffix = "(?:[a-z0-9]{1,8})?"

// enoughStrings makes sure an array of unique string items can reach
// minItems distinct values. The generator of a pattern draws from the
// pattern's own language (`^a` gives "a"), which may hold fewer strings
// than the schema allows: without this check such an array ended early,
// below minItems, and the record was invalid. The count is sampled from the
// item generator itself, so it covers formats, semantic kinds and allOf
// patterns alike.
func (l *lowerer) enoughStrings(s *jsonschema.Schema, a *ir.Array, n *ir.String) error {
	need := a.MinItems
	if need < 2 || n.Unique {
		return nil
	}
	have := distinctStrings(n, need)
	if have >= need {
		return nil
	}
	if n.Pattern != "" && n.Format == runtime.FormatNone && n.Semantic == runtime.KindNone {
		re := runtime.MustCompileRegex(n.Pattern)
		if size, ok := re.UniqueSize(); ok && size != 0 && size < uint64(need) {
			noun := "strings"
			if size == 1 {
				noun = "string"
			}
			return l.errf(diag.KindUnsatisfiable, s, "uniqueItems",
				"uniqueItems with minItems %d, but the items' pattern %s has only %d %s", need, n.Pattern, size, noun)
		}
		wide := *n
		wide.Pattern = "(?:" + n.Pattern + ")" + widenSuffix
		if _, err := runtime.CompileRegex(wide.Pattern); err == nil && distinctStrings(&wide, need) >= need {
			n.Pattern = wide.Pattern
			n.Notes = append(n.Notes, "pattern widened with an optional suffix: its own strings are too few for uniqueItems with minItems")
			return nil
		}
	}
	return l.errf(diag.KindUnsupported, s, "uniqueItems",
		"uniqueItems with minItems %d, but the item generator reaches only %d distinct strings", need, have)
}

// distinctStrings counts the distinct values among up to 64 draws per
// value wanted from n's generator, stopping at want.
func distinctStrings(n *ir.String, want int) int { return len(sampleStrings(n, want)) }

// sampleStrings returns the distinct values among up to 64 draws per value
// wanted from n's generator, stopping at want of them.
func sampleStrings(n *ir.String, want int) []string {
	g := runtime.Str{MinLen: n.MinLen, MaxLen: n.MaxLen, Format: n.Format,
		Semantic: n.Semantic, Locale: n.Locale, Now: n.Now}
	if n.Pattern != "" {
		g.Regex = runtime.MustCompileRegex(n.Pattern)
	}
	for _, p := range n.Patterns {
		g.Also = append(g.Also, runtime.MustCompileRegex(p))
	}
	seen := map[string]bool{}
	var vals []string
	var buf []byte
	for i := 0; i < 64*want && len(vals) < want; i++ {
		st := runtime.RecordStream(0x5eed, 0, uint64(i))
		buf = g.Append(&st, buf[:0])
		if !seen[string(buf)] {
			seen[string(buf)] = true
			vals = append(vals, string(buf))
		}
	}
	return vals
}
