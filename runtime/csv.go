package runtime

import "encoding/binary"

// AppendCSVField appends field as one RFC 4180 CSV field, quoted when it
// holds a comma, a quote, a line break or leading or trailing space.
func AppendCSVField(buf, field []byte) []byte {
	quote := len(field) > 0 && (field[0] == ' ' || field[len(field)-1] == ' ') || !csvPlain(field)
	if !quote {
		return append(buf, field...)
	}
	buf = append(buf, '"')
	for _, c := range field {
		if c == '"' {
			buf = append(buf, '"')
		}
		buf = append(buf, c)
	}
	return append(buf, '"')
}

// csvPlain reports whether b holds no comma, quote or line break, reading
// eight bytes at a time as jsonClean does.
func csvPlain(b []byte) bool {
	for len(b) >= 8 {
		x := binary.LittleEndian.Uint64(b)
		if zeroByte(x^','*lsb)|zeroByte(x^'"'*lsb)|zeroByte(x^'\n'*lsb)|zeroByte(x^'\r'*lsb) != 0 {
			return false
		}
		b = b[8:]
	}
	for _, c := range b {
		if c == ',' || c == '"' || c == '\n' || c == '\r' {
			return false
		}
	}
	return true
}
