package emit

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/synthgen/synthgen/compiler/diag"
	"github.com/synthgen/synthgen/compiler/ir"
	"github.com/synthgen/synthgen/runtime"
)

// The model is built completely, names and all, before any Go is printed:
// the printers only walk it.

// rootModel is everything emitted for one root, in one file.
type rootModel struct {
	root *ir.Root
	file string // output file name
	typ  *decl  // the root's type
	// generator is the generator type; newGenerator its constructor.
	generator, newGenerator string
	// maxDepth is the recursion budget (the plan's rule: 0 means
	// DefaultMaxDepth); maxDepthConst names it in the output.
	maxDepth      int
	maxDepthConst string
	// depthUsed is set by the printer when some function reads maxDepth.
	depthUsed bool
	decls     []*decl // declared types, root first, then in order of first use
	funcs     []*site // sites with a function of their own, in walk order
	leaves    []*site // sites with a package-level generator or table
	defs      map[*ir.Def]*decl
	// rawRoot writes the whole record as JSON straight from the streams,
	// for the generator's AppendAt: no Go value, so no allocation.
	rawRoot *site
	// rawDecls are the raw twins of typed definitions that rawRoot
	// reaches: their JSON written straight from the streams.
	rawDecls []*decl
	x        extraNames // the identifiers of the extras (extras.go)
}

// decl is a type declared in the output: a struct for an object, or a
// named type over another Go type for a definition or a root that is not
// an object.
type decl struct {
	name string
	doc  []string
	// fields is set for structs; under is the type a non-struct is declared
	// over (rawType when its values are kept as JSON).
	fields []*member
	under  *goType
	typ    *goType // the named type itself
	body   *site   // the site generating its values
	// gen returns a value of the type; appendFn appends one as JSON. Which
	// of the two is generated code and which a wrapper depends on under.
	gen, appendFn string
	// usedTyped and usedRaw record whether generated code calls gen or
	// appendFn from elsewhere.
	usedTyped, usedRaw bool
	enum               *enumType // a string enum's named type (enums.go)
}

func (d *decl) isStruct() bool { return d.under == nil }

// member is a property of an object: a struct field, or a member written
// by a raw appender.
type member struct {
	prop   *ir.Field
	goName string // struct fields only
	doc    []string
	site   *site
}

// site is one place of the IR tree in the output. Leaves (scalars, enums,
// Any, Null) become expressions over a stream variable; objects, arrays
// and unions get a function of their own; a Ref calls its definition's.
type site struct {
	node ir.Node
	// raw: the site writes JSON bytes (an append function or expression)
	// rather than a Go value.
	raw bool
	// typ is the Go type of the value; rawType for raw sites.
	typ *goType
	// fn is the site's function; leaf its package-level generator or value
	// table.
	fn, leaf string
	strs     []string // a typed string enum's decoded values
	fields   []*member
	prefix   []*site
	items    *site
	branches []*site
	value    int // a Nullable's value branch
	extra    *site
	ref      *decl // a Ref's definition
	// recursive: the Ref's definition can reach itself, so calling it
	// spends one level of the recursion budget (depth+1), as in the plan.
	recursive bool
	// objVar names the variable holding the shared draws
	// (runtime.Object) of the object the site is a property of ("o" in
	// the object's function, "obj" in a property's union function), for
	// kinds that share draws with their siblings; "" elsewhere. objParam:
	// the site's function takes them as an extra obj parameter. Mirrors
	// plan's builder.field.
	objVar   string
	objParam bool
	// unique: an x-unique integer or string, its permutation keyed by
	// uniqueID (unique.go).
	unique   bool
	uniqueID uint64
}

// builder builds the model of one root.
type builder struct {
	pkg       *scope
	prefix    string // Options.Prefix
	r         *rootModel
	t         *typer
	recursive map[*ir.Def]bool
	err       error
	// leafOf remembers the generator of each scalar leaf; with reuseLeaves
	// (while building rawRoot) a leaf seen before shares it.
	leafOf      map[ir.Node]string
	reuseLeaves bool
	rawDefs     map[*ir.Def]*decl
}

