package plan_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/synthgen/synthgen/compiler"
	"github.com/synthgen/synthgen/compiler/diag"
	"github.com/synthgen/synthgen/compiler/plan"
)

const uniqueIDs = `{
  "type": "object", "required": ["id", "ref", "n", "code"],
  "properties": {
    "id": {"type": "integer", "minimum": 1, "maximum": 200000, "x-unique": true},
    "ref": {"type": "integer", "minimum": 0, "maximum": 9000000000, "multipleOf": 3, "x-unique": true},
    "maybe": {"type": "integer", "minimum": 0, "maximum": 999999, "x-unique": true},
    "n": {"type": "integer", "minimum": 0, "maximum": 3},
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
		{"inside array items", `{"type": "array", "items": {"type": "object", "properties": {"id": {"type": "integer", "x-unique": true}}}}`, "root object only"},
		{"in a nested object", `{"type": "object", "properties": {"a": {"type": "object", "properties": {"id": {"type": "integer", "x-unique": true}}}}}`, "root object only"},
		{"on a nullable integer", `{"type": "object", "properties": {"id": {"type": ["integer", "null"], "x-unique": true}}}`, "root object only"},
		{"on a string without a pattern", `{"type": "object", "properties": {"id": {"type": "string", "x-unique": true}}}`, "needs a pattern"},
		{"on a variable-width pattern", `{"type": "object", "properties": {"id": {"type": "string", "pattern": "^[0-9]{4,8}$", "x-unique": true}}}`, "not a fixed-width shape"},
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
