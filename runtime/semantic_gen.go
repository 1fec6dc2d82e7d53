package runtime

import (
	"math"
	"strconv"
)

// DefaultNow is the instant time kinds count back from when Str.Now is 0:
// 2026-01-01T00:00:00Z. A fixed default keeps runs reproducible; --now
// moves it.
const DefaultNow int64 = 1767225600

const (
	day  = 86400
	year = 31556952 // 365.2425 days
)

// semCtx is what one semantic value is drawn from besides the field's own
// stream: the object's stream (for shared draws), the locale and the clock.
type semCtx struct {
	obj    *Object
	loc    *localeData
	locale Locale // names loc, for Object's cache
	now    int64
	f      Format
	// maxLen (< 0: none) bounds free text, which stops at a word that
	// would not fit.
	maxLen int
}

// person is the identity every person kind of one object draws from. It
// is drawn in full, in a fixed order, whichever field asks: that is what
// makes first_name, email and date_of_birth of a record agree.
type person struct {
	female, nonBinary bool
	first, middle     string
	last              string
	// The names in lower case, from the locale's tables: the user name
	// and e-mail spell them so.
	firstLower, lastLower string
	title                 string
	birth                 int64 // unix seconds
	num                   uint64
	style                 uint64 // how the user name is spelt: shared with the e-mail
}

// drawPerson fills *v in place (a returned person was copied twice).
func drawPerson(v *person, obj Stream, loc *localeData, now int64) {
	p := obj.Child(personID)
	// The small choices come from disjoint bits of one draw: sex (bit 0),
	// the user name's style (1-2), the number in it (16 bits), non-binary
	// (16 bits, 2 %) and the day in the year of birth (29 bits).
	r := p.Uint64()
	*v = person{}
	v.female = r&1 == 1
	v.style = r >> 1 & 3
	v.num = 10 + (r>>3&0xffff)*90>>16
	v.nonBinary = (r>>19&0xffff)*100>>16 < 2
	birthDay := int64((r >> 35) * 365 >> 29)
	names, lows := loc.firstMale, loc.lowerMale
	if v.female {
		names, lows = loc.firstFemale, loc.lowerFemale
	}
	sex := 0
	if v.female {
		sex = 1
	}
	// Two words from each draw, one from each 32-bit half (pick32).
	r = p.Uint64()
	i := idx32(uint32(r), len(names))
	v.first, v.firstLower, v.middle = names[i], lows[i], pick32(uint32(r>>32), names)
	r = p.Uint64()
	i = idx32(uint32(r), len(loc.lastNames))
	v.last, v.lastLower, v.title = loc.lastNames[i], loc.lowerLast[i], pick32(uint32(r>>32), loc.titles[sex])
	if v.nonBinary {
		v.title = loc.mx
	}
	age := AgeDist.Draw(&p)
	v.birth = now - int64(age*year) - birthDay*day
}

// pick32 picks a word with 32 random bits (multiply-shift: a word's share
// is within len(ws)/2^32 of uniform), so that one draw gives two words.
func pick32(x uint32, ws []string) string { return ws[idx32(x, len(ws))] }

// idx32 is an index below n from 32 random bits (multiply-shift).
func idx32(x uint32, n int) int { return int(uint64(x) * uint64(n) >> 32) }

// AgeDist weights ages to working-age adults: normal around 40, spread
// 14, within 18..90.
var AgeDist = Dist{Kind: DistNormal, Mean: 40, SD: 14, Lo: 18, Hi: 90}

// spot is the address every place kind of one object draws from.
type spot struct {
	p            *place
	number       uint64
	street, kind string
	flat         uint64
	code         [3]uint64
}

// drawSpot fills *v in place.
func drawSpot(v *spot, obj Stream, loc *localeData) {
	s := obj.Child(placeID)
	// Three draws, each split: the town and the street name; the street
	// type, the number (16 bits) and the flat (16 bits); the postcode's
	// three parts, 21, 21 and 22 bits, which appendPostcode takes modulo
	// 20 (or 100), 10 and 400 (a share's bias below 2^-13).
	r := s.Uint64()
	v.p = &loc.places[uint64(uint32(r))*uint64(len(loc.places))>>32]
	v.street = pick32(uint32(r>>32), loc.streets)
	r = s.Uint64()
	v.kind = pick32(uint32(r), loc.streetTypes)
	v.number = 1 + (r>>32&0xffff)*220>>16
	v.flat = 1 + (r>>48)*40>>16
	r = s.Uint64()
	v.code = [3]uint64{r & 0x1fffff, r >> 21 & 0x1fffff, r >> 42}
}

