package generated_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/synthgen/synthgen/compiler"
	"github.com/synthgen/synthgen/compiler/emit"
	"github.com/synthgen/synthgen/compiler/ir"
	"github.com/synthgen/synthgen/compiler/plan"
	"github.com/synthgen/synthgen/generated/customer"
	"github.com/synthgen/synthgen/generated/employee"
	"github.com/synthgen/synthgen/generated/event"
	"github.com/synthgen/synthgen/generated/order"
	"github.com/synthgen/synthgen/generated/product"
	"github.com/synthgen/synthgen/generated/transaction"
	"github.com/synthgen/synthgen/generated/ukperson"
	"github.com/synthgen/synthgen/schemas"
)

// compiled maps each built-in schema to its checked-in generator: record i
// of a seed, as JSON.
var compiled = map[string]func(seed, i uint64) []byte{
	"customer":    func(s, i uint64) []byte { v := customer.NewCustomerGenerator(s).At(i); return v.AppendJSON(nil) },
	"employee":    func(s, i uint64) []byte { v := employee.NewEmployeeGenerator(s).At(i); return v.AppendJSON(nil) },
	"event":       func(s, i uint64) []byte { v := event.NewEventGenerator(s).At(i); return v.AppendJSON(nil) },
	"order":       func(s, i uint64) []byte { v := order.NewOrderGenerator(s).At(i); return v.AppendJSON(nil) },
	"product":     func(s, i uint64) []byte { v := product.NewProductGenerator(s).At(i); return v.AppendJSON(nil) },
	"transaction": func(s, i uint64) []byte { v := transaction.NewTransactionGenerator(s).At(i); return v.AppendJSON(nil) },
	"uk_person":   func(s, i uint64) []byte { v := ukperson.NewUKPersonGenerator(s).At(i); return v.AppendJSON(nil) },
}

// compiledRaw is the same through AppendAt, which writes the JSON without
// building the typed value.
var compiledRaw = map[string]func(seed, i uint64) []byte{
	"customer":    func(s, i uint64) []byte { return customer.NewCustomerGenerator(s).AppendAt(nil, i) },
	"employee":    func(s, i uint64) []byte { return employee.NewEmployeeGenerator(s).AppendAt(nil, i) },
	"event":       func(s, i uint64) []byte { return event.NewEventGenerator(s).AppendAt(nil, i) },
	"order":       func(s, i uint64) []byte { return order.NewOrderGenerator(s).AppendAt(nil, i) },
	"product":     func(s, i uint64) []byte { return product.NewProductGenerator(s).AppendAt(nil, i) },
	"transaction": func(s, i uint64) []byte { return transaction.NewTransactionGenerator(s).AppendAt(nil, i) },
	"uk_person":   func(s, i uint64) []byte { return ukperson.NewUKPersonGenerator(s).AppendAt(nil, i) },
}

// generateExtras are the extras `make generate` asks for (the Makefile's
// --emit).
var generateExtras = []string{"json", "fixtures", "csv", "gopter"}

func pkgName(schema string) string { return strings.ReplaceAll(schema, "_", "") }

// TestGeneratedIsFresh fails when generated/ differs from what the emitter
// writes now for schemas/.
func TestGeneratedIsFresh(t *testing.T) {
	for _, name := range schemas.Names() {
		root, err := compiler.Load(name, compiler.Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out, err := emit.Package([]*ir.Root{root}, emit.Options{Package: pkgName(name), Extras: generateExtras})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		dir := pkgName(name)
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Errorf("generated/%s is missing: run make generate", dir)
			continue
		}
		want := map[string]bool{}
		for _, f := range out.Files {
			want[f.Name] = true
			have, err := os.ReadFile(filepath.Join(dir, f.Name))
			if err != nil || !bytes.Equal(have, f.Data) {
				t.Errorf("generated/%s/%s is stale: run make generate", dir, f.Name)
			}
		}
		for _, e := range entries {
			if !want[e.Name()] {
				t.Errorf("generated/%s/%s is not emitted any more: run make generate (and delete it)", dir, e.Name())
			}
		}
	}
	if len(compiled) != len(schemas.Names()) {
		t.Errorf("generated_test.go lists %d compiled schemas, schemas/ has %d: add the new ones", len(compiled), len(schemas.Names()))
	}
}

