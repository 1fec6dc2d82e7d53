package main

import (
	"bytes"
	"io"
	"strings"
	"testing"
)

const sample = `goos: linux
cpu: AMD EPYC
BenchmarkRecords/schema=customer/backend=compiled-2   	  100000	      500.0 ns/op	       400.0 cpu-ns/record	       497.4 B/record	    1006 B/op	      48 allocs/op
BenchmarkRecords/schema=customer/backend=reference-2  	  100000	      250.0 ns/op	       428.8 B/record	       0 B/op	       0 allocs/op
BenchmarkRecords/schema=order/backend=plan-2          	  100000	     1000 ns/op	      1155 B/record	       0 B/op	       0 allocs/op
PASS
`

func TestTableHasRatesAndRatiosToTheReference(t *testing.T) {
	rows, header, err := parse(strings.NewReader(sample), io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 || len(header) != 2 {
		t.Fatalf("got %d rows, %d header lines; want 3, 2", len(rows), len(header))
	}
	var out bytes.Buffer
	print(&out, rows)
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	compiled := strings.Fields(lines[1])
	want := []string{"customer", "compiled", "500", "400", "2.50M", "1244", "48", "1.00×", "1.60×", "-", "-"}
	if strings.Join(compiled, " ") != strings.Join(want, " ") {
		t.Errorf("compiled row = %q, want %q", compiled, want)
	}
	if order := strings.Fields(lines[3]); order[8] != "-" {
		t.Errorf("order has no reference, but its ratio is %s", order[8])
	}
}

func TestRepeatedSamplesGiveTheirMedian(t *testing.T) {
	in := `BenchmarkRecords/schema=customer/backend=compiled-2  100  900 ns/op  900 cpu-ns/record
BenchmarkRecords/schema=customer/backend=reference-2  100  300 ns/op  300 cpu-ns/record
BenchmarkRecords/schema=customer/backend=compiled-2  100  500 ns/op  500 cpu-ns/record
BenchmarkRecords/schema=customer/backend=reference-2  100  350 ns/op  350 cpu-ns/record
BenchmarkRecords/schema=customer/backend=compiled-2  100  600 ns/op  600 cpu-ns/record
BenchmarkRecords/schema=customer/backend=reference-2  100  250 ns/op  250 cpu-ns/record
`
	rows, _, err := parse(strings.NewReader(in), io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rows[0].backend != "compiled" || rows[0].cpu != 600 || rows[1].cpu != 300 {
		t.Fatalf("rows = %+v, want compiled 600 then reference 300", rows)
	}
}
