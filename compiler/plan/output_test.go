package plan_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"testing"

	"github.com/synthgen/synthgen/compiler"
	"github.com/synthgen/synthgen/compiler/plan"
)

func load(t testing.TB, name string) *plan.Plan {
	t.Helper()
	root, err := compiler.Load(name, compiler.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p, err := plan.New(root)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func write(t testing.TB, p *plan.Plan, opt plan.Options) []byte {
	t.Helper()
	var out bytes.Buffer
	if err := p.Write(&out, opt); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// TestOutputIsTheSameForAnyWorkerCount: parallel workers make chunks of
// records that are written in order, so every worker count gives the
// single worker's bytes, in every format, for counts on and off chunk
// boundaries and for runs that start past record 0.
func TestOutputIsTheSameForAnyWorkerCount(t *testing.T) {
	p := load(t, "customer")
	for _, f := range []plan.Format{plan.NDJSON, plan.JSON, plan.CSV, plan.JSONLD} {
		for _, count := range []uint64{0, 1, 511, 512, 513, 1500} {
			for _, start := range []uint64{0, 7} {
				opt := plan.Options{Format: f, Seed: 3, Start: start, Count: count, Workers: 1}
				want := write(t, p, opt)
				for _, workers := range []int{2, 3, 8} {
					opt.Workers = workers
					if got := write(t, p, opt); !bytes.Equal(got, want) {
						t.Errorf("%s count %d start %d: %d workers write %d bytes unlike 1 worker's %d",
							f, count, start, workers, len(got), len(want))
					}
				}
			}
		}
	}
}

// TestStartedRunsConcatenate: NDJSON of records [0,a) followed by [a,n)
// is the NDJSON of [0,n), which is what makes shards concatenate.
func TestStartedRunsConcatenate(t *testing.T) {
	p := load(t, "order")
	whole := write(t, p, plan.Options{Seed: 9, Count: 1000, Workers: 2})
	a := write(t, p, plan.Options{Seed: 9, Count: 600, Workers: 2})
	b := write(t, p, plan.Options{Seed: 9, Start: 600, Count: 400, Workers: 3})
	if !bytes.Equal(append(a, b...), whole) {
		t.Error("records [0,600) + [600,1000) differ from [0,1000)")
	}
}

type failingWriter struct{ after int }

func (w *failingWriter) Write(b []byte) (int, error) {
	if w.after -= len(b); w.after < 0 {
		return 0, errors.New("disk full")
	}
	return len(b), nil
}

// TestParallelWriteStopsOnErrors: a write error or a cancelled context
// ends a parallel run with that error, without hanging.
func TestParallelWriteStopsOnErrors(t *testing.T) {
	p := load(t, "customer")
	err := p.Write(&failingWriter{after: 300 << 10}, plan.Options{Seed: 1, Count: 100000, Workers: 4})
	if err == nil || err.Error() != "disk full" {
		t.Errorf("write error: got %v, want disk full", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err = p.Write(io.Discard, plan.Options{Context: ctx, Seed: 1, Count: 100000, Workers: 4})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: got %v, want context.Canceled", err)
	}
}

func BenchmarkWriteNDJSON(b *testing.B) {
	p := load(b, "customer")
	for _, workers := range []int{1, 2, 4} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			b.ReportAllocs()
			const n = 400_000
			for b.Loop() {
				if err := p.Write(io.Discard, plan.Options{Seed: 1, Count: n, Workers: workers}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/record")
		})
	}
}
