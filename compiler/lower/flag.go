package lower

import (
	"strconv"

	"github.com/synthgen/synthgen/compiler/ir"
	"github.com/synthgen/synthgen/compiler/semantic"
)

// flag gives a boolean whose name reads as a usually-on or usually-off
// flag (is_active, is_deleted) its rate; other booleans stay fair.
func (l *lowerer) flag(n *ir.Boolean) *ir.Boolean {
	if l.opts.Plain {
		return n
	}
	name, _ := fieldContext(n.Pointer, l.root.Name)
	if pct, why, ok := semantic.DetectFlag(name); ok {
		n.TruePct = pct
		n.Notes = append(n.Notes, "semantic: flag, true "+strconv.Itoa(int(pct))+"% ("+why+")")
	}
	return n
}
