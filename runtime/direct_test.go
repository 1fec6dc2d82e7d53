package runtime

import (
	"reflect"
	goruntime "runtime"
	"strings"
	"testing"
)

// TestDirectWritersWriteAppendProvedJSONsBytes holds every direct writer to
// the general path's bytes: for each kind, locale, format and clock, over
// records whose fields are written in turns (so the object's cached person
// and place are shared as in a real record), and with nil for what the
// writer says it does not read (which would panic if it did).
func TestDirectWritersWriteAppendProvedJSONsBytes(t *testing.T) {
	formats := []Format{FormatNone, FormatDate, FormatDateTime, FormatEmail, FormatUUID}
	clocks := []int64{0, DefaultNow - 400*day, 86400 * 365 * 10}
	var kinds []Kind
	for k := range directs {
		kinds = append(kinds, k)
	}
	checked := 0
	for l := Locale(0); l < localeCount; l++ {
		for _, f := range formats {
			for _, now := range clocks {
				gens := make([]Str, len(kinds))
				for i, k := range kinds {
					gens[i] = Str{MaxLen: -1, Semantic: k, Locale: l, Format: f, Now: now, Proved: true}
				}
				for rec := uint64(0); rec < 300; rec++ {
					obj := RecordStream(11, 0, rec)
					oGeneral, oDirect := NewObject(obj), NewObject(obj)
					for i := range gens {
						g := &gens[i]
						d, ok := g.Direct()
						if !ok {
							continue
						}
						s1, s2 := obj.Child(uint64(i)), obj.Child(uint64(i))
						want := string(g.AppendProvedJSON(&s1, &oGeneral, []byte("x")))
						var got string
						if d.Const != "" {
							got = "x" + d.Const
						} else {
							sp, op := &s2, &oDirect
							if !d.ReadsStream {
								sp = nil
							}
							if !d.ReadsObject {
								op = nil
							}
							got = string(d.Write(sp, op, d.Locale, d.Now, []byte("x")))
						}
						if got != want {
							t.Fatalf("%s (%v, format %v, now %d), record %d: direct %s, AppendProvedJSON %s",
								g.Semantic, l, f, now, rec, got, want)
						}
						checked++
					}
				}
			}
		}
	}
	if checked < 10000 {
		t.Fatalf("only %d values compared", checked)
	}
}

// TestDirectNamesNameTheirFunctions: the emitted code calls Direct.Name, the
// plan calls Direct.Write; they must be one function.
func TestDirectNamesNameTheirFunctions(t *testing.T) {
	for k, d := range directs {
		if d.constInLocale {
			continue
		}
		full := goruntime.FuncForPC(reflect.ValueOf(d.write).Pointer()).Name()
		if !strings.HasSuffix(full, "/runtime."+d.name) {
			t.Errorf("%s: name %q, function %s", k, d.name, full)
		}
	}
}

func TestDirectNeedsAProvedGenerator(t *testing.T) {
	g := Str{MaxLen: -1, Semantic: KindFirstName}
	if _, ok := g.Direct(); ok {
		t.Error("an unproved generator has a direct writer: its draws would skip the checks")
	}
	g = Str{MaxLen: -1, Semantic: KindCreatedAt, Format: FormatDate, Proved: true}
	if _, ok := g.Direct(); ok {
		t.Error("created_at as a date has the date-time writer")
	}
}

func BenchmarkDirectVersusAppendProvedJSON(b *testing.B) {
	for _, k := range []Kind{KindFirstName, KindEmail, KindUUID, KindCity} {
		g := Str{MaxLen: -1, Semantic: k, Proved: true}
		d, _ := g.Direct()
		buf := make([]byte, 0, 256)
		b.Run(k.String()+"/general", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				s := RecordStream(1, 0, uint64(i))
				o := NewObject(s)
				buf = g.AppendProvedJSON(&s, &o, buf[:0])
			}
		})
		b.Run(k.String()+"/direct", func(b *testing.B) {
			// Held outside the loop, as the plan holds them: a stream or
			// object passed through a func value escapes.
			var s Stream
			var o Object
			for i := 0; i < b.N; i++ {
				s = RecordStream(1, 0, uint64(i))
				o = NewObject(s)
				buf = d.Write(&s, &o, d.Locale, d.Now, buf[:0])
			}
		})
	}
}
