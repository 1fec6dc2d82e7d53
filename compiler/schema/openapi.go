package schema

import (
	"encoding/json"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// OpenAPI documents. A schema inside one is chosen with a fragment
// (api.yaml#/components/schemas/Customer) and its $refs to sibling
// components resolve as in any document. The dialect follows the version:
//
//   - OpenAPI 3.1 schemas are JSON Schema 2020-12 (a document's own
//     $schema wins; jsonSchemaDialect is not read).
//   - OpenAPI 3.0 schemas (and Swagger 2.0's) are a Draft 4 dialect:
//     boolean exclusiveMinimum/Maximum, $ref siblings ignored. Their
//     `nullable: true` (Swagger's `x-nullable`) adds "null" to the schema's
//     type, and to its enum, when the schema names a type, as OpenAPI 3.0.3
//     says. The loader rewrites the document before the validator library
//     sees it, so `synthgen validate` reads it the same way.
//   - readOnly and writeOnly are annotations: a record is the whole
//     resource, so both kinds of property are generated.
//   - A `discriminator` beside oneOf/anyOf branches that are $refs makes
//     each branch agree with its discriminator value: the branch becomes a
//     copy of the referenced schema whose discriminator property is
//     required and holds only the branch's mapping key (or, unmapped, the
//     referenced schema's name). The values make the branches exclusive,
//     so such a oneOf is written as an anyOf, which the generator lowers
//     whatever the branches overlap in otherwise.
//   - A component that extends one with a discriminator (allOf with a
//     $ref to it, the inheritance pattern; Swagger 2.0's string
//     discriminator too) gains an allOf member holding its own
//     discriminator value, so a generated Cat says it is a Cat.
type openAPI struct {
	version string // "2.0", "3.0.3", "3.1.0", …
	legacy  bool   // 2.0 and 3.0: nullable, Draft 4 semantics
}

// The dialects, as the $schema the rewrite gives a document that has none,
// so that its schemas keep their dialect wherever they are referred from.
const (
	draft4URL    = "http://json-schema.org/draft-04/schema#"
	draft2020URL = "https://json-schema.org/draft/2020-12/schema"
)

var openAPIVersion = regexp.MustCompile(`^3\.(\d+)(\.\d+)?`)

// detectOpenAPI reports whether v is an OpenAPI or Swagger document.
func detectOpenAPI(v any) (openAPI, bool) {
	obj, ok := v.(map[string]any)
	if !ok {
		return openAPI{}, false
	}
	if s, ok := versionOf(obj["swagger"]); ok && strings.HasPrefix(s, "2.") {
		return openAPI{version: s, legacy: true}, true
	}
	s, ok := versionOf(obj["openapi"])
	if !ok {
		return openAPI{}, false
	}
	m := openAPIVersion.FindStringSubmatch(s)
	if m == nil {
		return openAPI{}, false
	}
	return openAPI{version: s, legacy: m[1] == "0"}, true
}

// versionOf reads a version string, or a number where unquoted YAML made
// one (swagger: 2.0).
func versionOf(v any) (string, bool) {
	switch x := v.(type) {
	case string:
		return x, true
	case json.Number:
		return string(x), true
	}
	return "", false
}

// dataKeys hold values, not schemas: the rewrite leaves them alone.
var dataKeys = map[string]bool{"example": true, "examples": true, "enum": true, "const": true, "default": true}

// rewrite applies the dialect to every schema-like object in d.
func (api openAPI) rewrite(d *document) {
	root := d.value.(map[string]any)
	if _, ok := root["$schema"]; !ok {
		root["$schema"] = draft2020URL
		if api.legacy {
			root["$schema"] = draft4URL
		}
		appendOrder(d, "", "$schema")
	}
	if api.legacy {
		walkObjects(d.value, "", func(obj map[string]any, ptr string) {
			nullable(obj, d, ptr)
		})
	}
	// Components that extend a discriminated parent first, so that the
	// parent still has its discriminator and the branch copies below
	// carry what this adds.
	for _, at := range []string{"/components/schemas", "/definitions"} {
		comps, _ := lookup(d.value, at)
		if m, ok := comps.(map[string]any); ok {
			for name, c := range m {
				if obj, ok := c.(map[string]any); ok {
					inherit(obj, d, at+"/"+escapeToken(name))
				}
			}
		}
	}
	walkObjects(d.value, "", func(obj map[string]any, ptr string) {
		discriminate(obj, d, ptr)
	})
}

// discriminatorOf returns the property name and mapping of obj's
// discriminator: an object in OpenAPI 3, a property name in Swagger 2.0.
func discriminatorOf(obj map[string]any) (string, map[string]any) {
	switch disc := obj["discriminator"].(type) {
	case string:
		return disc, nil
	case map[string]any:
		prop, _ := disc["propertyName"].(string)
		mapping, _ := disc["mapping"].(map[string]any)
		return prop, mapping
	}
	return "", nil
}

// discriminatorValue is the value that names the component at ptr: its
// mapping key (the first, sorted, if several), else its name.
func discriminatorValue(ptr string, mapping map[string]any) string {
	toks := splitPointer(ptr)
	name := toks[len(toks)-1]
	var keys []string
	for k, v := range mapping {
		if v == "#"+ptr || v == name {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return name
	}
	slices.Sort(keys)
	return keys[0]
}

// inherit gives the component at ptr its discriminator value when its
// allOf extends a schema with a discriminator.
func inherit(obj map[string]any, d *document, ptr string) {
	all, ok := obj["allOf"].([]any)
	if !ok {
		return
	}
	for _, e := range all {
		eo, ok := e.(map[string]any)
		ref, isRef := eo["$ref"].(string)
		if !ok || !isRef || !strings.HasPrefix(ref, "#/") || ref[1:] == ptr {
			continue
		}
		parent, _ := lookup(d.value, ref[1:])
		po, ok := parent.(map[string]any)
		if !ok {
			continue
		}
		prop, mapping := discriminatorOf(po)
		if prop == "" {
			continue
		}
		value := discriminatorValue(ptr, mapping)
		obj["allOf"] = append(slices.Clip(all), map[string]any{
			"properties": map[string]any{prop: map[string]any{"enum": []any{value}}},
			"required":   []any{prop},
		})
		return
	}
}

// nameMaps are the keywords whose members are schemas under names that
// may be anything, "example" and "x-id" included.
var nameMaps = map[string]bool{"properties": true, "patternProperties": true, "definitions": true,
	"$defs": true, "dependentSchemas": true, "schemas": true}

// walkObjects calls f on every object under v, parents first, skipping
// data and extension (x-) members.
func walkObjects(v any, ptr string, f func(map[string]any, string)) {
	walk(v, ptr, false, f)
}

// walk is walkObjects; named says v's members are named schemas.
func walk(v any, ptr string, named bool, f func(map[string]any, string)) {
	switch x := v.(type) {
	case map[string]any:
		if !named {
			f(x, ptr)
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			if !named && (dataKeys[k] || strings.HasPrefix(k, "x-")) {
				continue
			}
			walk(x[k], ptr+"/"+escapeToken(k), !named && nameMaps[k], f)
		}
	case []any:
		for i, e := range x {
			walk(e, ptr+"/"+strconv.Itoa(i), false, f)
		}
	}
}

// nullable turns `type: T, nullable: true` into `type: [T, "null"]` (and
// adds null to an enum), then drops the keyword, which Draft 4 does not
// know.
func nullable(obj map[string]any, d *document, ptr string) {
	key := "nullable"
	on, ok := obj[key].(bool)
	if !ok {
		key = "x-nullable"
		if on, ok = obj[key].(bool); !ok {
			return
		}
	}
	t, typed := obj["type"].(string)
	if !on || !typed {
		return
	}
	obj["type"] = []any{t, "null"}
	if enum, ok := obj["enum"].([]any); ok && !slices.Contains(enum, nil) {
		obj["enum"] = append(slices.Clip(enum), nil)
	}
	delete(obj, key)
	if keys, ok := d.order[ptr]; ok {
		d.order[ptr] = slices.DeleteFunc(slices.Clone(keys), func(k string) bool { return k == key })
	}
}

// discriminate rewrites the oneOf/anyOf $ref branches of a schema with a
// discriminator so that each branch's discriminator property holds the
// branch's value.
func discriminate(obj map[string]any, d *document, ptr string) {
	prop, mapping := discriminatorOf(obj)
	if prop == "" {
		return
	}
	seen, all := false, true
	for _, kw := range []string{"oneOf", "anyOf"} {
		branches, ok := obj[kw].([]any)
		if !ok {
			continue
		}
		seen = true
		done := 0
		for i, b := range branches {
			bptr := ptr + "/" + kw + "/" + strconv.Itoa(i)
			if copied, ok := discriminatedBranch(b, prop, mapping, d, bptr); ok {
				branches[i] = copied
				done++
			}
		}
		if done < len(branches) {
			all = false
			continue
		}
		if kw == "oneOf" && obj["anyOf"] == nil {
			obj["anyOf"] = branches
			delete(obj, "oneOf")
			renameKey(d, ptr, "oneOf", "anyOf")
			renameOrder(d, ptr+"/oneOf", ptr+"/anyOf")
			break // anyOf holds these branches now
		}
	}
	if seen && all {
		// Its meaning is in the branches now; the lowering would only note
		// it as ignored.
		delete(obj, "discriminator")
		if keys, ok := d.order[ptr]; ok {
			d.order[ptr] = slices.DeleteFunc(slices.Clone(keys), func(k string) bool { return k == "discriminator" })
		}
	}
}

// renameKey renames key in the order of the object at ptr.
func renameKey(d *document, ptr, from, to string) {
	if keys, ok := d.order[ptr]; ok {
		keys = slices.Clone(keys)
		if i := slices.Index(keys, from); i >= 0 {
			keys[i] = to
		}
		d.order[ptr] = keys
	}
}

// discriminatedBranch returns a copy of the local schema that branch b
// ($ref only) refers to, its property prop required and holding only the
// branch's value; ok is false for a branch it cannot rewrite.
func discriminatedBranch(b any, prop string, mapping map[string]any, d *document, bptr string) (any, bool) {
	bo, ok := b.(map[string]any)
	if !ok || len(bo) != 1 {
		return nil, false
	}
	ref, ok := bo["$ref"].(string)
	if !ok || !strings.HasPrefix(ref, "#/") {
		return nil, false
	}
	tptr := ref[1:]
	target, ok := lookup(d.value, tptr)
	tobj, isObj := target.(map[string]any)
	if !ok || !isObj || tobj["$id"] != nil || tobj["id"] != nil {
		return nil, false
	}
	value := discriminatorValue(tptr, mapping)
	props, _ := tobj["properties"].(map[string]any)
	pv, ok := pinned(props[prop], value)
	if !ok {
		return nil, false
	}

	cp := deepCopy(tobj).(map[string]any)
	copyOrder(d, tptr, bptr)
	props, _ = cp["properties"].(map[string]any)
	if props == nil {
		props = map[string]any{}
		cp["properties"] = props
		appendOrder(d, bptr, "properties")
	}
	if _, had := props[prop]; !had {
		appendOrder(d, bptr+"/properties", prop)
	}
	props[prop] = pv
	appendOrder(d, bptr+"/properties/"+escapeToken(prop), "enum")
	req, _ := cp["required"].([]any)
	if !slices.Contains(req, any(prop)) {
		if req == nil {
			appendOrder(d, bptr, "required")
		}
		cp["required"] = append(slices.Clip(req), prop)
	}
	return cp, true
}

// pinned returns the discriminator property's schema, given its schema in
// the branch (nil if none), narrowed to value. A branch that already
// constrains the property keeps what it says when value is among it, and
// is left alone (ok false) when it is not: the document contradicts
// itself, and the branch wins.
func pinned(prop any, value string) (any, bool) {
	fresh := map[string]any{"type": "string", "enum": []any{value}}
	switch p := prop.(type) {
	case nil:
		return fresh, true
	case bool:
		return fresh, p
	case map[string]any:
		if p["$ref"] != nil { // whose siblings Draft 4 ignores
			return fresh, true
		}
		if t, ok := p["type"]; ok && t != "string" {
			if ts, ok := t.([]any); !ok || !slices.Contains(ts, any("string")) {
				return nil, false
			}
		}
		if c, ok := p["const"]; ok && c != value {
			return nil, false
		}
		if e, ok := p["enum"].([]any); ok && !slices.Contains(e, any(value)) {
			return nil, false
		}
		cp := deepCopy(p).(map[string]any)
		cp["enum"] = []any{value}
		return cp, true
	}
	return nil, false
}

func deepCopy(v any) any {
	switch x := v.(type) {
	case map[string]any:
		m := make(map[string]any, len(x))
		for k, e := range x {
			m[k] = deepCopy(e)
		}
		return m
	case []any:
		a := make([]any, len(x))
		for i, e := range x {
			a[i] = deepCopy(e)
		}
		return a
	}
	return v
}

// copyOrder gives the objects under to the key order of those under from.
func copyOrder(d *document, from, to string) {
	for rest, keys := range ordersUnder(d, from) {
		d.order[to+rest] = slices.Clone(keys)
	}
}

// renameOrder moves the key orders under from to under to.
func renameOrder(d *document, from, to string) {
	for rest, keys := range ordersUnder(d, from) {
		delete(d.order, from+rest)
		d.order[to+rest] = keys
	}
}

// ordersUnder returns the key orders of the objects at and under ptr, by
// the rest of their pointers.
func ordersUnder(d *document, ptr string) map[string][]string {
	under := map[string][]string{}
	for p, keys := range d.order {
		if rest, ok := strings.CutPrefix(p, ptr); ok && (rest == "" || rest[0] == '/') {
			under[rest] = keys
		}
	}
	return under
}

// appendOrder adds key last to the order of the object at ptr, unless it
// is there already.
func appendOrder(d *document, ptr, key string) {
	if keys, ok := d.order[ptr]; ok && !slices.Contains(keys, key) {
		d.order[ptr] = append(slices.Clip(keys), key)
	}
}
