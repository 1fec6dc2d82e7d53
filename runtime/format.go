package runtime

// Format is a JSON Schema `format` that the runtime can generate.
type Format uint8

// The formats generated in the spine. Keep formatNames in step.
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
	return [...]string{"FormatNone", "FormatDateTime", "FormatDate", "FormatTime",
		"FormatEmail", "FormatURI", "FormatUUID", "FormatIPv4", "FormatIPv6",
		"FormatHostname"}[f]
}