// created is the object's creation instant: within three years before now.
func created(c *semCtx) int64 { return createdAt(c.obj, c.now) }

func createdAt(o *Object, now int64) int64 {
	t := o.s.Child(timelineID)
	return now - int64(t.Uint64n(3*365*day))
}

// started is the object's start instant: two years back to half a year on.
func started(c *semCtx) int64 {
	t := c.obj.s.Child(periodID)
	return c.now - 730*day + int64(t.Uint64n(910*day))
}

func appendSemantic(k Kind, c *semCtx, s *Stream, buf []byte) []byte {
	switch k {
	case KindFirstName:
		return appendWord(buf, c.obj.personFor(c).first)
	case KindLastName:
		return appendWord(buf, c.obj.personFor(c).last)
	case KindMiddleName:
		return appendWord(buf, c.obj.personFor(c).middle)
	case KindFullName:
		p := c.obj.personFor(c)
		buf = appendWord(buf, p.first)
		buf = append(buf, ' ')
		return appendWord(buf, p.last)
	case KindNameTitle:
		return appendWord(buf, c.obj.personFor(c).title)
	case KindGender:
		p := c.obj.personFor(c)
		switch {
		case p.nonBinary:
			return append(buf, "non-binary"...)
		case p.female:
			return append(buf, "female"...)
		}
		return append(buf, "male"...)
	case KindUsername:
		return appendUsername(c.obj.personFor(c), buf)
	case KindEmail:
		buf = appendUsername(c.obj.personFor(c), buf)
		buf = append(buf, '@')
		return appendMailDomain(s, buf)
	case KindDateOfBirth:
		return appendInstant(buf, c.obj.personFor(c).birth, FormatDate)
	case KindPhone:
		return appendPhone(c.loc, s, buf, false)
	case KindPhoneE164:
		return appendPhoneE164(c.loc, s, buf)
	case KindPhoneDashed, KindPhoneDigits:
		start := len(buf)
		buf = appendPhone(c.loc, s, buf, false)
		return reshapePhone(buf, start, k == KindPhoneDashed)
	case KindMobile:
		return appendPhone(c.loc, s, buf, true)
	case KindCompany:
		return appendCompany(c, s, buf)
	case KindJobTitle:
		buf = appendWord(buf, pickWord(s, jobLevels))
		return appendWord(buf, pickWord(s, jobRoles))
	case KindDepartment:
		return appendWord(buf, pickWord(s, departments))
	case KindStreetAddress:
		return appendStreet(c.obj.spotFor(c), buf)
	case KindAddressLine2:
		buf = appendWord(buf, pickWord(s, line2Words))
		buf = append(buf, ' ')
		return appendSmall(buf, c.obj.spotFor(c).flat)
	case KindBuildingNumber:
		return appendSmall(buf, c.obj.spotFor(c).number)
	case KindStreetName:
		sp := c.obj.spotFor(c)
		buf = appendWord(buf, sp.street)
		buf = append(buf, ' ')
		return appendWord(buf, sp.kind)
	case KindCity:
		return appendWord(buf, c.obj.spotFor(c).p.city)
	case KindRegion:
		return appendWord(buf, c.obj.spotFor(c).p.region)
	case KindPostcode:
		return appendPostcode(c.loc, c.obj.spotFor(c), buf)
	case KindCountry:
		return appendWord(buf, c.loc.country)
	case KindCountryCode2:
		return appendWord(buf, c.loc.code2)
	case KindCountryCode3:
		return appendWord(buf, c.loc.code3)
	case KindLatitude:
		return appendCoord(buf, int64(c.obj.spotFor(c).p.lat)+int64(s.Uint64n(401))-200)
	case KindLongitude:
		return appendCoord(buf, int64(c.obj.spotFor(c).p.lon)+int64(s.Uint64n(401))-200)
	case KindURL:
		return appendURI(s, buf)
	case KindDomain:
		return appendDomain(s, buf)
	case KindIPv4:
		return appendIPv4(s, buf)
	case KindIPv6:
		return appendIPv6(s, buf)
	case KindMAC:
		buf = append(buf, "00:00:5e:10:00:"...)
		return appendHex(buf, s.Uint64n(256), 2)
	case KindUUID:
		return appendUUID(s, buf)
	case KindUserAgent:
		return appendWord(buf, pickWord(s, userAgents))
	case KindSlug:
		buf = appendWord(buf, pickWord(s, commonWords))
		for n := 1 + s.Uint64n(3); n > 0; n-- {
			buf = append(buf, '-')
			buf = appendWord(buf, pickWord(s, commonWords))
		}
		return buf
	case KindPassword:
		return appendFrom(s, buf, passwordChars, 16)
	case KindToken:
		return appendFrom(s, buf, hexDigits, 32)
	case KindIBAN:
		return appendWord(buf, pickWord(s, exampleIBANs))
	case KindCardNumber:
		return appendWord(buf, pickWord(s, testCards))
	case KindCVV:
		return appendDigits(s, buf, 3)
	case KindCardExpiry:
		y, m, _ := civilDate(int((c.now + int64(1+s.Uint64n(59))*31*day) / day))
		buf = append2(buf, m)
		buf = append(buf, '/')
		return append2(buf, y%100)
	case KindCardBrand:
		return appendWord(buf, pickWord(s, cardBrands))
	case KindCurrencyCode:
		return appendWord(buf, c.loc.currency)
	case KindCurrencyName:
		return appendWord(buf, c.loc.currencyName)
	case KindAmount:
		return appendCents(buf, int64(PriceDist.Draw(s)*100))
	case KindSortCode:
		return appendWord(buf, pickWord(s, exampleSortCodes))
	case KindAccountNumber:
		return appendDigits(s, buf, 8)
	case KindBIC:
		b := pickWord(s, orgWords)
		for i := 0; i < 4; i++ {
			buf = append(buf, upper(b[i%len(b)]))
		}
		buf = appendWord(buf, c.loc.code2)
		return append(buf, byte('2'+s.Uint64n(8)), '0')
	case KindNINO:
		return appendNINO(s, buf)
	case KindSSN:
		return appendSSN(s, buf)
	case KindNHSNumber:
		return appendNHS(s, buf)
	case KindPassport:
		buf = append(buf, "000"...)
		return appendDigits(s, buf, 6)
	case KindVAT:
		return appendVAT(s, buf)
	case KindDrivingLicence:
		return appendLicence(c.obj.personFor(c), s, buf)
	case KindSKU:
		for i := 0; i < 3; i++ {
			buf = append(buf, byte('A'+s.Uint64n(26)))
		}
		buf = append(buf, '-')
		return appendDigits(s, buf, 5)
	case KindProductName:
		buf = appendWord(buf, pickWord(s, productAdjectives))
		buf = append(buf, ' ')
		buf = appendWord(buf, pickWord(s, productMaterials))
		buf = append(buf, ' ')
		return appendWord(buf, pickWord(s, productNouns))
	case KindCategory:
		return appendWord(buf, pickWord(s, categories))
	case KindBrand:
		return appendTitleWord(buf, pickWord(s, orgWords))
	case KindColour:
		return appendWord(buf, pickWord(s, colours))
	case KindHexColour:
		buf = append(buf, '#')
		return appendHex(buf, s.Uint64n(1<<24), 6)
	case KindOrderNumber:
		buf = append(buf, "ORD-"...)
		return appendDigits(s, buf, 8)
	case KindInvoiceNumber:
		buf = append(buf, "INV-"...)
		buf = strconv.AppendInt(buf, int64(yearOf(c.now)), 10)
		buf = append(buf, '-')
		return appendDigits(s, buf, 5)
	case KindTrackingNumber:
		buf = append(buf, "TRK"...)
		return appendDigits(s, buf, 12)
	case KindEAN:
		return appendEAN(s, buf)
	case KindDescription:
		return appendSentence(s, buf, 8, 18, c.maxLen)
	case KindComment:
		return appendSentence(s, buf, 3, 10, c.maxLen)
	case KindPetName:
		return appendWord(buf, pickWord(s, petNames))
	case KindHeadline:
		for n := 2 + s.Uint64n(3); n > 0; n-- {
			buf = appendTitleWord(buf, pickWord(s, commonWords))
			if n > 1 {
				buf = append(buf, ' ')
			}
		}
		return buf
	case KindWord:
		return appendWord(buf, pickWord(s, commonWords))
	case KindCreatedAt:
		return appendInstant(buf, created(c), c.f)
	case KindUpdatedAt, KindDeletedAt:
		t := created(c)
		return appendInstant(buf, t+int64(s.Uint64n(uint64(c.now-t)+1)), c.f)
	case KindTimestamp:
		return appendInstant(buf, c.now-int64(s.Uint64n(365*day)), c.f)
	case KindStartDate:
		return appendInstant(buf, started(c), c.f)
	case KindEndDate:
		return appendInstant(buf, started(c)+int64(1+s.Uint64n(365))*day, c.f)
	case KindDate:
		return appendInstant(buf, c.now-int64(s.Uint64n(5*365*day)), c.f)
	case KindExpiryDate:
		return appendInstant(buf, c.now+int64(1+s.Uint64n(3*365))*day, c.f)
	case KindTime:
		return appendClock(s, buf)
	case KindYear:
		return strconv.AppendInt(buf, int64(yearOf(c.now))-int64(s.Uint64n(30)), 10)
	case KindMonth:
		return appendWord(buf, pickWord(s, monthNames))
	case KindWeekday:
		return appendWord(buf, pickWord(s, weekdays))
	case KindFilePath:
		buf = appendWord(buf, pickWord(s, folders))
		buf = append(buf, '/')
		return appendFileName(s, buf)
	case KindFileName:
		return appendFileName(s, buf)
	case KindFileExtension:
		return appendWord(buf, fileTypes[s.Uint64n(uint64(len(fileTypes)))].ext)
	case KindMIMEType:
		return appendWord(buf, fileTypes[s.Uint64n(uint64(len(fileTypes)))].mime)
	case KindLanguageCode:
		return appendWord(buf, languages[s.Uint64n(uint64(len(languages)))].code)
	case KindLanguageName:
		return appendWord(buf, languages[s.Uint64n(uint64(len(languages)))].name)
	case KindLocaleCode:
		return appendWord(buf, pickWord(s, localeCodes))
	case KindTimeZone:
		return appendWord(buf, pickWord(s, timeZones))
	case KindVersion:
		buf = strconv.AppendUint(buf, s.Uint64n(6), 10)
		buf = append(buf, '.')
		buf = strconv.AppendUint(buf, s.Uint64n(20), 10)
		buf = append(buf, '.')
		return strconv.AppendUint(buf, s.Uint64n(30), 10)
	case KindStatus:
		return appendWord(buf, pickWord(s, statuses))
	case KindPriority:
		return appendWord(buf, pickWord(s, priorities))
	case KindAge:
		return strconv.AppendInt(buf, ageAt(c.obj.personFor(c).birth, c.now), 10)
	case KindQuantity:
		return strconv.AppendInt(buf, int64(QuantityDist.Draw(s)), 10)
	case KindRating:
		return strconv.AppendInt(buf, int64(math.Round(RatingDist.Draw(s))), 10)
	case KindPercentage:
		return appendCents(buf, int64(s.Uint64n(10001)))
	}
	return buf
}

