package runtime

import (
	"encoding/binary"
	"strconv"
)

// Format generators. Every value is valid for its format and test-safe:
// e-mail and host names live under RFC 2606/6761 names (example.com,
// example.org, example.net, .test, .example), IPv4 addresses in the RFC
// 5737 documentation blocks, IPv6 addresses in 2001:db8::/32 (RFC 3849).
// Dates fall in 2000..2030.

func appendFormat(f Format, s *Stream, buf []byte) []byte {
	switch f {
	case FormatDateTime:
		return appendDateTime(s, buf)
	case FormatDate:
		return appendDate(s, buf)
	case FormatTime:
		return appendClock(s, buf)
	case FormatEmail:
		return appendEmail(s, buf)
	case FormatURI:
		return appendURI(s, buf)
	case FormatUUID:
		return appendUUID(s, buf)
	case FormatIPv4:
		return appendIPv4(s, buf)
	case FormatIPv6:
		return appendIPv6(s, buf)
	case FormatHostname:
		return appendHostname(s, buf)
	case FormatURIReference:
		return appendURIReference(s, buf)
	case FormatIRI:
		return appendIRI(s, buf)
	case FormatIRIReference:
		return appendIRIReference(s, buf)
	case FormatURITemplate:
		return appendURITemplate(s, buf)
	case FormatJSONPointer:
		return appendJSONPointer(s, buf)
	case FormatRelativeJSONPointer:
		return appendRelativeJSONPointer(s, buf)
	case FormatRegex:
		return appendRegex(s, buf)
	case FormatDuration:
		return appendDuration(s, buf)
	case FormatPeriod:
		return appendPeriod(s, buf)
	case FormatSemver:
		return appendSemver(s, buf)
	case FormatIDNEmail:
		return appendIDNEmail(s, buf)
	case FormatIDNHostname:
		return appendIDNHost(s, buf)
	}
	return buf
}

const (
	daysTo2000 = 10957 // 1970-01-01 to 2000-01-01
	daysIn2000 = 11323 // 2000-01-01 to 2030-12-31, inclusive
)

func appendDate(s *Stream, buf []byte) []byte {
	return appendDays(buf, daysTo2000+int(s.Uint64n(daysIn2000)))
}

// appendDays appends the date days after 1970-01-01.
func appendDays(buf []byte, days int) []byte {
	y, m, d := civilDate(days)
	buf = append4(buf, y)
	buf = append(buf, '-')
	buf = append2(buf, m)
	buf = append(buf, '-')
	return append2(buf, d)
}

// civilDate converts days since 1970-01-01 to a proleptic Gregorian date,
// for any year from -32,800 to 10^5, by Neri and Schneider's Euclidean
// affine functions ("Euclidean affine functions and their application to
// calendar algorithms", Softw. Pract. Exper. 53(4), 2023): multiplications
// and shifts where the usual algorithm divides, 5 % of a customer record
// before.
func civilDate(days int) (y, m, d int) {
	const (
		shift = 82 // 400-year eras added so that n is never negative
		k     = 719468 + 146097*shift
		l     = 400 * shift
	)
	n := uint32(days + k)
	n1 := 4*n + 3
	c := n1 / 146097 // the century
	nc := n1 % 146097 / 4
	n2 := 4*nc + 3
	p2 := uint64(2939745) * uint64(n2)
	z := uint32(p2 >> 32) // the year of the century
	ny := uint32(p2) / 2939745 / 4
	n3 := 2141*ny + 197913
	y, m, d = int(100*c+z)-l, int(n3>>16), int(n3&0xffff/2141)+1
	if ny >= 306 { // January and February: counted from March, so next year
		y, m = y+1, m-12
	}
	return y, m, d
}

// zoneOffsets are the non-UTC offsets a time may carry (half of times are
// UTC, written Z).
var zoneOffsets = [...]string{"+01:00", "+02:00", "-05:00", "-08:00", "+05:30", "+09:00", "-03:00", "+10:00"}

