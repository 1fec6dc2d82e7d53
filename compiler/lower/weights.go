package lower

import (
	"math"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/synthgen/synthgen/compiler/diag"
	"github.com/synthgen/synthgen/compiler/ir"
)

// weightScale turns fractional weights (0.7, 0.2, 0.1) into the integers
// runtime.PickWeighted draws over.
const weightScale = 1_000_000

// weights reads x-weights, parallel to the schema's enum values: each
// kept value's weight (duplicates summed, dropped values' weights
// ignored) as running totals in e.Cum.
func (l *lowerer) weights(s *jsonschema.Schema, e *ir.Enum, values []any) error {
	raw, _ := l.set.Raw(s)
	x, ok := raw["x-weights"]
	if !ok {
		return nil
	}
	list, ok := x.([]any)
	if !ok || s.Enum == nil || len(list) != len(values) {
		return l.errf(diag.KindInvalid, s, "x-weights", "x-weights must be an array of numbers, one per enum value (%d)", len(values))
	}
	w := make([]float64, len(e.Values))
	for i, v := range values {
		f, ok := toFloat(list[i])
		if !ok || f < 0 || math.IsInf(f, 0) || math.IsNaN(f) {
			return l.errf(diag.KindInvalid, s, "x-weights", "weight %d must be a non-negative number", i)
		}
		if s.Validate(v) != nil {
			continue
		}
		b := string(canonical(nil, v))
		for j, ev := range e.Values {
			if string(ev) == b {
				w[j] += f
			}
		}
	}
	if isItem(e.Pointer) {
		// Skewed items starve uniqueItems (all values may be required).
		e.Notes = append(e.Notes, "x-weights ignored for array items: values stay uniform")
		return nil
	}
	total := 0.0
	for _, f := range w {
		total += f
	}
	if total <= 0 {
		return l.errf(diag.KindInvalid, s, "x-weights", "the weights of the allowed enum values are all zero")
	}
	e.Cum = make([]uint64, len(w))
	var run uint64
	for i, f := range w {
		n := uint64(math.Round(f / total * weightScale))
		if n == 0 && f > 0 {
			n = 1
		}
		run += n
		e.Cum[i] = run
	}
	if len(e.Values) == 1 {
		e.Cum = nil
	}
	return nil
}
