package emit_test

import (
	"testing"

	"github.com/synthgen/synthgen/compiler/emit"
	"github.com/synthgen/synthgen/compiler/emit/emittest"
	"github.com/synthgen/synthgen/compiler/ir"
	"github.com/synthgen/synthgen/runtime"
)

// adversarialNames are property names that are not Go identifiers, or
// that collide after normalisation, with Go keywords and predeclared
// names, with the emitted methods, or with the generated code's locals.
var adversarialNames = []string{
	"type", "func", "package", "range", "import", "var", "go", "chan", "map",
	"interface", "select", "default", "break", "2fa", "007", "@type", "$ref",
	"a-b", "a_b", "A B", "ab", "名前", "ñandú", "Ωmega", "ǅx", "e\u0301", "😀", "",
	" ", "AppendJSON", "MarshalJSON", "appendJSON", "v", "s", "buf", "depth", "x",
	"fs", "shallow", "runtime", "string", "int64", "len", "append", "nil", "true",
	"ID", "id", "Id", "iD", "back`tick", "quote\"d", "new\nline", "tab\tbed",
	"line\u2028sep", "*/", "// not a directive",
}

// adversarialRoots builds, by hand, IR whose names would break a naive
// emitter: the roots' names collide with each other and with their
// definitions and generators, files collide and carry build suffixes, and
// strings hold every character a Go literal or comment must escape.
func adversarialRoots() []*ir.Root {
	meta := ir.Meta{
		Title:       "*/ tricky",
		Description: "Line one.\r\nLine two has a NUL \x00 and a bell \a.\n\n- a list item\n- another // with slashes\n\n" + string(make([]byte, 0)) + "A very long paragraph " + repeat("word ", 40),
	}
	var fields []*ir.Field
	for i, name := range adversarialNames {
		var n ir.Node = &ir.Boolean{Meta: meta}
		switch i % 4 {
		case 1:
			n = &ir.Integer{KLo: -3, KHi: 3, Step: 7}
		case 2:
			n = &ir.String{MinLen: 1, MaxLen: 4, Pattern: "^`[a-c]{1,2}\"$"}
		}
		fields = append(fields, &ir.Field{Name: name, Required: i%3 != 0, Node: n})
	}
	strs := []string{"`back`", "new\nline", "nul\x00", "line\u2028sep", `quote"`, "tab\t", "é", "<&>", "*/"}
	var enum [][]byte
	for _, s := range strs {
		enum = append(enum, runtime.AppendJSONString(nil, s))
	}
	customerDef := &ir.Def{Name: "customer", Node: &ir.Integer{KLo: 0, KHi: 5, Step: 1}}
	generatorDef := &ir.Def{Name: "CustomerGenerator", Node: &ir.Object{Name: "CustomerGenerator", Fields: []*ir.Field{
		{Name: "n", Required: true, Node: &ir.Ref{Def: customerDef}},
	}}}
	fields = append(fields,
		&ir.Field{Name: "customer", Required: true, Node: &ir.Object{Name: "customer", Meta: meta, Fields: []*ir.Field{
			{Name: "customer", Required: true, Node: &ir.Enum{Values: enum}},
		}}},
		&ir.Field{Name: "gen", Required: true, Node: &ir.Ref{Def: generatorDef}},
		&ir.Field{Name: "raw", Required: false, Node: &ir.Enum{Values: append(enum, []byte("1"), []byte("null"))}},
	)
	self := &ir.Def{Name: "Customer"}
	self.Node = &ir.Object{Name: "Customer", Fields: []*ir.Field{
		{Name: "Customer", Required: false, Node: &ir.Ref{Def: self}},
		{Name: "customers", Required: true, Node: &ir.Array{Items: &ir.Ref{Def: self}, MinItems: 0, MaxItems: 2}},
	}}
	return []*ir.Root{
		{Name: "customer", File: "a/customer.json", Node: &ir.Object{Meta: meta, Fields: fields},
			Defs: []*ir.Def{generatorDef, customerDef}},
		{Name: "Customer", File: "b/customer.json", Node: &ir.Ref{Def: self}, Defs: []*ir.Def{self}},
		{Name: "", File: "_hidden_windows.json", Node: &ir.Enum{Values: enum}},
		{Name: "123 go!", File: "x_test.json", Node: &ir.Array{MinItems: 1, MaxItems: 3, Unique: true,
			Items: &ir.Union{Branches: []ir.Node{&ir.Null{}, &ir.Enum{Values: enum}}}}},
		{Name: "runtime", File: "runtime.json", Node: &ir.Number{KLo: -5, KHi: 5, Step: 3, Scale: 1}},
	}
}

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}

// TestAdversarialNamesCompile emits the adversarial roots into one package
// and builds, vets and runs it against the plan.
func TestAdversarialNamesCompile(t *testing.T) {
	roots := adversarialRoots()
	out, err := emit.Package(roots, emit.Options{Package: "odd"})
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, f := range out.Files {
		files = append(files, f.Name)
	}
	wantFiles := []string{"customer.go", "customer2.go", "hidden_windows_schema.go", "x_test_schema.go", "runtime.go"}
	if !equal(files, wantFiles) {
		t.Errorf("files = %q, want %q", files, wantFiles)
	}
	wantTypes := []string{"Customer", "Customer2", "Root", "X123Go", "Runtime"}
	if !equal(out.RootTypes, wantTypes) {
		t.Errorf("RootTypes = %q, want %q", out.RootTypes, wantTypes)
	}
	if testing.Short() {
		t.Skip("builds a Go module")
	}
	emittest.Diff(t, roots, []uint64{1, 42}, 50)
}
