package emit

import (
	"bytes"
	"encoding/json"

	"github.com/synthgen/synthgen/compiler/ir"
	"github.com/synthgen/synthgen/runtime"
)

// kind is the shape of the Go type a node's values are held in.
type kind uint8

const (
	kindRaw      kind = iota // runtime.RawJSON: the value's JSON, as the plan writes it
	kindBool                 // bool
	kindInt                  // int64
	kindFloat                // float64
	kindString               // string
	kindNamed                // a type declared in the output (struct or named type)
	kindSlice                // []elem
	kindNullable             // runtime.Nullable[elem]
)

// goType is the Go type of a value in the emitted code.
type goType struct {
	kind kind
	elem *goType // kindSlice, kindNullable
	decl *decl   // kindNamed
	// path and name spell a scalar's x-go-type (gonames.go).
	path, name string
}

var (
	rawType    = &goType{kind: kindRaw}
	boolType   = &goType{kind: kindBool}
	intType    = &goType{kind: kindInt}
	floatType  = &goType{kind: kindFloat}
	stringType = &goType{kind: kindString}
)

// typer decides which nodes get a Go type of their own and which are kept
// as RawJSON. Refs in rawRefs are kept as RawJSON to break type cycles.
type typer struct {
	rawRefs map[*ir.Ref]bool
}

// typed reports whether n maps to a Go type other than RawJSON.
func (t *typer) typed(n ir.Node) bool {
	switch n := n.(type) {
	case *ir.Boolean, *ir.Integer, *ir.Number, *ir.String:
		return true
	case *ir.Enum:
		_, ok := stringEnum(n)
		return ok
	case *ir.Object:
		return n.Extra == nil
	case *ir.Array:
		return len(n.Prefix) == 0 && n.Items != nil
	case *ir.Union:
		_, ok := t.nullable(n)
		return ok
	case *ir.Ref:
		return !t.rawRefs[n]
	}
	return false // Any, Null
}

// nullable returns the index of the value branch of a union of null and
// one typed branch: such a union is a runtime.Nullable of that branch's
// type.
func (t *typer) nullable(n *ir.Union) (int, bool) {
	if len(n.Branches) != 2 {
		return 0, false
	}
	for i, b := range n.Branches {
		if _, ok := b.(*ir.Null); !ok {
			continue
		}
		v := n.Branches[1-i]
		if _, ok := v.(*ir.Null); !ok && t.typed(v) {
			return 1 - i, true
		}
	}
	return 0, false
}

// stringEnum returns the decoded values of an enum whose values are all
// JSON strings in canonical form (exactly runtime.AppendJSONString of the
// decoded text): only then can the emitted code hold the string and
// re-encode it to the bytes the plan copies out of Enum.Values.
func stringEnum(n *ir.Enum) ([]string, bool) {
	if len(n.Values) == 0 {
		return nil, false
	}
	out := make([]string, len(n.Values))
	for i, v := range n.Values {
		if len(v) == 0 || v[0] != '"' || json.Unmarshal(v, &out[i]) != nil {
			return nil, false
		}
		if !bytes.Equal(runtime.AppendJSONString(nil, out[i]), v) {
			return nil, false
		}
	}
	return out, true
}

// valueRefs calls f for each Ref that n's Go type holds by value: through
// required struct fields and Nullable, not through slices or the pointers
// of optional fields. A Go type may not hold itself by value.
func (t *typer) valueRefs(n ir.Node, f func(*ir.Ref)) {
	if !t.typed(n) {
		return
	}
	switch n := n.(type) {
	case *ir.Object:
		for _, fl := range n.Fields {
			if fl.Required {
				t.valueRefs(fl.Node, f)
			}
		}
	case *ir.Union:
		i, _ := t.nullable(n)
		t.valueRefs(n.Branches[i], f)
	case *ir.Ref:
		f(n)
	}
}

// breakCycles returns the Refs to keep as RawJSON so that no definition's
// Go type contains itself by value. It walks the definitions in order and
// cuts the Ref that closes each cycle it finds, so the choice is
// predictable: in A → B → A, B's use of A becomes RawJSON.
func breakCycles(root *ir.Root) map[*ir.Ref]bool {
	t := &typer{rawRefs: map[*ir.Ref]bool{}}
	for {
		back := t.firstBackEdge(root.Defs)
		if back == nil {
			return t.rawRefs
		}
		t.rawRefs[back] = true
	}
}

func (t *typer) firstBackEdge(defs []*ir.Def) *ir.Ref {
	const (
		unseen = iota
		onStack
		done
	)
	state := map[*ir.Def]int{}
	var back *ir.Ref
	var visit func(d *ir.Def)
	visit = func(d *ir.Def) {
		state[d] = onStack
		t.valueRefs(d.Node, func(r *ir.Ref) {
			if back != nil {
				return
			}
			switch state[r.Def] {
			case onStack:
				back = r
			case unseen:
				visit(r.Def)
			}
		})
		state[d] = done
	}
	for _, d := range defs {
		if back == nil && state[d] == unseen {
			visit(d)
		}
	}
	return back
}
