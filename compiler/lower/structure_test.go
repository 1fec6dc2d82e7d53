package lower

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/synthgen/synthgen/compiler/ir"
	"github.com/synthgen/synthgen/compiler/schema"
)

func fieldNames(t *testing.T, n ir.Node) []string {
	t.Helper()
	o, ok := n.(*ir.Object)
	if !ok {
		t.Fatalf("got %T, want *ir.Object", n)
	}
	var names []string
	for _, f := range o.Fields {
		names = append(names, f.Name)
	}
	return names
}

func TestPropertyOrderIsTheSchemasOrder(t *testing.T) {
	want := []string{"zeta", "alpha", "mu", "beta", "omega", "delta"}
	tests := []struct{ name, file, text string }{
		{"json", "s.json", `{"type": "object", "properties": {"zeta": {}, "alpha": {}, "mu": {}, "beta": {}, "omega": {}, "delta": {}}}`},
		{"yaml", "s.yaml", "type: object\nproperties:\n  zeta: {}\n  alpha: {}\n  mu: {}\n  beta: {}\n  omega: {}\n  delta: {}\n"},
		{"yaml with anchors and a merge key", "s.yml", "base: &b\n  mu: {}\n  beta: {}\ntype: object\nproperties:\n  zeta: {}\n  alpha: {}\n  <<: *b\n  omega: {}\n  delta: {}\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := lowerText(t, tt.file, tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if got := fieldNames(t, root.Node); !reflect.DeepEqual(got, want) {
				t.Errorf("fields %v, want %v", got, want)
			}
		})
	}
}

func TestARecursiveTreeLowersAndTerminates(t *testing.T) {
	root, err := lowerText(t, "tree.json", `{
		"title": "Tree",
		"$defs": {"node": {"type": "object", "properties": {
			"value": {"type": "integer", "minimum": 0, "maximum": 9},
			"children": {"type": "array", "items": {"$ref": "#/$defs/node"}},
			"parent": {"anyOf": [{"$ref": "#/$defs/node"}, {"type": "null"}]}
		}, "required": ["value", "children", "parent"]}},
		"$ref": "#/$defs/node"}`)
	if err != nil {
		t.Fatal(err)
	}
	if len(root.Defs) != 1 || root.Defs[0].Name != "node" {
		t.Fatalf("defs %v, want one named node", root.Defs)
	}
	if !ir.RecursiveDefs(root)[root.Defs[0]] {
		t.Error("node is not recursive")
	}
	want := `{value:int[0..9*1] children:arr0..-1(ref(node)...) parent:union1(ref(node) | null)}`
	if got := dump(root.Defs[0].Node); got != want {
		t.Errorf("node lowered to\n  %s\nwant\n  %s", got, want)
	}
	if got := dump(root.Node); got != "ref(node)" {
		t.Errorf("root lowered to %s", got)
	}
}

func TestRecursionPrunesOptionsThatNeverFinish(t *testing.T) {
	root, err := lowerText(t, "s.json", `{
		"$defs": {"loop": {"type": "object", "properties": {"next": {"$ref": "#/$defs/loop"}}, "required": ["next"]}},
		"type": "object",
		"properties": {"a": {"type": "null"}, "bad": {"$ref": "#/$defs/loop"},
			"u": {"type": "array", "items": {"$ref": "#/$defs/loop"}}}}`)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := dump(root.Node), `{a?:null u?:arr0..0()}`; got != want {
		t.Errorf("lowered to %s, want %s", got, want)
	}
	if len(root.Defs) != 0 {
		t.Errorf("Defs keeps unreachable definitions: %d", len(root.Defs))
	}
}

func TestDefinitionsAreNamedAndListedInFirstUseOrder(t *testing.T) {
	root, err := lowerText(t, "s.json", `{
		"definitions": {"b": {"type": "null"}, "a": {"type": "boolean"}},
		"properties": {"x": {"$ref": "#/definitions/a"}, "y": {"$ref": "#/definitions/b"},
			"z": {"$ref": "#/definitions/a"}, "t": {"$ref": "#/properties/x"}}}`)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, d := range root.Defs {
		names = append(names, d.Name)
	}
	if want := []string{"a", "b", "x"}; !reflect.DeepEqual(names, want) {
		t.Errorf("defs %v, want %v", names, want)
	}
	o := root.Node.(*ir.Object)
	if o.Fields[0].Node.(*ir.Ref).Def != o.Fields[2].Node.(*ir.Ref).Def {
		t.Error("two refs to one target got two definitions")
	}
}

