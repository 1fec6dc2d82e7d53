package lower

import (
	"encoding/json"
	"fmt"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/synthgen/synthgen/compiler/diag"
	"github.com/synthgen/synthgen/compiler/ir"
	"github.com/synthgen/synthgen/compiler/schema"
	"github.com/synthgen/synthgen/runtime"
)

// DefaultMaxDepth is the recursion budget when Options.MaxDepth is 0.
const DefaultMaxDepth = 3

// Options configure Lower.
type Options struct {
	// MaxDepth is the recursion budget recorded in the Root; 0 means
	// DefaultMaxDepth.
	MaxDepth int
	// Locale is the --locale tag ("" for the schema's x-locale, else
	// en-GB); Now is --now in unix seconds (0: runtime.DefaultNow).
	Locale string
	Now    int64
	// Plain turns semantic detection off: every field is generated from
	// its constraints alone.
	Plain bool
}

// Lower turns a loaded schema into the IR. Its errors are *diag.Error.
func Lower(set *schema.Set, opts Options) (*ir.Root, error) {
	l := &lowerer{set: set, defs: map[defKey]*ir.Def{}, names: map[string]bool{}, byLoc: map[string]*jsonschema.Schema{},
		fromIf: map[*jsonschema.Schema]bool{}, patterns: map[*jsonschema.Schema][]string{},
		syn: map[*jsonschema.Schema]bool{}, origin: map[*jsonschema.Schema]*jsonschema.Schema{},
		order: map[*jsonschema.Schema][]string{}, noExtra: map[*jsonschema.Schema]bool{}, extraKeys: map[*jsonschema.Schema][]string{},
		unsup: map[*jsonschema.Schema]string{}, synUnique: map[*jsonschema.Schema]any{}, ident: map[*jsonschema.Schema]*jsonschema.Schema{},
		parent: map[*jsonschema.Schema]*jsonschema.Schema{}, capped: map[*jsonschema.Schema]cappedItems{}, opts: opts}
	l.root = &ir.Root{File: set.File, Draft: set.Root.DraftVersion, MaxDepth: opts.MaxDepth}
	if l.root.MaxDepth <= 0 {
		l.root.MaxDepth = DefaultMaxDepth
	}
	l.rootNames(set.Root)
	if err := l.rootLocale(set.Root); err != nil {
		return nil, err
	}
	l.index(set.Root)
	n, err := l.node(set.Root, l.root.Name)
	if err != nil {
		return nil, err
	}
	l.root.Node = n
	if l.inferred != nil {
		// A field's constraints fit another locale's values only (a ZIP
		// pattern, a two-letter state): lower again in that locale, so
		// that every field of the record speaks it.
		opts.Locale = l.inferred.String()
		r, err := Lower(set, opts)
		if err == nil {
			m := r.Node.Info()
			m.Notes = append(m.Notes, "locale "+opts.Locale+": inferred, since some field's constraints fit only its values")
		}
		return r, err
	}
	if err := l.terminate(); err != nil {
		return nil, err
	}
	if err := l.checkUnique(); err != nil {
		return nil, err
	}
	return l.root, nil
}