// appendUsername writes the person's user name, which is also the local
// part of their e-mail address: first.last (styles 0 and 1), flast (2) or
// first_last and a number of two digits (3). It branches on nothing: each
// style's parts are written and the buffer cut back by what the style
// leaves out, since a branch on a random style is mispredicted half the
// time.
func appendUsername(p *person, buf []byte) []byte {
	st := p.style & 3
	first := p.firstLower
	n := len(first)
	if st == 2 {
		n = 1
	}
	buf = appendWord(buf, first[:n])
	buf = append(buf, usernameSep[st])
	buf = buf[:len(buf)-int(usernameCut[st]&1)]
	buf = appendWord(buf, p.lastLower)
	num := p.num % 100 // 10-99 (drawPerson)
	buf = append(buf, byte('0'+num/10), byte('0'+num%10))
	return buf[:len(buf)-int(usernameCut[st]>>1)]
}

// usernameSep is each style's separator; usernameCut says (bit 0) whether
// the style has none and (bits 1-2) how many digits it leaves off.
var (
	usernameSep = [4]byte{'.', '.', 0, '_'}
	usernameCut = [4]uint8{2 << 1, 2 << 1, 1 | 2<<1, 0}
)

func appendDomain(s *Stream, buf []byte) []byte {
	switch s.Uint64n(4) {
	case 0, 1:
		return appendWord(buf, exampleDomains[s.Uint64n(3)])
	case 2:
		buf = appendWord(buf, pickWord(s, orgWords))
		return append(buf, ".test"...)
	}
	buf = appendWord(buf, pickWord(s, orgWords))
	return append(buf, ".example"...)
}

