package runtime

import (
	"encoding/json"
	"fmt"
	"testing"
)

func TestAppendAnyWritesJSONOfEveryKind(t *testing.T) {
	kinds := map[string]int{}
	for i := range 2000 {
		s := RecordStream(8, 0, uint64(i))
		out := AppendAny(&s, nil)
		var v any
		if err := json.Unmarshal(out, &v); err != nil {
			t.Fatalf("%s is not JSON: %v", out, err)
		}
		kind := fmt.Sprintf("%T", v)
		if f, ok := v.(float64); ok && f == float64(int64(f)) && !containsDot(out) {
			kind = "integer"
		}
		kinds[kind]++
	}
	for _, k := range []string{"<nil>", "bool", "integer", "float64", "string"} {
		if kinds[k] == 0 {
			t.Errorf("no %s among 2000 values: %v", k, kinds)
		}
	}
}

func containsDot(b []byte) bool {
	for _, c := range b {
		if c == '.' {
			return true
		}
	}
	return false
}

func TestAppendKeyIsDistinctWithinAnObject(t *testing.T) {
	for _, tc := range []struct {
		name   string
		stream func(obj Stream, i int) Stream
	}{
		{"when each key has its own child stream", func(obj Stream, i int) Stream { return obj.Child(uint64(i)) }},
		{"when every key gets the same stream", func(obj Stream, _ int) Stream { return obj }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for obj := range 50 {
				o := RecordStream(4, 0, uint64(obj))
				seen := map[string]int{}
				for i := range 300 {
					s := tc.stream(o, i)
					k := string(AppendKey(&s, i, nil))
					if j, dup := seen[k]; dup {
						t.Fatalf("object %d: keys %d and %d are both %q", obj, j, i, k)
					}
					seen[k] = i
				}
			}
		})
	}
}

func TestAppendKeyVariesBetweenObjects(t *testing.T) {
	firsts := map[string]bool{}
	for obj := range 100 {
		s := RecordStream(4, 0, uint64(obj)).Child(0)
		firsts[string(AppendKey(&s, 0, nil))] = true
	}
	if len(firsts) < 3 {
		t.Errorf("the first key of 100 objects took only %d values", len(firsts))
	}
}

func TestAnyAndKeyDoNotAllocate(t *testing.T) {
	buf := make([]byte, 0, 64)
	s := RecordStream(1, 0, 0)
	if n := testing.AllocsPerRun(200, func() { buf = AppendAny(&s, buf[:0]) }); n != 0 {
		t.Errorf("AppendAny: %v allocations, want 0", n)
	}
	if n := testing.AllocsPerRun(200, func() { buf = AppendKey(&s, 70, buf[:0]) }); n != 0 {
		t.Errorf("AppendKey: %v allocations, want 0", n)
	}
}

func BenchmarkAppendAny(b *testing.B) {
	b.ReportAllocs()
	buf := make([]byte, 0, 64)
	s := RecordStream(1, 0, 0)
	for b.Loop() {
		buf = AppendAny(&s, buf[:0])
	}
}

func BenchmarkAppendKey(b *testing.B) {
	b.ReportAllocs()
	buf := make([]byte, 0, 64)
	s := RecordStream(1, 0, 0)
	i := 0
	for b.Loop() {
		buf = AppendKey(&s, i&127, buf[:0])
		i++
	}
}
