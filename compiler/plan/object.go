package plan

import (
	"github.com/synthgen/synthgen/compiler/ir"
	"github.com/synthgen/synthgen/runtime"
)

type field struct {
	id uint64
	// keys are what precedes the value: `"name":` for the object's first
	// member written, `,"name":` after one.
	keys     [2]fixedBytes
	required bool
	shared   bool // reads c.obj: see sharedStringGen
	// noStream: a required property whose generator reads no stream (a
	// direct writer of a person's or place's value); its stream is not
	// derived, as compiler/emit's rawStreamUse does not derive it.
	noStream bool
	gen      genFunc
}

func (b *builder) object(n *ir.Object) (genFunc, error) {
	fields := make([]field, len(n.Fields))
	anyShared := false
	for i, f := range n.Fields {
		g, shared, reads, err := b.field(f.Node)
		if err != nil {
			return nil, err
		}
		key := append(runtime.AppendJSONString(nil, f.Name), ':')
		fields[i] = field{id: runtime.FieldID(f.Name), keys: [2]fixedBytes{newFixedBytes(key), newFixedBytes(append([]byte{','}, key...))},
			required: f.Required, shared: shared, gen: g, noStream: f.Required && !reads}
		anyShared = anyShared || shared
	}
	var extra genFunc
	if n.Extra != nil {
		g, err := b.node(n.Extra.Value)
		if err != nil {
			return nil, err
		}
		extra = extraGen(n.Extra.Min, n.Extra.Max, n.Extra.Keys, g)
	}
	return func(c *ctx, s runtime.Stream, buf []byte) []byte {
		buf = append(buf, '{')
		// The object's shared draws (runtime.Object) sit at its level of
		// c.objs: nested objects push above it, so an index, not a
		// pointer, survives their appends.
		lvl := len(c.objs)
		if anyShared {
			c.objs = append(c.objs, runtime.NewObject(s))
		}
		first := true
		for i := range fields {
			f := &fields[i]
			var fs runtime.Stream
			if !f.noStream {
				fs = s.Child(f.id)
				if !f.required && (c.shallow() || !runtime.Present(&fs)) {
					continue
				}
			}
			after := 0
			if !first {
				after = 1
			}
			first = false
			buf = f.keys[after].append(buf)
			if f.shared {
				c.obj = &c.objs[lvl]
			}
			buf = f.gen(c, fs, buf)
		}
		if extra != nil {
			if !first {
				buf = append(buf, ',')
			}
			buf = extra(c, s, buf)
		}
		c.objs = c.objs[:lvl]
		return append(buf, '}')
	}, nil
}

// field builds a property's generator; shared reports that it reads the
// object's shared draws from c.obj: a string whose kind shares draws with its
// siblings (runtime.Kind.Shared), alone or as a branch of a union (a
// nullable string). compiler/emit marks the same sites objField. reads
// reports that it may read its stream (see readsStream).
func (b *builder) field(n ir.Node) (g genFunc, shared, reads bool, err error) {
	if ir.SharedLeaf(n) {
		g, err := sharedLeafGen(n)
		return g, true, readsStream(n, true), err
	}
	u, ok := n.(*ir.Union)
	if !ok || !ir.SharedUnion(u) {
		_, provided, _ := b.provided(n)
		g, err := b.node(n)
		return g, false, provided || readsStream(n, false), err
	}
	branches := make([]genFunc, len(u.Branches))
	for i, br := range u.Branches {
		var err error
		if ir.SharedLeaf(br) {
			branches[i], err = sharedLeafGen(br)
		} else {
			branches[i], err = b.node(br)
		}
		if err != nil {
			return nil, false, true, err
		}
	}
	return unionOf(branches, u.Shallow), true, true, nil
}

// readsStream reports whether the generator sharedLeafGen (shared) or
// node builds for n may read its stream: all may but a string written by a
// direct writer that reads none (stringGen, sharedStringGen).
func readsStream(n ir.Node, shared bool) bool {
	str, ok := n.(*ir.String)
	if !ok || str.Unique || !shared && str.Semantic.UsesObject() {
		return true
	}
	g, err := str.Generator()
	if err != nil {
		return true
	}
	d, ok := g.Direct()
	return !ok || d.ReadsStream
}

