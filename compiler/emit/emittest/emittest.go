package emittest

import (
	"bufio"
	"bytes"
	"fmt"
	"go/format"
	"os"
	"os/exec"
	"path/filepath"
	goruntime "runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/synthgen/synthgen/compiler/emit"
	"github.com/synthgen/synthgen/compiler/emit/emittest/provided"
	"github.com/synthgen/synthgen/compiler/ir"
	"github.com/synthgen/synthgen/compiler/plan"
)

// ModulePath is synthgen's module path, which the temporary module
// replaces with the repository on disk.
const ModulePath = "github.com/synthgen/synthgen"

// Package is one package of the differential build: its name and the
// roots emitted into it.
type Package struct {
	Name  string
	Roots []*ir.Root
}

// Diff emits roots into one package and compares, for every root, seed and
// record index below n, the emitted generator's At(i).AppendJSON with the
// plan's Worker.AppendJSON. It skips when no go command is on PATH.
func Diff(t testing.TB, roots []*ir.Root, seeds []uint64, n int) {
	t.Helper()
	DiffPackages(t, []Package{{Name: "gen", Roots: roots}}, seeds, n)
}

// maxReports is how many mismatching records are shown per root.
const maxReports = 3

// DiffPackages is Diff for several packages, built together in one
// module with one go build.
func DiffPackages(t testing.TB, pkgs []Package, seeds []uint64, n int) {
	t.Helper()
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("emittest: no go command on PATH, so the emitted code cannot be built; the differential test needs one")
	}
	repo, err := RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var targets []target
	for _, p := range pkgs {
		out, err := emit.Package(p.Roots, emit.Options{Package: p.Name, Extras: emit.ExtraNames})
		if err != nil {
			t.Fatalf("emit package %s: %v", p.Name, err)
		}
		for _, f := range out.Files {
			writeFile(t, filepath.Join(dir, p.Name, f.Name), f.Data)
		}
		for i, r := range p.Roots {
			targets = append(targets, target{pkg: p.Name, typ: out.RootTypes[i], root: r, csv: hasCSV(out, out.RootTypes[i])})
		}
	}
	writeModule(t, dir, repo)
	writeFile(t, filepath.Join(dir, "main.go"), mainProgram(t, pkgs, targets, seeds, n))

	start := time.Now()
	bin := filepath.Join(dir, "diff")
	if goruntime.GOOS == "windows" {
		bin += ".exe"
	}
	run(t, dir, goCmd, "build", "-o", bin, ".")
	t.Logf("emittest: built %d roots in %d packages in %v", len(targets), len(pkgs), time.Since(start).Round(time.Millisecond))
	start = time.Now()
	run(t, dir, goCmd, "vet", "./...")
	t.Logf("emittest: vetted in %v", time.Since(start).Round(time.Millisecond))

	cmd := exec.Command(bin)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.Output()
	if err != nil {
		t.Fatalf("emittest: the emitted program failed: %v\n%s", err, stderr.Bytes())
	}
	compare(t, stdout, targets, seeds, n)
}

type target struct {
	pkg, typ string
	root     *ir.Root
	csv      bool // the root has AppendCSV: its CSV is diffed too
}

// hasCSV reports whether out declares typ's AppendCSV.
func hasCSV(out *emit.Output, typ string) bool {
	for _, f := range out.Files {
		if bytes.Contains(f.Data, []byte("func (v *"+typ+") AppendCSV(")) {
			return true
		}
	}
	return false
}

func (tg target) String() string { return tg.pkg + "." + tg.typ }

