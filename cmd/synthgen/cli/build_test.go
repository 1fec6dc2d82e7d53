package cli

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestBuildWritesAGeneratorWithGeneratesFlagsAndBytes builds the customer
// generator against this checkout and compares its output with
// `synthgen generate` for each format it takes.
func TestBuildWritesAGeneratorWithGeneratesFlagsAndBytes(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command on PATH: synthgen build needs one")
	}
	if testing.Short() {
		t.Skip("builds a binary")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "customers")
	var stderr bytes.Buffer
	e := &env{stdout: &bytes.Buffer{}, stderr: &stderr}
	if code := Run(context.Background(), e, []string{"build", "customer", "-o", bin, "--synthgen-src", "../../.."}); code != ExitOK {
		t.Fatalf("build: exit %d: %s", code, stderr.String())
	}
	for _, f := range []string{"ndjson", "json", "csv"} {
		var want bytes.Buffer
		e := &env{stdout: &want, stderr: &bytes.Buffer{}}
		if code := Run(context.Background(), e, []string{"generate", "customer", "-n", "25", "--seed", "9", "-f", f}); code != ExitOK {
			t.Fatalf("generate -f %s: exit %d", f, code)
		}
		got, err := exec.Command(bin, "-n", "25", "--seed", "9", "-f", f).Output()
		if err != nil {
			t.Fatalf("%s -f %s: %v", bin, f, err)
		}
		if !bytes.Equal(got, want.Bytes()) {
			t.Errorf("-f %s: the built generator and synthgen generate differ", f)
		}
	}
	out := filepath.Join(dir, "out.ndjson")
	if err := exec.Command(bin, "--count", "3", "--seed", "1", "-o", out).Run(); err != nil {
		t.Fatal(err)
	}
	if data, err := os.ReadFile(out); err != nil || bytes.Count(data, []byte("\n")) != 3 {
		t.Errorf("-o wrote %q, %v: want 3 records", data, err)
	}
	if err := exec.Command(bin, "-f", "xml").Run(); err == nil {
		t.Error("an unknown format did not fail")
	} else if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 2 {
		t.Errorf("unknown format: %v, want exit 2", err)
	}
}

func TestBuildNeedsAnOutput(t *testing.T) {
	var stderr bytes.Buffer
	e := &env{stdout: &bytes.Buffer{}, stderr: &stderr}
	if code := Run(context.Background(), e, []string{"build", "customer"}); code != ExitUsage {
		t.Errorf("exit %d, want %d (usage): %s", code, ExitUsage, stderr.String())
	}
}
