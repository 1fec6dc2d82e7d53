package runtime

// Semantic kinds: what a field means (an e-mail, a city, a NINO), as the
// compiler detected it from the field's name, format and words. A string
// generator with a Kind writes realistic values of that kind; the compiler
// uses a Kind only after checking that its values meet the field's
// constraints (see compiler/semantic).

// Kind is a semantic kind; KindNone means "no meaning detected".
type Kind uint8

// The kinds. Keep kindTable in step; append only, so that the numbers the
// emitted code names stay meaningful (it names them by constant anyway).
const (
	KindNone Kind = iota
	// Person: drawn from one identity per object, so that names, e-mail,
	// user name and date of birth of a record agree.
	KindFirstName
	KindLastName
	KindMiddleName
	KindFullName
	KindNameTitle
	KindGender
	KindUsername
	KindEmail
	KindDateOfBirth
	// Contact and work.
	KindPhone
	KindPhoneE164
	KindMobile
	KindCompany
	KindJobTitle
	KindDepartment
	// Address: drawn from one place per object.
	KindStreetAddress
	KindAddressLine2
	KindBuildingNumber
	KindStreetName
	KindCity
	KindRegion
	KindPostcode
	KindCountry
	KindCountryCode2
	KindCountryCode3
	KindLatitude
	KindLongitude
	// Internet.
	KindURL
	KindDomain
	KindIPv4
	KindIPv6
	KindMAC
	KindUUID
	KindUserAgent
	KindSlug
	KindPassword
	KindToken
	// Money and banking.
	KindIBAN
	KindCardNumber
	KindCVV
	KindCardExpiry
	KindCardBrand
	KindCurrencyCode
	KindCurrencyName
	KindAmount
	KindSortCode
	KindAccountNumber
	KindBIC
	// Government identifiers.
	KindNINO
	KindSSN
	KindPassport
	KindVAT
	KindDrivingLicence
	// Commerce.
	KindSKU
	KindProductName
	KindCategory
	KindBrand
	KindColour
	KindHexColour
	KindOrderNumber
	KindInvoiceNumber
	KindTrackingNumber
	KindEAN
	// Text.
	KindDescription
	KindComment
	KindHeadline
	KindWord
	// Time: drawn from one timeline per object, so that updated >= created
	// and end >= start.
	KindCreatedAt
	KindUpdatedAt
	KindDeletedAt
	KindTimestamp
	KindStartDate
	KindEndDate
	KindDate
	KindExpiryDate
	KindTime
	KindYear
	KindMonth
	KindWeekday
	// Files, languages, software.
	KindFilePath
	KindFileName
	KindFileExtension
	KindMIMEType
	KindLanguageCode
	KindLanguageName
	KindLocaleCode
	KindTimeZone
	KindVersion
	KindStatus
	KindPriority
	// Numbers: for integer and number fields a distribution (Kind.Dist);
	// as strings, the same values in text. Age is one person's.
	KindAge
	KindQuantity
	KindRating
	KindPercentage
	// More phone shapes, tried when the schema's pattern wants them.
	KindPhoneDashed
	KindPhoneDigits
	KindPetName
	KindNHSNumber
	kindCount
)

// group says which shared per-object stream a kind draws from.
type group uint8

const (
	groupOwn      group = iota // the field's own stream only
	groupPerson                // one person per object
	groupPlace                 // one address per object
	groupTimeline              // one creation instant per object
	groupPeriod                // one start date per object
)

// Group ids: the shared streams are the object's stream's children under
// these ids, which no property name can produce (they start with NUL).
var (
	personID   = FieldID("\x00person")
	placeID    = FieldID("\x00place")
	timelineID = FieldID("\x00timeline")
	periodID   = FieldID("\x00period")
)

type kindInfo struct {
	name   string
	goName string
	group  group
	// format is the one format the kind's values satisfy (FormatNone: no
	// format); dates kinds follow the field's format instead.
	format Format
	dates  bool
	// safe says how identifiers are kept from colliding with real ones.
	safe string
}

