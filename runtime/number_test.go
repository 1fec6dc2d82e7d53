package runtime

import "testing"

// appendScaled must write exactly what AppendNumber writes for the float
// it stands for, over every scale, sign and magnitude, the limits of its
// fast path included.
func TestAppendScaledIsAppendNumber(t *testing.T) {
	s := RecordStream(11, 0, 0)
	edges := []int64{0, 1, -1, 5, 50, 105, 150, 2525, -7, -70, 9, 10, 99, 100, 101, 999999, 1000000, 1e14 - 1, 1e14, 1e15 - 1, 1e15, 1e15 + 1, 1 << 53, 1<<53 + 1, 1<<62 + 12345, -(1 << 62)}
	for scale := uint8(0); int(scale) <= MaxScale; scale++ {
		ks := append([]int64(nil), edges...)
		for range 3000 {
			digits := 1 + s.Intn(18)
			k := s.Int64Range(0, int64(pow10[digits])-1)
			if s.Bool() {
				k = -k
			}
			ks = append(ks, k)
		}
		for _, k := range ks {
			want := AppendNumber(nil, float64(k)/pow10[scale])
			if scale == 0 {
				want = AppendNumber(nil, float64(k))
			}
			if got := appendScaled(nil, k, scale); string(got) != string(want) {
				t.Fatalf("scale %d, k %d: appendScaled %s, AppendNumber %s", scale, k, got, want)
			}
			// With room, small numbers and cents come from tables.
			if got := appendScaled(make([]byte, 0, 64), k, scale); string(got) != string(want) {
				t.Fatalf("scale %d, k %d (room in buf): appendScaled %s, AppendNumber %s", scale, k, got, want)
			}
		}
	}
}

func TestDecimalAppendJSONIsAppendNumberOfNext(t *testing.T) {
	gens := []Decimal{{KLo: 0, KHi: 10000000, Step: 1, Scale: 2}, {KLo: -500, KHi: 500, Step: 3, Scale: 1}, {KLo: -1e12, KHi: 1e12, Step: 1, Scale: 9}}
	dists := []DecimalDist{{KLo: 0, KHi: 10000000, Step: 1, Scale: 2, Dist: PriceDist}, {KLo: -90000, KHi: 90000, Step: 5, Scale: 4, Dist: Dist{Kind: DistNormal, Mean: 1, SD: 3, Lo: -9, Hi: 9}}}
	for i := range 20000 {
		for gi := range gens {
			s1, s2 := RecordStream(1, 0, uint64(i)), RecordStream(1, 0, uint64(i))
			want := AppendNumber(nil, gens[gi].Next(&s1))
			if got := gens[gi].AppendJSON(&s2, nil); string(got) != string(want) {
				t.Fatalf("Decimal %d record %d: AppendJSON %s, AppendNumber(Next) %s", gi, i, got, want)
			}
		}
		for gi := range dists {
			s1, s2 := RecordStream(1, 0, uint64(i)), RecordStream(1, 0, uint64(i))
			want := AppendNumber(nil, dists[gi].Next(&s1))
			if got := dists[gi].AppendJSON(&s2, nil); string(got) != string(want) {
				t.Fatalf("DecimalDist %d record %d: AppendJSON %s, AppendNumber(Next) %s", gi, i, got, want)
			}
		}
	}
}
