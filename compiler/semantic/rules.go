package semantic

import "github.com/synthgen/synthgen/runtime"

// Rule says that a field whose name ends with one of Names means one of
// Kinds, the most realistic first: the compiler takes the first kind whose
// values meet the field's constraints (a two-letter maxLength turns
// "country" into an ISO code).
//
// Names are phrases of lowercase tokens. A field name is split into tokens
// at _, -, ., spaces and camelCase humps ("billingCity" → billing city) and
// prefixed with its parent object's tokens ("address" + "line1"); a phrase
// matches when it is the tail of those tokens, or equals the last token
// written together ("zipcode"), or the singular of a plural last token
// ("emails"). The longest phrase wins, so "email address" beats "address"
// and "company name" beats "name".
type Rule struct {
	Kinds []runtime.Kind
	Names []string
	// Under, when set, limits the rule to fields whose parent object's
	// name contains one of these tokens ("name" means a person's full
	// name only under customer, user, employee, …).
	Under []string
	// Numeric marks rules for integer and number fields; the others are
	// for strings.
	Numeric bool
}

// personParents are parent-object tokens that make "name" and "title" mean
// a person's.
var personParents = []string{"customer", "user", "person", "employee", "contact", "author",
	"member", "owner", "patient", "student", "holder", "applicant", "driver", "passenger",
	"recipient", "sender", "buyer", "seller", "profile", "account", "staff", "manager", "guest",
	"client", "subscriber", "beneficiary", "traveller", "traveler", "teacher", "candidate"}

var companyParents = []string{"company", "organisation", "organization", "employer", "supplier",
	"vendor", "merchant", "business", "org", "firm", "publisher", "manufacturer", "carrier", "bank"}

var productParents = []string{"product", "item", "sku", "article", "good", "line", "variant", "listing", "offer"}

var petParents = []string{"pet", "dog", "cat", "animal", "lizard", "horse", "rabbit", "bird", "puppy", "kitten"}

// k is shorthand for the candidate lists below.
func k(ks ...runtime.Kind) []runtime.Kind { return ks }