// compare reads the program's output — for each target and seed a
// "# pkg.Type seed" line, then n records — and compares it with the plan's.
func compare(t testing.TB, stdout []byte, targets []target, seeds []uint64, n int) {
	t.Helper()
	sc := bufio.NewScanner(bytes.NewReader(stdout))
	sc.Buffer(nil, 64<<20)
	next := func() (string, bool) {
		if !sc.Scan() {
			return "", false
		}
		return sc.Text(), true
	}
	for _, tg := range targets {
		p, err := plan.NewWithProviders(tg.root, provided.Providers)
		if err != nil {
			t.Errorf("%s: plan: %v", tg.root.File, err)
			return
		}
		w := p.NewWorker()
		bad := 0
		for _, seed := range seeds {
			header := fmt.Sprintf("# %s %d", tg, seed)
			if line, ok := next(); !ok || line != header {
				t.Fatalf("emittest: output out of step: want %q, got %q", header, line)
			}
			for i := 0; i < n; i++ {
				got, ok := next()
				if !ok {
					t.Fatalf("emittest: output ends early at %s seed %d record %d", tg, seed, i)
				}
				want := w.AppendJSON(nil, seed, uint64(i))
				if got == string(want) {
					continue
				}
				if bad++; bad <= maxReports {
					t.Errorf("schema %s (%s), seed %d, record %d: backends differ\nplan: %s\nemit: %s\n      %s",
						tg.root.File, tg, seed, i, want, got, caret(string(want), got))
				}
			}
			if tg.csv {
				compareCSV(t, p, tg, seed, n, next)
			}
		}
		if bad > maxReports {
			t.Errorf("schema %s (%s): %d records differ in all", tg.root.File, tg, bad)
		}
	}
	if line, ok := next(); ok {
		t.Fatalf("emittest: unexpected output after the last record: %q", line)
	}
}

// compareCSV reads the program's CSV of a seed — header and n rows, as one
// quoted Go string on one line — and compares it with the plan's.
func compareCSV(t testing.TB, p *plan.Plan, tg target, seed uint64, n int, next func() (string, bool)) {
	t.Helper()
	line, ok := next()
	if !ok {
		t.Fatalf("emittest: output ends before the CSV of %s seed %d", tg, seed)
	}
	got, err := strconv.Unquote(line)
	if err != nil {
		t.Fatalf("emittest: CSV line of %s seed %d: %v", tg, seed, err)
	}
	var want bytes.Buffer
	f, _ := plan.ParseFormat("csv")
	if err := p.Write(&want, plan.Options{Format: f, Seed: seed, Count: uint64(n)}); err != nil {
		t.Errorf("%s: plan CSV: %v", tg.root.File, err)
		return
	}
	if got != want.String() {
		w, g := strings.Split(want.String(), "\n"), strings.Split(got, "\n")
		for i := 0; i < len(w) && i < len(g); i++ {
			if w[i] != g[i] {
				t.Errorf("schema %s (%s), seed %d: CSV differs at line %d\nplan: %s\nemit: %s\n      %s",
					tg.root.File, tg, seed, i+1, w[i], g[i], caret(w[i], g[i]))
				return
			}
		}
		t.Errorf("schema %s (%s), seed %d: CSV differs in length: plan %d lines, emit %d", tg.root.File, tg, seed, len(w), len(g))
	}
}

// caret marks the first byte where a and b differ.
func caret(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return strings.Repeat(" ", i) + "^"
}

// mainProgram prints, for each target and seed, a header line and records
// 0..n-1 made with Next, checking on the way that At(i) and AppendAt give
// the same bytes and that MarshalJSON gives valid JSON.
func mainProgram(t testing.TB, pkgs []Package, targets []target, seeds []uint64, n int) []byte {
	var b bytes.Buffer
	b.WriteString("// Code generated by emittest. DO NOT EDIT.\n\npackage main\n\nimport (\n")
	b.WriteString("\t\"bufio\"\n\t\"bytes\"\n\t\"encoding/json\"\n\t\"fmt\"\n\t\"os\"\n\n")
	for _, p := range pkgs {
		fmt.Fprintf(&b, "\t%q\n", "synthgentest/"+p.Name)
	}
	b.WriteString(")\n\n")
	var seedList []string
	for _, s := range seeds {
		seedList = append(seedList, strconv.FormatUint(s, 10))
	}
	fmt.Fprintf(&b, "var seeds = []uint64{%s}\n\nconst n = %d\n\n", strings.Join(seedList, ", "), n)
	b.WriteString(`func main() {
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	defer w.Flush()
	var buf, again, raw []byte
	check := func(what string, seed uint64, i int, marshal func() ([]byte, error)) {
		if !bytes.Equal(buf, again) {
			fail("%s seed %d record %d: Next and At differ:\n%s\n%s", what, seed, i, buf, again)
		}
		if !bytes.Equal(buf, raw) {
			fail("%s seed %d record %d: Next and AppendAt differ:\n%s\n%s", what, seed, i, buf, raw)
		}
		if _, err := marshal(); err != nil {
			fail("%s seed %d record %d: MarshalJSON: %v\n%s", what, seed, i, err, buf)
		}
	}
	_ = check
`)
	for _, tg := range targets {
		fmt.Fprintf(&b, `	for _, seed := range seeds {
		fmt.Fprintf(w, "# %%s %%d\n", %q, seed)
		g := %s.New%sGenerator(seed)
		for i := 0; i < n; i++ {
			v := g.Next()
			buf = v.AppendJSON(buf[:0])
			at := g.At(uint64(i))
			again = at.AppendJSON(again[:0])
			raw = g.AppendAt(raw[:0], uint64(i))
			check(%q, seed, i, func() ([]byte, error) { return json.Marshal(v) })
			w.Write(buf)
			w.WriteByte('\n')
		}
%s	}
`, tg.String(), tg.pkg, tg.typ, tg.String(), csvLoop(tg))
	}
	b.WriteString(`}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, format+"\n", args...)
	os.Exit(1)
}
`)
	src, err := format.Source(b.Bytes())
	if err != nil {
		t.Fatalf("emittest: main.go: %v\n%s", err, b.Bytes())
	}
	return src
}

