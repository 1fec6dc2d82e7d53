package compiler

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/synthgen/synthgen/compiler/plan"
)

// identityFields is a schema as data engineers write them: no x- keyword,
// identifiers named every which way.
const identityFields = `{
  "type": "object",
  "required": ["ni_number", "socialSecurityNumber", "homePhone", "mobile_no", "contactEmail", "website",
    "client_ip", "ipv6", "creditCardNumber", "iban", "mac_address", "vat_number"],
  "properties": {
    "ni_number": {"type": "string"},
    "socialSecurityNumber": {"type": "string"},
    "homePhone": {"type": "string"},
    "mobile_no": {"type": "string"},
    "contactEmail": {"type": "string", "format": "email"},
    "website": {"type": "string", "format": "uri"},
    "client_ip": {"type": "string", "format": "ipv4"},
    "ipv6": {"type": "string", "format": "ipv6"},
    "creditCardNumber": {"type": "string", "pattern": "^[0-9]{13,19}$"},
    "iban": {"type": "string", "maxLength": 34},
    "mac_address": {"type": "string"},
    "vat_number": {"type": "string"}
  }
}`

// safe says, per field, the reserved or never-issued range its every
// value must fall in (the runtime's tests check the ranges themselves;
// this checks that detection reaches them from plain names).
var safe = map[string]*regexp.Regexp{
	"ni_number":            regexp.MustCompile(`^(BG|GB|KN|NK|NT|TN|ZZ)[0-9]{6}[A-D]$`),
	"socialSecurityNumber": regexp.MustCompile(`^9[0-9]{2}-[0-9]{2}-[0-9]{4}$`),
	"homePhone":            regexp.MustCompile(`^(020 7946 0|01(1[3-8]|[2-6]1) 496 0|01632 960)[0-9]{3}$`),
	"mobile_no":            regexp.MustCompile(`^07700 900[0-9]{3}$`),
	"contactEmail":         regexp.MustCompile(`@([a-z]+\.)?(example\.(com|org|net)|[a-z]+\.(test|example))$`),
	"website":              regexp.MustCompile(`^https://example\.(com|org|net)(/|$)`),
	"client_ip":            regexp.MustCompile(`^(192\.0\.2|198\.51\.100|203\.0\.113)\.[0-9]+$`),
	"ipv6":                 regexp.MustCompile(`^2001:db8:`),
	"creditCardNumber":     regexp.MustCompile(`^(4242424242424242|4111111111111111|4012888888881881|4000056655665556|5555555555554444|5105105105105100|2223003122003222|5200828282828210|378282246310005|371449635398431|6011111111111117|6011000990139424|3530111333300000|3566002020360505|30569309025904|38520000023237)$`),
	"iban":                 regexp.MustCompile(`^(GB82WEST12345698765432|GB29NWBK60161331926819|GB33BUKB20201555555555|DE89370400440532013000|FR1420041010050500013M02606|NL91ABNA0417164300|BE68539007547034|CH9300762011623852957|IT60X0542811101000000123456|ES9121000418450200051332|AT611904300234573201|IE29AIBK93115212345678|NO9386011117947|DK5000400440116243|FI2112345600000785|SE4550000000058398257466|PL61109010140000071219812874)$`),
	"mac_address":          regexp.MustCompile(`^00:00:5e:10:00:[0-9a-f]{2}$`),
	"vat_number":           regexp.MustCompile(`^GB[0-9]{9}$`),
}

func TestPlainlyNamedIdentifiersAreValidAndTestSafe(t *testing.T) {
	eachValidRecord(t, "ids.json", identityFields, 5, 2000, func(i uint64, buf []byte) {
		var rec map[string]string
		if err := json.Unmarshal(buf, &rec); err != nil {
			t.Fatal(err)
		}
		for field, re := range safe {
			if !re.MatchString(rec[field]) {
				t.Fatalf("record %d: %s %q is outside its safe range", i, field, rec[field])
			}
		}
		if !strings.Contains(string(buf), "@") {
			t.Fatal("no e-mail")
		}
	})
}

// A field detected as an e-mail under allOf's two patterns meets both: the
// second one binds its semantic values too (a quarter of e-mails have an
// underscore, which the second pattern forbids).
func TestSemanticFieldsMeetAllOfPatterns(t *testing.T) {
	eachValidRecord(t, "also.json", `{
  "type": "object",
  "required": ["email", "contact_email"],
  "properties": {
    "email": {"type": "string", "allOf": [{"pattern": "^[a-z]+[@._a-z0-9]*$"}, {"pattern": "^[^_]*$"}]},
    "contact_email": {"type": "string", "allOf": [{"pattern": "@"}, {"pattern": "^[^o]"}]}
  }
}`, 3, 2000, func(uint64, []byte) {})
}

// eachValidRecord writes schema text to a file named name, generates n
// records under seed with the in-process plan, fails the test on the first
// one the independent validator rejects, and passes each valid one to each.
func eachValidRecord(t *testing.T, name, schema string, seed uint64, n int, each func(i uint64, rec []byte)) {
	t.Helper()
	path := writeSchema(t, name, schema)
	root, err := Load(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	p, err := plan.New(root)
	if err != nil {
		t.Fatal(err)
	}
	v, err := LoadValidator(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	w := p.NewWorker()
	var buf []byte
	for i := range uint64(n) {
		buf = w.AppendJSON(buf[:0], seed, i)
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(buf))
		if err != nil {
			t.Fatal(err)
		}
		if err := v.Validate(inst); err != nil {
			t.Fatalf("record %d %s is invalid: %v", i, buf, err)
		}
		each(i, buf)
	}
}
