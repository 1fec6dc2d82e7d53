package schema

import (
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/synthgen/synthgen/compiler/diag"
	"github.com/synthgen/synthgen/schemas"
)

// BuiltinPrefix is the URL base of the built-in library: documents under it
// are read from the embedded schemas, never fetched, so built-in schemas
// can refer to one another by relative reference.
const BuiltinPrefix = "https://schemas.synthgen.dev/"

// RefDir says that the documents under the URL Prefix are read from the
// local folder Dir: Prefix + "a/b.json" is Dir/a/b.json.
type RefDir struct{ Prefix, Dir string }

// Options configure Load.
type Options struct {
	// Draft is the draft of documents without $schema: 4, 6, 7, 2019 or
	// 2020; 0 means 2020.
	Draft   int
	RefDirs []RefDir
	// GoRegexp compiles patterns with Go's regexp, as a validator must.
	// Otherwise a pattern Go's regexp rejects (ECMA-262 lookaround, back
	// references) is accepted here and judged by the lowering.
	GoRegexp bool
}

// Set is a loaded, resolved schema and the documents it was read from.
type Set struct {
	// Root is the compiled schema (formats asserted).
	Root *jsonschema.Schema
	// File is the root file as the user named it, or "customer.json" for
	// a built-in schema.
	File string
	// Name is the file's base name without extension, or the built-in
	// schema's name.
	Name string
	docs map[string]*document
	// c compiled Root; it compiles further locations of the same
	// documents on demand (Compile).
	c *jsonschema.Compiler
	l *loader
}

// Load reads src — a JSON or YAML file, or else the name of a built-in
// schema — and compiles it. Its errors are *diag.Error.
func Load(src string, opts Options) (*Set, error) {
	draft, ok := draftOf(opts.Draft)
	if !ok {
		return nil, fmt.Errorf("schema: unknown draft %d", opts.Draft)
	}
	l := &loader{opts: opts, docs: map[string]*document{}}
	rootURL, err := l.openRoot(src)
	if err != nil {
		return nil, err
	}
	rootLoc, err := l.rootLocation(rootURL)
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(draft)
	c.AssertFormat()
	c.UseLoader(l)
	if !opts.GoRegexp {
		c.UseRegexpEngine(lenientRegexp)
	}
	if err := c.AddResource(rootURL, l.docs[rootURL].value); err != nil {
		return nil, l.translate(err)
	}
	sch, err := c.Compile(rootLoc)
	if err != nil {
		return nil, l.translate(err)
	}
	return &Set{Root: sch, File: l.rootFile, Name: l.rootName, docs: l.docs, c: c, l: l}, nil
}

// Compile compiles the schema at loc, a location (URL and JSON pointer)
// of a document Root was compiled from or of a metaschema: for what
// nothing reachable from Root refers to, such as the target of a
// $dynamicRef resolved by the lowering.
func (s *Set) Compile(loc string) (*jsonschema.Schema, error) {
	if s.c == nil {
		return nil, fmt.Errorf("schema: %s: the set has no compiler", loc)
	}
	sch, err := s.c.Compile(loc)
	if err != nil {
		return nil, s.l.translate(err)
	}
	return sch, nil
}

// loader reads documents for the validator library: files, built-ins and
// RefDir-mapped URLs. It never fetches anything.
type loader struct {
	opts     Options
	docs     map[string]*document // by URL without fragment
	loaded   []string             // URLs in load order
	rootFile string               // as the user named it
	rootName string
	rootDir  string // the root's folder, as the user named it
	rootAbs  string // the root's folder, absolute
	rootFrag string // the fragment of src (a JSON pointer or anchor), if any
}

