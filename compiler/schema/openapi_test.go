package schema

import (
	"errors"
	"reflect"
	"testing"

	"github.com/synthgen/synthgen/compiler/diag"
)

const petsYAML = `openapi: 3.0.3
info: {title: pets, version: "1"}
paths: {}
components:
  schemas:
    Owner:
      type: object
      properties:
        name: {type: string, nullable: true}
        tag: {type: string, enum: [a, b], nullable: true}
        ref: {$ref: "#/components/schemas/Tag"}
        any: {nullable: true}
        example: {type: string, example: {type: string, nullable: true}}
        x-note: {type: string, nullable: true}
    Tag: {type: string}
    Pet:
      oneOf:
        - $ref: "#/components/schemas/Cat"
        - $ref: "#/components/schemas/Dog"
      discriminator: {propertyName: kind, mapping: {kitty: "#/components/schemas/Cat"}}
    Mixed:
      oneOf:
        - $ref: "#/components/schemas/Cat"
        - {type: object, properties: {kind: {type: string}}}
      discriminator: {propertyName: kind}
    Cat:
      type: object
      properties: {kind: {type: string}, lives: {type: integer}}
    Dog:
      type: object
      required: [name]
      properties: {name: {type: string}}
`

func TestAFragmentSelectsASchemaInsideADocument(t *testing.T) {
	inDir(t, map[string]string{"api.yaml": petsYAML})
	set, err := Load("api.yaml#/components/schemas/Owner", Options{Draft: 2020})
	if err != nil {
		t.Fatal(err)
	}
	if set.Name != "Owner" || set.File != "api.yaml" || set.Root.DraftVersion != 4 {
		t.Errorf("Name %q File %q draft %d; want Owner, api.yaml and draft 4 for OpenAPI 3.0", set.Name, set.File, set.Root.DraftVersion)
	}
	if file, ptr := set.Where(set.Root); file != "api.yaml" || ptr != "#/components/schemas/Owner" {
		t.Errorf("root at %s%s", file, ptr)
	}
	if got := set.Keys(set.Root, "properties"); !reflect.DeepEqual(got, []string{"name", "tag", "ref", "any", "example", "x-note"}) {
		t.Errorf("property order %v", got)
	}
}

