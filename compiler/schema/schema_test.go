package schema

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/synthgen/synthgen/compiler/diag"
)

// remotes is the official suite's remotes folder, reached from this
// package; its documents are served as http://localhost:1234/.
const remotes = "../../../shared/corpus/json-schema-test-suite/remotes"

// inDir writes files (name → text) into a fresh working directory.
func inDir(t *testing.T, files map[string]string) {
	t.Helper()
	dir := t.TempDir()
	t.Chdir(dir)
	for name, text := range files {
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestLoadErrorsAreOneLineDiagErrors(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		src   string
		kind  diag.Kind
		want  string
	}{
		{"a missing file that is no built-in", nil, "nope.json", diag.KindNotFound,
			"nope.json: no such file or built-in schema (not found); hint: give a schema file, or a built-in name from `synthgen schemas list`"},
		{"a folder is not a schema", map[string]string{"d/x.json": "{}"}, "d", diag.KindNotFound,
			"d: is a directory, not a schema file (not found); hint: give a schema file, or a built-in name from `synthgen schemas list`"},
		{"malformed JSON names line and column", map[string]string{"s.json": "{\n  \"type\": \"object\",\n}"}, "s.json", diag.KindInvalid,
			"s.json: line 3:1: invalid character '}' looking for beginning of object key string (invalid)"},
		{"truncated JSON", map[string]string{"s.json": "{\"type\": "}, "s.json", diag.KindInvalid,
			"s.json: line 1:10: unexpected end of JSON input (invalid)"},
		{"data after the JSON value", map[string]string{"s.json": "{} {}"}, "s.json", diag.KindInvalid,
			"s.json: line 1:4: unexpected data after the top-level value (invalid)"},
		{"an empty file", map[string]string{"s.json": "  \n"}, "s.json", diag.KindInvalid,
			"s.json: empty document (invalid)"},
		{"malformed YAML names the line", map[string]string{"s.yaml": "type: object\nproperties: a: b\n"}, "s.yaml", diag.KindInvalid,
			"s.yaml: line 2: mapping values are not allowed in this context (invalid)"},
		{"a YAML number JSON cannot hold", map[string]string{"s.yaml": "maximum: .inf\n"}, "s.yaml", diag.KindInvalid,
			`s.yaml: line 1:10: ".inf" is not a JSON number (invalid)`},
		{"the metaschema rejects a keyword's value", map[string]string{"s.json": `{"properties": {"age": {"minimum": "5"}}}`}, "s.json", diag.KindInvalid,
			"s.json#/properties/age: minimum: got string, want number (invalid)"},
		{"the metaschema rejects a type name", map[string]string{"s.json": `{"items": {"type": "strin"}}`}, "s.json", diag.KindInvalid,
			"s.json#/items: type: value must be one of 'array', 'boolean', 'integer', 'null', 'number', 'object', 'string' (invalid)"},
		{"the metaschema rejects a subschema", map[string]string{"s.json": `{"properties": {"a": 5}}`}, "s.json", diag.KindInvalid,
			"s.json#/properties/a: got number, want boolean or object (invalid)"},
		{"a dangling local $ref", map[string]string{"s.json": `{"properties": {"a": {"$ref": "#/$defs/nope"}}}`}, "s.json", diag.KindInvalid,
			`s.json#/properties/a: $ref "#/$defs/nope": no such location (invalid)`},
		{"a $ref to a missing file", map[string]string{"dir/s.json": `{"items": {"$ref": "other.json"}}`}, "dir/s.json", diag.KindInvalid,
			`dir/s.json#/items: $ref "other.json": cannot read dir/other.json: no such file or directory (invalid)`},
		{"an error inside a referenced file names that file", map[string]string{"s.json": `{"$ref": "sub/t.yaml"}`, "sub/t.yaml": "minLength: -1\n"}, "s.json", diag.KindInvalid,
			"sub/t.yaml#: minLength: minimum: got -1, want 0 (invalid)"},
		{"draft 3 is not supported", map[string]string{"s.json": `{"$schema": "http://json-schema.org/draft-03/schema#"}`}, "s.json", diag.KindUnsupported,
			`s.json#: $schema "http://json-schema.org/draft-03/schema#" names no supported draft (4, 6, 7, 2019-09, 2020-12) (unsupported)`},
		{"a remote reference is refused with a hint", map[string]string{"s.json": `{"properties": {"a": {"$ref": "https://example.com/a.json#/x"}}}`}, "s.json", diag.KindRemoteRef,
			`s.json#/properties/a: remote reference "https://example.com/a.json#/x" is not fetched (remote ref); hint: ` + RefDirHint},
		{"a remote reference through $id is refused", map[string]string{"s.json": `{"$id": "http://x.test/root.json", "items": {"$ref": "item.json"}}`}, "s.json", diag.KindRemoteRef,
			`s.json#/items: remote reference "item.json" (http://x.test/item.json) is not fetched (remote ref); hint: ` + RefDirHint},
		{"a remote metaschema is refused", map[string]string{"s.json": `{"$schema": "http://example.com/meta"}`}, "s.json", diag.KindRemoteRef,
			`s.json#: remote reference "http://example.com/meta" is not fetched (remote ref); hint: ` + RefDirHint},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inDir(t, tt.files)
			_, err := Load(tt.src, Options{})
			var de *diag.Error
			if !errors.As(err, &de) {
				t.Fatalf("Load error %v (%T), want a *diag.Error", err, err)
			}
			if de.Kind != tt.kind || err.Error() != tt.want {
				t.Errorf("error (%s)\n  %s\nwant (%s)\n  %s", de.Kind, err, tt.kind, tt.want)
			}
		})
	}
}

