package plan_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/synthgen/synthgen/compiler"
	"github.com/synthgen/synthgen/compiler/diag"
	"github.com/synthgen/synthgen/compiler/ir"
	"github.com/synthgen/synthgen/compiler/plan"
)

const uniqueIDs = `{
  "type": "object", "required": ["id", "ref", "n", "code"],
  "properties": {
    "id": {"type": "integer", "minimum": 1, "maximum": 200000, "x-unique": true},
    "ref": {"type": "integer", "minimum": 0, "maximum": 9000000000, "multipleOf": 3, "x-unique": true},
    "maybe": {"type": "integer", "minimum": 0, "maximum": 999999, "x-unique": true},
    "n": {"type": "integer", "minimum": 0, "maximum": 3},
    "merged": {"type": "integer", "minimum": 0, "maximum": 999999, "allOf": [{"minimum": 1}], "x-unique": true},
    "code": {"type": "string", "pattern": "^AB-[0-9]{6}[A-Z]$", "x-unique": true}
  }
}`

// TestUniqueValuesHoldAcrossShards writes 200k records as four shards
// (--start/-n, two workers each) and finds no value of an x-unique field
// twice; id's range holds exactly 200k values, so each appears once.
func TestUniqueValuesHoldAcrossShards(t *testing.T) {
	if testing.Short() {
		t.Skip("200k records")
	}
	p := loadText(t, uniqueIDs)
	const total, shards = 200000, 4
	ids := make([]bool, total+1)
	refs := map[int64]bool{}
	maybes := map[int64]bool{}
	merged := map[int64]bool{} // x-unique beside allOf: kept through the merge
	codes := map[string]bool{}
	for k := uint64(0); k < shards; k++ {
		var b bytes.Buffer
		if err := p.Write(&b, plan.Options{Seed: 9, Start: k * total / shards, Count: total / shards, Workers: 2}); err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(&b)
		for sc.Scan() {
			var r struct {
				ID, Ref int64
				Maybe   *int64
				Merged  *int64
				Code    string
			}
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
				t.Fatal(err)
			}
			if r.ID < 1 || r.ID > total || ids[r.ID] {
				t.Fatalf("id %d out of range or repeated", r.ID)
			}
			ids[r.ID] = true
			if r.Ref%3 != 0 || refs[r.Ref] {
				t.Fatalf("ref %d off the grid or repeated", r.Ref)
			}
			refs[r.Ref] = true
			if len(r.Code) != 10 || !strings.HasPrefix(r.Code, "AB-") || codes[r.Code] {
				t.Fatalf("code %q off the pattern or repeated", r.Code)
			}
			codes[r.Code] = true
			if r.Merged != nil {
				if merged[*r.Merged] || *r.Merged < 1 {
					t.Fatalf("merged %d repeated or below its allOf minimum", *r.Merged)
				}
				merged[*r.Merged] = true
			}
			if r.Maybe != nil {
				if maybes[*r.Maybe] {
					t.Fatalf("maybe %d repeated", *r.Maybe)
				}
				maybes[*r.Maybe] = true
			}
		}
	}
	if len(refs) != total || len(maybes) < total/2 {
		t.Fatalf("%d refs, %d maybes in %d records", len(refs), len(maybes), total)
	}
}

func TestUniqueValuesDependOnTheSeed(t *testing.T) {
	p := loadText(t, uniqueIDs)
	a := writeText(t, p, plan.Options{Seed: 1, Count: 5})
	b := writeText(t, p, plan.Options{Seed: 2, Count: 5})
	if a == b {
		t.Fatal("two seeds wrote the same records")
	}
}

