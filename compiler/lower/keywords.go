package lower

import (
	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/synthgen/synthgen/compiler/diag"
)

// role is what a keyword the draft defines means to the lowering.
type role uint8

const (
	// silent keywords are structure or are carried in Meta ($id, title).
	silent role = iota
	// annotation keywords have no effect on validity; explain notes them.
	annotation
	// constraint keywords are lowered, or refused when the IR cannot
	// express them; never ignored.
	constraint
)

type keyword struct {
	from, until int // drafts 4, 6, 7, 2019, 2020; until 0 = still defined
	role        role
}

func (k keyword) defined(draft int) bool {
	return draft >= k.from && (k.until == 0 || draft <= k.until)
}

// keywords lists every keyword of drafts 4 to 2020-12. Keys not defined by
// a schema's draft are ignored, as the specification says, and noted.
var keywords = map[string]keyword{
	"$schema": {4, 0, silent}, "id": {4, 4, silent}, "$id": {6, 0, silent},
	"definitions": {4, 0, silent}, "$defs": {2019, 0, silent},
	"title": {4, 0, silent}, "description": {4, 0, silent},
	"$anchor": {2019, 0, silent}, "$vocabulary": {2019, 0, silent},
	"$recursiveAnchor": {2019, 2019, silent}, "$dynamicAnchor": {2020, 0, silent},

	"default": {4, 0, annotation}, "examples": {6, 0, annotation},
	"readOnly": {7, 0, annotation}, "writeOnly": {7, 0, annotation},
	"$comment": {7, 0, annotation}, "deprecated": {2019, 0, annotation},
	"contentMediaType": {7, 0, annotation}, "contentEncoding": {7, 0, annotation},
	// Content is an annotation unless a validator opts into asserting it
	// (2019-09 and later say so; the library's AssertContent is off).
	"contentSchema": {2019, 0, annotation},

	"$ref": {4, 0, constraint}, "$recursiveRef": {2019, 2019, constraint},
	"$dynamicRef": {2020, 0, constraint},
	"type":        {4, 0, constraint}, "enum": {4, 0, constraint}, "const": {6, 0, constraint},
	"format":     {4, 0, constraint},
	"multipleOf": {4, 0, constraint}, "maximum": {4, 0, constraint},
	"exclusiveMaximum": {4, 0, constraint}, "minimum": {4, 0, constraint},
	"exclusiveMinimum": {4, 0, constraint},
	"maxLength":        {4, 0, constraint}, "minLength": {4, 0, constraint},
	"pattern": {4, 0, constraint},
	"items":   {4, 0, constraint}, "additionalItems": {4, 2019, constraint},
	"prefixItems": {2020, 0, constraint},
	"maxItems":    {4, 0, constraint}, "minItems": {4, 0, constraint},
	"uniqueItems": {4, 0, constraint}, "contains": {6, 0, constraint},
	"maxContains": {2019, 0, constraint}, "minContains": {2019, 0, constraint},
	"maxProperties": {4, 0, constraint}, "minProperties": {4, 0, constraint},
	"required": {4, 0, constraint}, "properties": {4, 0, constraint},
	"additionalProperties": {4, 0, constraint}, "patternProperties": {4, 0, constraint},
	// The validator library applies dependencies in every draft.
	"dependencies":      {4, 0, constraint},
	"dependentRequired": {2019, 0, constraint}, "dependentSchemas": {2019, 0, constraint},
	"propertyNames": {6, 0, constraint},
	"allOf":         {4, 0, constraint}, "anyOf": {4, 0, constraint},
	"oneOf": {4, 0, constraint}, "not": {4, 0, constraint},
	"if": {7, 0, constraint}, "then": {7, 0, constraint}, "else": {7, 0, constraint},
	"unevaluatedItems": {2019, 0, constraint}, "unevaluatedProperties": {2019, 0, constraint},
}

// extensions are the x- keywords the lowering reads; each handler notes
// where its keyword does not apply.
var extensions = map[string]bool{"x-generator": true, "x-locale": true, "x-distribution": true, "x-weights": true, "x-unique": true}

// notes lists, in document order, the keywords of raw that generation
// ignores: annotations, keywords the draft does not define, siblings of a
// pre-2019 $ref, and applicators without effect.
func notes(s *jsonschema.Schema, raw map[string]any, keys []string, isRoot bool) []string {
	var out []string
	refOnly := s.DraftVersion < 2019 && s.Ref != nil
	for _, k := range keys {
		kw, known := keywords[k]
		known = known && kw.defined(s.DraftVersion)
		switch {
		case k == "x-jsonld" && isRoot:
		case k == "x-go-name" || k == "x-go-type" || k == "x-go-generator": // carried in ir.Meta
		case extensions[k]: // applied (or noted) where they apply
		case !known:
			out = append(out, "ignored keyword "+k)
		case refOnly && k != "$ref" && kw.role != silent:
			out = append(out, "ignored keyword "+k+" (beside $ref)")
		case kw.role == annotation:
			out = append(out, "annotation "+k)
		case refOnly:
		case k == "if" && s.Then == nil && s.Else == nil:
			out = append(out, "ignored keyword if (no then or else)")
		case (k == "then" || k == "else") && s.If == nil:
			out = append(out, "ignored keyword "+k+" (no if)")
		case k == "additionalItems" && s.AdditionalItems == nil:
			out = append(out, "ignored keyword additionalItems (items is not an array)")
		case (k == "minContains" || k == "maxContains") && s.Contains == nil:
			out = append(out, "ignored keyword "+k+" (no contains)")
		case (k == "propertyNames" || k == "unevaluatedProperties" || k == "unevaluatedItems") && isTrue(raw[k]):
			out = append(out, "ignored keyword "+k+" (true)")
		}
	}
	return out
}