func (l *loader) openRoot(src string) (string, error) {
	fi, statErr := os.Stat(src)
	if i := strings.IndexByte(src, '#'); i >= 0 && (statErr != nil || fi.IsDir()) {
		// file#/pointer: a schema inside a document, such as an OpenAPI
		// component.
		src, l.rootFrag = src[:i], src[i+1:]
		fi, statErr = os.Stat(src)
	}
	if statErr == nil && !fi.IsDir() {
		data, err := os.ReadFile(src)
		if err != nil {
			return "", diag.New(diag.KindNotFound, src, "", "", "cannot read: "+pathErr(err))
		}
		abs, err := filepath.Abs(src)
		if err != nil {
			return "", diag.New(diag.KindNotFound, src, "", "", err.Error())
		}
		l.rootFile, l.rootDir, l.rootAbs = src, filepath.Dir(src), filepath.Dir(abs)
		l.rootName = strings.TrimSuffix(filepath.Base(src), filepath.Ext(src))
		u := fileURL(abs)
		return u, l.add(u, src, data)
	}
	name := strings.TrimSuffix(src, ".json")
	if data, file, ok := schemas.Lookup(name); ok {
		l.rootFile, l.rootName = file, name
		u := BuiltinPrefix + file
		return u, l.add(u, file, data)
	}
	msg := "no such file or built-in schema"
	if statErr == nil {
		msg = "is a directory, not a schema file"
	}
	return "", diag.New(diag.KindNotFound, src, "", "", msg).
		WithHint("give a schema file, or a built-in name from `synthgen schemas list`")
}

// add parses data and records it as the document at u, shown as file.
// OpenAPI documents are rewritten into plain JSON Schema (openapi.go).
func (l *loader) add(u, file string, data []byte) error {
	v, order, err := parse(file, data)
	if err != nil {
		return diag.New(diag.KindInvalid, file, "", "", err.Error())
	}
	d := &document{url: u, file: file, value: v, order: order}
	if api, ok := detectOpenAPI(v); ok {
		api.rewrite(d)
	}
	l.docs[u] = d
	l.loaded = append(l.loaded, u)
	return nil
}

// rootLocation returns the URL of the root schema: the root document's,
// with the fragment src named. A pointer that leads nowhere is a usage
// error that lists what is there instead.
func (l *loader) rootLocation(rootURL string) (string, error) {
	frag := l.rootFrag
	if frag == "" {
		return rootURL, nil
	}
	if strings.HasPrefix(frag, "/") {
		d := l.docs[rootURL]
		if _, ok := lookup(d.value, frag); !ok {
			return "", l.missingFragment(d)
		}
		toks := splitPointer(frag)
		l.rootName = toks[len(toks)-1]
	} else {
		l.rootName = frag
	}
	return rootURL + (&url.URL{Fragment: frag}).String(), nil
}

// missingFragment explains a pointer that leads nowhere, naming the
// members of the deepest object it reaches.
func (l *loader) missingFragment(d *document) error {
	toks := splitPointer(l.rootFrag)
	parent := ""
	for i := range toks {
		p := joinPointer(toks[:i+1])
		if _, ok := lookup(d.value, p); !ok {
			break
		}
		parent = p
	}
	e := diag.New(diag.KindNotFound, d.file, "#"+l.rootFrag, "", "no such location in the document")
	v, _ := lookup(d.value, parent)
	if obj, ok := v.(map[string]any); ok && len(obj) > 0 {
		keys := d.keys(parent, obj)
		if len(keys) > 12 {
			keys = append(keys[:12:12], "…")
		}
		e = e.WithHint(fmt.Sprintf("#%s holds %s", parent, strings.Join(keys, ", ")))
	}
	return e
}

// Load implements jsonschema.URLLoader.
func (l *loader) Load(u string) (any, error) {
	if d, ok := l.docs[u]; ok {
		return d.value, nil
	}
	pu, err := url.Parse(u)
	if err != nil {
		return nil, err
	}
	switch {
	case pu.Scheme == "file":
		path := filepath.FromSlash(pu.Path)
		return l.readFile(u, path, l.display(path))
	case strings.HasPrefix(u, BuiltinPrefix):
		name := strings.TrimSuffix(strings.TrimPrefix(u, BuiltinPrefix), ".json")
		data, file, ok := schemas.Lookup(name)
		if !ok {
			return nil, &missingError{url: u, file: name + ".json"}
		}
		if err := l.add(u, file, data); err != nil {
			return nil, err
		}
		return l.docs[u].value, nil
	case strings.HasPrefix(u, "http://json-schema.org/"), strings.HasPrefix(u, "https://json-schema.org/"):
		return nil, &metaError{url: u}
	case pu.Scheme == "http" || pu.Scheme == "https":
		for _, rd := range l.opts.RefDirs {
			prefix := rd.Prefix
			if !strings.HasSuffix(prefix, "/") {
				prefix += "/"
			}
			if rest, ok := strings.CutPrefix(u, prefix); ok {
				return l.readRefDir(u, rd.Dir, rest)
			}
		}
		return nil, &remoteError{url: u}
	}
	return nil, fmt.Errorf("unsupported URL scheme %q", pu.Scheme)
}

