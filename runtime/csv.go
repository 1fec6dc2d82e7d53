package runtime

// AppendCSVField appends field as one RFC 4180 CSV field, quoted when it
// holds a comma, a quote, a line break or leading or trailing space.
func AppendCSVField(buf, field []byte) []byte {
	quote := len(field) > 0 && (field[0] == ' ' || field[len(field)-1] == ' ')
	for _, c := range field {
		if c == ',' || c == '"' || c == '\n' || c == '\r' {
			quote = true
			break
		}
	}
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
