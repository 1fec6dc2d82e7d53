package peers

import (
	"io"
	"syscall"
	"testing"
	"time"

	"github.com/synthgen/synthgen/bench/reference"
	"github.com/synthgen/synthgen/compiler"
	"github.com/synthgen/synthgen/compiler/plan"
	"github.com/synthgen/synthgen/generated/customer"
	"github.com/synthgen/synthgen/generated/employee"
	"github.com/synthgen/synthgen/generated/event"
	"github.com/synthgen/synthgen/generated/order"
	"github.com/synthgen/synthgen/generated/product"
	"github.com/synthgen/synthgen/generated/transaction"
	"github.com/synthgen/synthgen/generated/ukperson"
)

// appendFunc appends record i as one line of JSON.
type appendFunc func(buf []byte, i uint64) []byte

// sink is an NDJSON writer into io.Discard, flushed every 64 KiB as a real
// file writer would be.
func measure(b *testing.B, rec appendFunc) {
	buf := make([]byte, 0, 80<<10)
	var total int64
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := uint64(0); i < uint64(b.N); i++ {
		start := len(buf)
		buf = rec(buf, i)
		buf = append(buf, '\n')
		total += int64(len(buf) - start)
		if len(buf) >= 64<<10 {
			io.Discard.Write(buf)
			buf = buf[:0]
		}
	}
	io.Discard.Write(buf)
	b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/record")
	b.ReportMetric(float64(total)/float64(b.N), "B/record")
}

const seed = 1

// cpuTime is the process's CPU time (user + system) in nanoseconds. On a
// shared machine wall time also counts waiting for a core; CPU time is
// what the record cost.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// compiled maps each built-in schema to its checked-in generated
// package's AppendAt: the record's JSON drawn straight into the buffer.
var compiled = map[string]appendFunc{
	"customer": func(buf []byte, i uint64) []byte {
		return customerGen.AppendAt(buf, i)
	},
	"employee": func(buf []byte, i uint64) []byte {
		return employeeGen.AppendAt(buf, i)
	},
	"event": func(buf []byte, i uint64) []byte {
		return eventGen.AppendAt(buf, i)
	},
	"order": func(buf []byte, i uint64) []byte {
		return orderGen.AppendAt(buf, i)
	},
	"product": func(buf []byte, i uint64) []byte {
		return productGen.AppendAt(buf, i)
	},
	"transaction": func(buf []byte, i uint64) []byte {
		return transactionGen.AppendAt(buf, i)
	},
	"uk_person": func(buf []byte, i uint64) []byte {
		return ukpersonGen.AppendAt(buf, i)
	},
}

// compiledTyped builds each record's Go value with At(i), then writes it
// with AppendJSON: the typed API's cost.
var compiledTyped = map[string]appendFunc{
	"customer": func(buf []byte, i uint64) []byte {
		v := customerGen.At(i)
		return v.AppendJSON(buf)
	},
	"employee": func(buf []byte, i uint64) []byte {
		v := employeeGen.At(i)
		return v.AppendJSON(buf)
	},
	"event": func(buf []byte, i uint64) []byte {
		v := eventGen.At(i)
		return v.AppendJSON(buf)
	},
	"order": func(buf []byte, i uint64) []byte {
		v := orderGen.At(i)
		return v.AppendJSON(buf)
	},
	"product": func(buf []byte, i uint64) []byte {
		v := productGen.At(i)
		return v.AppendJSON(buf)
	},
	"transaction": func(buf []byte, i uint64) []byte {
		v := transactionGen.At(i)
		return v.AppendJSON(buf)
	},
	"uk_person": func(buf []byte, i uint64) []byte {
		v := ukpersonGen.At(i)
		return v.AppendJSON(buf)
	},
}

var (
	customerGen    = customer.NewCustomerGenerator(seed)
	employeeGen    = employee.NewEmployeeGenerator(seed)
	eventGen       = event.NewEventGenerator(seed)
	orderGen       = order.NewOrderGenerator(seed)
	productGen     = product.NewProductGenerator(seed)
	transactionGen = transaction.NewTransactionGenerator(seed)
	ukpersonGen    = ukperson.NewUKPersonGenerator(seed)
)

var schemas = []string{"customer", "employee", "event", "order", "product", "transaction", "uk_person"}