func appendCompany(c *semCtx, s *Stream, buf []byte) []byte {
	switch s.Uint64n(3) {
	case 0:
		buf = appendWord(buf, pickWord(s, c.loc.lastNames))
		buf = append(buf, " & "...)
		buf = appendWord(buf, pickWord(s, c.loc.lastNames))
	case 1:
		buf = appendWord(buf, pickWord(s, c.loc.lastNames))
		buf = append(buf, ' ')
		buf = appendWord(buf, pickWord(s, companyTrades))
	default:
		buf = appendTitleWord(buf, pickWord(s, commonWords))
		buf = append(buf, ' ')
		buf = appendWord(buf, pickWord(s, companyTrades))
	}
	buf = append(buf, ' ')
	return appendWord(buf, pickWord(s, c.loc.companySuffixes))
}

func appendStreet(sp *spot, buf []byte) []byte {
	buf = appendSmall(buf, sp.number)
	buf = append(buf, ' ')
	buf = appendWord(buf, sp.street)
	buf = append(buf, ' ')
	return appendWord(buf, sp.kind)
}

// postcodeLetters are the letters the inward part of a UK postcode uses
// (never C, I, K, M, O or V).
const postcodeLetters = "ABDEFGHJLNPQRSTUWXYZ"

// appendPostcode writes a UK postcode in its town's area ("LS6 2QT") or a
// US ZIP code with its city's prefix ("02139").
func appendPostcode(loc *localeData, sp *spot, buf []byte) []byte {
	code := sp.p.code
	if loc == &enUS {
		buf = appendWord(buf, code[:3])
		return append2(buf, int(sp.code[0]%100))
	}
	buf = appendWord(buf, code)
	buf = appendSmall(buf, 1+sp.code[0]%20)
	buf = append(buf, ' ', byte('0'+sp.code[1]%10))
	buf = append(buf, postcodeLetters[sp.code[2]%20], postcodeLetters[sp.code[2]/20%20])
	return buf
}