type lowerer struct {
	set   *schema.Set
	root  *ir.Root
	defs  map[defKey]*ir.Def
	names map[string]bool // Def names taken

	// Synthetic schemas are made by the conjunction lowering (conj.go);
	// they have no document, so raw and keys answer for them.
	syn       map[*jsonschema.Schema]bool
	origin    map[*jsonschema.Schema]*jsonschema.Schema // clone → the compiled schema it narrows
	order     map[*jsonschema.Schema][]string           // property order of merged schemas
	noExtra   map[*jsonschema.Schema]bool               // merged objects that must not get generated members
	extraKeys map[*jsonschema.Schema][]string           // merged objects whose generated members take only these names
	unsup     map[*jsonschema.Schema]string             // schemas refused when lowered
	synUnique map[*jsonschema.Schema]any                // merged schemas' x-unique, from their parts (uniqueRequested)
	ident     map[*jsonschema.Schema]*jsonschema.Schema // clone → the part it stands for
	parent    map[*jsonschema.Schema]*jsonschema.Schema // part → the part that applied it in place
	capped    map[*jsonschema.Schema]cappedItems        // merged array → its items with maxContains as a length cap (mergeItems)
	conjDepth int
	// narrow: the next typed lowering keeps to the types its keywords
	// imply (conj.objOnly); typed clears it for the values nested inside.
	narrow bool
	work   int // alternatives negations added so far (maxConjWork)

	// $dynamicRef resolution (dynamic.go).
	byLoc   map[string]*jsonschema.Schema
	dynamic bool     // some schema uses $dynamicRef
	scope   []string // resources entered, outermost first
	fromIf  map[*jsonschema.Schema]bool

	patterns map[*jsonschema.Schema][]string // every pattern of a merged schema, as written

	opts   Options
	locale runtime.Locale // the run's default (rootLocale)
	// localeSet: --locale or the root's x-locale chose the locale, so
	// none is inferred; inferred is the locale a field's constraints
	// asked for (semanticString).
	localeSet bool
	inferred  *runtime.Locale
}

// raw is Set.Raw, and nil for synthetic schemas.
func (l *lowerer) raw(s *jsonschema.Schema) (map[string]any, []string) {
	if l.syn[s] {
		return nil, nil
	}
	return l.set.Raw(s)
}

// keys returns s's property names in document (or merge) order.
func (l *lowerer) keys(s *jsonschema.Schema) []string {
	if k, ok := l.order[s]; ok {
		return k
	}
	if l.syn[s] {
		return sortedKeys(s.Properties)
	}
	return l.propertyOrder(s)
}

// rootNames sets the root's Name, ID and Type from title, $id and x-jsonld.
func (l *lowerer) rootNames(s *jsonschema.Schema) {
	raw, _ := l.set.Raw(s)
	title := s.Title
	if t, ok := raw["title"].(string); ok {
		title = t
	}
	l.root.Name, l.root.Type = l.set.Name, title
	if title != "" {
		l.root.Name = title
	}
	idKey := "$id"
	if s.DraftVersion == 4 {
		idKey = "id"
	}
	if id, ok := raw[idKey].(string); ok {
		l.root.ID = id
	}
	if ld, ok := raw["x-jsonld"].(map[string]any); ok {
		if c, ok := ld["@context"]; ok {
			if text, err := json.Marshal(c); err == nil {
				l.root.JSONLDContext = string(text)
			}
		}
		if t, ok := ld["@type"].(string); ok {
			l.root.Type = t
		}
	}
}

// node lowers s; name is a suggested name for objects without a title.
func (l *lowerer) node(s *jsonschema.Schema, name string) (ir.Node, error) {
	n, err := l.lowerNode(s, name)
	if err == nil {
		err = l.uniqueKept(s, n)
	}
	return n, err
}

func (l *lowerer) lowerNode(s *jsonschema.Schema, name string) (ir.Node, error) {
	m := l.meta(s)
	if s.Bool != nil {
		if *s.Bool {
			return &ir.Any{Meta: m}, nil
		}
		return nil, l.errf(diag.KindUnsatisfiable, s, "", "the false schema has no instance")
	}
	if msg, ok := l.unsup[s]; ok {
		return nil, l.errf(diag.KindUnsupported, s, "", "%s is not supported yet", msg)
	}
	if l.syn[s] {
		return l.lowerConj(conj{pos: []*jsonschema.Schema{s}}, m, name)
	}
	defer l.enter(s.Location)()
	raw, keys := l.set.Raw(s)
	m.Notes = append(m.Notes, notes(s, raw, keys, s == l.set.Root)...)
	if s.Enum != nil || s.Const != nil {
		if _, err := l.unique(s, raw, 0, nil); err != nil { // x-unique: not on enums
			return nil, err
		}
		return l.enum(s, m)
	}
	// x-unique beside a $ref (2019 on) is kept by lowering the target in
	// place, through the conjunction path that merges siblings: a shared
	// definition cannot hold one field's permutation.
	if x, _ := raw["x-unique"].(bool); s.Ref != nil && (s.DraftVersion < 2019 || siblingConstraint(s, "$ref") == "" && !x) {
		return l.ref(s.Ref, m)
	}
	if s.DynamicRef != nil && siblingConstraint(s, "$dynamicRef") == "" {
		target, err := l.dynamicTarget(s)
		if err != nil {
			return nil, err
		}
		return l.ref(target, m)
	}
	if s.RecursiveRef != nil && siblingConstraint(s, "$recursiveRef") == "" {
		return l.ref(l.recursiveTarget(s), m)
	}
	if n, ok, err := l.combinator(s, m, raw, keys, name); ok || err != nil {
		return n, err
	}
	if needsConj(s) {
		return l.lowerConj(conj{pos: []*jsonschema.Schema{s}}, m, name)
	}
	if err := l.unsupported(s, raw); err != nil {
		return nil, err
	}
	return l.typed(s, m, raw, name)
}

