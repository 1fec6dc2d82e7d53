package runtime

import (
	"math/big"
	"net/netip"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// safeSamples is how many values of each kind, per locale, the test-safe
// checks draw; every one is checked.
const safeSamples = 20000

// eachValue draws n values of kind k in locale loc, each from its own
// record stream, and calls check on it.
func eachValue(t *testing.T, k Kind, loc Locale, check func(v string) bool) {
	t.Helper()
	g := Str{MaxLen: -1, Semantic: k, Locale: loc}
	var buf []byte
	for i := range safeSamples {
		rec := RecordStream(7, 0, uint64(i))
		s := rec.Child(1)
		buf = g.AppendField(&s, objOf(rec), buf[:0])
		if !check(string(buf)) {
			t.Fatalf("%s (%s) value %d: %q is outside its safe range", k, loc, i, buf)
		}
	}
}

func bothLocales(t *testing.T, k Kind, check func(v string) bool) {
	t.Helper()
	for _, loc := range []Locale{LocaleENGB, LocaleENUS} {
		eachValue(t, k, loc, check)
	}
}

var (
	ninoRE     = regexp.MustCompile(`^(BG|GB|KN|NK|NT|TN|ZZ)[0-9]{6}[A-D]$`)
	ukDramaRE  = regexp.MustCompile(`^(020 7946 0[0-9]{3}|01(1[3-8]|[2-6]1) 496 0[0-9]{3}|01632 960[0-9]{3})$`)
	ukMobileRE = regexp.MustCompile(`^07700 900[0-9]{3}$`)
	ukE164RE   = regexp.MustCompile(`^\+44(2079460[0-9]{3}|1(1[3-8]|[2-6]1)4960[0-9]{3}|1632960[0-9]{3}|7700900[0-9]{3})$`)
	usPhoneRE  = regexp.MustCompile(`^(\([2-9][0-9]{2}\) 555-01[0-9]{2}|\+1[2-9][0-9]{2}55501[0-9]{2})$`)
	ssnRE      = regexp.MustCompile(`^9[0-9]{2}-(0[1-9]|[1-9][0-9])-([0-9]{4})$`)
	macRE      = regexp.MustCompile(`^00:00:5e:10:00:[0-9a-f]{2}$`)
	vatRE      = regexp.MustCompile(`^GB[0-9]{9}$`)
	eanRE      = regexp.MustCompile(`^2[0-9]{12}$`)
)

func TestNINOsUseOnlyNeverAllocatedPrefixesAndValidSuffixes(t *testing.T) {
	bothLocales(t, KindNINO, ninoRE.MatchString)
}

func TestUKPhoneNumbersComeOnlyFromOfcomDramaRanges(t *testing.T) {
	eachValue(t, KindPhone, LocaleENGB, ukDramaRE.MatchString)
	eachValue(t, KindMobile, LocaleENGB, ukMobileRE.MatchString)
	eachValue(t, KindPhoneE164, LocaleENGB, ukE164RE.MatchString)
}

func TestDashedAndBarePhoneNumbersStayInTheDramaRanges(t *testing.T) {
	strip := func(v string) string { return strings.ReplaceAll(v, "-", "") }
	eachValue(t, KindPhoneDashed, LocaleENGB, func(v string) bool {
		return ukDramaRE.MatchString(strings.NewReplacer("020-7946-", "020 7946 ", "-496-", " 496 ", "01632-960", "01632 960").Replace(v))
	})
	eachValue(t, KindPhoneDigits, LocaleENGB, func(v string) bool { return ukE164RE.MatchString("+44" + v[1:]) })
	eachValue(t, KindPhoneDashed, LocaleENUS, regexp.MustCompile(`^[2-9][0-9]{2}-555-01[0-9]{2}$`).MatchString)
	eachValue(t, KindPhoneDigits, LocaleENUS, func(v string) bool { return usPhoneRE.MatchString("+1" + strip(v)) })
}

func TestUSPhoneNumbersAreOnly555Dash01xx(t *testing.T) {
	for _, k := range []Kind{KindPhone, KindMobile, KindPhoneE164} {
		eachValue(t, k, LocaleENUS, usPhoneRE.MatchString)
	}
}

// reservedDomain reports whether host is an RFC 2606/6761 name.
func reservedDomain(host string) bool {
	for _, d := range []string{"example.com", "example.org", "example.net"} {
		if host == d || strings.HasSuffix(host, "."+d) {
			return true
		}
	}
	return strings.HasSuffix(host, ".test") || strings.HasSuffix(host, ".example") ||
		strings.HasSuffix(host, ".invalid") || strings.HasSuffix(host, ".localhost")
}

func TestEmailAndURLDomainsAreReservedNames(t *testing.T) {
	bothLocales(t, KindEmail, func(v string) bool {
		local, host, ok := strings.Cut(v, "@")
		return ok && local != "" && reservedDomain(host)
	})
	bothLocales(t, KindURL, func(v string) bool {
		u, err := url.Parse(v)
		return err == nil && u.Scheme == "https" && reservedDomain(u.Host)
	})
	bothLocales(t, KindDomain, reservedDomain)
}

func TestIPAddressesAreDocumentationAddresses(t *testing.T) {
	v4 := []netip.Prefix{netip.MustParsePrefix("192.0.2.0/24"), netip.MustParsePrefix("198.51.100.0/24"), netip.MustParsePrefix("203.0.113.0/24")}
	bothLocales(t, KindIPv4, func(v string) bool {
		a, err := netip.ParseAddr(v)
		return err == nil && a.Is4() && slices.ContainsFunc(v4, func(p netip.Prefix) bool { return p.Contains(a) })
	})
	v6 := netip.MustParsePrefix("2001:db8::/32")
	bothLocales(t, KindIPv6, func(v string) bool {
		a, err := netip.ParseAddr(v)
		return err == nil && a.Is6() && v6.Contains(a) && a.String() == v
	})
	bothLocales(t, KindMAC, macRE.MatchString)
}

func luhn(v string) bool {
	sum := 0
	for i := range len(v) {
		d := int(v[len(v)-1-i] - '0')
		if d < 0 || d > 9 {
			return false
		}
		if i%2 == 1 {
			if d *= 2; d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return len(v) >= 12 && sum%10 == 0
}

func TestCardNumbersArePublishedLuhnValidTestPANs(t *testing.T) {
	for _, pan := range testCards {
		if !luhn(pan) {
			t.Errorf("test PAN %s fails Luhn", pan)
		}
	}
	bothLocales(t, KindCardNumber, func(v string) bool { return luhn(v) && slices.Contains(testCards, v) })
}

func TestSSNsAreInNeverIssuedAreas(t *testing.T) {
	bothLocales(t, KindSSN, func(v string) bool {
		m := ssnRE.FindStringSubmatch(v)
		return m != nil && m[2] != "0000"
	})
}

// ibanValid is the ISO 13616 mod-97 check.
func ibanValid(v string) bool {
	if len(v) < 15 {
		return false
	}
	var digits strings.Builder
	for _, c := range v[4:] + v[:4] {
		switch {
		case '0' <= c && c <= '9':
			digits.WriteRune(c)
		case 'A' <= c && c <= 'Z':
			digits.WriteString(big.NewInt(int64(c - 'A' + 10)).String())
		default:
			return false
		}
	}
	n, _ := new(big.Int).SetString(digits.String(), 10)
	return new(big.Int).Mod(n, big.NewInt(97)).Int64() == 1
}

func TestIBANsArePublishedCheckDigitValidExamples(t *testing.T) {
	for _, iban := range exampleIBANs {
		if !ibanValid(iban) {
			t.Errorf("example IBAN %s fails the mod-97 check", iban)
		}
	}
	bothLocales(t, KindIBAN, func(v string) bool { return ibanValid(v) && slices.Contains(exampleIBANs, v) })
}

func TestVATNumbersNeverPassHMRCsCheck(t *testing.T) {
	bothLocales(t, KindVAT, func(v string) bool {
		if !vatRE.MatchString(v) {
			return false
		}
		sum := 0
		for i := 0; i < 7; i++ {
			sum += int(v[2+i]-'0') * (8 - i)
		}
		cc := int(v[9]-'0')*10 + int(v[10]-'0')
		return !vatValid(sum, cc)
	})
}

func TestEANsAreRestrictedCirculationWithValidCheckDigit(t *testing.T) {
	bothLocales(t, KindEAN, func(v string) bool {
		if !eanRE.MatchString(v) {
			return false
		}
		sum := 0
		for i := 0; i < 13; i++ {
			d := int(v[i] - '0')
			if i%2 == 1 {
				d *= 3
			}
			sum += d
		}
		return sum%10 == 0
	})
}

func TestSortCodesAndPassportsStayInTheirDocumentedRanges(t *testing.T) {
	bothLocales(t, KindSortCode, func(v string) bool { return slices.Contains(exampleSortCodes, v) })
	bothLocales(t, KindPassport, regexp.MustCompile(`^000[0-9]{6}$`).MatchString)
}

func TestNHSNumbersAreInTheTestRangeWithValidCheckDigits(t *testing.T) {
	bothLocales(t, KindNHSNumber, func(v string) bool {
		if !regexp.MustCompile(`^999[0-9]{7}$`).MatchString(v) {
			return false
		}
		sum := 0
		for i := 0; i < 9; i++ {
			sum += int(v[i]-'0') * (10 - i)
		}
		return (11-sum%11)%11 == int(v[9]-'0')
	})
}

func TestAppendSmallWritesStrconvsDigits(t *testing.T) {
	vs := []uint64{1000, 12345, 1<<64 - 1}
	for v := range uint64(1000) {
		vs = append(vs, v)
	}
	for _, v := range vs {
		for _, spare := range []int{0, 3, 4, 30} { // the table's path and append's
			buf := append(make([]byte, 0, 1+spare), 'x')
			if got, want := string(appendSmall(buf, v)), "x"+strconv.FormatUint(v, 10); got != want {
				t.Fatalf("appendSmall(%d) with %d spare bytes = %q, want %q", v, spare, got, want)
			}
		}
	}
}

// TestE164PhonesAreMobileAThirdOfTheTime: the prefix table holds the
// mobile range a third of the time and the landline ranges alike.
func TestE164PhonesAreMobileAThirdOfTheTime(t *testing.T) {
	count := map[string]int{}
	for _, p := range ukDramaE164Mixed {
		count[p]++
	}
	n := len(ukDramaE164Mixed)
	if count[ukDramaMobiles[1]]*3 != n {
		t.Errorf("mobile: %d of %d", count[ukDramaMobiles[1]], n)
	}
	for _, p := range ukDramaE164 {
		if count[p]*3*len(ukDramaE164) != 2*n {
			t.Errorf("%s: %d of %d", p, count[p], n)
		}
	}
}
