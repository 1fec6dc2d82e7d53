package runtime

import (
	"math"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// field draws kind k for the property named name of the object whose
// stream is obj, as both backends do.
func field(k Kind, loc Locale, f Format, obj Stream, name string) string {
	g := Str{MaxLen: -1, Semantic: k, Locale: loc, Format: f}
	s := obj.Child(FieldID(name))
	return string(g.AppendField(&s, objOf(obj), nil))
}

func TestEveryKindWritesNonEmptyUTF8WithoutControlCharacters(t *testing.T) {
	for _, k := range Kinds() {
		for _, loc := range []Locale{LocaleENGB, LocaleENUS} {
			for i := range 500 {
				v := field(k, loc, FormatNone, RecordStream(1, 0, uint64(i)), "f")
				if v == "" || !utf8.ValidString(v) || strings.ContainsAny(v, "\x00\n\t\"\\") {
					t.Fatalf("%s (%s): bad value %q", k, loc, v)
				}
			}
		}
		if k.String() == "" || k.GoName() == "" {
			t.Errorf("kind %d has no name", k)
		}
		if got, ok := ParseKind(k.String()); !ok || got != k {
			t.Errorf("ParseKind(%q) = %v, %v", k, got, ok)
		}
	}
}

func TestFieldsOfOneObjectDescribeOnePersonPlaceAndTimeline(t *testing.T) {
	for _, loc := range []Locale{LocaleENGB, LocaleENUS} {
		for i := range 2000 {
			obj := RecordStream(3, 0, uint64(i))
			first := field(KindFirstName, loc, 0, obj, "first_name")
			last := field(KindLastName, loc, 0, obj, "last_name")
			full := field(KindFullName, loc, 0, obj, "name")
			if full != first+" "+last {
				t.Fatalf("full name %q, first %q, last %q", full, first, last)
			}
			email := field(KindEmail, loc, 0, obj, "email")
			user := field(KindUsername, loc, 0, obj, "username")
			if local, _, _ := strings.Cut(email, "@"); local != user {
				t.Fatalf("e-mail %q does not use the user name %q", email, user)
			}
			lf, ll := strings.ToLower(first), strings.ToLower(last)
			for _, v := range []string{email, user} {
				if !strings.Contains(v, ll) || !strings.HasPrefix(v, lf[:1]) {
					t.Fatalf("%q is not derived from %s %s", v, first, last)
				}
			}
			title := field(KindNameTitle, loc, 0, obj, "title")
			gender := field(KindGender, loc, 0, obj, "gender")
			if gender == "male" && strings.HasPrefix(title, "M") && title[:2] != "Mr" ||
				gender == "female" && strings.HasPrefix(title, "Mr") && !strings.HasPrefix(title, "Mrs") ||
				gender == "non-binary" && !strings.HasPrefix(title, "Mx") {
				t.Fatalf("title %q for a %s person", title, gender)
			}
			city := field(KindCity, loc, 0, obj, "city")
			region := field(KindRegion, loc, 0, obj, "region")
			post := field(KindPostcode, loc, 0, obj, "postcode")
			if !placeAgrees(loc, city, region, post) {
				t.Fatalf("%s: %q, %q, %q are not one place", loc, city, region, post)
			}
			created := field(KindCreatedAt, loc, 0, obj, "created_at")
			updated := field(KindUpdatedAt, loc, 0, obj, "updated_at")
			if updated < created {
				t.Fatalf("updated_at %s < created_at %s", updated, created)
			}
			start := field(KindStartDate, loc, FormatDate, obj, "start_date")
			end := field(KindEndDate, loc, FormatDate, obj, "end_date")
			if end < start {
				t.Fatalf("end %s < start %s", end, start)
			}
		}
	}
}

func placeAgrees(loc Locale, city, region, post string) bool {
	for _, p := range loc.data().places {
		if p.city != city || p.region != region {
			continue
		}
		if loc == LocaleENUS && strings.HasPrefix(post, p.code[:3]) && len(post) == 5 {
			return true
		}
		if loc == LocaleENGB {
			out, _, _ := strings.Cut(post, " ")
			if strings.HasPrefix(out, p.code) && len(out) > len(p.code) && out[len(p.code)] >= '0' && out[len(p.code)] <= '9' {
				return true
			}
		}
	}
	return false
}

func TestDateOfBirthMakesWorkingAgeAdults(t *testing.T) {
	now := time.Unix(DefaultNow, 0).UTC()
	var sum float64
	const n = 5000
	for i := range n {
		v := field(KindDateOfBirth, LocaleENGB, FormatDate, RecordStream(4, 0, uint64(i)), "dob")
		dob, err := time.Parse("2006-01-02", v)
		if err != nil {
			t.Fatal(err)
		}
		age := now.Sub(dob).Hours() / 24 / 365.2425
		if age < 18 || age > 91 {
			t.Fatalf("date of birth %s makes age %.1f", v, age)
		}
		sum += age
	}
	if mean := sum / n; math.Abs(mean-41) > 2 {
		t.Errorf("mean age %.1f, want about 41", mean)
	}
}

func TestTimeKindsFollowTheFieldsFormat(t *testing.T) {
	obj := RecordStream(5, 0, 0)
	if v := field(KindCreatedAt, LocaleENGB, FormatDate, obj, "c"); len(v) != 10 {
		t.Errorf("date format gave %q", v)
	}
	if v := field(KindCreatedAt, LocaleENGB, FormatDateTime, obj, "c"); len(v) != 20 || v[10] != 'T' {
		t.Errorf("date-time format gave %q", v)
	}
}

func TestCheckSemanticRefusesKindsTheConstraintsRuleOut(t *testing.T) {
	cases := []struct {
		name string
		g    Str
		ok   bool
	}{
		{"country names fit no maxLength", Str{MaxLen: -1, Semantic: KindCountry}, true},
		{"country names do not fit maxLength 2", Str{MaxLen: 2, Semantic: KindCountry}, false},
		{"ISO alpha-2 codes fit ^[A-Z]{2}$", Str{MaxLen: -1, Semantic: KindCountryCode2, Regex: MustCompileRegex(`^[A-Z]{2}$`)}, true},
		{"national phone numbers miss an E.164 pattern", Str{MaxLen: -1, Semantic: KindPhone, Regex: MustCompileRegex(`^\+[1-9][0-9]{9,13}$`)}, false},
		{"an e-mail kind is no uri", Str{MaxLen: -1, Semantic: KindEmail, Format: FormatURI}, false},
	}
	for _, c := range cases {
		if err := c.g.CheckSemantic(); (err == nil) != c.ok {
			t.Errorf("%s: CheckSemantic() = %v", c.name, err)
		}
	}
}

func TestConstraintsWinWhenAValueCannotFit(t *testing.T) {
	// Full names rarely fit 8 code points: whatever the kind draws, the
	// value must still meet maxLength.
	g := Str{MinLen: 1, MaxLen: 8, Semantic: KindFullName}
	for i := range 2000 {
		obj := RecordStream(6, 0, uint64(i))
		s := obj.Child(1)
		v := g.AppendField(&s, objOf(obj), nil)
		if n := utf8.RuneCount(v); n < 1 || n > 8 {
			t.Fatalf("value %q breaks 1..8 code points", v)
		}
	}
}

func BenchmarkSemanticEmail(b *testing.B) {
	g := Str{MaxLen: -1, Semantic: KindEmail}
	buf := make([]byte, 0, 128)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		obj := RecordStream(1, 0, uint64(i))
		s := obj.Child(1)
		buf = g.AppendField(&s, objOf(obj), buf[:0])
	}
}

