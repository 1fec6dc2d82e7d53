package lower

import (
	"net/url"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/synthgen/synthgen/compiler/diag"
)

// $dynamicRef is resolved statically: the lowering keeps the dynamic scope
// as the schema resources it entered on the way down (outermost first,
// each once), and a $dynamicRef whose initial target bears the matching
// $dynamicAnchor goes to the outermost resource of that scope declaring
// the anchor. Definitions are memoised per scope, so that one definition
// lowered under two scopes gives two Defs.

// defKey is what a Def is memoised by.
type defKey struct {
	s     *jsonschema.Schema
	scope string
}

func (l *lowerer) defKey(s *jsonschema.Schema) defKey {
	if !l.dynamic {
		return defKey{s: s}
	}
	return defKey{s: s, scope: strings.Join(l.scope, " ")}
}

// resourceOf returns the location of the schema resource that holds the
// schema at loc: the nearest enclosing object with $id, else the document.
func (l *lowerer) resourceOf(loc string) string {
	base, frag, _ := strings.Cut(loc, "#")
	toks := strings.Split(frag, "/")
	for i := len(toks); i > 1; i-- {
		prefix := base + "#" + strings.Join(toks[:i], "/")
		if raw, _ := l.set.Raw(&jsonschema.Schema{Location: prefix}); raw != nil {
			if _, ok := raw["$id"]; ok {
				return prefix
			}
		}
	}
	return base + "#"
}

// enter pushes the resource of the schema at loc onto the dynamic scope
// when it is not there yet, and returns the function that pops it.
func (l *lowerer) enter(loc string) func() {
	if !l.dynamic {
		return func() {}
	}
	r := l.resourceOf(loc)
	for _, have := range l.scope {
		if have == r {
			return func() {}
		}
	}
	l.scope = append(l.scope, r)
	return func() { l.scope = l.scope[:len(l.scope)-1] }
}

// enterParts enters the resources that the parts of a conjunction were
// reached through, outermost first. Parts under an `if` are skipped: its
// scope ends before then and else are evaluated.
func (l *lowerer) enterParts(parts []*jsonschema.Schema) func() {
	var pops []func()
	for _, c := range parts {
		var chain []*jsonschema.Schema
		underIf := false
		for x := l.identOf(c); x != nil; x = l.parent[x] {
			underIf = underIf || l.fromIf[x]
			chain = append(chain, x)
		}
		if underIf {
			continue
		}
		for i := len(chain) - 1; i >= 0; i-- {
			if o := l.originOf(chain[i]); !l.syn[o] {
				pops = append(pops, l.enter(o.Location))
			}
		}
	}
	return func() {
		for i := len(pops) - 1; i >= 0; i-- {
			pops[i]()
		}
	}
}

// index records every compiled schema reachable from the root by its
// location, and whether any uses $dynamicRef.
func (l *lowerer) index(s *jsonschema.Schema) {
	if s == nil || l.byLoc[s.Location] != nil {
		return
	}
	l.byLoc[s.Location] = s
	if s.DynamicRef != nil {
		l.dynamic = true
		l.index(s.DynamicRef.Ref)
	}
	if s.RecursiveRef != nil {
		l.dynamic = true
	}
	for _, c := range []*jsonschema.Schema{s.Ref, s.RecursiveRef, s.Not, s.If, s.Then, s.Else,
		s.PropertyNames, s.UnevaluatedProperties, s.Contains, s.Items2020, s.UnevaluatedItems, s.ContentSchema} {
		l.index(c)
	}
	for _, list := range [][]*jsonschema.Schema{s.AllOf, s.AnyOf, s.OneOf, s.PrefixItems} {
		for _, c := range list {
			l.index(c)
		}
	}
	for _, c := range s.Properties {
		l.index(c)
	}
	for _, c := range s.PatternProperties {
		l.index(c)
	}
	for _, c := range s.DependentSchemas {
		l.index(c)
	}
	for _, d := range s.Dependencies {
		if c, ok := d.(*jsonschema.Schema); ok {
			l.index(c)
		}
	}
	for _, v := range []any{s.AdditionalProperties, s.Items, s.AdditionalItems} {
		switch v := v.(type) {
		case *jsonschema.Schema:
			l.index(v)
		case []*jsonschema.Schema:
			for _, c := range v {
				l.index(c)
			}
		}
	}
}

