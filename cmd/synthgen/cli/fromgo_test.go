package cli

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/synthgen/synthgen/compiler"
	"github.com/synthgen/synthgen/compiler/ir"
)

// shape spells what the round trip keeps of a schema: properties in
// order, which are required, and the JSON type of each value (a string
// enum is a string; formats, bounds and patterns are not kept).
func shape(n ir.Node, depth int) string {
	if depth > 8 {
		return "…"
	}
	switch n := n.(type) {
	case *ir.Ref:
		return shape(n.Def.Node, depth+1)
	case *ir.Object:
		var b strings.Builder
		b.WriteString("{")
		for _, f := range n.Fields {
			mark := "?"
			if f.Required {
				mark = "!"
			}
			b.WriteString(f.Name + mark + ":" + shape(f.Node, depth+1) + " ")
		}
		return b.String() + "}"
	case *ir.Array:
		return "[" + shape(n.Items, depth+1) + "]"
	case *ir.Union:
		var bs []string
		for _, br := range n.Branches {
			bs = append(bs, shape(br, depth+1))
		}
		sort.Strings(bs)
		return strings.Join(bs, "|")
	case *ir.String, *ir.Enum:
		return "string"
	case *ir.Integer:
		return "integer"
	case *ir.Number:
		return "number"
	case *ir.Boolean:
		return "boolean"
	case *ir.Null:
		return "null"
	}
	return "any"
}

// TestFromGoRoundTrip: schema → compile (generated/) → Go type → from-go →
// a schema with the same properties, types and required set.
func TestFromGoRoundTrip(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command on PATH: synthgen from-go needs one")
	}
	if testing.Short() {
		t.Skip("runs go run")
	}
	// event is left out: its const, map-like and tuple properties are
	// runtime.RawJSON in Go, which reflects to any value.
	for _, tc := range []struct{ schema, typ string }{
		{"customer", "github.com/synthgen/synthgen/generated/customer.Customer"},
		{"order", "github.com/synthgen/synthgen/generated/order.Order"},
		{"employee", "github.com/synthgen/synthgen/generated/employee.Employee"},
		{"product", "github.com/synthgen/synthgen/generated/product.Product"},
		{"transaction", "github.com/synthgen/synthgen/generated/transaction.Transaction"},
		{"uk_person", "github.com/synthgen/synthgen/generated/ukperson.UKPerson"},
	} {
		t.Run(tc.schema, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), tc.schema+".json")
			var stderr bytes.Buffer
			e := &env{stdout: &bytes.Buffer{}, stderr: &stderr}
			if code := Run(context.Background(), e, []string{"from-go", tc.typ, "--dir", "../../..", "-o", out}); code != ExitOK {
				t.Fatalf("from-go: exit %d: %s", code, stderr.String())
			}
			orig, err := compiler.Load(tc.schema, compiler.Options{})
			if err != nil {
				t.Fatal(err)
			}
			back, err := compiler.Load(out, compiler.Options{})
			if err != nil {
				data, _ := os.ReadFile(out)
				t.Fatalf("the reflected schema does not load: %v\n%s", err, data)
			}
			if a, b := shape(orig.Node, 0), shape(back.Node, 0); a != b {
				t.Errorf("round trip changed the schema:\nschema:  %s\nfrom-go: %s", a, b)
			}
		})
	}
}

func TestFromGoNeedsAPackageAndAType(t *testing.T) {
	e := &env{stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}}
	if code := Run(context.Background(), e, []string{"from-go", "Customer"}); code != ExitUsage {
		t.Errorf("exit %d, want %d (usage)", code, ExitUsage)
	}
}
