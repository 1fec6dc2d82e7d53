package plan

import (
	"fmt"

	"github.com/synthgen/synthgen/compiler/ir"
	"github.com/synthgen/synthgen/runtime"
)

// genFunc appends one JSON value drawn from s.
type genFunc func(c *ctx, s runtime.Stream, buf []byte) []byte

// ctx is one worker's mutable state: the recursion depth and scratch space.
type ctx struct {
	depth    int
	maxDepth int
	offsets  []int
	// obj is the shared state of the object whose property is being
	// generated, for kinds that share draws across an object's fields
	// (a person, a place); objs holds one per level of nested objects
	// that has such fields.
	obj  *runtime.Object
	objs []runtime.Object
	// seed and index name the record, for x-unique values (uniqueIntGen):
	// index is the record's, or inside an array's items (ir.Array.
	// IndexItems) the item's, index*MaxItems + i.
	seed, index uint64
	// fs holds the stream a direct writer (runtime.Direct) draws from: a
	// stream passed through a func value escapes, so it is kept here
	// rather than allocated per call.
	fs runtime.Stream
}

func (c *ctx) shallow() bool { return c.depth >= c.maxDepth }

// Plan generates the records of one schema.
type Plan struct {
	root   *ir.Root
	gen    genFunc
	entity uint64
}

// New builds the closures for root.
func New(root *ir.Root) (*Plan, error) {
	b := &builder{defs: map[*ir.Def]*genFunc{}, recursive: ir.RecursiveDefs(root)}
	g, err := b.node(root.Node)
	if err != nil {
		return nil, err
	}
	return &Plan{root: root, gen: g, entity: runtime.EntityID("")}, nil
}

// Root returns the IR the plan was built from.
func (p *Plan) Root() *ir.Root { return p.root }

// Worker generates records; it is not safe for concurrent use, but any
// number of workers may share one Plan.
type Worker struct {
	p *Plan
	c ctx
}

// NewWorker returns a worker for p.
func (p *Plan) NewWorker() *Worker {
	max := p.root.MaxDepth
	if max <= 0 {
		max = DefaultMaxDepth
	}
	return &Worker{p: p, c: ctx{maxDepth: max}}
}

// DefaultMaxDepth is the recursion budget when the IR gives none.
const DefaultMaxDepth = 3

// AppendJSON appends record index of the run with seed as one line of JSON
// (without the newline).
func (w *Worker) AppendJSON(buf []byte, seed, index uint64) []byte {
	w.c.depth, w.c.seed, w.c.index = 0, seed, index
	return w.p.gen(&w.c, runtime.RecordStream(seed, w.p.entity, index), buf)
}

type builder struct {
	defs      map[*ir.Def]*genFunc
	recursive map[*ir.Def]bool
	providers Providers // x-go-generator functions (providers.go)
}

func (b *builder) node(n ir.Node) (genFunc, error) {
	if g, ok, err := b.provided(n); ok {
		return g, err
	}
	switch n := n.(type) {
	case *ir.Any:
		return func(_ *ctx, s runtime.Stream, buf []byte) []byte {
			return runtime.AppendAny(&s, buf)
		}, nil
	case *ir.Null:
		return func(_ *ctx, _ runtime.Stream, buf []byte) []byte {
			return append(buf, "null"...)
		}, nil
	case *ir.Boolean:
		if pct := n.TruePct; pct != 0 {
			return func(_ *ctx, s runtime.Stream, buf []byte) []byte {
				return runtime.AppendBool(buf, runtime.Flag(&s, pct))
			}, nil
		}
		return func(_ *ctx, s runtime.Stream, buf []byte) []byte {
			return runtime.AppendBool(buf, s.Bool())
		}, nil
	case *ir.Integer:
		if n.Unique {
			return uniqueIntGen(n), nil
		}
		if n.Dist != nil {
			g := intDist(n)
			return func(_ *ctx, s runtime.Stream, buf []byte) []byte {
				return runtime.AppendInt(buf, g.Next(&s))
			}, nil
		}
		g := &runtime.Int{KLo: n.KLo, KHi: n.KHi, Step: n.Step}
		return func(_ *ctx, s runtime.Stream, buf []byte) []byte {
			return runtime.AppendInt(buf, g.Next(&s))
		}, nil
	case *ir.Number:
		if n.Dist != nil {
			g := decimalDist(n)
			return func(_ *ctx, s runtime.Stream, buf []byte) []byte {
				return g.AppendJSON(&s, buf)
			}, nil
		}
		g := &runtime.Decimal{KLo: n.KLo, KHi: n.KHi, Step: n.Step, Scale: n.Scale}
		return func(_ *ctx, s runtime.Stream, buf []byte) []byte {
			return g.AppendJSON(&s, buf)
		}, nil
	case *ir.String:
		if n.Unique {
			return uniqueStrGen(n), nil
		}
		return stringGen(n)
	case *ir.Enum:
		return enumGen(n)
	case *ir.Object:
		return b.object(n)
	case *ir.Array:
		return b.array(n)
	case *ir.Union:
		return b.union(n)
	case *ir.Ref:
		return b.ref(n)
	}
	return nil, fmt.Errorf("plan: unknown IR node %T", n)
}

