package runtime

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestQuoteTailWritesWhatAppendJSONStringWrites(t *testing.T) {
	cases := []string{
		"", "plain", "café", "😀 emoji", "quote \" and \\ backslash", "tab\tnew\nline\rret",
		"\x00\x01\x1f control", "\u2028 and \u2029", "bad \xff utf-8 \xe2\x82", "\xc3",
		strings.Repeat("é\"", 300), strings.Repeat("\x01", 100) + "tail",
	}
	// And pseudo-random byte strings mixing every kind of unit.
	units := []string{"a", "é", "\"", "\\", "\n", "\x02", "\u2028", "\xff", "😀", " "}
	for i := range 500 {
		s := RecordStream(2, 0, uint64(i))
		var b strings.Builder
		for range s.Intn(40) {
			b.WriteString(units[s.Intn(len(units))])
		}
		cases = append(cases, b.String())
	}
	for _, v := range cases {
		want := AppendJSONString([]byte("pre,"), v)
		buf := append([]byte("pre,"), v...)
		got := QuoteTail(buf, len("pre,"))
		if string(got) != string(want) {
			t.Fatalf("QuoteTail(%q) = %q, want %q", v, got, want)
		}
		var back string
		if err := json.Unmarshal(got[len("pre,"):], &back); err != nil {
			t.Fatalf("%q: %v", got, err)
		}
	}
}

func TestQuoteTailDoesNotAllocateOnceTheBufferHasRoom(t *testing.T) {
	raw := strings.Repeat("naïve \"quote\"\n", 40) // long, non-ASCII, with escapes
	buf := make([]byte, 0, 4096)
	if n := testing.AllocsPerRun(100, func() {
		buf = append(buf[:0], raw...)
		buf = QuoteTail(buf, 0)
	}); n != 0 {
		t.Errorf("%v allocations, want 0", n)
	}
}

func BenchmarkQuoteTailASCII(b *testing.B) {
	benchmarkQuoteTail(b, "jack.nguyen@example.com")
}

func BenchmarkQuoteTailEscapes(b *testing.B) {
	benchmarkQuoteTail(b, "José \"Pepe\" Núñez\n")
}

func benchmarkQuoteTail(b *testing.B, raw string) {
	b.ReportAllocs()
	buf := make([]byte, 0, 256)
	for b.Loop() {
		buf = append(buf[:0], raw...)
		buf = QuoteTail(buf, 0)
	}
}