func TestRefDirsServeRemoteDocumentsFromAFolder(t *testing.T) {
	abs, err := filepath.Abs(remotes)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(abs, "integer.json")); err != nil {
		t.Skipf("JSON Schema test suite remotes not found at %s: %v", remotes, err)
	}
	inDir(t, map[string]string{"s.json": `{"properties": {
		"i": {"$ref": "http://localhost:1234/integer.json"},
		"j": {"$ref": "http://localhost:1234/draft2020-12/subSchemas.json#/$defs/refToInteger"}}}`})
	for _, prefix := range []string{"http://localhost:1234/", "http://localhost:1234"} {
		set, err := Load("s.json", Options{RefDirs: []RefDir{{Prefix: prefix, Dir: abs}}})
		if err != nil {
			t.Fatalf("prefix %q: %v", prefix, err)
		}
		file, ptr := set.Where(set.Root.Properties["i"].Ref)
		if file != filepath.Join(abs, "integer.json") || ptr != "#" {
			t.Errorf("integer.json shown as %s%s", file, ptr)
		}
		file, ptr = set.Where(set.Root.Properties["j"].Ref.Ref)
		if file != filepath.Join(abs, "draft2020-12", "subSchemas.json") || ptr != "#/$defs/integer" {
			t.Errorf("subSchemas.json shown as %s%s", file, ptr)
		}
	}
	_, err = Load("s.json", Options{RefDirs: []RefDir{{Prefix: "http://localhost:9999/", Dir: abs}}})
	var de *diag.Error
	if !errors.As(err, &de) || de.Kind != diag.KindRemoteRef {
		t.Errorf("a RefDir for another prefix: %v", err)
	}
}

func TestRelativeFileRefsResolveAgainstTheSchemasFolder(t *testing.T) {
	inDir(t, map[string]string{
		"schemas/order.json":         `{"properties": {"total": {"$ref": "common/money.yaml#/$defs/money"}}}`,
		"schemas/common/money.yaml":  "$defs:\n  money:\n    $ref: ../../outside.json\n",
		"outside.json":               `{"type": "number"}`,
		"schemas/common/unused.json": `{}`,
	})
	set, err := Load("schemas/order.json", Options{})
	if err != nil {
		t.Fatal(err)
	}
	money := set.Root.Properties["total"].Ref
	if file, ptr := set.Where(money); file != "schemas/common/money.yaml" || ptr != "#/$defs/money" {
		t.Errorf("money at %s%s", file, ptr)
	}
	if file, _ := set.Where(money.Ref); file != "outside.json" {
		t.Errorf("outside.json shown as %s", file)
	}
	if set.File != "schemas/order.json" || set.Name != "order" {
		t.Errorf("File %q Name %q", set.File, set.Name)
	}
}

