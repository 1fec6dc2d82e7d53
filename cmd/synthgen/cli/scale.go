package cli

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"

	"github.com/spf13/pflag"

	"github.com/synthgen/synthgen/compiler/ir"
	"github.com/synthgen/synthgen/compiler/plan"
)

// scaleFlags are generate's flags for speed and scale: parallel workers,
// the slice of the run to make, and profiles.
type scaleFlags struct {
	workers    int
	start      uint64
	shard      string
	cpuProfile string
	memProfile string
	getenv     func(string) string // os.Getenv; tests may replace it
}

func (s *scaleFlags) register(fs *pflag.FlagSet) {
	fs.IntVar(&s.workers, "workers", 0, "goroutines generating records (default GOMAXPROCS); the output is the same for any number")
	fs.Uint64Var(&s.start, "start", 0, "index of the first record: -n N --start I makes records I..I+N-1")
	fs.StringVar(&s.shard, "shard", "", "make only slice `K/N` of the -n records (0 <= K < N); auto/N reads K from JOB_COMPLETION_INDEX, SLURM_ARRAY_TASK_ID or AWS_BATCH_JOB_ARRAY_INDEX")
	fs.StringVar(&s.cpuProfile, "cpuprofile", "", "write a CPU profile to `FILE` (go tool pprof)")
	fs.StringVar(&s.memProfile, "memprofile", "", "write a heap profile to `FILE` when done (go tool pprof)")
}

// apply sets the run's workers and slice, and returns the shard (0/1 when
// --shard is not given).
func (s *scaleFlags) apply(run *plan.Options) (shard, error) {
	sh := shard{Index: 0, Count: 1}
	if s.workers < 0 {
		return sh, usagef("--workers %d: must not be negative", s.workers)
	}
	run.Workers = s.workers
	if run.Workers == 0 {
		run.Workers = runtime.GOMAXPROCS(0)
	}
	if s.shard != "" {
		getenv := s.getenv
		if getenv == nil {
			getenv = os.Getenv
		}
		var err error
		if sh, err = parseShard(s.shard, getenv); err != nil {
			return sh, err
		}
	}
	if s.start > ^uint64(0)-run.Count {
		return sh, usagef("--start %d -n %d: the record index would overflow", s.start, run.Count)
	}
	run.Start, run.Count = sh.span(s.start, run.Count)
	return sh, nil
}

// startProfiles starts the CPU profile; the function it returns stops it
// and writes the heap profile.
func (s *scaleFlags) startProfiles() (func(), error) {
	var cpu *os.File
	if s.cpuProfile != "" {
		f, err := os.Create(s.cpuProfile)
		if err != nil {
			return nil, &ioError{fmt.Errorf("--cpuprofile: %w", err)}
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			return nil, &ioError{fmt.Errorf("--cpuprofile: %w", err)}
		}
		cpu = f
	}
	return func() {
		if cpu != nil {
			pprof.StopCPUProfile()
			cpu.Close()
		}
		if s.memProfile != "" {
			f, err := os.Create(s.memProfile)
			if err != nil {
				fmt.Fprintln(os.Stderr, "synthgen: --memprofile:", err)
				return
			}
			defer f.Close()
			runtime.GC()
			if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
				fmt.Fprintln(os.Stderr, "synthgen: --memprofile:", err)
			}
		}
	}, nil
}

// checkUniqueRange refuses a run whose records [start, start+count) — the
// whole run, every shard's slice of it included — outnumber what an
// x-unique value's range holds: past them the values would repeat. Inside
// arrays one record spans maxItems (multiplied through nested arrays)
// unique indexes, so the range holds that many times fewer records.
func checkUniqueRange(root *ir.Root, start, count uint64) error {
	limit, ptr, size, span := ir.UniqueLimit(root)
	if limit == 0 || (start <= limit && count <= limit-start) {
		return nil
	}
	if span > 1 {
		values := fmt.Sprint(size)
		if size == 0 {
			values = "2^64"
		}
		return usagef("--start %d -n %d: %s is x-unique and its range holds %s values, %d per record (maxItems along its path), so a run may hold records 0..%d only; lower -n, widen the field's range or lower maxItems", start, count, ptr, values, span, limit-1)
	}
	return usagef("--start %d -n %d: %s is x-unique and its range holds %d values, so a run may hold records 0..%d only; lower -n or widen the field's minimum/maximum", start, count, ptr, limit, limit-1)
}
