package runtime

// Direct writers: what Str.AppendProvedJSON writes for the commonest proved
// kinds, as plain functions that the emitted code and the plan call by
// name. AppendProvedJSON fills a context and switches over every kind for
// each value; a direct writer does neither, and one whose kind reads no
// field stream (a person's, a place's or the locale's value) lets the
// caller skip deriving that stream for a required property. The bytes are
// AppendProvedJSON's (TestDirectWritersWriteAppendProvedJSONsBytes).

// Writer writes one JSON string value. s is the property's stream, nil
// where Direct.ReadsStream is false; o is the object's shared draws, nil
// where Direct.ReadsObject is false.
type Writer func(s *Stream, o *Object, l Locale, now int64, buf []byte) []byte

// Direct describes the direct writer of a proved generator.
type Direct struct {
	// Name is the function's name in this package, for emitted code.
	Name string
	// Write is the function; nil when Const is set.
	Write                    Writer
	ReadsStream, ReadsObject bool
	// Locale and Now are what to pass Write: the generator's locale and
	// clock (DefaultNow where it has none).
	Locale Locale
	Now    int64
	// Const, when not empty, is the whole JSON value: a kind whose value
	// depends on the locale alone (a country code).
	Const string
}

type direct struct {
	name        string
	write       Writer
	stream, obj bool
	// dateTime: it writes a date-time, which a field of format date does
	// not take (appendInstant writes date-times for every other format).
	dateTime      bool
	constInLocale bool
}

var directs = map[Kind]direct{
	KindFirstName:     {name: "AppendFirstNameJSON", write: AppendFirstNameJSON, obj: true},
	KindLastName:      {name: "AppendLastNameJSON", write: AppendLastNameJSON, obj: true},
	KindFullName:      {name: "AppendFullNameJSON", write: AppendFullNameJSON, obj: true},
	KindEmail:         {name: "AppendEmailJSON", write: AppendEmailJSON, stream: true, obj: true},
	KindDateOfBirth:   {name: "AppendDateOfBirthJSON", write: AppendDateOfBirthJSON, obj: true},
	KindStreetAddress: {name: "AppendStreetAddressJSON", write: AppendStreetAddressJSON, obj: true},
	KindAddressLine2:  {name: "AppendAddressLine2JSON", write: AppendAddressLine2JSON, stream: true, obj: true},
	KindCity:          {name: "AppendCityJSON", write: AppendCityJSON, obj: true},
	KindPostcode:      {name: "AppendPostcodeJSON", write: AppendPostcodeJSON, obj: true},
	KindCreatedAt:     {name: "AppendCreatedAtJSON", write: AppendCreatedAtJSON, obj: true, dateTime: true},
	KindUUID:          {name: "AppendUUIDJSON", write: AppendUUIDJSON, stream: true},
	KindNINO:          {name: "AppendNINOJSON", write: AppendNINOJSON, stream: true},
	KindPhoneE164:     {name: "AppendPhoneE164JSON", write: AppendPhoneE164JSON, stream: true},
	KindCountry:       {constInLocale: true},
	KindCountryCode2:  {constInLocale: true},
	KindCountryCode3:  {constInLocale: true},
	KindCurrencyCode:  {constInLocale: true},
	KindCurrencyName:  {constInLocale: true},
}

// Direct returns g's direct writer, if g is proved and its kind has one.
func (g *Str) Direct() (Direct, bool) {
	d, ok := directs[g.Semantic]
	if !ok || !g.Proved {
		return Direct{}, false
	}
	if d.constInLocale {
		return Direct{Const: string(g.AppendProvedJSON(nil, nil, nil))}, true
	}
	if d.dateTime && g.Format == FormatDate {
		return Direct{}, false
	}
	now := g.Now
	if now == 0 {
		now = DefaultNow
	}
	return Direct{Name: d.name, Write: d.write, ReadsStream: d.stream, ReadsObject: d.obj, Locale: g.Locale, Now: now}, true
}

func quoted(buf []byte, v string) []byte {
	buf = append(buf, '"')
	buf = appendWord(buf, v)
	return append(buf, '"')
}