func stringGen(n *ir.String) (genFunc, error) {
	gv, err := n.Generator()
	if err != nil {
		return nil, err
	}
	g := &gv
	if d, ok := g.Direct(); ok && !g.Semantic.UsesObject() {
		return directGen(d), nil
	}
	if g.Proved && !g.Semantic.UsesObject() {
		return func(_ *ctx, s runtime.Stream, buf []byte) []byte {
			return g.AppendProvedJSON(&s, nil, buf)
		}, nil
	}
	return func(_ *ctx, s runtime.Stream, buf []byte) []byte {
		return g.AppendJSON(&s, buf)
	}, nil
}

// uniqueIntGen is an x-unique integer: a permutation of the unique index
// keyed by the seed and the value's UniqueID. It draws nothing from its
// stream.
func uniqueIntGen(n *ir.Integer) genFunc {
	g := &runtime.Int{KLo: n.KLo, KHi: n.KHi, Step: n.Step}
	id := n.UniqueID
	return func(c *ctx, _ runtime.Stream, buf []byte) []byte {
		return runtime.AppendInt(buf, g.Unique(c.seed, c.index, id))
	}
}

// uniqueStrGen is an x-unique string: the string of its pattern's
// language at a permutation of the unique index, or a UUID holding that
// permutation (and bits drawn from its stream).
func uniqueStrGen(n *ir.String) genFunc {
	id := n.UniqueID
	if n.Format == runtime.FormatUUID {
		return func(c *ctx, s runtime.Stream, buf []byte) []byte {
			return runtime.AppendUniqueUUIDJSON(&s, c.seed, c.index, id, buf)
		}
	}
	g := &runtime.Str{MinLen: n.MinLen, MaxLen: n.MaxLen, Regex: runtime.MustCompileRegex(n.Pattern)}
	return func(c *ctx, _ runtime.Stream, buf []byte) []byte {
		return g.AppendUniqueJSON(c.seed, c.index, id, buf)
	}
}

func decimalDist(n *ir.Number) *runtime.DecimalDist {
	return &runtime.DecimalDist{KLo: n.KLo, KHi: n.KHi, Step: n.Step, Scale: n.Scale, Dist: n.Dist.Prepared(),
		Semantic: n.Semantic, Locale: n.Locale}
}

func intDist(n *ir.Integer) *runtime.IntDist {
	return &runtime.IntDist{KLo: n.KLo, KHi: n.KHi, Step: n.Step, Dist: n.Dist.Prepared(),
		Semantic: n.Semantic, Locale: n.Locale, Now: n.Now}
}

// sharedLeafGen generates a property whose kind draws from its object's
// stream (a person, a place, a timeline; ir.SharedLeaf), which the object
// closure leaves in c.obj.
func sharedLeafGen(n ir.Node) (genFunc, error) {
	switch n := n.(type) {
	case *ir.Integer:
		g := intDist(n)
		return func(c *ctx, s runtime.Stream, buf []byte) []byte {
			return runtime.AppendInt(buf, g.NextField(&s, c.obj))
		}, nil
	case *ir.Number:
		g := decimalDist(n)
		return func(c *ctx, s runtime.Stream, buf []byte) []byte {
			return runtime.AppendNumber(buf, g.NextField(&s, c.obj))
		}, nil
	}
	return sharedStringGen(n.(*ir.String))
}

