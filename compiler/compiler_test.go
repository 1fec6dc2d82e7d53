package compiler

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/synthgen/synthgen/compiler/diag"
	"github.com/synthgen/synthgen/compiler/ir"
)

func writeSchema(t *testing.T, name, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestLoadLowersABuiltinSchemaByName(t *testing.T) {
	root, err := Load("customer", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if root.File != "customer.json" || root.Draft != 2020 || root.MaxDepth <= 0 {
		t.Errorf("root File %q Draft %d MaxDepth %d", root.File, root.Draft, root.MaxDepth)
	}
	if _, ok := root.Node.(*ir.Object); !ok {
		t.Errorf("customer lowered to %T", root.Node)
	}
}

func TestLoadHonoursTheOptions(t *testing.T) {
	path := writeSchema(t, "s.json", `{"type": "array", "items": [{"type": "null"}], "additionalItems": false}`)
	root, err := Load(path, Options{Draft: "draft-07", MaxDepth: 7})
	if err != nil {
		t.Fatal(err)
	}
	a, ok := root.Node.(*ir.Array)
	if root.Draft != 7 || root.MaxDepth != 7 || !ok || len(a.Prefix) != 1 || a.MaxItems != 1 {
		t.Errorf("Draft %d MaxDepth %d node %#v: draft 7 tuple items were not applied", root.Draft, root.MaxDepth, root.Node)
	}
}

func TestAnUnknownDraftIsAUsageError(t *testing.T) {
	_, err := Load("customer", Options{Draft: "3"})
	if !errors.Is(err, ErrUnknownDraft) {
		t.Errorf("error %v, want ErrUnknownDraft", err)
	}
	var de *diag.Error
	if errors.As(err, &de) {
		t.Errorf("a bad option reported as a schema error: %v", err)
	}
}

func TestSchemaProblemsAreDiagErrors(t *testing.T) {
	for _, src := range []string{"no-such-schema", writeSchema(t, "s.json", `{"not": {}}`)} {
		_, err := Load(src, Options{})
		var de *diag.Error
		if !errors.As(err, &de) {
			t.Errorf("Load(%q) error %v is not a *diag.Error", src, err)
		}
	}
}

func TestRefDirsReachTheSuitesRemotes(t *testing.T) {
	dir := "../../shared/corpus/json-schema-test-suite/remotes"
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("JSON Schema test suite remotes not found at %s: %v", dir, err)
	}
	path := writeSchema(t, "s.json", `{"$ref": "http://localhost:1234/integer.json"}`)
	if _, err := Load(path, Options{}); err == nil {
		t.Fatal("a remote reference loaded without --ref-dir")
	}
	root, err := Load(path, Options{RefDirs: []RefDir{{Prefix: "http://localhost:1234/", Dir: dir}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(root.Defs) != 1 {
		t.Fatalf("defs %d", len(root.Defs))
	}
	if _, ok := root.Defs[0].Node.(*ir.Integer); !ok {
		t.Errorf("integer.json lowered to %T", root.Defs[0].Node)
	}
}

func TestLoadValidatorJudgesInstancesWithFormatsAsserted(t *testing.T) {
	path := writeSchema(t, "s.yaml", "type: object\nproperties:\n  id: {type: string, format: uuid}\nrequired: [id]\n")
	v, err := LoadValidator(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		value any
		valid bool
	}{
		{"a uuid", map[string]any{"id": "123e4567-e89b-12d3-a456-426614174000"}, true},
		{"not a uuid", map[string]any{"id": "nope"}, false},
		{"missing id", map[string]any{}, false},
	}
	for _, tt := range tests {
		if err := v.Validate(tt.value); (err == nil) != tt.valid {
			t.Errorf("%s: Validate = %v, want valid %v", tt.name, err, tt.valid)
		}
	}
}
