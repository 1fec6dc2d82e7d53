package runtime

import (
	"testing"
)

// linearPatterns are anchored sequences the greedy scan takes, and some it
// must refuse (overlapping neighbours, alternation, unanchored).
var linearPatterns = []struct {
	pattern string
	linear  bool
}{
	{`^\+[1-9][0-9]{9,13}$`, true},
	{`^[A-Z]{2}$`, true},
	{`^[A-CEGHJ-PR-TW-Z]{2}[0-9]{6}[A-D]$`, true},
	{`^CUST-[0-9]{4,8}$`, true},
	{`^[a-z]+_[0-9]*$`, true},
	{`^x?y?z$`, true},
	{`^é{1,3}[^é]?.$`, false},
	{`^é{1,3}[^é]$`, true},
	{`^$`, true},
	{`^[a-z]*[a-c]$`, false},
	{`^(ab|cd)$`, false},
	{`[0-9]{3}`, false},
	{`^[0-9]{2,4}[0-9]$`, false},
	{`^(?i)abc$`, false},
}

func TestLinearMatchDecidesAsRegexpDoes(t *testing.T) {
	alphabet := []string{"a", "b", "c", "x", "y", "z", "_", "-", "+", "0", "1", "5", "9", "A", "D", "E", "Z", "C", "U", "S", "T", "é", "\n", "\xff"}
	for _, tc := range linearPatterns {
		r := MustCompileRegex(tc.pattern)
		if r.isLinear != tc.linear {
			t.Errorf("%s: linear %v, want %v", tc.pattern, r.isLinear, tc.linear)
		}
		s := RecordStream(1, 2, 3)
		for i := 0; i < 20000; i++ {
			var b []byte
			if i%2 == 0 {
				b = r.generate(&s, nil)
				if len(b) > 0 && i%4 == 0 { // mutate one byte
					b[s.Intn(len(b))] = alphabet[s.Intn(len(alphabet))][0]
				}
			} else {
				for n := s.Intn(12); n > 0; n-- {
					b = append(b, alphabet[s.Intn(len(alphabet))]...)
				}
			}
			if got, want := r.Match(b), r.match.Match(b); got != want {
				t.Fatalf("%s on %q: Match %v, regexp %v", tc.pattern, b, got, want)
			}
		}
	}
}

func BenchmarkRegexMatchLinear(b *testing.B) {
	r := MustCompileRegex(`^[A-CEGHJ-PR-TW-Z]{2}[0-9]{6}[A-D]$`)
	v := []byte("AB123456C")
	for i := 0; i < b.N; i++ {
		if !r.Match(v) {
			b.Fatal("no match")
		}
	}
}

func BenchmarkRegexMatchRegexp(b *testing.B) {
	r := MustCompileRegex(`^[A-CEGHJ-PR-TW-Z]{2}[0-9]{6}[A-D]$`)
	v := []byte("AB123456C")
	for i := 0; i < b.N; i++ {
		if !r.match.Match(v) {
			b.Fatal("no match")
		}
	}
}

func TestFitsBytesDecidesAsCountingRunesDoes(t *testing.T) {
	values := []string{"", "a", "abcd", "ééé", "日本語テキスト", "a日b", "\xff\xfe", "abcdefghijklmnop"}
	for _, v := range values {
		for minLen := 0; minLen <= 6; minLen++ {
			for maxLen := -1; maxLen <= 18; maxLen++ {
				g := Str{MinLen: minLen, MaxLen: maxLen}
				if got, want := g.fitsBytes([]byte(v)), g.fitsLen(len([]rune(v))); got != want {
					t.Fatalf("%q in [%d, %d]: fitsBytes %v, counting %v", v, minLen, maxLen, got, want)
				}
			}
		}
	}
}
