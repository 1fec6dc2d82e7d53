package runtime

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// regexCases are patterns as JSON Schemas write them, with the fewest
// distinct values 500 draws must give (1: the pattern has one match).
var regexCases = []struct {
	name     string
	pattern  string
	distinct int
}{
	{"a UK passport-like code", `^[A-Z]{2}[0-9]{6}[A-D]$`, 490},
	{"a National Insurance number", `^[A-CEGHJ-PR-TW-Z]{2}[0-9]{6}[A-D]$`, 490},
	{"a phone number with \\d", `^\d{3}-\d{4}$`, 450},
	{"a phone number with an optional area code", `^(\([0-9]{3}\))?[0-9]{3}-[0-9]{4}$`, 450},
	{"an unanchored e-mail shape", `\w+@\w+\.com`, 450},
	{"Unicode letters", `\p{L}+`, 300},
	{"a capitalised word by category", `^\p{Lu}\p{Ll}+$`, 300},
	{"no whitespace", `^[^\s]+$`, 300},
	{"a bounded repeat", `a{2,5}`, 4},
	{"repeated alternation then a literal", `(foo|bar)+baz`, 30},
	{"a \\u escape repeated", `^\u00e9+$`, 5},
	{"an emoji range", `[\x{1F600}-\x{1F64F}]`, 60},
	{"dots with bounds", `^.{3,8}$`, 450},
	{"an unanchored dot", `a.c`, 50},
	{"a negated class repeated", `^[^a-z]*$`, 300},
	{"ECMA \\S and \\s", `^\S+\s\S+$`, 400},
	{"negated Perl classes", `^\D\W\d\w$`, 400},
	{"an e-mail with a class of punctuation", `^[\w.+-]+@[a-z]+\.(com|org)$`, 450},
	{"a hex colour", `^#[0-9a-fA-F]{6}$`, 490},
	{"a case-insensitive class", `^(?i)[a-f]{4}$`, 400},
	{"a case-insensitive literal", `(?i)hello world`, 100},
	{"a word between boundaries", `\bcat\b`, 1},
	{"words between boundaries", `\b\w+\b \b\w+\b`, 400},
	{"a non-boundary between word characters", `a\Bb`, 1},
	{"the empty string", `^$`, 1},
	{"a starred alternation", `^(a|b|c)*$`, 80},
	{"a dotted quad", `^[0-9]{1,3}(\.[0-9]{1,3}){3}$`, 490},
	{"an open-ended repeat", `^[A-Z]{3}-\d{3,}$`, 490},
	{"a surrogate pair escape", `^\uD83D\uDE00+$`, 5},
	{"a control escape", `^\cJ?[a-z]$`, 40},
	{"ECMA's match-anything class", `^[^]{2}$`, 400},
	{"escaped slashes", `^\/api\/v[12]\/\w+$`, 400},
	{"named groups", `^(?<year>\d{4})-(?<month>0[1-9]|1[0-2])$`, 450},
	{"a class of \\s and \\S", `^[\s\S]{5}$`, 490},
	{"a class escape before a dash", `^[\d-z]+$`, 100},
	{"a script property in ECMA spelling", `^\p{Script=Greek}+$`, 300},
	{"a long category name", `^\p{Letter}{2,4}$`, 400},
	{"non-ASCII only", `^[^\x00-\x7F]+$`, 300},
	{"CJK ideographs", `^[\u4e00-\u9fff]{2,4}$`, 490},
	{"multi-line anchors mid-pattern", `(?m)^a$\n^b$`, 1},
	{"a fixed repeat of an alternation", `^(ab|cd){2}(?:ef)?$`, 8},
	{"a braced \\u escape", `^\x41\u0042\u{43}$`, 1},
	{"a decimal number", `^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$`, 450},
	{"anything at all", `.*`, 300},
	{"a slug", `^[a-z]+(-[a-z]+)*$`, 450},
	{"a literal bracket in a class", `^[[]+$`, 5},
	{"a backspace in a class", `^[\b]$`, 1},
	{"a price", `\$\d+\.\d{2}`, 450},
	{"an anchor inside an alternation", `a|^b`, 2},
	{"a start anchor inside a repeat", `(^a|b)+c`, 5},
	{"an end anchor inside an optional group", `^a(b$)?`, 2},
}

