package lower

import (
	"errors"
	"strings"
	"testing"

	"github.com/synthgen/synthgen/compiler/diag"
)

// A uniqueItems array of pattern strings must reach minItems: the pattern's
// own strings ("a" for ^a) were too few, the array ended early and the
// record was invalid. Every record is checked by the independent validator
// (validRecords), and the arrays must hold at least minItems items.
func TestUniqueStringItemsReachMinItems(t *testing.T) {
	for _, schema := range []string{
		`{"type":"array","uniqueItems":true,"minItems":3,"items":{"type":"string","pattern":"^a"}}`,
		`{"type":"array","uniqueItems":true,"minItems":4,"items":{"type":"string","pattern":"b"}}`,
		`{"type":"array","uniqueItems":true,"minItems":3,"maxItems":6,"items":{"type":"string","pattern":"^(x|y)"}}`,
		`{"type":"array","uniqueItems":true,"minItems":5,"items":{"type":"string","format":"email"}}`,
	} {
		recs := validRecords(t, schema, 200)
		min := 3
		if strings.Contains(schema, `"minItems":4`) {
			min = 4
		} else if strings.Contains(schema, `"minItems":5`) {
			min = 5
		}
		if n := count(recs, func(v any) bool { return len(v.([]any)) >= min }); n != len(recs) {
			t.Errorf("%s: %d of %d arrays are shorter than minItems", schema, len(recs)-n, len(recs))
		}
	}
}

// Where the pattern cannot give enough distinct strings, the schema is
// refused at uniqueItems: unsatisfiable when the pattern's strings can be
// counted, unsupported otherwise — never an invalid record.
func TestTooFewUniqueStringsAreRefused(t *testing.T) {
	for _, c := range []struct {
		schema string
		kind   diag.Kind
	}{
		{`{"type":"array","uniqueItems":true,"minItems":3,"items":{"type":"string","pattern":"^a$"}}`, diag.KindUnsatisfiable},
		{`{"type":"array","uniqueItems":true,"minItems":5,"items":{"type":"string","pattern":"^[ab]$"}}`, diag.KindUnsatisfiable},
		{`{"type":"array","uniqueItems":true,"minItems":3,"items":{"type":"string","pattern":"^(yes|no)$"}}`, diag.KindUnsupported},
	} {
		_, err := lowerText(t, "s.json", c.schema)
		var de *diag.Error
		if !errors.As(err, &de) || de.Kind != c.kind || de.Keyword != "uniqueItems" {
			t.Errorf("%s: got %v, want a %v error at uniqueItems", c.schema, err, c.kind)
		}
	}
}

// Member names must reach minProperties too: a map-like object whose names
// come from patterns wrote {} when the patterns' own strings were too few
// (invalid); now longer names the pattern's search matches are found, or
// the schema is refused at minProperties.
func TestMemberNamesReachMinProperties(t *testing.T) {
	for _, schema := range []string{
		`{"type":"object","patternProperties":{"^x":{"type":"integer"}},"additionalProperties":false,"minProperties":3}`,
		`{"type":"object","propertyNames":{"pattern":"^a"},"minProperties":3}`,
		`{"type":"object","propertyNames":{"enum":["p","q"]},"minProperties":2}`,
	} {
		recs := validRecords(t, schema, 200)
		want := 3
		if strings.Contains(schema, `"minProperties":2`) {
			want = 2
		}
		if n := count(recs, func(v any) bool { return len(v.(map[string]any)) >= want }); n != len(recs) {
			t.Errorf("%s: %d of %d objects have fewer than minProperties members", schema, len(recs)-n, len(recs))
		}
	}
	for _, schema := range []string{
		`{"type":"object","propertyNames":{"pattern":"^a$"},"minProperties":2}`,
		`{"type":"object","propertyNames":{"enum":["p","q"]},"minProperties":3}`,
	} {
		_, err := lowerText(t, "s.json", schema)
		var de *diag.Error
		if !errors.As(err, &de) || de.Keyword != "minProperties" {
			t.Errorf("%s: got %v, want an error at minProperties", schema, err)
		}
	}
}

