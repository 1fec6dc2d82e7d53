package runtime

import "testing"

// The cache in Object must change no value: a property drawn through an
// Object its siblings have used is the value a fresh Object gives, in any
// order of properties and whatever locale each property asks for.
func TestObjectCacheChangesNoValue(t *testing.T) {
	gens := []Str{
		{MaxLen: -1, Semantic: KindEmail},
		{MaxLen: -1, Semantic: KindFirstName, Locale: LocaleENUS},
		{MaxLen: -1, Semantic: KindDateOfBirth, Format: FormatDate},
		{MaxLen: -1, Semantic: KindCity},
		{MaxLen: -1, Semantic: KindPostcode, Locale: LocaleENUS},
		{MaxLen: -1, Semantic: KindFullName},
		{MaxLen: -1, Semantic: KindStreetAddress},
		{MaxLen: -1, Semantic: KindPostcode},
		{MaxLen: -1, Semantic: KindFirstName, Now: DefaultNow - 400*day},
	}
	age := IntDist{KLo: 0, KHi: 130, Step: 1, Dist: AgeDist, Semantic: KindAge}
	for i := range 500 {
		rec := RecordStream(3, 0, uint64(i))
		shared := NewObject(rec)
		for gi := range gens {
			g := &gens[(gi+i)%len(gens)] // a different order per record
			s1, s2 := rec.Child(uint64(gi)), rec.Child(uint64(gi))
			got := string(g.AppendField(&s1, &shared, nil))
			want := string(g.AppendField(&s2, objOf(rec), nil))
			if got != want {
				t.Fatalf("record %d, %s in %v: cached %q, fresh %q", i, g.Semantic, g.Locale, got, want)
			}
		}
		s1, s2 := rec.Child(99), rec.Child(99)
		if got, want := age.NextField(&s1, &shared), age.NextField(&s2, objOf(rec)); got != want {
			t.Fatalf("record %d: cached age %d, fresh %d", i, got, want)
		}
	}
}

// An Object passed to a property does not move to the heap: generating
// a record allocates nothing.
func TestObjectDoesNotEscape(t *testing.T) {
	g := Str{MaxLen: -1, Semantic: KindEmail}
	buf := make([]byte, 0, 256)
	rec := RecordStream(1, 0, 0)
	allocs := testing.AllocsPerRun(100, func() {
		o := NewObject(rec)
		s := rec.Child(1)
		buf = g.AppendFieldJSON(&s, &o, buf[:0])
	})
	if allocs != 0 {
		t.Fatalf("%.0f allocations a value", allocs)
	}
}