// AppendFirstNameJSON writes the object's person's first name.
func AppendFirstNameJSON(_ *Stream, o *Object, l Locale, now int64, buf []byte) []byte {
	return quoted(buf, o.personIn(l, now).first)
}

// AppendLastNameJSON writes the object's person's last name.
func AppendLastNameJSON(_ *Stream, o *Object, l Locale, now int64, buf []byte) []byte {
	return quoted(buf, o.personIn(l, now).last)
}

// AppendFullNameJSON writes the object's person's first and last names.
func AppendFullNameJSON(_ *Stream, o *Object, l Locale, now int64, buf []byte) []byte {
	p := o.personIn(l, now)
	buf = append(buf, '"')
	buf = appendWord(buf, p.first)
	buf = append(buf, ' ')
	buf = appendWord(buf, p.last)
	return append(buf, '"')
}

// AppendEmailJSON writes the object's person's e-mail address, at a
// domain drawn from s.
func AppendEmailJSON(s *Stream, o *Object, l Locale, now int64, buf []byte) []byte {
	buf = append(buf, '"')
	buf = appendUsername(o.personIn(l, now), buf)
	buf = append(buf, '@')
	buf = appendMailDomain(s, buf)
	return append(buf, '"')
}

// AppendDateOfBirthJSON writes the object's person's date of birth.
func AppendDateOfBirthJSON(_ *Stream, o *Object, l Locale, now int64, buf []byte) []byte {
	buf = append(buf, '"')
	buf = appendInstant(buf, o.personIn(l, now).birth, FormatDate)
	return append(buf, '"')
}

// AppendStreetAddressJSON writes the object's place's number and street.
func AppendStreetAddressJSON(_ *Stream, o *Object, l Locale, _ int64, buf []byte) []byte {
	buf = append(buf, '"')
	buf = appendStreet(o.spotIn(l), buf)
	return append(buf, '"')
}

// AppendAddressLine2JSON writes a flat, suite or floor (the word drawn from
// s) and the object's place's number for it.
func AppendAddressLine2JSON(s *Stream, o *Object, l Locale, _ int64, buf []byte) []byte {
	buf = append(buf, '"')
	buf = appendWord(buf, pickWord(s, line2Words))
	buf = append(buf, ' ')
	buf = appendSmall(buf, o.spotIn(l).flat)
	return append(buf, '"')
}

// AppendCityJSON writes the object's place's town.
func AppendCityJSON(_ *Stream, o *Object, l Locale, _ int64, buf []byte) []byte {
	return quoted(buf, o.spotIn(l).p.city)
}

// AppendPostcodeJSON writes the object's place's postcode.
func AppendPostcodeJSON(_ *Stream, o *Object, l Locale, _ int64, buf []byte) []byte {
	buf = append(buf, '"')
	buf = appendPostcode(l.data(), o.spotIn(l), buf)
	return append(buf, '"')
}

// AppendCreatedAtJSON writes the object's creation instant as a date-time.
func AppendCreatedAtJSON(_ *Stream, o *Object, _ Locale, now int64, buf []byte) []byte {
	buf = append(buf, '"')
	buf = appendInstant(buf, createdAt(o, now), FormatDateTime)
	return append(buf, '"')
}

// AppendUUIDJSON writes a version 4 UUID drawn from s.
func AppendUUIDJSON(s *Stream, _ *Object, _ Locale, _ int64, buf []byte) []byte {
	buf = append(buf, '"')
	buf = appendUUID(s, buf)
	return append(buf, '"')
}

// AppendNINOJSON writes a never-allocated National Insurance number.
func AppendNINOJSON(s *Stream, _ *Object, _ Locale, _ int64, buf []byte) []byte {
	buf = append(buf, '"')
	buf = appendNINO(s, buf)
	return append(buf, '"')
}

// AppendPhoneE164JSON writes a test-safe phone number in E.164 form.
func AppendPhoneE164JSON(s *Stream, _ *Object, l Locale, _ int64, buf []byte) []byte {
	buf = append(buf, '"')
	buf = appendPhoneE164(l.data(), s, buf)
	return append(buf, '"')
}
