package emit_test

import (
	"testing"

	"github.com/synthgen/synthgen/runtime"
)

// The helpers of runtime/emitted.go are tested here, beside their only
// user, so that runtime keeps one owner.

func TestUniqueRejectsAnItemWhoseJSONRepeats(t *testing.T) {
	var u runtime.Unique
	add := func(s string) bool { return u.Add(runtime.AppendJSONString(u.Next(), s)) }
	for _, step := range []struct {
		item string
		new  bool
	}{{"a", true}, {"b", true}, {"a", false}, {"ab", true}, {"b", false}, {"", true}, {"", false}} {
		if got := add(step.item); got != step.new {
			t.Fatalf("Add(%q) = %v, want %v", step.item, got, step.new)
		}
		if step.new && string(u.Last()) != `"`+step.item+`"` {
			t.Fatalf("Last() = %s after adding %q", u.Last(), step.item)
		}
	}
}

func TestUniqueDoesNotAllocateOnceGrown(t *testing.T) {
	var u runtime.Unique
	for i := 0; i < 8; i++ {
		u.Add(runtime.AppendInt(u.Next(), int64(i)))
	}
	allocs := testing.AllocsPerRun(100, func() {
		u.Add(runtime.AppendInt(u.Next(), 3)) // a repeat: checked, not kept
	})
	if allocs != 0 {
		t.Errorf("Add of a repeat allocates %v times", allocs)
	}
}

func TestRawJSONMarshalsVerbatimAndEmptyAsNull(t *testing.T) {
	for _, tc := range []struct{ raw, want string }{{`{"a":1}`, `{"a":1}`}, {"", "null"}} {
		got, err := runtime.RawJSON(tc.raw).MarshalJSON()
		if err != nil || string(got) != tc.want {
			t.Errorf("RawJSON(%q).MarshalJSON() = %s, %v; want %s", tc.raw, got, err, tc.want)
		}
		if got := runtime.RawJSON(tc.raw).AppendJSON([]byte("x")); string(got) != "x"+tc.raw {
			t.Errorf("AppendJSON = %s", got)
		}
	}
}

func BenchmarkUniqueAdd(b *testing.B) {
	var u runtime.Unique
	for i := 0; i < b.N; i++ {
		if i%8 == 0 {
			u = runtime.Unique{}
		}
		u.Add(runtime.AppendInt(u.Next(), int64(i%8)))
	}
}