// Rules is the detection table. Order matters only between phrases of the
// same length, where the earlier rule wins.
var Rules = []Rule{
	// People.
	{Kinds: k(runtime.KindFirstName), Names: []string{"first name", "given name", "forename", "fname", "first"}},
	{Kinds: k(runtime.KindLastName), Names: []string{"last name", "surname", "family name", "lname", "last"}},
	{Kinds: k(runtime.KindMiddleName), Names: []string{"middle name", "middle names", "middle"}},
	{Kinds: k(runtime.KindFullName), Names: []string{"full name", "display name", "contact name", "customer name",
		"cardholder name", "card holder name", "account holder", "account name", "holder name", "person name", "employee name"}},
	{Kinds: k(runtime.KindFullName), Names: []string{"name"}, Under: personParents},
	{Kinds: k(runtime.KindNameTitle), Names: []string{"name title", "salutation", "honorific", "name prefix"}},
	{Kinds: k(runtime.KindNameTitle), Names: []string{"title", "prefix"}, Under: personParents},
	{Kinds: k(runtime.KindGender), Names: []string{"gender", "sex"}},
	{Kinds: k(runtime.KindUsername), Names: []string{"username", "user name", "login", "handle", "screen name", "nickname", "login name"}},
	{Kinds: k(runtime.KindEmail), Names: []string{"email", "email address", "e mail", "mail", "e mail address", "mail address"}},
	{Kinds: k(runtime.KindDateOfBirth), Names: []string{"dob", "date of birth", "birth date", "birthdate", "birthday", "born", "born on", "birth"}},
	// Contact and work.
	{Kinds: k(runtime.KindPhone, runtime.KindPhoneE164, runtime.KindPhoneDashed, runtime.KindPhoneDigits), Names: []string{"phone", "phone number", "telephone", "tel", "landline",
		"contact number", "telephone number", "phone no", "fax", "home phone", "work phone", "tel no"}},
	{Kinds: k(runtime.KindMobile, runtime.KindPhoneE164, runtime.KindPhoneDashed, runtime.KindPhoneDigits), Names: []string{"mobile", "mobile number", "mobile phone", "cell", "cell phone", "cellphone", "mobile no"}},
	{Kinds: k(runtime.KindCompany), Names: []string{"company", "company name", "employer", "organisation", "organization",
		"business name", "organisation name", "organization name", "supplier", "vendor", "merchant", "merchant name", "org name"}},
	{Kinds: k(runtime.KindCompany), Names: []string{"name"}, Under: companyParents},
	{Kinds: k(runtime.KindJobTitle), Names: []string{"job title", "job", "position", "occupation", "designation", "job role", "profession"}},
	{Kinds: k(runtime.KindDepartment), Names: []string{"department", "dept", "division", "team", "business unit"}},
	// Addresses.
	{Kinds: k(runtime.KindStreetAddress), Names: []string{"address", "street address", "street", "line1", "line 1", "address line1",
		"address line 1", "address1", "address 1", "addr1", "addr", "street line1", "street1", "home address", "postal address"}},
	{Kinds: k(runtime.KindAddressLine2), Names: []string{"line2", "line 2", "address line2", "address line 2", "address2", "address 2", "addr2", "street2"}},
	{Kinds: k(runtime.KindBuildingNumber), Names: []string{"building number", "house number", "building no", "house no", "street number"}},
	{Kinds: k(runtime.KindStreetName), Names: []string{"street name", "road", "road name"}},
	{Kinds: k(runtime.KindCity), Names: []string{"city", "town", "locality", "municipality", "city name", "town city", "post town"}},
	{Kinds: k(runtime.KindRegion), Names: []string{"county", "state", "region", "province", "state province", "administrative area", "state code"}},
	{Kinds: k(runtime.KindPostcode), Names: []string{"postcode", "post code", "postal code", "zip", "zip code", "postalcode", "zip postal code"}},
	{Kinds: k(runtime.KindCountry, runtime.KindCountryCode2, runtime.KindCountryCode3), Names: []string{"country", "country name", "nation"}},
	{Kinds: k(runtime.KindCountryCode2, runtime.KindCountryCode3), Names: []string{"country code", "country iso", "iso country", "country iso2", "iso2", "alpha2", "country alpha2"}},
	{Kinds: k(runtime.KindCountryCode3), Names: []string{"country code3", "iso3", "alpha3", "country alpha3", "country iso3"}},
	{Kinds: k(runtime.KindLatitude), Names: []string{"lat", "latitude"}},
	{Kinds: k(runtime.KindLongitude), Names: []string{"lng", "lon", "long", "longitude"}},
	// Internet.
	{Kinds: k(runtime.KindURL), Names: []string{"url", "uri", "website", "web site", "homepage", "home page", "link", "href",
		"avatar", "image", "photo", "picture", "callback", "webhook", "thumbnail"}},
	{Kinds: k(runtime.KindDomain), Names: []string{"domain", "domain name", "hostname", "host", "host name", "fqdn"}},
	{Kinds: k(runtime.KindIPv4, runtime.KindIPv6), Names: []string{"ip", "ip address", "ipv4", "ipv4 address", "client ip", "remote addr", "ip addr", "source ip"}},
	{Kinds: k(runtime.KindIPv6), Names: []string{"ipv6", "ipv6 address"}},
	{Kinds: k(runtime.KindMAC), Names: []string{"mac", "mac address", "hardware address", "mac addr"}},
	{Kinds: k(runtime.KindUUID), Names: []string{"uuid", "guid", "id", "identifier", "key", "ref", "reference"}},
	{Kinds: k(runtime.KindUserAgent), Names: []string{"user agent", "useragent", "ua", "browser"}},
	{Kinds: k(runtime.KindSlug), Names: []string{"slug", "permalink"}},
	{Kinds: k(runtime.KindPassword), Names: []string{"password", "passwd", "pwd", "passphrase"}},
	{Kinds: k(runtime.KindToken), Names: []string{"token", "api key", "access token", "refresh token", "secret", "secret key", "session id", "nonce", "hash", "checksum"}},
	// Money and banking.
	{Kinds: k(runtime.KindIBAN), Names: []string{"iban", "iban number", "international bank account number"}},
	{Kinds: k(runtime.KindCardNumber), Names: []string{"card number", "credit card", "credit card number", "pan", "cc number",
		"card no", "debit card", "card", "payment card"}},
	{Kinds: k(runtime.KindCVV), Names: []string{"cvv", "cvc", "cvv2", "security code", "card verification", "cvn"}},
	{Kinds: k(runtime.KindCardExpiry, runtime.KindExpiryDate), Names: []string{"expiry", "card expiry", "exp", "exp date", "expiration", "card expiration", "expiry month year"}},
	{Kinds: k(runtime.KindCardBrand), Names: []string{"card brand", "card type", "card scheme", "card network"}},
	{Kinds: k(runtime.KindCurrencyCode, runtime.KindCurrencyName), Names: []string{"currency", "currency code", "ccy", "iso currency"}},
	{Kinds: k(runtime.KindCurrencyName), Names: []string{"currency name"}},
	{Kinds: k(runtime.KindAmount), Names: amountNames},
	{Kinds: k(runtime.KindSortCode), Names: []string{"sort code", "sortcode", "bank sort code"}},
	{Kinds: k(runtime.KindAccountNumber), Names: []string{"account number", "account no", "acct number", "bank account", "bank account number", "acct no"}},
	{Kinds: k(runtime.KindBIC), Names: []string{"bic", "swift", "swift code", "bic code", "swift bic"}},
	// Government identifiers.
	{Kinds: k(runtime.KindNINO), Names: []string{"nino", "ni number", "national insurance", "national insurance number", "ni no", "nin", "nino number"}},
	{Kinds: k(runtime.KindNHSNumber), Names: []string{"nhs number", "nhs no", "nhs", "nhs id"}},
	{Kinds: k(runtime.KindSSN), Names: []string{"ssn", "social security number", "social security", "social security no"}},
	{Kinds: k(runtime.KindPassport), Names: []string{"passport", "passport number", "passport no"}},
	{Kinds: k(runtime.KindVAT), Names: []string{"vat", "vat number", "vat no", "vat registration number", "vat reg no", "vat id"}},
	{Kinds: k(runtime.KindDrivingLicence), Names: []string{"driving licence", "driving license", "driver license", "drivers license",
		"licence number", "license number", "driving licence number", "driver licence"}},
	// Commerce.
	{Kinds: k(runtime.KindSKU), Names: []string{"sku", "product code", "item code", "stock code", "part number", "sku code", "article number"}},
	{Kinds: k(runtime.KindProductName), Names: []string{"product", "product name", "item name", "product title", "item"}},
	{Kinds: k(runtime.KindProductName), Names: []string{"name", "title"}, Under: productParents},
	{Kinds: k(runtime.KindPetName), Names: []string{"pet name", "name"}, Under: petParents},
	{Kinds: k(runtime.KindCategory), Names: []string{"category", "categories", "genre", "department category", "product category", "segment"}},
	{Kinds: k(runtime.KindBrand), Names: []string{"brand", "make", "manufacturer", "brand name"}},
	{Kinds: k(runtime.KindColour, runtime.KindHexColour), Names: []string{"colour", "color", "colour name", "color name"}},
	{Kinds: k(runtime.KindHexColour), Names: []string{"hex colour", "hex color", "colour hex", "color hex", "colour code", "color code", "hex"}},
	{Kinds: k(runtime.KindOrderNumber), Names: []string{"order number", "order no", "order ref", "order reference", "order"}},
	{Kinds: k(runtime.KindInvoiceNumber), Names: []string{"invoice number", "invoice no", "invoice", "invoice ref"}},
	{Kinds: k(runtime.KindTrackingNumber), Names: []string{"tracking number", "tracking code", "tracking id", "tracking", "consignment number"}},
	{Kinds: k(runtime.KindEAN), Names: []string{"ean", "barcode", "gtin", "ean13", "upc", "bar code"}},
	// Text.
	{Kinds: k(runtime.KindDescription), Names: []string{"description", "desc", "details", "summary", "about", "bio", "body", "content", "overview", "text"}},
	{Kinds: k(runtime.KindComment), Names: []string{"comment", "comments", "note", "notes", "remarks", "feedback", "message", "review", "reason", "instructions"}},
	{Kinds: k(runtime.KindHeadline), Names: []string{"title", "subject", "headline", "heading", "caption", "label", "name"}},
	{Kinds: k(runtime.KindWord), Names: []string{"tag", "keyword", "topic", "word"}},
	// Time.
	{Kinds: k(runtime.KindCreatedAt), Names: []string{"created at", "created", "creation date", "date created", "created on",
		"inserted at", "created date", "created time", "registered at", "signup date", "sign up date", "joined", "joined at", "registration date", "create time", "opened at"}},
	{Kinds: k(runtime.KindUpdatedAt), Names: []string{"updated at", "updated", "modified", "modified at", "last modified",
		"date modified", "changed at", "last updated", "updated on", "update time", "modified date", "last seen", "last login", "last login at"}},
	{Kinds: k(runtime.KindDeletedAt), Names: []string{"deleted at", "deleted", "archived at", "removed at", "closed at", "cancelled at", "canceled at", "deleted on"}},
	{Kinds: k(runtime.KindTimestamp), Names: []string{"timestamp", "at", "occurred at", "event time", "logged at", "time stamp", "datetime", "date time", "ts", "when"}},
	{Kinds: k(runtime.KindStartDate), Names: []string{"start date", "start", "starts at", "start time", "begin", "begins at", "valid from",
		"from date", "effective date", "start at", "hire date", "hired at", "date from", "period start", "commenced"}},
	{Kinds: k(runtime.KindEndDate), Names: []string{"end date", "end", "ends at", "end time", "finish", "valid to", "valid until", "to date",
		"end at", "termination date", "date to", "period end", "until", "completed at"}},
	{Kinds: k(runtime.KindExpiryDate), Names: []string{"expiry date", "expires at", "expires", "expiration date", "expires on", "expiry at", "due date", "due", "renewal date"}},
	{Kinds: k(runtime.KindDate), Names: []string{"date", "day", "on"}},
	{Kinds: k(runtime.KindTime), Names: []string{"time", "time of day"}},
	{Kinds: k(runtime.KindYear), Names: []string{"year", "model year", "fiscal year"}},
	{Kinds: k(runtime.KindMonth), Names: []string{"month", "month name"}},
	{Kinds: k(runtime.KindWeekday), Names: []string{"weekday", "day of week", "day name"}},
	// Files, languages, software, states.
	{Kinds: k(runtime.KindFilePath), Names: []string{"file path", "path", "filepath", "file location", "directory", "dir", "folder"}},
	{Kinds: k(runtime.KindFileName), Names: []string{"file name", "filename", "file", "attachment", "document"}},
	{Kinds: k(runtime.KindFileExtension), Names: []string{"extension", "file extension", "file ext", "ext"}},
	{Kinds: k(runtime.KindMIMEType), Names: []string{"mime type", "mime", "content type", "media type", "mimetype", "file type"}},
	{Kinds: k(runtime.KindLanguageCode, runtime.KindLanguageName), Names: []string{"language", "language code", "lang", "preferred language"}},
	{Kinds: k(runtime.KindLanguageName), Names: []string{"language name"}},
	{Kinds: k(runtime.KindLocaleCode), Names: []string{"locale", "locale code", "culture"}},
	{Kinds: k(runtime.KindTimeZone), Names: []string{"time zone", "timezone", "tz", "tz name", "zone"}},
	{Kinds: k(runtime.KindVersion), Names: []string{"version", "app version", "semver", "software version", "release", "firmware version"}},
	{Kinds: k(runtime.KindStatus), Names: []string{"status", "order status", "account status", "payment status", "lifecycle"}},
	{Kinds: k(runtime.KindPriority), Names: []string{"priority", "severity", "urgency"}},
	{Kinds: k(runtime.KindAge), Names: ageNames},
	{Kinds: k(runtime.KindQuantity), Names: quantityNames},
	{Kinds: k(runtime.KindRating), Names: ratingNames},
	{Kinds: k(runtime.KindPercentage), Names: percentNames},

	// Numbers: integer and number fields get the kind's distribution,
	// clipped to their bounds.
	{Kinds: k(runtime.KindAge), Names: ageNames, Numeric: true},
	{Kinds: k(runtime.KindQuantity), Names: quantityNames, Numeric: true},
	{Kinds: k(runtime.KindRating), Names: ratingNames, Numeric: true},
	{Kinds: k(runtime.KindPercentage), Names: percentNames, Numeric: true},
	{Kinds: k(runtime.KindAmount), Names: amountNames, Numeric: true},
	{Kinds: k(runtime.KindYear), Names: []string{"year", "model year", "fiscal year", "year of birth", "birth year"}, Numeric: true},
	{Kinds: k(runtime.KindLatitude), Names: []string{"lat", "latitude"}, Numeric: true},
	{Kinds: k(runtime.KindLongitude), Names: []string{"lng", "lon", "long", "longitude"}, Numeric: true},
}

var (
	ageNames      = []string{"age", "age years", "years old", "age in years"}
	quantityNames = []string{"quantity", "qty", "units", "item count", "number of items", "num items", "quantity ordered", "count"}
	ratingNames   = []string{"rating", "stars", "star rating", "review score", "review rating"}
	percentNames  = []string{"percentage", "percent", "pct", "discount percent", "discount percentage", "share"}
	amountNames   = []string{"amount", "price", "cost", "total", "subtotal", "sub total", "balance", "fee",
		"salary", "revenue", "unit price", "tax", "discount", "spend", "charge", "payment", "income", "grand total",
		"net", "gross", "value", "lifetime value", "money", "monetary amount", "amount due", "amount paid", "shipping", "shipping cost", "tax total", "discount total", "shipping total", "line total"}
)

// FormatRules give a kind to a field whose name matched nothing but whose
// format has a realistic kind (an e-mail consistent with the record's
// name, a timestamp in the run's window).
var FormatRules = []struct {
	Format runtime.Format
	Kind   runtime.Kind
}{
	{runtime.FormatEmail, runtime.KindEmail},
	{runtime.FormatDateTime, runtime.KindTimestamp},
	{runtime.FormatDate, runtime.KindDate},
}
