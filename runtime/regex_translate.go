package runtime

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ECMA-262 and RE2 disagree on a few escapes. ECMA's \s (WhiteSpace and
// LineTerminator) is wider than RE2's [\t\n\f\r ], and its `.` excludes all
// four line terminators, not just \n. \d, \w and \b are ASCII in both.
const (
	// ecmaSpace is the body of a class equal to ECMA's \s.
	ecmaSpace = `\t\n\v\f\r \x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}\x{feff}`
	// ecmaNotSpace is the body of a class equal to ECMA's \S: the
	// complement of ecmaSpace, spelled out so it can sit inside another
	// class.
	ecmaNotSpace = `\x00-\x08\x0e-\x1f\x21-\x9f\x{a1}-\x{167f}\x{1681}-\x{1fff}\x{200b}-\x{2027}` +
		`\x{202a}-\x{202e}\x{2030}-\x{205e}\x{2060}-\x{2fff}\x{3001}-\x{fefe}\x{ff00}-\x{10ffff}`
	// ecmaDot is ECMA's `.` without the s flag.
	ecmaDot = `[^\n\r\x{2028}\x{2029}]`
)

// translateECMA rewrites an ECMA-262 pattern (as JSON Schema's `pattern`
// uses it) into RE2 syntax with the same meaning. Constructs RE2 cannot
// express are errors naming the construct. RE2 extensions that ECMA lacks
// ((?i) flags, \A, \z) pass through: a schema author who writes them means
// what RE2 means.
func translateECMA(p string) (string, error) {
	var b strings.Builder
	b.Grow(len(p) + 8)
	inClass := false
	// afterClassEscape: the last thing written in a class was a class
	// escape (\d, \s, ...), so a following '-' is a literal, as in ECMA.
	afterClassEscape := false
	for i := 0; i < len(p); {
		c := p[i]
		wasClassEscape := afterClassEscape
		afterClassEscape = false
		switch {
		case c == '\\':
			n, isClass, err := translateEscape(&b, p, i, inClass)
			if err != nil {
				return "", err
			}
			i += n
			afterClassEscape = inClass && isClass
		case inClass && c == ']':
			b.WriteByte(']')
			inClass = false
			i++
		case inClass && c == '[':
			// ECMA: a literal '['; RE2 would read "[:" as a POSIX class.
			b.WriteString(`\[`)
			i++
		case inClass && c == '-' && wasClassEscape:
			b.WriteString(`\-`)
			i++
		case inClass:
			b.WriteByte(c)
			i++
		case c == '[':
			n := translateClassOpen(&b, p, i)
			inClass = n < 0
			if n < 0 {
				n = -n
			}
			i += n
		case c == '.':
			b.WriteString(ecmaDot)
			i++
		case c == '(':
			n, err := translateGroupOpen(&b, p, i)
			if err != nil {
				return "", err
			}
			i += n
		default:
			b.WriteByte(c)
			i++
		}
	}
	if inClass {
		return "", fmt.Errorf("missing closing ] in character class")
	}
	return b.String(), nil
}

// translateClassOpen writes the start of a class at p[i] == '['. ECMA's
// `[]` (matches nothing) and `[^]` (matches anything) are complete classes
// that RE2 spells differently; for those it returns the bytes consumed.
// Otherwise it returns minus the bytes consumed: the class stays open.
func translateClassOpen(b *strings.Builder, p string, i int) int {
	switch {
	case strings.HasPrefix(p[i:], "[]"):
		b.WriteString(`[^\x00-\x{10ffff}]`)
		return 2
	case strings.HasPrefix(p[i:], "[^]"):
		b.WriteString(`[\x00-\x{10ffff}]`)
		return 3
	case strings.HasPrefix(p[i:], "[^"):
		b.WriteString("[^")
		return -2
	}
	b.WriteByte('[')
	return -1
}

// translateGroupOpen writes the group opening at p[i] == '(' and returns
// the bytes consumed; lookaround is an error.
func translateGroupOpen(b *strings.Builder, p string, i int) (int, error) {
	rest := p[i:]
	for _, la := range [...]struct{ open, name string }{
		{"(?=", "lookahead"},
		{"(?!", "negative lookahead"},
		{"(?<=", "lookbehind"},
		{"(?<!", "negative lookbehind"},
	} {
		if strings.HasPrefix(rest, la.open) {
			return 0, fmt.Errorf("%s %s...) is not supported (RE2 has no lookaround); rewrite the pattern without it", la.name, la.open)
		}
	}
	if strings.HasPrefix(rest, "(?<") {
		// ECMA's named group; RE2 also accepts (?P<name>...).
		b.WriteString("(?P<")
		return 3, nil
	}
	b.WriteByte('(')
	return 1, nil
}

