package runtime

import (
	"strconv"
	"strings"
)

// A shape is a regular expression (RE2 syntax, matched in full) that every
// value of a kind matches: an over-approximation of what appendSemantic
// can write for a locale, format and clock. Word tables are summarised as
// their characters repeated between their shortest and longest word's
// length. Str.Prove compares a shape with a field's lengths and pattern
// (prove.go); TestKindShapes draws values of every kind and checks that
// each matches its shape, which is what makes skipping the check sound.
//
// "" means no shape is known: the kind's values are then always checked.

// kindShape returns the shape of kind k's values as c would draw them.
func kindShape(k Kind, c *semCtx) string {
	loc := c.loc
	firsts := concat(loc.firstFemale, loc.firstMale)
	switch k {
	case KindFirstName, KindMiddleName:
		return wordsShape(firsts)
	case KindLastName:
		return wordsShape(loc.lastNames)
	case KindFullName:
		return seq(wordsShape(firsts), " ", wordsShape(loc.lastNames))
	case KindNameTitle:
		return wordsShape(concat(loc.titles[0], loc.titles[1], []string{loc.mx}))
	case KindGender:
		return anyOf("non-binary", "female", "male")
	case KindUsername:
		return usernameShape(loc)
	case KindEmail:
		return seq(usernameShape(loc), "@", mailDomainShape())
	case KindDateOfBirth:
		return instantShape(FormatDate)
	case KindCreatedAt, KindUpdatedAt, KindDeletedAt, KindTimestamp,
		KindStartDate, KindEndDate, KindDate, KindExpiryDate:
		return instantShape(c.f)
	case KindPhone:
		return phoneShape(loc, false, false)
	case KindMobile:
		return phoneShape(loc, false, true)
	case KindPhoneE164:
		return alt(phoneShape(loc, true, false), phoneShape(loc, true, true))
	case KindJobTitle:
		return seq(wordsShape(jobLevels), wordsShape(jobRoles))
	case KindDepartment:
		return wordsShape(departments)
	case KindStreetAddress:
		return seq(`[1-9][0-9]{0,2}`, " ", wordsShape(loc.streets), " ", wordsShape(loc.streetTypes))
	case KindAddressLine2:
		return seq(wordsShape(line2Words), " ", `[1-9][0-9]?`)
	case KindBuildingNumber:
		return `[1-9][0-9]{0,2}`
	case KindStreetName:
		return seq(wordsShape(loc.streets), " ", wordsShape(loc.streetTypes))
	case KindCity:
		return wordsShape(column(loc.places, func(p place) string { return p.city }))
	case KindRegion:
		return wordsShape(column(loc.places, func(p place) string { return p.region }))
	case KindPostcode:
		if loc == &enUS {
			return `[0-9]{5}`
		}
		areas := column(loc.places, func(p place) string { return p.code })
		return seq(wordsShape(areas), `[1-9][0-9]?`, " ", `[0-9]`, "["+postcodeLetters+"]{2}")
	case KindCountry:
		return literal(loc.country)
	case KindCountryCode2:
		return literal(loc.code2)
	case KindCountryCode3:
		return literal(loc.code3)
	case KindLatitude, KindLongitude:
		return `-?[0-9]{1,3}\.[0-9]{4}`
	case KindDomain:
		return domainShape()
	case KindIPv4:
		return seq(anyOf(ipv4Blocks[:]...), `[1-9][0-9]{0,2}`)
	case KindIPv6:
		return `[0-9a-f:]{2,39}`
	case KindMAC:
		return `00:00:5e:10:00:[0-9a-f]{2}`
	case KindUUID:
		return `[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}`
	case KindUserAgent:
		return wordsShape(userAgents)
	case KindSlug:
		w := wordsShape(commonWords)
		return seq(w, "(?:-"+w+"){1,3}")
	case KindPassword:
		return classOf(passwordChars) + `{16}`
	case KindToken:
		return `[0-9a-f]{32}`
	case KindIBAN:
		return wordsShape(exampleIBANs)
	case KindCardNumber:
		return wordsShape(testCards)
	case KindCVV:
		return `[0-9]{3}`
	case KindCardExpiry:
		return `(?:0[1-9]|1[0-2])/[0-9]{2}`
	case KindCardBrand:
		return wordsShape(cardBrands)
	case KindCurrencyCode:
		return literal(loc.currency)
	case KindCurrencyName:
		return literal(loc.currencyName)
	case KindAmount:
		return centsShape(PriceDist.Hi * 100)
	case KindSortCode:
		return wordsShape(exampleSortCodes)
	case KindAccountNumber:
		return `[0-9]{8}`
	case KindNINO:
		return seq(anyOf(ninoPrefixes[:]...), `[0-9]{6}[A-D]`)
	case KindSSN:
		return `9[0-9]{2}-[0-9]{2}-[0-9]{4}`
	case KindNHSNumber:
		return `999[0-9]{7}`
	case KindPassport:
		return `000[0-9]{6}`
	case KindVAT:
		return `GB[0-9]{9}`
	case KindSKU:
		return `[A-Z]{3}-[0-9]{5}`
	case KindProductName:
		return seq(wordsShape(productAdjectives), " ", wordsShape(productMaterials), " ", wordsShape(productNouns))
	case KindCategory:
		return wordsShape(categories)
	case KindBrand:
		return wordsShape(titled(orgWords))
	case KindColour:
		return wordsShape(colours)
	case KindHexColour:
		return `#[0-9a-f]{6}`
	case KindOrderNumber:
		return `ORD-[0-9]{8}`
	case KindInvoiceNumber:
		if y := yearOf(c.now); 1000 <= y && y <= 9999 {
			return `INV-[0-9]{4}-[0-9]{5}`
		}
	case KindTrackingNumber:
		return `TRK[0-9]{12}`
	case KindEAN:
		return `2[0-9]{12}`
	case KindHeadline:
		w := wordsShape(titled(commonWords))
		return seq(w, "(?: "+w+"){1,3}")
	case KindWord:
		return wordsShape(commonWords)
	case KindPetName:
		return wordsShape(petNames)
	case KindTime:
		return `[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{3})?(?:Z|[+-][0-9]{2}:[0-9]{2})`
	case KindYear:
		if y := yearOf(c.now); 1029 <= y && y <= 9999 {
			return `[0-9]{4}`
		}
	case KindMonth:
		return wordsShape(monthNames)
	case KindWeekday:
		return wordsShape(weekdays)
	case KindFileName:
		return fileNameShape()
	case KindFilePath:
		return seq(wordsShape(folders), "/", fileNameShape())
	case KindFileExtension:
		return wordsShape(column(fileTypes, func(t fileType) string { return t.ext }))
	case KindMIMEType:
		return wordsShape(column(fileTypes, func(t fileType) string { return t.mime }))
	case KindLanguageCode:
		return wordsShape(column(languages, func(l language) string { return l.code }))
	case KindLanguageName:
		return wordsShape(column(languages, func(l language) string { return l.name }))
	case KindLocaleCode:
		return wordsShape(localeCodes)
	case KindTimeZone:
		return wordsShape(timeZones)
	case KindVersion:
		return `[0-5]\.[0-9]{1,2}\.[0-9]{1,2}`
	case KindStatus:
		return wordsShape(statuses)
	case KindPriority:
		return wordsShape(priorities)
	case KindAge:
		return `[0-9]{1,3}`
	case KindQuantity:
		return intShape(QuantityDist.Hi)
	case KindRating:
		return intShape(RatingDist.Hi)
	case KindPercentage:
		return centsShape(10000)
	}
	return ""
}

