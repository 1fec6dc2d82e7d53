package runtime

// Format is a JSON Schema `format` that the runtime can generate.
type Format uint8

// The formats the runtime generates: every format of Draft 7 and 2020-12,
// and the validator library's period and semver. New formats go at the
// end (emitted code names them, but their values must not move); keep
// formatNames and formatGoNames in step.
const (
	FormatNone Format = iota
	FormatDateTime
	FormatDate
	FormatTime
	FormatEmail
	FormatURI
	FormatUUID
	FormatIPv4
	FormatIPv6
	FormatHostname
	FormatURIReference
	FormatIRI
	FormatIRIReference
	FormatURITemplate
	FormatJSONPointer
	FormatRelativeJSONPointer
	FormatRegex
	FormatDuration
	FormatPeriod
	FormatSemver
	FormatIDNEmail
	FormatIDNHostname
)

var formatNames = [...]string{
	FormatNone:     "",
	FormatDateTime: "date-time",
	FormatDate:     "date",
	FormatTime:     "time",
	FormatEmail:    "email",
	FormatURI:      "uri",
	FormatUUID:     "uuid",
	FormatIPv4:     "ipv4",
	FormatIPv6:     "ipv6",
	FormatHostname: "hostname",

	FormatURIReference:        "uri-reference",
	FormatIRI:                 "iri",
	FormatIRIReference:        "iri-reference",
	FormatURITemplate:         "uri-template",
	FormatJSONPointer:         "json-pointer",
	FormatRelativeJSONPointer: "relative-json-pointer",
	FormatRegex:               "regex",
	FormatDuration:            "duration",
	FormatPeriod:              "period",
	FormatSemver:              "semver",
	FormatIDNEmail:            "idn-email",
	FormatIDNHostname:         "idn-hostname",
}

var formatGoNames = [len(formatNames)]string{
	"FormatNone", "FormatDateTime", "FormatDate", "FormatTime",
	"FormatEmail", "FormatURI", "FormatUUID", "FormatIPv4", "FormatIPv6",
	"FormatHostname", "FormatURIReference", "FormatIRI", "FormatIRIReference",
	"FormatURITemplate", "FormatJSONPointer", "FormatRelativeJSONPointer",
	"FormatRegex", "FormatDuration", "FormatPeriod", "FormatSemver",
	"FormatIDNEmail", "FormatIDNHostname",
}

// ParseFormat returns the Format named by a schema's `format` value.
func ParseFormat(name string) (Format, bool) {
	for i, n := range formatNames {
		if i > 0 && n == name {
			return Format(i), true
		}
	}
	return FormatNone, false
}

// String returns the format's schema name.
func (f Format) String() string {
	if int(f) < len(formatNames) {
		return formatNames[f]
	}
	return "format(?)"
}

// GoName is the name of the constant, for emitted code.
func (f Format) GoName() string {
	return formatGoNames[f]
}

// unicode reports whether the format's values may hold non-ASCII text, so
// that their length in code points is not their length in bytes.
func (f Format) unicode() bool {
	switch f {
	case FormatIRI, FormatIRIReference, FormatIDNEmail, FormatIDNHostname:
		return true
	}
	return false
}
