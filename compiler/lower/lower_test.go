package lower

import (
	"errors"
	"strings"
	"testing"

	"github.com/synthgen/synthgen/compiler/diag"
)

func TestLowersEachKeywordToTheExpectedIR(t *testing.T) {
	tests := []struct {
		name   string
		schema string
		want   string
	}{
		{"the true schema is any value", `true`, `any`},
		{"an empty schema is any value", `{}`, `any`},
		{"annotations alone are any value", `{"title": "T", "x-foo": 1}`, `any`},
		{"null", `{"type": "null"}`, `null`},
		{"boolean", `{"type": "boolean"}`, `bool`},
		{"an unbounded integer spans 0 to 1000", `{"type": "integer"}`, `int[0..1000*1]`},
		{"an integer with only a minimum sits on it", `{"type": "integer", "minimum": 5}`, `int[5..1005*1]`},
		{"an integer with only a maximum sits on it", `{"type": "integer", "maximum": -5}`, `int[-1005..-5*1]`},
		{"integer bounds round inwards", `{"type": "integer", "minimum": 1.5, "maximum": 9.5}`, `int[2..9*1]`},
		{"exclusive integer bounds", `{"type": "integer", "exclusiveMinimum": 0, "exclusiveMaximum": 10}`, `int[1..9*1]`},
		{"the tighter of minimum and exclusiveMinimum wins", `{"type": "integer", "minimum": 3, "exclusiveMinimum": 3, "maximum": 4}`, `int[4..4*1]`},
		{"an integer multipleOf is the step", `{"type": "integer", "multipleOf": 5, "minimum": 1, "maximum": 21}`, `int[1..4*5]`},
		{"integer multiples of 2.5 are multiples of 5", `{"type": "integer", "multipleOf": 2.5, "minimum": 0, "maximum": 20}`, `int[0..4*5]`},
		{"every integer is a multiple of 0.5", `{"type": "integer", "multipleOf": 0.5, "minimum": 0, "maximum": 3}`, `int[0..3*1]`},
		{"a large multipleOf keeps ten steps by default", `{"type": "integer", "multipleOf": 1000}`, `int[0..10*1000]`},
		{"a half-open integer range beyond int64 sits at its edge", `{"type": "integer", "minimum": -1e30}`, `int[-9223372036854775808..-9223372036854774808*1]`},
		{"a half-open number range beyond exact decimals sits at its edge", `{"type": "number", "maximum": 1e30}`, `num[999999999899999..999999999999999*1/2]`},
		{"an integer range beyond int64 is clamped", `{"type": "integer", "minimum": 9223372036854775000, "maximum": 1e30}`, `int[9223372036854775000..9223372036854775807*1]`},
		{"an unbounded number has two decimals", `{"type": "number"}`, `num[0..100000*1/2]`},
		{"multipleOf 0.01 over 0..10", `{"type": "number", "multipleOf": 0.01, "minimum": 0, "maximum": 10}`, `num[0..1000*1/2]`},
		{"multipleOf 0.5 keeps one decimal", `{"type": "number", "multipleOf": 0.5, "minimum": -1, "maximum": 1}`, `num[-2..2*5/1]`},
		{"an integral multipleOf has no decimals", `{"type": "number", "multipleOf": 10, "minimum": 5, "maximum": 95}`, `num[1..9*10/0]`},
		{"bounds with more decimals raise the scale", `{"type": "number", "minimum": 0.125, "maximum": 1}`, `num[125..1000*1/3]`},
		{"a tight exclusive range raises the scale", `{"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 0.01}`, `num[1..9*1/3]`},
		{"number with only an exclusive maximum", `{"type": "number", "exclusiveMaximum": 0}`, `num[-100001..-1*1/2]`},
		{"integer or number is a number", `{"type": ["integer", "number"], "maximum": 1, "minimum": 0}`, `num[0..100*1/2]`},
		{"draft 4 boolean exclusiveMaximum", `{"$schema": "http://json-schema.org/draft-04/schema#", "type": "integer", "minimum": 0, "maximum": 10, "exclusiveMaximum": true}`, `int[0..9*1]`},
		{"draft 4 boolean exclusiveMinimum on numbers", `{"$schema": "http://json-schema.org/draft-04/schema#", "type": "number", "minimum": 1, "exclusiveMinimum": true, "maximum": 2}`, `num[101..200*1/2]`},
		{"draft 6 numeric exclusiveMaximum", `{"$schema": "http://json-schema.org/draft-06/schema#", "type": "integer", "exclusiveMaximum": 3, "minimum": 0}`, `int[0..2*1]`},
		{"a string without lengths", `{"type": "string"}`, `str[0..-1]`},
		{"string lengths", `{"type": "string", "minLength": 2, "maxLength": 5}`, `str[2..5]`},
		{"a pattern is kept as written", `{"type": "string", "pattern": "^[a-z]{3}$"}`, `str[0..-1 /^[a-z]{3}$/]`},
		{"a known format", `{"type": "string", "format": "date-time"}`, `str[0..-1 date-time]`},
		{"an unknown format is a plain string", `{"type": "string", "format": "unix-time"}`, `str[0..-1]`},
		{"a format on a non-string is ignored", `{"type": "integer", "format": "int64", "minimum": 0, "maximum": 1}`, `int[0..1*1]`},
		{"an enum keeps its values as canonical JSON", `{"enum": ["a", 1.50, 1e2, null, true, {"b": 1, "a": [2.0]}]}`, `enum["a",1.5,100,null,true,{"a":[2],"b":1}]`},
		{"an enum drops values of other types", `{"type": "string", "enum": ["a", 1, "b"]}`, `enum["a","b"]`},
		{"an enum drops values failing siblings", `{"enum": [1, 5, 10], "minimum": 2, "maximum": 9}`, `enum[5]`},
		{"an enum drops duplicates after canonicalisation", `{"enum": [1, 1.0, 2]}`, `enum[1,2]`},
		{"enum siblings the IR cannot express still filter exactly", `{"enum": [1, 2, 3], "not": {"const": 2}}`, `enum[1,3]`},
		{"a const is an enum of one", `{"const": "x"}`, `enum["x"]`},
		{"a const null", `{"const": null}`, `enum[null]`},
		{"a type array is a union in document order", `{"type": ["string", "null"], "maxLength": 3}`, `union0(str[0..3] | null)`},
		{"a union drops an unsatisfiable type", `{"type": ["integer", "string"], "minimum": 5, "maximum": 1}`, `str[0..-1]`},
		{"string keywords imply a string", `{"minLength": 2}`, `str[2..-1]`},
		{"numeric keywords imply a number", `{"minimum": 1, "maximum": 2}`, `num[100..200*1/2]`},
		{"object keywords imply an object", `{"required": ["a"]}`, `{a:any}`},
		{"array keywords imply an array", `{"maxItems": 2}`, `arr0..2(any...)`},
		{"keywords of several types imply a union", `{"minLength": 1, "maxItems": 1}`, `union0(str[1..-1] | arr0..1(any...))`},
		{"properties keep their order", `{"type": "object", "properties": {"z": {"type": "null"}, "a": {"type": "boolean"}}, "required": ["a"]}`, `{z?:null a:bool}`},
		{"a required property outside properties takes additionalProperties", `{"type": "object", "properties": {"a": {"type": "null"}}, "required": ["b"], "additionalProperties": {"type": "boolean"}}`, `{a?:null b:bool}`},
		{"a required property outside properties is any value by default", `{"type": "object", "required": ["b"]}`, `{b:any}`},
		{"a false property is never generated", `{"type": "object", "properties": {"a": false, "b": {"type": "null"}}}`, `{b?:null}`},
		{"no declared properties make a map", `{"type": "object"}`, `{...0..3:any}`},
		{"a map takes additionalProperties as its values", `{"type": "object", "additionalProperties": {"type": "integer", "minimum": 0, "maximum": 1}}`, `{...0..3:int[0..1*1]}`},
		{"additionalProperties false without properties is the empty object", `{"type": "object", "additionalProperties": false}`, `{}`},
		{"declared properties generate no extra members", `{"type": "object", "properties": {"a": {"type": "null"}}, "additionalProperties": true}`, `{a?:null}`},
		{"minProperties makes optional fields required", `{"type": "object", "properties": {"a": {"type": "null"}, "b": {"type": "null"}}, "minProperties": 1}`, `{a:null b?:null}`},
		{"maxProperties drops trailing optional fields", `{"type": "object", "properties": {"a": {"type": "null"}, "b": {"type": "null"}}, "required": ["b"], "maxProperties": 1}`, `{b:null}`},
		{"maxProperties narrows a map", `{"type": "object", "minProperties": 1, "maxProperties": 2}`, `{...1..2:any}`},
		{"items and lengths", `{"type": "array", "items": {"type": "null"}, "minItems": 1, "maxItems": 4}`, `arr1..4(null...)`},
		{"an array without items holds any values", `{"type": "array"}`, `arr0..-1(any...)`},
		{"draft 7 tuple items with additionalItems", `{"$schema": "http://json-schema.org/draft-07/schema#", "type": "array", "items": [{"type": "null"}, {"type": "boolean"}], "additionalItems": {"type": "string"}}`, `arr0..-1(null, bool, str[0..-1]...)`},
		{"draft 7 tuple items allow any additional items by default", `{"$schema": "http://json-schema.org/draft-07/schema#", "items": [{"type": "null"}]}`, `arr0..-1(null, any...)`},
		{"draft 7 additionalItems false caps the length", `{"$schema": "http://json-schema.org/draft-07/schema#", "items": [{"type": "null"}, {"type": "null"}], "additionalItems": false}`, `arr0..2(null, null, )`},
		{"2020-12 prefixItems and items", `{"prefixItems": [{"type": "boolean"}], "items": {"type": "null"}}`, `arr0..-1(bool, null...)`},
		{"2020-12 items false caps the length at the prefix", `{"prefixItems": [{"type": "boolean"}], "items": false}`, `arr0..1(bool, )`},
		{"a false prefix item caps the length before it", `{"prefixItems": [{"type": "boolean"}, false]}`, `arr0..1(bool, )`},
		{"uniqueItems over a small domain caps maxItems", `{"type": "array", "items": {"type": "boolean"}, "uniqueItems": true}`, `arr0..2u(bool...)`},
		{"uniqueItems over a large domain", `{"type": "array", "items": {"type": "integer"}, "uniqueItems": true, "minItems": 2}`, `arr2..-1u(int[0..1000*1]...)`},
		{"a lone allOf is its branch", `{"allOf": [{"type": "null"}], "description": "d"}`, `null`},
		{"overlapping anyOf is a union, any branch will do", `{"anyOf": [{"type": "integer", "minimum": 0, "maximum": 1}, {"type": "number", "minimum": 0, "maximum": 1}]}`, `union0(int[0..1*1] | num[0..100*1/2])`},
		{"a false anyOf branch is dropped", `{"anyOf": [false, {"type": "null"}]}`, `union0(null)`},
		{"type-disjoint anyOf is a union", `{"anyOf": [{"type": "string", "maxLength": 1}, {"type": "null"}]}`, `union0(str[0..1] | null)`},
		{"type-disjoint oneOf is a union", `{"oneOf": [{"type": "integer", "minimum": 0, "maximum": 1}, {"type": "boolean"}]}`, `union0(int[0..1*1] | bool)`},
		{"a $ref to $defs is a named definition", `{"$defs": {"pos": {"type": "integer", "minimum": 1, "maximum": 2}}, "$ref": "#/$defs/pos"}`, `ref(pos)`},
		{"draft 7 definitions and a ref beside ignored siblings", `{"$schema": "http://json-schema.org/draft-07/schema#", "definitions": {"n": {"type": "null"}}, "properties": {"a": {"$ref": "#/definitions/n", "type": "string"}}}`, `{a?:ref(n)}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := lowerText(t, "s.json", tt.schema)
			if err != nil {
				t.Fatalf("Lower: %v", err)
			}
			if got := dump(root.Node); got != tt.want {
				t.Errorf("lowered to\n  %s\nwant\n  %s", got, tt.want)
			}
		})
	}
}

func TestErrorsNameFilePointerAndKeyword(t *testing.T) {
	tests := []struct {
		name, keyword, schema, want string
	}{
		{"unsatisfiable bounds", "minimum", `{"properties": {"age": {"type": "integer", "minimum": 5, "maximum": 1}}}`,
			"s.json#/properties/age: minimum 5 > maximum 1 (unsatisfiable)"},
		{"equal bounds with an exclusive one", "minimum", `{"type": "number", "minimum": 1, "exclusiveMaximum": 1}`,
			"s.json#: minimum 1 >= exclusiveMaximum 1 (unsatisfiable)"},
		{"draft 4 exclusive bounds say so", "minimum", `{"$schema": "http://json-schema.org/draft-04/schema#", "type": "integer", "minimum": 3, "maximum": 3, "exclusiveMaximum": true}`,
			"s.json#: minimum 3 >= maximum 3 (exclusive) (unsatisfiable)"},
		{"no multiple in range", "multipleOf", `{"type": "integer", "multipleOf": 5, "minimum": 1, "maximum": 4}`,
			"s.json#: no multiple of 5 between minimum 1 and maximum 4 (unsatisfiable)"},
		{"no integer in range", "minimum", `{"type": "integer", "minimum": 1.2, "maximum": 1.8}`,
			"s.json#: no integer between minimum 1.2 and maximum 1.8 (unsatisfiable)"},
		{"string lengths", "minLength", `{"type": "string", "minLength": 5, "maxLength": 1}`,
			"s.json#: minLength 5 > maxLength 1 (unsatisfiable)"},
		{"a format too long for maxLength", "format", `{"properties": {"d": {"type": "string", "format": "uuid", "maxLength": 5}}}`,
			`s.json#/properties/d: format uuid cannot produce strings of at most 5 code points (unsupported)`},
		{"a pattern the runtime refuses", "pattern", `{"type": "string", "pattern": "^(?=a)b"}`,
			"s.json#: pattern ^(?=a)b: "},
		{"an enum with no valid value", "enum", `{"type": "integer", "enum": ["a", "b"]}`,
			"s.json#: no enum value satisfies the schema's other keywords (unsatisfiable)"},
		{"an empty enum", "enum", `{"enum": []}`, "s.json#: enum has no values (unsatisfiable)"},
		{"a pattern RE2 cannot express", "pattern", `{"properties": {"a": {"type": "string", "pattern": "^(?=x)x$"}}}`,
			"s.json#/properties/a: pattern ^(?=x)x$: lookahead (?=...) is not supported (RE2 has no lookaround); rewrite the pattern without it (unsupported)"},
		{"not of everything", "not", `{"not": {}}`,
			"s.json#/not: not of a schema that every value matches has no instance (unsatisfiable)"},
		{"allOf of disjoint types", "type", `{"allOf": [{"type": "string"}, {"type": "integer"}]}`,
			"s.json#/allOf/1: type integer does not meet type string required beside it (allOf, $ref or a combinator branch) (unsatisfiable)"},
		{"two patterns no string of the generator meets", "pattern", `{"type": "string", "pattern": "^a", "allOf": [{"pattern": "b$"}]}`,
			"s.json#: pattern ^a with pattern b$ cannot produce strings of at least 0 code points (unsupported)"},
		{"oneOf whose second branch contains the first", "not", `{"oneOf": [{"type": "integer"}, {"type": "number"}]}`,
			"s.json#/oneOf/0: this not cannot be generated yet: no not alternative has an instance (unsupported)"},
		{"oneOf with identical branches", "oneOf", `{"oneOf": [{"type": "null"}, {"type": "null"}]}`,
			"s.json#: no oneOf alternative has an instance (unsatisfiable)"},
		{"anyOf with siblings none can meet", "anyOf", `{"type": "object", "maxProperties": 0, "anyOf": [{"required": ["a"]}, {"required": ["b"]}]}`,
			"s.json#: no anyOf alternative has an instance (unsatisfiable)"},
		{"the false schema", "", `false`, "s.json#: the false schema has no instance (unsatisfiable)"},
		{"a required false property", "required", `{"properties": {"a": false}, "required": ["a"]}`,
			`s.json#: required property "a" has the false schema (unsatisfiable)`},
		{"a required property that additionalProperties forbids", "required", `{"properties": {}, "required": ["a"], "additionalProperties": false}`,
			`s.json#: required property "a" is not in properties and additionalProperties is false (unsatisfiable)`},
		{"too few items allowed", "minItems", `{"prefixItems": [{"type": "null"}], "items": false, "minItems": 2}`,
			"s.json#: minItems 2, but the item schemas allow at most 1 items (unsatisfiable)"},
		{"uniqueItems over too small a domain", "uniqueItems", `{"items": {"enum": [1, 2]}, "uniqueItems": true, "minItems": 3}`,
			"s.json#: uniqueItems with minItems 3, but the items have only 2 distinct values (unsatisfiable)"},
		{"minProperties beyond maxProperties", "minProperties", `{"minProperties": 3, "maxProperties": 2}`,
			"s.json#: minProperties 3 > maxProperties 2 (unsatisfiable)"},
		{"a recursion without end", "$ref", `{"type": "object", "properties": {"next": {"$ref": "#"}}, "required": ["next"]}`,
			"s.json#: recursive schema has no finite instance (unsatisfiable)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := lowerText(t, "s.json", tt.schema)
			if err == nil {
				t.Fatalf("lowered; want error %q", tt.want)
			}
			if got := err.Error(); got != tt.want && !(strings.HasSuffix(tt.want, ": ") && strings.HasPrefix(got, tt.want)) {
				t.Errorf("error\n  %s\nwant\n  %s", got, tt.want)
			}
			var de *diag.Error
			if !errors.As(err, &de) || de.Keyword != tt.keyword {
				t.Errorf("error %#v, want a *diag.Error with keyword %q", err, tt.keyword)
			}
		})
	}
}
