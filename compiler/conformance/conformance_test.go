package conformance

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/synthgen/synthgen/compiler"
	"github.com/synthgen/synthgen/compiler/diag"
	"github.com/synthgen/synthgen/compiler/emit/emittest"
	"github.com/synthgen/synthgen/compiler/ir"
	"github.com/synthgen/synthgen/compiler/plan"
)

// suiteDir is the official suite, by its path from this package's folder.
const suiteDir = "../../../shared/corpus/json-schema-test-suite"

const (
	remotePrefix = "http://localhost:1234/"
	recordsPer   = 100
)

type group struct {
	Description string          `json:"description"`
	Schema      json.RawMessage `json:"schema"`
	Tests       []struct {
		Valid bool `json:"valid"`
	} `json:"tests"`
}

// outcome of one group.
type outcome int

const (
	pass outcome = iota
	unsupported
	unsatisfiable
	rejected // an unsatisfiable group (no valid test) that synthgen rejected
	failed
)

type tally [failed + 1]int

// TestConformance generates recordsPer records for every group of the
// suite's core folders that has a valid instance, and requires every record
// to be valid under the independent validator — or a clear schema error.
func TestConformance(t *testing.T) {
	if _, err := os.Stat(suiteDir); err != nil {
		t.Skipf("official JSON-Schema-Test-Suite not found at %s (it lives in ../shared beside the repo): %v", suiteDir, err)
	}
	remotes, _ := filepath.Abs(filepath.Join(suiteDir, "remotes"))
	var table []string
	var total tally
	var diffs []emittest.Package
	for _, draft := range []struct{ dir, name string }{{"draft7", "7"}, {"draft2020-12", "2020-12"}} {
		files, _ := filepath.Glob(filepath.Join(suiteDir, "tests", draft.dir, "*.json"))
		sort.Strings(files)
		for _, file := range files {
			var ft tally
			var groups []group
			pkg := emittest.Package{Name: pkgName(draft.dir, file)}
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(data, &groups); err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			for gi, g := range groups {
				name := fmt.Sprintf("%s/%s/%d", draft.dir, filepath.Base(file), gi)
				o, root, detail := runGroup(t, draft.name, remotes, g)
				ft[o]++
				if o == pass {
					pkg.Roots = append(pkg.Roots, root)
				}
				if o == failed {
					t.Errorf("%s (%s): %s", name, g.Description, detail)
				}
			}
			for i := range total {
				total[i] += ft[i]
			}
			table = append(table, row(draft.dir+"/"+filepath.Base(file), ft))
			if len(pkg.Roots) > 0 {
				diffs = append(diffs, pkg)
			}
		}
	}
	t.Logf("\n%-45s %5s %5s %5s %5s %5s\n%s\n%s", "FILE", "pass", "unsup", "unsat", "rejct", "fail",
		strings.Join(table, "\n"), row("TOTAL", total))

	// Two backends, one truth: the emitted Go of every passing group writes
	// the plan's bytes. One module, one go build for all of them.
	if !testing.Short() {
		emittest.DiffPackages(t, diffs, []uint64{1, 99}, 50)
	}
}

// pkgName is a Go package name for a suite file: draft7/ref.json → draft7_ref.
func pkgName(dir, file string) string {
	name := dir + "_" + strings.TrimSuffix(filepath.Base(file), ".json")
	return strings.NewReplacer("-", "_", ".", "_").Replace(name)
}

func row(name string, t tally) string {
	return fmt.Sprintf("%-45s %5d %5d %5d %5d %5d", name, t[pass], t[unsupported], t[unsatisfiable], t[rejected], t[failed])
}

func runGroup(t *testing.T, draft, remotes string, g group) (outcome outcome, root *ir.Root, detail string) {
	defer func() {
		if r := recover(); r != nil {
			outcome, detail = failed, fmt.Sprintf("panic: %v", r)
		}
	}()
	satisfiable := false
	for _, tc := range g.Tests {
		satisfiable = satisfiable || tc.Valid
	}
	path := filepath.Join(t.TempDir(), "schema.json")
	if err := os.WriteFile(path, g.Schema, 0o644); err != nil {
		t.Fatal(err)
	}
	opts := compiler.Options{Draft: draft, RefDirs: []compiler.RefDir{{Prefix: remotePrefix, Dir: remotes}}}
	root, err := compiler.Load(path, opts)
	if err != nil {
		var de *diag.Error
		switch {
		case !errors.As(err, &de):
			return failed, nil, "not a schema error: " + err.Error()
		case !satisfiable:
			return rejected, nil, ""
		case de.Kind == diag.KindUnsatisfiable:
			return failed, nil, "satisfiable schema called unsatisfiable: " + err.Error()
		}
		if os.Getenv("SYNTHGEN_CONFORMANCE_VERBOSE") != "" {
			t.Logf("unsupported: %v", err)
		}
		return unsupported, nil, ""
	}
	// A group with no valid test may still be satisfiable (the suite lists
	// only the instances it cares about): the validator decides below.
	p, err := plan.New(root)
	if err != nil {
		return failed, nil, "plan: " + err.Error()
	}
	validator := compileValidator(t, draft, remotes, g.Schema)
	w := p.NewWorker()
	for i := uint64(0); i < recordsPer; i++ {
		rec := w.AppendJSON(nil, 1, i)
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(rec))
		if err != nil {
			return failed, nil, fmt.Sprintf("record %d is not JSON: %s", i, rec)
		}
		if err := validator.Validate(inst); err != nil {
			return failed, nil, fmt.Sprintf("record %d invalid: %s\n%v", i, rec, err)
		}
	}
	return pass, root, ""
}

// compileValidator builds the independent judge: santhosh-tekuri's
// validator, formats asserted, remotes read from the suite's folder.
func compileValidator(t *testing.T, draft, remotes string, schema json.RawMessage) *jsonschema.Schema {
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if draft == "7" {
		c.DefaultDraft(jsonschema.Draft7)
	} else {
		c.DefaultDraft(jsonschema.Draft2020)
	}
	c.UseLoader(jsonschema.SchemeURLLoader{
		"file": jsonschema.FileLoader{},
		"http": remoteLoader(remotes),
	})
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schema))
	if err != nil {
		t.Fatal(err)
	}
	const loc = "http://synthgen.test/schema.json"
	if err := c.AddResource(loc, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(loc)
	if err != nil {
		t.Fatalf("validator cannot compile the suite's schema: %v", err)
	}
	return sch
}

type remoteLoader string

func (dir remoteLoader) Load(url string) (any, error) {
	rest, ok := strings.CutPrefix(url, remotePrefix)
	if !ok {
		return nil, fmt.Errorf("no network in tests: %s", url)
	}
	f, err := os.Open(filepath.Join(string(dir), filepath.FromSlash(rest)))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return jsonschema.UnmarshalJSON(f)
}
