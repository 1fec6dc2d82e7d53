package lower

import (
	"strings"
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
		{"api.yaml#/components/schemas/User/properties/name", "name", "User"},
	}
	for _, c := range cases {
		if n, p := fieldContext(c.ptr, "Root"); n != c.name || p != c.parent {
			t.Errorf("fieldContext(%q) = %q, %q; want %q, %q", c.ptr, n, p, c.name, c.parent)
		}
	}
}

func TestXGeneratorForcesAKindTheConstraintsAllow(t *testing.T) {
	root, err := lowerText(t, "x.json", `{"type": "object", "properties": {
		"ref": {"type": "string", "x-generator": "nino"},
		"short": {"type": "string", "maxLength": 4, "x-generator": "nino"},
		"who": {"type": "string", "x-generator": "no_such_kind"}}}`)
	if err != nil {
		t.Fatal(err)
	}
	o := root.Node.(*ir.Object)
	if k := o.Fields[0].Node.(*ir.String).Semantic; k != runtime.KindNINO {
		t.Errorf("x-generator nino gave %s", k)
	}
	short := o.Fields[1].Node.(*ir.String)
	if short.Semantic != runtime.KindNone || !hasNote(short.Notes, "warning:") {
		t.Errorf("a NINO in 4 code points: kind %s, notes %q", short.Semantic, short.Notes)
	}
	if who := o.Fields[2].Node.(*ir.String); !hasNote(who.Notes, "unknown x-generator no_such_kind") {
		t.Errorf("notes %q", who.Notes)
	}
}

func hasNote(notes []string, prefix string) bool {
	for _, n := range notes {
		if strings.HasPrefix(n, prefix) {
			return true
		}
	}
	return false
}