func usernameShape(loc *localeData) string {
	firsts := lowered(concat(loc.firstFemale, loc.firstMale))
	lasts := lowered(loc.lastNames)
	f, l := wordsShape(firsts), wordsShape(lasts)
	var initials []string
	for _, w := range firsts {
		initials = append(initials, w[:1])
	}
	return alt(seq(f, `\.`, l), seq(wordsShape(initials), l), seq(f, "_", l, `[1-9][0-9]`))
}

func mailDomainShape() string {
	w := wordsShape(orgWords)
	return alt(anyOf(exampleDomains[:]...), seq(w, `\.test`), seq(w, `\.example`))
}

func domainShape() string { return mailDomainShape() }

func fileNameShape() string {
	w := wordsShape(commonWords)
	return seq(w, "_", w, `\.`, wordsShape(column(fileTypes, func(t fileType) string { return t.ext })))
}

// column is one string field of every row of a table.
func column[T any](rows []T, f func(T) string) []string {
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = f(r)
	}
	return out
}

// instantShape is appendInstant's output: a date, or a date-time in UTC.
func instantShape(f Format) string {
	const date = `[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])`
	if f == FormatDate {
		return date
	}
	return date + `T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z`
}

// phoneShape is appendPhone's output.
func phoneShape(loc *localeData, e164, mobile bool) string {
	if loc == &enUS {
		area := anyOf(usAreaCodes[:]...)
		if e164 {
			return seq(`\+1`, area, `55501[0-9]{2}`)
		}
		return seq(`\(`, area, `\) 555-01[0-9]{2}`)
	}
	prefixes := ukDramaLandlines[:]
	if mobile {
		prefixes = []string{ukDramaMobile}
	}
	if !e164 {
		return seq(anyOf(prefixes...), `[0-9]{3}`)
	}
	var digits []string
	for _, p := range prefixes {
		digits = append(digits, strings.ReplaceAll(p[1:], " ", ""))
	}
	return seq(`\+44`, anyOf(digits...), `[0-9]{3}`)
}

