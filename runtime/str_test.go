package runtime

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestStrValuesStayWithinTheirLengths(t *testing.T) {
	re := MustCompileRegex
	for _, tc := range []struct {
		name string
		g    Str
	}{
		{"plain text without bounds", Str{MaxLen: -1}},
		{"plain text of exactly five", Str{MinLen: 5, MaxLen: 5}},
		{"plain text that must be empty", Str{MinLen: 0, MaxLen: 0}},
		{"plain text of one code point", Str{MinLen: 0, MaxLen: 1}},
		{"plain text of at least 100", Str{MinLen: 100, MaxLen: -1}},
		{"plain text under a huge maxLength", Str{MaxLen: 10000}},
		{"plain text between 10 and 11", Str{MinLen: 10, MaxLen: 11}},
		{"a letters pattern stretched to 10..20", Str{MinLen: 10, MaxLen: 20, Regex: re(`^[a-z]+$`)}},
		{"a two-word pattern stretched to 10..20", Str{MinLen: 10, MaxLen: 20, Regex: re(`^[A-Z][a-z]+ [A-Z][a-z]+$`)}},
		{"nested repeats stretched to at least 30", Str{MinLen: 30, MaxLen: -1, Regex: re(`^(\w+ )+\w+$`)}},
		{"a wide bounded repeat squeezed to 10", Str{MaxLen: 10, Regex: re(`^[a-z]{1,100}$`)}},
		{"Unicode letters of exactly five", Str{MinLen: 5, MaxLen: 5, Regex: re(`^\p{L}+$`)}},
		{"two-byte runes counted as code points", Str{MinLen: 4, MaxLen: 6, Regex: re(`^é{3,9}$`)}},
		{"alternation lengths summed to exactly 7", Str{MinLen: 7, MaxLen: 7, Regex: re(`^(ab|cde)+$`)}},
		{"a fixed-length pattern within loose bounds", Str{MinLen: 0, MaxLen: 8, Regex: re(`^\d{3}-\d{4}$`)}},
		{"word boundaries under bounds", Str{MinLen: 6, MaxLen: 8, Regex: re(`\bword\w*\b`)}},
		{"an unanchored pattern given a minimum", Str{MinLen: 12, MaxLen: -1, Regex: re(`\w+@\w+\.com`)}},
		{"CJK stretched to at least 3", Str{MinLen: 3, MaxLen: 4, Regex: re(`^[\u4e00-\u9fff]+$`)}},
		{"alternatives of different lengths filling exactly 100", Str{MinLen: 100, MaxLen: 100, Regex: re(`^(a|bc)*$`)}},
		{"nested bounded repeats filling 50..51", Str{MinLen: 50, MaxLen: 51, Regex: re(`^(x{2,3}y?)+$`)}},
		{"optional parts filling exactly 40", Str{MinLen: 40, MaxLen: 40, Regex: re(`^((a|b)(c|dd)?)+$`)}},
		{"two bounded dots around a literal", Str{MinLen: 7, MaxLen: 7, Regex: re(`^.{0,3}x.{0,3}$`)}},
		{"capitalised words filling 30..40", Str{MinLen: 30, MaxLen: 40, Regex: re(`^[A-Z][a-z]+( [A-Z][a-z]+)*$`)}},
		{"a dotted name filling 20..25", Str{MinLen: 20, MaxLen: 25, Regex: re(`^([a-z]+\.)+[a-z]{2,}$`)}},
		{"e-mail addresses of at most 40", Str{MaxLen: 40, Format: FormatEmail}},
		{"UUIDs of exactly 36", Str{MinLen: 36, MaxLen: 36, Format: FormatUUID}},
		{"date-times of at least 20", Str{MinLen: 20, MaxLen: -1, Format: FormatDateTime}},
		{"e-mail addresses that must match a pattern", Str{MaxLen: -1, Format: FormatEmail, Regex: re(`@example\.com$`)}},
		{"UUIDs that must match a pattern", Str{MaxLen: -1, Format: FormatUUID, Regex: re(`^[0-9a-f-]+$`)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := tc.g
			if err := g.Check(); err != nil {
				t.Fatalf("Check: %v", err)
			}
			seen := map[string]bool{}
			var buf []byte
			for i := range 1000 {
				s := RecordStream(11, 0, uint64(i))
				buf = g.Append(&s, buf[:0])
				n := utf8.RuneCount(buf)
				if n < g.MinLen || g.MaxLen >= 0 && n > g.MaxLen {
					t.Fatalf("%q has %d code points, want %d..%d", buf, n, g.MinLen, g.MaxLen)
				}
				if g.Regex != nil && !g.Regex.match.Match(buf) {
					t.Fatalf("%q does not match %s", buf, g.Regex)
				}
				seen[string(buf)] = true
			}
			if len(seen) < 2 && !(g.MaxLen == 0) {
				t.Errorf("only %d distinct values", len(seen))
			}
		})
	}
}

