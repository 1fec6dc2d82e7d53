package lower

import (
	"strings"
	"testing"
)

func TestNotOfItemsAndUnevaluated(t *testing.T) {
	tests := []struct{ name, schema, want string }{
		{"not of prefixItems makes that item fail",
			`{"type": "array", "maxItems": 2, "prefixItems": [{"const": 1}], "not": {"prefixItems": [true, {"type": "integer"}]}}`, "arr2..2(enum[1], union0(null | bool | str[0..-1] | arr0..-1(any...) | {...0..3:any}), any...)"},
		{"not of unevaluatedProperties adds a member nothing evaluates",
			`{"type": "object", "not": {"anyOf": [true, {"properties": {"foo": true}}], "unevaluatedProperties": false}}`, "{extra:any}"},
		{"a member no pattern covers",
			`{"type": "object", "maxProperties": 1, "not": {"patternProperties": {"^e": true}, "unevaluatedProperties": {"type": "string"}}}`,
			"{other:union0(null | bool | num[0..100000*1/2] | arr0..-1(any...) | {...0..3:any})}"},
		{"contentSchema is an annotation",
			`{"type": "string", "contentMediaType": "application/json", "contentSchema": {"type": "object"}}`, "str[0..-1]"},
		{"$dynamicRef to an anchor only it reaches",
			`{"$ref": "#/$defs/list", "$defs": {"foo": {"$dynamicAnchor": "items", "type": "string", "maxLength": 3},
			  "list": {"$id": "list", "type": "array", "maxItems": 2, "items": {"$dynamicRef": "#items"},
			  "$defs": {"items": {"$dynamicAnchor": "items"}}}}}`, "ref(list); list=arr0..2(ref(foo)...); foo=str[0..3]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := lowerText(t, "s.json", tt.schema)
			if err != nil {
				t.Fatal(err)
			}
			got := []string{dump(root.Node)}
			for _, d := range root.Defs {
				got = append(got, d.Name+"="+dump(d.Node))
			}
			if got := strings.Join(got, "; "); got != tt.want {
				t.Errorf("lowered to\n  %s\nwant\n  %s", got, tt.want)
			}
		})
	}
}
