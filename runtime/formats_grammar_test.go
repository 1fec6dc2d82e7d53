package runtime

import (
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dlclark/regexp2"
	"golang.org/x/text/unicode/norm"
)

// The validator library checks some formats loosely (duration, uri-template)
// and the IDN ones not at all. These tests hold the values to the grammars
// of the RFCs themselves, as the official suite's format tests do.

var (
	// RFC 3339 appendix A.
	durationGrammar = regexp.MustCompile(`^P(?:\d+W|(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+S)?)?)$`)
	// semver.org's suggested expression.
	semverGrammar = regexp.MustCompile(`^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$`)
	// RFC 6901: *( "/" *( unescaped / "~0" / "~1" ) ).
	pointerGrammar = regexp.MustCompile(`^(?:/(?:[^/~]|~[01])*)*$`)
	// draft-handrews-relative-json-pointer.
	relPointerGrammar = regexp.MustCompile(`^(?:0|[1-9][0-9]*)(?:#|(?:/(?:[^/~]|~[01])*)*)$`)
	// RFC 6570: literals and expressions {op? varspec *("," varspec)}.
	// the escapes other than \d \w \s \. that ECMA-262 and RE2 read
	// differently.
	regexEscape     = regexp.MustCompile(`\\[^dws.]`)
	templateGrammar = regexp.MustCompile(`^(?:[^\x00-\x20"'%<>\\^` + "`" + `{|}]|%[0-9A-Fa-f]{2}|\{[+#./;?&]?(?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[A-Za-z0-9_])+(?::[1-9][0-9]{0,3}|\*)?)*\})*$`)
)

// idnLabelOK reports whether a label is an IDNA 2008 U-label or LDH label
// as far as a test can tell without the IDNA tables: NFC, lowercase,
// letters, marks, digits and inner hyphens only, at most 63 octets once
// Punycode-encoded (a generous bound: four octets a code point).
func idnLabelOK(l string) bool {
	if l == "" || !norm.NFC.IsNormalString(l) || strings.HasPrefix(l, "-") || strings.HasSuffix(l, "-") ||
		utf8.RuneCountInString(l)*4 > 63 || len(l) >= 4 && l[2:4] == "--" {
		return false
	}
	for _, r := range l {
		ok := r == '-' || unicode.IsDigit(r) || unicode.IsMark(r) ||
			unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.In(r, unicode.Arabic, unicode.Hebrew)
		if !ok {
			return false
		}
	}
	return true
}

func reservedIDNHost(h string) bool {
	labels := strings.Split(h, ".")
	for _, l := range labels {
		if !idnLabelOK(l) {
			return false
		}
	}
	return strings.HasSuffix(h, ".example") || strings.HasSuffix(h, ".test") ||
		h == "example.com" || h == "example.org" || h == "example.net" ||
		strings.HasSuffix(h, ".example.com") || strings.HasSuffix(h, ".example.org")
}

// reservedURI reports whether a reference's host, if it has one, is
// reserved, and whether an absolute one uses https.
func reservedURI(v string, abs bool) bool {
	if strings.Contains(v, `\`) {
		return false
	}
	u, err := url.Parse(v)
	if err != nil || abs != u.IsAbs() && abs {
		return false
	}
	if u.IsAbs() && u.Scheme != "https" {
		return false
	}
	return u.Host == "" && !strings.HasPrefix(v, "//") || reservedIDNHost(u.Host)
}

func TestFormatValuesFollowTheirGrammars(t *testing.T) {
	for _, tc := range []struct {
		name string
		f    Format
		ok   func(v string) bool
	}{
		{"durations follow RFC 3339 appendix A", FormatDuration, func(v string) bool {
			return durationGrammar.MatchString(v) && v != "P" && !strings.HasSuffix(v, "T")
		}},
		{"semantic versions follow semver.org", FormatSemver, semverGrammar.MatchString},
		{"JSON pointers follow RFC 6901", FormatJSONPointer, pointerGrammar.MatchString},
		{"relative JSON pointers follow the draft", FormatRelativeJSONPointer, relPointerGrammar.MatchString},
		{"URI templates follow RFC 6570 on reserved hosts", FormatURITemplate, func(v string) bool {
			return templateGrammar.MatchString(v) && (strings.HasPrefix(v, "/") ||
				strings.HasPrefix(v, "https://example.com/") || strings.HasPrefix(v, "https://example.org/") ||
				strings.HasPrefix(v, "https://example.net/"))
		}},
		{"regexes compile as ECMA-262 and in Go, and keep to their shared subset", FormatRegex, func(v string) bool {
			_, err := regexp.Compile(v)
			_, ecmaErr := regexp2.Compile(v, regexp2.ECMAScript)
			return err == nil && ecmaErr == nil && !regexEscape.MatchString(v)
		}},
		{"URI references point at reserved hosts", FormatURIReference, func(v string) bool { return reservedURI(v, false) }},
		{"IRIs are absolute https on reserved hosts", FormatIRI, func(v string) bool { return reservedURI(v, true) }},
		{"IRI references point at reserved hosts", FormatIRIReference, func(v string) bool { return reservedURI(v, false) }},
		{"IDN host names are IDNA 2008 labels under reserved names", FormatIDNHostname, reservedIDNHost},
		{"IDN e-mail addresses have a plain local part and a reserved IDN host", FormatIDNEmail, func(v string) bool {
			local, host, ok := strings.Cut(v, "@")
			return ok && local != "" && norm.NFC.IsNormalString(local) &&
				!strings.ContainsAny(local, " \"(),:;<>@[\\]") && reservedIDNHost(host)
		}},
		{"periods run forwards", FormatPeriod, func(v string) bool {
			start, end, ok := strings.Cut(v, "/")
			if !ok {
				return false
			}
			if strings.HasPrefix(start, "P") {
				_, err := time.Parse(time.RFC3339Nano, end)
				return durationGrammar.MatchString(start) && err == nil
			}
			t0, err := time.Parse(time.RFC3339Nano, start)
			if err != nil {
				return false
			}
			if strings.HasPrefix(end, "P") {
				return durationGrammar.MatchString(end)
			}
			t1, err := time.Parse(time.RFC3339Nano, end)
			return err == nil && t1.After(t0)
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, v := range formatValues(tc.f, 3000) {
				if !tc.ok(v) {
					t.Fatalf("%q", v)
				}
			}
		})
	}
}

func TestUnicodeFormatsCountCodePoints(t *testing.T) {
	for _, f := range []Format{FormatIRI, FormatIRIReference, FormatIDNEmail, FormatIDNHostname} {
		g := Str{MinLen: 10, MaxLen: 30, Format: f}
		if err := g.Check(); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		wide := 0 // values longer in bytes than maxLength allows code points
		for i := range 500 {
			s := RecordStream(3, 0, uint64(i))
			v := g.Append(&s, nil)
			if n := utf8.RuneCount(v); n < 10 || n > 30 {
				t.Fatalf("%s: %q has %d code points", f, v, n)
			}
			if len(v) > 30 {
				wide++
			}
		}
		if wide == 0 {
			t.Errorf("%s: no value is longer in bytes than in code points past maxLength", f)
		}
	}
}

func TestDurationsUseEveryShape(t *testing.T) {
	all := strings.Join(formatValues(FormatDuration, 500), " ")
	for _, want := range []string{"W", "Y", "DT", " PT", "S"} {
		if !strings.Contains(all, want) {
			t.Errorf("no duration holds %q", want)
		}
	}
}
