package emit_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/synthgen/synthgen/compiler"
	"github.com/synthgen/synthgen/compiler/emit"
	"github.com/synthgen/synthgen/compiler/emit/emittest"
	"github.com/synthgen/synthgen/compiler/ir"
	"github.com/synthgen/synthgen/runtime"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/*.go.golden from the emitter's output")

// builtins are the schemas of schemas/, by name.
var builtins = []string{"customer", "employee", "event", "order", "product", "transaction", "uk_person"}

// testSchemas loads testdata/*.json, in name order.
func testSchemas(t *testing.T) (names []string, roots []*ir.Root) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no test schemas in testdata: %v", err)
	}
	sort.Strings(files)
	for _, f := range files {
		root, err := compiler.Load(f, compiler.Options{})
		if err != nil {
			t.Fatalf("load %s: %v", f, err)
		}
		names = append(names, strings.TrimSuffix(filepath.Base(f), ".json"))
		roots = append(roots, root)
	}
	return names, roots
}

func loadBuiltins(t *testing.T) []*ir.Root {
	t.Helper()
	var roots []*ir.Root
	for _, name := range builtins {
		root, err := compiler.Load(name, compiler.Options{})
		if err != nil {
			t.Fatalf("load built-in %s: %v", name, err)
		}
		roots = append(roots, root)
	}
	return roots
}

// TestEmittedCodeMatchesGoldenFiles emits each test schema alone and
// compares the file with testdata/golden; -update rewrites them.
func TestEmittedCodeMatchesGoldenFiles(t *testing.T) {
	names, roots := testSchemas(t)
	for i, name := range names {
		t.Run(name, func(t *testing.T) {
			out, err := emit.Package([]*ir.Root{roots[i]}, emit.Options{Package: "golden"})
			if err != nil {
				t.Fatal(err)
			}
			if len(out.Files) != 1 {
				t.Fatalf("got %d files for one root, want 1", len(out.Files))
			}
			got := out.Files[0].Data
			path := filepath.Join("testdata", "golden", name+".go.golden")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./compiler/emit -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("emitted code for %s differs from %s (run go test ./compiler/emit -update if the change is intended):\n%s",
					name, path, firstDiff(string(want), string(got)))
			}
		})
	}
}

// firstDiff shows the first differing line of two texts, with context.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return "line " + itoa(i+1) + ":\nwant: " + wl + "\ngot:  " + gl
		}
	}
	return "(same lines, different bytes)"
}

func itoa(i int) string {
	b, _ := json.Marshal(i)
	return string(b)
}

// TestEmittedCodeMatchesPlan is the differential test: every test schema
// and built-in schema, emitted into one package (one naming scope, one
// build), must write byte for byte what the plan writes.
func TestEmittedCodeMatchesPlan(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a Go module")
	}
	_, roots := testSchemas(t)
	emittest.DiffPackages(t, []emittest.Package{
		{Name: "testschemas", Roots: roots},
		{Name: "builtins", Roots: loadBuiltins(t)},
	}, []uint64{1, 42}, 200)
}

// TestEmitIsDeterministic emits the same roots twice, from two loads.
func TestEmitIsDeterministic(t *testing.T) {
	_, a := testSchemas(t)
	_, b := testSchemas(t)
	outA, err := emit.Package(a, emit.Options{Package: "p"})
	if err != nil {
		t.Fatal(err)
	}
	outB, err := emit.Package(b, emit.Options{Package: "p"})
	if err != nil {
		t.Fatal(err)
	}
	if len(outA.Files) != len(outB.Files) {
		t.Fatalf("%d files, then %d", len(outA.Files), len(outB.Files))
	}
	for i := range outA.Files {
		if outA.Files[i].Name != outB.Files[i].Name || !bytes.Equal(outA.Files[i].Data, outB.Files[i].Data) {
			t.Errorf("file %d (%s) differs between two runs", i, outA.Files[i].Name)
		}
	}
}

// TestStringEnumsAreCanonical checks the assumption that lets a string
// enum be a Go string: the lowering encodes each value exactly as
// runtime.AppendJSONString does, so re-encoding the decoded string gives
// the bytes the plan copies out of Enum.Values. (Were it not so, emit
// would fall back to RawJSON and stay correct, but lose the typing.)
func TestStringEnumsAreCanonical(t *testing.T) {
	_, roots := testSchemas(t)
	roots = append(roots, loadBuiltins(t)...)
	checked := 0
	for _, root := range roots {
		nodes := []ir.Node{root.Node}
		for _, d := range root.Defs {
			nodes = append(nodes, d.Node)
		}
		for _, n := range nodes {
			ir.Walk(n, func(n ir.Node) bool {
				e, ok := n.(*ir.Enum)
				if !ok {
					return true
				}
				for _, v := range e.Values {
					var s string
					if len(v) == 0 || v[0] != '"' || json.Unmarshal(v, &s) != nil {
						continue // not a string
					}
					checked++
					if enc := runtime.AppendJSONString(nil, s); !bytes.Equal(enc, v) {
						t.Errorf("%s: enum value %s is not canonical: AppendJSONString gives %s", e.Pointer, v, enc)
					}
				}
				return true
			})
		}
	}
	if checked < 20 {
		t.Fatalf("checked only %d string enum values; the test schemas should hold more", checked)
	}
}

// TestEmittedTypes pins the Go type each kind of schema maps to, by
// looking for the declarations in the emitted source.
func TestEmittedTypes(t *testing.T) {
	names, roots := testSchemas(t)
	out, err := emit.Package(roots, emit.Options{Package: "p"})
	if err != nil {
		t.Fatal(err)
	}
	src := map[string]string{}
	for i, f := range out.Files {
		src[names[i]] = string(f.Data)
	}
	for _, tc := range []struct{ schema, decl string }{
		{"nested", "OrderID string `json:\"order_id\"`"},
		{"nested", "Customer Customer `json:\"customer\"`"},
		{"nested", "Lines []LinesItem `json:\"lines\"`"},
		{"nested", "Total float64 `json:\"total\"`"},
		{"nested", "Tags *[]Tag `json:\"tags,omitempty\"`"},
		{"nested", "Notes *[][]int64 `json:\"notes,omitempty\"`"},
		{"nested", "Email *string `json:\"email,omitempty\"`"},
		{"nullable", "MiddleName runtime.Nullable[string] `json:\"middle_name\"`"},
		{"nullable", "Manager runtime.Nullable[Person] `json:\"manager\"`"},
		{"nullable", "Scores *runtime.Nullable[[]float64] `json:\"scores,omitempty\"`"},
		{"enums", "Status Status `json:\"status\"`"},
		{"enums", "StatusActive Status = \"active\""},
		{"enums", "QuotedValue5 Quoted = \"<&>\""},
		{"enums", "Level runtime.RawJSON `json:\"level\"`"},
		{"enums", "Flags []runtime.RawJSON `json:\"flags\"`"},
		{"tuples", "Point runtime.RawJSON `json:\"point\"`"},
		{"recursion", "Children *[]Node `json:\"children,omitempty\"`"},
		{"recursion", "Parent *Node `json:\"parent,omitempty\"`"},
		{"recursion", "Next runtime.RawJSON `json:\"next\"`"}, // Nullable[Link] inside Link: a cycle
		{"recursion", "type Money float64"},
		{"maps", "Labels runtime.RawJSON `json:\"labels\"`"},
		{"unions", "Value runtime.RawJSON `json:\"value\"`"},
		{"price", "type Price float64"},
		{"any", "type Any runtime.RawJSON"},
		{"list", "type Steps []StepsItem"},
		{"names", "X2fa bool `json:\"2fa\"`"},
		{"names", "AppendJSON2 bool `json:\"appendJSON\"`"},
		{"gotypes", "type Shipment struct"},
		{"gotypes", "Reference string `json:\"ref\"`"},
		{"gotypes", "Timeout time.Duration `json:\"timeout\"`"},
		{"gotypes", "Kind json.Number `json:\"type\"`"},
		{"gotypes", "Codes *[]time.Month `json:\"codes,omitempty\"`"},
		{"unique", "func genTicket(s runtime.Stream, depth int, seed, index uint64) Ticket"},
		{"unique", "v.ID = ticketIDGen.Unique(seed, index, 0x"},
	} {
		if !strings.Contains(squeeze(src[tc.schema]), tc.decl) {
			t.Errorf("%s: no %q in the emitted code", tc.schema, tc.decl)
		}
	}
	if !equal(out.RootTypes, []string{"Any", "Closed", "Combinators", "Enums", "Shipment", "Steps", "Settings", "OddNames", "ShopOrder", "Contact", "Price", "Provided", "Member", "Org", "Tuples", "Unions", "Ticket", "Consignment", "Voucher"}) {
		t.Errorf("RootTypes = %q", out.RootTypes)
	}
}

// squeeze collapses gofmt's alignment spaces.
func squeeze(s string) string { return strings.Join(strings.Fields(s), " ") }

func equal(a, b []string) bool {
	return strings.Join(a, ",") == strings.Join(b, ",")
}

func TestPackageRejectsBadPackageNames(t *testing.T) {
	root := &ir.Root{Name: "x", File: "x.json", Node: &ir.Boolean{}}
	for _, name := range []string{"", "func", "2x", "a-b", "_", "runtime"} {
		if _, err := emit.Package([]*ir.Root{root}, emit.Options{Package: name}); err == nil {
			t.Errorf("package name %q accepted", name)
		}
	}
}

func TestPackageReportsAPatternItCannotCompile(t *testing.T) {
	root := &ir.Root{Name: "x", File: "x.json", Node: &ir.Object{Fields: []*ir.Field{{
		Name: "code", Required: true,
		Node: &ir.String{Meta: ir.Meta{Pointer: "x.json#/properties/code"}, MaxLen: -1, Pattern: "(a)\\1"},
	}}}}
	_, err := emit.Package([]*ir.Root{root}, emit.Options{Package: "p"})
	if err == nil || !strings.Contains(err.Error(), "x.json#/properties/code") {
		t.Fatalf("err = %v, want an error naming x.json#/properties/code", err)
	}
}
