package runtime

import "testing"

func TestAppendKeyFromDistinct(t *testing.T) {
	for _, words := range [][]string{{"a"}, {"a", "b", "c"}, KeyWords()[:100]} {
		n := min(len(words), keyClasses)
		for rec := uint64(0); rec < 50; rec++ {
			es := RecordStream(1, 2, rec)
			seen := map[string]bool{}
			for i := 0; i < n; i++ {
				ks := es.Child(uint64(i))
				k := string(AppendKeyFrom(&ks, i, words, nil))
				if seen[k] {
					t.Fatalf("%d words, record %d: key %q twice", len(words), rec, k)
				}
				seen[k] = true
			}
		}
	}
}