// TestCompiledMatchesPlan: the checked-in generators and the in-process plan
// write the same bytes for the same seed and index.
func TestCompiledMatchesPlan(t *testing.T) {
	for _, name := range schemas.Names() {
		gen, ok := compiled[name]
		if !ok {
			t.Errorf("%s has no compiled generator listed", name)
			continue
		}
		w := newWorker(t, name)
		for _, seed := range []uint64{0, 1, 42, 1 << 40} {
			for i := uint64(0); i < 300; i++ {
				want := w.AppendJSON(nil, seed, i)
				if got := gen(seed, i); !bytes.Equal(got, want) {
					t.Fatalf("%s seed %d record %d:\nplan:     %s\ncompiled: %s", name, seed, i, want, got)
				}
				if got := compiledRaw[name](seed, i); !bytes.Equal(got, want) {
					t.Fatalf("%s seed %d record %d:\nplan:     %s\nAppendAt: %s", name, seed, i, want, got)
				}
			}
		}
	}
}

// TestBuiltinRecordsValid: 10,000 records of every built-in schema, all
// valid under the independent validator with formats asserted.
func TestBuiltinRecordsValid(t *testing.T) {
	n := uint64(10_000)
	if testing.Short() {
		n = 500
	}
	for _, name := range schemas.Names() {
		t.Run(name, func(t *testing.T) {
			sch := validator(t, name)
			w := newWorker(t, name)
			distinct := map[string]bool{}
			for i := uint64(0); i < n; i++ {
				rec := w.AppendJSON(nil, 7, i)
				distinct[string(rec)] = true
				inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(rec))
				if err != nil {
					t.Fatalf("record %d is not JSON: %v\n%s", i, err, rec)
				}
				if err := sch.Validate(inst); err != nil {
					t.Fatalf("record %d invalid: %v\n%s", i, err, rec)
				}
			}
			if uint64(len(distinct)) != n {
				t.Errorf("%d records but only %d distinct", n, len(distinct))
			}
		})
	}
}

func newWorker(t *testing.T, name string) *plan.Worker {
	t.Helper()
	root, err := compiler.Load(name, compiler.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p, err := plan.New(root)
	if err != nil {
		t.Fatal(err)
	}
	return p.NewWorker()
}

// validator compiles the schema's file with the validator library alone,
// not through synthgen's loader.
func validator(t *testing.T, name string) *jsonschema.Schema {
	t.Helper()
	path := filepath.Join("..", "schemas", name+".json")
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	sch, err := c.Compile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sch
}

// TestAppendAtDoesNotAllocate: the compiled generators write records into
// a buffer with room without allocating (a stream that escapes to the heap
// costs one allocation per value).
func TestAppendAtDoesNotAllocate(t *testing.T) {
	buf := make([]byte, 0, 1<<16)
	for _, name := range schemas.Names() {
		appendAt := compiledAppendAt[name]
		i := uint64(0)
		if a := testing.AllocsPerRun(2000, func() { buf = appendAt(buf[:0], i); i++ }); a != 0 {
			t.Errorf("%s: %.2f allocations a record", name, a)
		}
	}
}

// compiledAppendAt holds one generator per built-in, as a program keeps it.
var compiledAppendAt = map[string]func(buf []byte, i uint64) []byte{
	"customer":    customer.NewCustomerGenerator(7).AppendAt,
	"employee":    employee.NewEmployeeGenerator(7).AppendAt,
	"event":       event.NewEventGenerator(7).AppendAt,
	"order":       order.NewOrderGenerator(7).AppendAt,
	"product":     product.NewProductGenerator(7).AppendAt,
	"transaction": transaction.NewTransactionGenerator(7).AppendAt,
	"uk_person":   ukperson.NewUKPersonGenerator(7).AppendAt,
}
