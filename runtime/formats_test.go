package runtime

import (
	"encoding/binary"
	"fmt"
	"net/netip"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// formatSchema compiles {"type": "string", "format": name} with format
// assertion on, under draft 2020-12 (whose time format demands an offset).
func formatSchema(t testing.TB, name string) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	c.AssertFormat()
	loc := "mem://format/" + name + ".json"
	if err := c.AddResource(loc, map[string]any{"type": "string", "format": name}); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(loc)
	if err != nil {
		t.Fatal(err)
	}
	return sch
}

func allFormats() []Format {
	var fs []Format
	for f := FormatNone + 1; int(f) < len(formatNames); f++ {
		fs = append(fs, f)
	}
	return fs
}

func TestFormatValuesPassTheIndependentValidator(t *testing.T) {
	for _, f := range allFormats() {
		t.Run(f.String()+" values are valid", func(t *testing.T) {
			sch := formatSchema(t, f.String())
			g := Str{MaxLen: -1, Format: f}
			seen := map[string]bool{}
			var buf []byte
			for i := range 3000 {
				s := RecordStream(42, uint64(f), uint64(i))
				buf = g.Append(&s, buf[:0])
				v := string(buf)
				if err := sch.Validate(v); err != nil {
					t.Fatalf("%q: %v", v, err)
				}
				seen[v] = true
			}
			// ipv4 has 3*254 values in all; the others have far more.
			if len(seen) < 700 {
				t.Errorf("%d distinct values in 3000", len(seen))
			}
		})
	}
}

// formatValues draws n values of f.
func formatValues(f Format, n int) []string {
	g := Str{MaxLen: -1, Format: f}
	vs := make([]string, n)
	for i := range vs {
		s := RecordStream(9, uint64(f), uint64(i))
		vs[i] = string(g.Append(&s, nil))
	}
	return vs
}

func TestFormatValuesAreTestSafe(t *testing.T) {
	testNets := []netip.Prefix{
		netip.MustParsePrefix("192.0.2.0/24"),
		netip.MustParsePrefix("198.51.100.0/24"),
		netip.MustParsePrefix("203.0.113.0/24"),
	}
	docNet := netip.MustParsePrefix("2001:db8::/32")
	reservedHost := func(h string) bool {
		switch h {
		case "example.com", "example.org", "example.net":
			return true
		}
		return strings.HasSuffix(h, ".example.com") || strings.HasSuffix(h, ".test") || strings.HasSuffix(h, ".example")
	}
	for _, tc := range []struct {
		name string
		f    Format
		safe func(v string) bool
	}{
		{"e-mail domains are reserved names", FormatEmail, func(v string) bool {
			_, domain, ok := strings.Cut(v, "@")
			return ok && (domain == "example.com" || domain == "example.org" || domain == "example.net" ||
				strings.HasSuffix(domain, ".test") || strings.HasSuffix(domain, ".example"))
		}},
		{"IPv4 addresses are in the RFC 5737 blocks", FormatIPv4, func(v string) bool {
			a, err := netip.ParseAddr(v)
			return err == nil && a.Is4() && (testNets[0].Contains(a) || testNets[1].Contains(a) || testNets[2].Contains(a))
		}},
		{"IPv6 addresses are in 2001:db8::/32", FormatIPv6, func(v string) bool {
			a, err := netip.ParseAddr(v)
			return err == nil && a.Is6() && docNet.Contains(a) && a.String() == v // canonical form
		}},
		{"host names are under reserved names", FormatHostname, reservedHost},
		{"URIs point at example hosts over https", FormatURI, func(v string) bool {
			u, err := url.Parse(v)
			return err == nil && u.Scheme == "https" && (u.Host == "example.com" || u.Host == "example.org" || u.Host == "example.net")
		}},
		{"UUIDs are lowercase version 4", FormatUUID, func(v string) bool {
			return len(v) == 36 && v[14] == '4' && strings.ContainsRune("89ab", rune(v[19])) && strings.ToLower(v) == v
		}},
		{"dates fall in 2000..2030", FormatDate, func(v string) bool {
			d, err := time.Parse("2006-01-02", v)
			return err == nil && d.Year() >= 2000 && d.Year() <= 2030
		}},
		{"date-times are RFC 3339 in 2000..2030", FormatDateTime, func(v string) bool {
			d, err := time.Parse(time.RFC3339Nano, v)
			return err == nil && d.Year() >= 1999 && d.Year() <= 2031 && v[0:2] == "20" && v[:4] <= "2030"
		}},
		{"times always carry an offset", FormatTime, func(v string) bool {
			return strings.HasSuffix(v, "Z") || len(v) > 6 && (v[len(v)-6] == '+' || v[len(v)-6] == '-')
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, v := range formatValues(tc.f, 3000) {
				if !tc.safe(v) {
					t.Fatalf("%q is not test-safe", v)
				}
			}
		})
	}
}

