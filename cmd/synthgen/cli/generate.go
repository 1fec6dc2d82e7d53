package cli

import (
	"context"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/synthgen/synthgen/compiler"
	"github.com/synthgen/synthgen/compiler/plan"
)

// progressThreshold is the record count from which a progress bar is shown
// (on a terminal only): smaller runs finish before a bar is worth reading.
const progressThreshold = 200_000

func newGenerateCmd(e *env) *cobra.Command {
	var (
		lf     loadFlags
		count  uint64
		seed   uint64
		format string
		output string
		quiet  bool
		scale  scaleFlags
	)
	cmd := &cobra.Command{
		Use:   "generate SCHEMA|NAME",
		Short: "Generate records from a schema file or a built-in schema",
		Example: `  synthgen generate customer -n 10
  synthgen generate schema.json -n 1000000 --seed 42 -f csv -o customers.csv
  synthgen generate customer -n 1000000000 --seed 42 --shard 3/16 -o out/`,
		Args: args(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, a []string) error {
			f, err := plan.ParseFormat(format)
			if err != nil {
				return &usageError{err}
			}
			opts, err := lf.options()
			if err != nil {
				return err
			}
			if !cmd.Flags().Changed("seed") {
				seed = drawSeed()
				if !quiet {
					fmt.Fprintf(e.stderr, "synthgen: seed %d (repeat this run with --seed %d)\n", seed, seed)
				}
			}
			root, err := compiler.Load(a[0], opts)
			if err != nil {
				return err
			}
			p, err := plan.NewWithProviders(root, e.providers)
			if err != nil {
				return err
			}
			if err := checkUniqueRange(root, scale.start, count); err != nil {
				return err
			}
			run := plan.Options{Context: cmd.Context(), Format: f, Seed: seed, Count: count}
			sh, err := scale.apply(&run)
			if err != nil {
				return err
			}
			count = run.Count
			stopProfiles, err := scale.startProfiles()
			if err != nil {
				return err
			}
			defer stopProfiles()
			if !quiet && e.stderrTTY && count >= progressThreshold {
				bar := progressbar.NewOptions64(int64(count),
					progressbar.OptionSetWriter(e.stderr),
					progressbar.OptionSetDescription("generating"),
					progressbar.OptionShowCount(),
					progressbar.OptionShowIts(),
					progressbar.OptionSetItsString("records"),
					progressbar.OptionThrottle(100_000_000),
					progressbar.OptionClearOnFinish(),
				)
				run.Progress = func(done uint64) { _ = bar.Set64(int64(done)) }
				defer bar.Finish()
			}
			if output == "" || output == "-" {
				if err := p.Write(e.stdout, run); err != nil {
					return wrapWriteErr(err)
				}
				return nil
			}
			name, err := outputPath(output, sh, f)
			if err != nil {
				return err
			}
			return writeFileAtomic(name, func(w io.Writer) error { return p.Write(w, run) })
		},
	}
	fs := cmd.Flags()
	fs.Uint64VarP(&count, "count", "n", 10, "number of records")
	fs.Uint64Var(&seed, "seed", 0, "seed; the same seed gives the same bytes (default: drawn and reported on stderr)")
	fs.StringVarP(&format, "format", "f", "ndjson", "output format: ndjson, json, csv or jsonld")
	fs.StringVarP(&output, "output", "o", "", "write to `FILE` (atomically: a temporary file renamed on success) instead of stdout; a folder (or a name ending in /) gets part-KKKKK-of-NNNNN.FORMAT")
	fs.BoolVarP(&quiet, "quiet", "q", false, "print nothing on stderr but errors")
	lf.register(fs)
	scale.register(fs)
	return cmd
}

func drawSeed() uint64 {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		return 1
	}
	// Keep seeds short enough to read and type back.
	return binary.LittleEndian.Uint64(b[:]) % 1_000_000_000
}

func wrapWriteErr(err error) error {
	switch {
	case errors.Is(err, plan.ErrNotObject):
		return &usageError{err}
	case errors.Is(err, context.Canceled):
		return err
	}
	return &ioError{err}
}

// writeFileAtomic writes name through a temporary file in the same folder,
// renamed into place only when write succeeds: a failed or interrupted run
// never leaves a truncated file that looks complete.
//
// A name that is not a regular file (/dev/null, /dev/stdout, a named pipe)
// is written in place: renaming over it would replace the device with a
// file. A symbolic link keeps pointing where it did: its target is
// replaced, not the link.
func writeFileAtomic(name string, write func(io.Writer) error) error {
	if fi, err := os.Stat(name); err == nil && !fi.Mode().IsRegular() && !fi.IsDir() {
		return writeInPlace(name, write)
	}
	if target, err := filepath.EvalSymlinks(name); err == nil {
		name = target
	}
	dir := filepath.Dir(name)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(name)+".tmp-*")
	if err != nil {
		return &ioError{fmt.Errorf("create output: %w", err)}
	}
	ok := false
	defer func() {
		if !ok {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := write(tmp); err != nil {
		return wrapWriteErr(fmt.Errorf("write %s: %w", name, err))
	}
	if err := tmp.Close(); err != nil {
		return &ioError{fmt.Errorf("write %s: %w", name, err)}
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return &ioError{err}
	}
	if err := os.Rename(tmp.Name(), name); err != nil {
		return &ioError{fmt.Errorf("write %s: %w", name, err)}
	}
	ok = true
	return nil
}

func writeInPlace(name string, write func(io.Writer) error) error {
	f, err := os.OpenFile(name, os.O_WRONLY, 0)
	if err != nil {
		return &ioError{fmt.Errorf("open output: %w", err)}
	}
	if err := write(f); err != nil {
		f.Close()
		return wrapWriteErr(fmt.Errorf("write %s: %w", name, err))
	}
	if err := f.Close(); err != nil {
		return &ioError{fmt.Errorf("write %s: %w", name, err)}
	}
	return nil
}
