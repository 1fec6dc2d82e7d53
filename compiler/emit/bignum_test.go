package emit_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/synthgen/synthgen/compiler"
	"github.com/synthgen/synthgen/compiler/emit/emittest"
	"github.com/synthgen/synthgen/compiler/ir"
)

// Magnitudes beyond int64 and float64's exact decimals are lowered to
// exact values; the emitted Go writes them as the plan does.
func TestBeyondExactNumbersMatchPlan(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a Go module")
	}
	path := filepath.Join(t.TempDir(), "bignum.json")
	schema := `{"type": "object", "required": ["a", "b", "c", "d", "e", "f"], "properties": {
		"a": {"type": "integer", "minimum": 1e30},
		"b": {"type": "number", "minimum": 1e20},
		"c": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1e-30},
		"d": {"type": "integer", "multipleOf": 1e25, "maximum": 0},
		"e": {"type": "number", "multipleOf": 1e-25, "minimum": 1, "maximum": 1.0000000000000000000001},
		"f": {"type": "integer", "minimum": 18446744073709551616, "maximum": 18446744073709551620}}}`
	if err := os.WriteFile(path, []byte(schema), 0o644); err != nil {
		t.Fatal(err)
	}
	root, err := compiler.Load(path, compiler.Options{})
	if err != nil {
		t.Fatal(err)
	}
	emittest.Diff(t, []*ir.Root{root}, []uint64{1, 42}, 100)
}