func TestUniqueIsRefusedWhereTheIndexNamesNoSingleValue(t *testing.T) {
	for _, tc := range []struct{ name, schema, want string }{
		{"inside items of an unbounded array", `{"type": "array", "items": {"type": "object", "properties": {"id": {"type": "integer", "x-unique": true}}}}`, "needs the array's maxItems"},
		{"under an unbounded array inside a bounded one", `{"type": "object", "properties": {"a": {"type": "array", "maxItems": 3, "items": {"type": "array", "items": {"type": "string", "format": "uuid", "x-unique": true}}}}}`, "needs the array's maxItems"},
		{"over a range smaller than one record's share", `{"type": "object", "properties": {"a": {"type": "array", "maxItems": 20, "items": {"type": "array", "maxItems": 10, "items": {"type": "integer", "minimum": 1, "maximum": 150, "x-unique": true}}}}}`, "fewer than the 200 one record may hold"},
		{"in a definition", `{"type": "object", "properties": {"a": {"$ref": "#/$defs/id"}}, "$defs": {"id": {"type": "integer", "x-unique": true}}}`, "inside definitions"},
		{"in additionalProperties", `{"type": "object", "additionalProperties": {"type": "integer", "x-unique": true}}`, "additionalProperties"},
		{"on the root value", `{"type": "integer", "x-unique": true}`, "root value itself"},
		{"on a string without a pattern", `{"type": "object", "properties": {"id": {"type": "string", "x-unique": true}}}`, "needs format uuid, or a pattern"},
		{"on a uuid with a pattern", `{"type": "object", "properties": {"id": {"type": "string", "format": "uuid", "pattern": "^[0-9a-f-]{36}$", "x-unique": true}}}`, "needs format uuid, or a pattern and no format"},
		{"on a pattern with alternation", `{"type": "object", "properties": {"id": {"type": "string", "pattern": "^(AB|CD)[0-9]{4,8}$", "x-unique": true}}}`, "not a sequence of literals and classes"},
		{"beside a draft-7 $ref (siblings ignored)", `{"$schema": "http://json-schema.org/draft-07/schema#", "type": "object", "properties": {"id": {"$ref": "#/definitions/id", "x-unique": true}}, "definitions": {"id": {"type": "integer"}}}`, "reaches no integer or string"},
		{"over anyOf branches", `{"type": "object", "properties": {"id": {"anyOf": [{"type": "integer"}, {"type": "string", "format": "uuid"}], "x-unique": true}}}`, "reaches no integer or string"},
		{"on several patterns", `{"type": "object", "properties": {"id": {"type": "string", "allOf": [{"pattern": "^[0-9]{8}$"}, {"pattern": "^[0-4]"}], "x-unique": true}}}`, "several patterns"},
		{"on an enum", `{"type": "object", "properties": {"id": {"enum": [1, 2, 3], "x-unique": true}}}`, "integers and to strings"},
		{"on a number", `{"type": "object", "properties": {"id": {"type": "number", "x-unique": true}}}`, "integers and to strings"},
		{"on a tiny range", `{"type": "object", "properties": {"id": {"type": "integer", "minimum": 1, "maximum": 50, "x-unique": true}}}`, "only 50 values"},
		{"with a distribution", `{"type": "object", "properties": {"id": {"type": "integer", "x-unique": true, "x-distribution": "normal"}}}`, "exclude each other"},
		{"not a boolean", `{"type": "object", "properties": {"id": {"type": "integer", "x-unique": "yes"}}}`, "true or false"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "s.json")
			if err := os.WriteFile(path, []byte(tc.schema), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := compiler.Load(path, compiler.Options{})
			var de *diag.Error
			if !errors.As(err, &de) || !strings.Contains(err.Error(), tc.want) || de.Keyword != "x-unique" {
				t.Fatalf("error %v, want a diag.Error about x-unique saying %q", err, tc.want)
			}
		})
	}
}

const uniqueBelow = `{
  "type": "object", "required": ["customer", "orders"],
  "properties": {
    "uuid": {"type": "string", "format": "uuid", "x-unique": true},
    "customer": {"type": "object", "required": ["ref"], "properties": {
      "ref": {"type": "string", "pattern": "^C[0-9]{7}$", "x-unique": true},
      "handle": {"type": "string", "pattern": "^[a-z]{2,4}_?[0-9]*$", "maxLength": 8, "x-unique": true},
      "alt": {"type": ["integer", "null"], "minimum": 0, "maximum": 99999, "x-unique": true}}},
    "orders": {"type": "array", "maxItems": 3, "items": {"type": "object", "required": ["no", "lines"], "properties": {
      "no": {"type": "integer", "minimum": 0, "maximum": 59999, "x-unique": true},
      "lines": {"type": "array", "minItems": 1, "maxItems": 4, "uniqueItems": true,
        "items": {"type": "string", "format": "uuid", "x-unique": true}}}}}
  }
}`

var handle = regexp.MustCompile(`^[a-z]{2,4}_?[0-9]*$`)

