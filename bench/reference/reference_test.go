package reference

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// TestRecordsAreValidCustomers keeps the reference honest: its records must
// pass the independent validator against schemas/customer.json (formats
// asserted), as synthgen's must, or the benchmark compares unequal work.
func TestRecordsAreValidCustomers(t *testing.T) {
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	sch, err := c.Compile(filepath.Join("..", "..", "schemas", "customer.json"))
	if err != nil {
		t.Fatal(err)
	}
	g := New(42)
	var buf []byte
	seen := map[string]bool{}
	for i := uint64(0); i < 500; i++ {
		buf = g.AppendJSON(buf[:0], i)
		v, err := jsonschema.UnmarshalJSON(bytes.NewReader(buf))
		if err != nil {
			t.Fatalf("record %d is not JSON: %v\n%s", i, err, buf)
		}
		if err := sch.Validate(v); err != nil {
			t.Fatalf("record %d fails the schema: %v\n%s", i, err, buf)
		}
		seen[string(buf)] = true
	}
	if len(seen) != 500 {
		t.Errorf("500 records but %d distinct", len(seen))
	}
}

// TestOptionalFieldsBothAppearAndGo checks the record shape matches the
// generated one's mix: every optional property is sometimes there and
// sometimes not.
func TestOptionalFieldsBothAppearAndGo(t *testing.T) {
	g := New(1)
	count := map[string]int{}
	for i := uint64(0); i < 400; i++ {
		var rec struct {
			Phone, Nino *string
			Tags        []string
			Address     struct{ Line2 *string }
		}
		if err := json.Unmarshal(g.AppendJSON(nil, i), &rec); err != nil {
			t.Fatal(err)
		}
		for name, there := range map[string]bool{"phone": rec.Phone != nil, "nino": rec.Nino != nil,
			"tags": rec.Tags != nil, "line2": rec.Address.Line2 != nil} {
			if there {
				count[name]++
			}
		}
	}
	for _, name := range []string{"phone", "nino", "tags", "line2"} {
		if n := count[name]; n == 0 || n == 400 {
			t.Errorf("%s present in %d of 400 records, want some but not all", name, n)
		}
	}
}

func BenchmarkAppendJSON(b *testing.B) {
	g := New(1)
	buf := make([]byte, 0, 1024)
	for i := uint64(0); b.Loop(); i++ {
		buf = g.AppendJSON(buf[:0], i)
	}
}

func TestAppendCents(t *testing.T) {
	for c, want := range map[uint64]string{0: "0", 7: "0.07", 50: "0.5", 1234: "12.34", 10000000: "100000"} {
		if got := string(appendCents(nil, c)); got != want {
			t.Errorf("appendCents(%d) = %s, want %s", c, got, want)
		}
	}
}
