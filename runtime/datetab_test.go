package runtime

import (
	"fmt"
	"strings"
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

func TestAppendPaddedWritesNDigits(t *testing.T) {
	s := Stream{3}
	for n := 1; n <= 19; n++ {
		for range 2000 {
			v := s.Uint64n(pow10u[n])
			if got, want := string(appendPadded([]byte("x"), v, n)), fmt.Sprintf("x%0*d", n, v); got != want {
				t.Fatalf("appendPadded(%d, %d) = %q, want %q", v, n, got, want)
			}
		}
		if got, want := string(appendPadded(nil, pow10u[n]-1, n)), strings.Repeat("9", n); got != want {
			t.Fatalf("appendPadded(10^%d-1) = %q", n, got)
		}
	}
}
