package runtime

import (
	"strconv"
	"strings"
)

// Test-safe identifiers: every value here lies in a range reserved for
// fiction, documentation or testing, or one never issued, so that no
// generated record can carry a real person's number. Tests in
// safe_ids_test.go check every value against these rules.

// ukDramaLandlines are Ofcom's ranges reserved for TV and radio drama:
// each prefix is followed by three free digits (e.g. 020 7946 0000-0999).
var ukDramaLandlines = [...]string{
	"020 7946 0", "0113 496 0", "0114 496 0", "0115 496 0", "0116 496 0",
	"0117 496 0", "0118 496 0", "0121 496 0", "0131 496 0", "0141 496 0",
	"0151 496 0", "0161 496 0", "01632 960",
}

// ukDramaMobile is Ofcom's drama range for mobiles: 07700 900000-900999.
const ukDramaMobile = "07700 900"

// usAreaCodes are real area codes; the exchange is always 555 and the line
// 0100-0199, the block reserved for fiction.
var usAreaCodes = [...]string{"201", "202", "206", "212", "213", "303", "305",
	"312", "404", "415", "512", "602", "617", "702", "713", "818"}

// appendPhone writes a drama-range number in national form ("020 7946
// 0123", "(212) 555-0142"); in en-GB a mobile one when mobile.
func appendPhone(loc *localeData, s *Stream, buf []byte, mobile bool) []byte {
	if loc == &enUS {
		area, line := usPhone(s)
		buf = append(buf, '(')
		buf = appendWord(buf, area)
		buf = append(buf, ") 555-0"...)
		return appendSmall(buf, line)
	}
	prefix := ukDramaMobiles[0]
	if !mobile {
		prefix = ukDramaLandlines[s.Uint64n(uint64(len(ukDramaLandlines)))]
	}
	buf = appendWord(buf, prefix)
	return append3(buf, s.Uint64n(1000))
}

// usPhone draws an en-US number's area code and line.
func usPhone(s *Stream) (area string, line uint64) {
	area = usAreaCodes[s.Uint64n(uint64(len(usAreaCodes)))]
	return area, 100 + s.Uint64n(100)
}

// ukDramaE164 and ukDramaMobiles[1] are the drama ranges in E.164 form: +44,
// then the national number without its trunk 0 and spaces. (Tables, not
// constants, so that their words are in the arena.)
var (
	ukDramaE164 = func() (t [len(ukDramaLandlines)]string) {
		for i, p := range ukDramaLandlines {
			t[i] = e164UK(p)
		}
		return t
	}()
	ukDramaMobiles = [2]string{ukDramaMobile, e164UK(ukDramaMobile)}
)

func e164UK(national string) string {
	return "+44" + strings.ReplaceAll(national[1:], " ", "")
}

// appendPhoneE164 writes a drama-range number in E.164 form; in en-GB a
// mobile one a third of the time. The prefix is one draw from
// ukDramaE164Mixed, which holds each as often as it is to come up, rather
// than a branch on a random choice of mobile.
func appendPhoneE164(loc *localeData, s *Stream, buf []byte) []byte {
	if loc == &enUS {
		area, line := usPhone(s)
		buf = append(buf, "+1"...)
		buf = appendWord(buf, area)
		buf = append(buf, "5550"...)
		return appendSmall(buf, line)
	}
	buf = appendWord(buf, ukDramaE164Mixed[s.Uint64n(uint64(len(ukDramaE164Mixed)))])
	return append3(buf, s.Uint64n(1000))
}

// ukDramaE164Mixed: the mobile prefix once for each landline prefix, and
// each landline prefix twice.
var ukDramaE164Mixed = func() []string {
	var t []string
	for _, p := range ukDramaE164 {
		t = append(t, ukDramaMobiles[1], p, p)
	}
	return t
}()

func append3(buf []byte, n uint64) []byte {
	return append(buf, byte('0'+n/100), byte('0'+n/10%10), byte('0'+n%10))
}

// appendSmall appends v in decimal, as strconv.AppendUint does. Numbers
// below 1000 (street numbers, flats, postcode districts, the number in a
// user name, most amounts) are copied from a table of their digits, four
// bytes at once, and the buffer advanced by their length: no branch on
// how many digits a random number has, which the CPU would mispredict.
func appendSmall(buf []byte, v uint64) []byte {
	n := len(buf)
	if v < 1000 && cap(buf)-n >= 4 {
		d := smallDigits[v]
		buf = buf[:n+4]
		*(*[4]byte)(buf[n:]) = d
		return buf[:n+int(d[3])]
	}
	return strconv.AppendUint(buf, v, 10)
}

// smallDigits[v] holds v's digits from the left, and their count in its
// last byte.
var smallDigits = func() (t [1000][4]byte) {
	for v := range t {
		d := strconv.Itoa(v)
		copy(t[v][:3], d)
		t[v][3] = byte(len(d))
	}
	return t
}()

