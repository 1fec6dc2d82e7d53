package cli

import (
	"fmt"
	"io"
	"runtime"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/synthgen/synthgen/compiler"
	"github.com/synthgen/synthgen/compiler/plan"
)

func newBenchCmd(e *env) *cobra.Command {
	var (
		lf      loadFlags
		count   uint64
		seed    uint64
		format  string
		workers int
	)
	cmd := &cobra.Command{
		Use:   "bench SCHEMA|NAME",
		Short: "Measure how fast synthgen generates a schema's records on this machine",
		Long: `bench generates records of a schema into a discarding writer with the
in-process generator (what 'synthgen generate' runs), once with one worker and
once with --workers, and prints records/s, MB/s, allocations per record and
the process's peak memory. Compiled generators ('synthgen compile') are
measured with go test -bench on the generated package; see docs/PERFORMANCE.md.`,
		Example: `  synthgen bench customer
  synthgen bench schema.json -n 2000000 -f csv`,
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
			if workers <= 0 {
				workers = runtime.GOMAXPROCS(0)
			}
			root, err := compiler.Load(a[0], opts)
			if err != nil {
				return err
			}
			p, err := plan.New(root)
			if err != nil {
				return err
			}
			tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
			fmt.Fprintf(tw, "schema\tbackend\tformat\tworkers\trecords\tns/record\trecords/s\tMB/s\tallocs/record\t\n")
			runs := []int{1}
			if workers > 1 {
				runs = append(runs, workers)
			}
			for _, w := range runs {
				r, err := measureRun(p, plan.Options{Context: cmd.Context(), Format: f, Seed: seed, Count: count, Workers: w})
				if err != nil {
					return err
				}
				fmt.Fprintf(tw, "%s\tplan\t%s\t%d\t%d\t%.0f\t%.0f\t%.1f\t%.2f\t\n", a[0], f, w, count,
					r.nsPerRecord(count), r.recordsPerSecond(count), float64(r.bytes)/r.elapsed.Seconds()/1e6,
					float64(r.mallocs)/float64(count))
			}
			if err := tw.Flush(); err != nil {
				return err
			}
			if rss, ok := peakRSS(); ok {
				fmt.Fprintf(e.stdout, "peak RSS %.1f MB\n", float64(rss)/(1<<20))
			}
			return nil
		},
	}
	fs := cmd.Flags()
	fs.Uint64VarP(&count, "count", "n", 1_000_000, "records per measured run")
	fs.Uint64Var(&seed, "seed", 1, "seed")
	fs.StringVarP(&format, "format", "f", "ndjson", "output format: ndjson, json, csv or jsonld")
	fs.IntVar(&workers, "workers", 0, "workers of the parallel run (default GOMAXPROCS)")
	lf.register(fs)
	return cmd
}

type runStats struct {
	elapsed time.Duration
	bytes   uint64
	mallocs uint64
}

func (r runStats) nsPerRecord(n uint64) float64 {
	return float64(r.elapsed.Nanoseconds()) / float64(max(n, 1))
}

func (r runStats) recordsPerSecond(n uint64) float64 {
	return float64(n) / r.elapsed.Seconds()
}

// countingWriter counts and discards.
type countingWriter struct{ n uint64 }

func (c *countingWriter) Write(b []byte) (int, error) {
	c.n += uint64(len(b))
	return len(b), nil
}

var _ io.Writer = (*countingWriter)(nil)

func measureRun(p *plan.Plan, opt plan.Options) (runStats, error) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	var w countingWriter
	t0 := time.Now()
	if err := p.Write(&w, opt); err != nil {
		return runStats{}, wrapWriteErr(err)
	}
	elapsed := time.Since(t0)
	runtime.ReadMemStats(&after)
	return runStats{elapsed: elapsed, bytes: w.n, mallocs: after.Mallocs - before.Mallocs}, nil
}
