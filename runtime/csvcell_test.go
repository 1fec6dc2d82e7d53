package runtime

import "testing"

func TestAppendCSVCellWritesTheCellOfAJSONValue(t *testing.T) {
	for _, tc := range []struct{ json, want string }{
		{`"plain"`, `plain`},
		{`"a, b"`, `"a, b"`},
		{`"say \"hi\""`, `"say ""hi"""`},
		{`"line\nbreak"`, "\"line\nbreak\""},
		{`"caf\u00e9 \ud83d\ude00"`, "café 😀"},
		{`null`, ``},
		{`12.5`, `12.5`},
		{`["a","b"]`, `"[""a"",""b""]"`},
	} {
		if got := string(AppendCSVCell(nil, []byte(tc.json))); got != tc.want {
			t.Errorf("AppendCSVCell(%s) = %q, want %q", tc.json, got, tc.want)
		}
	}
}

func TestAppendCSVStringQuotesAsAppendCSVField(t *testing.T) {
	for _, s := range []string{"", "plain", " lead", "trail ", "a,b", `q"q`, "cr\r", "nl\n", "café"} {
		if got, want := string(AppendCSVString(nil, s)), string(AppendCSVField(nil, []byte(s))); got != want {
			t.Errorf("AppendCSVString(%q) = %q, AppendCSVField gives %q", s, got, want)
		}
	}
}

type named string

func (n named) Name() string { return string(n) }

func TestSeedForIsStablePerNameAndDiffersAcrossNames(t *testing.T) {
	if SeedFor(named("TestA")) != SeedFor(named("TestA")) {
		t.Error("the same name gave two seeds")
	}
	if SeedFor(named("TestA")) == SeedFor(named("TestA/sub")) {
		t.Error("a test and its subtest got the same seed")
	}
	if got := SeedFor(t); got != SeedFor(named(t.Name())) {
		t.Errorf("SeedFor(t) = %d, not the hash of t.Name()", got)
	}
}

func BenchmarkAppendCSVCell(b *testing.B) {
	v := []byte(`"12 High Street, Flat \"B\""`)
	buf := make([]byte, 0, 64)
	for b.Loop() {
		buf = AppendCSVCell(buf[:0], v)
	}
}

func BenchmarkAppendCSVString(b *testing.B) {
	buf := make([]byte, 0, 64)
	for b.Loop() {
		buf = AppendCSVString(buf[:0], "12 High Street, Flat B")
	}
}

// csvPlain must agree with a byte-by-byte scan on every string, whatever
// the position of the character that needs quoting.
func TestCSVPlainAgreesWithAByteScan(t *testing.T) {
	s := RecordStream(4, 0, 0)
	alphabet := []byte("ab ,\"\n\rz\x00\xff")
	for range 200000 {
		b := make([]byte, s.Intn(20))
		for i := range b {
			b[i] = alphabet[s.Intn(len(alphabet))]
		}
		want := true
		for _, c := range b {
			if c == ',' || c == '"' || c == '\n' || c == '\r' {
				want = false
			}
		}
		if got := csvPlain(b); got != want {
			t.Fatalf("csvPlain(%q) = %v, want %v", b, got, want)
		}
	}
}
