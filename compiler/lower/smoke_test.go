package lower

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/synthgen/synthgen/compiler/diag"
	"github.com/synthgen/synthgen/compiler/schema"
)

// suite is the official JSON Schema test suite, reached from this package.
const suite = "../../../shared/corpus/json-schema-test-suite"

func suiteDir(t *testing.T) string {
	t.Helper()
	if _, err := os.Stat(filepath.Join(suite, "tests")); err != nil {
		t.Skipf("JSON Schema test suite not found at %s (see docs/DESIGN.md): %v", suite, err)
	}
	abs, err := filepath.Abs(suite)
	if err != nil {
		t.Fatal(err)
	}
	return abs
}

// TestEverySuiteSchemaLowersOrFailsWithADiagError runs every group schema
// of the suite's draft7 and draft2020-12 core files through loading and
// lowering: each must lower or return a *diag.Error, never panic or fail
// otherwise.
func TestEverySuiteSchemaLowersOrFailsWithADiagError(t *testing.T) {
	dir := suiteDir(t)
	refs := []schema.RefDir{{Prefix: "http://localhost:1234/", Dir: filepath.Join(dir, "remotes")}}
	for _, d := range []struct {
		dir   string
		draft int
	}{{"draft7", 7}, {"draft2020-12", 2020}} {
		files, _ := filepath.Glob(filepath.Join(dir, "tests", d.dir, "*.json"))
		if len(files) == 0 {
			t.Fatalf("no test files in %s", d.dir)
		}
		tmp := t.TempDir()
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var groups []struct {
				Description string          `json:"description"`
				Schema      json.RawMessage `json:"schema"`
			}
			if err := json.Unmarshal(data, &groups); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			counts := map[string]int{}
			for i, g := range groups {
				path := filepath.Join(tmp, "schema.json")
				if err := os.WriteFile(path, g.Schema, 0o644); err != nil {
					t.Fatal(err)
				}
				_, err := lowerFile(path, schema.Options{Draft: d.draft, RefDirs: refs})
				var de *diag.Error
				switch {
				case err == nil:
					counts["lowered"]++
				case errors.As(err, &de):
					counts[de.Kind.String()]++
				default:
					t.Errorf("%s/%s group %d (%s): not a *diag.Error: %v", d.dir, filepath.Base(f), i, g.Description, err)
				}
			}
			t.Logf("%s/%-28s lowered %2d  unsupported %2d  unsatisfiable %2d  invalid %2d  remote %d",
				d.dir, filepath.Base(f), counts["lowered"], counts["unsupported"], counts["unsatisfiable"],
				counts["invalid"], counts["remote ref"])
		}
	}
}
