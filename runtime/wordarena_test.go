package runtime

import (
	"strings"
	"testing"
	"unsafe"
)

// TestAppendWordAppendsItsWord: for every interned word, some strings that
// are not interned, and buffers with and without 16 spare bytes,
// appendWord writes what append does and nothing past it.
func TestAppendWordAppendsItsWord(t *testing.T) {
	words := []string{"", "x", "not in the arena", "a string longer than sixteen bytes", strings.Repeat("é", 9)}
	for _, table := range arenaTables() {
		words = append(words, table...)
	}
	for _, w := range words {
		for _, spare := range []int{0, 1, 15, 16, 40} {
			buf := make([]byte, 3, 3+spare)
			copy(buf, "abc")
			got := appendWord(buf, w)
			if string(got) != "abc"+w {
				t.Fatalf("appendWord(%q) with %d spare bytes = %q", w, spare, got)
			}
			if again := appendWord(got, w); string(again) != "abc"+w+w {
				t.Fatalf("appendWord(%q) twice = %q", w, again)
			}
		}
	}
}

// TestArenaHoldsTheTablesWords: the tables' words are in the arena (or
// appendWord's fast path would never run), spelt as before interning.
func TestArenaHoldsTheTablesWords(t *testing.T) {
	inArena := func(w string) bool {
		return uintptr(unsafe.Pointer(unsafe.StringData(w)))-arenaBase < arenaWords
	}
	n := 0
	for _, table := range arenaTables() {
		for _, w := range table {
			if w != "" && !inArena(w) {
				t.Fatalf("%q is not in the arena", w)
			}
			n++
		}
	}
	for _, l := range locales {
		for _, p := range l.places {
			if !inArena(p.city) || !inArena(p.code) {
				t.Fatalf("place %q (%q) is not in the arena", p.city, p.code)
			}
		}
	}
	if n < 1000 {
		t.Fatalf("only %d words interned", n)
	}
	if enGB.firstMale[0] != "Oliver" || enGB.lowerLast[0] != "smith" || enUS.places[0].city == "" || ninoPrefixes[0] != "BG" {
		t.Fatal("interning changed the tables' words")
	}
	if inArena("Oliver") {
		t.Fatal("a literal counts as interned")
	}
}

func TestWordsAppendTheirValues(t *testing.T) {
	values := []string{`"a"`, `""`, `"exactly fourteen"`, `"a value longer than sixteen bytes"`, `"é"`, `1`}
	w := NewWords(values...)
	if w.Len() != len(values) {
		t.Fatalf("Len = %d", w.Len())
	}
	for i, v := range values {
		if w.At(i) != v {
			t.Errorf("At(%d) = %q, want %q", i, w.At(i), v)
		}
		for _, spare := range []int{0, 15, 16, 40} {
			buf := append(make([]byte, 0, 2+spare), "[,"...)
			if got := w.Append(buf, i); string(got) != "[,"+v {
				t.Errorf("Append(%d) with %d spare bytes = %q", i, spare, got)
			}
		}
	}
}
