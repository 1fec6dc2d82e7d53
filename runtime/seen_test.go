package runtime

import (
	"fmt"
	"testing"
)

func TestSeenRejectsRepeatsBeyondItsInlineSlots(t *testing.T) {
	var seen Seen
	var buf []byte
	for i := 0; i < 20; i++ {
		start := len(buf)
		buf = fmt.Appendf(buf, "%d", i)
		if !seen.Add(buf, start) {
			t.Fatalf("item %d rejected as a repeat", i)
		}
		buf = append(buf, ',')
	}
	for i := 0; i < 20; i++ {
		start := len(buf)
		buf = fmt.Appendf(buf, "%d", i)
		if seen.Add(buf, start) {
			t.Errorf("repeat of item %d accepted", i)
		}
		buf = buf[:start]
	}
}

func TestSeenDoesNotAllocateForShortArrays(t *testing.T) {
	buf := make([]byte, 0, 256)
	allocs := testing.AllocsPerRun(100, func() {
		var seen Seen
		buf = buf[:0]
		for i := 0; i < seenInline; i++ {
			start := len(buf)
			buf = append(buf, byte('a'+i))
			seen.Add(buf, start)
		}
	})
	if allocs != 0 {
		t.Errorf("%v allocations", allocs)
	}
}
