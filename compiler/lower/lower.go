package lower

import (
	"encoding/json"
	"fmt"
	"path"
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
	l := &lowerer{set: set, defs: map[*jsonschema.Schema]*ir.Def{}, names: map[string]bool{}, opts: opts}
	l.root = &ir.Root{File: set.File, Draft: set.Root.DraftVersion, MaxDepth: opts.MaxDepth}
	if l.root.MaxDepth <= 0 {
		l.root.MaxDepth = DefaultMaxDepth
	}
	l.rootNames(set.Root)
	if err := l.rootLocale(set.Root); err != nil {
		return nil, err
	}
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
		return Lower(set, opts)
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
	set    *schema.Set
	root   *ir.Root
	defs   map[*jsonschema.Schema]*ir.Def
	names  map[string]bool // Def names taken
	opts   Options
	locale runtime.Locale // the run's default (rootLocale)
	// localeSet: --locale or the root's x-locale chose the locale, so
	// none is inferred; inferred is the locale a field's constraints
	// asked for (semanticString).
	localeSet bool
	inferred  *runtime.Locale
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
	m := l.meta(s)
	if s.Bool != nil {
		if *s.Bool {
			return &ir.Any{Meta: m}, nil
		}
		return nil, l.errf(diag.KindUnsatisfiable, s, "", "the false schema has no instance")
	}
	raw, keys := l.set.Raw(s)
	m.Notes = append(m.Notes, notes(s, raw, keys, s == l.set.Root)...)
	if s.Enum != nil || s.Const != nil {
		if _, err := l.unique(s, raw, 0, nil); err != nil { // x-unique: not on enums
			return nil, err
		}
		return l.enum(s, m)
	}
	if s.Ref != nil {
		if s.DraftVersion >= 2019 {
			if kw := siblingConstraint(s, "$ref"); kw != "" {
				return nil, l.errf(diag.KindUnsupported, s, "$ref",
					"$ref beside the constraint keyword %s is not supported yet", kw)
			}
		}
		return l.ref(s.Ref, m)
	}
	if n, ok, err := l.combinator(s, m, raw, keys, name); ok || err != nil {
		return n, err
	}
	if err := l.unsupported(s, raw); err != nil {
		return nil, err
	}
	return l.typed(s, m, raw, name)
}

// ref lowers a use of target: an ir.Ref to the Def memoised by target, so
// that recursion ends.
func (l *lowerer) ref(target *jsonschema.Schema, m ir.Meta) (ir.Node, error) {
	def := l.defs[target]
	if def == nil {
		def = &ir.Def{Name: l.defName(target)}
		l.defs[target] = def
		l.root.Defs = append(l.root.Defs, def)
		n, err := l.node(target, def.Name)
		if err != nil {
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
	if raw, _ := l.set.Raw(s); raw != nil {
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
