package runtime

import "unicode/utf8"

const hexDigits = "0123456789abcdef"

// needsEscape marks the ASCII bytes that JSON strings must escape. HTML
// characters are not escaped: the output is data, not markup.
var needsEscape = func() (t [utf8.RuneSelf]bool) {
	for i := 0; i < 0x20; i++ {
		t[i] = true
	}
	t['"'] = true
	t['\\'] = true
	return t
}()

// AppendJSONString appends v as a quoted JSON string.
func AppendJSONString(buf []byte, v string) []byte {
	buf = append(buf, '"')
	buf = appendEscaped(buf, v)
	return append(buf, '"')
}

func appendEscaped(buf []byte, v string) []byte {
	start := 0
	for i := 0; i < len(v); {
		c := v[i]
		if c < utf8.RuneSelf {
			if !needsEscape[c] {
				i++
				continue
			}
			buf = append(buf, v[start:i]...)
			switch c {
			case '"', '\\':
				buf = append(buf, '\\', c)
			case '\n':
				buf = append(buf, '\\', 'n')
			case '\r':
				buf = append(buf, '\\', 'r')
			case '\t':
				buf = append(buf, '\\', 't')
			default:
				buf = append(buf, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(v[i:])
		if r == utf8.RuneError && size == 1 {
			buf = append(buf, v[start:i]...)
			buf = append(buf, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			buf = append(buf, v[start:i]...)
			buf = append(buf, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	return append(buf, v[start:]...)
}

// QuoteTail turns buf[start:], raw text just appended by a string
// generator, into a quoted JSON string in place. It is what the plan uses
// to avoid a scratch copy; it writes the same bytes as AppendJSONString.
func QuoteTail(buf []byte, start int) []byte {
	clean := true
	for _, c := range buf[start:] {
		if c < utf8.RuneSelf && needsEscape[c] || c >= utf8.RuneSelf {
			clean = false
			break
		}
	}
	if clean {
		buf = append(buf, 0)
		copy(buf[start+1:], buf[start:len(buf)-1])
		buf[start] = '"'
		return append(buf, '"')
	}
	var tmp [256]byte
	raw := append(tmp[:0], buf[start:]...)
	return AppendJSONString(buf[:start], string(raw))
}