// centsShape is appendCents' output for 0 <= v <= max.
func centsShape(max float64) string {
	return intShape(max/100) + `\.[0-9]{2}`
}

// intShape is a non-negative integer up to max in decimal.
func intShape(max float64) string {
	if max < 0 || max >= 1e15 {
		return ""
	}
	return `[0-9]{1,` + strconv.Itoa(len(strconv.FormatInt(int64(max), 10))) + `}`
}

func concat(lists ...[]string) []string {
	var out []string
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

func lowered(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = string(appendLower(nil, w))
	}
	return out
}

func titled(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = string(appendTitleWord(nil, w))
	}
	return out
}

// wordsShape summarises a word table: its characters, between its
// shortest and longest word's length. Non-ASCII or control characters
// give "" (prove.go reasons about printable ASCII only).
func wordsShape(ws []string) string {
	if len(ws) == 0 {
		return ""
	}
	var chars [128]bool
	lo, hi := len(ws[0]), 0
	for _, w := range ws {
		for i := 0; i < len(w); i++ {
			if w[i] < 0x20 || w[i] > 0x7e {
				return ""
			}
			chars[w[i]] = true
		}
		lo, hi = min(lo, len(w)), max(hi, len(w))
	}
	if hi == 0 {
		return ""
	}
	var set []byte
	for c := range chars {
		if chars[c] {
			set = append(set, byte(c))
		}
	}
	return classOf(string(set)) + "{" + strconv.Itoa(lo) + "," + strconv.Itoa(hi) + "}"
}

// classOf is a character class of the bytes of s, escaped.
func classOf(s string) string {
	var b strings.Builder
	b.WriteByte('[')
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	b.WriteByte(']')
	return b.String()
}

// literal is s, quoted; "" for an empty or non-ASCII s.
func literal(s string) string {
	if s == "" {
		return ""
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7e {
			return ""
		}
	}
	return quoteMeta(s)
}

// anyOf is one of the literal strings ws.
func anyOf(ws ...string) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = literal(w)
	}
	return alt(parts...)
}

func alt(parts ...string) string {
	for _, p := range parts {
		if p == "" {
			return ""
		}
	}
	return "(?:" + strings.Join(parts, "|") + ")"
}

// seq concatenates shapes; plain text (no regex syntax) may be given as
// it is, as the callers' " " and "@" are.
func seq(parts ...string) string {
	for _, p := range parts {
		if p == "" {
			return ""
		}
	}
	return "(?:" + strings.Join(parts, "") + ")"
}

func quoteMeta(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(`\.+*?()|[]{}^$`, s[i]) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
