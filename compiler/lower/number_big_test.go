package lower

import (
	"strings"
	"testing"
)

// Ranges the runtime's int64 and float64 cannot hold exactly become an
// Enum of exact values, the same bytes in both backends.
func TestBeyondExactRangesBecomeExactValues(t *testing.T) {
	tests := []struct{ name, schema, prefix string }{
		{"integers beyond int64", `{"type": "integer", "minimum": 1e30}`,
			"enum[1000000000000000000000000000000,1000000000000000000000000000015,"},
		{"numbers beyond 15 significant digits", `{"type": "number", "minimum": 1e20}`,
			"enum[100000000000000000000,100000000000000000015.87,"},
		{"a tight range of tiny numbers", `{"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1e-30}`,
			"enum[0.0000000000000000000000000000001,0.0000000000000000000000000000002,"},
		{"a multipleOf beyond int64", `{"type": "integer", "multipleOf": 1e25, "maximum": 0}`,
			"enum[-100000000000000000000000000,-90000000000000000000000000,"},
		{"a multipleOf with many decimals", `{"type": "number", "multipleOf": 1e-25, "minimum": 1, "maximum": 1.0000000000000000000001}`,
			"enum[1,1.0000000000000000000000015,"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := lowerText(t, "s.json", tt.schema)
			if err != nil {
				t.Fatal(err)
			}
			if got := dump(root.Node); !strings.HasPrefix(got, tt.prefix) {
				t.Errorf("lowered to\n  %s\nwant a start of\n  %s", got, tt.prefix)
			}
		})
	}
}