// translateEscape writes the RE2 form of the escape at p[i] == '\\' and
// returns the bytes consumed and whether the escape is a class escape
// (stands for a set, like \d).
func translateEscape(b *strings.Builder, p string, i int, inClass bool) (n int, isClass bool, err error) {
	if i+1 >= len(p) {
		return 0, false, fmt.Errorf(`trailing backslash at end of pattern`)
	}
	c := p[i+1]
	switch c {
	case 'd', 'D', 'w', 'W':
		b.WriteString(p[i : i+2])
		return 2, true, nil
	case 's':
		if inClass {
			b.WriteString(ecmaSpace)
		} else {
			b.WriteString("[" + ecmaSpace + "]")
		}
		return 2, true, nil
	case 'S':
		if inClass {
			b.WriteString(ecmaNotSpace)
		} else {
			b.WriteString("[" + ecmaNotSpace + "]")
		}
		return 2, true, nil
	case 'b':
		if inClass { // ECMA: backspace inside a class
			b.WriteString(`\x08`)
			return 2, false, nil
		}
		b.WriteString(`\b`)
		return 2, false, nil
	case 'B':
		if inClass {
			return 0, false, fmt.Errorf(`\B inside a character class is not valid`)
		}
		b.WriteString(`\B`)
		return 2, false, nil
	case 'A', 'z':
		if inClass {
			return 0, false, fmt.Errorf(`\%c inside a character class is not valid`, c)
		}
		b.WriteString(p[i : i+2]) // RE2 anchors, kept as written
		return 2, false, nil
	case 'f', 'n', 'r', 't', 'v':
		b.WriteString(p[i : i+2])
		return 2, false, nil
	case '0':
		if i+2 < len(p) && isDigit(p[i+2]) {
			return 0, false, fmt.Errorf(`octal escape \0%c is not supported; use \xHH`, p[i+2])
		}
		b.WriteString(`\x00`)
		return 2, false, nil
	case '1', '2', '3', '4', '5', '6', '7', '8', '9':
		j := i + 1
		for j < len(p) && isDigit(p[j]) {
			j++
		}
		return 0, false, fmt.Errorf(`backreference \%s is not supported (RE2 has no backreferences)`, p[i+1:j])
	case 'k':
		end := strings.IndexByte(p[i:], '>')
		name := `\k`
		if end > 0 {
			name = p[i : i+end+1]
		}
		return 0, false, fmt.Errorf(`named backreference %s is not supported (RE2 has no backreferences)`, name)
	case 'x':
		if i+4 <= len(p) && isHex(p[i+2]) && isHex(p[i+3]) {
			b.WriteString(p[i : i+4])
			return 4, false, nil
		}
		// \x{1F600} is RE2's spelling; accept it like \A and \z.
		if end := strings.IndexByte(p[i:], '}'); i+2 < len(p) && p[i+2] == '{' && end > 3 {
			v, err := strconv.ParseUint(p[i+3:i+end], 16, 32)
			if err == nil && v <= unicode.MaxRune && !isSurrogate(rune(v)) {
				fmt.Fprintf(b, `\x{%x}`, v)
				return end + 1, false, nil
			}
		}
		return 0, false, fmt.Errorf(`invalid escape \x: want two hex digits`)
	case 'u':
		r, n, err := decodeUnicodeEscape(p, i)
		if err != nil {
			return 0, false, err
		}
		fmt.Fprintf(b, `\x{%x}`, r)
		return n, false, nil
	case 'c':
		if i+2 < len(p) && isASCIILetter(p[i+2]) {
			fmt.Fprintf(b, `\x{%x}`, p[i+2]&0x1f)
			return 3, false, nil
		}
		return 0, false, fmt.Errorf(`invalid control escape \c: want a letter after it`)
	case 'p', 'P':
		n, err := translateProperty(b, p, i)
		return n, true, err
	}
	if c < utf8.RuneSelf {
		if isASCIILetter(c) {
			return 0, false, fmt.Errorf(`unsupported escape \%c`, c)
		}
		b.WriteString(p[i : i+2]) // escaped punctuation: the same in RE2
		return 2, false, nil
	}
	// An identity escape of a non-ASCII character is the character.
	_, size := utf8.DecodeRuneInString(p[i+1:])
	b.WriteString(p[i+1 : i+1+size])
	return 1 + size, false, nil
}