// ref lowers a use of target: an ir.Ref to the Def memoised by target, so
// that recursion ends.
func (l *lowerer) ref(target *jsonschema.Schema, m ir.Meta) (ir.Node, error) {
	key := l.defKey(target)
	def := l.defs[key]
	if def == nil {
		def = &ir.Def{Name: l.defName(target)}
		l.defs[key] = def
		l.root.Defs = append(l.root.Defs, def)
		n, err := l.node(target, def.Name)
		if err != nil {
			// The error may be absorbed (a dropped alternative): a later
			// use must try again rather than reach a Def without a node.
			delete(l.defs, key)
			l.root.Defs = slices.DeleteFunc(l.root.Defs, func(d *ir.Def) bool { return d == def })
			return nil, err
		}
		def.Node = n
	}
	return &ir.Ref{Meta: m, Def: def}, nil
}

// defName names a definition after its $defs/definitions key, else its
// title, else the last token of its pointer or its file; names are made
// unique with a numeric suffix.
func (l *lowerer) defName(s *jsonschema.Schema) string {
	file, ptr := l.set.Where(s)
	toks := strings.Split(strings.TrimPrefix(ptr, "#/"), "/")
	name := ""
	switch {
	case len(toks) >= 2 && (toks[len(toks)-2] == "$defs" || toks[len(toks)-2] == "definitions"):
		name = toks[len(toks)-1]
	case s.Title != "":
		name = s.Title
	case ptr == "#" && file == l.set.File:
		name = l.root.Name
	case ptr == "#":
		name = strings.TrimSuffix(path.Base(file), path.Ext(file))
	default:
		name = toks[len(toks)-1]
	}
	name = strings.NewReplacer("~1", "/", "~0", "~").Replace(name)
	if name == "" {
		name = "def"
	}
	unique := name
	for i := 2; l.names[unique]; i++ {
		unique = name + strconv.Itoa(i)
	}
	l.names[unique] = true
	return unique
}

func (l *lowerer) meta(s *jsonschema.Schema) ir.Meta {
	file, ptr := l.set.Where(s)
	m := ir.Meta{Pointer: file + ptr, Title: s.Title, Description: s.Description}
	// Before 2019-09 the library skips every sibling of $ref, annotations
	// included; titles beside a $ref still document the use.
	if raw, _ := l.raw(s); raw != nil {
		if t, ok := raw["title"].(string); ok {
			m.Title = t
		}
		if d, ok := raw["description"].(string); ok {
			m.Description = d
		}
		m.GoName, _ = raw["x-go-name"].(string)
		m.GoType, _ = raw["x-go-type"].(string)
		m.GoGenerator, _ = raw["x-go-generator"].(string)
	}
	return m
}

// errf returns a *diag.Error at s's position.
func (l *lowerer) errf(k diag.Kind, s *jsonschema.Schema, keyword, format string, args ...any) *diag.Error {
	file, ptr := l.set.Where(s)
	return diag.New(k, file, ptr, keyword, fmt.Sprintf(format, args...))
}
