package cli

import (
	"github.com/synthgen/synthgen/compiler/plan"
)

// Option configures Main: build your own synthgen with the generators your
// schemas name in x-go-generator.
//
//	package main
//
//	import (
//		"os"
//
//		"github.com/synthgen/synthgen/cmd/synthgen/cli"
//		"example.com/consumer/gen"
//	)
//
//	func main() {
//		os.Exit(cli.Main(cli.WithProvider("example.com/consumer/gen.AccountRef", gen.AccountRef)))
//	}
type Option func(*env)

// WithProvider registers fn under name, the x-go-generator value schemas
// use for it ("import/path.Func"): `synthgen generate` then draws those
// values with fn, as the compiled code does. fn is a func(*runtime.Stream)
// returning string, int64, float64 or bool for a string, integer, number
// or boolean schema; a mismatch is reported when a schema uses it.
func WithProvider(name string, fn any) Option {
	return func(e *env) {
		if e.providers == nil {
			e.providers = plan.Providers{}
		}
		e.providers[name] = fn
	}
}
