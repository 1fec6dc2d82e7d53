package lower

import (
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/synthgen/synthgen/compiler/diag"
	"github.com/synthgen/synthgen/compiler/ir"
	"github.com/synthgen/synthgen/compiler/semantic"
	"github.com/synthgen/synthgen/runtime"
)

// rootLocale settles the run's locale: --locale, else the root schema's
// x-locale, else en-GB. A field's own x-locale still wins for that field.
func (l *lowerer) rootLocale(s *jsonschema.Schema) error {
	tag := l.opts.Locale
	kw := ""
	if tag == "" {
		raw, _ := l.set.Raw(s)
		tag, _ = raw["x-locale"].(string)
		kw = "x-locale"
	}
	if tag == "" {
		return nil
	}
	loc, ok := runtime.ParseLocale(tag)
	if !ok {
		return l.errf(diag.KindUnsupported, s, kw, "unknown locale %q (have %s)", tag, strings.Join(runtime.Locales(), ", "))
	}
	l.locale, l.localeSet = loc, true
	return nil
}

// semanticString detects what the string n means and, when a candidate
// kind's values provably fit its constraints (g is its checked
// constraint-driven generator), sets n.Semantic. Explain's notes say which
// rule matched and why candidates were rejected.
func (l *lowerer) semanticString(n *ir.String, g runtime.Str, raw map[string]any) {
	if l.opts.Plain {
		return
	}
	loc := l.locale
	if tag, ok := raw["x-locale"].(string); ok {
		if x, ok := runtime.ParseLocale(tag); ok {
			loc = x
		} else {
			n.Notes = append(n.Notes, "unknown x-locale "+tag+": using "+loc.String())
		}
	}
	forced := runtime.KindNone
	if name, ok := raw["x-generator"].(string); ok {
		if k, ok := runtime.ParseKind(name); ok {
			forced = k
		} else {
			n.Notes = append(n.Notes, "unknown x-generator "+name+": detecting from the name")
		}
	}
	name, parent := fieldContext(n.Pointer, l.root.Name)
	m, ok := semantic.Detect(semantic.Field{Name: name, Parent: parent, Format: n.Format, Title: n.Title, Description: n.Description})
	if !ok && forced == runtime.KindNone {
		return
	}
	g.Locale, g.Now = loc, l.opts.Now
	c := semantic.Choose(m, g, forced, isItem(n.Pointer))
	if c.Kind == runtime.KindNone && !l.localeSet && l.inferred == nil {
		l.inferLocale(m, g, forced, loc, isItem(n.Pointer))
	}
	n.Notes = append(n.Notes, c.Notes...)
	if c.Kind != runtime.KindNone {
		n.Semantic, n.Locale, n.Now = c.Kind, loc, l.opts.Now
	}
}

// inferLocale notes another locale whose values of the field's kinds fit
// its constraints when the run's locale's do not (a US ZIP pattern under
// the en-GB default): Lower then starts again in it.
func (l *lowerer) inferLocale(m semantic.Match, g runtime.Str, forced runtime.Kind, tried runtime.Locale, item bool) {
	for _, tag := range runtime.Locales() {
		loc, _ := runtime.ParseLocale(tag)
		if loc == tried {
			continue
		}
		g.Locale = loc
		if c := semantic.Choose(m, g, forced, item); c.Kind != runtime.KindNone {
			l.inferred = &loc
			return
		}
	}
}

// isItem reports whether the pointer is of an array's items (not of a
// property of an object inside them).
func isItem(pointer string) bool {
	_, frag, _ := strings.Cut(pointer, "#")
	toks := strings.Split(frag, "/")
	for i := len(toks) - 1; i >= 0; i-- {
		switch toks[i] {
		case "items", "prefixItems", "additionalItems", "contains":
			return true
		case "properties", "$defs", "definitions", "additionalProperties", "patternProperties":
			return i == len(toks)-1
		}
	}
	return false
}

// fieldContext reads a field's name and its parent object's name from its
// JSON pointer: "#/properties/address/properties/city" is city under
// address; "#/$defs/Address/properties/city" city under Address; array
// items take the array's name; top-level fields sit under the root's name.
func fieldContext(pointer, rootName string) (name, parent string) {
	_, frag, _ := strings.Cut(pointer, "#")
	toks := strings.Split(strings.TrimPrefix(frag, "/"), "/")
	unescape := strings.NewReplacer("~1", "/", "~0", "~")
	var names []string // property, $defs and definition names, outermost first
	for i := 0; i+1 < len(toks); i++ {
		switch toks[i] {
		case "properties", "$defs", "definitions", "schemas": // schemas: OpenAPI components
			names = append(names, unescape.Replace(toks[i+1]))
			i++
		}
	}
	switch len(names) {
	case 0:
		return "", rootName
	case 1:
		return names[0], rootName
	}
	return names[len(names)-1], names[len(names)-2]
}