var kindTable = [kindCount]kindInfo{
	KindNone:           {name: "", goName: "KindNone"},
	KindFirstName:      {name: "first_name", goName: "KindFirstName", group: groupPerson},
	KindLastName:       {name: "last_name", goName: "KindLastName", group: groupPerson},
	KindMiddleName:     {name: "middle_name", goName: "KindMiddleName", group: groupPerson},
	KindFullName:       {name: "full_name", goName: "KindFullName", group: groupPerson},
	KindNameTitle:      {name: "name_title", goName: "KindNameTitle", group: groupPerson},
	KindGender:         {name: "gender", goName: "KindGender", group: groupPerson},
	KindUsername:       {name: "username", goName: "KindUsername", group: groupPerson},
	KindEmail:          {name: "email", goName: "KindEmail", group: groupPerson, format: FormatEmail, safe: "domains example.com/.org/.net, *.test, *.example (RFC 2606/6761)"},
	KindDateOfBirth:    {name: "date_of_birth", goName: "KindDateOfBirth", group: groupPerson, dates: true},
	KindPhone:          {name: "phone", goName: "KindPhone", safe: "en-GB: Ofcom drama numbers (01632 960xxx, 020 7946 0xxx, 0113..0161 496 0xxx); en-US: 555-0100..0199"},
	KindPhoneE164:      {name: "phone_e164", goName: "KindPhoneE164", safe: "as phone, in E.164 form"},
	KindMobile:         {name: "mobile", goName: "KindMobile", safe: "en-GB: Ofcom drama mobiles 07700 900000..900999; en-US: 555-0100..0199"},
	KindCompany:        {name: "company", goName: "KindCompany"},
	KindJobTitle:       {name: "job_title", goName: "KindJobTitle"},
	KindDepartment:     {name: "department", goName: "KindDepartment"},
	KindStreetAddress:  {name: "street_address", goName: "KindStreetAddress", group: groupPlace},
	KindAddressLine2:   {name: "address_line2", goName: "KindAddressLine2", group: groupPlace},
	KindBuildingNumber: {name: "building_number", goName: "KindBuildingNumber", group: groupPlace},
	KindStreetName:     {name: "street_name", goName: "KindStreetName", group: groupPlace},
	KindCity:           {name: "city", goName: "KindCity", group: groupPlace},
	KindRegion:         {name: "region", goName: "KindRegion", group: groupPlace},
	KindPostcode:       {name: "postcode", goName: "KindPostcode", group: groupPlace},
	KindCountry:        {name: "country", goName: "KindCountry", group: groupPlace},
	KindCountryCode2:   {name: "country_code", goName: "KindCountryCode2", group: groupPlace},
	KindCountryCode3:   {name: "country_code3", goName: "KindCountryCode3", group: groupPlace},
	KindLatitude:       {name: "latitude", goName: "KindLatitude", group: groupPlace},
	KindLongitude:      {name: "longitude", goName: "KindLongitude", group: groupPlace},
	KindURL:            {name: "url", goName: "KindURL", format: FormatURI, safe: "https://example.com/.org/.net (RFC 2606)"},
	KindDomain:         {name: "domain", goName: "KindDomain", format: FormatHostname, safe: "RFC 2606/6761 reserved names"},
	KindIPv4:           {name: "ipv4", goName: "KindIPv4", format: FormatIPv4, safe: "RFC 5737 documentation blocks"},
	KindIPv6:           {name: "ipv6", goName: "KindIPv6", format: FormatIPv6, safe: "2001:db8::/32 (RFC 3849)"},
	KindMAC:            {name: "mac_address", goName: "KindMAC", safe: "00:00:5e:10:00:00..ff (RFC 7042 documentation range)"},
	KindUUID:           {name: "uuid", goName: "KindUUID", format: FormatUUID},
	KindUserAgent:      {name: "user_agent", goName: "KindUserAgent"},
	KindSlug:           {name: "slug", goName: "KindSlug"},
	KindPassword:       {name: "password", goName: "KindPassword"},
	KindToken:          {name: "token", goName: "KindToken"},
	KindIBAN:           {name: "iban", goName: "KindIBAN", safe: "published example IBANs only (ECBS/registry examples)"},
	KindCardNumber:     {name: "card_number", goName: "KindCardNumber", safe: "published test PANs only (Luhn-valid)"},
	KindCVV:            {name: "cvv", goName: "KindCVV"},
	KindCardExpiry:     {name: "card_expiry", goName: "KindCardExpiry"},
	KindCardBrand:      {name: "card_brand", goName: "KindCardBrand"},
	KindCurrencyCode:   {name: "currency_code", goName: "KindCurrencyCode", group: groupPlace},
	KindCurrencyName:   {name: "currency_name", goName: "KindCurrencyName", group: groupPlace},
	KindAmount:         {name: "amount", goName: "KindAmount"},
	KindSortCode:       {name: "sort_code", goName: "KindSortCode", safe: "only the sort codes of the published GB example IBANs"},
	KindAccountNumber:  {name: "account_number", goName: "KindAccountNumber", safe: "none published: 8 random digits, meaningless beside a safe sort code"},
	KindBIC:            {name: "bic", goName: "KindBIC", safe: "location code ending 0 (SWIFT's test-and-training BICs)"},
	KindNINO:           {name: "nino", goName: "KindNINO", safe: "never-allocated prefixes BG, GB, KN, NK, NT, TN, ZZ; suffix A-D"},
	KindSSN:            {name: "ssn", goName: "KindSSN", safe: "area 900-999 (never issued)"},
	KindPassport:       {name: "passport_number", goName: "KindPassport", safe: "none published: 9 digits beginning 000, a series not seen in issue (assumption)"},
	KindVAT:            {name: "vat_number", goName: "KindVAT", safe: "GB + 9 digits failing the HMRC mod-97 check (never a real registration)"},
	KindDrivingLicence: {name: "driving_licence", goName: "KindDrivingLicence", safe: "none published: the DVLA shape with 99 as the issue digits"},
	KindSKU:            {name: "sku", goName: "KindSKU"},
	KindProductName:    {name: "product_name", goName: "KindProductName"},
	KindCategory:       {name: "category", goName: "KindCategory"},
	KindBrand:          {name: "brand", goName: "KindBrand"},
	KindColour:         {name: "colour", goName: "KindColour"},
	KindHexColour:      {name: "hex_colour", goName: "KindHexColour"},
	KindOrderNumber:    {name: "order_number", goName: "KindOrderNumber"},
	KindInvoiceNumber:  {name: "invoice_number", goName: "KindInvoiceNumber"},
	KindTrackingNumber: {name: "tracking_number", goName: "KindTrackingNumber"},
	KindEAN:            {name: "ean", goName: "KindEAN", safe: "EAN-13 in the 200-299 restricted in-store range, check digit valid"},
	KindDescription:    {name: "description", goName: "KindDescription"},
	KindComment:        {name: "comment", goName: "KindComment"},
	KindHeadline:       {name: "headline", goName: "KindHeadline"},
	KindWord:           {name: "word", goName: "KindWord"},
	KindCreatedAt:      {name: "created_at", goName: "KindCreatedAt", group: groupTimeline, dates: true},
	KindUpdatedAt:      {name: "updated_at", goName: "KindUpdatedAt", group: groupTimeline, dates: true},
	KindDeletedAt:      {name: "deleted_at", goName: "KindDeletedAt", group: groupTimeline, dates: true},
	KindTimestamp:      {name: "timestamp", goName: "KindTimestamp", dates: true},
	KindStartDate:      {name: "start_date", goName: "KindStartDate", group: groupPeriod, dates: true},
	KindEndDate:        {name: "end_date", goName: "KindEndDate", group: groupPeriod, dates: true},
	KindDate:           {name: "date", goName: "KindDate", dates: true},
	KindExpiryDate:     {name: "expiry_date", goName: "KindExpiryDate", dates: true},
	KindTime:           {name: "time", goName: "KindTime", format: FormatTime},
	KindYear:           {name: "year", goName: "KindYear"},
	KindMonth:          {name: "month", goName: "KindMonth"},
	KindWeekday:        {name: "weekday", goName: "KindWeekday"},
	KindFilePath:       {name: "file_path", goName: "KindFilePath"},
	KindFileName:       {name: "file_name", goName: "KindFileName"},
	KindFileExtension:  {name: "file_extension", goName: "KindFileExtension"},
	KindMIMEType:       {name: "mime_type", goName: "KindMIMEType"},
	KindLanguageCode:   {name: "language_code", goName: "KindLanguageCode"},
	KindLanguageName:   {name: "language", goName: "KindLanguageName"},
	KindLocaleCode:     {name: "locale", goName: "KindLocaleCode"},
	KindTimeZone:       {name: "time_zone", goName: "KindTimeZone"},
	KindVersion:        {name: "version", goName: "KindVersion", format: FormatSemver},
	KindStatus:         {name: "status", goName: "KindStatus"},
	KindPriority:       {name: "priority", goName: "KindPriority"},
	KindAge:            {name: "age", goName: "KindAge", group: groupPerson},
	KindQuantity:       {name: "quantity", goName: "KindQuantity"},
	KindRating:         {name: "rating", goName: "KindRating"},
	KindPercentage:     {name: "percentage", goName: "KindPercentage"},
	KindPhoneDashed:    {name: "phone_dashed", goName: "KindPhoneDashed", safe: "as phone, with dashes: 020-7946-0123, 212-555-0142"},
	KindPetName:        {name: "pet_name", goName: "KindPetName"},
	KindNHSNumber:      {name: "nhs_number", goName: "KindNHSNumber", safe: "999 prefix (NHS test range), mod-11 check digit valid"},
	KindPhoneDigits:    {name: "phone_digits", goName: "KindPhoneDigits", safe: "as phone, digits only: 02079460123, 2125550142"},
}