// buildModel builds the models of all roots in one naming scope. Names are
// claimed in a fixed order — root types, then generators, then each root's
// definitions, then everything else in walk order — so that the names that
// matter most get the unsuffixed spelling.
func buildModel(roots []*ir.Root, prefix string, extras extraSet) ([]*rootModel, error) {
	pkg := newScope("runtime")
	models := make([]*rootModel, len(roots))
	for i, root := range roots {
		if root == nil || root.Node == nil {
			return nil, fmt.Errorf("emit: root %d has no schema", i)
		}
		maxDepth := root.MaxDepth
		if maxDepth <= 0 {
			maxDepth = 3 // plan.DefaultMaxDepth: the plan's rule, mirrored
		}
		name := goNameOr(rootMeta(root), exportedName(root.Name))
		if name == "" {
			name = "Root"
		}
		d := &decl{name: pkg.claim(prefix + name)}
		d.typ = &goType{kind: kindNamed, decl: d}
		models[i] = &rootModel{root: root, typ: d, maxDepth: maxDepth, defs: map[*ir.Def]*decl{}}
	}
	for _, m := range models {
		m.generator = pkg.claim(m.typ.name + "Generator")
		m.newGenerator = pkg.claim("New" + m.generator)
		m.maxDepthConst = pkg.claim(unexportedName(m.typ.name) + "MaxDepth")
		m.x = claimExtras(pkg, m.typ.name, extras)
	}
	for _, m := range models {
		b := &builder{pkg: pkg, prefix: prefix, r: m, t: &typer{rawRefs: breakCycles(m.root)}, recursive: ir.RecursiveDefs(m.root)}
		b.build()
		if b.err != nil {
			return nil, b.err
		}
	}
	return models, nil
}

func (b *builder) build() {
	root := b.r.root
	defs := reachableDefs(root)
	// A root that is a Ref to a definition is that definition's type,
	// under the root's name.
	if ref, ok := root.Node.(*ir.Ref); ok {
		b.r.typ.doc = docOf(ref.Def.Node.Info(), b.r.typ.name, "")
		b.r.defs[ref.Def] = b.r.typ
	}
	b.r.decls = append(b.r.decls, b.r.typ)
	for _, def := range defs {
		if b.r.defs[def] != nil {
			continue
		}
		name := def.Name
		if o, ok := def.Node.(*ir.Object); ok && o.Name != "" {
			name = o.Name
		}
		goName := goNameOr(def.Node.Info(), exportedName(name))
		if goName == "" {
			goName = b.r.typ.name + "Def"
		}
		d := &decl{name: b.pkg.claim(b.prefix + goName)}
		d.typ = &goType{kind: kindNamed, decl: d}
		d.doc = docOf(def.Node.Info(), d.name, fmt.Sprintf("%s is the %q definition of %s.", d.name, def.Name, root.File))
		b.r.defs[def] = d
		b.r.decls = append(b.r.decls, d)
	}
	b.r.typ.usedTyped = true
	if ref, ok := root.Node.(*ir.Ref); ok {
		b.declBody(b.r.typ, ref.Def.Node)
	} else {
		b.r.typ.doc = docOf(root.Node.Info(), b.r.typ.name, fmt.Sprintf("%s is one record of %s.", b.r.typ.name, root.File))
		b.declBody(b.r.typ, root.Node)
	}
	for _, def := range defs {
		if d := b.r.defs[def]; d != b.r.typ {
			b.declBody(d, def.Node)
		}
	}
	b.reuseLeaves = true
	b.r.rawRoot = b.site(root.Node, b.r.typ.name+"JSON", true, nil)
	b.reuseLeaves = false
}

// reachableDefs returns root.Defs, then any other definition a Ref
// reaches, in walk order.
func reachableDefs(root *ir.Root) []*ir.Def {
	seen := map[*ir.Def]bool{}
	var defs []*ir.Def
	var add func(d *ir.Def)
	var walk func(n ir.Node)
	add = func(d *ir.Def) {
		if !seen[d] {
			seen[d] = true
			defs = append(defs, d)
			walk(d.Node)
		}
	}
	walk = func(n ir.Node) {
		ir.Walk(n, func(n ir.Node) bool {
			if r, ok := n.(*ir.Ref); ok {
				add(r.Def)
			}
			return true
		})
	}
	for _, d := range root.Defs {
		add(d)
	}
	walk(root.Node)
	return defs
}

// declBody builds the site generating d's values from n.
func (b *builder) declBody(d *decl, n ir.Node) {
	d.gen = b.pkg.claim("gen" + d.name)
	d.appendFn = b.pkg.claim("append" + d.name)
	if o, ok := n.(*ir.Object); ok && b.t.typed(o) {
		d.body = b.object(o, d)
		return
	}
	s := b.site(n, d.name, false, d)
	d.under, s.typ = s.typ, d.typ
	d.body = s
}