func TestNodesCarryPointersTitlesAndNotes(t *testing.T) {
	root, err := lowerText(t, "s.json", `{
		"title": "Customer", "description": "one customer",
		"properties": {
			"age": {"type": "integer", "title": "Age", "default": 3, "x-generator": "age", "examples": [1]},
			"seen": {"type": "string", "format": "unix-time"},
			"old": {"type": "string", "$comment": "c"}
		}}`)
	if err != nil {
		t.Fatal(err)
	}
	o := root.Node.(*ir.Object)
	if o.Pointer != "s.json#" || o.Title != "Customer" || o.Description != "one customer" || o.Name != "Customer" {
		t.Errorf("root meta %+v name %q", o.Meta, o.Name)
	}
	age := o.Fields[0].Node.Info()
	if age.Pointer != "s.json#/properties/age" || age.Title != "Age" {
		t.Errorf("age meta %+v", age)
	}
	wantNotes := []string{"annotation default", "annotation examples", "semantic: kind age (x-generator): normal, mean 40, sd 14, in [18, 90]"}
	if !reflect.DeepEqual(age.Notes, wantNotes) {
		t.Errorf("age notes %q, want %q", age.Notes, wantNotes)
	}
	if n := o.Fields[1].Node.Info().Notes; len(n) != 1 || !strings.Contains(n[0], "unknown format unix-time") {
		t.Errorf("seen notes %q", n)
	}
	if n := o.Fields[2].Node.Info().Notes; !reflect.DeepEqual(n, []string{"annotation $comment"}) {
		t.Errorf("old notes %q", n)
	}
}

func TestKeywordsOfOtherDraftsAreNotedNotApplied(t *testing.T) {
	root, err := lowerText(t, "s.json", `{"$schema": "http://json-schema.org/draft-07/schema#",
		"type": "array", "prefixItems": [{"type": "null"}], "$defs": {}, "dependentRequired": {"a": ["b"]}}`)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"ignored keyword prefixItems", "ignored keyword $defs", "ignored keyword dependentRequired"}
	if got := root.Node.Info().Notes; !reflect.DeepEqual(got, want) {
		t.Errorf("notes %q, want %q", got, want)
	}
	if got := dump(root.Node); got != "arr0..-1(any...)" {
		t.Errorf("lowered to %s", got)
	}
}

func TestRootNamesComeFromTitleFileAndJSONLD(t *testing.T) {
	tests := []struct {
		name, file, text           string
		wantName, wantID, wantType string
		wantDraft                  int
	}{
		{"title names the root", "a.json", `{"title": "Order", "$id": "https://x.test/order"}`, "Order", "https://x.test/order", "Order", 2020},
		{"the file names an untitled root", "dir/my_order.yaml", `type: object`, "my_order", "", "", 2020},
		{"draft 4 id", "a.json", `{"$schema": "http://json-schema.org/draft-04/schema#", "id": "urn:x"}`, "a", "urn:x", "", 4},
		{"x-jsonld overrides the type", "a.json", `{"title": "P", "$id": "urn:p", "x-jsonld": {"@context": "https://schema.org", "@type": "Person"}}`, "P", "urn:p", "Person", 2020},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := lowerText(t, tt.file, tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if root.Name != tt.wantName || root.ID != tt.wantID || root.Type != tt.wantType || root.Draft != tt.wantDraft {
				t.Errorf("root Name %q ID %q Type %q Draft %d, want %q %q %q %d",
					root.Name, root.ID, root.Type, root.Draft, tt.wantName, tt.wantID, tt.wantType, tt.wantDraft)
			}
			if strings.Contains(tt.text, "x-jsonld") && root.JSONLDContext != `"https://schema.org"` {
				t.Errorf("root JSONLDContext %s, want the x-jsonld @context as JSON", root.JSONLDContext)
			}
			if root.File != tt.file || root.MaxDepth != DefaultMaxDepth {
				t.Errorf("root File %q MaxDepth %d", root.File, root.MaxDepth)
			}
			if len(root.Node.Info().Notes) != 0 {
				t.Errorf("root notes %q", root.Node.Info().Notes)
			}
		})
	}
}

func TestReferencedFilesKeepTheirOwnPointers(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	must(t, os.MkdirAll("schemas/common", 0o755))
	must(t, os.WriteFile("schemas/common/types.yaml", []byte("$defs:\n  money:\n    type: number\n    multipleOf: 0.01\n    minimum: 0\n    maximum: 10\n"), 0o644))
	must(t, os.WriteFile("schemas/order.json", []byte(`{"properties": {"total": {"$ref": "common/types.yaml#/$defs/money"}}}`), 0o644))
	set, err := schema.Load("schemas/order.json", schema.Options{})
	if err != nil {
		t.Fatal(err)
	}
	root, err := Lower(set, Options{MaxDepth: 5})
	if err != nil {
		t.Fatal(err)
	}
	if root.MaxDepth != 5 {
		t.Errorf("MaxDepth %d", root.MaxDepth)
	}
	d := root.Defs[0]
	if d.Name != "money" || d.Node.Info().Pointer != "schemas/common/types.yaml#/$defs/money" {
		t.Errorf("def %q at %q", d.Name, d.Node.Info().Pointer)
	}
	if got := dump(d.Node); got != "num[0..1000*1/2]" {
		t.Errorf("money lowered to %s", got)
	}
}

func TestBuiltinSchemasLower(t *testing.T) {
	set, err := schema.Load("customer", schema.Options{})
	if err != nil {
		t.Fatal(err)
	}
	root, err := Lower(set, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if root.File != "customer.json" || !strings.HasPrefix(root.Node.Info().Pointer, "customer.json#") {
		t.Errorf("built-in root File %q pointer %q", root.File, root.Node.Info().Pointer)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