// Kinds returns every kind but KindNone, in order.
func Kinds() []Kind {
	ks := make([]Kind, 0, kindCount-1)
	for k := Kind(1); k < kindCount; k++ {
		ks = append(ks, k)
	}
	return ks
}

// String returns the kind's name, as x-generator spells it.
func (k Kind) String() string {
	if k < kindCount {
		return kindTable[k].name
	}
	return "kind(?)"
}

// GoName is the name of the constant, for emitted code.
func (k Kind) GoName() string { return kindTable[k].goName }

// ParseKind returns the kind an x-generator value names.
func ParseKind(name string) (Kind, bool) {
	for k := Kind(1); k < kindCount; k++ {
		if kindTable[k].name == name {
			return k, true
		}
	}
	return KindNone, false
}

// Fits reports whether the kind's values can satisfy format f: FormatNone
// takes any kind; date kinds take date and date-time; others only their
// own format.
func (k Kind) Fits(f Format) bool {
	info := &kindTable[k]
	switch {
	case f == FormatNone:
		return true
	case info.dates:
		return f == FormatDate || f == FormatDateTime
	case info.format == FormatNone:
		return false
	}
	return info.format == f || widens(info.format, f)
}

// widens reports whether every value of format a is also a value of the
// wider format b: a URI is a URI reference and an IRI, an e-mail address
// an internationalised one.
func widens(a, b Format) bool {
	switch a {
	case FormatURI:
		return b == FormatURIReference || b == FormatIRI || b == FormatIRIReference || b == FormatURITemplate
	case FormatEmail:
		return b == FormatIDNEmail
	case FormatHostname:
		return b == FormatIDNHostname
	}
	return false
}

