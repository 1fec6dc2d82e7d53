package runtime

import (
	"fmt"
	"regexp"
	"testing"
)

// shapeDraws is how many values per kind, locale and format
// TestKindShapesHoldEveryValue draws: rare branches (a non-binary title,
// 2 %; milliseconds in a time, 25 %) are each met hundreds of times.
const shapeDraws = 20000

// formatsFor lists the formats a kind's values are drawn under.
func formatsFor(k Kind) []Format {
	fs := []Format{FormatNone}
	if kindTable[k].dates {
		fs = append(fs, FormatDate, FormatDateTime)
	}
	return fs
}

// The soundness of Proved rests on this: every value a kind writes
// matches the kind's shape.
func TestKindShapesHoldEveryValue(t *testing.T) {
	for _, k := range Kinds() {
		for l := Locale(0); l < localeCount; l++ {
			for _, f := range formatsFor(k) {
				c := semCtx{loc: l.data(), locale: l, now: DefaultNow, f: f, maxLen: -1}
				shape := kindShape(k, &c)
				if shape == "" {
					continue
				}
				re, err := regexp.Compile(`\A(?:` + shape + `)\z`)
				if err != nil {
					t.Fatalf("%s %s: shape %q: %v", k, l, shape, err)
				}
				var buf []byte
				for i := range shapeDraws {
					rec := RecordStream(7, 0, uint64(i))
					o := NewObject(rec)
					c.obj = &o
					s := rec.Child(3)
					buf = appendSemantic(k, &c, &s, buf[:0])
					if !re.Match(buf) {
						t.Fatalf("%s %s %s: value %q does not match the shape %s", k, l, f, buf, shape)
					}
				}
			}
		}
	}
}

// The kinds the built-in schemas use most have a shape: without one, their
// values are always checked.
func TestEverydayKindsHaveShapes(t *testing.T) {
	for _, k := range []Kind{KindFirstName, KindLastName, KindEmail, KindPhoneE164, KindDateOfBirth,
		KindStreetAddress, KindAddressLine2, KindCity, KindPostcode, KindCountryCode2, KindNINO, KindUUID,
		KindCreatedAt, KindTimestamp, KindIPv4, KindSKU, KindEAN, KindProductName} {
		for l := Locale(0); l < localeCount; l++ {
			c := semCtx{loc: l.data(), locale: l, now: DefaultNow, maxLen: -1}
			if kindShape(k, &c) == "" {
				t.Errorf("%s %s: no shape", k, l)
			}
		}
	}
}