func TestNullableAddsNullToTypedSchemasOnly(t *testing.T) {
	inDir(t, map[string]string{"api.yaml": petsYAML})
	set, err := Load("api.yaml#/components/schemas/Owner", Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := set.Root.Properties
	for _, tc := range []struct {
		name  string
		value any
		valid bool
	}{
		{"name", nil, true},
		{"tag", nil, true},
		{"tag", "c", false},
		{"any", nil, true},
		{"x-note", nil, true}, // a property, whatever its name
		{"example", nil, false},
	} {
		err := p[tc.name].Validate(tc.value)
		if (err == nil) != tc.valid {
			t.Errorf("%s = %v: valid %v, want %v", tc.name, tc.value, err == nil, tc.valid)
		}
	}
	raw, keys := set.Raw(p["name"])
	if !reflect.DeepEqual(raw["type"], []any{"string", "null"}) || !reflect.DeepEqual(keys, []string{"type"}) {
		t.Errorf("name rewritten to %v (keys %v)", raw, keys)
	}
	ex, _ := set.Raw(p["example"])
	if inner := ex["example"].(map[string]any); inner["nullable"] != true {
		t.Errorf("an example value was rewritten: %v", inner)
	}
}

func TestDiscriminatedOneOfBecomesExclusiveBranches(t *testing.T) {
	inDir(t, map[string]string{"api.yaml": petsYAML})
	set, err := Load("api.yaml#/components/schemas/Pet", Options{})
	if err != nil {
		t.Fatal(err)
	}
	pet := set.Root
	if len(pet.OneOf) != 0 || len(pet.AnyOf) != 2 {
		t.Fatalf("oneOf %d anyOf %d; want the discriminated oneOf as anyOf", len(pet.OneOf), len(pet.AnyOf))
	}
	for _, tc := range []struct {
		value map[string]any
		valid bool
	}{
		{map[string]any{"kind": "kitty", "lives": 9}, true},
		{map[string]any{"kind": "Cat"}, false}, // mapped: the key, not the name
		{map[string]any{"kind": "Dog", "name": "rex"}, true},
		{map[string]any{"name": "rex"}, false}, // the discriminator is required
		{map[string]any{"kind": "kitty", "name": "rex"}, true},
	} {
		if err := pet.Validate(tc.value); (err == nil) != tc.valid {
			t.Errorf("%v: valid %v, want %v", tc.value, err == nil, tc.valid)
		}
	}
	cat, _ := Load("api.yaml#/components/schemas/Cat", Options{})
	if err := cat.Root.Validate(map[string]any{"kind": "anything"}); err != nil {
		t.Errorf("the Cat component itself changed: %v", err)
	}
	mixed, err := Load("api.yaml#/components/schemas/Mixed", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(mixed.Root.OneOf) != 2 {
		t.Errorf("a oneOf with an inline branch became %d oneOf, %d anyOf; want it kept", len(mixed.Root.OneOf), len(mixed.Root.AnyOf))
	}
	// The discriminator goes once its branches say it all.
	if raw, keys := set.Raw(pet); raw["discriminator"] != nil || !reflect.DeepEqual(keys, []string{"anyOf"}) {
		t.Errorf("Pet rewritten to keys %v", keys)
	}
	if raw, _ := mixed.Raw(mixed.Root); raw["discriminator"] == nil {
		t.Errorf("Mixed lost its discriminator, though a branch was left alone")
	}
}

func TestOpenAPIVersionsPickTheirDialect(t *testing.T) {
	inDir(t, map[string]string{
		"v31.json":   `{"openapi": "3.1.0", "components": {"schemas": {"A": {"type": ["string", "null"]}}}}`,
		"v2.json":    `{"swagger": "2.0", "definitions": {"A": {"type": "integer", "minimum": 1, "exclusiveMinimum": true}}}`,
		"plain.json": `{"$defs": {"A": {"type": "integer"}}}`,
		"v30.yaml":   "openapi: 3.0\ncomponents: {schemas: {A: {type: integer}}}\n",
		"v20.yaml":   "swagger: 2.0\ndefinitions: {A: {type: integer}}\n",
	})
	for _, tc := range []struct {
		src   string
		draft int
	}{
		{"v31.json#/components/schemas/A", 2020},
		{"v2.json#/definitions/A", 4},
		{"plain.json#/$defs/A", 7},
		{"v30.yaml#/components/schemas/A", 4}, // unquoted versions are YAML numbers
		{"v20.yaml#/definitions/A", 4},
	} {
		set, err := Load(tc.src, Options{Draft: 7})
		if err != nil {
			t.Fatalf("%s: %v", tc.src, err)
		}
		if set.Root.DraftVersion != tc.draft || set.Name != "A" {
			t.Errorf("%s: draft %d Name %q, want %d and A", tc.src, set.Root.DraftVersion, set.Name, tc.draft)
		}
	}
}

func TestAFragmentThatLeadsNowhereSaysWhatIsThere(t *testing.T) {
	inDir(t, map[string]string{"api.yaml": petsYAML})
	_, err := Load("api.yaml#/components/schemas/Nope", Options{})
	var de *diag.Error
	if !errors.As(err, &de) || de.Kind != diag.KindNotFound {
		t.Fatalf("error %v, want a not-found *diag.Error", err)
	}
	want := "api.yaml#/components/schemas/Nope: no such location in the document (not found); hint: #/components/schemas holds Owner, Tag, Pet, Mixed, Cat, Dog"
	if err.Error() != want {
		t.Errorf("error\n  %s\nwant\n  %s", err, want)
	}
}

func TestComponentsExtendingADiscriminatedParentNameThemselves(t *testing.T) {
	inDir(t, map[string]string{
		"api.yaml": `openapi: 3.0.3
components:
  schemas:
    Pet:
      type: object
      required: [petType]
      properties: {petType: {type: string}}
      discriminator: {propertyName: petType, mapping: {doggo: Dog}}
    Cat:
      allOf: [{$ref: "#/components/schemas/Pet"}, {properties: {lives: {type: integer}}}]
    Dog:
      allOf: [{$ref: "#/components/schemas/Pet"}]
`,
		"v2.json": `{"swagger": "2.0", "definitions": {
			"Pet": {"type": "object", "discriminator": "kind", "required": ["kind"], "properties": {"kind": {"type": "string"}}},
			"Cat": {"allOf": [{"$ref": "#/definitions/Pet"}]}}}`,
	})
	for _, tc := range []struct {
		src   string
		value map[string]any
		valid bool
	}{
		{"api.yaml#/components/schemas/Cat", map[string]any{"petType": "Cat", "lives": 9}, true},
		{"api.yaml#/components/schemas/Cat", map[string]any{"petType": "doggo"}, false},
		{"api.yaml#/components/schemas/Dog", map[string]any{"petType": "doggo"}, true},
		{"api.yaml#/components/schemas/Dog", map[string]any{"petType": "Dog"}, false},
		{"api.yaml#/components/schemas/Pet", map[string]any{"petType": "anything"}, true},
		{"v2.json#/definitions/Cat", map[string]any{"kind": "Cat"}, true},
		{"v2.json#/definitions/Cat", map[string]any{"kind": "Pet"}, false},
	} {
		set, err := Load(tc.src, Options{})
		if err != nil {
			t.Fatalf("%s: %v", tc.src, err)
		}
		if err := set.Root.Validate(tc.value); (err == nil) != tc.valid {
			t.Errorf("%s %v: valid %v, want %v", tc.src, tc.value, err == nil, tc.valid)
		}
	}
}

func TestOpenAPIComponentsKeepTheirDialectWhenReferredTo(t *testing.T) {
	inDir(t, map[string]string{
		"api.yaml": "openapi: 3.0.0\ncomponents:\n  schemas:\n    Id: {type: integer, minimum: 0, exclusiveMinimum: true, nullable: true}\n",
		"s.json":   `{"type": "object", "properties": {"id": {"$ref": "api.yaml#/components/schemas/Id"}}}`,
	})
	set, err := Load("s.json", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if set.Root.DraftVersion != 2020 || set.Root.Properties["id"].Ref.DraftVersion != 4 {
		t.Errorf("drafts %d and %d, want 2020 for the file and 4 for the OpenAPI 3.0 component",
			set.Root.DraftVersion, set.Root.Properties["id"].Ref.DraftVersion)
	}
	for _, tc := range []struct {
		id    any
		valid bool
	}{{1, true}, {nil, true}, {0, false}} {
		if err := set.Root.Validate(map[string]any{"id": tc.id}); (err == nil) != tc.valid {
			t.Errorf("id %v: valid %v, want %v", tc.id, err == nil, tc.valid)
		}
	}
}

func TestABranchThatPinsItsDiscriminatorKeepsItsOwnWord(t *testing.T) {
	inDir(t, map[string]string{"api.json": `{"openapi": "3.1.0", "components": {"schemas": {
		"Pet": {"oneOf": [{"$ref": "#/components/schemas/Bird"}, {"$ref": "#/components/schemas/Fish"}],
			"discriminator": {"propertyName": "kind"}},
		"Bird": {"type": "object", "properties": {"kind": {"type": "string", "enum": ["Bird", "Parrot"], "description": "what"}}},
		"Fish": {"type": "object", "properties": {"kind": {"const": "fishy"}}}}}}`})
	set, err := Load("api.json#/components/schemas/Pet", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Root.OneOf) != 2 {
		t.Fatalf("oneOf %d anyOf %d: a oneOf with a branch left alone must stay a oneOf", len(set.Root.OneOf), len(set.Root.AnyOf))
	}
	bird, _ := set.Raw(set.Root.OneOf[0])
	kind := bird["properties"].(map[string]any)["kind"].(map[string]any)
	if !reflect.DeepEqual(kind["enum"], []any{"Bird"}) || kind["description"] != "what" {
		t.Errorf("Bird's kind became %v; want its own schema narrowed to Bird", kind)
	}
	if ref := set.Root.OneOf[1].Ref; ref == nil {
		t.Errorf("Fish, whose const disagrees with its name, was rewritten")
	}
}
