package runtime

import "testing"

// BenchmarkSemanticValues is the cost of one value of each kind a customer
// record holds, as the compiled generator writes it (proved, into JSON),
// including the 4 ns of deriving its stream. "fresh" values draw their
// object's person or place; "cached" ones find it drawn.
func BenchmarkSemanticValues(b *testing.B) {
	for _, bc := range []struct {
		name  string
		g     Str
		fresh bool
	}{
		{"uuid", Str{MaxLen: -1, Format: FormatUUID, Semantic: KindUUID}, false},
		{"first_name/fresh", Str{MinLen: 1, MaxLen: 40, Semantic: KindFirstName}, true},
		{"first_name/cached", Str{MinLen: 1, MaxLen: 40, Semantic: KindFirstName}, false},
		{"email/cached", Str{MaxLen: 254, Format: FormatEmail, Semantic: KindEmail}, false},
		{"phone", Str{MaxLen: -1, Regex: MustCompileRegex(`^\+[1-9][0-9]{9,13}$`), Semantic: KindPhoneE164}, false},
		{"date_of_birth/cached", Str{MaxLen: -1, Format: FormatDate, Semantic: KindDateOfBirth}, false},
		{"street_address/fresh", Str{MinLen: 1, MaxLen: 60, Semantic: KindStreetAddress}, true},
		{"postcode/cached", Str{MinLen: 3, MaxLen: 10, Semantic: KindPostcode}, false},
		{"nino", Str{MaxLen: -1, Regex: MustCompileRegex("^[A-CEGHJ-PR-TW-Z]{2}[0-9]{6}[A-D]$"), Semantic: KindNINO}, false},
		{"created_at/fresh", Str{MaxLen: -1, Format: FormatDateTime, Semantic: KindCreatedAt}, true},
	} {
		b.Run(bc.name, func(b *testing.B) {
			g := bc.g
			if g.Proved = g.Prove(); !g.Proved {
				b.Fatal("not proved")
			}
			buf := make([]byte, 0, 256)
			o := NewObject(RecordStream(1, 0, 0))
			for i := 0; b.Loop(); i++ {
				rec := RecordStream(1, 0, uint64(i))
				if bc.fresh {
					o = NewObject(rec)
				}
				s := rec.Child(7)
				buf = g.AppendFieldJSON(&s, &o, buf[:0])
			}
		})
	}
	b.Run("lifetime_value", func(b *testing.B) {
		g := DecimalDist{KLo: 0, KHi: 10000000, Step: 1, Scale: 2, Dist: PriceDist, Semantic: KindAmount}
		buf := make([]byte, 0, 64)
		for i := 0; b.Loop(); i++ {
			s := RecordStream(1, 0, uint64(i)).Child(7)
			buf = g.AppendJSON(&s, buf[:0])
		}
	})
}
