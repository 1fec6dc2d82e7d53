package runtime

import (
	"regexp"
	"testing"
)

// The flat program and the tree walk draw the same: a pattern's values do
// not depend on which of them runs.
func TestFlatProgramsWriteTheTreesBytes(t *testing.T) {
	for _, p := range []string{
		`^[A-CEGHJ-PR-TW-Z]{2}[0-9]{6}[A-D]$`, `^EMP[0-9]{6}$`, `^ORD-[0-9]{8}$`, `^[A-Z]{3}$`,
		`^[A-Z0-9]{4,12}$`, `^[a-z][a-z0-9-]{1,23}$`, `[0-9]+`, `^[xy]*[yz]?[a-c]{0,3}$`, `^\+44[1-9][0-9]{8,9}$`,
		`^[0-9a-f]{32}$`, `abc`,
	} {
		r := MustCompileRegex(p)
		if r.flat == nil {
			t.Errorf("%s: not flat", p)
			continue
		}
		tree := *r
		tree.flat = nil
		whole := regexp.MustCompile(`\A(?:` + r.re2 + `)\z`)
		for i := range 2000 {
			s1 := RecordStream(4, 0, uint64(i))
			s2 := s1
			a := r.generate(&s1, nil)
			b := tree.generate(&s2, nil)
			if string(a) != string(b) || s1 != s2 {
				t.Fatalf("%s: flat wrote %q, the tree %q", p, a, b)
			}
			if !whole.Match(a) {
				t.Fatalf("%s: %q does not match", p, a)
			}
		}
	}
	for _, p := range []string{`^(ab|cd)$`, `^\p{L}+$`, `\bx\b`, `^(?:ab){2}$`} {
		if MustCompileRegex(p).flat != nil {
			t.Errorf("%s: flat, but it is not a sequence of literals and small classes", p)
		}
	}
}

// appendClassRun spreads its draws evenly: every member of [0-9] is within
// 3 % of its share over 600,000 digits drawn six at a time.
func TestClassRunsAreUniform(t *testing.T) {
	var counts [10]int
	s := Stream{3}
	var buf []byte
	for range 100000 {
		buf = appendClassRun(&s, buf[:0], "0123456789", 6)
		for _, c := range buf {
			counts[c-'0']++
		}
	}
	for d, n := range counts {
		if n < 58200 || n > 61800 {
			t.Errorf("digit %d drawn %d times of 600,000, want about 60,000", d, n)
		}
	}
}