// BenchmarkRecords is the whole comparison: schema × backend (compiled is
// AppendAt, compiled-typed At(i).AppendJSON). The names
// (schema=…/backend=…) are what bench/benchtable reads.
func BenchmarkRecords(b *testing.B) {
	for _, name := range schemas {
		b.Run("schema="+name+"/backend=compiled", func(b *testing.B) {
			measure(b, compiled[name])
		})
		b.Run("schema="+name+"/backend=compiled-typed", func(b *testing.B) {
			measure(b, compiledTyped[name])
		})
		b.Run("schema="+name+"/backend=plan", func(b *testing.B) {
			w := planWorker(b, name)
			measure(b, func(buf []byte, i uint64) []byte { return w.AppendJSON(buf, seed, i) })
		})
		if name != "customer" {
			continue
		}
		b.Run("schema=customer/backend=reference", func(b *testing.B) {
			g := reference.New(seed)
			measure(b, g.AppendJSON)
		})
		b.Run("schema=customer/backend=gofakeit-struct", func(b *testing.B) {
			measure(b, gofakeitStruct(seed))
		})
		b.Run("schema=customer/backend=gofakeit-calls", func(b *testing.B) {
			measure(b, gofakeitCalls(seed))
		})
	}
}

func planWorker(b *testing.B, name string) *plan.Worker {
	root, err := compiler.Load(name, compiler.Options{})
	if err != nil {
		b.Fatal(err)
	}
	p, err := plan.New(root)
	if err != nil {
		b.Fatal(err)
	}
	return p.NewWorker()
}

// BenchmarkInterleaved measures customer's compiled generator, its plan and
// the hand-written reference in turns of 2048 records each, over the same
// records, and reports each one's ns/record and their ratios. On a shared
// machine whose speed drifts from second to second (a VM beside noisy
// neighbours), running them in turns puts every drift on all three alike,
// so the ratios hold where separate runs' do not. b.N records per backend.
func BenchmarkInterleaved(b *testing.B) {
	w := planWorker(b, "customer")
	ref := reference.New(seed)
	spent := interleave(b, []appendFunc{
		func(buf []byte, i uint64) []byte { return customerGen.AppendAt(buf, i) },
		func(buf []byte, i uint64) []byte { return w.AppendJSON(buf, seed, i) },
		ref.AppendJSON,
	})
	n := float64(b.N)
	b.ReportMetric(float64(spent[0])/n, "compiled-ns/record")
	b.ReportMetric(float64(spent[1])/n, "plan-ns/record")
	b.ReportMetric(float64(spent[2])/n, "reference-ns/record")
	b.ReportMetric(float64(spent[0])/float64(spent[2]), "compiled/reference")
	b.ReportMetric(float64(spent[1])/float64(spent[0]), "plan/compiled")
}

// BenchmarkInterleavedPlan measures every built-in's plan against its
// compiled generator in turns of 2048 records, as BenchmarkInterleaved
// does for customer: the plan ÷ compiled ratio of each schema, steady on a
// machine whose speed drifts.
func BenchmarkInterleavedPlan(b *testing.B) {
	for _, name := range schemas {
		b.Run("schema="+name, func(b *testing.B) {
			w := planWorker(b, name)
			spent := interleave(b, []appendFunc{
				compiled[name],
				func(buf []byte, i uint64) []byte { return w.AppendJSON(buf, seed, i) },
			})
			n := float64(b.N)
			b.ReportMetric(float64(spent[0])/n, "compiled-ns/record")
			b.ReportMetric(float64(spent[1])/n, "plan-ns/record")
			b.ReportMetric(float64(spent[1])/float64(spent[0]), "plan/compiled")
		})
	}
}

// interleave runs records 0..b.N-1 through each backend in turns of 2048
// and returns the time each spent.
func interleave(b *testing.B, backends []appendFunc) []time.Duration {
	spent := make([]time.Duration, len(backends))
	buf := make([]byte, 0, 80<<10)
	const turn = 2048
	b.ReportAllocs()
	b.ResetTimer()
	for lo := 0; lo < b.N; lo += turn {
		hi := min(lo+turn, b.N)
		for k, rec := range backends {
			t0 := time.Now()
			for i := lo; i < hi; i++ {
				buf = rec(buf, uint64(i))
				buf = append(buf, '\n')
				if len(buf) >= 64<<10 {
					io.Discard.Write(buf)
					buf = buf[:0]
				}
			}
			spent[k] += time.Since(t0)
		}
	}
	return spent
}
