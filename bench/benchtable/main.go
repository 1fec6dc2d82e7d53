// Command benchtable reads `go test -bench` output of bench/peers'
// BenchmarkRecords on stdin and prints one table: schema × backend →
// ns/record (wall), cpu-ns/record, records/s, MB/s, allocs/record, and
// where the schema has them, the ratios to the compiled generator, the
// hand-written reference and both gofakeit variants (CPU time of the row
// ÷ CPU time of the yardstick: lower is faster).
//
//	cd bench/peers && go test -run '^$' -bench Records -benchmem | go run ../benchtable
//
// With -count N each row has N samples, taken in N passes over every row;
// the table shows each row's median sample (by its cost). On a machine
// whose speed drifts, as a shared VM's does by half from one minute to the
// next, rows measured minutes apart in one pass can differ by the drift
// alone; passes spread every row's samples over the whole run, and the
// median keeps the rows comparable.
//
// Benchmark lines are echoed to stderr as they arrive, so a long run shows
// progress.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
)

// row is one benchmark result.
type row struct {
	schema, backend       string
	ns, cpu, bytes, alloc float64
}

var line = regexp.MustCompile(`^BenchmarkRecords/schema=([^/]+)/backend=(\S+?)(-\d+)?\s+\d+\s+(.*)$`)

// yardsticks are the backends every other row of the same schema is
// compared with, in column order.
var yardsticks = []string{"compiled", "reference", "gofakeit-struct", "gofakeit-calls"}

func main() {
	rows, header, err := parse(os.Stdin, os.Stderr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchtable:", err)
		os.Exit(1)
	}
	if len(rows) == 0 {
		fmt.Fprintln(os.Stderr, "benchtable: no BenchmarkRecords lines on stdin")
		os.Exit(1)
	}
	for _, h := range header {
		fmt.Println(h)
	}
	print(os.Stdout, rows)
}

func parse(r io.Reader, echo io.Writer) ([]row, []string, error) {
	var rows []row
	var header []string
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		t := sc.Text()
		fmt.Fprintln(echo, t)
		for _, p := range []string{"goos:", "goarch:", "cpu:"} {
			if strings.HasPrefix(t, p) {
				header = append(header, t)
			}
		}
		m := line.FindStringSubmatch(t)
		if m == nil {
			continue
		}
		rw := row{schema: m[1], backend: m[2]}
		f := strings.Fields(m[4])
		for i := 0; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				continue
			}
			switch f[i+1] {
			case "ns/op":
				rw.ns = v
			case "cpu-ns/record":
				rw.cpu = v
			case "B/record":
				rw.bytes = v
			case "allocs/op":
				rw.alloc = v
			}
		}
		rows = append(rows, rw)
	}
	return medians(rows), header, sc.Err()
}

// medians keeps one row per schema and backend, in first-seen order: the
// median of its samples by cost (the upper one of an even count).
func medians(rows []row) []row {
	var order []string
	samples := map[string][]row{}
	for _, r := range rows {
		k := r.schema + "/" + r.backend
		if _, ok := samples[k]; !ok {
			order = append(order, k)
		}
		samples[k] = append(samples[k], r)
	}
	out := make([]row, 0, len(order))
	for _, k := range order {
		rs := samples[k]
		slices.SortStableFunc(rs, func(a, b row) int {
			switch {
			case a.cost() < b.cost():
				return -1
			case a.cost() > b.cost():
				return 1
			}
			return 0
		})
		out = append(out, rs[len(rs)/2])
	}
	return out
}

func print(w io.Writer, rows []row) {
	cost := map[string]float64{}
	for _, r := range rows {
		cost[r.schema+"/"+r.backend] = r.cost()
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "schema\tbackend\tns/record\tcpu-ns/record\trecords/s\tMB/s\tallocs/record\t÷compiled\t÷reference\t÷gofakeit-struct\t÷gofakeit-calls\t")
	for _, r := range rows {
		c := r.cost()
		fmt.Fprintf(tw, "%s\t%s\t%.0f\t%.0f\t%s\t%.0f\t%.0f\t", r.schema, r.backend, r.ns, r.cpu,
			human(1e9/c), r.bytes/c*1e3, r.alloc)
		for _, y := range yardsticks {
			if base, ok := cost[r.schema+"/"+y]; ok && base > 0 {
				fmt.Fprintf(tw, "%.2f×\t", c/base)
			} else {
				fmt.Fprint(tw, "-\t")
			}
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
	fmt.Fprintln(w, "records/s, MB/s and the ratios are per core, from CPU time (cpu-ns/record) when the")
	fmt.Fprintln(w, "benchmark reports it: on a shared machine wall time (ns/record) also counts waiting for a core.")
}

// cost is the time a record took: CPU time when known, else wall time.
func (r row) cost() float64 {
	if r.cpu > 0 {
		return r.cpu
	}
	return r.ns
}

// human prints a rate with a k/M suffix.
func human(v float64) string {
	switch {
	case v >= 1e6:
		return fmt.Sprintf("%.2fM", v/1e6)
	case v >= 1e3:
		return fmt.Sprintf("%.1fk", v/1e3)
	}
	return fmt.Sprintf("%.0f", v)
}