func sharedStringGen(n *ir.String) (genFunc, error) {
	gv, err := n.Generator()
	if err != nil {
		return nil, err
	}
	g := &gv
	if d, ok := g.Direct(); ok {
		return directGen(d), nil
	}
	if g.Proved {
		return func(c *ctx, s runtime.Stream, buf []byte) []byte {
			return g.AppendProvedJSON(&s, c.obj, buf)
		}, nil
	}
	return func(c *ctx, s runtime.Stream, buf []byte) []byte {
		return g.AppendFieldJSON(&s, c.obj, buf)
	}, nil
}

func enumGen(n *ir.Enum) (genFunc, error) {
	values := n.Values
	switch len(values) {
	case 0:
		return nil, fmt.Errorf("%s: enum with no values", n.Pointer)
	case 1:
		v := values[0]
		return func(_ *ctx, _ runtime.Stream, buf []byte) []byte {
			return append(buf, v...)
		}, nil
	}
	strs := make([]string, len(values))
	for i, v := range values {
		strs[i] = string(v)
	}
	words := runtime.NewWords(strs...)
	if cum := n.Cum; cum != nil {
		return func(_ *ctx, s runtime.Stream, buf []byte) []byte {
			return words.Append(buf, runtime.PickWeighted(&s, cum))
		}, nil
	}
	return func(_ *ctx, s runtime.Stream, buf []byte) []byte {
		return words.Append(buf, s.Intn(len(strs)))
	}, nil
}

func (b *builder) union(n *ir.Union) (genFunc, error) {
	branches := make([]genFunc, len(n.Branches))
	for i, br := range n.Branches {
		g, err := b.node(br)
		if err != nil {
			return nil, err
		}
		branches[i] = g
	}
	return unionOf(branches, n.Shallow), nil
}

func unionOf(branches []genFunc, shallowIndex int) genFunc {
	return func(c *ctx, s runtime.Stream, buf []byte) []byte {
		i := runtime.Pick(&s, len(branches), shallowIndex, c.shallow())
		return branches[i](c, s, buf)
	}
}

func (b *builder) ref(n *ir.Ref) (genFunc, error) {
	target, ok := b.defs[n.Def]
	if !ok {
		target = new(genFunc)
		b.defs[n.Def] = target
		g, err := b.node(n.Def.Node)
		if err != nil {
			return nil, err
		}
		*target = g
	}
	if !b.recursive[n.Def] {
		return func(c *ctx, s runtime.Stream, buf []byte) []byte {
			return (*target)(c, s, buf)
		}, nil
	}
	return func(c *ctx, s runtime.Stream, buf []byte) []byte {
		c.depth++
		buf = (*target)(c, s, buf)
		c.depth--
		return buf
	}, nil
}

// directGen writes a proved string by its direct writer, as compiler/emit's
// directCall does.
func directGen(d runtime.Direct) genFunc {
	if d.Const != "" {
		v := []byte(d.Const)
		return func(_ *ctx, _ runtime.Stream, buf []byte) []byte {
			return append(buf, v...)
		}
	}
	w, l, now := d.Write, d.Locale, d.Now
	switch {
	case d.ReadsStream && d.ReadsObject:
		return func(c *ctx, s runtime.Stream, buf []byte) []byte {
			c.fs = s
			return w(&c.fs, c.obj, l, now, buf)
		}
	case d.ReadsStream:
		return func(c *ctx, s runtime.Stream, buf []byte) []byte {
			c.fs = s
			return w(&c.fs, nil, l, now, buf)
		}
	case d.ReadsObject:
		return func(c *ctx, _ runtime.Stream, buf []byte) []byte {
			return w(nil, c.obj, l, now, buf)
		}
	}
	return func(_ *ctx, _ runtime.Stream, buf []byte) []byte {
		return w(nil, nil, l, now, buf)
	}
}
