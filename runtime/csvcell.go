package runtime

import (
	"unicode/utf16"
	"unicode/utf8"
)

// AppendCSVString appends s as one CSV field: AppendCSVField without the
// conversion to bytes.
func AppendCSVString(buf []byte, s string) []byte {
	quote := len(s) > 0 && (s[0] == ' ' || s[len(s)-1] == ' ')
	for i := 0; i < len(s) && !quote; i++ {
		c := s[i]
		quote = c == ',' || c == '"' || c == '\n' || c == '\r'
	}
	if !quote {
		return append(buf, s...)
	}
	buf = append(buf, '"')
	for i := 0; i < len(s); i++ {
		if s[i] == '"' {
			buf = append(buf, '"')
		}
		buf = append(buf, s[i])
	}
	return append(buf, '"')
}

// AppendCSVCell appends the CSV field of a value given as compact JSON, as
// synthgen's CSV output writes it: a string unquoted, null empty, any
// other value (number, boolean, array, object) its JSON text.
func AppendCSVCell(buf, v []byte) []byte {
	switch {
	case len(v) == 0 || string(v) == "null":
		return buf
	case v[0] == '"':
		var small [256]byte
		return AppendCSVField(buf, AppendUnquotedJSON(small[:0], v))
	}
	return AppendCSVField(buf, v)
}

// AppendUnquotedJSON appends the text of the JSON string literal lit (with
// its quotes), as written by AppendJSONString or any JSON encoder.
func AppendUnquotedJSON(dst, lit []byte) []byte {
	s := lit[1 : len(lit)-1]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' {
			dst = append(dst, c)
			continue
		}
		i++
		switch s[i] {
		case 'b':
			dst = append(dst, '\b')
		case 'f':
			dst = append(dst, '\f')
		case 'n':
			dst = append(dst, '\n')
		case 'r':
			dst = append(dst, '\r')
		case 't':
			dst = append(dst, '\t')
		case 'u':
			r := jsonHex4(s[i+1:])
			i += 4
			if utf16.IsSurrogate(r) && i+6 < len(s) && s[i+1] == '\\' && s[i+2] == 'u' {
				r = utf16.DecodeRune(r, jsonHex4(s[i+3:]))
				i += 6
			}
			dst = utf8.AppendRune(dst, r)
		default:
			dst = append(dst, s[i])
		}
	}
	return dst
}

func jsonHex4(b []byte) rune {
	var r rune
	for _, c := range b[:4] {
		r <<= 4
		switch {
		case c >= '0' && c <= '9':
			r |= rune(c - '0')
		case c >= 'a' && c <= 'f':
			r |= rune(c - 'a' + 10)
		case c >= 'A' && c <= 'F':
			r |= rune(c - 'A' + 10)
		}
	}
	return r
}
