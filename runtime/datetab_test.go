package runtime

import (
	"testing"
	"time"
)

// TestPutDateMatchesCivilDate: every day of the tables' four centuries and
// of ten years either side, against civilDate's digits and the time
// package's calendar.
func TestPutDateMatchesCivilDate(t *testing.T) {
	from, to := daysFromCivil(dateTabFrom-10, 1, 1), daysFromCivil(dateTabFrom+dateTabYears+10, 1, 1)
	var got [10]byte
	for days := from; days < to; days++ {
		y, m, d := civilDate(int(days))
		want := append2(append(append2(append(append4(nil, y), '-'), m), '-'), d)
		putDate(got[:], days)
		if string(got[:]) != string(want) {
			t.Fatalf("putDate(%d) = %q, want %q", days, got, want)
		}
		if tm := time.Unix(days*day, 0).UTC().Format("2006-01-02"); tm != string(want) {
			t.Fatalf("day %d is %s, time says %s", days, want, tm)
		}
	}
}

func TestDaysFromCivilInvertsCivilDate(t *testing.T) {
	for days := int64(-800000); days < 800000; days += 7 {
		y, m, d := civilDate(int(days))
		if got := daysFromCivil(y, m, d); got != days {
			t.Fatalf("daysFromCivil(civilDate(%d)) = %d", days, got)
		}
	}
}
