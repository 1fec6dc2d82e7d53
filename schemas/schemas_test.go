package schemas

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// want is the library, in the order Names returns it.
var want = []string{"customer", "employee", "event", "order", "product", "transaction", "uk_person"}

const (
	draft2020 = "https://json-schema.org/draft/2020-12/schema"
	idPrefix  = "https://schemas.synthgen.dev/"
)

// The keywords the generator supports for now. A schema in the library may
// use only these.
var allowedKeywords = map[string]bool{
	"$schema": true, "$id": true, "$defs": true, "$ref": true,
	"title": true, "description": true, "examples": true, "default": true,
	"type": true, "enum": true, "const": true,
	"properties": true, "required": true, "additionalProperties": true,
	"items": true, "prefixItems": true, "minItems": true, "maxItems": true, "uniqueItems": true,
	"minimum": true, "maximum": true, "exclusiveMinimum": true, "exclusiveMaximum": true, "multipleOf": true,
	"minLength": true, "maxLength": true, "pattern": true, "format": true,
}

var allowedFormats = map[string]bool{
	"date-time": true, "date": true, "time": true, "email": true, "uri": true,
	"uuid": true, "ipv4": true, "ipv6": true, "hostname": true,
}

// validInstances holds one hand-written, realistic record per schema, so a
// schema that accepts nothing cannot pass. Identifiers are test-safe: e-mail
// domains from RFC 2606, phone numbers from Ofcom drama ranges, IPs from
// RFC 5737 / RFC 3849, NINO prefixes that are never allocated.
var validInstances = map[string]string{
	"customer": `{
		"customer_id": "3f2b8c1e-7d4a-4e9b-a6c5-0d1e2f3a4b5c",
		"first_name": "Olivia",
		"last_name": "Harrison",
		"email": "olivia.harrison@example.com",
		"phone": "+447700900123",
		"date_of_birth": "1986-04-17",
		"address": {
			"line1": "42 Mill Lane",
			"line2": "Flat 3",
			"city": "Leeds",
			"postcode": "LS6 2AB",
			"country": "GB"
		},
		"nino": "GB482915C",
		"lifetime_value": 1843.27,
		"created_at": "2023-09-14T10:32:07Z",
		"status": "active",
		"tags": ["newsletter", "high_value"],
		"marketing_opt_in": true
	}`,
	"order": `{
		"order_id": "9c1d2e3f-4a5b-4c6d-8e7f-a0b1c2d3e4f5",
		"customer_id": "3f2b8c1e-7d4a-4e9b-a6c5-0d1e2f3a4b5c",
		"order_number": "ORD-00412345",
		"line_items": [
			{"line_number": 1, "sku": "HOM-10482", "product_name": "Linen Cushion Cover", "quantity": 2, "unit_price": 14.99, "line_total": 29.98},
			{"line_number": 2, "sku": "BTY-00317", "product_name": "Hand Cream 75ml", "quantity": 1, "unit_price": 8.5, "line_total": 8.5}
		],
		"currency": "GBP",
		"subtotal": 38.48,
		"discount_total": 3.85,
		"tax_total": 5.77,
		"shipping_total": 3.99,
		"grand_total": 38.62,
		"promo_code": "SPRING10",
		"status": "shipped",
		"sales_channel": "web",
		"placed_at": "2024-03-02T18:45:12Z",
		"shipped_at": "2024-03-04T09:10:00Z",
		"delivered_at": null
	}`,
	"product": `{
		"sku": "HOM-10482",
		"name": "Linen Cushion Cover",
		"description": "Stonewashed linen cover with a concealed zip. 45 x 45 cm.",
		"brand": "Hearth & Loom",
		"category": "home_garden",
		"price": 14.99,
		"currency": "GBP",
		"barcode": "5012345678900",
		"dimensions": {"length_cm": 46.5, "width_cm": 46.5, "height_cm": 2.0, "weight_kg": 0.215},
		"tags": ["cushion", "linen", "living-room"],
		"in_stock": true,
		"stock_quantity": 134,
		"rating": 4.6,
		"product_url": "https://shop.example.com/p/HOM-10482",
		"created_at": "2022-11-08T14:03:55Z"
	}`,
	"employee": `{
		"employee_id": "EMP004217",
		"first_name": "Priya",
		"last_name": "Raman",
		"preferred_name": "Pri",
		"work_email": "priya.raman@example.com",
		"department": "engineering",
		"job_title": "Senior Software Engineer",
		"job_level": 5,
		"manager_id": "EMP000981",
		"employment_type": "full_time",
		"salary": 78500.00,
		"office_location": "Manchester",
		"standard_start_time": "09:00:00Z",
		"hire_date": "2019-06-03",
		"termination_date": null,
		"skills": ["Go", "PostgreSQL", "Kubernetes"],
		"is_active": true
	}`,
	"transaction": `{
		"transaction_id": "b7e6d5c4-b3a2-4190-8f7e-6d5c4b3a2910",
		"account_id": "ACC0004827361",
		"amount": -42.17,
		"currency": "GBP",
		"transaction_type": "card_payment",
		"status": "settled",
		"payment_method": "contactless",
		"card_last4": "4242",
		"merchant": {
			"merchant_id": "MID000123456",
			"name": "Greenway Grocers",
			"category_code": "5411",
			"city": "Bristol",
			"country": "GB",
			"website": "greenway.example.com"
		},
		"reference": "GREENWAY GROCERS BRISTOL",
		"balance_after": 1207.63,
		"timestamp": "2024-05-21T12:14:09Z",
		"ip_address": "192.0.2.44",
		"is_flagged": false
	}`,
	"event": `{
		"event_id": "0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d",
		"schema_version": 2,
		"event_type": "add_to_cart",
		"occurred_at": "2024-07-11T08:21:44.512Z",
		"received_at": "2024-07-11T08:21:45.003Z",
		"user_id": null,
		"session_id": "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9",
		"page_url": "https://www.example.com/p/HOM-10482",
		"referrer": "https://search.example.org/?q=linen+cushion",
		"properties": {"sku": "HOM-10482", "quantity": "2", "list": "recommended"},
		"device": {
			"device_type": "mobile",
			"os": "iOS",
			"user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
			"ip_address": "198.51.100.23",
			"ipv6_address": "2001:db8:85a3::8a2e:370:7334",
			"screen_resolution": [1179, 2556]
		}
	}`,
	"uk_person": `{
		"person_id": "6d7e8f90-a1b2-4c3d-8e4f-5a6b7c8d9e0f",
		"title": "Mrs",
		"first_name": "Siobhan",
		"middle_names": "Mary Clare",
		"last_name": "O'Neill",
		"date_of_birth": "1974-12-02",
		"nino": "BG123456A",
		"email": "siobhan.oneill@example.co.uk",
		"phone": "+442079460958",
		"address": {
			"line1": "17 Albert Road",
			"town": "Belfast",
			"county": "County Antrim",
			"postcode": "BT5 4GR",
			"country": "Northern Ireland"
		},
		"marital_status": "married",
		"is_uk_resident": true
	}`,
}