func TestProve(t *testing.T) {
	for _, tc := range []struct {
		g    Str
		want bool
	}{
		{Str{MaxLen: -1, Semantic: KindURL}, true}, // no constraint to meet
		{Str{MinLen: 1, MaxLen: 40, Semantic: KindFirstName}, true},
		{Str{MinLen: 1, MaxLen: 5, Semantic: KindFirstName}, false},  // Christopher
		{Str{MinLen: 4, MaxLen: -1, Semantic: KindFirstName}, false}, // Ava
		{Str{MaxLen: -1, Regex: MustCompileRegex(`^[A-Z]{2}$`), Semantic: KindCountryCode2}, true},
		{Str{MaxLen: -1, Regex: MustCompileRegex(`^[A-Z]{3}$`), Semantic: KindCountryCode2}, false},
		{Str{MaxLen: -1, Regex: MustCompileRegex(`^[A-CEGHJ-PR-TW-Z]{2}[0-9]{6}[A-D]$`), Semantic: KindNINO}, true},
		{Str{MaxLen: -1, Regex: MustCompileRegex(`^[A-CEGHJ-PR-TW-Z]{2}[0-9]{6}[A-C]$`), Semantic: KindNINO}, false},
		{Str{MaxLen: -1, Regex: MustCompileRegex(`^\+[1-9][0-9]{9,13}$`), Semantic: KindPhoneE164}, true},
		{Str{MaxLen: -1, Regex: MustCompileRegex(`^\+[1-9][0-9]{9,13}$`), Semantic: KindPhoneE164, Locale: LocaleENUS}, true},
		{Str{MaxLen: -1, Regex: MustCompileRegex(`^\+44[0-9]{11}$`), Semantic: KindPhoneE164}, false}, // all are 10 digits after +44
		{Str{MaxLen: -1, Regex: MustCompileRegex(`^\+44[0-9]{10}$`), Semantic: KindPhoneE164}, true},
		{Str{MaxLen: -1, Regex: MustCompileRegex(`^\+44`), Semantic: KindPhoneE164}, true},
		{Str{MaxLen: -1, Regex: MustCompileRegex(`@`), Semantic: KindEmail, Format: FormatEmail}, true},
		{Str{MaxLen: -1, Regex: MustCompileRegex(`\.com$`), Semantic: KindEmail, Format: FormatEmail}, false},
		{Str{MaxLen: -1, Regex: MustCompileRegex(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`), Semantic: KindDateOfBirth, Format: FormatDate}, true},
		{Str{MaxLen: -1, Regex: MustCompileRegex(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`), Semantic: KindCreatedAt, Format: FormatDateTime}, false},
		{Str{MaxLen: -1, Regex: MustCompileRegex(`\bx`), Semantic: KindWord}, false}, // word boundaries are not judged
		{Str{MinLen: 1, MaxLen: 60, Semantic: KindDescription}, false},               // no shape
		{Str{MaxLen: -1, Semantic: KindFirstName, Also: []*Regex{MustCompileRegex(`a`)}}, false},
	} {
		name := fmt.Sprintf("%s/%d-%d", tc.g.Semantic, tc.g.MinLen, tc.g.MaxLen)
		if tc.g.Regex != nil {
			name += "/" + tc.g.Regex.src
		}
		if got := tc.g.Prove(); got != tc.want {
			t.Errorf("%s %s: Prove() = %v, want %v", name, tc.g.Locale, got, tc.want)
		}
	}
}

// Whatever Prove accepts holds: for every kind, locale and a spread of
// length bounds and patterns, a proved generator's values all fit.
func TestProvedGeneratorsWriteFittingValues(t *testing.T) {
	patterns := []string{"", `^[A-Z]`, `^[A-Za-z]+$`, `^[a-z0-9._]+@`, `[0-9]`, `^\+`, `^[0-9-]+$`,
		`^[A-Z][a-z]+ [A-Z][a-z]+$`, `^.{1,12}$`, `^[^ ]+$`, `-`, `^[0-9]{4}-[0-9]{2}-[0-9]{2}`}
	proved := 0
	for _, k := range Kinds() {
		for l := Locale(0); l < localeCount; l++ {
			for _, f := range formatsFor(k) {
				if !k.Fits(f) {
					continue
				}
				for _, lens := range [][2]int{{0, -1}, {1, 8}, {2, 12}, {3, 40}, {10, 254}} {
					for _, p := range patterns {
						g := Str{MinLen: lens[0], MaxLen: lens[1], Format: f, Semantic: k, Locale: l}
						if p != "" {
							g.Regex = MustCompileRegex(p)
						}
						if !g.Prove() {
							continue
						}
						proved++
						if v, bad := unfitValue(g, 11, 500); bad {
							t.Fatalf("%s %s %s lengths %v pattern %q: proved, but %q does not fit", k, l, f, lens, p, v)
						}
					}
				}
			}
		}
	}
	if proved < 200 {
		t.Errorf("only %d generators proved: the prover has stopped proving", proved)
	}
}

// Proving is exact for the values it skips checking: a proved generator
// writes the same bytes as the checked one.
func TestProvedWritesTheCheckedBytes(t *testing.T) {
	g := Str{MinLen: 1, MaxLen: -1, Regex: MustCompileRegex(`^\+[1-9][0-9]{9,13}$`), Semantic: KindPhoneE164}
	if !g.Prove() {
		t.Fatal("not proved")
	}
	p := g
	p.Proved = true
	for i := range 2000 {
		rec := RecordStream(3, 0, uint64(i))
		o1, o2 := NewObject(rec), NewObject(rec)
		s1, s2 := rec.Child(9), rec.Child(9)
		a := g.AppendFieldJSON(&s1, &o1, nil)
		b := p.AppendFieldJSON(&s2, &o2, nil)
		if string(a) != string(b) || s1 != s2 {
			t.Fatalf("record %d: checked %s, proved %s", i, a, b)
		}
	}
}

