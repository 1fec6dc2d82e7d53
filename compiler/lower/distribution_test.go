package lower

import (
	"errors"
	"strings"
	"testing"

	"github.com/synthgen/synthgen/compiler/diag"
	"github.com/synthgen/synthgen/compiler/ir"
	"github.com/synthgen/synthgen/runtime"
)

func TestXDistributionIsValidated(t *testing.T) {
	cases := []struct{ dist, want string }{
		{`"gaussian"`, "unknown type"},
		{`{"type": "normal", "sd": -1}`, "sd -1 must be positive"},
		{`{"type": "normal", "sigma": 1}`, `takes no parameter "sigma"`},
		{`{"type": "exponential", "mean": "big"}`, "must be a number"},
		{`{"type": "lognormal", "median": 0}`, "must be positive"},
		{`{"type": "zipf", "s": 0}`, "must be positive"},
		{`7`, "want a type name"},
	}
	for _, c := range cases {
		_, err := lowerText(t, "d.json", `{"type": "object", "properties": {"x": {"type": "integer", "minimum": 1, "maximum": 100, "x-distribution": `+c.dist+`}}}`)
		var de *diag.Error
		if !errors.As(err, &de) || !strings.Contains(err.Error(), c.want) || de.Keyword != "x-distribution" {
			t.Errorf("x-distribution %s: error %v, want %q", c.dist, err, c.want)
		}
	}
}

func TestNumericNamesGetDefaultsClippedToTheirBounds(t *testing.T) {
	root, err := lowerText(t, "n.json", `{"type": "object", "properties": {
		"age": {"type": "integer", "minimum": 21, "maximum": 65},
		"price": {"type": "number", "minimum": 0, "maximum": 100000},
		"quantity": {"type": "integer", "minimum": 500, "maximum": 1000},
		"ages": {"type": "array", "items": {"type": "integer", "minimum": 0, "maximum": 100}},
		"count2": {"type": "integer", "x-distribution": "uniform"}}}`)
	if err != nil {
		t.Fatal(err)
	}
	o := root.Node.(*ir.Object)
	age := o.Fields[0].Node.(*ir.Integer)
	if age.Dist == nil || age.Dist.Kind != runtime.DistNormal || age.Dist.Lo != 21 || age.Dist.Hi != 65 || age.Semantic != runtime.KindAge {
		t.Errorf("age: %+v", age.Dist)
	}
	price := o.Fields[1].Node.(*ir.Number)
	if price.Dist == nil || price.Dist.Kind != runtime.DistLogNormal || price.Dist.Hi != 5000 {
		t.Errorf("price: %+v", price.Dist)
	}
	if q := o.Fields[2].Node.(*ir.Integer); q.Dist != nil {
		t.Errorf("quantity 500..1000 took the small-skewed default %+v; its bounds should win", q.Dist)
	}
	if it := o.Fields[3].Node.(*ir.Array).Items.(*ir.Integer); it.Dist != nil {
		t.Errorf("array items took a skewed default %+v", it.Dist)
	}
	if c := o.Fields[4].Node.(*ir.Integer); c.Dist == nil || c.Dist.Kind != runtime.DistUniform {
		t.Errorf("explicit uniform: %+v", c.Dist)
	}
}

func TestXWeightsFollowTheKeptEnumValues(t *testing.T) {
	root, err := lowerText(t, "w.json", `{"type": "string", "enum": ["a", "b", 3, "a"], "x-weights": [1, 2, 5, 1]}`)
	if err != nil {
		t.Fatal(err)
	}
	e := root.Node.(*ir.Enum)
	if len(e.Values) != 2 || len(e.Cum) != 2 || e.Cum[0] != 500000 || e.Cum[1] != 1000000 {
		t.Errorf("values %q cum %v: want a and b weighted 2 and 2", e.Values, e.Cum)
	}
	for _, bad := range []string{`[1, 2]`, `"heavy"`, `[1, -1, 1, 1]`, `[0, 0, 1, 0]`} {
		_, err := lowerText(t, "w.json", `{"type": "string", "enum": ["a", "b", 3, "a"], "x-weights": `+bad+`}`)
		var de *diag.Error
		if !errors.As(err, &de) || de.Keyword != "x-weights" {
			t.Errorf("x-weights %s: error %v", bad, err)
		}
	}
}