func BenchmarkSemanticPostcode(b *testing.B) {
	g := Str{MaxLen: -1, Semantic: KindPostcode}
	buf := make([]byte, 0, 128)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		obj := RecordStream(1, 0, uint64(i))
		s := obj.Child(1)
		buf = g.AppendField(&s, objOf(obj), buf[:0])
	}
}

func TestSemanticValuesDoNotAllocate(t *testing.T) {
	buf := make([]byte, 0, 512)
	for _, k := range Kinds() {
		g := Str{MaxLen: -1, Semantic: k}
		obj := RecordStream(1, 0, 0)
		allocs := testing.AllocsPerRun(50, func() {
			s := obj.Child(1)
			buf = g.AppendField(&s, objOf(obj), buf[:0])
		})
		if allocs != 0 {
			t.Errorf("%s: %.0f allocations a value", k, allocs)
		}
	}
}

func TestFreeTextEndsEarlyRatherThanOutgrowMaxLength(t *testing.T) {
	g := Str{MaxLen: 40, Semantic: KindDescription}
	if err := g.CheckSemantic(); err != nil {
		t.Fatalf("descriptions of at most 40 code points: %v", err)
	}
	for i := range 1000 {
		if v := g.Example(i); len(v) > 40 || !strings.HasSuffix(v, ".") {
			t.Fatalf("%q", v)
		}
	}
}

