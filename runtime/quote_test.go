package runtime

import (
	"bytes"
	"testing"
)

func TestJSONCleanAgreesWithEscaping(t *testing.T) {
	var all []byte
	for c := 0; c < 256; c++ {
		all = append(all, byte(c))
	}
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 11; pos++ {
			b := []byte("abcdefghijk")
			b[pos] = byte(c)
			want := escapedLen(b) == len(b) && c < 0x80
			if got := jsonClean(b); got != want {
				t.Errorf("jsonClean(%q) = %v, want %v", b, got, want)
			}
		}
	}
}

func TestStrAppendJSONIsQuoteTail(t *testing.T) {
	gens := []Str{
		{MinLen: 1, MaxLen: 40},
		{MinLen: 0, MaxLen: -1, Format: FormatEmail},
		{MinLen: 0, MaxLen: -1, Regex: MustCompileRegex(`^[a-z"\\\n é]{0,20}$`)},
	}
	for gi, g := range gens {
		for i := uint64(0); i < 500; i++ {
			s1, s2 := RecordStream(1, 0, i), RecordStream(1, 0, i)
			prefix := []byte("x:")
			want := QuoteTail(g.Append(&s1, append([]byte(nil), prefix...)), len(prefix))
			got := g.AppendJSON(&s2, append([]byte(nil), prefix...))
			if !bytes.Equal(got, want) {
				t.Fatalf("generator %d record %d: AppendJSON %q, QuoteTail %q", gi, i, got, want)
			}
			if s1 != s2 {
				t.Fatalf("generator %d record %d: streams end in different states", gi, i)
			}
		}
	}
}

func BenchmarkStrAppendJSON(b *testing.B) {
	g := Str{MinLen: 1, MaxLen: 40}
	buf := make([]byte, 0, 128)
	for i := uint64(0); b.Loop(); i++ {
		s := RecordStream(1, 0, i)
		buf = g.AppendJSON(&s, buf[:0])
	}
}

func TestStrAppendFieldJSONIsQuoteTail(t *testing.T) {
	gens := []Str{
		{MinLen: 1, MaxLen: 40, Semantic: KindFirstName},
		{MinLen: 0, MaxLen: 254, Format: FormatEmail, Semantic: KindEmail},
		{MinLen: 1, MaxLen: 40},
	}
	for gi, g := range gens {
		for i := uint64(0); i < 300; i++ {
			obj := RecordStream(2, 0, i)
			s1, s2 := obj.Child(7), obj.Child(7)
			prefix := []byte("x:")
			want := QuoteTail(g.AppendField(&s1, objOf(obj), append([]byte(nil), prefix...)), len(prefix))
			got := g.AppendFieldJSON(&s2, objOf(obj), append([]byte(nil), prefix...))
			if !bytes.Equal(got, want) || s1 != s2 {
				t.Fatalf("generator %d record %d: AppendFieldJSON %q, QuoteTail %q", gi, i, got, want)
			}
		}
	}
}

// appendSemanticJSON writes semantic values without scanning them: that
// is only sound while every kind, in every locale and every format it
// fits, writes printable ASCII without quotes or backslashes.
func TestSemanticValuesAreJSONClean(t *testing.T) {
	formats := []Format{FormatNone}
	for f := Format(1); int(f) < len(formatNames); f++ {
		formats = append(formats, f)
	}
	for _, k := range Kinds() {
		for loc := Locale(0); loc < localeCount; loc++ {
			for _, f := range formats {
				if !k.Fits(f) {
					continue
				}
				g := Str{MaxLen: -1, Semantic: k, Locale: loc, Format: f}
				for i := range 5000 {
					rec := RecordStream(5, 0, uint64(i))
					s := rec.Child(1)
					o := NewObject(rec)
					if v := g.AppendField(&s, &o, nil); !jsonClean(v) {
						t.Fatalf("%s in %v, format %v: %q needs escaping in JSON", k, loc, f, v)
					}
				}
			}
		}
	}
}