// appendClock appends hh:mm:ss, milliseconds a quarter of the time, and
// always an offset (Z or ±hh:mm), as RFC 3339 full-time requires. Seconds
// stop at 59: no leap seconds.
func appendClock(s *Stream, buf []byte) []byte {
	sec := int(s.Uint64n(86400))
	buf = append2(buf, sec/3600)
	buf = append(buf, ':')
	buf = append2(buf, sec/60%60)
	buf = append(buf, ':')
	buf = append2(buf, sec%60)
	if s.Uint64n(4) == 0 {
		ms := int(s.Uint64n(1000))
		buf = append(buf, '.', byte('0'+ms/100), byte('0'+ms/10%10), byte('0'+ms%10))
	}
	k := int(s.Uint64n(2 * uint64(len(zoneOffsets))))
	if k >= len(zoneOffsets) {
		return append(buf, 'Z')
	}
	return appendWord(buf, zoneOffsets[k])
}

func append2(buf []byte, v int) []byte {
	return append(buf, byte('0'+v/10), byte('0'+v%10))
}

func append4(buf []byte, v int) []byte {
	return append(buf, byte('0'+v/1000), byte('0'+v/100%10), byte('0'+v/10%10), byte('0'+v%10))
}

func pickWord(s *Stream, ws []string) string { return ws[s.Uint64n(uint64(len(ws)))] }

// appendEmail appends first.last@example.com and its everyday variants.
func appendEmail(s *Stream, buf []byte) []byte {
	first, last := pickWord(s, firstNames), pickWord(s, lastNames)
	switch s.Uint64n(5) {
	case 0, 1:
		buf = appendWord(buf, first)
		buf = append(buf, '.')
		buf = appendWord(buf, last)
	case 2:
		buf = appendWord(buf, first)
		buf = append(buf, '_')
		buf = appendWord(buf, last)
	case 3:
		buf = append(buf, first[0])
		buf = appendWord(buf, last)
	default:
		buf = appendWord(buf, first)
		buf = strconv.AppendUint(buf, 10+s.Uint64n(90), 10)
	}
	buf = append(buf, '@')
	return appendMailDomain(s, buf)
}

var exampleDomains = [...]string{"example.com", "example.org", "example.net"}

// appendMailDomain writes a reserved e-mail domain: example.com, .org or
// .net three times in four, else a word under .test or .example. It is one
// draw from mailDomains, which holds each domain as often as it is to come
// up: a branch on which kind of domain it is would be mispredicted a
// quarter of the time.
func appendMailDomain(s *Stream, buf []byte) []byte {
	return appendWord(buf, mailDomains[s.Uint64n(uint64(len(mailDomains)))])
}

var mailDomains = func() []string {
	n := len(orgWords)
	t := make([]string, 0, 8*n)
	for j := 0; j < 6*n; j++ {
		t = append(t, exampleDomains[j%3])
	}
	for _, suffix := range []string{".test", ".example"} {
		for _, w := range orgWords {
			t = append(t, w+suffix)
		}
	}
	return t
}()

// appendURI appends https://example.com/ with one to three path segments,
// some numeric, and now and then a query.
func appendURI(s *Stream, buf []byte) []byte {
	buf = append(buf, "https://"...)
	buf = appendWord(buf, exampleDomains[s.Uint64n(3)])
	for n := 1 + s.Uint64n(3); n > 0; n-- {
		buf = append(buf, '/')
		if n == 1 && s.Uint64n(3) == 0 {
			buf = strconv.AppendUint(buf, 1+s.Uint64n(99999), 10)
			continue
		}
		buf = appendWord(buf, pickWord(s, commonWords))
	}
	switch s.Uint64n(6) {
	case 0:
		buf = append(buf, "?page="...)
		buf = strconv.AppendUint(buf, 1+s.Uint64n(20), 10)
	case 1:
		buf = append(buf, "?q="...)
		buf = appendWord(buf, pickWord(s, commonWords))
	}
	return buf
}

// appendUUID appends a random (version 4, RFC 4122 variant) UUID in
// lowercase.
func appendUUID(s *Stream, buf []byte) []byte {
	hi := s.Uint64()&^(0xf<<12) | 0x4<<12
	lo := s.Uint64()&^(0x3<<62) | 0x2<<62
	return appendUUIDBits(buf, hi, lo)
}

