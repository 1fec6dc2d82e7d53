package conformance

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
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

// strictVariety makes a group whose records are all the same fail, where
// the suite shows two distinct valid instances. Every group varies; turned
// off, the run only logs such groups (a survey while a change is under way).
const strictVariety = true

const (
	remotePrefix = "http://localhost:1234/"
	recordsPer   = 100
)

type group struct {
	Description string          `json:"description"`
	Schema      json.RawMessage `json:"schema"`
	Tests       []struct {
		Data  json.RawMessage `json:"data"`
		Valid bool            `json:"valid"`
	} `json:"tests"`
}

// validInstances counts the distinct instances the group calls valid.
func (g group) validInstances() int {
	seen := map[string]bool{}
	for _, tc := range g.Tests {
		var v any
		if tc.Valid && json.Unmarshal(tc.Data, &v) == nil {
			b, _ := json.Marshal(v)
			seen[string(b)] = true
		}
	}
	return len(seen)
}

// outcome of one group.
type outcome int

const (
	pass outcome = iota
	unsupported
	unsatisfiable // a group with no valid test that synthgen rejected
	failed
)

type tally [failed + 1]int

// folders are the suite folders walked for each draft: the core tests,
// then the optional ones (whose format tests the validator asserts).
var folders = []string{"", "optional", "optional/format"}

// recordCount is recordsPer, or SYNTHGEN_CONFORMANCE_RECORDS to look
// for rarer invalid records than 100 a group can show.
func recordCount() uint64 {
	if n, err := strconv.ParseUint(os.Getenv("SYNTHGEN_CONFORMANCE_RECORDS"), 10, 64); err == nil && n > 0 {
		return n
	}
	return recordsPer
}

// TestConformance generates recordsPer records for every group of the
// suite's core and optional folders, and requires every record to be valid
// under the independent validator — or a clear schema error. With -update
// it writes the per-file table to docs/CONFORMANCE.md; without, it fails
// when that file is stale.
func TestConformance(t *testing.T) {
	if _, err := os.Stat(suiteDir); err != nil {
		t.Skipf("official JSON-Schema-Test-Suite not found at %s (it lives in ../shared beside the repo): %v", suiteDir, err)
	}
	remotes, _ := filepath.Abs(filepath.Join(suiteDir, "remotes"))
	var rep report
	var diffs []emittest.Package
	for _, draft := range []struct{ dir, name string }{{"draft7", "7"}, {"draft2020-12", "2020-12"}} {
		for _, folder := range folders {
			dir := path.Join(draft.dir, folder)
			files, _ := filepath.Glob(filepath.Join(suiteDir, "tests", filepath.FromSlash(dir), "*.json"))
			sort.Strings(files)
			for _, file := range files {
				rel := path.Join(dir, filepath.Base(file))
				ft, pkg, whys := runFile(t, draft.name, remotes, file, rel)
				rep.add(dir, rel, ft, whys)
				if len(pkg.Roots) > 0 {
					diffs = append(diffs, pkg)
				}
			}
		}
	}
	rep.check(t)

	// Two backends, one truth: the emitted Go of every passing group writes
	// the plan's bytes. One module, one go build for all of them.
	if !testing.Short() {
		emittest.DiffPackages(t, diffs, []uint64{1, 99}, 50)
	}
}

// runFile runs every group of one suite file (rel is its path under
// tests/) and returns its tally, the package of its passing groups and
// the keywords of its unsupported ones.
func runFile(t *testing.T, draft, remotes, file, rel string) (ft tally, pkg emittest.Package, whys []string) {
	var groups []group
	pkg = emittest.Package{Name: pkgName(rel)}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &groups); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	for gi, g := range groups {
		o, root, detail, why := runGroup(t, draft, remotes, g)
		ft[o]++
		if o == unsupported {
			whys = append(whys, why)
		}
		if o == pass {
			pkg.Roots = append(pkg.Roots, root)
		}
		switch {
		case o == failed:
			t.Errorf("%s/%d (%s): %s", rel, gi, g.Description, detail)
		case detail != "":
			t.Logf("%s/%d (%s): %s", rel, gi, g.Description, detail)
		}
	}
	return ft, pkg, whys
}

// pkgName is a Go package name for a suite file:
// draft7/optional/format/date-time.json → draft7_optional_format_date_time.
func pkgName(rel string) string {
	return strings.NewReplacer("-", "_", ".", "_", "/", "_").Replace(strings.TrimSuffix(rel, ".json"))
}

// runGroup runs one group. An unsupported group's why is the keyword
// synthgen refused.
func runGroup(t *testing.T, draft, remotes string, g group) (outcome outcome, root *ir.Root, detail, why string) {
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
			return failed, nil, "not a schema error: " + err.Error(), ""
		case !satisfiable:
			return unsatisfiable, nil, "", ""
		case de.Kind == diag.KindUnsatisfiable:
			return failed, nil, "satisfiable schema called unsatisfiable: " + err.Error(), ""
		}
		if os.Getenv("SYNTHGEN_CONFORMANCE_VERBOSE") != "" {
			t.Logf("unsupported: %v", err)
		}
		return unsupported, nil, err.Error(), de.Keyword
	}
	// A group with no valid test may still be satisfiable (the suite lists
	// only the instances it cares about): the validator decides below.
	p, err := plan.New(root)
	if err != nil {
		return failed, nil, "plan: " + err.Error(), ""
	}
	validator, err := compileValidator(draft, remotes, g.Schema)
	if err != nil {
		// No judge, no verdict: a pattern neither ECMA engine reads.
		return unsupported, nil, "the validator cannot compile the schema: " + err.Error(), "(the validator)"
	}
	w := p.NewWorker()
	distinct := map[string]bool{}
	for i := uint64(0); i < recordCount(); i++ {
		rec := w.AppendJSON(nil, 1, i)
		distinct[string(rec)] = true
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(rec))
		if err != nil {
			return failed, nil, fmt.Sprintf("record %d is not JSON: %s", i, rec), ""
		}
		if err := validator.Validate(inst); err != nil {
			return failed, nil, fmt.Sprintf("record %d invalid: %s\n%v", i, rec, err), ""
		}
	}
	// Variety: where the suite shows two distinct valid instances, the
	// schema has room for variety and the records must use it.
	if g.validInstances() >= 2 && len(distinct) < 2 {
		if strictVariety {
			return failed, nil, fmt.Sprintf("%d records, all the same: %s", recordsPer, w.AppendJSON(nil, 1, 0)), ""
		}
		t.Logf("no variety (not yet enforced): %s: %d records, all the same: %s", g.Description, recordsPer, w.AppendJSON(nil, 1, 0))
	}
	return pass, root, "", ""
}

// compileValidator builds the independent judge: santhosh-tekuri's
// validator, formats asserted, remotes read from the suite's folder.
func compileValidator(draft, remotes string, schema json.RawMessage) (*jsonschema.Schema, error) {
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	c.UseRegexpEngine(compileECMA)
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
		return nil, err
	}
	const loc = "http://synthgen.test/schema.json"
	if err := c.AddResource(loc, doc); err != nil {
		return nil, err
	}
	return c.Compile(loc)
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
