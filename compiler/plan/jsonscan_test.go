package plan

import (
	"math/rand/v2"
	"testing"

	"github.com/synthgen/synthgen/runtime"
)

// skipStringByBytes is skipString one byte at a time, the reference.
func skipStringByBytes(b []byte, i int) int {
	for i++; i < len(b); i++ {
		switch b[i] {
		case '\\':
			i++
		case '"':
			return i + 1
		}
	}
	return i
}

// TestSkipStringFindsTheClosingQuote: strings with quotes, backslashes and
// control characters (escaped) at every offset from the eight-byte words,
// followed by more JSON.
func TestSkipStringFindsTheClosingQuote(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []rune{'a', 'b', '"', '\\', '\n', 'é', '\u2028', ' ', '/', 0}
	for range 20000 {
		rs := make([]rune, r.IntN(30))
		for i := range rs {
			rs[i] = alphabet[r.IntN(len(alphabet))]
		}
		prefix := make([]byte, r.IntN(9))
		for i := range prefix {
			prefix[i] = 'x'
		}
		b := runtime.AppendJSONString(prefix, string(rs))
		end := len(b)
		b = append(b, `,"k":"v\"w"}`[:r.IntN(12)]...)
		if got, want := skipString(b, len(prefix)), skipStringByBytes(b, len(prefix)); got != want || got != end {
			t.Fatalf("%q from %d: skipString %d, by bytes %d, string ends at %d", b, len(prefix), got, want, end)
		}
	}
}

func TestFixedBytesAppendTheirBytes(t *testing.T) {
	for _, v := range []string{"", `"a":`, `,"marketing_opt_in":`, `,"a key of exactly thirty-two b":`, `,"a key longer than thirty-two bytes, by far":`} {
		f := newFixedBytes([]byte(v))
		for _, spare := range []int{0, 31, 32, 100} {
			buf := append(make([]byte, 0, 1+spare), '{')
			if got := string(f.append(buf)); got != "{"+v {
				t.Errorf("%q with %d spare bytes: %q", v, spare, got)
			}
		}
	}
}
