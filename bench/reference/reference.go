package reference

import "math/bits"

// Generator makes customer records. Record i depends only on the seed and
// i (a wyrand stream keyed by both), like synthgen's own generators.
type Generator struct {
	seed uint64
	s    uint64
}

// New returns a generator for seed.
func New(seed uint64) *Generator { return &Generator{seed: seed} }

func (g *Generator) next() uint64 {
	g.s += 0xa0761d6478bd642f
	hi, lo := bits.Mul64(g.s, g.s^0xe7037ed1a0b428db)
	return hi ^ lo
}

// intn draws from [0, n) (multiply-shift; the bias is below 2^-32 for the
// small n used here, which is fine for test data).
func (g *Generator) intn(n int) int {
	hi, _ := bits.Mul64(g.next(), uint64(n))
	return int(hi)
}

func (g *Generator) pick(words []string) string { return words[g.intn(len(words))] }

var (
	firstNames = []string{"Olivia", "Liam", "Emma", "Noah", "Ava", "Oliver", "Sophia", "Elijah", "Isabella", "James",
		"Mia", "William", "Amelia", "Benjamin", "Harper", "Lucas", "Evelyn", "Henry", "Abigail", "Theo",
		"Emily", "Jack", "Ella", "Levi", "Grace", "Mateo", "Chloe", "Ezra", "Nora", "Owen", "Priya", "Kenji"}
	lastNames = []string{"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Wilson",
		"Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris",
		"Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Patel", "Nguyen"}
	lowerFirst = lowerAll(firstNames)
	lowerLast  = lowerAll(lastNames)
	streets    = []string{"High Street", "Station Road", "Church Lane", "Mill Road", "Park Avenue", "Victoria Road",
		"Green Lane", "Manor Road", "Kings Road", "Queens Road", "London Road", "The Crescent"}
	cities = []string{"London", "Manchester", "Birmingham", "Leeds", "Glasgow", "Bristol", "Cardiff", "Edinburgh",
		"Liverpool", "Sheffield", "Belfast", "Nottingham", "Leicester", "York", "Oxford", "Cambridge"}
	countries = []string{"GB", "IE", "FR", "DE", "NL", "ES", "US", "CA"}
	statuses  = []string{"active", "inactive", "suspended"}
	tags      = []string{"vip", "newsletter", "wholesale", "churn_risk", "high_value", "first_time_buyer"}
	domains   = []string{"example.com", "example.org", "example.net"}
	// NINO prefix letters: never D, F, I, Q, U, V (the schema's pattern).
	ninoFirst = "ABCEGHJKLMNOPRSTWXYZ"
	ninoLast  = "ABCD"
	hexDigits = "0123456789abcdef"
)

func lowerAll(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		b := []byte(w)
		b[0] += 'a' - 'A'
		out[i] = string(b)
	}
	return out
}

// AppendJSON appends record i as one line of JSON (no newline).
func (g *Generator) AppendJSON(buf []byte, i uint64) []byte {
	g.s = g.seed ^ i*0x9e3779b97f4a7c15
	g.next()
	first, last := g.intn(len(firstNames)), g.intn(len(lastNames))

	buf = append(buf, `{"customer_id":"`...)
	buf = g.appendUUID(buf)
	buf = append(buf, `","first_name":"`...)
	buf = append(buf, firstNames[first]...)
	buf = append(buf, `","last_name":"`...)
	buf = append(buf, lastNames[last]...)
	buf = append(buf, `","email":"`...)
	buf = append(buf, lowerFirst[first]...)
	buf = append(buf, '.')
	buf = append(buf, lowerLast[last]...)
	buf = appendUint(buf, uint64(g.intn(100)), 1)
	buf = append(buf, '@')
	buf = append(buf, g.pick(domains)...)
	buf = append(buf, '"')
	r := g.next()
	if r&3 != 0 {
		// UK drama range 07700 900000..900999 in E.164.
		buf = append(buf, `,"phone":"+447700900`...)
		buf = appendUint(buf, uint64(g.intn(1000)), 3)
		buf = append(buf, '"')
	}
	buf = append(buf, `,"date_of_birth":"`...)
	buf = g.appendDate(buf, 1940, 60)
	buf = append(buf, `","address":{"line1":"`...)
	buf = appendUint(buf, uint64(1+g.intn(200)), 1)
	buf = append(buf, ' ')
	buf = append(buf, g.pick(streets)...)
	buf = append(buf, '"')
	if r&12 != 0 {
		buf = append(buf, `,"line2":"Flat `...)
		buf = appendUint(buf, uint64(1+g.intn(40)), 1)
		buf = append(buf, '"')
	}
	buf = append(buf, `,"city":"`...)
	buf = append(buf, g.pick(cities)...)
	buf = append(buf, `","postcode":"`...)
	buf = g.appendPostcode(buf)
	buf = append(buf, `","country":"`...)
	buf = append(buf, g.pick(countries)...)
	buf = append(buf, `"}`...)
	if r&48 != 0 {
		buf = append(buf, `,"nino":"`...)
		buf = append(buf, ninoFirst[g.intn(len(ninoFirst))], ninoFirst[g.intn(len(ninoFirst))])
		buf = appendUint(buf, uint64(g.intn(1000000)), 6)
		buf = append(buf, ninoLast[g.intn(4)], '"')
	}
	buf = append(buf, `,"lifetime_value":`...)
	buf = appendCents(buf, uint64(g.intn(10000001)))
	buf = append(buf, `,"created_at":"`...)
	buf = g.appendDate(buf, 2015, 11)
	buf = append(buf, 'T')
	t := g.intn(86400)
	buf = appendUint(buf, uint64(t/3600), 2)
	buf = append(buf, ':')
	buf = appendUint(buf, uint64(t/60%60), 2)
	buf = append(buf, ':')
	buf = appendUint(buf, uint64(t%60), 2)
	buf = append(buf, `Z","status":"`...)
	buf = append(buf, g.pick(statuses)...)
	buf = append(buf, '"')
	if r&192 != 0 {
		buf = g.appendTags(buf, g.intn(5))
	}
	if r&256 != 0 {
		buf = append(buf, `,"marketing_opt_in":true}`...)
	} else {
		buf = append(buf, `,"marketing_opt_in":false}`...)
	}
	return buf
}