// invalidCases break one record in one way each; every one must be rejected.
// Together they show that the constraints that matter are really enforced.
var invalidCases = []struct {
	schema, name string
	mutate       func(m map[string]any)
}{
	{"customer", "unknown field", func(m map[string]any) { m["favourite_colour"] = "blue" }},
	{"customer", "missing email", func(m map[string]any) { delete(m, "email") }},
	{"customer", "bad email", func(m map[string]any) { m["email"] = "not-an-email" }},
	{"customer", "bad uuid", func(m map[string]any) { m["customer_id"] = "12345" }},
	{"customer", "bad nino prefix", func(m map[string]any) { m["nino"] = "DA123456A" }},
	{"customer", "bad nino suffix", func(m map[string]any) { m["nino"] = "AB123456E" }},
	{"customer", "lowercase country", func(m map[string]any) { obj(m, "address")["country"] = "gb" }},
	{"customer", "address missing city", func(m map[string]any) { delete(obj(m, "address"), "city") }},
	{"customer", "fractional penny", func(m map[string]any) { m["lifetime_value"] = json.Number("10.005") }},
	{"customer", "negative lifetime value", func(m map[string]any) { m["lifetime_value"] = json.Number("-1") }},
	{"customer", "bad status", func(m map[string]any) { m["status"] = "deleted" }},
	{"customer", "duplicate tags", func(m map[string]any) { m["tags"] = []any{"vip", "vip"} }},
	{"customer", "too many tags", func(m map[string]any) {
		m["tags"] = []any{"vip", "newsletter", "wholesale", "churn_risk", "high_value"}
	}},
	{"customer", "bad date of birth", func(m map[string]any) { m["date_of_birth"] = "1986-02-30" }},
	{"order", "no line items", func(m map[string]any) { m["line_items"] = []any{} }},
	{"order", "quantity 21", func(m map[string]any) { item(m, "line_items", 0)["quantity"] = json.Number("21") }},
	{"order", "bad sku", func(m map[string]any) { item(m, "line_items", 0)["sku"] = "hom-10482" }},
	{"order", "unit price fraction of a penny", func(m map[string]any) { item(m, "line_items", 0)["unit_price"] = json.Number("1.001") }},
	{"order", "bad currency", func(m map[string]any) { m["currency"] = "XXX" }},
	{"order", "unknown line item field", func(m map[string]any) { item(m, "line_items", 0)["colour"] = "red" }},
	{"product", "zero price", func(m map[string]any) { m["price"] = json.Number("0") }},
	{"product", "bad category", func(m map[string]any) { m["category"] = "weapons" }},
	{"product", "negative dimension", func(m map[string]any) { obj(m, "dimensions")["width_cm"] = json.Number("-2") }},
	{"product", "bad url", func(m map[string]any) { m["product_url"] = "not a url" }},
	{"employee", "bad employee id", func(m map[string]any) { m["employee_id"] = "E4217" }},
	{"employee", "bad manager id", func(m map[string]any) { m["manager_id"] = "EMP12" }},
	{"employee", "bad department", func(m map[string]any) { m["department"] = "catering" }},
	{"employee", "missing manager id", func(m map[string]any) { delete(m, "manager_id") }},
	{"employee", "bad time", func(m map[string]any) { m["standard_start_time"] = "9am" }},
	{"transaction", "sub-penny amount", func(m map[string]any) { m["amount"] = json.Number("-0.001") }},
	{"transaction", "bad ip", func(m map[string]any) { m["ip_address"] = "300.1.2.3" }},
	{"transaction", "bad type", func(m map[string]any) { m["transaction_type"] = "gift" }},
	{"transaction", "bad mcc", func(m map[string]any) { obj(m, "merchant")["category_code"] = "54111" }},
	{"transaction", "bad hostname", func(m map[string]any) { obj(m, "merchant")["website"] = "-bad-.example.com" }},
	{"event", "wrong schema version", func(m map[string]any) { m["schema_version"] = json.Number("1") }},
	{"event", "bad event type", func(m map[string]any) { m["event_type"] = "hover" }},
	{"event", "non-string property", func(m map[string]any) { obj(m, "properties")["quantity"] = json.Number("2") }},
	{"event", "long property value", func(m map[string]any) { obj(m, "properties")["list"] = strings.Repeat("x", 31) }},
	{"event", "bad ipv6", func(m map[string]any) { obj(m, "device")["ipv6_address"] = "2001:db8::g" }},
	{"event", "device missing user agent", func(m map[string]any) { delete(obj(m, "device"), "user_agent") }},
	{"event", "tiny screen", func(m map[string]any) {
		obj(m, "device")["screen_resolution"] = []any{json.Number("100"), json.Number("100")}
	}},
	{"uk_person", "postcode without space", func(m map[string]any) { obj(m, "address")["postcode"] = "BT54GR" }},
	{"uk_person", "lowercase postcode", func(m map[string]any) { obj(m, "address")["postcode"] = "bt5 4gr" }},
	{"uk_person", "national phone format", func(m map[string]any) { m["phone"] = "02079460958" }},
	{"uk_person", "bad nino", func(m map[string]any) { m["nino"] = "QQ123456C" }},
	{"uk_person", "country not in UK", func(m map[string]any) { obj(m, "address")["country"] = "France" }},
}