// appendCoord writes v (1e-4 degrees) as a decimal with four places.
func appendCoord(buf []byte, v int64) []byte {
	if v < 0 {
		buf = append(buf, '-')
		v = -v
	}
	buf = strconv.AppendInt(buf, v/10000, 10)
	buf = append(buf, '.')
	return append4(buf, int(v%10000))
}

// appendCents writes v/100 with two places.
func appendCents(buf []byte, v int64) []byte {
	buf = strconv.AppendInt(buf, v/100, 10)
	buf = append(buf, '.')
	return append2(buf, int(v%100))
}

// appendInstant writes unix seconds t (UTC) as a date, or as a date-time
// for FormatDateTime and for no format.
func appendInstant(buf []byte, t int64, f Format) []byte {
	days, sec := floorDiv(t, day)
	// Filled in place and appended once: eight appends, each checking the
	// capacity, cost more than the digits.
	var b [20]byte
	putDate(b[:10], days)
	if f == FormatDate {
		return append(buf, b[:10]...)
	}
	b[10] = 'T'
	*(*[2]byte)(b[11:13]) = twoDigits[sec/3600]
	b[13] = ':'
	*(*[2]byte)(b[14:16]) = twoDigits[sec/60%60]
	b[16] = ':'
	*(*[2]byte)(b[17:19]) = twoDigits[sec%60]
	b[19] = 'Z'
	return append(buf, b[:]...)
}