// extraGen writes the generated members of a map-like object (without the
// braces). It writes nothing when it draws no members, so the caller's
// comma must then be taken back; map-like objects have no declared fields,
// so in practice there is none.
func extraGen(min, max int, keys []string, value genFunc) genFunc {
	return func(c *ctx, s runtime.Stream, buf []byte) []byte {
		es := s.Child(runtime.ExtraID)
		n := runtime.ArrayLen(&es, min, max, c.shallow())
		for i := 0; i < n; i++ {
			if i > 0 {
				buf = append(buf, ',')
			}
			ks := es.Child(uint64(i))
			start := len(buf)
			if keys != nil {
				buf = runtime.AppendKeyFrom(&ks, i, keys, buf)
			} else {
				buf = runtime.AppendKey(&ks, i, buf)
			}
			buf = runtime.QuoteTail(buf, start)
			buf = append(buf, ':')
			buf = value(c, ks, buf)
		}
		return buf
	}
}

func (b *builder) array(n *ir.Array) (genFunc, error) {
	if e, ok := ir.UniqueEnumItems(n); ok {
		return uniqueEnumArray(n, e), nil
	}
	prefix := make([]genFunc, len(n.Prefix))
	for i, p := range n.Prefix {
		g, err := b.node(p)
		if err != nil {
			return nil, err
		}
		prefix[i] = g
	}
	var items genFunc
	if n.Items != nil {
		g, err := b.node(n.Items)
		if err != nil {
			return nil, err
		}
		items = g
	}
	min, max, unique, indexed := n.MinItems, n.MaxItems, n.Unique, n.IndexItems
	return func(c *ctx, s runtime.Stream, buf []byte) []byte {
		count := runtime.ArrayLen(&s, min, max, c.shallow())
		buf = append(buf, '[')
		base := len(c.offsets)
		index := c.index
		for i := 0; i < count; i++ {
			g := items
			if i < len(prefix) {
				g = prefix[i]
			}
			if indexed { // x-unique below: item i's unique index
				c.index = index*uint64(max) + uint64(i)
			}
			mark := len(buf)
			if i > 0 {
				buf = append(buf, ',')
			}
			start := len(buf)
			buf = g(c, runtime.ItemStream(s, i, 0), buf)
			if unique {
				ok := false
				for attempt := 1; ; attempt++ {
					if !repeats(buf, c.offsets[base:], start) {
						ok = true
						break
					}
					if attempt > runtime.UniqueBudget(i, min) {
						break
					}
					buf = g(c, runtime.ItemStream(s, i, attempt), buf[:start])
				}
				if !ok {
					buf = buf[:mark]
					break
				}
				c.offsets = append(c.offsets, start, len(buf))
			}
		}
		c.offsets = c.offsets[:base]
		c.index = index
		return append(buf, ']')
	}, nil
}

// repeats reports whether buf[start:] equals an earlier item, given as
// (start, end) pairs. Both backends encode canonically, so equal bytes are
// equal values and distinct bytes distinct values.
func repeats(buf []byte, offsets []int, start int) bool {
	item := buf[start:]
	for j := 0; j < len(offsets); j += 2 {
		if string(buf[offsets[j]:offsets[j+1]]) == string(item) {
			return true
		}
	}
	return false
}

// uniqueEnumArray is an array of distinct enum values (ir.UniqueEnumItems):
// each item is drawn among the values not yet taken, from its first item
// stream, as compiler/emit writes it.
func uniqueEnumArray(n *ir.Array, e *ir.Enum) genFunc {
	strs := make([]string, len(e.Values))
	for i, v := range e.Values {
		strs[i] = string(v)
	}
	words := runtime.NewWords(strs...)
	min, max := n.MinItems, n.MaxItems
	return func(c *ctx, s runtime.Stream, buf []byte) []byte {
		count := runtime.ArrayLen(&s, min, max, c.shallow())
		buf = append(buf, '[')
		var used uint64
		for i := 0; i < count; i++ {
			is := runtime.ItemStream(s, i, 0)
			k, ok := runtime.PickUnused(&is, len(strs), used)
			if !ok {
				break // every value is taken
			}
			used |= 1 << k
			if i > 0 {
				buf = append(buf, ',')
			}
			buf = words.Append(buf, k)
		}
		return append(buf, ']')
	}
}

// fixedBytes is a short constant (a member's key) appended by one fixed
// 32-byte copy when the buffer has room: append's memmove branches on the
// length, which changes from member to member.
type fixedBytes struct {
	b    [32]byte
	n    int
	long []byte // set when it does not fit in b
}

func newFixedBytes(v []byte) fixedBytes {
	f := fixedBytes{n: len(v)}
	if len(v) > len(f.b) {
		f.long = v
	}
	copy(f.b[:], v)
	return f
}

func (f *fixedBytes) append(buf []byte) []byte {
	n := len(buf)
	if f.long == nil && cap(buf)-n >= len(f.b) {
		buf = buf[:n+len(f.b)]
		*(*[32]byte)(buf[n:]) = f.b
		return buf[:n+f.n]
	}
	if f.long != nil {
		return append(buf, f.long...)
	}
	return append(buf, f.b[:f.n]...)
}
