package runtime

import "strconv"

// Formats with a small grammar of their own: regular expressions,
// ISO 8601 durations and periods, semantic versions.

// regexAtoms are pattern pieces valid in ECMA-262 (with or without the u
// flag) and in Go's RE2 syntax alike, each a single quantifiable atom.
var regexAtoms = [...]string{
	`[a-z]`, `[A-Z]`, `[0-9]`, `[a-zA-Z0-9]`, `[a-f0-9]`, `\d`, `\w`, `\s`, `.`, `\.`, `-`, `_`,
	`(api|web|cdn)`, `(foo|bar)`, `(red|green|blue)`, `(?:-[a-z]+)`, `[A-Z][a-z]`,
}

var regexQuantifiers = [...]string{"", "", "+", "*", "?", "{2}", "{3}", "{1,3}", "{2,8}", "{4,}"}

// appendRegex appends a regular expression of one to four quantified
// atoms, a word sometimes leading, anchored at either end half the time:
// ^[A-Z][a-z]{2,8}\d+$.
func appendRegex(s *Stream, buf []byte) []byte {
	if s.Uint64n(2) == 0 {
		buf = append(buf, '^')
	}
	if s.Uint64n(3) == 0 {
		buf = append(buf, pickWord(s, commonWords)...)
	}
	for n := 1 + s.Uint64n(4); n > 0; n-- {
		buf = append(buf, regexAtoms[s.Uint64n(uint64(len(regexAtoms)))]...)
		buf = append(buf, regexQuantifiers[s.Uint64n(uint64(len(regexQuantifiers)))]...)
	}
	if s.Uint64n(2) == 0 {
		buf = append(buf, '$')
	}
	return buf
}

// appendDuration appends an ISO 8601 duration as RFC 3339 appendix A
// defines it: weeks alone (P2W), or date units in order with an optional
// time part (P1Y2M3DT4H5M6S), or a time part alone (PT30M).
func appendDuration(s *Stream, buf []byte) []byte {
	buf = append(buf, 'P')
	if s.Uint64n(8) == 0 {
		buf = strconv.AppendUint(buf, 1+s.Uint64n(52), 10)
		return append(buf, 'W')
	}
	// Bits 0..2 pick Y, M, D; bits 3..5 pick H, M, S; never none.
	mask := 1 + s.Uint64n(63)
	limits := [6]uint64{10, 12, 31, 24, 60, 60}
	timed := false
	for i, unit := range "YMDHMS" {
		if mask&(1<<i) == 0 {
			continue
		}
		if i >= 3 && !timed {
			buf, timed = append(buf, 'T'), true
		}
		buf = strconv.AppendUint(buf, s.Uint64n(limits[i]+1), 10)
		buf = append(buf, byte(unit))
	}
	return buf
}

// appendPeriod appends an ISO 8601 time interval: start/end date-times,
// start/duration or duration/end. An end date-time is never before its
// start.
func appendPeriod(s *Stream, buf []byte) []byte {
	switch s.Uint64n(3) {
	case 0:
		buf = appendDuration(s, buf)
		buf = append(buf, '/')
		return appendDateTime(s, buf)
	case 1:
		buf = appendDateTime(s, buf)
		buf = append(buf, '/')
		return appendDuration(s, buf)
	}
	day := daysTo2000 + int(s.Uint64n(daysIn2000-366))
	buf = appendDays(buf, day)
	buf = append(buf, "T00:00:00Z/"...)
	buf = appendDays(buf, day+1+int(s.Uint64n(365)))
	return append(buf, "T00:00:00Z"...)
}

func appendDateTime(s *Stream, buf []byte) []byte {
	buf = appendDate(s, buf)
	buf = append(buf, 'T')
	return appendClock(s, buf)
}

// preReleases are semver pre-release tags.
var preReleases = [...]string{"alpha", "beta", "rc", "alpha.1", "beta.2", "rc.1", "rc.2", "dev", "preview"}

// appendSemver appends a semantic version: 1.4.2, 0.9.13-beta.2,
// 2.0.0-rc.1+build.57.
func appendSemver(s *Stream, buf []byte) []byte {
	buf = strconv.AppendUint(buf, s.Uint64n(6), 10)
	buf = append(buf, '.')
	buf = strconv.AppendUint(buf, s.Uint64n(20), 10)
	buf = append(buf, '.')
	buf = strconv.AppendUint(buf, s.Uint64n(30), 10)
	if s.Uint64n(4) == 0 {
		buf = append(buf, '-')
		buf = append(buf, preReleases[s.Uint64n(uint64(len(preReleases)))]...)
	}
	if s.Uint64n(8) == 0 {
		buf = append(buf, "+build."...)
		buf = strconv.AppendUint(buf, 1+s.Uint64n(999), 10)
	}
	return buf
}