func TestFormatsShowTheirVariety(t *testing.T) {
	for _, tc := range []struct {
		name string
		f    Format
		has  []string
	}{
		{"date-times sometimes have fractions and offsets", FormatDateTime, []string{".", "Z", "+", "-05:00"}},
		{"e-mail addresses use every reserved domain kind", FormatEmail, []string{"@example.com", "@example.org", "@example.net", ".test", ".example", "."}},
		{"IPv6 addresses are sometimes compressed", FormatIPv6, []string{"::"}},
		{"IPv4 addresses use all three blocks", FormatIPv4, []string{"192.0.2.", "198.51.100.", "203.0.113."}},
		{"URIs sometimes have queries", FormatURI, []string{"?page=", "?q="}},
		{"URI references take every shape", FormatURIReference, []string{"\nhttps://", "\n/", "\n../", "\n//example.", "\n#", "?page=", "/"}},
		{"IRIs use IDN hosts and non-ASCII paths", FormatIRI, []string{"https://example.", ".test/", "é", "例子"}},
		{"IRI references take every shape", FormatIRIReference, []string{"\nhttps://", "\n/", "\n//", "\n#"}},
		{"URI templates use every operator", FormatURITemplate, []string{"{+", "{.", "{;", ":", "*}", "?page={page}", "\n/"}},
		{"JSON pointers escape and index", FormatJSONPointer, []string{"~1", "~0", "/0", "/items"}},
		{"relative JSON pointers ask for keys and values", FormatRelativeJSONPointer, []string{"0#", "\n1\n", "3/"}},
		{"periods take every shape", FormatPeriod, []string{"\nP", "Z/P", "T00:00:00Z/20"}},
		{"semantic versions sometimes pre-release and build", FormatSemver, []string{"-rc", "+build."}},
		{"IDN e-mail addresses mix scripts", FormatIDNEmail, []string{"@example.com", "用户@", ".test"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			all := strings.Join(formatValues(tc.f, 500), "\n")
			for _, h := range tc.has {
				if !strings.Contains(all, h) {
					t.Errorf("no value holds %q", h)
				}
			}
		})
	}
}

func TestCivilDateAgreesWithTheTimePackage(t *testing.T) {
	// Every day from the year 1 to the year 4000, births before 1970
	// included.
	for d := -719162; d < 741000; d++ {
		y, m, day := civilDate(d)
		want := time.Unix(int64(d)*86400, 0).UTC()
		if y != want.Year() || m != int(want.Month()) || day != want.Day() {
			t.Fatalf("civilDate(%d) = %d-%d-%d, want %s", d, y, m, day, want.Format("2006-01-02"))
		}
	}
	if y, m, d := civilDate(daysTo2000 + daysIn2000 - 1); y != 2030 || m != 12 || d != 31 {
		t.Errorf("the last day drawn is %d-%d-%d, want 2030-12-31", y, m, d)
	}
}

func TestIPv6TextIsCanonical(t *testing.T) {
	for _, g := range [][8]uint16{
		{0x2001, 0xdb8, 0, 0, 0, 0, 0, 1},
		{0x2001, 0xdb8, 1, 0, 0, 1, 0, 0},
		{0x2001, 0xdb8, 0, 1, 0, 0, 0, 0},
		{0x2001, 0xdb8, 1, 2, 3, 4, 5, 6},
		{0x2001, 0xdb8, 0, 1, 2, 3, 4, 5},
		{0x2001, 0xdb8, 1, 0, 0, 2, 0, 0},
	} {
		got := string(appendIPv6Text(nil, &g))
		var b [16]byte
		for i, v := range g {
			b[2*i], b[2*i+1] = byte(v>>8), byte(v)
		}
		if want := netip.AddrFrom16(b).String(); got != want {
			t.Errorf("%v: got %s, want %s", g, got, want)
		}
	}
}

func TestFormatsDoNotAllocate(t *testing.T) {
	for _, f := range allFormats() {
		g := Str{MaxLen: -1, Format: f}
		buf := make([]byte, 0, 128)
		s := RecordStream(1, 0, 0)
		if n := testing.AllocsPerRun(200, func() { buf = g.Append(&s, buf[:0]) }); n != 0 {
			t.Errorf("%s: %v allocations per value, want 0", f, n)
		}
	}
}

func benchmarkFormat(b *testing.B, f Format) {
	benchmarkStr(b, &Str{MaxLen: -1, Format: f})
}

