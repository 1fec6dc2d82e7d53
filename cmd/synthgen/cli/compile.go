package cli

import (
	"go/token"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/synthgen/synthgen/compiler"
	"github.com/synthgen/synthgen/compiler/emit"
	"github.com/synthgen/synthgen/compiler/ir"
)

func newCompileCmd(e *env) *cobra.Command {
	var (
		lf     loadFlags
		pkg    string
		outDir string
		prefix string
		extras []string
	)
	cmd := &cobra.Command{
		Use:   "compile SCHEMA|NAME... -p PACKAGE -o DIR",
		Short: "Emit Go types and generators for schemas (for //go:generate)",
		Example: `  //go:generate go tool synthgen compile customer.json order.json -p fixtures -o .
  synthgen compile customer -p customer -o ./gen/customer --emit json,fixtures,csv,gopter
  (names, types and extras: docs/GO.md)`,
		Args: args(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, a []string) error {
			if pkg == "" {
				return usagef("compile needs -p PACKAGE, the Go package name of the output")
			}
			if !isGoIdent(pkg) {
				return usagef("-p %q is not a valid Go package name", pkg)
			}
			if prefix != "" && (!isGoIdent(prefix) || prefix[0] < 'A' || prefix[0] > 'Z') {
				return usagef("--prefix %q must start an exported Go identifier (an upper-case ASCII letter, then letters and digits)", prefix)
			}
			if err := checkExtras(extras); err != nil {
				return err
			}
			opts, err := lf.options()
			if err != nil {
				return err
			}
			var roots []*ir.Root
			for _, src := range a {
				root, err := compiler.Load(src, opts)
				if err != nil {
					return err
				}
				roots = append(roots, root)
			}
			out, err := emit.Package(roots, emit.Options{Package: pkg, Prefix: prefix, Extras: extras})
			if err != nil {
				return err
			}
			if err := os.MkdirAll(outDir, 0o755); err != nil {
				return &ioError{err}
			}
			for _, f := range out.Files {
				name := filepath.Join(outDir, f.Name)
				if err := writeFileAtomic(name, func(w io.Writer) error {
					_, err := w.Write(f.Data)
					return err
				}); err != nil {
					return err
				}
			}
			return nil
		},
	}
	fs := cmd.Flags()
	fs.StringVarP(&pkg, "package", "p", "", "Go package name of the emitted code")
	fs.StringVarP(&outDir, "output", "o", ".", "folder to write the Go files to")
	fs.StringVar(&prefix, "prefix", "", "prefix of every emitted type name (Fx: FxCustomer, FxAddress)")
	fs.StringSliceVar(&extras, "emit", emit.DefaultExtras, "what to emit besides types and generators: "+strings.Join(emit.ExtraNames, ", "))
	lf.register(fs)
	return cmd
}

// checkExtras makes an unknown --emit value a usage error.
func checkExtras(extras []string) error {
	for _, x := range extras {
		if !slices.Contains(emit.ExtraNames, x) {
			return usagef("--emit %q: want some of %s", x, strings.Join(emit.ExtraNames, ","))
		}
	}
	return nil
}

func isGoIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		ok := r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9'
		if !ok {
			return false
		}
	}
	return s != "_" && !token.IsKeyword(s)
}