func obj(m map[string]any, key string) map[string]any { return m[key].(map[string]any) }

func item(m map[string]any, key string, i int) map[string]any {
	return m[key].([]any)[i].(map[string]any)
}

// library is every built-in schema, decoded and compiled once.
type library struct {
	c    *jsonschema.Compiler
	docs map[string]map[string]any // name → raw document
	ids  map[string]string         // name → $id
	root map[string]*jsonschema.Schema
}

func loadLibrary(t *testing.T) *library {
	t.Helper()
	lib := &library{
		c:    jsonschema.NewCompiler(),
		docs: map[string]map[string]any{},
		ids:  map[string]string{},
		root: map[string]*jsonschema.Schema{},
	}
	lib.c.AssertFormat()
	for _, name := range Names() {
		data, file, ok := Lookup(name)
		if !ok {
			t.Fatalf("Lookup(%q) failed for a name Names() returned", name)
		}
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		m, ok := doc.(map[string]any)
		if !ok {
			t.Fatalf("%s: top level is not an object", file)
		}
		id, _ := m["$id"].(string)
		if want := idPrefix + file; id != want {
			t.Errorf("%s: $id = %q, want %q", file, id, want)
			id = want
		}
		if err := lib.c.AddResource(id, doc); err != nil {
			t.Fatalf("%s: AddResource: %v", file, err)
		}
		lib.docs[name], lib.ids[name] = m, id
	}
	for _, name := range Names() {
		sch, err := lib.c.Compile(lib.ids[name])
		if err != nil {
			t.Fatalf("%s.json does not compile: %v", name, err)
		}
		lib.root[name] = sch
	}
	return lib
}

