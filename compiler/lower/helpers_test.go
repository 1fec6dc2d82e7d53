package lower

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/synthgen/synthgen/compiler/ir"
	"github.com/synthgen/synthgen/compiler/schema"
)

func lowerFile(path string, opts schema.Options) (*ir.Root, error) {
	set, err := schema.Load(path, opts)
	if err != nil {
		return nil, err
	}
	return Lower(set, Options{})
}

// lowerText writes text to name in a fresh folder that becomes the working
// directory, so errors name the file as written, and lowers it.
func lowerText(t *testing.T, name, text string) (*ir.Root, error) {
	t.Helper()
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return lowerFile(name, schema.Options{})
}