func TestRegexValuesMatchThePatternAndVary(t *testing.T) {
	for _, tc := range regexCases {
		t.Run(tc.name, func(t *testing.T) {
			r, err := CompileRegex(tc.pattern)
			if err != nil {
				t.Fatal(err)
			}
			search := regexp.MustCompile(r.re2)
			whole := regexp.MustCompile(`\A(?:` + r.re2 + `)\z`)
			seen := map[string]bool{}
			var buf []byte
			for i := range 500 {
				s := RecordStream(7, 1, uint64(i))
				buf = r.Append(&s, buf[:0])
				v := string(buf)
				if !utf8.ValidString(v) {
					t.Fatalf("%q is not valid UTF-8", v)
				}
				if !search.MatchString(v) {
					t.Fatalf("pattern %s (RE2 %s) does not match %q", tc.pattern, r.re2, v)
				}
				if !whole.MatchString(v) {
					t.Fatalf("%q is not an exact match of %s", v, tc.pattern)
				}
				seen[v] = true
			}
			if len(seen) < tc.distinct {
				t.Errorf("%d distinct values in 500, want at least %d", len(seen), tc.distinct)
			}
		})
	}
}

// FuzzRegexValuesMatch: any pattern CompileRegex accepts yields exact
// matches of its RE2 translation. The seeds are regexCases.
func FuzzRegexValuesMatch(f *testing.F) {
	for _, tc := range regexCases {
		f.Add(tc.pattern, uint64(0))
	}
	f.Fuzz(func(t *testing.T, pattern string, seed uint64) {
		r, err := CompileRegex(pattern)
		if err != nil {
			return
		}
		whole, err := regexp.Compile(`\A(?:` + r.re2 + `)\z`)
		if err != nil {
			t.Fatalf("%q translated to %q, which Go rejects: %v", pattern, r.re2, err)
		}
		for i := range 20 {
			s := RecordStream(seed, 0, uint64(i))
			if v := r.Append(&s, nil); !whole.Match(v) {
				t.Fatalf("%q (RE2 %q) gave %q, not a match", pattern, r.re2, v)
			}
			g := Str{MinLen: i % 7, MaxLen: i%7 + i%3*5, Regex: r}
			if g.Check() != nil {
				continue
			}
			s = RecordStream(seed, 1, uint64(i))
			v := g.Append(&s, nil)
			if n := utf8.RuneCount(v); !whole.Match(v) || n < g.MinLen || n > g.MaxLen {
				t.Fatalf("%q in %d..%d gave %q after Check passed", pattern, g.MinLen, g.MaxLen, v)
			}
		}
	})
}

func TestRegexIsDeterministic(t *testing.T) {
	for _, tc := range regexCases {
		r := MustCompileRegex(tc.pattern)
		for i := range 50 {
			s1, s2 := RecordStream(3, 0, uint64(i)), RecordStream(3, 0, uint64(i))
			a := r.Append(&s1, []byte("prefix:"))
			b := r.Append(&s2, []byte("prefix:"))
			if string(a) != string(b) || s1 != s2 {
				t.Fatalf("%s: the same stream gave %q and %q", tc.pattern, a, b)
			}
			if !strings.HasPrefix(string(a), "prefix:") {
				t.Fatalf("%s: Append lost the buffer's prefix: %q", tc.pattern, a)
			}
		}
	}
}