func decode(t *testing.T, s string) any {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(strings.NewReader(s))
	if err != nil {
		t.Fatalf("bad JSON: %v", err)
	}
	return v
}

func TestNames(t *testing.T) {
	if got := Names(); !slices.Equal(got, want) {
		t.Fatalf("Names() = %q, want %q", got, want)
	}
}

func TestLookup(t *testing.T) {
	for _, name := range want {
		data, file, ok := Lookup(name)
		if !ok || file != name+".json" || len(data) == 0 {
			t.Errorf("Lookup(%q) = %d bytes, %q, %v", name, len(data), file, ok)
		}
	}
	for _, name := range []string{
		"", ".", "..", "../x", "a/b", "/customer", "./customer", "../customer",
		"schemas/customer", "customer/", "customer.json", "Customer", "nonexistent",
	} {
		if data, file, ok := Lookup(name); ok {
			t.Errorf("Lookup(%q) = %d bytes, %q, true; want not found", name, len(data), file)
		}
	}
}

func TestCompile(t *testing.T) {
	lib := loadLibrary(t)
	for _, name := range want {
		m := lib.docs[name]
		if m["$schema"] != draft2020 {
			t.Errorf("%s: $schema = %v, want %s", name, m["$schema"], draft2020)
		}
		for _, kw := range []string{"title", "description"} {
			if s, _ := m[kw].(string); s == "" {
				t.Errorf("%s: no %s", name, kw)
			}
		}
	}
}

func TestValidInstances(t *testing.T) {
	lib := loadLibrary(t)
	for _, name := range want {
		src, ok := validInstances[name]
		if !ok {
			t.Errorf("%s: no hand-written valid instance", name)
			continue
		}
		if err := lib.root[name].Validate(decode(t, src)); err != nil {
			t.Errorf("%s: hand-written instance is rejected:\n%v", name, err)
		}
	}
	// The customer record is the reference record for benchmarks: keep a
	// typical one near 400 bytes of NDJSON.
	var buf bytes.Buffer
	if err := json.Compact(&buf, []byte(validInstances["customer"])); err != nil {
		t.Fatal(err)
	}
	if n := buf.Len(); n < 300 || n > 550 {
		t.Errorf("typical customer record is %d bytes of NDJSON, want about 400", n)
	}
}

func TestInvalidInstances(t *testing.T) {
	lib := loadLibrary(t)
	for _, tc := range invalidCases {
		t.Run(tc.schema+"/"+tc.name, func(t *testing.T) {
			m := decode(t, validInstances[tc.schema]).(map[string]any)
			tc.mutate(m)
			err := lib.root[tc.schema].Validate(m)
			if err == nil {
				t.Fatalf("accepted")
			}
			t.Logf("rejected: %v", err)
		})
	}
}

// location is a subschema of a library document, with its JSON pointer.
type location struct {
	ptr    string
	schema map[string]any
}

// subschemas walks every schema location in doc that the allowed keywords
// can hold, depth first, in a stable order.
func subschemas(doc map[string]any) []location {
	var out []location
	var walk func(ptr string, s map[string]any)
	walk = func(ptr string, s map[string]any) {
		out = append(out, location{ptr, s})
		for _, kw := range []string{"properties", "$defs"} {
			if m, ok := s[kw].(map[string]any); ok {
				for _, k := range slices.Sorted(maps.Keys(m)) {
					if sub, ok := m[k].(map[string]any); ok {
						walk(ptr+"/"+kw+"/"+escape(k), sub)
					}
				}
			}
		}
		for _, kw := range []string{"items", "additionalProperties"} {
			if sub, ok := s[kw].(map[string]any); ok {
				walk(ptr+"/"+kw, sub)
			}
		}
		if arr, ok := s["prefixItems"].([]any); ok {
			for i, v := range arr {
				if sub, ok := v.(map[string]any); ok {
					walk(fmt.Sprintf("%s/prefixItems/%d", ptr, i), sub)
				}
			}
		}
	}
	walk("", doc)
	return out
}