func (g *Generator) appendUUID(buf []byte) []byte {
	hi, lo := g.next(), g.next()
	hi = hi&^0xf000 | 0x4000                         // version 4
	lo = lo&^0xc000000000000000 | 0x8000000000000000 // RFC 4122 variant
	for i := 60; i >= 0; i -= 4 {
		if i == 28 || i == 12 {
			buf = append(buf, '-')
		}
		buf = append(buf, hexDigits[hi>>uint(i)&15])
	}
	buf = append(buf, '-')
	for i := 60; i >= 0; i -= 4 {
		if i == 44 {
			buf = append(buf, '-')
		}
		buf = append(buf, hexDigits[lo>>uint(i)&15])
	}
	return buf
}

// appendDate appends a date in [from, from+years); days stop at 28 so
// every month is valid without a calendar.
func (g *Generator) appendDate(buf []byte, from, years int) []byte {
	buf = appendUint(buf, uint64(from+g.intn(years)), 4)
	buf = append(buf, '-')
	buf = appendUint(buf, uint64(1+g.intn(12)), 2)
	buf = append(buf, '-')
	return appendUint(buf, uint64(1+g.intn(28)), 2)
}

func (g *Generator) appendPostcode(buf []byte) []byte {
	const letters = "ABCDEFGHJKLMNOPRSTUWYZ"
	buf = append(buf, letters[g.intn(len(letters))], letters[g.intn(len(letters))])
	buf = appendUint(buf, uint64(1+g.intn(20)), 1)
	buf = append(buf, ' ')
	buf = appendUint(buf, uint64(g.intn(10)), 1)
	return append(buf, letters[g.intn(len(letters))], letters[g.intn(len(letters))])
}

// appendTags appends up to n distinct tags (a bit set keeps them unique).
func (g *Generator) appendTags(buf []byte, n int) []byte {
	buf = append(buf, `,"tags":[`...)
	var used uint
	for k := 0; k < n; k++ {
		t := g.intn(len(tags))
		if used&(1<<t) != 0 {
			continue
		}
		if used != 0 {
			buf = append(buf, ',')
		}
		used |= 1 << t
		buf = append(buf, '"')
		buf = append(buf, tags[t]...)
		buf = append(buf, '"')
	}
	return append(buf, ']')
}

// appendCents appends c/100 as the shortest decimal (12.5, 7, 0.03).
func appendCents(buf []byte, c uint64) []byte {
	buf = appendUint(buf, c/100, 1)
	switch f := c % 100; {
	case f == 0:
	case f%10 == 0:
		buf = append(buf, '.', byte('0'+f/10))
	default:
		buf = append(buf, '.', byte('0'+f/10), byte('0'+f%10))
	}
	return buf
}

// appendUint appends v in decimal, zero-padded to at least width digits.
func appendUint(buf []byte, v uint64, width int) []byte {
	var tmp [20]byte
	i := len(tmp)
	for v >= 10 || width > 1 {
		i--
		tmp[i] = byte('0' + v%10)
		v /= 10
		width--
	}
	i--
	tmp[i] = byte('0' + v)
	return append(buf, tmp[i:]...)
}