func BenchmarkFormatDateTime(b *testing.B) { benchmarkFormat(b, FormatDateTime) }
func BenchmarkFormatDate(b *testing.B)     { benchmarkFormat(b, FormatDate) }
func BenchmarkFormatTime(b *testing.B)     { benchmarkFormat(b, FormatTime) }
func BenchmarkFormatEmail(b *testing.B)    { benchmarkFormat(b, FormatEmail) }
func BenchmarkFormatURI(b *testing.B)      { benchmarkFormat(b, FormatURI) }
func BenchmarkFormatUUID(b *testing.B)     { benchmarkFormat(b, FormatUUID) }
func BenchmarkFormatIPv4(b *testing.B)     { benchmarkFormat(b, FormatIPv4) }
func BenchmarkFormatIPv6(b *testing.B)     { benchmarkFormat(b, FormatIPv6) }
func BenchmarkFormatHostname(b *testing.B) { benchmarkFormat(b, FormatHostname) }

func BenchmarkFormatURIReference(b *testing.B) { benchmarkFormat(b, FormatURIReference) }
func BenchmarkFormatIRI(b *testing.B)          { benchmarkFormat(b, FormatIRI) }
func BenchmarkFormatIRIReference(b *testing.B) { benchmarkFormat(b, FormatIRIReference) }
func BenchmarkFormatURITemplate(b *testing.B)  { benchmarkFormat(b, FormatURITemplate) }
func BenchmarkFormatJSONPointer(b *testing.B)  { benchmarkFormat(b, FormatJSONPointer) }
func BenchmarkFormatRelativeJSONPointer(b *testing.B) {
	benchmarkFormat(b, FormatRelativeJSONPointer)
}
func BenchmarkFormatRegex(b *testing.B)       { benchmarkFormat(b, FormatRegex) }
func BenchmarkFormatDuration(b *testing.B)    { benchmarkFormat(b, FormatDuration) }
func BenchmarkFormatPeriod(b *testing.B)      { benchmarkFormat(b, FormatPeriod) }
func BenchmarkFormatSemver(b *testing.B)      { benchmarkFormat(b, FormatSemver) }
func BenchmarkFormatIDNEmail(b *testing.B)    { benchmarkFormat(b, FormatIDNEmail) }
func BenchmarkFormatIDNHostname(b *testing.B) { benchmarkFormat(b, FormatIDNHostname) }

func BenchmarkFormatEmailWithPattern(b *testing.B) {
	benchmarkStr(b, &Str{MaxLen: -1, Format: FormatEmail, Regex: MustCompileRegex(`@example\.(com|org)$`)})
}

func TestEveryFormatHasANameAndAGoName(t *testing.T) {
	seen := map[string]bool{}
	for _, f := range allFormats() {
		if g, ok := ParseFormat(f.String()); !ok || g != f {
			t.Errorf("ParseFormat(%q) = %v, %v", f, g, ok)
		}
		if n := f.GoName(); !strings.HasPrefix(n, "Format") || seen[n] {
			t.Errorf("%s: Go name %q", f, n)
		}
		seen[f.GoName()] = true
	}
}

// appendUUID writes the two draws in the 8-4-4-4-12 layout with the
// version and variant bits set, exactly as fmt would print them.
func TestUUIDLayoutIsTheDrawsInHex(t *testing.T) {
	for i := range 10000 {
		s1, s2 := RecordStream(3, 0, uint64(i)), RecordStream(3, 0, uint64(i))
		hi := s1.Uint64()&^(0xf<<12) | 0x4<<12
		lo := s1.Uint64()&^(0x3<<62) | 0x2<<62
		want := fmt.Sprintf("%08x-%04x-%04x-%04x-%012x", hi>>32, hi>>16&0xffff, hi&0xffff, lo>>48, lo&(1<<48-1))
		if got := string(appendUUID(&s2, []byte("x"))[1:]); got != want {
			t.Fatalf("draw %d: %s, want %s", i, got, want)
		}
	}
}

func TestHex8(t *testing.T) {
	s := Stream{9}
	for i := range 100000 {
		v := uint32(s.Uint64())
		if i < 16 {
			v = uint32(i) * 0x11111111 // every digit alike, 0 to f
		}
		var b [8]byte
		binary.BigEndian.PutUint64(b[:], hex8(v))
		if got, want := string(b[:]), fmt.Sprintf("%08x", v); got != want {
			t.Fatalf("hex8(%#x) = %q, want %q", v, got, want)
		}
	}
}

// TestMailDomainsKeepTheirShares: the table appendMailDomain draws from
// holds each example.* domain a quarter of the time, and each word under
// .test and under .example alike.
func TestMailDomainsKeepTheirShares(t *testing.T) {
	count := map[string]int{}
	for _, d := range mailDomains {
		count[d]++
	}
	n := len(mailDomains)
	for _, d := range exampleDomains {
		if count[d]*4 != n {
			t.Errorf("%s: %d of %d", d, count[d], n)
		}
	}
	for _, w := range orgWords {
		if count[w+".test"]*8 != n/len(orgWords) || count[w+".example"]*8 != n/len(orgWords) {
			t.Errorf("%s: %d under .test, %d under .example, of %d", w, count[w+".test"], count[w+".example"], n)
		}
	}
}