// Safe says how the kind keeps its values out of real people's ranges, or
// "" when the kind is no identifier.
func (k Kind) Safe() string { return kindTable[k].safe }

// Shared reports whether the kind draws from a stream its object's other
// fields share (a person, a place, a timeline): the backends then pass the
// object's stream to AppendField.
func (k Kind) Shared() bool { return kindTable[k].group != groupOwn }

// UsesObject reports whether the kind's values read an Object: the shared
// kinds, and the driving licence, spelt from a person's name.
func (k Kind) UsesObject() bool { return k.Shared() || k == KindDrivingLicence }

// Locale selects the tables of names, places and phone shapes.
type Locale uint8

// The locales. The zero value is en-GB.
const (
	LocaleENGB Locale = iota
	LocaleENUS
	localeCount
)

var localeNames = [...]string{LocaleENGB: "en-GB", LocaleENUS: "en-US"}

// ParseLocale returns the locale named like "en-GB" (case and _ tolerated).
func ParseLocale(name string) (Locale, bool) {
	for i, n := range localeNames {
		if equalFoldDash(n, name) {
			return Locale(i), true
		}
	}
	return LocaleENGB, false
}

func equalFoldDash(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := lowerDash(a[i]), lowerDash(b[i])
		if x != y {
			return false
		}
	}
	return true
}

func lowerDash(c byte) byte {
	switch {
	case c == '_':
		return '-'
	case 'A' <= c && c <= 'Z':
		return c + 'a' - 'A'
	}
	return c
}

// String returns the locale's tag.
func (l Locale) String() string {
	if l < localeCount {
		return localeNames[l]
	}
	return "locale(?)"
}

// GoName is the name of the constant, for emitted code.
func (l Locale) GoName() string { return [...]string{"LocaleENGB", "LocaleENUS"}[l] }

// Locales lists the supported locale tags.
func Locales() []string { return localeNames[:] }
