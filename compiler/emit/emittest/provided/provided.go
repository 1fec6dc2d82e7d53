// Package provided holds x-go-generator functions for the tests of
// compile mode (compiler/emit/testdata/provided.json): the emitted code
// imports them, and the differential harness registers them with the plan.
package provided

import (
	"strconv"

	"github.com/synthgen/synthgen/compiler/plan"
	"github.com/synthgen/synthgen/runtime"
)

// Ticket returns "T-" and four digits.
func Ticket(s *runtime.Stream) string {
	n := s.Intn(10000)
	b := []byte("T-0000")
	for i := 5; n > 0; i-- {
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b)
}

// Dice returns 1 to 6.
func Dice(s *runtime.Stream) int64 { return int64(s.Intn(6)) + 1 }

// Half returns 0.5 or 1.5.
func Half(s *runtime.Stream) float64 { return float64(s.Intn(2)) + 0.5 }

// Heads returns true.
func Heads(*runtime.Stream) bool { return true }

// Label returns "label-" and a number, for strings inside values kept as
// JSON.
func Label(s *runtime.Stream) string { return "label-" + strconv.Itoa(s.Intn(100)) }

// Providers registers the functions above under their x-go-generator
// names.
var Providers = plan.Providers{
	Path + ".Ticket": Ticket,
	Path + ".Dice":   Dice,
	Path + ".Half":   Half,
	Path + ".Heads":  Heads,
	Path + ".Label":  Label,
}

// Path is the package's import path.
const Path = "github.com/synthgen/synthgen/compiler/emit/emittest/provided"