// csvLoop is the main program's code printing the CSV of a target's seed
// on one line, or "" when the target has no CSV encoder.
func csvLoop(tg target) string {
	if !tg.csv {
		return ""
	}
	return fmt.Sprintf(`		csv := %s.Append%sCSVHeader(nil)
		cg := %s.New%sGenerator(seed)
		for i := 0; i < n; i++ {
			v := cg.Next()
			csv = v.AppendCSV(csv)
		}
		fmt.Fprintf(w, "%%q\n", csv)
`, tg.pkg, tg.typ, tg.pkg, tg.typ)
}

// writeModule writes go.mod (requiring synthgen, replaced by the
// repository, and every module the repository's go.mod requires, so that
// the module graph is the repository's own, pruned, and nothing beyond
// what building synthgen needed is looked up) and the repository's go.sum.
func writeModule(t testing.TB, dir, repo string) {
	goVersion := "1.26"
	var requires []string
	if data, err := os.ReadFile(filepath.Join(repo, "go.mod")); err == nil {
		inBlock := false
		for _, line := range strings.Split(string(data), "\n") {
			line = strings.TrimSpace(line)
			if i := strings.Index(line, "//"); i >= 0 {
				line = strings.TrimSpace(line[:i])
			}
			switch {
			case inBlock && line == ")":
				inBlock = false
			case inBlock && line != "":
				requires = append(requires, line)
			case line == "require (":
				inBlock = true
			case strings.HasPrefix(line, "require "):
				requires = append(requires, strings.TrimSpace(strings.TrimPrefix(line, "require ")))
			case strings.HasPrefix(line, "go "):
				goVersion = strings.TrimSpace(strings.TrimPrefix(line, "go "))
			}
		}
	}
	mod := fmt.Sprintf("module synthgentest\n\ngo %s\n\nrequire (\n\t%s v0.0.0\n", goVersion, ModulePath)
	for _, r := range requires {
		mod += "\t" + r + "\n"
	}
	mod += fmt.Sprintf(")\n\nreplace %s => %s\n", ModulePath, filepath.ToSlash(repo))
	writeFile(t, filepath.Join(dir, "go.mod"), []byte(mod))
	sum, err := os.ReadFile(filepath.Join(repo, "go.sum"))
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "go.sum"), sum)
}

func run(t testing.TB, dir, goCmd string, args ...string) {
	t.Helper()
	cmd := exec.Command(goCmd, args...)
	cmd.Dir = dir
	// The module proxy stays whatever the caller's is: with a warm module
	// cache nothing is fetched, and with a cold one (a fresh machine
	// running this package's tests alone) the generated code's imports,
	// gopter for one, must be fetched like any dependency of the build.
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", "GOTOOLCHAIN=local")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("emittest: go %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

func writeFile(t testing.TB, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// RepoRoot returns the directory of synthgen's go.mod, found upwards from
// this source file.
func RepoRoot() (string, error) {
	_, file, _, ok := goruntime.Caller(0)
	if !ok {
		return "", fmt.Errorf("emittest: cannot locate the repository")
	}
	for dir := filepath.Dir(file); ; {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && bytes.HasPrefix(bytes.TrimSpace(data), []byte("module "+ModulePath+"\n")) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("emittest: no go.mod of %s above %s", ModulePath, file)
		}
		dir = parent
	}
}
