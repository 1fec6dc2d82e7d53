package cli

import (
	"fmt"
	"math/bits"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/synthgen/synthgen/compiler/plan"
)

// shard is one slice of a run split across processes or machines
// (`--shard K/N`): part Index of Count.
type shard struct {
	Index, Count uint64
}

// shardIndexEnv are the variables `--shard auto/N` reads the index from,
// in order: Kubernetes Indexed Jobs, Slurm job arrays, AWS Batch array
// jobs.
var shardIndexEnv = []string{"JOB_COMPLETION_INDEX", "SLURM_ARRAY_TASK_ID", "AWS_BATCH_JOB_ARRAY_INDEX"}

// parseShard reads "K/N" or "auto/N"; getenv looks up the index for auto.
func parseShard(s string, getenv func(string) string) (shard, error) {
	k, n, ok := strings.Cut(s, "/")
	if !ok {
		return shard{}, usagef("--shard %q: want K/N (e.g. 3/16) or auto/N", s)
	}
	count, err := strconv.ParseUint(n, 10, 64)
	if err != nil || count == 0 {
		return shard{}, usagef("--shard %q: N must be a positive whole number", s)
	}
	var index uint64
	if k == "auto" {
		index, err = shardFromEnv(getenv)
		if err != nil {
			return shard{}, err
		}
	} else if index, err = strconv.ParseUint(k, 10, 64); err != nil {
		return shard{}, usagef("--shard %q: K must be a whole number or auto", s)
	}
	if index >= count {
		return shard{}, usagef("--shard %s: index %d is not below the shard count %d (indexes run 0..%d)", s, index, count, count-1)
	}
	return shard{Index: index, Count: count}, nil
}

func shardFromEnv(getenv func(string) string) (uint64, error) {
	for _, name := range shardIndexEnv {
		v := getenv(name)
		if v == "" {
			continue
		}
		i, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			return 0, usagef("--shard auto: %s=%q is not a whole number", name, v)
		}
		// Slurm arrays may start at 1 (--array=1-16): count from the
		// array's first task.
		if name == "SLURM_ARRAY_TASK_ID" {
			if lo, err := strconv.ParseUint(getenv("SLURM_ARRAY_TASK_MIN"), 10, 64); err == nil && lo <= i {
				i -= lo
			}
		}
		return i, nil
	}
	return 0, usagef("--shard auto: none of %s is set; give the index as --shard K/N", strings.Join(shardIndexEnv, ", "))
}

// span is the slice [start, start+count) of the records a shard makes, of
// a run of total records from first: shard K of N takes records
// first + total*K/N up to first + total*(K+1)/N, so the shards' sizes
// differ by at most one and together cover the run exactly once.
func (s shard) span(first, total uint64) (start, count uint64) {
	lo, hi := s.bound(total, s.Index), s.bound(total, s.Index+1)
	return first + lo, hi - lo
}

// bound is total*k/n without overflow (k <= n).
func (s shard) bound(total, k uint64) uint64 {
	hi, lo := bits.Mul64(total, k)
	if hi >= s.Count { // only when k == n
		return total
	}
	q, _ := bits.Div64(hi, lo, s.Count)
	return q
}

// partName is the Hadoop/Spark name of a shard's file in an output
// folder: part-00003-of-00016.ndjson.
func (s shard) partName(f plan.Format) string {
	return fmt.Sprintf("part-%05d-of-%05d.%s", s.Index, s.Count, f)
}

// outputPath resolves -o: a name ending in a slash, or an existing folder,
// is a folder that receives the shard's part file (the folder is created
// when missing); anything else is the file itself.
func outputPath(output string, s shard, f plan.Format) (string, error) {
	isDir := strings.HasSuffix(output, "/") || strings.HasSuffix(output, string(filepath.Separator))
	if !isDir {
		if fi, err := os.Stat(output); err == nil && fi.IsDir() {
			isDir = true
		}
	}
	if !isDir {
		return output, nil
	}
	if err := os.MkdirAll(output, 0o755); err != nil {
		return "", &ioError{fmt.Errorf("create output folder: %w", err)}
	}
	return filepath.Join(output, s.partName(f)), nil
}
