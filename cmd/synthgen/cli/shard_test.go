package cli

import (
	"errors"
	"testing"

	"github.com/synthgen/synthgen/compiler/plan"
)

func TestShardsCoverTheRunExactlyOnce(t *testing.T) {
	for _, tc := range []struct{ first, total, n uint64 }{
		{0, 10, 3}, {5, 1000, 16}, {0, 2, 5}, {0, 0, 4}, {7, 1 << 62, 1000}, {0, ^uint64(0) / 2, 3},
	} {
		next := tc.first
		for k := uint64(0); k < tc.n; k++ {
			start, count := shard{Index: k, Count: tc.n}.span(tc.first, tc.total)
			if start != next {
				t.Fatalf("%+v: shard %d starts at %d, want %d", tc, k, start, next)
			}
			if want := tc.total / tc.n; count != want && count != want+1 {
				t.Errorf("%+v: shard %d has %d records, want %d or %d", tc, k, count, want, want+1)
			}
			next = start + count
		}
		if next != tc.first+tc.total {
			t.Errorf("%+v: shards end at %d, want %d", tc, next, tc.first+tc.total)
		}
	}
}

func TestParseShard(t *testing.T) {
	env := map[string]string{}
	getenv := func(k string) string { return env[k] }
	for _, tc := range []struct {
		arg  string
		env  map[string]string
		want shard
		bad  bool
	}{
		{arg: "3/16", want: shard{3, 16}},
		{arg: "0/1", want: shard{0, 1}},
		{arg: "16/16", bad: true},
		{arg: "1/0", bad: true},
		{arg: "x/4", bad: true},
		{arg: "4", bad: true},
		{arg: "auto/8", bad: true},
		{arg: "auto/8", env: map[string]string{"JOB_COMPLETION_INDEX": "5"}, want: shard{5, 8}},
		{arg: "auto/8", env: map[string]string{"SLURM_ARRAY_TASK_ID": "2"}, want: shard{2, 8}},
		{arg: "auto/8", env: map[string]string{"SLURM_ARRAY_TASK_ID": "8", "SLURM_ARRAY_TASK_MIN": "1"}, want: shard{7, 8}},
		{arg: "auto/8", env: map[string]string{"AWS_BATCH_JOB_ARRAY_INDEX": "0"}, want: shard{0, 8}},
		{arg: "auto/8", env: map[string]string{"AWS_BATCH_JOB_ARRAY_INDEX": "9"}, bad: true},
	} {
		env = tc.env
		got, err := parseShard(tc.arg, getenv)
		var ue *usageError
		switch {
		case tc.bad && !errors.As(err, &ue):
			t.Errorf("%s %v: got %v, %v; want a usage error", tc.arg, tc.env, got, err)
		case !tc.bad && (err != nil || got != tc.want):
			t.Errorf("%s %v: got %v, %v; want %v", tc.arg, tc.env, got, err, tc.want)
		}
	}
}

func TestPartNamesFollowTheHadoopConvention(t *testing.T) {
	if got := (shard{3, 16}).partName(plan.NDJSON); got != "part-00003-of-00016.ndjson" {
		t.Errorf("got %s", got)
	}
	if got := (shard{0, 1}).partName(plan.CSV); got != "part-00000-of-00001.csv" {
		t.Errorf("got %s", got)
	}
}
