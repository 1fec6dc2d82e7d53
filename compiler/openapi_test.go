package compiler

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/synthgen/synthgen/compiler/emit/emittest"
	"github.com/synthgen/synthgen/compiler/ir"
	"github.com/synthgen/synthgen/compiler/plan"
)

// The judges below are plain 2020-12 schemas written by hand from the
// OpenAPI documents in testdata/openapi, saying what the OpenAPI dialect
// means: nullable as a type array, a discriminator as a const on each
// branch. The generator's own rewrite of the documents judges nothing.

const customerJudge = `{
  "$defs": {
    "Address": {"type": "object", "required": ["city"], "properties": {
      "city": {"type": "string"}, "postcode": {"type": ["string", "null"]}}},
    "Cat": {"type": "object", "required": ["petType", "name"], "properties": {
      "petType": {"const": "cat"}, "name": {"type": "string"}, "indoor": {"type": "boolean"}}},
    "Dog": {"type": "object", "required": ["name", "petType"], "properties": {
      "petType": {"const": "dog"}, "name": {"type": "string"}, "barks": {"type": "boolean"}}},
    "Lizard": {"type": "object", "required": ["petType"], "properties": {
      "petType": {"const": "Lizard"}, "name": {"type": "string"}}}
  },
  "type": "object",
  "required": ["id", "name", "email", "pet"],
  "properties": {
    "id": {"type": "integer", "exclusiveMinimum": 0},
    "name": {"type": "string", "maxLength": 40},
    "email": {"type": "string", "format": "email"},
    "password": {"type": "string", "minLength": 12},
    "nickname": {"type": ["string", "null"]},
    "tier": {"enum": ["bronze", "silver", "gold", null]},
    "address": {"$ref": "#/$defs/Address"},
    "pet": {"oneOf": [{"$ref": "#/$defs/Cat"}, {"$ref": "#/$defs/Dog"}, {"$ref": "#/$defs/Lizard"}]}
  }
}`

const orderJudge = `{
  "type": "object",
  "required": ["id", "lines", "placed_at"],
  "properties": {
    "id": {"type": "string", "format": "uuid"},
    "placed_at": {"type": "string", "format": "date-time"},
    "note": {"type": ["string", "null"], "maxLength": 80},
    "lines": {"type": "array", "minItems": 1, "maxItems": 5, "items": {
      "type": "object", "required": ["sku", "quantity"], "properties": {
        "sku": {"type": "string", "pattern": "^[A-Z]{3}-[0-9]{4}$"},
        "quantity": {"type": "integer", "minimum": 1, "maximum": 10}}}},
    "payment": {"oneOf": [
      {"type": "object", "required": ["last4", "method"], "properties": {
        "method": {"const": "Card"}, "last4": {"type": "string", "pattern": "^[0-9]{4}$"}}},
      {"type": "object", "required": ["reference", "method"], "properties": {
        "method": {"const": "Transfer"}, "reference": {"type": "string", "maxLength": 18}}}]}
  }
}`

const accountJudge = `{
  "type": "object",
  "required": ["id", "owner"],
  "properties": {
    "id": {"type": "integer", "minimum": 1},
    "owner": {"type": "object", "required": ["email"], "properties": {"email": {"type": "string", "format": "email"}}},
    "closed_on": {"type": ["string", "null"], "format": "date"}
  }
}`

func judge(t *testing.T, text string) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	doc, err := jsonschema.UnmarshalJSON(strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	if err := c.AddResource("mem://judge.json", doc); err != nil {
		t.Fatal(err)
	}
	return c.MustCompile("mem://judge.json")
}

func TestSchemasInsideOpenAPIDocumentsGenerateValidRecords(t *testing.T) {
	for _, tc := range []struct {
		name, src, entity, judge string
		draft                    int
		seen                     []string // substrings some record must hold
	}{
		{"an OpenAPI 3.0 YAML component", "testdata/openapi/petstore.yaml#/components/schemas/Customer", "Customer", customerJudge, 4,
			[]string{`"nickname":null`, `"tier":null`, `"postcode":null`, `"petType":"cat"`, `"petType":"dog"`, `"petType":"Lizard"`, `"password":`, `"id":`}},
		{"an OpenAPI 3.1 JSON component", "testdata/openapi/shop.json#/components/schemas/Order", "Order", orderJudge, 2020,
			[]string{`"note":null`, `"method":"Card"`, `"method":"Transfer"`}},
		{"a Swagger 2.0 definition", "testdata/openapi/swagger.json#/definitions/Account", "Account", accountJudge, 4,
			[]string{`"closed_on":null`, `"closed_on":"20`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root, err := Load(tc.src, Options{Draft: "2019-09"})
			if err != nil {
				t.Fatal(err)
			}
			if root.Name != tc.entity || root.Draft != tc.draft {
				t.Errorf("Name %q Draft %d, want %q and %d", root.Name, root.Draft, tc.entity, tc.draft)
			}
			p, err := plan.New(root)
			if err != nil {
				t.Fatal(err)
			}
			v := judge(t, tc.judge)
			w := p.NewWorker()
			var all bytes.Buffer
			for i := range uint64(400) {
				rec := w.AppendJSON(nil, 7, i)
				inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(rec))
				if err != nil {
					t.Fatalf("record %d is not JSON: %s", i, rec)
				}
				if err := v.Validate(inst); err != nil {
					t.Fatalf("record %d: %s\n%v", i, rec, err)
				}
				all.Write(rec)
			}
			for _, s := range tc.seen {
				if !bytes.Contains(all.Bytes(), []byte(s)) {
					t.Errorf("no record holds %s", s)
				}
			}
		})
	}
}

func TestDiscriminatedBranchesKeepTheirPropertyOrder(t *testing.T) {
	root, err := Load("testdata/openapi/petstore.yaml#/components/schemas/Pet", Options{})
	if err != nil {
		t.Fatal(err)
	}
	p, err := plan.New(root)
	if err != nil {
		t.Fatal(err)
	}
	// The document's order; a discriminator property the branch lacks comes
	// last.
	orders := map[string][]string{
		"cat":    {`"petType"`, `"name"`, `"indoor"`},
		"dog":    {`"name"`, `"barks"`, `"petType"`},
		"Lizard": {`"petType"`, `"name"`},
	}
	w := p.NewWorker()
	for i := range uint64(60) {
		rec := w.AppendJSON(nil, 1, i)
		var v struct{ PetType string }
		if err := json.Unmarshal(rec, &v); err != nil {
			t.Fatal(err)
		}
		last := -1
		for _, k := range orders[v.PetType] {
			at := bytes.Index(rec, []byte(k))
			if at < 0 {
				continue // optional, absent
			}
			if at < last {
				t.Fatalf("%s: keys out of the document's order", rec)
			}
			last = at
		}
	}
}

func TestBothBackendsAgreeOnOpenAPISchemas(t *testing.T) {
	if testing.Short() {
		t.Skip("builds emitted Go")
	}
	var roots []*ir.Root
	for _, src := range []string{
		"testdata/openapi/petstore.yaml#/components/schemas/Customer",
		"testdata/openapi/shop.json#/components/schemas/Order",
		"testdata/openapi/swagger.json#/definitions/Account",
	} {
		root, err := Load(src, Options{})
		if err != nil {
			t.Fatal(err)
		}
		roots = append(roots, root)
	}
	emittest.Diff(t, roots, []uint64{1, 42}, 100)
}
