package lower

import (
	"testing"

	"github.com/synthgen/synthgen/compiler/ir"
	"github.com/synthgen/synthgen/runtime"
)

func TestASchemaWhoseConstraintsFitOnlyUSPlacesIsLoweredInEnUS(t *testing.T) {
	root, err := lowerText(t, "us.json", `{"type": "object", "properties": {
		"city": {"type": "string"},
		"zip": {"type": "string", "pattern": "^[0-9]{5}$"}}}`)
	if err != nil {
		t.Fatal(err)
	}
	o := root.Node.(*ir.Object)
	for _, f := range o.Fields {
		s := f.Node.(*ir.String)
		if s.Locale != runtime.LocaleENUS || s.Semantic == runtime.KindNone {
			t.Errorf("%s: kind %s locale %s, want a kind in en-US", f.Name, s.Semantic, s.Locale)
		}
	}
}

func TestAnExplicitLocaleIsNeverOverridden(t *testing.T) {
	root, err := lowerText(t, "gb.json", `{"type": "object", "x-locale": "en-GB", "properties": {
		"city": {"type": "string"},
		"zip": {"type": "string", "pattern": "^[0-9]{5}$"}}}`)
	if err != nil {
		t.Fatal(err)
	}
	o := root.Node.(*ir.Object)
	city, zip := o.Fields[0].Node.(*ir.String), o.Fields[1].Node.(*ir.String)
	if city.Locale != runtime.LocaleENGB || zip.Semantic != runtime.KindNone {
		t.Errorf("city in %s, zip kind %s: the schema's x-locale should hold and the pattern win", city.Locale, zip.Semantic)
	}
}

func TestFieldContextReadsNameAndParentFromThePointer(t *testing.T) {
	cases := []struct{ ptr, name, parent string }{
		{"s.json#/properties/city", "city", "Root"},
		{"s.json#/properties/address/properties/city", "city", "address"},
		{"s.json#/$defs/Address/properties/line1", "line1", "Address"},
		{"s.json#/properties/emails/items", "emails", "Root"},
		{"s.json#", "", "Root"},
	}
	for _, c := range cases {
		if n, p := fieldContext(c.ptr, "Root"); n != c.name || p != c.parent {
			t.Errorf("fieldContext(%q) = %q, %q; want %q, %q", c.ptr, n, p, c.name, c.parent)
		}
	}
}