// site builds the site of n. path names the generated identifiers;
// rawCtx says n is inside a value kept as JSON; top is the declared type
// whose whole value n is, if any.
func (b *builder) site(n ir.Node, path string, rawCtx bool, top *decl) *site {
	if n != nil {
		b.checkProvider(n)
	}
	if rawCtx || !b.t.typed(n) {
		return b.rawSite(n, path, top)
	}
	s := &site{node: n}
	switch n := n.(type) {
	case *ir.Boolean:
		s.typ = b.userType(n, boolType)
	case *ir.Integer:
		s.typ = b.userType(n, intType)
		s.leaf = b.leafName(s, path, "Gen")
		markUnique(s)
	case *ir.Number:
		s.typ = b.userType(n, floatType)
		s.leaf = b.leafName(s, path, "Gen")
	case *ir.String:
		s.typ = b.userType(n, stringType)
		s.leaf = b.leafName(s, path, "Gen")
		b.checkPattern(n)
		markUnique(s)
	case *ir.Enum:
		s.typ = stringType
		s.strs, _ = stringEnum(n)
		if len(s.strs) > 1 {
			s.leaf = b.leafName(s, path, "Values")
		}
	case *ir.Object:
		return b.object(n, b.inlineDecl(n, path))
	case *ir.Array:
		s.fn = b.funcName(s, top, "gen", path)
		s.items = b.site(n.Items, path+"Item", false, nil)
		s.typ = &goType{kind: kindSlice, elem: s.items.typ}
	case *ir.Union:
		// The value branch keeps the path, so its generators are named
		// after the property; the Nullable's own function says OrNull.
		s.fn = b.funcName(s, top, "gen", path+"OrNull")
		s.value, _ = b.t.nullable(n)
		s.branches = make([]*site, 2)
		valuePath := path
		if top != nil {
			valuePath += "Value" // path is the declared type's own name
		}
		s.branches[s.value] = b.site(n.Branches[s.value], valuePath, false, nil)
		s.branches[1-s.value] = &site{node: n.Branches[1-s.value], raw: true, typ: rawType}
		s.typ = &goType{kind: kindNullable, elem: s.branches[s.value].typ}
	case *ir.Ref:
		s.ref, s.recursive = b.r.defs[n.Def], b.recursive[n.Def]
		s.ref.usedTyped = true
		s.typ = s.ref.typ
	}
	return s
}

// rawSite builds the site of a value kept as JSON, written by code that
// mirrors the plan's closure byte for byte.
func (b *builder) rawSite(n ir.Node, path string, top *decl) *site {
	s := &site{node: n, raw: true, typ: rawType}
	switch n := n.(type) {
	case *ir.Integer, *ir.Number, *ir.String:
		s.leaf = b.leafName(s, path, "Gen")
		if str, ok := n.(*ir.String); ok {
			b.checkPattern(str)
		}
		markUnique(s)
	case *ir.Enum:
		if len(n.Values) == 0 {
			b.fail(n, "enum", "enum with no values")
		}
		if len(n.Values) > 1 {
			s.leaf = b.leafName(s, path, "Values")
		}
	case *ir.Object:
		s.fn = b.funcName(s, top, "append", path)
		for _, f := range n.Fields {
			name := exportedName(f.Name)
			if name == "" {
				name = "Field"
			}
			fs := b.site(f.Node, path+name, true, nil)
			markObjField(fs)
			s.fields = append(s.fields, &member{prop: f, site: fs})
		}
		if n.Extra != nil {
			s.extra = b.site(n.Extra.Value, path+"Value", true, nil)
		}
	case *ir.Array:
		s.fn = b.funcName(s, top, "append", path)
		for i, p := range n.Prefix {
			s.prefix = append(s.prefix, b.site(p, path+"Item"+strconv.Itoa(i), true, nil))
		}
		if n.Items != nil {
			s.items = b.site(n.Items, path+"Item", true, nil)
		}
	case *ir.Union:
		s.fn = b.funcName(s, top, "append", path)
		for _, br := range n.Branches {
			s.branches = append(s.branches, b.site(br, path+b.branchName(br), true, nil))
		}
	case *ir.Ref:
		s.ref, s.recursive = b.r.defs[n.Def], b.recursive[n.Def]
		if b.reuseLeaves && !(s.ref.under != nil && s.ref.under.kind == kindRaw) {
			s.ref = b.rawDecl(n.Def, s.ref)
			break
		}
		s.ref.usedRaw = true
	case *ir.Any, *ir.Null, *ir.Boolean:
	case nil:
		b.fail(nil, "", "missing schema node")
	default:
		b.fail(n, "", fmt.Sprintf("unknown IR node %T", n))
	}
	return s
}

// rawDecl returns the raw twin of the typed definition d: a function
// appending its JSON straight from the streams, where d's own appendFn
// would build the Go value first.
func (b *builder) rawDecl(def *ir.Def, d *decl) *decl {
	if r, ok := b.rawDefs[def]; ok {
		return r
	}
	if b.rawDefs == nil {
		b.rawDefs = map[*ir.Def]*decl{}
	}
	r := &decl{name: d.name + "JSON", under: rawType, typ: rawType}
	r.appendFn = b.pkg.claim("append" + r.name)
	b.rawDefs[def] = r
	b.r.rawDecls = append(b.r.rawDecls, r)
	r.body = b.rawSite(def.Node, r.name, r)
	return r
}

