package plan

import (
	"bytes"
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

// TestScanCSVStringKnowsPlainCells: the end is skipString's, and a cell is
// called plain exactly when its unquoted text is what AppendCSVField would
// write unquoted.
func TestScanCSVStringKnowsPlainCells(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	alphabet := []rune{'a', 'b', 'c', 'd', '"', '\\', '\n', '\r', ',', ' ', 'é', 0}
	for range 30000 {
		rs := make([]rune, r.IntN(24))
		for i := range rs {
			rs[i] = alphabet[r.IntN(len(alphabet))]
			if r.IntN(3) > 0 {
				rs[i] = alphabet[r.IntN(4)] // mostly letters, as real cells
			}
		}
		prefix := []byte(`{"k":`)[:r.IntN(6)]
		b := runtime.AppendJSONString(append([]byte(nil), prefix...), string(rs))
		b = append(b, `,"x":1}`[:r.IntN(8)]...)
		end, plain := scanCSVString(b, len(prefix))
		if want := skipString(b, len(prefix)); end != want {
			t.Fatalf("%q: end %d, want %d", b, end, want)
		}
		text := runtime.AppendUnquotedJSON(nil, b[len(prefix):end])
		wantPlain := string(runtime.AppendCSVField(nil, text)) == string(text) && !bytes.Contains(b[len(prefix):end], []byte{'\\'})
		if plain != wantPlain {
			t.Fatalf("%q (text %q): plain %v, want %v", b, text, plain, wantPlain)
		}
	}
}
