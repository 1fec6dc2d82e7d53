package conformance

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/synthgen/synthgen/compiler"
	"github.com/synthgen/synthgen/compiler/emit/emittest"
	"github.com/synthgen/synthgen/compiler/ir"
	"github.com/synthgen/synthgen/compiler/plan"
)

// TestRandomSchemasBothBackendsAgree: the emitted Go of random schemas
// from the property test's grammar writes the plan's bytes, record for
// record — one module, one go build for all of them. The conformance suite
// and the built-ins are diffed the same way; these schemas mix keywords
// those do not.
func TestRandomSchemasBothBackendsAgree(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the emitted code of many schemas")
	}
	const want = 400
	// Reproducible in CI; SYNTHGEN_PROPERTY_SEED=N explores elsewhere.
	seed, _ := strconv.ParseUint(os.Getenv("SYNTHGEN_PROPERTY_SEED"), 10, 64)
	rng := rand.New(rand.NewPCG(3, seed))
	dir := t.TempDir()
	var roots []*ir.Root
	for tries := 0; len(roots) < want && tries < 10000; tries++ {
		choices := make([]int, rng.IntN(60))
		for i := range choices {
			choices[i] = rng.IntN(1 << 16)
		}
		g := &grammar{choices: choices}
		doc := g.schema(0).(map[string]any)
		doc["$defs"] = map[string]any{"d": g.schema(2)}
		data, _ := json.Marshal(doc)
		path := filepath.Join(dir, fmt.Sprintf("s%d.json", len(roots)))
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		root, err := compiler.Load(path, compiler.Options{Draft: "2020-12"})
		if err != nil {
			continue // refused: the property test checks refusals
		}
		if _, err := plan.New(root); err != nil {
			t.Fatalf("plan: %v on %s", err, data)
		}
		roots = append(roots, root)
	}
	if len(roots) < want {
		t.Fatalf("only %d of the random schemas compiled", len(roots))
	}
	emittest.Diff(t, roots, []uint64{1, 7}, 20)
}