// TestUniqueBelowTheRootHoldsAcrossShards: nested objects take the
// record's index, array items index*maxItems+i (through nested arrays), so
// no value repeats over 20k records written as four --start slices. orders
// .no holds 60000 values for 3 per record: exactly enough.
// x-unique beside a $ref (2019-09 on): the shared definition is lowered in
// place for that field, so its values are unique while another field
// using the same definition is not touched.
func TestUniqueBesideARefHoldsAcrossShards(t *testing.T) {
	p := loadText(t, `{"type": "object", "required": ["id", "code", "seq"], "properties": {
		"id": {"$ref": "#/$defs/uuid", "x-unique": true},
		"code": {"$ref": "#/$defs/code", "x-unique": true},
		"seq": {"$ref": "#/$defs/count", "x-unique": true},
		"other": {"$ref": "#/$defs/count"}},
		"$defs": {"uuid": {"type": "string", "format": "uuid"}, "code": {"type": "string", "pattern": "^C-[0-9]{6}$"},
			"count": {"type": "integer", "minimum": 1, "maximum": 1000000}}}`)
	seen := map[string]bool{}
	for k := uint64(0); k < 4; k++ {
		var b bytes.Buffer
		if err := p.Write(&b, plan.Options{Seed: 9, Start: k * 5000, Count: 5000}); err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(&b)
		for sc.Scan() {
			var r struct {
				ID, Code string
				Seq      int64
			}
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
				t.Fatal(err)
			}
			for _, v := range []string{"id " + r.ID, "code " + r.Code, fmt.Sprint("seq ", r.Seq)} {
				if seen[v] {
					t.Fatalf("%s repeated", v)
				}
				seen[v] = true
			}
		}
	}
	if len(seen) != 3*20000 {
		t.Fatalf("%d distinct values, want %d", len(seen), 3*20000)
	}
}

func TestUniqueBelowTheRootHoldsAcrossShards(t *testing.T) {
	p := loadText(t, uniqueBelow)
	const total, shards = 20000, 4
	seen := map[string]bool{}
	add := func(kind, v string) {
		if seen[kind+v] {
			t.Fatalf("%s %s repeated", kind, v)
		}
		seen[kind+v] = true
	}
	lines := 0
	for k := uint64(0); k < shards; k++ {
		var b bytes.Buffer
		if err := p.Write(&b, plan.Options{Seed: 4, Start: k * total / shards, Count: total / shards, Workers: 2}); err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(&b)
		for sc.Scan() {
			var r struct {
				UUID     *string
				Customer struct {
					Ref    string
					Handle *string
					Alt    *int64
				}
				Orders []struct {
					No    int64
					Lines []string
				}
			}
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
				t.Fatal(err)
			}
			if r.UUID != nil {
				add("uuid", *r.UUID)
			}
			add("ref", r.Customer.Ref)
			if h := r.Customer.Handle; h != nil {
				if !handle.MatchString(*h) || len(*h) > 8 {
					t.Fatalf("handle %q off its pattern", *h)
				}
				add("handle", *h)
			}
			if r.Customer.Alt != nil {
				add("alt", fmt.Sprint(*r.Customer.Alt))
			}
			for _, o := range r.Orders {
				if o.No < 0 || o.No > 59999 {
					t.Fatalf("order no %d out of range", o.No)
				}
				add("no", fmt.Sprint(o.No))
				for _, l := range o.Lines {
					if len(l) != 36 || l[14] != '4' {
						t.Fatalf("line %q is no v4 UUID", l)
					}
					add("line", l)
					lines++
				}
			}
		}
	}
	if lines < total {
		t.Fatalf("only %d order lines in %d records", lines, total)
	}
}

// TestUniqueLimitCountsTheItemsPerRecord: a run may hold range/span
// records, span the product of maxItems along the path.
func TestUniqueLimitCountsTheItemsPerRecord(t *testing.T) {
	p := loadText(t, uniqueBelow)
	limit, ptr, size, span := ir.UniqueLimit(p.Root())
	if limit != 20000 || size != 60000 || span != 3 || !strings.HasSuffix(ptr, "/properties/orders/items/properties/no") {
		t.Fatalf("limit %d at %s (size %d, span %d), want 20000 at orders' no (60000, 3)", limit, ptr, size, span)
	}
}
