package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/synthgen/synthgen/templates"
)

func newFromGoCmd(e *env) *cobra.Command {
	var (
		output, dir, src string
	)
	cmd := &cobra.Command{
		Use:   "from-go IMPORT/PATH.Type [-o FILE]",
		Short: "Write the JSON Schema of a Go type (needs the Go toolchain)",
		Long: `from-go reflects a Go type of your module into a JSON Schema with
github.com/invopop/jsonschema: it writes a small program importing your package
into a temporary module (requiring and replacing your module, run from --dir)
and runs it with go run. Struct fields are properties in declaration order,
fields without omitempty are required, runtime.Nullable[T] is T or null.`,
		Example: `  synthgen from-go example.com/shop/model.Order -o order.json
  synthgen generate order.json -n 10`,
		Args: args(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, a []string) error {
			i := strings.LastIndex(a[0], ".")
			if i <= 0 || strings.Contains(a[0][i:], "/") || !isGoIdent(a[0][i+1:]) {
				return usagef("from-go %q: want IMPORT/PATH.Type", a[0])
			}
			goCmd, err := exec.LookPath("go")
			if err != nil {
				return usagef("from-go needs the Go toolchain (go on PATH): %v", err)
			}
			schema, err := fromGo(goCmd, dir, src, a[0][:i], a[0][i+1:])
			if err != nil {
				return err
			}
			if output == "" || output == "-" {
				_, err := e.stdout.Write(schema)
				return err
			}
			return writeFileAtomic(output, func(w io.Writer) error { _, err := w.Write(schema); return err })
		},
	}
	fs := cmd.Flags()
	fs.StringVarP(&output, "output", "o", "", "write the schema to `FILE` instead of stdout")
	fs.StringVar(&dir, "dir", ".", "a folder of the module the type's package is found from")
	fs.StringVar(&src, "synthgen-src", "", "`DIR` of synthgen's source, when your module does not require synthgen")
	return cmd
}

// goModule is what `go list -m -json` says of a module.
type goModule struct {
	Path, Version, Dir, GoMod string
	Replace                   *goModule
}

func fromGo(goCmd, dir, src, importPath, typeName string) ([]byte, error) {
	run := func(dir string, args ...string) ([]byte, error) {
		c := exec.Command(goCmd, args...)
		c.Dir = dir
		var stderr bytes.Buffer
		c.Stderr = &stderr
		out, err := c.Output()
		if err != nil {
			return nil, usagef("go %s (in %s): %v\n%s", strings.Join(args, " "), dir, err, stderr.Bytes())
		}
		return out, nil
	}
	out, err := run(dir, "list", "-m", "-json")
	if err != nil {
		return nil, err
	}
	var user goModule
	if err := json.Unmarshal(out, &user); err != nil {
		return nil, err
	}
	// The user's replace directives, with paths made absolute: a
	// dependency's replaces are ignored, so the program's module repeats
	// them.
	out, err = run(user.Dir, "mod", "edit", "-json")
	if err != nil {
		return nil, err
	}
	var mod struct {
		Replace []struct {
			Old, New struct{ Path, Version string }
		}
	}
	if err := json.Unmarshal(out, &mod); err != nil {
		return nil, err
	}
	var gomod strings.Builder
	fmt.Fprintf(&gomod, "module synthgenfromgo\n\ngo 1.26.0\n\nrequire %s v0.0.0\n\nreplace %s => %s\n", user.Path, user.Path, filepath.ToSlash(user.Dir))
	sums := [][]byte{}
	if sum, err := os.ReadFile(filepath.Join(user.Dir, "go.sum")); err == nil {
		sums = append(sums, sum)
	}
	synthgenReplaced := user.Path == modulePath
	for _, r := range mod.Replace {
		to := r.New.Path
		if r.New.Version == "" && !filepath.IsAbs(to) {
			to = filepath.Join(user.Dir, to)
		}
		if r.Old.Path == modulePath {
			synthgenReplaced = true
			if sum, err := os.ReadFile(filepath.Join(to, "go.sum")); err == nil && r.New.Version == "" {
				sums = append(sums, sum)
			}
		}
		fmt.Fprintf(&gomod, "replace %s => %s %s\n", r.Old.Path, filepath.ToSlash(to), r.New.Version)
	}
	if !synthgenReplaced {
		req, err := synthgenRequirement(src)
		if err == nil && req.dir != "" {
			fmt.Fprintf(&gomod, "\nrequire %s %s\n\nreplace %s => %s\n", modulePath, req.version, modulePath, filepath.ToSlash(req.dir))
			if sum, err := os.ReadFile(filepath.Join(req.dir, "go.sum")); err == nil {
				sums = append(sums, sum)
			}
		} else if err == nil {
			fmt.Fprintf(&gomod, "\nrequire %s %s\n", modulePath, req.version)
		}
	}
	tmp, err := os.MkdirTemp("", "synthgen-from-go-*")
	if err != nil {
		return nil, &ioError{err}
	}
	defer os.RemoveAll(tmp)
	var main bytes.Buffer
	if err := templates.FromGoMain.Execute(&main, templates.FromGoData{Import: importPath, Type: typeName}); err != nil {
		return nil, err
	}
	for name, data := range map[string][]byte{
		"go.mod":  []byte(gomod.String()),
		"go.sum":  bytes.Join(sums, nil),
		"main.go": main.Bytes(),
	} {
		if err := os.WriteFile(filepath.Join(tmp, name), data, 0o644); err != nil {
			return nil, &ioError{err}
		}
	}
	return run(tmp, "run", "-mod=mod", ".")
}
