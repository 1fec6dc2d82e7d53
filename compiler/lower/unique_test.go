package lower

import (
	"testing"

	"github.com/synthgen/synthgen/compiler/ir"
	"github.com/synthgen/synthgen/runtime"
)

// TestUniqueSitesNameTheirPathAndSpan: each x-unique value is keyed by its
// property path (a root property by its bare name, as before nesting was
// allowed) and spans the product of maxItems of the arrays around it;
// those arrays pass item indexes down.
func TestUniqueSitesNameTheirPathAndSpan(t *testing.T) {
	r, err := lowerText(t, "s.json", `{"type": "object", "properties": {
	  "id": {"type": "integer", "minimum": 0, "maximum": 999999, "x-unique": true},
	  "c": {"type": "object", "properties": {"ref": {"type": ["string", "null"], "format": "uuid", "x-unique": true}}},
	  "a": {"type": "array", "maxItems": 4, "items": {"type": "object", "properties": {
	    "b": {"type": "array", "maxItems": 5, "items": {"type": "string", "pattern": "^X[0-9]{6}$", "x-unique": true}}}}},
	  "plain": {"type": "array", "items": {"type": "integer"}}}}`)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]ir.UniqueSite{}
	arrays := map[string]bool{}
	ir.Walk(r.Node, func(n ir.Node) bool {
		switch n := n.(type) {
		case *ir.Integer:
			if n.Unique {
				got[n.Pointer] = n.UniqueSite
			}
		case *ir.String:
			if n.Unique {
				got[n.Pointer] = n.UniqueSite
			}
		case *ir.Array:
			arrays[n.Pointer] = n.IndexItems
		}
		return true
	})
	want := map[string]ir.UniqueSite{
		"s.json#/properties/id":                         {UniqueID: runtime.FieldID("id"), Span: 1},
		"s.json#/properties/c/properties/ref":           {UniqueID: runtime.FieldID("c/ref"), Span: 1},
		"s.json#/properties/a/items/properties/b/items": {UniqueID: runtime.FieldID("a/*/b/*"), Span: 20},
	}
	for p, w := range want {
		if got[p] != w {
			t.Errorf("%s: %+v, want %+v (all: %+v)", p, got[p], w, got)
		}
	}
	if !arrays["s.json#/properties/a"] || !arrays["s.json#/properties/a/items/properties/b"] || arrays["s.json#/properties/plain"] {
		t.Errorf("IndexItems on arrays: %v", arrays)
	}
}
