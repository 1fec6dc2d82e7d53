package runtime

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestPermuteIsABijectionOfEverySmallRange(t *testing.T) {
	for _, n := range []uint64{2, 3, 5, 64, 100, 101, 1000, 4097} {
		seen := make([]bool, n)
		for i := uint64(0); i < n; i++ {
			k := Permute(7, 42, i, n)
			if k >= n || seen[k] {
				t.Fatalf("n=%d: index %d maps to %d, out of range or repeated", n, i, k)
			}
			seen[k] = true
		}
	}
}

func TestPermuteDependsOnSeedAndField(t *testing.T) {
	same := 0
	for i := uint64(0); i < 1000; i++ {
		a, b, c := Permute(1, 1, i, 1<<40), Permute(2, 1, i, 1<<40), Permute(1, 2, i, 1<<40)
		if a == b || a == c {
			same++
		}
	}
	if same > 2 {
		t.Fatalf("%d of 1000 values agree across seeds or fields", same)
	}
}

func TestPermuteOverTheWholeRangeIsInjective(t *testing.T) {
	seen := map[uint64]bool{}
	for i := uint64(0); i < 100000; i++ {
		k := Permute(3, 9, i, 0)
		if seen[k] {
			t.Fatalf("index %d repeats %d", i, k)
		}
		seen[k] = true
	}
}

func TestIntUniqueStaysOnTheGrid(t *testing.T) {
	g := Int{KLo: -50, KHi: 149, Step: 5}
	seen := map[int64]bool{}
	for i := uint64(0); i < 200; i++ {
		v := g.Unique(1, i, 99)
		if v%5 != 0 || v < -250 || v > 745 || seen[v] {
			t.Fatalf("index %d: %d off the grid or repeated", i, v)
		}
		seen[v] = true
	}
}

func BenchmarkIntUnique(b *testing.B) {
	g := Int{KLo: 1, KHi: 1_000_000_000}
	var sink int64
	for i := 0; i < b.N; i++ {
		sink += g.Unique(1, uint64(i), 7)
	}
	_ = sink
}

func TestUniqueStringsAreDistinctMatches(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		size    uint64
	}{
		{`^CUST-[0-9]{3}$`, 1000},
		{`^[A-C]{2}x[0-1]é$`, 18},
		{`^[a-z]{14}$`, 0},
	} {
		g := Str{MaxLen: -1, Regex: MustCompileRegex(tc.pattern)}
		size, ok := g.Regex.UniqueSize()
		if !ok || size != tc.size {
			t.Fatalf("%s: size %d, %v; want %d", tc.pattern, size, ok, tc.size)
		}
		seen := map[string]bool{}
		for i := uint64(0); i < min(size-1, 5000)+1; i++ {
			v := string(g.AppendUnique(5, i, 7, nil))
			if seen[v] || !g.Regex.match.MatchString(v) {
				t.Fatalf("%s: index %d gives %q, repeated or not a match", tc.pattern, i, v)
			}
			seen[v] = true
		}
	}
	for _, p := range []string{`^[0-9]{2,4}$`, `^a|b$`, `^[^a]$`, `[0-9]{4}`} {
		if _, ok := MustCompileRegex(p).UniqueSize(); ok {
			t.Errorf("%s: enumerable, want not", p)
		}
	}
}

func TestUniqueUUIDsAreDistinctV4(t *testing.T) {
	seen := map[string]bool{}
	for i := uint64(0); i < 50000; i++ {
		s := RecordStream(1, 0, i%7) // few streams: the random bits repeat
		v := string(AppendUniqueUUID(&s, 4, i, 11, nil))
		if len(v) != 36 || v[14] != '4' || !strings.ContainsRune("89ab", rune(v[19])) ||
			v[8] != '-' || v[13] != '-' || v[18] != '-' || v[23] != '-' {
			t.Fatalf("index %d: %q is not a v4 UUID", i, v)
		}
		if seen[v] {
			t.Fatalf("index %d repeats %q", i, v)
		}
		seen[v] = true
	}
	// The permuted bits are all recovered from the UUID: distinct p,
	// distinct UUIDs whatever the stream draws.
	s := RecordStream(1, 0, 0)
	v := AppendUniqueUUID(&s, 4, 12345, 11, nil)
	hex := strings.ReplaceAll(string(v), "-", "")
	var hi, lo uint64
	fmt.Sscanf(hex[:16], "%x", &hi)
	fmt.Sscanf(hex[16:], "%x", &lo)
	p := hi>>16<<16 | (hi&0xfff)<<4 | lo>>58&0xf
	if want := Permute(4, 11, 12345, 0); p != want {
		t.Fatalf("bits %x, want %x", p, want)
	}
}

// TestFixedShapeEnumeratesMatchesOfTheWholePattern: a variable-width linear
// pattern yields a fixed-width sub-shape within the lengths, every string
// of which matches the original pattern, all distinct.
func TestFixedShapeEnumeratesMatchesOfTheWholePattern(t *testing.T) {
	for _, tc := range []struct {
		pattern        string
		minLen, maxLen int
		shape          string
	}{
		{`^[0-9]{4,8}$`, 0, -1, `^[0-9]{8}$`},
		{`^ID-[a-z]+_[0-9]?$`, 0, 9, `^ID-[a-z]{5}_$`},
		{`^[A-Z]{2,3}-[0-9]{3,}$`, 0, -1, `^[A-Z]{3}-[0-9]{16}$`},
		{`^a.b?[x-z]*$`, 0, 6, ``}, // . holds surrogates: UniqueSize refuses the shape
		{`^[0-9]{2,4}x*$`, 7, 7, `^[0-9]{4}x{3}$`},
		{`^(?:[+]|[(])?[0-9]{3,5}$`, 0, -1, `^[(+][0-9]{5}$`},
		{`^[0-9]{2,3}$`, 5, -1, ``}, // no shape reaches minLength
		{`^(ab|cd)[0-9]{6}$`, 0, -1, ``},
	} {
		re := MustCompileRegex(tc.pattern)
		shape, ok := re.FixedShape(tc.minLen, tc.maxLen)
		if tc.shape == "" {
			if ok {
				if sre, err := CompileRegex(shape); err == nil {
					if _, countable := sre.UniqueSize(); countable {
						t.Errorf("%s: shape %s, want none", tc.pattern, shape)
					}
				}
			}
			continue
		}
		if !ok || shape != tc.shape {
			t.Errorf("%s: shape %q, %v; want %q", tc.pattern, shape, ok, tc.shape)
			continue
		}
		g := Str{MinLen: tc.minLen, MaxLen: tc.maxLen, Regex: MustCompileRegex(shape)}
		size, ok := g.Regex.UniqueSize()
		if !ok {
			t.Fatalf("%s: shape %s is not countable", tc.pattern, shape)
		}
		seen := map[string]bool{}
		for i := uint64(0); i < 3000 && (size == 0 || i < size); i++ {
			v := string(g.AppendUnique(2, i, 5, nil))
			if seen[v] || !re.match.MatchString(v) || utf8.RuneCountInString(v) < tc.minLen || tc.maxLen >= 0 && utf8.RuneCountInString(v) > tc.maxLen {
				t.Fatalf("%s: index %d gives %q: repeated, off the pattern or the lengths", tc.pattern, i, v)
			}
			seen[v] = true
		}
	}
}