// funcName names a site's function: a declared type's own function when
// the site is its whole value, else prefix+path.
func (b *builder) funcName(s *site, top *decl, prefix, path string) string {
	b.r.funcs = append(b.r.funcs, s)
	if top != nil {
		if prefix == "gen" {
			return top.gen
		}
		return top.appendFn
	}
	return b.pkg.claim(prefix + path)
}

// leafName names s's package-level generator or value table.
func (b *builder) leafName(s *site, path, suffix string) string {
	switch s.node.(type) {
	case *ir.Integer, *ir.Number, *ir.String: // the same leaf variable typed or raw
		if name, ok := b.leafOf[s.node]; ok && b.reuseLeaves {
			return name
		}
	}
	b.r.leaves = append(b.r.leaves, s)
	name := b.pkg.claim(unexportedName(path) + suffix)
	if b.leafOf == nil {
		b.leafOf = map[ir.Node]string{}
	}
	b.leafOf[s.node] = name
	return name
}

// inlineDecl declares the struct of an object that is not a definition.
func (b *builder) inlineDecl(o *ir.Object, path string) *decl {
	name := b.prefix + exportedName(o.Name)
	if name == b.prefix {
		name = path
	}
	d := &decl{name: b.pkg.claim(name)}
	d.typ = &goType{kind: kindNamed, decl: d}
	d.doc = docOf(&o.Meta, d.name, "")
	d.gen = b.pkg.claim("gen" + d.name)
	d.appendFn = b.pkg.claim("append" + d.name)
	d.usedTyped = true
	b.r.decls = append(b.r.decls, d)
	return d
}

// object builds the struct d of o and the site generating it.
func (b *builder) object(o *ir.Object, d *decl) *site {
	s := &site{node: o, typ: d.typ, fn: d.gen}
	b.r.funcs = append(b.r.funcs, s)
	fields := newScope("AppendJSON", "MarshalJSON", "AppendCSV")
	for _, f := range o.Fields {
		name := goNameOr(f.Node.Info(), exportedName(f.Name))
		if name == "" {
			name = "Field"
		}
		m := &member{prop: f, goName: fields.claim(name)}
		m.doc = docOf(f.Node.Info(), "", "")
		if m.site = b.enumField(f.Node, m.goName, d.name+m.goName); m.site == nil {
			m.site = b.site(f.Node, d.name+m.goName, false, nil)
		}
		markObjField(m.site)
		d.fields = append(d.fields, m)
	}
	s.fields = d.fields
	d.body = s
	if d.doc == nil {
		d.doc = []string{fmt.Sprintf("%s is an object of %s.", d.name, b.r.root.File)}
	}
	return s
}

// branchName names a union branch after what it holds.
func (b *builder) branchName(n ir.Node) string {
	switch n := n.(type) {
	case *ir.Ref:
		return b.r.defs[n.Def].name
	case *ir.Object:
		// Object.Name is the union's own name unless the branch has a
		// title.
		if name := exportedName(n.Title); name != "" {
			return name
		}
	}
	t := fmt.Sprintf("%T", n)
	return t[strings.LastIndex(t, ".")+1:]
}

// checkPattern compiles a pattern now, so that the MustCompileRegex of the
// generated code cannot panic.
func (b *builder) checkPattern(n *ir.String) {
	for _, p := range append([]string{n.Pattern}, n.Patterns...) {
		if p == "" {
			continue
		}
		if _, err := runtime.CompileRegex(p); err != nil {
			b.fail(n, "pattern", err.Error())
		}
	}
}

func (b *builder) fail(n ir.Node, keyword, msg string) {
	if b.err != nil {
		return
	}
	var file, ptr string
	if n != nil {
		file, ptr, _ = strings.Cut(n.Info().Pointer, "#")
	}
	if file == "" {
		file = b.r.root.File
	}
	if ptr != "" {
		ptr = "#" + ptr
	}
	b.err = diag.New(diag.KindUnsupported, file, ptr, keyword, msg)
}

// markObjField marks the site of a declared property: a shared kind reads
// the object's o; a union with such a branch takes &o as obj.
func markObjField(s *site) {
	s.objVar = "o"
	if u, ok := s.node.(*ir.Union); ok && ir.SharedUnion(u) {
		s.objParam = true
		for _, b := range s.branches {
			b.objVar = "obj"
		}
	}
}