// dynamicTarget resolves s's $dynamicRef in the current scope.
func (l *lowerer) dynamicTarget(s *jsonschema.Schema) (*jsonschema.Schema, error) {
	d := s.DynamicRef
	target := d.Ref
	if d.Anchor == "" || target.DynamicAnchor != d.Anchor {
		return target, nil // a plain $ref
	}
	for _, loc := range l.scope {
		found, err := l.dynamicAnchorIn(s, loc, d.Anchor)
		if err != nil {
			return nil, err
		}
		if found != nil {
			return found, nil
		}
	}
	return target, nil
}

// recursiveTarget resolves a 2019-09 $recursiveRef: its static target,
// unless that target sets $recursiveAnchor, in which case the outermost
// resource of the dynamic scope that sets it too.
func (l *lowerer) recursiveTarget(s *jsonschema.Schema) *jsonschema.Schema {
	target := s.RecursiveRef
	if !target.RecursiveAnchor {
		return target
	}
	for _, loc := range l.scope {
		if root := l.byLoc[loc]; root != nil && root.RecursiveAnchor {
			return root
		}
	}
	return target
}

// dynamicAnchorIn returns the schema of the resource at loc that declares
// $dynamicAnchor name, or nil. A schema nothing else refers to (a $defs
// entry only a $dynamicRef reaches) is compiled here. Resources without a
// document of ours — the library's metaschemas — are searched as compiled:
// their dynamic anchors sit at their roots.
func (l *lowerer) dynamicAnchorIn(s *jsonschema.Schema, loc, name string) (*jsonschema.Schema, error) {
	raw, _ := l.set.Raw(&jsonschema.Schema{Location: loc})
	if raw == nil {
		root := l.byLoc[loc]
		if root == nil {
			var err error
			if root, err = l.set.Compile(loc); err != nil {
				return nil, l.errf(diag.KindUnsupported, s, "$dynamicRef", "$dynamicRef into %s, which cannot be compiled: %v", loc, err)
			}
			l.index(root)
		}
		if root.DynamicAnchor == name {
			return root, nil
		}
		return nil, nil
	}
	ptr, ok := findDynamicAnchor(raw, name, "")
	if !ok {
		return nil, nil
	}
	at := loc + encodePointer(ptr)
	if found := l.byLoc[at]; found != nil {
		return found, nil
	}
	found, err := l.set.Compile(at)
	if err != nil {
		return nil, l.errf(diag.KindUnsupported, s, "$dynamicRef", "$dynamicRef resolves to %s, which cannot be compiled: %v", at, err)
	}
	l.index(found)
	return found, nil
}

// encodePointer escapes a JSON pointer's tokens as the library writes
// them in a location's fragment.
func encodePointer(ptr string) string {
	toks := strings.Split(ptr, "/")
	for i, t := range toks {
		toks[i] = url.PathEscape(t)
	}
	return strings.Join(toks, "/")
}

// findDynamicAnchor returns the pointer, below obj, of the schema of obj's
// resource that declares $dynamicAnchor name; nested resources ($id) and
// the values of enum/const/examples/default are not searched.
func findDynamicAnchor(obj map[string]any, name, ptr string) (string, bool) {
	if a, ok := obj["$dynamicAnchor"].(string); ok && a == name {
		return ptr, true
	}
	for _, k := range sortedKeys(obj) {
		switch k {
		case "enum", "const", "examples", "default":
			continue
		}
		tok := ptr + "/" + strings.NewReplacer("~", "~0", "/", "~1").Replace(k)
		switch v := obj[k].(type) {
		case map[string]any:
			if _, nested := v["$id"]; nested {
				continue
			}
			if p, ok := findDynamicAnchor(v, name, tok); ok {
				return p, true
			}
		case []any:
			for i, e := range v {
				if m, ok := e.(map[string]any); ok {
					if _, nested := m["$id"]; nested {
						continue
					}
					if p, ok := findDynamicAnchor(m, name, tok+"/"+itoa(i)); ok {
						return p, true
					}
				}
			}
		}
	}
	return "", false
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}
