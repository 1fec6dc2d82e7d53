package semantic

import (
	"reflect"
	"testing"

	"github.com/synthgen/synthgen/runtime"
)

func TestTokensSplitSnakeCamelKebabAndAcronyms(t *testing.T) {
	cases := map[string][]string{
		"billing_city":  {"billing", "city"},
		"customerEmail": {"customer", "email"},
		"emailAddress":  {"email", "address"},
		"IPAddress":     {"ip", "address"},
		"date-of-birth": {"date", "of", "birth"},
		"addressLine1":  {"address", "line1"},
		"DOB":           {"dob"},
		"zip code":      {"zip", "code"},
		"x.y":           {"x", "y"},
	}
	for in, want := range cases {
		if got := Tokens(in); !reflect.DeepEqual(got, want) {
			t.Errorf("Tokens(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDetectionReadsNamesParentsTitlesFormatsAndDescriptions(t *testing.T) {
	cases := []struct {
		desc string
		f    Field
		want runtime.Kind
	}{
		{"a prefix does not hide the kind", Field{Name: "billing_city"}, runtime.KindCity},
		{"camelCase with a prefix", Field{Name: "customerEmail"}, runtime.KindEmail},
		{"the longer phrase wins over address", Field{Name: "emailAddress"}, runtime.KindEmail},
		{"ip address is no street address", Field{Name: "ip_address"}, runtime.KindIPv4},
		{"an abbreviation", Field{Name: "dob"}, runtime.KindDateOfBirth},
		{"zip", Field{Name: "zip"}, runtime.KindPostcode},
		{"written together", Field{Name: "zipcode"}, runtime.KindPostcode},
		{"line1 under address", Field{Name: "line1", Parent: "address"}, runtime.KindStreetAddress},
		{"postcode under shipping", Field{Name: "postcode", Parent: "shipping"}, runtime.KindPostcode},
		{"name under a customer is a full name", Field{Name: "name", Parent: "Customer"}, runtime.KindFullName},
		{"name under a company is the company", Field{Name: "name", Parent: "company"}, runtime.KindCompany},
		{"name under a product is a product name", Field{Name: "name", Parent: "Product"}, runtime.KindProductName},
		{"title under a person is Mr or Ms", Field{Name: "title", Parent: "person"}, runtime.KindNameTitle},
		{"job title beats title", Field{Name: "job_title", Parent: "employee"}, runtime.KindJobTitle},
		{"created_at", Field{Name: "created_at"}, runtime.KindCreatedAt},
		{"createdAt", Field{Name: "createdAt"}, runtime.KindCreatedAt},
		{"another _at timestamp", Field{Name: "shipped_at"}, runtime.KindTimestamp},
		{"a plural array of e-mails", Field{Name: "emails"}, runtime.KindEmail},
		{"national insurance number", Field{Name: "national_insurance_number"}, runtime.KindNINO},
		{"kebab-case", Field{Name: "sort-code"}, runtime.KindSortCode},
		{"the title when the name says nothing", Field{Name: "f7", Title: "Post code"}, runtime.KindPostcode},
		{"the format when nothing else does", Field{Name: "x", Format: runtime.FormatEmail}, runtime.KindEmail},
		{"the description as a last resort", Field{Name: "contact", Description: "The customer's mobile phone, for texts"}, runtime.KindMobile},
		{"customer_id is a UUID", Field{Name: "customer_id"}, runtime.KindUUID},
		{"an ISO code", Field{Name: "country_code"}, runtime.KindCountryCode2},
		{"a currency", Field{Name: "currency"}, runtime.KindCurrencyCode},
		{"hex colour before colour", Field{Name: "hex_color"}, runtime.KindHexColour},
	}
	for _, c := range cases {
		m, ok := Detect(c.f)
		if !ok || m.Kinds[0] != c.want {
			t.Errorf("%s: Detect(%+v) = %v (%s), want %s", c.desc, c.f, m.Kinds, m.Why, c.want)
		}
	}
}

func TestDetectionLeavesMeaninglessNamesAlone(t *testing.T) {
	for _, name := range []string{"foo", "x", "flags", "payload"} {
		if m, ok := Detect(Field{Name: name}); ok {
			t.Errorf("Detect(%q) = %v (%s), want nothing", name, m.Kinds, m.Why)
		}
	}
}

func TestEveryKindHasARule(t *testing.T) {
	ruled := map[runtime.Kind]bool{}
	for _, r := range Rules {
		for _, k := range r.Kinds {
			ruled[k] = true
		}
	}
	for _, k := range runtime.Kinds() {
		if !ruled[k] {
			t.Errorf("kind %s is in no rule", k)
		}
	}
	if n := len(runtime.Kinds()); n < 80 {
		t.Errorf("%d kinds, want at least 80", n)
	}
}

func TestChooseFallsBackInOrderAndExplainsWhy(t *testing.T) {
	m, _ := Detect(Field{Name: "country"})
	g := runtime.Str{MaxLen: -1, Regex: runtime.MustCompileRegex(`^[A-Z]{3}$`)}
	c := Choose(m, g, runtime.KindNone, false)
	if c.Kind != runtime.KindCountryCode3 || len(c.Notes) != 3 {
		t.Errorf("Choose = %s, notes %q", c.Kind, c.Notes)
	}
	g = runtime.Str{MaxLen: -1, Regex: runtime.MustCompileRegex(`^[0-9]{4}$`)}
	if c := Choose(m, g, runtime.KindNone, false); c.Kind != runtime.KindNone {
		t.Errorf("a pattern no kind fits chose %s", c.Kind)
	}
	nino, _ := Detect(Field{Name: "nino"})
	c = Choose(nino, runtime.Str{MaxLen: -1, Regex: runtime.MustCompileRegex(`^AB[0-9]{6}C$`)}, runtime.KindNone, false)
	if c.Kind != runtime.KindNone || len(c.Notes) < 2 || c.Notes[1][:8] != "warning:" {
		t.Errorf("a pattern that forbids safe NINOs: %s, notes %q", c.Kind, c.Notes)
	}
}

func TestArrayItemsRefuseKindsWithFewValues(t *testing.T) {
	m, _ := Detect(Field{Name: "countries"})
	if c := Choose(m, runtime.Str{MaxLen: -1}, runtime.KindNone, true); c.Kind != runtime.KindNone {
		t.Errorf("countries as items chose %s: one country per locale cannot fill a unique array", c.Kind)
	}
	m, _ = Detect(Field{Name: "emails"})
	if c := Choose(m, runtime.Str{MaxLen: -1}, runtime.KindNone, true); c.Kind != runtime.KindEmail {
		t.Errorf("emails as items chose %s, notes %q", c.Kind, c.Notes)
	}
}

func TestFlagsLeanTheWayTheirNamesSay(t *testing.T) {
	cases := map[string]uint8{"is_active": 85, "isEmailVerified": 85, "deleted": 8, "isArchived": 8, "hasFraudFlags": 8}
	for name, want := range cases {
		if pct, _, ok := DetectFlag(name); !ok || pct != want {
			t.Errorf("DetectFlag(%q) = %d, %v; want %d", name, pct, ok, want)
		}
	}
	if _, _, ok := DetectFlag("toggle"); ok {
		t.Error("a name with no flag word leaned")
	}
}