// decodeUnicodeEscape reads \uXXXX (joining a surrogate pair written as two
// escapes) or \u{X...} at p[i].
func decodeUnicodeEscape(p string, i int) (rune, int, error) {
	if strings.HasPrefix(p[i:], `\u{`) {
		end := strings.IndexByte(p[i:], '}')
		if end < 0 {
			return 0, 0, fmt.Errorf(`invalid escape \u{: missing }`)
		}
		v, err := strconv.ParseUint(p[i+3:i+end], 16, 32)
		if err != nil || v > unicode.MaxRune {
			return 0, 0, fmt.Errorf(`invalid escape %s`, p[i:i+end+1])
		}
		if isSurrogate(rune(v)) {
			return 0, 0, fmt.Errorf(`escape %s is a lone surrogate, which no UTF-8 string holds`, p[i:i+end+1])
		}
		return rune(v), end + 1, nil
	}
	hi, ok := hex4(p, i)
	if !ok {
		return 0, 0, fmt.Errorf(`invalid escape \u: want four hex digits or {...}`)
	}
	if hi >= 0xd800 && hi < 0xdc00 {
		if lo, ok := hex4(p, i+6); ok && lo >= 0xdc00 && lo < 0xe000 {
			return utf16Pair(hi, lo), 12, nil
		}
	}
	if isSurrogate(hi) {
		return 0, 0, fmt.Errorf(`escape %s is a lone surrogate, which no UTF-8 string holds`, p[i:i+6])
	}
	return hi, 6, nil
}

func hex4(p string, i int) (rune, bool) {
	if i+6 > len(p) || p[i] != '\\' || p[i+1] != 'u' {
		return 0, false
	}
	var v rune
	for _, c := range []byte(p[i+2 : i+6]) {
		if !isHex(c) {
			return 0, false
		}
		v = v<<4 | rune(hexVal(c))
	}
	return v, true
}

func utf16Pair(hi, lo rune) rune { return (hi-0xd800)<<10 + (lo - 0xdc00) + 0x10000 }

func isSurrogate(r rune) bool { return r >= 0xd800 && r < 0xe000 }

// translateProperty writes \p{...} / \P{...} at p[i], mapping ECMA's long
// names (Letter, Script=Greek, gc=Lu) to RE2's short ones.
func translateProperty(b *strings.Builder, p string, i int) (int, error) {
	if i+2 >= len(p) || p[i+2] != '{' {
		return 0, fmt.Errorf(`invalid property escape \%c: want \%c{Name}`, p[i+1], p[i+1])
	}
	end := strings.IndexByte(p[i:], '}')
	if end < 0 {
		return 0, fmt.Errorf(`invalid property escape %s: missing }`, p[i:])
	}
	name := p[i+3 : i+end]
	if k, v, ok := strings.Cut(name, "="); ok {
		switch k {
		case "Script", "sc", "Script_Extensions", "scx", "General_Category", "gc":
			name = v
		default:
			return 0, fmt.Errorf(`Unicode property %s is not supported`, p[i:i+end+1])
		}
	}
	name = shortCategory(name)
	if _, ok := unicode.Categories[name]; !ok {
		if _, ok := unicode.Scripts[name]; !ok && name != "Any" {
			return 0, fmt.Errorf(`Unicode property %s is not supported (RE2 knows general categories and scripts)`, p[i:i+end+1])
		}
	}
	fmt.Fprintf(b, `\%c{%s}`, p[i+1], name)
	return end + 1, nil
}

// shortCategory maps a long general category name to its short form.
func shortCategory(name string) string {
	for _, c := range [...][2]string{
		{"Letter", "L"}, {"Uppercase_Letter", "Lu"}, {"Lowercase_Letter", "Ll"},
		{"Titlecase_Letter", "Lt"}, {"Modifier_Letter", "Lm"}, {"Other_Letter", "Lo"},
		{"Mark", "M"}, {"Combining_Mark", "M"}, {"Nonspacing_Mark", "Mn"},
		{"Spacing_Mark", "Mc"}, {"Enclosing_Mark", "Me"},
		{"Number", "N"}, {"Decimal_Number", "Nd"}, {"digit", "Nd"},
		{"Letter_Number", "Nl"}, {"Other_Number", "No"},
		{"Punctuation", "P"}, {"punct", "P"}, {"Connector_Punctuation", "Pc"},
		{"Dash_Punctuation", "Pd"}, {"Open_Punctuation", "Ps"}, {"Close_Punctuation", "Pe"},
		{"Initial_Punctuation", "Pi"}, {"Final_Punctuation", "Pf"}, {"Other_Punctuation", "Po"},
		{"Symbol", "S"}, {"Math_Symbol", "Sm"}, {"Currency_Symbol", "Sc"},
		{"Modifier_Symbol", "Sk"}, {"Other_Symbol", "So"},
		{"Separator", "Z"}, {"Space_Separator", "Zs"}, {"Line_Separator", "Zl"},
		{"Paragraph_Separator", "Zp"},
		{"Other", "C"}, {"Control", "Cc"}, {"cntrl", "Cc"}, {"Format", "Cf"},
		{"Private_Use", "Co"}, {"Surrogate", "Cs"},
	} {
		if c[0] == name {
			return c[1]
		}
	}
	return name
}

func isDigit(c byte) bool       { return '0' <= c && c <= '9' }
func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isHex(c byte) bool         { return isDigit(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }

func hexVal(c byte) byte {
	switch {
	case isDigit(c):
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}