func TestDocumentsKeepKeyOrderAndJSONNumbers(t *testing.T) {
	inDir(t, map[string]string{"s.yaml": "b: 0x10\na: 1_000\nc: 1.50\nd: 2001-12-14\ne: ~\nf: [yes, true]\n",
		"s.json": `{"b": 1, "a": {"z": 1.50, "y": 2}}`})
	set, err := Load("s.yaml", Options{})
	if err != nil {
		t.Fatal(err)
	}
	raw, keys := set.Raw(set.Root)
	if want := []string{"b", "a", "c", "d", "e", "f"}; !reflect.DeepEqual(keys, want) {
		t.Errorf("keys %v, want %v", keys, want)
	}
	want := map[string]any{"b": json.Number("16"), "a": json.Number("1000"), "c": json.Number("1.50"),
		"d": "2001-12-14", "e": nil, "f": []any{"yes", true}}
	if !reflect.DeepEqual(raw, want) {
		t.Errorf("raw %#v\nwant %#v", raw, want)
	}
	set, err = Load("s.json", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := set.Keys(set.Root, "a"); !reflect.DeepEqual(got, []string{"z", "y"}) {
		t.Errorf("nested keys %v", got)
	}
}

func TestDraftComesFromSchemaElseTheOption(t *testing.T) {
	tests := []struct {
		name, text string
		draft      int
		want       int
	}{
		{"no $schema defaults to 2020-12", `{}`, 0, 2020},
		{"no $schema takes the option", `{"type": "null"}`, 7, 7},
		{"$schema wins over the option", `{"$schema": "http://json-schema.org/draft-04/schema#"}`, 2019, 4},
		{"2019-09", `{"$schema": "https://json-schema.org/draft/2019-09/schema"}`, 0, 2019},
		{"draft 6", `{"$schema": "http://json-schema.org/draft-06/schema#"}`, 0, 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inDir(t, map[string]string{"s.json": tt.text})
			set, err := Load("s.json", Options{Draft: tt.draft})
			if err != nil {
				t.Fatal(err)
			}
			if got := set.Root.DraftVersion; got != tt.want {
				t.Errorf("draft %d, want %d", got, tt.want)
			}
		})
	}
}

func TestParseDraftAcceptsTheUsualSpellings(t *testing.T) {
	for in, want := range map[string]int{"": 0, "4": 4, "draft4": 4, "draft-04": 4, "6": 6, "draft-06": 6,
		"7": 7, "draft7": 7, "draft-07": 7, "Draft-07": 7, "2019-09": 2019, "draft2019-09": 2019,
		"2020-12": 2020, "draft2020-12": 2020, "2020": 2020} {
		if got, err := ParseDraft(in); err != nil || got != want {
			t.Errorf("ParseDraft(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"3", "draft-03", "8", "2021-01", "latest"} {
		if _, err := ParseDraft(in); err == nil {
			t.Errorf("ParseDraft(%q) accepted", in)
		}
	}
}

func TestBuiltinSchemasLoadByName(t *testing.T) {
	inDir(t, nil)
	for _, src := range []string{"customer", "customer.json"} {
		set, err := Load(src, Options{})
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		if set.File != "customer.json" || set.Name != "customer" {
			t.Errorf("%s: File %q Name %q", src, set.File, set.Name)
		}
		if file, ptr := set.Where(set.Root); file != "customer.json" || ptr != "#" {
			t.Errorf("%s: root at %s%s", src, file, ptr)
		}
	}
}

func TestAFileShadowsTheBuiltinOfTheSameName(t *testing.T) {
	inDir(t, map[string]string{"customer": `{"title": "Mine"}`})
	set, err := Load("customer", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if set.Root.Title != "Mine" || set.File != "customer" {
		t.Errorf("loaded %q from %q", set.Root.Title, set.File)
	}
}

func TestPatternsGoCannotCompile(t *testing.T) {
	inDir(t, map[string]string{"s.json": `{"pattern": "^(?!x)"}`})
	if _, err := Load("s.json", Options{}); err != nil {
		t.Errorf("generation loading refused an ECMA-262 pattern: %v", err)
	}
	_, err := Load("s.json", Options{GoRegexp: true})
	var de *diag.Error
	if !errors.As(err, &de) || de.Kind != diag.KindUnsupported || de.Keyword != "pattern" || !strings.HasPrefix(err.Error(), "s.json#: pattern:") {
		t.Errorf("validator loading: %v", err)
	}
}
