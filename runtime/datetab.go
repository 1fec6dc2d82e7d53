package runtime

// Dates from tables: a record's dates (birth, creation, updates) fall in a
// few centuries, and for those putDate spells YYYY-MM-DD from the year's
// first day and two small tables (about 6 KB in all, so they stay in the
// L1 cache) where civilDate's chain of dependent multiplications took a
// fifth of a date's cost. Dates outside the tables take civilDate's path;
// both write the same bytes (TestPutDateMatchesCivilDate).

const (
	dateTabFrom  = 1800 // the first year in the tables
	dateTabYears = 400  // 1800-2199
)

var (
	// dateTabFirstDay is the day number (days since 1970-01-01) of
	// dateTabFrom's first day; yearStart[k] that of year dateTabFrom+k,
	// counted from dateTabFirstDay.
	dateTabFirstDay int64
	yearStart       [dateTabYears + 1]int32
	yearDigits      [dateTabYears][4]byte
	// monthDay[leap][d] is "MM-DD" of day d (0-based) of a year.
	monthDay [2][366][5]byte
	// twoDigits[v] is v in two digits, for v < 100.
	twoDigits [100][2]byte
)

func init() {
	dateTabFirstDay = daysFromCivil(dateTabFrom, 1, 1)
	for k := 0; k <= dateTabYears; k++ {
		yearStart[k] = int32(daysFromCivil(dateTabFrom+k, 1, 1) - dateTabFirstDay)
	}
	for k := range yearDigits {
		put4(yearDigits[k][:], dateTabFrom+k)
	}
	for v := range twoDigits {
		put2(twoDigits[v][:], v)
	}
	monthLen := [12]int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
	for leap := 0; leap < 2; leap++ {
		d := 0
		for m := 1; m <= 12; m++ {
			n := monthLen[m-1]
			if m == 2 {
				n += leap
			}
			for md := 1; md <= n; md++ {
				e := &monthDay[leap][d]
				put2(e[0:2], m)
				e[2] = '-'
				put2(e[3:5], md)
				d++
			}
		}
	}
}

// daysFromCivil is the day number of y-m-d in the proleptic Gregorian
// calendar (Howard Hinnant's days_from_civil), for building the tables.
func daysFromCivil(y, m, d int) int64 {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int64(era*146097 + doe - 719468)
}

// putDate writes day number days as YYYY-MM-DD into b[:10]: what put4 and
// put2 write of civilDate's year, month and day.
func putDate(b []byte, days int64) {
	_ = b[9]
	i := days - dateTabFirstDay
	if uint64(i) >= uint64(yearStart[dateTabYears]) {
		y, m, d := civilDate(int(days))
		put4(b[0:4], y)
		b[4] = '-'
		put2(b[5:7], m)
		b[7] = '-'
		put2(b[8:10], d)
		return
	}
	// An estimate within a year of the truth (the mean year is 365.2425
	// days), then set right against the year's first day.
	k := int(uint64(i) * 400 / 146097)
	if k >= dateTabYears || int32(i) < yearStart[k] {
		k--
	} else if int32(i) >= yearStart[k+1] {
		k++
	}
	doy := int32(i) - yearStart[k]
	leap := 0
	if yearStart[k+1]-yearStart[k] == 366 {
		leap = 1
	}
	*(*[4]byte)(b[0:4]) = yearDigits[k]
	b[4] = '-'
	*(*[5]byte)(b[5:10]) = monthDay[leap][doy]
}
