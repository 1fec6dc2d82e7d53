package lower

import (
	"testing"

	"github.com/synthgen/synthgen/compiler/ir"
)

func TestCombinatorsLowerToOneNodeOrAUnion(t *testing.T) {
	tests := []struct{ name, schema, want string }{
		{"allOf intersects types and bounds, multipleOf by lcm",
			`{"allOf": [{"type": "number", "minimum": 1, "multipleOf": 2}, {"type": "integer", "maximum": 13, "multipleOf": 3}]}`, "int[1..2*6]"},
		{"anyOf takes its siblings into each branch, dropping the impossible one",
			`{"type": "integer", "minimum": 5, "anyOf": [{"maximum": 3}, {"maximum": 8}]}`, "int[5..8*1]"},
		{"oneOf branches are narrowed to exclude each other",
			`{"oneOf": [{"type": "integer", "minimum": 0, "maximum": 9}, {"type": "integer", "minimum": 5, "maximum": 20}]}`, "union0(int[0..4*1] | int[10..20*1])"},
		{"not of a type leaves the other types",
			`{"type": ["integer", "null"], "not": {"type": "null"}}`, "int[0..1000*1]"},
		{"not of a const splits the range",
			`{"type": "integer", "minimum": 1, "maximum": 3, "not": {"const": 2}}`, "union0(int[1..1*1] | int[3..3*1])"},
		{"if/then/else is the union of if-and-then and not-if-and-else",
			`{"type": "integer", "minimum": 0, "maximum": 10, "if": {"maximum": 4}, "then": {"multipleOf": 2}, "else": {"minimum": 8}}`, "union0(int[0..2*2] | int[8..10*1])"},
		{"an enum is filtered by the whole conjunction",
			`{"enum": [1, 2, 3, "a"], "allOf": [{"type": "integer"}], "not": {"const": 2}}`, "enum[1,3]"},
		{"not of string values keeps the other lengths",
			`{"type": "string", "maxLength": 4, "not": {"enum": ["", "n/a"]}}`, "union0(str[1..2] | str[4..4])"},
		{"several patterns are kept",
			`{"type": "string", "pattern": "^[a-z]{3,8}$", "allOf": [{"pattern": "[aeiou]"}]}`, "str[0..-1 /^[a-z]{3,8}$/ and /[aeiou]/]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := lowerText(t, "s.json", tt.schema)
			if err != nil {
				t.Fatal(err)
			}
			if got := dump(root.Node); got != tt.want {
				t.Errorf("lowered to\n  %s\nwant\n  %s", got, tt.want)
			}
		})
	}
}

// A tagged union (oneOf told apart by a const property) is proved
// exclusive without negating its branches: one branch each, no expansion.
func TestTaggedOneOfStaysFlat(t *testing.T) {
	root, err := lowerText(t, "s.json", `{"oneOf": [
		{"$ref": "#/$defs/a"}, {"$ref": "#/$defs/b"}, {"$ref": "#/$defs/c"}, {"$ref": "#/$defs/d"},
		{"$ref": "#/$defs/e"}, {"$ref": "#/$defs/f"}, {"$ref": "#/$defs/g"}, {"$ref": "#/$defs/h"}],
		"$defs": {
			"a": {"type": "object", "properties": {"kind": {"const": "a"}, "x": {"type": "integer"}}, "required": ["kind"]},
			"b": {"type": "object", "properties": {"kind": {"const": "b"}}, "required": ["kind"]},
			"c": {"type": "object", "properties": {"kind": {"const": "c"}}, "required": ["kind"]},
			"d": {"type": "object", "properties": {"kind": {"const": "d"}}, "required": ["kind"]},
			"e": {"type": "object", "properties": {"kind": {"const": "e"}}, "required": ["kind"]},
			"f": {"type": "object", "properties": {"kind": {"const": "f"}}, "required": ["kind"]},
			"g": {"type": "object", "properties": {"kind": {"const": "g"}}, "required": ["kind"]},
			"h": {"type": "object", "properties": {"kind": {"const": "h"}}, "required": ["kind"]}}}`)
	if err != nil {
		t.Fatal(err)
	}
	u, ok := root.Node.(*ir.Union)
	if !ok || len(u.Branches) != 8 {
		t.Fatalf("lowered to %s, want a union of 8 objects", dump(root.Node))
	}
	for _, b := range u.Branches {
		if _, ok := b.(*ir.Object); !ok {
			t.Errorf("branch %s, want an object", dump(b))
		}
	}
}
