package lower

import (
	"regexp"
	"slices"
	"testing"

	"github.com/synthgen/synthgen/compiler/ir"
)

func TestSafeExtraKeys(t *testing.T) {
	tests := []struct {
		name, schema string
		ok           func(k string) bool // every key must pass; nil: no Extra
	}{
		{"dependentRequired triggers are never generated",
			`{"type": "object", "dependentRequired": {"the": ["foo"], "and": ["bar"]}}`,
			func(k string) bool { return k != "the" && k != "and" }},
		{"propertyNames enum",
			`{"type": "object", "propertyNames": {"enum": ["foo", "bar"]}}`,
			func(k string) bool { return k == "foo" || k == "bar" }},
		{"propertyNames pattern",
			`{"type": "object", "propertyNames": {"pattern": "^a+$"}}`,
			regexp.MustCompile(`^a+$`).MatchString},
		{"patternProperties with additionalProperties false",
			`{"type": "object", "patternProperties": {"^x[0-9]$": {"type": "integer"}}, "additionalProperties": false}`,
			regexp.MustCompile(`^x[0-9]$`).MatchString},
		{"declared properties keep no extra members",
			`{"type": "object", "properties": {"a": true}, "patternProperties": {"^x": true}}`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := lowerText(t, "s.json", tt.schema)
			if err != nil {
				t.Fatal(err)
			}
			o, ok := root.Node.(*ir.Object)
			if !ok {
				t.Fatalf("lowered to %s", dump(root.Node))
			}
			if tt.ok == nil {
				if o.Extra != nil {
					t.Fatalf("got generated members: %s", dump(root.Node))
				}
				return
			}
			if o.Extra == nil || len(o.Extra.Keys) == 0 || o.Extra.Max < 1 || o.Extra.Max > len(o.Extra.Keys) {
				t.Fatalf("want generated members with safe keys, got %s (%+v)", dump(root.Node), o.Extra)
			}
			if len(slices.Compact(slices.Sorted(slices.Values(o.Extra.Keys)))) != len(o.Extra.Keys) {
				t.Errorf("duplicate keys %q", o.Extra.Keys)
			}
			for _, k := range o.Extra.Keys {
				if !tt.ok(k) {
					t.Errorf("unsafe key %q", k)
				}
			}
		})
	}
}
