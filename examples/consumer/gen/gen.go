// Package gen holds the consumer's own value generators, named in its
// schemas with x-go-generator.
package gen

import "github.com/synthgen/synthgen/runtime"

// AccountRef returns an account reference, "ACC-" and six digits, drawn
// from the property's stream: the compiled fixtures and a synthgen built
// with cli.WithProvider (cmd/synthgen) give the same references.
func AccountRef(s *runtime.Stream) string {
	n := s.Intn(1_000_000)
	b := []byte("ACC-000000")
	for i := len(b) - 1; n > 0; i-- {
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b)
}
