package semantic

import (
	"fmt"

	"github.com/synthgen/synthgen/runtime"
)

// Choice is the outcome of choosing a field's kind.
type Choice struct {
	// Kind is the kind chosen, KindNone when every candidate was
	// rejected (the constraint-driven generator then runs).
	Kind runtime.Kind
	// Notes explain the choice for `synthgen explain`: the rule that
	// matched, each candidate rejected and why, and a warning when a
	// test-safe kind lost to the schema's constraints.
	Notes []string
}

// minDistinct is how many distinct values, of 256 samples, a kind must
// show to be used for array items.
const minDistinct = 128

// Choose tries the candidates on g (the field's constraint-driven
// generator, whose lengths, format and pattern the values must meet) and
// keeps the first whose sampled values all fit. forced is an x-generator
// kind, tried alone.
//
// Array items (item true) also need varied values, since uniqueItems may
// demand that they differ: a kind with fewer than minDistinct distinct
// values among its samples is rejected for them.
func Choose(m Match, g runtime.Str, forced runtime.Kind, item bool) Choice {
	var c Choice
	kinds := m.Kinds
	if forced != runtime.KindNone {
		kinds = []runtime.Kind{forced}
		c.Notes = append(c.Notes, "semantic: x-generator "+forced.String())
	}
	for _, k := range kinds {
		try := g
		try.Semantic = k
		err := try.CheckSemantic()
		if err == nil && item {
			if n := try.Distinct(); n < minDistinct {
				err = fmt.Errorf("only %d distinct values in %d samples, too few for array items", n, 256)
			}
		}
		if err == nil {
			c.Kind = k
			note := "semantic: kind " + k.String()
			if m.Why != "" && forced == runtime.KindNone {
				note += " (" + m.Why + ")"
			}
			c.Notes = append(c.Notes, note)
			return c
		}
		c.Notes = append(c.Notes, fmt.Sprintf("semantic: rejected %s: %v", k, err))
		if safe := k.Safe(); safe != "" {
			c.Notes = append(c.Notes, "warning: the schema's constraints rule out the test-safe "+k.String()+
				" ("+safe+"); values come from the constraints and may fall outside reserved ranges")
		}
	}
	if len(kinds) > 0 {
		c.Notes = append(c.Notes, "semantic: no candidate fits; constraints win")
	}
	return c
}
