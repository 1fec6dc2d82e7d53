package plan_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/synthgen/synthgen/compiler"
	"github.com/synthgen/synthgen/compiler/plan"
)

func loadText(t *testing.T, schema string) *plan.Plan {
	t.Helper()
	path := filepath.Join(t.TempDir(), "s.json")
	if err := os.WriteFile(path, []byte(schema), 0o644); err != nil {
		t.Fatal(err)
	}
	return load(t, path)
}

func writeText(t *testing.T, p *plan.Plan, opt plan.Options) string {
	t.Helper()
	var b bytes.Buffer
	if err := p.Write(&b, opt); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

const nested = `{
  "type": "object", "required": ["id", "name", "home", "tags"],
  "properties": {
    "id": {"type": "integer", "minimum": 1, "maximum": 9},
    "name": {"type": "string", "pattern": "^[a-z]{1,3}[,\"\n ][a-z]{1,3}$"},
    "home": {"type": "object", "required": ["city"], "properties": {
      "city": {"type": "string", "maxLength": 12},
      "geo": {"type": "object", "required": ["lat"], "properties": {"lat": {"type": "number", "minimum": -90, "maximum": 90}}}
    }},
    "work": {"type": ["object", "null"], "properties": {"floor": {"type": "integer"}}},
    "tags": {"type": "array", "items": {"type": "string", "maxLength": 5}, "maxItems": 3}
  }
}`

// TestCSVRowsCarryTheJSONRecordsValues flattens each NDJSON record with
// encoding/json and checks the CSV row (read back with encoding/csv) holds
// the same values in the header's columns.
func TestCSVRowsCarryTheJSONRecordsValues(t *testing.T) {
	p := loadText(t, nested)
	const n = 300
	rows, err := csv.NewReader(strings.NewReader(writeText(t, p, plan.Options{Format: plan.CSV, Seed: 5, Count: n}))).ReadAll()
	if err != nil {
		t.Fatalf("CSV does not parse: %v", err)
	}
	wantHeader := []string{"id", "name", "home.city", "home.geo.lat", "work", "tags"}
	if fmt.Sprint(rows[0]) != fmt.Sprint(wantHeader) {
		t.Fatalf("header %q, want %q", rows[0], wantHeader)
	}
	lines := strings.Split(strings.TrimSpace(writeText(t, p, plan.Options{Format: plan.NDJSON, Seed: 5, Count: n})), "\n")
	if len(rows) != n+1 || len(lines) != n {
		t.Fatalf("%d CSV rows and %d NDJSON lines for %d records", len(rows), len(lines), n)
	}
	for i, line := range lines {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		want := map[string]string{}
		flatten(want, "", rec, map[string]bool{"home": true, "home.geo": true})
		for c, h := range rows[0] {
			if got := rows[i+1][c]; got != want[h] {
				t.Errorf("record %d column %s: CSV %q, JSON %q\n%s", i, h, got, want[h], line)
			}
		}
	}
}

// flatten is an independent reading of the CSV rules: the named objects
// flatten to dotted columns, strings are bare, null is empty, other values
// are JSON text.
func flatten(out map[string]string, prefix string, v map[string]any, flat map[string]bool) {
	for k, x := range v {
		name := prefix + k
		switch x := x.(type) {
		case map[string]any:
			if flat[name] {
				flatten(out, name+".", x, flat)
				continue
			}
			b, _ := json.Marshal(x)
			out[name] = string(b)
		case string:
			out[name] = x
		case nil:
			out[name] = ""
		case []any:
			var b bytes.Buffer
			enc := json.NewEncoder(&b)
			enc.SetEscapeHTML(false)
			enc.Encode(x)
			out[name] = strings.TrimSpace(b.String())
		default:
			b, _ := json.Marshal(x)
			out[name] = string(b)
		}
	}
}

func TestJSONIsOneArrayOfTheRecords(t *testing.T) {
	p := loadText(t, nested)
	var recs []json.RawMessage
	if err := json.Unmarshal([]byte(writeText(t, p, plan.Options{Format: plan.JSON, Seed: 1, Count: 7})), &recs); err != nil {
		t.Fatal(err)
	}
	if len(recs) != 7 {
		t.Fatalf("%d records, want 7", len(recs))
	}
	if got := writeText(t, p, plan.Options{Format: plan.JSON, Count: 0}); got != "[]\n" {
		t.Errorf("no records: %q, want an empty array", got)
	}
}

func TestJSONLDPrefixesContextAndType(t *testing.T) {
	tests := []struct{ name, schema, want string }{
		{"$id is the vocabulary", `{"$id": "https://x.test/p.json", "title": "Person", "type": "object", "required": ["a"], "properties": {"a": {"const": 1}}}`,
			`{"@context":{"@vocab":"https://x.test/p.json#"},"@type":"Person","a":1}`},
		{"x-jsonld is used as it is", `{"title": "P", "x-jsonld": {"@context": "https://schema.org", "@type": "Person"}, "type": "object", "required": ["a"], "properties": {"a": {"const": 1}}}`,
			`{"@context":"https://schema.org","@type":"Person","a":1}`},
		{"an empty object gets no stray comma", `{"title": "E", "type": "object", "additionalProperties": false}`,
			`{"@context":{"@vocab":"https://schema.org/"},"@type":"E"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := writeText(t, loadText(t, tt.schema), plan.Options{Format: plan.JSONLD, Count: 1})
			if got != tt.want+"\n" {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
	var b bytes.Buffer
	if err := loadText(t, `{"type": "integer"}`).Write(&b, plan.Options{Format: plan.JSONLD, Count: 1}); !errors.Is(err, plan.ErrNotObject) {
		t.Errorf("JSON-LD of integers: %v, want ErrNotObject", err)
	}
}

// TestRecordsAreAFunctionOfTheirIndex: a run from --start I holds exactly
// the records I.. of a run from 0, whatever came before.
func TestRecordsAreAFunctionOfTheirIndex(t *testing.T) {
	p := loadText(t, nested)
	all := strings.SplitAfter(writeText(t, p, plan.Options{Seed: 3, Count: 50}), "\n")
	tail := writeText(t, p, plan.Options{Seed: 3, Start: 20, Count: 30})
	if tail != strings.Join(all[20:], "") {
		t.Error("records 20.. of a run from 20 differ from those of a run from 0")
	}
	if other := writeText(t, p, plan.Options{Seed: 4, Count: 50}); other == strings.Join(all, "") {
		t.Error("seeds 3 and 4 gave the same records")
	}
}

func TestWriteStopsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := loadText(t, nested).Write(&bytes.Buffer{}, plan.Options{Context: ctx, Count: 1 << 30})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled run returned %v", err)
	}
}

func TestRecursiveSchemaStopsAtTheDepthBudget(t *testing.T) {
	p := loadText(t, `{"$defs": {"node": {"type": "object", "required": ["v"], "properties": {
		"v": {"type": "integer"}, "kids": {"type": "array", "items": {"$ref": "#/$defs/node"}}}}},
		"$ref": "#/$defs/node"}`)
	w := p.NewWorker()
	for i := uint64(0); i < 200; i++ {
		rec := w.AppendJSON(nil, 1, i)
		if d := maxDepth(rec); d > 2*(plan.DefaultMaxDepth+1)+1 {
			t.Fatalf("record %d nests %d deep: %s", i, d, rec)
		}
	}
}

func maxDepth(b []byte) int {
	d, max := 0, 0
	for _, c := range b {
		switch c {
		case '{', '[':
			d++
			if d > max {
				max = d
			}
		case '}', ']':
			d--
		}
	}
	return max
}

func BenchmarkPlanCustomer(b *testing.B) {
	root, err := compiler.Load("customer", compiler.Options{})
	if err != nil {
		b.Fatal(err)
	}
	p, _ := plan.New(root)
	w := p.NewWorker()
	buf := make([]byte, 0, 4096)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		buf = w.AppendJSON(buf[:0], 1, uint64(i))
	}
	b.SetBytes(int64(len(buf)))
}
