package lower

import (
	"bytes"
	"errors"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/synthgen/synthgen/compiler/diag"
	"github.com/synthgen/synthgen/compiler/plan"
)

// validRecords lowers text (a 2020-12 schema unless it says otherwise),
// generates n records with the plan and returns them decoded, failing the
// test on any record the independent validator rejects.
func validRecords(t *testing.T, text string, n int) []any {
	t.Helper()
	root, err := lowerText(t, "s.json", text)
	if err != nil {
		t.Fatal(err)
	}
	p, err := plan.New(root)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	abs, err := filepath.Abs("s.json")
	if err != nil {
		t.Fatal(err)
	}
	v, err := c.Compile(abs)
	if err != nil {
		t.Fatal(err)
	}
	w := p.NewWorker()
	var out []any
	for i := range uint64(n) {
		rec := w.AppendJSON(nil, 1, i)
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(rec))
		if err != nil {
			t.Fatalf("record %d is not JSON: %s", i, rec)
		}
		if err := v.Validate(inst); err != nil {
			t.Fatalf("record %d invalid: %s\n%v", i, rec, err)
		}
		out = append(out, inst)
	}
	return out
}

func count(recs []any, f func(any) bool) int {
	n := 0
	for _, r := range recs {
		if f(r) {
			n++
		}
	}
	return n
}

func isArray(v any) bool  { _, ok := v.([]any); return ok }
func isObject(v any) bool { _, ok := v.(map[string]any); return ok }

func longerThan(k int) func(any) bool {
	return func(v any) bool { a, ok := v.([]any); return ok && len(a) > k }
}

func TestMaxContainsAllowsItemsThatFailContains(t *testing.T) {
	recs := validRecords(t, `{"contains": {"const": 1}, "maxContains": 1}`, 100)
	if count(recs, longerThan(1)) == 0 {
		t.Errorf("no record is longer than maxContains 1: %v", recs[:5])
	}
	recs = validRecords(t, `{"type": "array", "items": {"type": "integer", "minimum": 0, "maximum": 3},
		"contains": {"const": 1}, "minContains": 2, "maxContains": 2}`, 100)
	if count(recs, longerThan(2)) == 0 {
		t.Errorf("no record is longer than maxContains 2: %v", recs[:5])
	}
	// Capped at maxContains, the array could not meet minItems: this
	// schema was refused as unsupported.
	validRecords(t, `{"type": "array", "minItems": 3, "maxItems": 4,
		"contains": {"type": "object"}, "minContains": 2, "maxContains": 2}`, 20)
}

func TestMaxContainsCapsTheLengthWhenNoItemCanFailContains(t *testing.T) {
	recs := validRecords(t, `{"type": "array", "items": {"const": 1}, "contains": {"const": 1}, "maxContains": 2}`, 100)
	if n := count(recs, longerThan(2)); n > 0 {
		t.Errorf("%d records longer than maxContains 2, though every item matches contains", n)
	}
	if count(recs, longerThan(1)) == 0 {
		t.Errorf("the capped array never reaches maxContains 2: %v", recs[:5])
	}
}

func TestItemsMatchingContainsAreEvaluated(t *testing.T) {
	recs := validRecords(t, `{"contains": {"type": "string"}, "minContains": 0, "unevaluatedItems": false}`, 100)
	if count(recs, longerThan(0)) == 0 {
		t.Errorf("every record is []: items matching contains are evaluated and may be present")
	}
	recs = validRecords(t, `{"if": {"contains": {"const": "a"}}, "then": {"if": {"contains": {"const": "b"}}},
		"unevaluatedItems": false}`, 100)
	if count(recs, longerThan(2)) == 0 {
		t.Errorf("no record holds more than the two forced items: %v", recs[:5])
	}
	// A contains with maxContains does not evaluate further items: they
	// would be counted.
	validRecords(t, `{"contains": {"const": 1}, "maxContains": 1, "unevaluatedItems": {"type": "string"}}`, 100)
}

func TestTypelessSchemaWithOneArrayOrObjectValueDrawsScalarsToo(t *testing.T) {
	tests := []struct {
		name, schema string
		kind         func(any) bool
	}{
		{"unevaluatedItems false", `{"unevaluatedItems": false}`, isArray},
		{"unevaluatedProperties false", `{"unevaluatedProperties": false}`, isObject},
		{"maxItems 0", `{"maxItems": 0}`, isArray},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs := validRecords(t, tt.schema, 100)
			kind := count(recs, tt.kind)
			if kind == 0 || kind == len(recs) {
				t.Errorf("%d of %d records are of the keywords' type; want some, and some scalars", kind, len(recs))
			}
		})
	}
}

func TestTypelessSchemaKeepsItsTypeWhenItHasRoom(t *testing.T) {
	recs := validRecords(t, `{"items": {"type": "integer"}, "maxItems": 3}`, 100)
	if n := count(recs, isArray); n != len(recs) {
		t.Errorf("%d of %d records are arrays; a type-less schema with room in its type keeps it", n, len(recs))
	}
}

func TestTypelessSchemaStaysObjectWhereANotWasLeftOutForObjectsOnly(t *testing.T) {
	// The not is skipped because k is never present, a proof that holds
	// for objects only: a scalar would meet required vacuously, and fail.
	recs := validRecords(t, `{"properties": {"k": false}, "not": {"required": ["k"]}}`, 100)
	if n := count(recs, isObject); n != len(recs) {
		t.Errorf("%d of %d records are objects", n, len(recs))
	}
	// oneOf branches told apart by a discriminator.
	validRecords(t, `{"oneOf": [
		{"properties": {"kind": {"const": "a"}}, "required": ["kind"], "maxProperties": 1},
		{"properties": {"kind": {"const": "b"}}, "required": ["kind"], "maxProperties": 0}]}`, 100)
}

func TestBefore2020ContainsEvaluatesNoItem(t *testing.T) {
	const draft = `"$schema": "https://json-schema.org/draft/2019-09/schema", `
	_, err := lowerText(t, "s.json", `{`+draft+`"type": "array", "contains": {"const": 1}, "unevaluatedItems": false}`)
	var de *diag.Error
	if !errors.As(err, &de) || de.Kind != diag.KindUnsatisfiable {
		t.Errorf("2019-09 contains with unevaluatedItems false: error %v, want unsatisfiable", err)
	}
	validRecords(t, `{`+draft+`"contains": {"type": "integer"}, "unevaluatedItems": {"type": "integer", "minimum": 5}}`, 100)
}