// Unique arrays of small objects: the values an object can take are
// counted (each field's values, and absence when optional), so too few is
// unsatisfiable, and an item the array needs to reach minItems gets enough
// draws to find a new value (found by the property test: [{"a":null}]
// for minItems 2, 5 records in 1,000).
func TestUniqueObjectItems(t *testing.T) {
	recs := validRecords(t, `{"type":"array","uniqueItems":true,"minItems":2,"items":{"type":"object","properties":{"a":{"const":null}}}}`, 3000)
	if n := count(recs, func(v any) bool { return len(v.([]any)) >= 2 }); n != len(recs) {
		t.Errorf("%d of %d arrays are shorter than minItems", len(recs)-n, len(recs))
	}
	validRecords(t, `{"type":"array","uniqueItems":true,"minItems":6,"items":{"type":"object","required":["a"],"properties":{"a":{"type":"boolean"},"b":{"enum":[1,2]}}}}`, 500)
	for _, schema := range []string{
		`{"type":"array","uniqueItems":true,"minItems":2,"items":{"type":"object","maxProperties":0}}`,
		`{"type":"array","uniqueItems":true,"minItems":7,"items":{"type":"object","required":["a"],"properties":{"a":{"type":"boolean"},"b":{"enum":[1,2]}}}}`,
	} {
		_, err := lowerText(t, "s.json", schema)
		var de *diag.Error
		if !errors.As(err, &de) || de.Kind != diag.KindUnsatisfiable || de.Keyword != "uniqueItems" {
			t.Errorf("%s: got %v, want unsatisfiable at uniqueItems", schema, err)
		}
	}
}

// Found by the property test: items whose generators reach few values,
// under a union or beside contains (which becomes a prefix item), and
// prefix items that may take the items' few values first. Each is
// refused at uniqueItems, never written too short.
func TestUniqueItemsWithFewValuesBesidePrefixOrUnion(t *testing.T) {
	for _, schema := range []string{
		`{"type":"array","uniqueItems":true,"minItems":2,"items":{"anyOf":[{"type":"string","pattern":"^a$"},{"type":"null","not":{"type":"null"}}]}}`,
		`{"type":"array","uniqueItems":true,"minItems":2,"contains":{"not":{"type":"integer"}},"items":{"type":"string","allOf":[{"pattern":"^a$"},{"pattern":"^a[a-z]*"}]}}`,
		`{"type":"array","uniqueItems":true,"minItems":2,"prefixItems":[{"not":{"type":"integer"}}],"items":{"enum":[null]}}`,
		`{"type":"array","uniqueItems":true,"minItems":2,"contains":{"type":"object"},"items":{"type":"object","maxProperties":0}}`,
		`{"type":"array","uniqueItems":true,"minItems":2,"contains":{"type":"integer"},"items":{"type":"number","minimum":10,"maximum":10}}`,
		`{"type":"array","uniqueItems":true,"minItems":2,"items":{"type":"array","uniqueItems":true,"minItems":1,"items":{"type":"string","pattern":"^a"}}}`,
		`{"type":"array","uniqueItems":true,"minItems":8,"items":{"type":"array","maxItems":2,"items":{"enum":[1,2]}}}`,
		`{"type":"array","uniqueItems":true,"minItems":2,"items":{"type":"array","maxItems":1,"contains":{"enum":[0]},"items":{"type":"integer"}}}`,
		`{"type":"array","uniqueItems":true,"minItems":2,"contains":{"not":{"type":"integer"}},"items":{"type":"array","maxItems":1,"contains":{"enum":[0]},"items":{"type":"integer"}}}`,
	} {
		_, err := lowerText(t, "s.json", schema)
		var de *diag.Error
		if !errors.As(err, &de) || de.Keyword != "uniqueItems" {
			t.Errorf("%s: got %v, want an error at uniqueItems", schema, err)
		}
	}
	// Arrays of arrays are counted by length: 1 + 2 + 4 = 7 arrays of 1s
	// and 2s up to two long, so minItems 7 is generated.
	validRecords(t, `{"type":"array","uniqueItems":true,"minItems":7,"items":{"type":"array","maxItems":2,"items":{"enum":[1,2]}}}`, 300)
	// Prefix values apart from the items' values: generated, and valid.
	recs := validRecords(t, `{"type":"array","uniqueItems":true,"minItems":3,"prefixItems":[{"const":"x"}],"items":{"enum":["a","b"]}}`, 300)
	if n := count(recs, func(v any) bool { return len(v.([]any)) >= 3 }); n != len(recs) {
		t.Errorf("%d of %d arrays are shorter than minItems", len(recs)-n, len(recs))
	}
}