func TestRegexRejectsWhatRE2CannotExpress(t *testing.T) {
	for _, tc := range []struct {
		name, pattern, want string
	}{
		{"lookahead", `(?=a)b`, "lookahead (?=...)"},
		{"negative lookahead", `^(?!admin)\w+$`, "negative lookahead (?!...)"},
		{"lookbehind", `(?<=\$)\d+`, "lookbehind (?<=...)"},
		{"negative lookbehind", `(?<!-)\d+`, "negative lookbehind (?<!...)"},
		{"a backreference", `(a)\1`, `backreference \1`},
		{"a two-digit backreference", `(a)\12`, `backreference \12`},
		{"a named backreference", `(?<q>['"]).*\k<q>`, `named backreference \k<q>`},
		{"an empty class, which matches nothing", `a[]`, "can never match"},
		{"a $ with text after it", `a$b`, "cannot be satisfied"},
		{"a word boundary between word characters", `a\bb`, "cannot be satisfied"},
		{"an unsupported Unicode property", `\p{Emoji}`, `Unicode property \p{Emoji}`},
		{"an unknown letter escape", `\q`, `unsupported escape \q`},
		{"a trailing backslash", `abc\`, "trailing backslash"},
		{"an unclosed class", `[abc`, "missing closing ]"},
		{"a reversed repeat", `a{2,1}`, "invalid repeat count"},
		{"a lone surrogate", `\uD800`, "lone surrogate"},
		{"an octal escape", `\012`, "octal escape"},
	} {
		t.Run("it rejects "+tc.name, func(t *testing.T) {
			_, err := CompileRegex(tc.pattern)
			if err == nil {
				t.Fatalf("CompileRegex(%q) succeeded", tc.pattern)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %q does not mention %q", err, tc.want)
			}
			if !strings.Contains(err.Error(), tc.pattern) {
				t.Errorf("error %q does not name the pattern", err)
			}
		})
	}
}

func TestMustCompileRegexPanicsOnlyOnBadPatterns(t *testing.T) {
	if r := MustCompileRegex(`^a+$`); r.String() != `^a+$` {
		t.Errorf("String() = %q, want the pattern as written", r.String())
	}
	defer func() {
		if recover() == nil {
			t.Error("MustCompileRegex accepted a lookahead")
		}
	}()
	MustCompileRegex(`(?=a)`)
}

func TestTranslateECMAToRE2(t *testing.T) {
	for _, tc := range []struct {
		name, ecma, re2 string
	}{
		{"\\d is the same", `\d\D\w\W`, `\d\D\w\W`},
		{"\\s is ECMA's wide whitespace", `\s`, "[" + ecmaSpace + "]"},
		{"\\S is its complement", `\S`, "[" + ecmaNotSpace + "]"},
		{"\\s inside a class is spliced in", `[\sa]`, "[" + ecmaSpace + "a]"},
		{"a dash after a class escape is literal", `[\s-a]`, "[" + ecmaSpace + `\-a]`},
		{"dot excludes every line terminator", `.`, ecmaDot},
		{"\\u is \\x{}", `\u00e9`, `\x{e9}`},
		{"a surrogate pair is one code point", `\uD83D\uDE00`, `\x{1f600}`},
		{"a braced \\u is \\x{}", `\u{1F600}`, `\x{1f600}`},
		{"\\c is a control character", `\cJ`, `\x{a}`},
		{"\\0 is NUL", `\0`, `\x00`},
		{"[^] matches anything", `[^]`, `[\x00-\x{10ffff}]`},
		{"[] matches nothing", `[]`, `[^\x00-\x{10ffff}]`},
		{"an escaped slash stays escaped", `\/`, `\/`},
		{"a named group gets RE2's P", `(?<y>a)`, `(?P<y>a)`},
		{"\\b in a class is backspace", `[\b]`, `[\x08]`},
		{"[ in a class is literal", `[[]`, `[\[]`},
		{"Script= is dropped", `\p{Script=Greek}`, `\p{Greek}`},
		{"long categories are shortened", `\P{Uppercase_Letter}`, `\P{Lu}`},
		{"an identity escape of a non-ASCII character is the character", `\é`, `é`},
		{"RE2 anchors pass through", `\Aa\z`, `\Aa\z`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := translateECMA(tc.ecma)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.re2 {
				t.Errorf("translateECMA(%q) = %q, want %q", tc.ecma, got, tc.re2)
			}
		})
	}
}

func TestECMANotSpaceIsTheComplementOfECMASpace(t *testing.T) {
	neg, err := syntax.Parse(`[^`+ecmaSpace+`]`, syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	pos, err := syntax.Parse(`[`+ecmaNotSpace+`]`, syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(neg.Rune, pos.Rune) {
		t.Errorf("[^\\s] is %v but ecmaNotSpace is %v", neg.Rune, pos.Rune)
	}
}

func TestLargeClassesPreferReadableMembers(t *testing.T) {
	r := MustCompileRegex(`^.{20}$`)
	ascii, other := 0, 0
	var buf []byte
	for i := range 200 {
		s := RecordStream(1, 2, uint64(i))
		buf = r.Append(&s, buf[:0])
		for _, c := range string(buf) {
			if c >= ' ' && c <= '~' {
				ascii++
			} else {
				other++
			}
		}
	}
	if ascii < 10*other {
		t.Errorf("`.` gave %d printable ASCII and %d other characters; want mostly ASCII", ascii, other)
	}
}

func TestCaseInsensitiveClassesStayASCII(t *testing.T) {
	r := MustCompileRegex(`^(?i)[a-z]{50}$`)
	for i := range 100 {
		s := RecordStream(1, 4, uint64(i))
		v := r.Append(&s, nil)
		for _, c := range string(v) {
			if c >= utf8.RuneSelf {
				t.Fatalf("%q holds %q", v, c)
			}
		}
	}
}

func TestClassesNeverEmitSurrogates(t *testing.T) {
	r := MustCompileRegex(`^[\x{D000}-\x{E0FF}]{50}$`)
	for i := range 100 {
		s := RecordStream(1, 3, uint64(i))
		v := r.Append(&s, nil)
		for _, c := range string(v) {
			if c == utf8.RuneError || isSurrogate(c) {
				t.Fatalf("%q holds %U", v, c)
			}
		}
	}
}

func TestRegexAppendDoesNotAllocate(t *testing.T) {
	for _, p := range []string{`^[A-CEGHJ-PR-TW-Z]{2}[0-9]{6}[A-D]$`, `\p{L}+`, `(foo|bar)+baz`, `\b\w+\b \b\w+\b`, `^[\u4e00-\u9fff]{2,4}$`} {
		r := MustCompileRegex(p)
		buf := make([]byte, 0, 256)
		s := RecordStream(1, 0, 0)
		if n := testing.AllocsPerRun(200, func() { buf = r.Append(&s, buf[:0]) }); n != 0 {
			t.Errorf("%s: %v allocations per value, want 0", p, n)
		}
	}
}

func BenchmarkRegexNINO(b *testing.B) {
	r := MustCompileRegex(`^[A-CEGHJ-PR-TW-Z]{2}[0-9]{6}[A-D]$`)
	benchmarkRegex(b, r)
}

func BenchmarkRegexPhone(b *testing.B) {
	benchmarkRegex(b, MustCompileRegex(`^(\([0-9]{3}\))?[0-9]{3}-[0-9]{4}$`))
}

func BenchmarkRegexUnicodeLetters(b *testing.B) {
	benchmarkRegex(b, MustCompileRegex(`^\p{L}+$`))
}

func BenchmarkRegexWordBoundaries(b *testing.B) {
	benchmarkRegex(b, MustCompileRegex(`\b\w+\b \b\w+\b`))
}

func benchmarkRegex(b *testing.B, r *Regex) {
	b.ReportAllocs()
	buf := make([]byte, 0, 64)
	s := RecordStream(1, 0, 0)
	for b.Loop() {
		buf = r.Append(&s, buf[:0])
	}
}

func BenchmarkCompileRegex(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		MustCompileRegex(`^[A-CEGHJ-PR-TW-Z]{2}[0-9]{6}[A-D]$`)
	}
}