func TestKindsFitWiderFormatsOfTheirValues(t *testing.T) {
	cases := []struct {
		k    Kind
		f    Format
		want bool
	}{
		{KindURL, FormatIRIReference, true}, {KindEmail, FormatIDNEmail, true}, {KindDomain, FormatIDNHostname, true},
		{KindVersion, FormatSemver, true}, {KindCity, FormatNone, true}, {KindCity, FormatEmail, false},
		{KindURL, FormatEmail, false}, {KindCreatedAt, FormatDate, true}, {KindCreatedAt, FormatTime, false},
	}
	for _, c := range cases {
		if got := c.k.Fits(c.f); got != c.want {
			t.Errorf("%s.Fits(%s) = %v", c.k, c.f, got)
		}
	}
}

// objOf is a fresh Object for the stream obj: every call draws anew, as
// a property of another object with the same stream would.
func objOf(obj Stream) *Object {
	o := NewObject(obj)
	return &o
}

// appendInstant writes what appending its parts with append4 and append2
// writes, for every year civilDate gives, 0..9999 or not.
func TestAppendInstantWritesItsParts(t *testing.T) {
	s := Stream{21}
	for i := range 20000 {
		ts := int64(s.Uint64()>>20) - 1<<43 // about ±280,000 years around 1970
		if i%2 == 0 {
			ts = int64(s.Uint64n(500*year)) - 200*year // 1770-2270: putDate's tables and either side
		}
		if i < 3 {
			ts = []int64{-62167219200, 253402300799, 253402300800}[i] // 0000-01-01, 9999-12-31T23:59:59, 10000-01-01
		}
		days, sec := floorDiv(ts, day)
		y, m, d := civilDate(int(days))
		want := append4(nil, y)
		want = append(append2(append(append2(append(want, '-'), m), '-'), d), 'T')
		want = append(append2(append(append2(append(append2(want, sec/3600), ':'), sec/60%60), ':'), sec%60), 'Z')
		if got := appendInstant(nil, ts, FormatDateTime); string(got) != string(want) {
			t.Fatalf("appendInstant(%d) = %q, want %q", ts, got, want)
		}
		if got := appendInstant(nil, ts, FormatDate); string(got) != string(want[:10]) {
			t.Fatalf("appendInstant(%d, date) = %q, want %q", ts, got, want[:10])
		}
	}
}

// TestUsernameStylesSpellTheirParts holds the branch-free appendUsername to
// the plain spelling of each style.
func TestUsernameStylesSpellTheirParts(t *testing.T) {
	for i := range uint64(4000) {
		var p person
		drawPerson(&p, RecordStream(8, 0, i), Locale(i%uint64(localeCount)).data(), DefaultNow)
		var want string
		switch p.style {
		case 0, 1:
			want = p.firstLower + "." + p.lastLower
		case 2:
			want = p.firstLower[:1] + p.lastLower
		default:
			want = p.firstLower + "_" + p.lastLower + strconv.FormatUint(p.num, 10)
		}
		for _, spare := range []int{0, 40} {
			buf := append(make([]byte, 0, 1+spare), '<')
			if got := string(appendUsername(&p, buf)); got != "<"+want {
				t.Fatalf("style %d: %q, want %q", p.style, got, "<"+want)
			}
		}
	}
}
