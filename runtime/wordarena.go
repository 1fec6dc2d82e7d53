package runtime

import "unsafe"

// The word arena: the words of the tables most records draw from (names,
// streets, towns, domains) copied back to back into one block with 16
// spare bytes at its end, and the tables' strings pointed into it. A word
// there can be appended by copying a fixed 16 bytes and keeping its
// length, where append calls memmove, whose branches on the length a
// random word's length mispredicts: two to four times slower per word.
// appendWord checks that a string lies in the arena (an address
// comparison; nothing is read through the pointer), so any other string
// is simply appended.

var (
	arena      []byte
	arenaBase  uintptr // the address of arena[0]
	arenaWords uintptr // len(arena) - 16: where the words end
)

// appendWord appends w: what append(buf, w...) appends.
func appendWord(buf []byte, w string) []byte {
	n := len(buf)
	off := uintptr(unsafe.Pointer(unsafe.StringData(w))) - arenaBase
	if off < arenaWords && len(w) <= 16 && cap(buf)-n >= 16 {
		buf = buf[:n+16]
		*(*[16]byte)(buf[n:]) = *(*[16]byte)(arena[off:])
		return buf[:n+len(w)]
	}
	return append(buf, w...)
}

// internWords copies the words of tables into the arena and points them
// there. It runs once, from init, after every table is built.
func internWords(tables ...[]string) {
	size := 16
	for _, t := range tables {
		for _, w := range t {
			size += len(w)
		}
	}
	arena = make([]byte, 0, size)
	type span struct{ off, n int }
	spans := make([][]span, len(tables))
	for i, t := range tables {
		spans[i] = make([]span, len(t))
		for j, w := range t {
			spans[i][j] = span{len(arena), len(w)}
			arena = append(arena, w...)
		}
	}
	arena = arena[:size] // the spare 16 bytes, zero
	for i, t := range tables {
		for j, sp := range spans[i] {
			if sp.n > 0 {
				t[j] = unsafe.String(&arena[sp.off], sp.n)
			}
		}
	}
	arenaBase = uintptr(unsafe.Pointer(&arena[0]))
	arenaWords = uintptr(size - 16)
}

// arenaTables lists the word tables interned in place: every locale's
// names and streets, and the shared tables of the commonest kinds.
func arenaTables() [][]string {
	var ts [][]string
	for _, l := range locales {
		ts = append(ts, l.firstFemale, l.firstMale, l.lastNames, l.lowerFemale, l.lowerMale, l.lowerLast,
			l.streets, l.streetTypes, l.companySuffixes, l.titles[0], l.titles[1])
	}
	return append(ts, ukDramaLandlines[:], ukDramaE164[:], ukDramaMobiles[:], ukDramaE164Mixed,
		exampleDomains[:], mailDomains, orgWords, line2Words, ninoPrefixes[:], statuses, priorities,
		colours, categories, departments, productAdjectives, productMaterials, productNouns, petNames,
		monthNames, weekdays, firstNames, lastNames, hostWords)
}

// internLocales interns arenaTables and every locale's towns, regions and
// postcode areas, which it points back at the places.
func internLocales() {
	ts := arenaTables()
	type placeWords struct{ cities, regions, codes []string }
	pw := make([]placeWords, len(locales))
	for i, l := range locales {
		p := &pw[i]
		for _, pl := range l.places {
			p.cities, p.regions, p.codes = append(p.cities, pl.city), append(p.regions, pl.region), append(p.codes, pl.code)
		}
		ts = append(ts, p.cities, p.regions, p.codes)
	}
	internWords(ts...)
	for i, l := range locales {
		for j := range l.places {
			l.places[j].city, l.places[j].region, l.places[j].code = pw[i].cities[j], pw[i].regions[j], pw[i].codes[j]
		}
	}
}

// Words is a table of short values (the JSON spellings of an enum's
// values) laid out as the arena is: back to back with 16 spare bytes at
// the end, so that Append copies a fixed 16 bytes for a value that short.
// Emitted code and the plan keep their enums' values in one.
type Words struct {
	blob   []byte
	end    []uint32 // value i is blob[end[i-1]:end[i]] (from 0 for i = 0)
	values []string
}

// NewWords returns the table of values.
func NewWords(values ...string) Words {
	w := Words{end: make([]uint32, len(values)), values: values}
	for i, v := range values {
		w.blob = append(w.blob, v...)
		w.end[i] = uint32(len(w.blob))
	}
	w.blob = append(w.blob, make([]byte, 16)...)
	return w
}

// Len is the number of values.
func (w *Words) Len() int { return len(w.end) }

// At returns value i.
func (w *Words) At(i int) string { return w.values[i] }

func (w *Words) start(i int) uint32 {
	if i == 0 {
		return 0
	}
	return w.end[i-1]
}

// Append appends value i.
func (w *Words) Append(buf []byte, i int) []byte {
	lo, hi := w.start(i), w.end[i]
	n := len(buf)
	if hi-lo <= 16 && cap(buf)-n >= 16 {
		buf = buf[:n+16]
		*(*[16]byte)(buf[n:]) = *(*[16]byte)(w.blob[lo:])
		return buf[:n+int(hi-lo)]
	}
	return append(buf, w.blob[lo:hi]...)
}
