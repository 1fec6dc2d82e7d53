package plan

import (
	"fmt"
	"strings"

	"github.com/synthgen/synthgen/compiler/diag"
	"github.com/synthgen/synthgen/compiler/ir"
	"github.com/synthgen/synthgen/runtime"
)

// Providers are the functions that schemas name with x-go-generator, by
// that name ("example.com/pkg.Func"). A provider of a string schema is a
// func(*runtime.Stream) string; of an integer, func(*runtime.Stream) int64;
// of a number, func(*runtime.Stream) float64; of a boolean,
// func(*runtime.Stream) bool. It draws from the property's stream, as the
// compiled code calls it, so both backends give the same bytes.
type Providers map[string]any

// NewWithProviders is New for schemas that use x-go-generator: a scalar
// whose x-go-generator is in providers is drawn by that function. One
// whose provider is not registered is generated from its schema, as New
// does (the compiled code, which calls the function, then differs).
func NewWithProviders(root *ir.Root, providers Providers) (*Plan, error) {
	b := &builder{defs: map[*ir.Def]*genFunc{}, recursive: ir.RecursiveDefs(root), providers: providers}
	g, err := b.node(root.Node)
	if err != nil {
		return nil, err
	}
	return &Plan{root: root, gen: g, entity: runtime.EntityID("")}, nil
}

// provided returns the closure calling n's registered provider; ok is
// false when n has none.
func (b *builder) provided(n ir.Node) (g genFunc, ok bool, err error) {
	if n == nil || b.providers == nil {
		return nil, false, nil
	}
	name := n.Info().GoGenerator
	fn, found := b.providers[name]
	if name == "" || !found {
		return nil, false, nil
	}
	mismatch := func(want string) error {
		file, ptr, _ := strings.Cut(n.Info().Pointer, "#")
		if ptr != "" {
			ptr = "#" + ptr
		}
		return diag.New(diag.KindUnsupported, file, ptr, "x-go-generator", fmt.Sprintf("the provider registered for %s is a %T, want a %s", name, fn, want))
	}
	switch n.(type) {
	case *ir.String:
		f, ok := fn.(func(*runtime.Stream) string)
		if !ok {
			return nil, true, mismatch("func(*runtime.Stream) string")
		}
		return func(_ *ctx, s runtime.Stream, buf []byte) []byte { return runtime.AppendJSONString(buf, f(&s)) }, true, nil
	case *ir.Integer:
		f, ok := fn.(func(*runtime.Stream) int64)
		if !ok {
			return nil, true, mismatch("func(*runtime.Stream) int64")
		}
		return func(_ *ctx, s runtime.Stream, buf []byte) []byte { return runtime.AppendInt(buf, f(&s)) }, true, nil
	case *ir.Number:
		f, ok := fn.(func(*runtime.Stream) float64)
		if !ok {
			return nil, true, mismatch("func(*runtime.Stream) float64")
		}
		return func(_ *ctx, s runtime.Stream, buf []byte) []byte { return runtime.AppendNumber(buf, f(&s)) }, true, nil
	case *ir.Boolean:
		f, ok := fn.(func(*runtime.Stream) bool)
		if !ok {
			return nil, true, mismatch("func(*runtime.Stream) bool")
		}
		return func(_ *ctx, s runtime.Stream, buf []byte) []byte { return runtime.AppendBool(buf, f(&s)) }, true, nil
	}
	return nil, false, nil
}
