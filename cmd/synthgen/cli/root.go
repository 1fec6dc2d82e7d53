package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/synthgen/synthgen/compiler"
	"github.com/synthgen/synthgen/compiler/plan"
	"github.com/synthgen/synthgen/runtime"
)

// env is what a command reads and writes besides its flags, so tests can
// run commands in process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// stderrTTY says whether stderr is a terminal (progress bars).
	stderrTTY bool
	// providers are the x-go-generator functions registered with
	// WithProvider (options.go).
	providers plan.Providers
}

// Main runs synthgen with os.Args and returns the exit code.
func Main(opts ...Option) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, stderrTTY: isTerminal(os.Stderr)}
	for _, o := range opts {
		o(e)
	}
	return Run(ctx, e, os.Args[1:])
}

// Run runs synthgen with args and returns the exit code.
func Run(ctx context.Context, e *env, args []string) int {
	root := newRoot(e)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return ExitOK
	}
	if ctx.Err() != nil {
		// -o files are removed on the way out; say so rather than echo
		// the cancellation through every layer.
		fmt.Fprintln(e.stderr, "synthgen: interrupted")
		return ExitInterrupted
	}
	fmt.Fprintf(e.stderr, "synthgen: %v\n", err)
	return exitCode(err)
}

func newRoot(e *env) *cobra.Command {
	root := &cobra.Command{
		Use:   "synthgen",
		Short: "Synthetic data from JSON Schemas: valid, realistic, reproducible, fast",
		Long: `synthgen turns JSON Schemas (Draft 4, 6, 7, 2019-09, 2020-12; JSON or YAML) into
synthetic records that validate against the schema. Wherever a schema file is
taken, the name of a built-in schema works too (see 'synthgen schemas list').

Exit codes: 0 ok, 1 internal error, 2 usage, 3 schema invalid, unsupported or
unsatisfiable, 4 output/IO error, 5 data failed validation, 130 interrupted.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       version(),
		// An unknown subcommand is a usage error (exit 2), not an internal one.
		Args: args(func(cmd *cobra.Command, a []string) error {
			if len(a) > 0 {
				return fmt.Errorf("unknown command %q for %q", a[0], cmd.CommandPath())
			}
			return nil
		}),
		RunE: func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	root.SetIn(e.stdin)
	root.SetOut(e.stdout)
	root.SetErr(e.stderr)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &usageError{err} })
	root.AddCommand(
		newGenerateCmd(e),
		newCompileCmd(e),
		newBuildCmd(e),
		newFromGoCmd(e),
		newValidateCmd(e),
		newExplainCmd(e),
		newSchemasCmd(e),
		newK8sJobCmd(e),
		newBenchCmd(e),
		newVersionCmd(e),
	)
	return root
}

// args wraps a cobra argument check so that its failure is a usage error.
func args(check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, a []string) error {
		if err := check(cmd, a); err != nil {
			return &usageError{err}
		}
		return nil
	}
}

// loadFlags are the flags of every command that reads a schema.
type loadFlags struct {
	draft    string
	refDirs  []string
	maxDepth int
	locale   string
	now      string
}

func (l *loadFlags) register(fs *pflag.FlagSet) {
	fs.StringVar(&l.draft, "draft", "", "draft for schemas without $schema: 4, 6, 7, 2019-09 or 2020-12 (default 2020-12)")
	fs.StringArrayVar(&l.refDirs, "ref-dir", nil, "read $ref documents under URL `PREFIX=DIR` from a local folder (repeatable)")
	fs.IntVar(&l.maxDepth, "max-depth", 0, "recursion budget for recursive schemas (default 3)")
	fs.StringVar(&l.locale, "locale", "", "locale of names, addresses and phone numbers: en-GB or en-US (default: the schema's x-locale, else en-GB)")
	fs.StringVar(&l.now, "now", "", "the instant timestamps count back from, as 2026-01-01 or RFC 3339 (default 2026-01-01T00:00:00Z, so runs repeat)")
}

func (l *loadFlags) options() (compiler.Options, error) {
	opts := compiler.Options{Draft: l.draft, MaxDepth: l.maxDepth}
	for _, rd := range l.refDirs {
		prefix, dir, ok := strings.Cut(rd, "=")
		if !ok || prefix == "" || dir == "" {
			return opts, usagef("--ref-dir %q: want PREFIX=DIR, e.g. http://localhost:1234/=remotes", rd)
		}
		opts.RefDirs = append(opts.RefDirs, compiler.RefDir{Prefix: prefix, Dir: dir})
	}
	if l.maxDepth < 0 {
		return opts, usagef("--max-depth %d: must not be negative", l.maxDepth)
	}
	if l.locale != "" {
		if _, ok := runtime.ParseLocale(l.locale); !ok {
			return opts, usagef("--locale %q: want one of %s", l.locale, strings.Join(runtime.Locales(), ", "))
		}
		opts.Locale = l.locale
	}
	if l.now != "" {
		t, err := time.Parse(time.RFC3339, l.now)
		if err != nil {
			t, err = time.Parse(time.DateOnly, l.now)
		}
		if err != nil {
			return opts, usagef("--now %q: want a date (2026-01-01) or an RFC 3339 time", l.now)
		}
		opts.Now = t.Unix()
	}
	return opts, nil
}

func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}

func newVersionCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print synthgen's version",
		Args:  args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			v := version()
			if bi, ok := debug.ReadBuildInfo(); ok {
				v += " (" + bi.GoVersion + ")"
			}
			fmt.Fprintln(e.stdout, "synthgen", v)
			return nil
		},
	}
}