func TestStrCheckExplainsWhatCannotBeMet(t *testing.T) {
	re := MustCompileRegex
	for _, tc := range []struct {
		name string
		g    Str
		want string
	}{
		{"bounds the wrong way round", Str{MinLen: 5, MaxLen: 3}, "minLength 5 > maxLength 3 (unsatisfiable)"},
		{"a negative minimum", Str{MinLen: -1, MaxLen: -1}, "minLength -1 is negative"},
		{"a pattern too long for maxLength", Str{MaxLen: 5, Regex: re(`^[a-z]{10}$`)},
			"pattern ^[a-z]{10}$ cannot produce strings of at most 5 code points"},
		{"a pattern too short for minLength", Str{MinLen: 5, MaxLen: -1, Regex: re(`^[a-z]{1,3}$`)},
			"pattern ^[a-z]{1,3}$ cannot produce strings of at least 5 code points"},
		{"a pattern of even lengths held to an odd length", Str{MinLen: 3, MaxLen: 3, Regex: re(`^(ab)+$`)},
			"pattern ^(ab)+$ cannot produce strings of exactly 3 code points"},
		{"a format too long for maxLength", Str{MaxLen: 10, Format: FormatUUID},
			"format uuid cannot produce strings of at most 10 code points"},
		{"a format that never matches the pattern", Str{MaxLen: -1, Format: FormatEmail, Regex: re(`^[a-z]+@corp\.io$`)},
			`format email cannot produce strings matching pattern ^[a-z]+@corp\.io$`},
		{"a format that rarely fits", Str{MinLen: 9, MaxLen: 9, Format: FormatIPv4},
			"format ipv4 rarely produces strings of exactly 9 code points"},
		{"an unknown format", Str{MaxLen: -1, Format: Format(200)}, "unknown format"},
	} {
		t.Run("it reports "+tc.name, func(t *testing.T) {
			err := tc.g.Check()
			if err == nil {
				t.Fatal("Check accepted it")
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Check() = %q, want it to say %q", err, tc.want)
			}
		})
	}
}

func TestPlainTextIsWordsWithSingleSpaces(t *testing.T) {
	g := Str{MinLen: 0, MaxLen: 60}
	for i := range 2000 {
		s := RecordStream(5, 0, uint64(i))
		v := string(g.Append(&s, nil))
		if strings.HasPrefix(v, " ") || strings.HasSuffix(v, " ") || strings.Contains(v, "  ") {
			t.Fatalf("%q has stray spaces", v)
		}
		for _, c := range v {
			if c != ' ' && (c < 'a' || c > 'z') {
				t.Fatalf("%q holds %q", v, c)
			}
		}
	}
}