// AppendJSON gives a proved kind no Object when UsesObject says it reads
// none: every such kind must then draw without one.
func TestKindsThatUseNoObjectDrawWithoutOne(t *testing.T) {
	for _, k := range Kinds() {
		if k.UsesObject() {
			continue
		}
		for l := Locale(0); l < localeCount; l++ {
			for _, f := range formatsFor(k) {
				c := semCtx{loc: l.data(), locale: l, now: DefaultNow, f: f, maxLen: -1}
				for i := range 100 {
					s := RecordStream(5, 0, uint64(i))
					func() {
						defer func() {
							if r := recover(); r != nil {
								t.Fatalf("%s %s %s: drawing without an object: %v", k, l, f, r)
							}
						}()
						appendSemantic(k, &c, &s, nil)
					}()
				}
			}
		}
	}
}

// Prove against patterns drawn at random from pieces that kinds' values
// often meet or just miss: whatever it accepts, every value must fit. A
// wrong "proved" would write values the schema rejects.
func TestProveOnRandomPatterns(t *testing.T) {
	pieces := []string{`[A-Z]`, `[a-z]`, `[a-z]{1,5}`, `[0-9]`, `[0-9]+`, `[0-9]{2,4}`, `.`, `.*`, `@`, `\.`,
		`(com|org|net)`, `[^_]`, `[^ ]*`, `-`, `\+`, ` `, `[A-Za-z ]+`, `(Mr|Mrs|Dr)`, `[a-z0-9._]+`, `[2-9]`, `[A-D]`}
	s := Stream{77}
	kinds := Kinds()
	proved, tried := 0, 3000
	if testing.Short() {
		tried = 300
	}
	for range tried {
		var p string
		if s.Uint64n(2) == 0 {
			p = "^"
		}
		for n := 1 + s.Uint64n(4); n > 0; n-- {
			p += pieces[s.Uint64n(uint64(len(pieces)))]
		}
		if s.Uint64n(2) == 0 {
			p += "$"
		}
		k := kinds[s.Uint64n(uint64(len(kinds)))]
		l := Locale(s.Uint64n(uint64(localeCount)))
		fs := formatsFor(k)
		g := Str{MaxLen: -1, Regex: MustCompileRegex(p), Semantic: k, Locale: l, Format: fs[s.Uint64n(uint64(len(fs)))]}
		if s.Uint64n(3) == 0 {
			g.MinLen, g.MaxLen = int(s.Uint64n(6)), 6+int(s.Uint64n(30))
		}
		if !g.Prove() {
			continue
		}
		proved++
		if v, bad := unfitValue(g, 13, 300); bad {
			t.Fatalf("%s %s %s, lengths %d..%d, pattern %s: proved, but %q does not fit", k, l, g.Format, g.MinLen, g.MaxLen, p, v)
		}
	}
	t.Logf("%d of %d random (kind, pattern) pairs proved", proved, tried)
	if proved < tried/50 {
		t.Errorf("only %d of %d proved: the test no longer exercises the prover", proved, tried)
	}
}

// unfitValue writes n values of g, proved, as properties of records
// 0..n-1 under seed, and returns the first that misses g's constraints.
func unfitValue(g Str, seed uint64, n int) (string, bool) {
	g.Proved = true
	var buf []byte
	for i := range n {
		rec := RecordStream(seed, 0, uint64(i))
		o := NewObject(rec)
		s := rec.Child(5)
		buf = g.AppendField(&s, &o, buf[:0])
		if !g.fitsValue(buf) {
			return string(buf), true
		}
	}
	return "", false
}
