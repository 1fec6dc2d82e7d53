package generated_test

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/synthgen/synthgen/compiler"
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

// compiledCSV maps each built-in schema to its checked-in CSV encoder:
// the header, then rows 0..n-1 of a seed.
var compiledCSV = map[string]func(seed uint64, n int) []byte{
	"customer": func(s uint64, n int) []byte {
		buf := customer.AppendCustomerCSVHeader(nil)
		for _, v := range customer.NewCustomerGenerator(s).Slice(n) {
			buf = v.AppendCSV(buf)
		}
		return buf
	},
	"employee": func(s uint64, n int) []byte {
		buf := employee.AppendEmployeeCSVHeader(nil)
		for _, v := range employee.NewEmployeeGenerator(s).Slice(n) {
			buf = v.AppendCSV(buf)
		}
		return buf
	},
	"event": func(s uint64, n int) []byte {
		buf := event.AppendEventCSVHeader(nil)
		for _, v := range event.NewEventGenerator(s).Slice(n) {
			buf = v.AppendCSV(buf)
		}
		return buf
	},
	"order": func(s uint64, n int) []byte {
		buf := order.AppendOrderCSVHeader(nil)
		for _, v := range order.NewOrderGenerator(s).Slice(n) {
			buf = v.AppendCSV(buf)
		}
		return buf
	},
	"product": func(s uint64, n int) []byte {
		buf := product.AppendProductCSVHeader(nil)
		for _, v := range product.NewProductGenerator(s).Slice(n) {
			buf = v.AppendCSV(buf)
		}
		return buf
	},
	"transaction": func(s uint64, n int) []byte {
		buf := transaction.AppendTransactionCSVHeader(nil)
		for _, v := range transaction.NewTransactionGenerator(s).Slice(n) {
			buf = v.AppendCSV(buf)
		}
		return buf
	},
	"uk_person": func(s uint64, n int) []byte {
		buf := ukperson.AppendUKPersonCSVHeader(nil)
		for _, v := range ukperson.NewUKPersonGenerator(s).Slice(n) {
			buf = v.AppendCSV(buf)
		}
		return buf
	},
}

// TestCompiledCSVMatchesPlan: the checked-in AppendCSV and header write the
// bytes of `synthgen generate -f csv` for the same seed.
func TestCompiledCSVMatchesPlan(t *testing.T) {
	const n = 300
	for _, name := range schemas.Names() {
		enc, ok := compiledCSV[name]
		if !ok {
			t.Errorf("%s has no compiled CSV encoder listed", name)
			continue
		}
		root, err := compiler.Load(name, compiler.Options{})
		if err != nil {
			t.Fatal(err)
		}
		p, err := plan.New(root)
		if err != nil {
			t.Fatal(err)
		}
		for _, seed := range []uint64{0, 42} {
			var want bytes.Buffer
			if err := p.Write(&want, plan.Options{Format: csvFormat(t), Seed: seed, Count: n}); err != nil {
				t.Fatal(err)
			}
			got := enc(seed, n)
			if !bytes.Equal(got, want.Bytes()) {
				t.Errorf("%s seed %d: compiled CSV differs from the plan's:\n%s", name, seed, lineDiff(want.Bytes(), got))
			}
		}
	}
}

func csvFormat(t *testing.T) plan.Format {
	f, err := plan.ParseFormat("csv")
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func lineDiff(want, got []byte) string {
	w, g := bytes.Split(want, []byte("\n")), bytes.Split(got, []byte("\n"))
	for i := 0; i < len(w) && i < len(g); i++ {
		if !bytes.Equal(w[i], g[i]) {
			return fmt.Sprintf("line %d\nplan:     %s\ncompiled: %s", i+1, w[i], g[i])
		}
	}
	return fmt.Sprintf("plan has %d lines, compiled %d", len(w), len(g))
}

// TestFixtures: fixtures are the generator's records of the test's seed,
// stable for a test and different across tests, and With changes only the
// fields it sets.
func TestFixtures(t *testing.T) {
	var first [2]customer.Customer
	for i, name := range []string{"a", "b"} {
		t.Run(name, func(t *testing.T) {
			fx := customer.NewCustomerFixtures(t)
			got := fx.Slice(3)
			again := customer.NewCustomerFixtures(t).Slice(3)
			for j := range got {
				if !bytes.Equal(got[j].AppendJSON(nil), again[j].AppendJSON(nil)) {
					t.Fatalf("record %d differs between two fixtures of the same test", j)
				}
			}
			first[i] = got[0]
			const status = customer.StatusSuspended
			over := customer.NewCustomerFixtures(t).With(func(c *customer.Customer) { c.Status = status })
			for j := uint64(0); j < 3; j++ {
				o, plain := over.At(j), got[j]
				if o.Status != status {
					t.Fatalf("record %d: Status %q, want the override %q", j, o.Status, status)
				}
				plain.Status = status
				if !bytes.Equal(o.AppendJSON(nil), plain.AppendJSON(nil)) {
					t.Fatalf("record %d: With changed more than Status:\n%s\n%s", j, o.AppendJSON(nil), plain.AppendJSON(nil))
				}
			}
			var filled [3]customer.Customer
			customer.NewCustomerFixtures(t).Fill(filled[:])
			if !bytes.Equal(filled[2].AppendJSON(nil), got[2].AppendJSON(nil)) {
				t.Fatal("Fill and Slice disagree")
			}
		})
	}
	if bytes.Equal(first[0].AppendJSON(nil), first[1].AppendJSON(nil)) {
		t.Error("two tests got the same first fixture")
	}
}

// TestEnumTypes: a string enum is a named type whose constants are its
// values and whose Valid accepts exactly them.
func TestEnumTypes(t *testing.T) {
	for _, s := range []customer.Status{customer.StatusActive, customer.StatusInactive, customer.StatusSuspended} {
		if !s.Valid() {
			t.Errorf("%q is not Valid", s)
		}
	}
	if customer.Status("closed").Valid() {
		t.Error(`"closed" is Valid`)
	}
	for _, c := range customer.NewCustomerGenerator(3).Slice(200) {
		if !c.Status.Valid() {
			t.Fatalf("generated status %q is not Valid", c.Status)
		}
	}
}
