package cli

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"

	"github.com/synthgen/synthgen/compiler"
	"github.com/synthgen/synthgen/compiler/emit"
	"github.com/synthgen/synthgen/compiler/ir"
	"github.com/synthgen/synthgen/templates"
)

const modulePath = "github.com/synthgen/synthgen"

func newBuildCmd(e *env) *cobra.Command {
	var (
		lf     loadFlags
		output string
		src    string
	)
	cmd := &cobra.Command{
		Use:   "build SCHEMA|NAME -o BIN",
		Short: "Build a standalone generator binary for one schema (needs the Go toolchain)",
		Long: `build compiles the schema to Go, as compile does, and builds it with a main
package into one binary that takes generate's flags (-n, --seed, -f ndjson|json|csv,
-o, -q) and writes the same bytes, without synthgen or the schema file.

The binary is built against synthgen's own source: the module synthgen was
installed from, or, for a development build, the synthgen checkout around the
current folder, or the folder --synthgen-src names.`,
		Example: `  synthgen build customer -o ./customers
  ./customers -n 1000 --seed 7 -f csv -o customers.csv`,
		Args: args(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, a []string) error {
			if output == "" {
				return usagef("build needs -o BIN, the binary to write")
			}
			goCmd, err := exec.LookPath("go")
			if err != nil {
				return usagef("build needs the Go toolchain (go on PATH): %v", err)
			}
			opts, err := lf.options()
			if err != nil {
				return err
			}
			root, err := compiler.Load(a[0], opts)
			if err != nil {
				return err
			}
			out, err := emit.Package([]*ir.Root{root}, emit.Options{Package: "gen", Extras: []string{"csv"}})
			if err != nil {
				return err
			}
			req, err := synthgenRequirement(src)
			if err != nil {
				return err
			}
			bin, err := filepath.Abs(output)
			if err != nil {
				return &ioError{err}
			}
			return buildStandalone(goCmd, a[0], out, req, bin)
		},
	}
	fs := cmd.Flags()
	fs.StringVarP(&output, "output", "o", "", "the binary to write")
	fs.StringVar(&src, "synthgen-src", "", "`DIR` of synthgen's source to build against (default: see above)")
	lf.register(fs)
	return cmd
}

// requirement is how the generator's module gets synthgen: a version
// from the module proxy, or a replace by a source folder.
type requirement struct {
	version, dir string
}

func synthgenRequirement(src string) (requirement, error) {
	if src != "" {
		return checkSource(src)
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, m := range append([]*debug.Module{&bi.Main}, bi.Deps...) {
			if m.Path == modulePath && m.Version != "" && m.Version != "(devel)" {
				return requirement{version: m.Version}, nil
			}
		}
	}
	dir, err := os.Getwd()
	if err != nil {
		return requirement{}, &ioError{err}
	}
	for {
		if r, err := checkSource(dir); err == nil {
			return r, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return requirement{}, usagef("build: this synthgen is a development build and no synthgen checkout is around the current folder: pass --synthgen-src DIR")
		}
		dir = parent
	}
}

// checkSource accepts dir when it holds synthgen's go.mod.
func checkSource(dir string) (requirement, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return requirement{}, &ioError{err}
	}
	f, err := os.Open(filepath.Join(abs, "go.mod"))
	if err != nil {
		return requirement{}, usagef("--synthgen-src %s: %v", dir, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "module "+modulePath {
			return requirement{version: "v0.0.0", dir: abs}, nil
		}
	}
	return requirement{}, usagef("--synthgen-src %s: not the %s module", dir, modulePath)
}

// buildStandalone writes the generator's module in a temporary folder and
// builds it into bin.
func buildStandalone(goCmd, source string, out *emit.Output, req requirement, bin string) error {
	dir, err := os.MkdirTemp("", "synthgen-build-*")
	if err != nil {
		return &ioError{err}
	}
	defer os.RemoveAll(dir)
	const module = "synthgengenerator"
	// The go version must not be below synthgen's own (1.26.0 > 1.26).
	gomod := fmt.Sprintf("module %s\n\ngo 1.26.0\n\nrequire %s %s\n", module, modulePath, req.version)
	files := map[string][]byte{}
	if req.dir != "" {
		gomod += fmt.Sprintf("\nreplace %s => %s\n", modulePath, filepath.ToSlash(req.dir))
		// synthgen's go.sum, so that nothing is downloaded.
		if sum, err := os.ReadFile(filepath.Join(req.dir, "go.sum")); err == nil {
			files["go.sum"] = sum
		}
	}
	files["go.mod"] = []byte(gomod)
	for _, f := range out.Files {
		files[filepath.Join("gen", f.Name)] = f.Data
	}
	var main bytes.Buffer
	if err := templates.StandaloneMain.Execute(&main, templates.StandaloneData{
		Source: source, Import: module + "/gen", Type: out.RootTypes[0],
		NewGen: out.Generators[0], Header: out.CSVHeaders[0],
	}); err != nil {
		return err
	}
	files["main.go"] = main.Bytes()
	for name, data := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return &ioError{err}
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			return &ioError{err}
		}
	}
	run := func(args ...string) error {
		c := exec.Command(goCmd, args...)
		c.Dir = dir
		var stderr bytes.Buffer
		c.Stderr = &stderr
		if err := c.Run(); err != nil {
			return fmt.Errorf("go %s: %w\n%s", strings.Join(args, " "), err, stderr.Bytes())
		}
		return nil
	}
	if req.dir == "" {
		if err := run("mod", "tidy"); err != nil {
			return err
		}
	}
	if err := run("build", "-trimpath", "-o", bin, "."); err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return &ioError{err}
		}
		return err
	}
	return nil
}