func escape(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}

// TestExamplesAndDefaults checks that every `examples` entry and every
// `default`, wherever it sits in a schema, validates against the schema it
// sits in.
func TestExamplesAndDefaults(t *testing.T) {
	lib := loadLibrary(t)
	for _, name := range want {
		for _, loc := range subschemas(lib.docs[name]) {
			ex, hasEx := loc.schema["examples"]
			def, hasDef := loc.schema["default"]
			if !hasEx && !hasDef {
				continue
			}
			sch, err := lib.c.Compile(lib.ids[name] + "#" + loc.ptr)
			if err != nil {
				t.Errorf("%s#%s: %v", name, loc.ptr, err)
				continue
			}
			if hasEx {
				arr, ok := ex.([]any)
				if !ok || len(arr) == 0 {
					t.Errorf("%s#%s: examples must be a non-empty array", name, loc.ptr)
				}
				for i, v := range arr {
					if err := sch.Validate(v); err != nil {
						t.Errorf("%s#%s/examples/%d is invalid:\n%v", name, loc.ptr, i, err)
					}
				}
			}
			if hasDef {
				if err := sch.Validate(def); err != nil {
					t.Errorf("%s#%s/default is invalid:\n%v", name, loc.ptr, err)
				}
			}
		}
	}
}

// TestSupportedSubset keeps the library inside what the generator supports
// today, and to the house style.
func TestSupportedSubset(t *testing.T) {
	lib := loadLibrary(t)
	for _, name := range want {
		features := map[string]bool{}
		for _, loc := range subschemas(lib.docs[name]) {
			s, at := loc.schema, name+"#"+loc.ptr
			for kw := range s {
				if !allowedKeywords[kw] {
					t.Errorf("%s: keyword %q is not supported by the generator yet", at, kw)
				}
			}
			if loc.ptr != "" {
				for _, kw := range []string{"$schema", "$id"} {
					if _, ok := s[kw]; ok {
						t.Errorf("%s: %s only belongs at the top level", at, kw)
					}
				}
			}
			if f, ok := s["format"]; ok && !allowedFormats[fmt.Sprint(f)] {
				t.Errorf("%s: format %q is not supported", at, f)
			}
			if ref, ok := s["$ref"].(string); ok && !strings.HasPrefix(ref, "#/$defs/") {
				t.Errorf("%s: $ref %q must point into this document's $defs", at, ref)
			}
			if p, ok := s["pattern"].(string); ok {
				features["pattern"] = true
				if !strings.HasPrefix(p, "^") || !strings.HasSuffix(p, "$") {
					t.Errorf("%s: pattern %q should be anchored with ^ and $", at, p)
				}
			}
			props, hasProps := s["properties"].(map[string]any)
			if hasProps {
				if ap, ok := s["additionalProperties"].(bool); !ok || ap {
					t.Errorf("%s: object with declared properties needs \"additionalProperties\": false", at)
				}
				req, _ := s["required"].([]any)
				for _, r := range req {
					if _, ok := props[fmt.Sprint(r)]; !ok {
						t.Errorf("%s: required %q is not a declared property", at, r)
					}
				}
				for k, v := range props {
					if d, _ := v.(map[string]any)["description"].(string); d == "" {
						t.Errorf("%s: property %q has no description", at, k)
					}
				}
				if loc.ptr != "" {
					features["nested object"] = true
				}
			}
			if _, ok := s["enum"]; ok {
				features["enum"] = true
			}
			if _, ok := s["multipleOf"]; ok {
				features["multipleOf"] = true
			}
			if typ, ok := s["type"].([]any); ok {
				if slices.Contains(typ, any("null")) {
					features["nullable"] = true
				}
			}
			if s["type"] == "array" {
				features["array"] = true
			}
		}
		if len(features) == 0 {
			t.Errorf("%s: uses none of nested object, array, enum, pattern, multipleOf, nullable", name)
		}
		// A mix of required and optional properties at the top level.
		props := lib.docs[name]["properties"].(map[string]any)
		req, _ := lib.docs[name]["required"].([]any)
		if len(req) == 0 || len(req) >= len(props) {
			t.Errorf("%s: %d of %d top-level properties required; want a mix", name, len(req), len(props))
		}
	}
}