func TestWordTablesKeepTheirPromises(t *testing.T) {
	if len(commonWords) != 4*keyClasses {
		t.Errorf("commonWords has %d words, AppendKey wants %d", len(commonWords), 4*keyClasses)
	}
	for name, ws := range map[string][]string{"common": commonWords, "first": firstNames, "last": lastNames, "host": hostWords, "org": orgWords} {
		seen := map[string]bool{}
		for _, w := range ws {
			if seen[w] {
				t.Errorf("%s words: %q twice", name, w)
			}
			seen[w] = true
			if w == "" || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
				t.Errorf("%s words: %q is not lowercase ASCII letters", name, w)
			}
		}
	}
	for n := 1; n <= maxWordLen; n++ {
		if len(wordsByLen[n]) == 0 {
			t.Errorf("no word of %d letters", n)
		}
	}
}

func TestStrAppendDoesNotAllocate(t *testing.T) {
	for _, tc := range []struct {
		name string
		g    Str
	}{
		{"plain", Str{MinLen: 5, MaxLen: 40}},
		{"regex", Str{MaxLen: -1, Regex: MustCompileRegex(`^\d{3}-\d{4}$`)}},
		{"steered regex", Str{MinLen: 10, MaxLen: 20, Regex: MustCompileRegex(`^[A-Z][a-z]+ [A-Z][a-z]+$`)}},
		{"format with bounds", Str{MaxLen: 30, Format: FormatEmail}},
	} {
		buf := make([]byte, 0, 256)
		s := RecordStream(1, 0, 0)
		if n := testing.AllocsPerRun(200, func() { buf = tc.g.Append(&s, buf[:0]) }); n != 0 {
			t.Errorf("%s: %v allocations per value, want 0", tc.name, n)
		}
	}
}

func BenchmarkStrPlain(b *testing.B) {
	benchmarkStr(b, &Str{MaxLen: -1})
}

func BenchmarkStrPlainLong(b *testing.B) {
	benchmarkStr(b, &Str{MinLen: 40, MaxLen: 80})
}

func BenchmarkStrRegexSteered(b *testing.B) {
	benchmarkStr(b, &Str{MinLen: 10, MaxLen: 20, Regex: MustCompileRegex(`^[A-Z][a-z]+ [A-Z][a-z]+$`)})
}

func benchmarkStr(b *testing.B, g *Str) {
	b.ReportAllocs()
	buf := make([]byte, 0, 256)
	s := RecordStream(1, 0, 0)
	for b.Loop() {
		buf = g.Append(&s, buf[:0])
	}
}

// allOf's further patterns bind semantic values too: a kind whose values
// often miss one is not chosen, and one that sometimes does redraws.
func TestSemanticValuesMeetEveryPattern(t *testing.T) {
	g := Str{MaxLen: -1, Regex: MustCompileRegex(`^[a-z]+[@._a-z0-9]*$`), Also: []*Regex{MustCompileRegex(`^[^_]*$`)},
		Semantic: KindEmail}
	if err := g.CheckSemantic(); err == nil {
		t.Error("CheckSemantic accepts e-mails for a field whose second pattern a quarter of them miss")
	}
	g.Also = []*Regex{MustCompileRegex(`^[^o]`)} // Olivia, Oscar, Owen...: rarely missed, so accepted, and redrawn
	if err := g.CheckSemantic(); err != nil {
		t.Fatalf("CheckSemantic: %v", err)
	}
	var buf []byte
	for i := range 5000 {
		rec := RecordStream(2, 0, uint64(i))
		o := NewObject(rec)
		s := rec.Child(1)
		buf = g.AppendField(&s, &o, buf[:0])
		if !g.Regex.match.Match(buf) || !g.Also[0].match.Match(buf) {
			t.Fatalf("value %q misses a pattern", buf)
		}
		s = rec.Child(1)
		o = NewObject(rec)
		if j := g.AppendFieldJSON(&s, &o, nil); string(j) != `"`+string(buf)+`"` {
			t.Fatalf("AppendFieldJSON %s, AppendField %q", j, buf)
		}
	}
}