// appendUUIDBits appends hi and lo in the 8-4-4-4-12 layout. Filled in
// place and appended once: 32 appends, each checking the capacity, were
// 4 % of a customer record.
func appendUUIDBits(buf []byte, hi, lo uint64) []byte {
	l := len(buf)
	buf = append(buf, make([]byte, 36)...)
	b := buf[l : l+36]
	binary.BigEndian.PutUint64(b[0:8], hex8(uint32(hi>>32)))
	b[8] = '-'
	h := hex8(uint32(hi))
	binary.BigEndian.PutUint32(b[9:13], uint32(h>>32))
	b[13] = '-'
	binary.BigEndian.PutUint32(b[14:18], uint32(h))
	b[18] = '-'
	h = hex8(uint32(lo >> 32))
	binary.BigEndian.PutUint32(b[19:23], uint32(h>>32))
	b[23] = '-'
	binary.BigEndian.PutUint32(b[24:28], uint32(h))
	binary.BigEndian.PutUint64(b[28:36], hex8(uint32(lo)))
	return buf
}

// hex8 is the eight lower-case hex digits of v, most significant first,
// as the bytes of a big-endian word: each nibble spread to its own byte,
// then '0' added, and 'a'-'0'-10 more where the nibble is 10 or above
// (those are the bytes that carry into bit 4 when 6 is added).
func hex8(v uint32) uint64 {
	x := uint64(v)
	x = (x | x<<16) & 0x0000ffff0000ffff
	x = (x | x<<8) & 0x00ff00ff00ff00ff
	x = (x | x<<4) & 0x0f0f0f0f0f0f0f0f
	letters := (x + 0x0606060606060606) >> 4 & 0x0101010101010101
	return x + 0x3030303030303030 + letters*('a'-'0'-10)
}

// appendHex appends the low n nibbles of v, zero-padded.
func appendHex(buf []byte, v uint64, n int) []byte {
	for i := n - 1; i >= 0; i-- {
		buf = append(buf, hexDigits[v>>(4*i)&0xf])
	}
	return buf
}

// ipv4Blocks are the RFC 5737 documentation networks (TEST-NET-1..3).
var ipv4Blocks = [...]string{"192.0.2.", "198.51.100.", "203.0.113."}

func appendIPv4(s *Stream, buf []byte) []byte {
	buf = appendWord(buf, ipv4Blocks[s.Uint64n(3)])
	return strconv.AppendUint(buf, 1+s.Uint64n(254), 10)
}

// appendIPv6 appends an address in 2001:db8::/32, in the canonical text
// form of RFC 5952, in the shapes real addresses take: fully random, or a
// subnet with a small host part.
func appendIPv6(s *Stream, buf []byte) []byte {
	g := [8]uint16{0x2001, 0x0db8}
	switch s.Uint64n(4) {
	case 0:
		for i := 2; i < 8; i++ {
			g[i] = uint16(s.Uint64())
		}
	case 1:
		g[2], g[7] = uint16(s.Uint64()), uint16(1+s.Uint64n(0xfff))
	case 2:
		g[2], g[3], g[7] = uint16(s.Uint64()), uint16(s.Uint64()), uint16(1+s.Uint64n(0xfff))
	default:
		g[7] = uint16(1 + s.Uint64n(0xff))
	}
	return appendIPv6Text(buf, &g)
}

// appendIPv6Text writes groups in RFC 5952 form: lowercase, no leading
// zeros, the first longest run of two or more zero groups as "::".
func appendIPv6Text(buf []byte, g *[8]uint16) []byte {
	zs, zn := -1, 1
	for i := 0; i < 8; {
		if g[i] != 0 {
			i++
			continue
		}
		j := i
		for j < 8 && g[j] == 0 {
			j++
		}
		if j-i > zn {
			zs, zn = i, j-i
		}
		i = j
	}
	for i := 0; i < 8; i++ {
		if i == zs {
			buf = append(buf, ':', ':')
			i += zn - 1
			continue
		}
		if i > 0 && i != zs+zn {
			buf = append(buf, ':')
		}
		buf = strconv.AppendUint(buf, uint64(g[i]), 16)
	}
	return buf
}

// appendHostname appends api.example.com, shop-mail.example.com or
// api.acme.test.
func appendHostname(s *Stream, buf []byte) []byte {
	buf = appendWord(buf, pickWord(s, hostWords))
	switch s.Uint64n(3) {
	case 0:
		return append(buf, ".example.com"...)
	case 1:
		buf = append(buf, '-')
		buf = appendWord(buf, pickWord(s, hostWords))
		return append(buf, ".example.com"...)
	}
	buf = append(buf, '.')
	buf = appendWord(buf, pickWord(s, orgWords))
	return append(buf, ".test"...)
}
