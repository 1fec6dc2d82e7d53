package emit

import "testing"

func TestExportedName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"customer_id", "CustomerID"},
		{"customerId", "CustomerID"},
		{"CUSTOMER_NAME", "CustomerName"},
		{"first name", "FirstName"},
		{"HTTPServer", "HTTPServer"},
		{"ipv4_address", "IPv4Address"},
		{"ipv4Address", "IPv4Address"},
		{"product_skus", "ProductSKUs"},
		{"url", "URL"},
		{"UK person", "UKPerson"},
		{"line1", "Line1"},
		{"2fa", "X2fa"},
		{"@type", "Type"},
		{"$ref", "Ref"},
		{"a-b", "AB"},
		{"type", "Type"},
		{"func", "Func"},
		{"café", "Café"},
		{"ñandú", "Ñandú"},
		{"名前", "X名前"},
		{"e\u0301clair", "EClair"}, // the combining accent is not a letter
		{"😀", ""},
		{"", ""},
		{"__", ""},
	} {
		if got := exportedName(tc.in); got != tc.want {
			t.Errorf("exportedName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestUnexportedName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Customer", "customer"},
		{"UKPerson", "ukPerson"},
		{"ID", "id"},
		{"IDs", "ids"},
		{"IPv4Address", "ipv4Address"},
		{"HTTPServer", "httpServer"},
		{"X2fa", "x2fa"},
		{"Ñandú", "ñandú"},
	} {
		if got := unexportedName(tc.in); got != tc.want {
			t.Errorf("unexportedName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestScopeSuffixesCollisionsInClaimOrder(t *testing.T) {
	s := newScope("runtime")
	var got []string
	for _, base := range []string{"AB", "AB", "Line1", "Line1", "AB", "runtime"} {
		got = append(got, s.claim(base))
	}
	want := []string{"AB", "AB2", "Line1", "Line1_2", "AB3", "runtime2"}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("claims = %q, want %q", got, want)
		}
	}
}

func TestFileBaseAvoidsNamesGoBuildTreatsSpecially(t *testing.T) {
	for _, tc := range []struct{ file, want string }{
		{"customer.json", "customer"},
		{"schemas/UK Person.schema.json", "uk_person"},
		{`C:\schemas\order.yaml`, "order"},
		{"_hidden.json", "hidden"},
		{".dot.json", "dot"},
		{"event_windows.json", "event_windows_schema"},
		{"point_amd64.json", "point_amd64_schema"},
		{"fixture_test.json", "fixture_test_schema"},
		{"linux.json", "linux"},
		{"名前.json", "root"},
	} {
		if got := fileBase(tc.file, "Root"); got != tc.want {
			t.Errorf("fileBase(%q) = %q, want %q", tc.file, got, tc.want)
		}
	}
}
