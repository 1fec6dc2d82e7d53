package lower

import (
	"errors"
	"fmt"
	"testing"

	"github.com/synthgen/synthgen/compiler/diag"
)

// A subschema nothing matches (`not: {}`, like `false`) forbids an item or
// further members; the schema around it is still satisfiable and its
// records must validate.
func TestSubschemasThatMatchNothingForbidRatherThanFail(t *testing.T) {
	cases := []struct {
		name, schema string
		ok           func(any) bool
	}{
		{"items", `{"type":"array","items":{"not":{}}}`, func(v any) bool { return len(v.([]any)) == 0 }},
		{"items without type", `{"items":{"not":{}}}`, func(v any) bool { a, ok := v.([]any); return !ok || len(a) == 0 }},
		{"a prefix item", `{"type":"array","prefixItems":[{"type":"integer"},{"not":{}}]}`, func(v any) bool { return len(v.([]any)) <= 1 }},
		{"draft 7 additionalItems", `{"$schema":"http://json-schema.org/draft-07/schema#","type":"array","items":[{"const":1}],"additionalItems":{"not":{}}}`,
			func(v any) bool { return len(v.([]any)) <= 1 }},
		{"additionalProperties", `{"type":"object","additionalProperties":{"not":{}}}`, func(v any) bool { return len(v.(map[string]any)) == 0 }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			recs := validRecords(t, c.schema, 200)
			if n := count(recs, c.ok); n != len(recs) {
				t.Fatalf("%d of %d records hold what the schema forbids", len(recs)-n, len(recs))
			}
		})
	}
}

// Forbidding is not a licence to hide conflicts: an item schema whose own
// keywords contradict each other, or a minItems the forbidden items cannot
// meet, is still an unsatisfiable error naming the keyword.
func TestConflictsInItemSchemasAreStillReported(t *testing.T) {
	for _, c := range []struct{ schema, keyword string }{
		{`{"type":"array","items":{"type":"integer","minimum":5,"maximum":1}}`, "minimum"},
		{`{"type":"array","minItems":1,"items":{"not":{}}}`, "minItems"},
		{`{"type":"object","required":["x"],"additionalProperties":{"not":{}}}`, "not"},
	} {
		_, err := lowerText(t, "s.json", c.schema)
		var de *diag.Error
		if !errors.As(err, &de) || de.Kind != diag.KindUnsatisfiable || de.Keyword != c.keyword {
			t.Errorf("%s: got %v, want an unsatisfiable error at keyword %s", c.schema, err, c.keyword)
		}
	}
}

// `not: {contains: C}` is an array none of whose items match C: it now
// lowers (it was unsupported), and `if: {contains}` reaches its else
// branch too.
func TestNotContainsIsAnArrayWithoutSuchItems(t *testing.T) {
	has1 := func(v any) bool {
		for _, x := range v.([]any) {
			if fmt.Sprint(x) == "1" { // numbers decode as json.Number
				return true
			}
		}
		return false
	}
	recs := validRecords(t, `{"type":"array","items":{"enum":[1,2,3]},"not":{"contains":{"const":1}}}`, 300)
	if n := count(recs, has1); n != 0 {
		t.Fatalf("%d arrays hold the item not contains forbids", n)
	}
	recs = validRecords(t, `{"type":"array","items":{"enum":[1,2]},"if":{"contains":{"const":1}},"then":{"minItems":2},"else":{"maxItems":3}}`, 300)
	if n := count(recs, has1); n == 0 || n == len(recs) {
		t.Fatalf("%d of %d arrays hold a 1: if/contains must reach both branches", n, len(recs))
	}
}
