package runtime

import (
	"slices"
	"unicode/utf8"
)

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
	end := len(buf)
	n := escapedLen(buf[start:])
	if n == end-start { // nothing to escape: shift right by one
		buf = append(buf, 0)
		copy(buf[start+1:], buf[start:end])
		buf[start] = '"'
		return append(buf, '"')
	}
	// Move the raw text to the end of the grown buffer, then escape it
	// forwards into place. Escaping never shortens text, so the writer
	// stays behind the reader and needs no scratch copy.
	grow := n + 2 - (end - start)
	buf = slices.Grow(buf, grow)[:end+grow]
	r := start + grow
	copy(buf[r:], buf[start:end])
	buf[start] = '"'
	w := escapeInPlace(buf, start+1, r)
	buf[w] = '"'
	return buf
}

// escapedLen is the length appendEscaped gives raw.
func escapedLen(raw []byte) int {
	n := 0
	for i := 0; i < len(raw); {
		c := raw[i]
		if c < utf8.RuneSelf {
			switch {
			case !needsEscape[c]:
				n++
			case c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t':
				n += 2
			default:
				n += 6
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && size == 1 || r == '\u2028' || r == '\u2029' {
			n += 6
		} else {
			n += size
		}
		i += size
	}
	return n
}

// escapeInPlace escapes buf[r:] to buf[w:] (w < r) as appendEscaped does
// and returns the end of what it wrote, which is at most len(buf)-1 when
// the caller sized buf from escapedLen plus two quotes. Each unit is read
// before its escape is written.
func escapeInPlace(buf []byte, w, r int) int {
	end := len(buf)
	clean := r // start of the pending run of bytes that need no escape
	for r < end {
		c := buf[r]
		if c < utf8.RuneSelf {
			if !needsEscape[c] {
				r++
				continue
			}
			w += copy(buf[w:], buf[clean:r])
			switch c {
			case '"', '\\':
				w += copy(buf[w:], []byte{'\\', c})
			case '\n':
				w += copy(buf[w:], `\n`)
			case '\r':
				w += copy(buf[w:], `\r`)
			case '\t':
				w += copy(buf[w:], `\t`)
			default:
				w += copy(buf[w:], []byte{'\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf]})
			}
			r++
			clean = r
			continue
		}
		ru, size := utf8.DecodeRune(buf[r:end])
		switch {
		case ru == utf8.RuneError && size == 1:
			w += copy(buf[w:], buf[clean:r])
			w += copy(buf[w:], `\ufffd`)
		case ru == '\u2028' || ru == '\u2029':
			w += copy(buf[w:], buf[clean:r])
			w += copy(buf[w:], []byte{'\\', 'u', '2', '0', '2', hexDigits[ru&0xf]})
		default:
			r += size
			continue
		}
		r += size
		clean = r
	}
	return w + copy(buf[w:], buf[clean:end])
}