func (l *loader) readRefDir(u, dir, rest string) (any, error) {
	if i := strings.IndexAny(rest, "?#"); i >= 0 {
		rest = rest[:i]
	}
	rest, err := url.PathUnescape(rest)
	if err != nil {
		return nil, err
	}
	rel := filepath.FromSlash(rest)
	if !filepath.IsLocal(rel) {
		return nil, &missingError{url: u, file: rest, err: errors.New("path leaves the --ref-dir folder")}
	}
	path := filepath.Join(dir, rel)
	return l.readFile(u, path, path)
}

func (l *loader) readFile(u, path, file string) (any, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &missingError{url: u, file: file, err: err}
	}
	if err := l.add(u, file, data); err != nil {
		return nil, err
	}
	return l.docs[u].value, nil
}

// display names an absolute path as the user would, relative to the root
// file's folder as the user named it: "schemas/defs/a.json".
func (l *loader) display(abs string) string {
	if l.rootAbs == "" {
		return abs
	}
	rel, err := filepath.Rel(l.rootAbs, abs)
	if err != nil {
		return abs
	}
	return filepath.Join(l.rootDir, rel)
}

func fileURL(abs string) string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
}

func pathErr(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// lenientRegexp accepts every pattern: those Go's regexp cannot compile
// match everything here, and runtime.CompileRegex judges them when the
// schema is lowered.
func lenientRegexp(s string) (jsonschema.Regexp, error) {
	if re, err := goRegexp(s); err == nil {
		return re, nil
	}
	return anyMatch(s), nil
}

type anyMatch string

func (a anyMatch) String() string            { return string(a) }
func (a anyMatch) MatchString(s string) bool { return true }

// Where returns the file (as the user would name it) and the JSON pointer
// ("#/properties/age") that sch was compiled from.
func (s *Set) Where(sch *jsonschema.Schema) (file, ptr string) {
	base, frag, _ := strings.Cut(sch.Location, "#")
	if p, err := url.PathUnescape(frag); err == nil {
		frag = p
	}
	if d, ok := s.docs[base]; ok {
		return d.file, "#" + frag
	}
	return base, "#" + frag
}

// Raw returns the object sch was compiled from and its keys in document
// order; nil for boolean schemas and for documents the library supplied
// itself (metaschemas).
func (s *Set) Raw(sch *jsonschema.Schema) (map[string]any, []string) {
	d, ptr := s.doc(sch)
	if d == nil {
		return nil, nil
	}
	v, _ := lookup(d.value, ptr)
	obj, ok := v.(map[string]any)
	if !ok {
		return nil, nil
	}
	return obj, d.keys(ptr, obj)
}

// Keys returns the keys of the object under sch's keyword (such as
// "properties") in document order.
func (s *Set) Keys(sch *jsonschema.Schema, keyword string) []string {
	d, ptr := s.doc(sch)
	if d == nil {
		return nil
	}
	ptr += "/" + escapeToken(keyword)
	v, _ := lookup(d.value, ptr)
	obj, _ := v.(map[string]any)
	return d.keys(ptr, obj)
}

func (s *Set) doc(sch *jsonschema.Schema) (*document, string) {
	base, frag, _ := strings.Cut(sch.Location, "#")
	d := s.docs[base]
	if d == nil {
		return nil, ""
	}
	ptr, err := url.PathUnescape(frag)
	if err != nil {
		return nil, ""
	}
	return d, ptr
}

// keys returns obj's keys in document order, falling back to sorted order.
func (d *document) keys(ptr string, obj map[string]any) []string {
	if k, ok := d.order[ptr]; ok && len(k) == len(obj) {
		return k
	}
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