func isTrue(v any) bool {
	b, ok := v.(bool)
	if ok {
		return b
	}
	m, ok := v.(map[string]any)
	return ok && len(m) == 0
}

// siblingConstraint returns the first constraint keyword that the library
// compiled into s, other than except, or "".
func siblingConstraint(s *jsonschema.Schema, except string) string {
	for _, c := range constraints(s) {
		if c != except {
			return c
		}
	}
	return ""
}

// constraints lists the constraint keywords compiled into s, read from its
// fields (what the validator will enforce) rather than from the document.
func constraints(s *jsonschema.Schema) []string {
	var out []string
	add := func(kw string, present bool) {
		if present {
			out = append(out, kw)
		}
	}
	add("$ref", s.Ref != nil)
	add("$recursiveRef", s.RecursiveRef != nil)
	add("$dynamicRef", s.DynamicRef != nil)
	add("type", s.Types != nil)
	add("enum", s.Enum != nil)
	add("const", s.Const != nil)
	add("format", s.Format != nil)
	add("allOf", len(s.AllOf) > 0)
	add("anyOf", len(s.AnyOf) > 0)
	add("oneOf", len(s.OneOf) > 0)
	add("not", s.Not != nil)
	add("if", s.If != nil)
	add("multipleOf", s.MultipleOf != nil)
	add("minimum", s.Minimum != nil)
	add("maximum", s.Maximum != nil)
	add("exclusiveMinimum", s.ExclusiveMinimum != nil)
	add("exclusiveMaximum", s.ExclusiveMaximum != nil)
	add("minLength", s.MinLength != nil)
	add("maxLength", s.MaxLength != nil)
	add("pattern", s.Pattern != nil)
	add("contentSchema", s.ContentSchema != nil)
	add("properties", len(s.Properties) > 0)
	add("required", len(s.Required) > 0)
	add("additionalProperties", s.AdditionalProperties != nil)
	add("patternProperties", len(s.PatternProperties) > 0)
	add("propertyNames", s.PropertyNames != nil)
	add("minProperties", s.MinProperties != nil)
	add("maxProperties", s.MaxProperties != nil)
	add("dependencies", len(s.Dependencies) > 0)
	add("dependentRequired", len(s.DependentRequired) > 0)
	add("dependentSchemas", len(s.DependentSchemas) > 0)
	add("unevaluatedProperties", s.UnevaluatedProperties != nil)
	add("items", s.Items != nil || s.Items2020 != nil)
	add("prefixItems", len(s.PrefixItems) > 0)
	add("additionalItems", s.AdditionalItems != nil)
	add("minItems", s.MinItems != nil)
	add("maxItems", s.MaxItems != nil)
	add("uniqueItems", s.UniqueItems)
	add("contains", s.Contains != nil)
	add("unevaluatedItems", s.UnevaluatedItems != nil)
	return out
}

// unsupported refuses the constraint keywords that the IR cannot express
// yet. allOf, anyOf and oneOf have been given their chance by combinator.
func (l *lowerer) unsupported(s *jsonschema.Schema, raw map[string]any) error {
	checks := []struct {
		kw      string
		present bool
	}{
		{"allOf", len(s.AllOf) > 0},
		{"anyOf", len(s.AnyOf) > 0},
		{"oneOf", len(s.OneOf) > 0},
		{"not", s.Not != nil},
		{"if", s.If != nil && (s.Then != nil || s.Else != nil)},
		{"dependencies", len(s.Dependencies) > 0},
		{"dependentRequired", len(s.DependentRequired) > 0},
		{"dependentSchemas", len(s.DependentSchemas) > 0},
		{"patternProperties", len(s.PatternProperties) > 0},
		{"propertyNames", s.PropertyNames != nil && !isTrueSchema(s.PropertyNames)},
		{"contains", s.Contains != nil},
		{"unevaluatedProperties", s.UnevaluatedProperties != nil && !isTrueSchema(s.UnevaluatedProperties)},
		{"unevaluatedItems", s.UnevaluatedItems != nil && !isTrueSchema(s.UnevaluatedItems)},
		{"$dynamicRef", s.DynamicRef != nil},
		{"$recursiveRef", s.RecursiveRef != nil},
	}
	for _, c := range checks {
		if c.present {
			return l.errf(diag.KindUnsupported, s, c.kw, "keyword %s is not supported yet", c.kw)
		}
	}
	if len(s.Extensions) > 0 {
		return l.errf(diag.KindUnsupported, s, "$vocabulary", "custom vocabularies are not supported")
	}
	return nil
}

func isTrueSchema(s *jsonschema.Schema) bool { return s.Bool != nil && *s.Bool }