// ninoPrefixes are National Insurance prefixes that are never allocated:
// BG, GB, KN, NK, NT, TN and ZZ (HMRC's NIM39110).
var ninoPrefixes = [...]string{"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}

// appendNINO writes e.g. TN123456A: a never-allocated prefix, six digits,
// a suffix A-D.
func appendNINO(s *Stream, buf []byte) []byte {
	buf = appendWord(buf, ninoPrefixes[s.Uint64n(uint64(len(ninoPrefixes)))])
	buf = appendDigits(s, buf, 6)
	return append(buf, byte('A'+s.Uint64n(4)))
}

// appendSSN writes 9AA-GG-SSSS: area 900-999 is never issued; group and
// serial are never zero.
func appendSSN(s *Stream, buf []byte) []byte {
	buf = append3(buf, 900+s.Uint64n(100))
	buf = append(buf, '-')
	buf = append2(buf, int(1+s.Uint64n(99)))
	buf = append(buf, '-')
	buf = append2(buf, 0)
	n := 1 + s.Uint64n(9999)
	return append(buf[:len(buf)-2], byte('0'+n/1000), byte('0'+n/100%10), byte('0'+n/10%10), byte('0'+n%10))
}

// testCards are card numbers the schemes and processors publish for
// testing (Stripe, Adyen, PayPal docs); all are Luhn-valid.
var testCards = []string{
	"4242424242424242", "4111111111111111", "4012888888881881", "4000056655665556",
	"5555555555554444", "5105105105105100", "2223003122003222", "5200828282828210",
	"378282246310005", "371449635398431",
	"6011111111111117", "6011000990139424",
	"3530111333300000", "3566002020360505",
	"30569309025904", "38520000023237",
}

// exampleIBANs are IBANs published as examples by the national registries
// and the ECBS; all are check-digit valid.
var exampleIBANs = []string{
	"GB82WEST12345698765432", "GB29NWBK60161331926819", "GB33BUKB20201555555555",
	"DE89370400440532013000", "FR1420041010050500013M02606", "NL91ABNA0417164300",
	"BE68539007547034", "CH9300762011623852957", "IT60X0542811101000000123456",
	"ES9121000418450200051332", "AT611904300234573201", "IE29AIBK93115212345678",
	"NO9386011117947", "DK5000400440116243", "FI2112345600000785",
	"SE4550000000058398257466", "PL61109010140000071219812874",
}

// exampleSortCodes are the sort codes of the published GB example IBANs.
var exampleSortCodes = []string{"12-34-56", "60-16-13", "20-20-15"}

// appendVAT writes GB and nine digits whose check digits fail both of
// HMRC's mod-97 schemes, so the number is never a real registration.
func appendVAT(s *Stream, buf []byte) []byte {
	buf = append(buf, "GB"...)
	start := len(buf)
	buf = appendDigits(s, buf, 7)
	sum := 0
	for i := 0; i < 7; i++ {
		sum += int(buf[start+i]-'0') * (8 - i)
	}
	cc := int(s.Uint64n(100))
	for vatValid(sum, cc) {
		cc = (cc + 1) % 100
	}
	return append2(buf, cc)
}

func vatValid(sum, cc int) bool {
	return (sum+cc)%97 == 0 || (sum+cc+55)%97 == 0
}

// appendEAN writes an EAN-13 with a GS1 prefix 200-299 (restricted
// circulation: numbers a shop assigns in store, never a trade item's) and
// a valid check digit.
func appendEAN(s *Stream, buf []byte) []byte {
	start := len(buf)
	buf = append(buf, '2')
	buf = appendDigits(s, buf, 11)
	sum := 0
	for i := 0; i < 12; i++ {
		d := int(buf[start+i] - '0')
		if i%2 == 1 {
			d *= 3
		}
		sum += d
	}
	return append(buf, byte('0'+(10-sum%10)%10))
}

// appendLicence writes the shape of a GB driving licence number from the
// person (surname, birth, initials) with 99 in place of the issue digits
// and check letters: not a claim of a reserved range, see FIELDS.md.
func appendLicence(p *person, s *Stream, buf []byte) []byte {
	for i := 0; i < 5; i++ {
		c := byte('9')
		if i < len(p.last) {
			c = upper(p.last[i])
		}
		buf = append(buf, c)
	}
	days, _ := floorDiv(p.birth, day)
	y, m, d := civilDate(int(days))
	if p.female {
		m += 50
	}
	buf = append(buf, byte('0'+y/10%10))
	buf = append2(buf, m)
	buf = append2(buf, d)
	buf = append(buf, byte('0'+y%10))
	buf = append(buf, upper(p.first[0]), upper(p.middle[0]))
	buf = append(buf, '9', '9')
	return append(buf, byte('A'+s.Uint64n(26)), byte('A'+s.Uint64n(26)))
}

// reshapePhone rewrites the national number in buf[start:] ("020 7946
// 0123", "(212) 555-0142") with dashes between its groups or as bare
// digits ("020-7946-0123", "212-555-0142"; "02079460123", "2125550142").
func reshapePhone(buf []byte, start int, dashed bool) []byte {
	w := start
	sep := false
	for r := start; r < len(buf); r++ {
		c := buf[r]
		if c >= '0' && c <= '9' {
			if sep && dashed && w > start {
				buf[w] = '-'
				w++
			}
			sep = false
			buf[w] = c
			w++
			continue
		}
		sep = true
	}
	return buf[:w]
}

// appendNHS writes a ten-digit NHS number beginning 999, the range NHS
// England keeps for testing, with a valid mod-11 check digit (serials
// whose check would be 10 are skipped to the next).
func appendNHS(s *Stream, buf []byte) []byte {
	n := s.Uint64n(1000000)
	for {
		d := [9]int{9, 9, 9, int(n / 100000 % 10), int(n / 10000 % 10), int(n / 1000 % 10), int(n / 100 % 10), int(n / 10 % 10), int(n % 10)}
		sum := 0
		for i, v := range d {
			sum += v * (10 - i)
		}
		check := (11 - sum%11) % 11
		if check != 10 {
			for _, v := range d {
				buf = append(buf, byte('0'+v))
			}
			return append(buf, byte('0'+check))
		}
		n = (n + 1) % 1000000
	}
}