// put2 and put4 write what append2 and append4 append, for any v.
func put2(b []byte, v int) {
	_ = b[1]
	b[0], b[1] = byte('0'+v/10), byte('0'+v%10)
}

func put4(b []byte, v int) {
	_ = b[3]
	b[0], b[1], b[2], b[3] = byte('0'+v/1000), byte('0'+v/100%10), byte('0'+v/10%10), byte('0'+v%10)
}

func yearOf(t int64) int {
	days, _ := floorDiv(t, day)
	y, _, _ := civilDate(int(days))
	return y
}

// floorDiv divides rounding down, so that instants before 1970 fall on
// the right day; civilDate handles negative day counts from year 0 on.
func floorDiv(t, d int64) (q int64, r int) {
	q, m := t/d, t%d
	if m < 0 {
		q, m = q-1, m+d
	}
	return q, int(m)
}

// appendDigits writes n uniform random decimal digits (n <= 19), from one
// draw below 10^n, zero-padded: one draw, not one per digit.
func appendDigits(s *Stream, buf []byte, n int) []byte {
	return appendPadded(buf, s.Uint64n(pow10u[n]), n)
}

// appendPadded appends v (< 10^n, n <= 19) in n digits, zero-padded, two
// at a time: half the chain of dependent divisions of one at a time.
func appendPadded(buf []byte, v uint64, n int) []byte {
	var tmp [20]byte
	i := n
	for ; i >= 2; i -= 2 {
		*(*[2]byte)(tmp[i-2:]) = twoDigits[v%100]
		v /= 100
	}
	if i == 1 {
		tmp[0] = byte('0' + v)
	}
	return append(buf, tmp[:n]...)
}

// pow10u[n] is 10^n.
var pow10u = func() (p [20]uint64) {
	p[0] = 1
	for i := 1; i < len(p); i++ {
		p[i] = 10 * p[i-1]
	}
	return p
}()

func appendFrom(s *Stream, buf []byte, chars string, n int) []byte {
	for ; n > 0; n-- {
		buf = append(buf, chars[s.Uint64n(uint64(len(chars)))])
	}
	return buf
}

const passwordChars = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%*+-=?@"

// appendSentence writes lo..hi common words, the first capitalised, and a
// full stop; with maxLen >= 0 it ends early rather than outgrow maxLen.
func appendSentence(s *Stream, buf []byte, lo, hi uint64, maxLen int) []byte {
	n := lo + s.Uint64n(hi-lo+1)
	start := len(buf)
	for i := uint64(0); i < n; i++ {
		w := pickWord(s, commonWords)
		if maxLen >= 0 && i > 0 && len(buf)-start+1+len(w)+1 > maxLen {
			break
		}
		if i == 0 {
			buf = appendTitleWord(buf, w)
			continue
		}
		buf = append(buf, ' ')
		buf = appendWord(buf, w)
	}
	return append(buf, '.')
}

func appendFileName(s *Stream, buf []byte) []byte {
	buf = appendWord(buf, pickWord(s, commonWords))
	buf = append(buf, '_')
	buf = appendWord(buf, pickWord(s, commonWords))
	buf = append(buf, '.')
	return appendWord(buf, fileTypes[s.Uint64n(uint64(len(fileTypes)))].ext)
}

func appendTitleWord(buf []byte, w string) []byte {
	buf = append(buf, upper(w[0]))
	return appendWord(buf, w[1:])
}

// appendLower appends w in lower case: copied at once, then lowered in
// place (one capacity check, not one per byte).
func appendLower(buf []byte, w string) []byte {
	n := len(buf)
	buf = appendWord(buf, w)
	for i, c := range buf[n:] {
		buf[n+i] = lower(c)
	}
	return buf
}

func upper(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c - 'A' + 'a'
	}
	return c
}
