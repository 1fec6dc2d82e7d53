package lower

import (
	"github.com/synthgen/synthgen/compiler/diag"
	"github.com/synthgen/synthgen/compiler/ir"
)

// terminate proves that the root has a finite instance, and makes every
// generator able to stop once the depth budget is spent: a node terminates
// if it can produce a finite value taking no optional fields, MinItems
// items and its union's Shallow branch. Definitions are solved as a least
// fixpoint; options that can never finish are pruned, unions get their
// Shallow branch, and Root.Defs keeps the definitions still reached.
func (l *lowerer) terminate() error {
	t := terminator{rank: map[*ir.Def]int{}}
	for changed := true; changed; {
		changed = false
		for _, d := range l.root.Defs {
			if _, done := t.rank[d]; done {
				continue
			}
			if r, ok := t.node(d.Node); ok {
				t.rank[d], changed = r+1, true
			}
		}
	}
	if _, ok := t.node(l.root.Node); !ok {
		file, ptr := l.set.Where(l.set.Root)
		return diag.New(diag.KindUnsatisfiable, file, ptr, "$ref", "recursive schema has no finite instance")
	}
	var reached []*ir.Def
	seen := map[*ir.Def]bool{}
	var visit func(ir.Node)
	visit = func(n ir.Node) {
		ir.Walk(n, func(n ir.Node) bool {
			t.prune(n)
			if ref, ok := n.(*ir.Ref); ok && !seen[ref.Def] {
				seen[ref.Def] = true
				reached = append(reached, ref.Def)
				visit(ref.Def.Node)
			}
			return true
		})
	}
	visit(l.root.Node)
	l.root.Defs = reached
	return nil
}

// terminator ranks definitions: a definition's rank exceeds the ranks of
// every definition that its shallowest instance uses, so always taking the
// lowest-ranked union branch (Shallow) reaches the leaves.
type terminator struct{ rank map[*ir.Def]int }

// node returns the rank of n's shallowest instance, and whether it has
// one.
func (t *terminator) node(n ir.Node) (int, bool) {
	rank := 0
	need := func(n ir.Node) bool {
		r, ok := t.node(n)
		rank = max(rank, r)
		return ok
	}
	switch n := n.(type) {
	case *ir.Object:
		for _, f := range n.Fields {
			if f.Required && !need(f.Node) {
				return 0, false
			}
		}
		if n.Extra != nil && n.Extra.Min > 0 && !need(n.Extra.Value) {
			return 0, false
		}
	case *ir.Array:
		for i := 0; i < n.MinItems && i < len(n.Prefix); i++ {
			if !need(n.Prefix[i]) {
				return 0, false
			}
		}
		if n.MinItems > len(n.Prefix) && (n.Items == nil || !need(n.Items)) {
			return 0, false
		}
	case *ir.Union:
		i, r := t.shallow(n)
		return r, i >= 0
	case *ir.Ref:
		r, ok := t.rank[n.Def]
		return r, ok
	}
	return rank, true
}

// shallow returns the index and rank of u's lowest-ranked branch, or -1.
func (t *terminator) shallow(u *ir.Union) (int, int) {
	best, bestRank := -1, 0
	for i, b := range u.Branches {
		if r, ok := t.node(b); ok && (best < 0 || r < bestRank) {
			best, bestRank = i, r
		}
	}
	return best, bestRank
}

func (t *terminator) ends(n ir.Node) bool {
	_, ok := t.node(n)
	return ok
}

// prune removes from a terminating node the options that cannot finish,
// and points a union's Shallow at its lowest-ranked branch.
func (t *terminator) prune(n ir.Node) {
	switch n := n.(type) {
	case *ir.Object:
		kept := n.Fields[:0]
		for _, f := range n.Fields {
			if f.Required || t.ends(f.Node) {
				kept = append(kept, f)
			} else {
				n.Notes = append(n.Notes, "optional property "+f.Name+" dropped: it has no finite instance")
			}
		}
		n.Fields = kept
		if n.Extra != nil && n.Extra.Min == 0 && !t.ends(n.Extra.Value) {
			n.Extra = nil
		}
	case *ir.Array:
		for i := n.MinItems; i < len(n.Prefix); i++ {
			if !t.ends(n.Prefix[i]) {
				n.Prefix, n.Items = n.Prefix[:i], nil
				break
			}
		}
		if n.Items != nil && n.MinItems <= len(n.Prefix) && !t.ends(n.Items) {
			n.Items = nil
		}
		if n.Items == nil && (n.MaxItems < 0 || n.MaxItems > len(n.Prefix)) {
			n.MaxItems = len(n.Prefix)
		}
	case *ir.Union:
		kept := n.Branches[:0]
		for _, b := range n.Branches {
			if t.ends(b) {
				kept = append(kept, b)
			}
		}
		n.Branches = kept
		i, _ := t.shallow(n)
		n.Shallow = max(i, 0)
	}
}
