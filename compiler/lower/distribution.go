package lower

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/synthgen/synthgen/compiler/diag"
	"github.com/synthgen/synthgen/compiler/ir"
	"github.com/synthgen/synthgen/compiler/semantic"
	"github.com/synthgen/synthgen/runtime"
)

// distributed returns the step that gives a lowered integer or number its
// distribution: x-distribution when the schema names one, else the
// default of a numeric kind its name reveals (ages, prices, quantities),
// clipped to its bounds; uniform otherwise.
func (l *lowerer) distributed(n ir.Node, err error) func(*jsonschema.Schema, map[string]any) (ir.Node, error) {
	return func(s *jsonschema.Schema, raw map[string]any) (ir.Node, error) {
		if err != nil {
			return nil, err
		}
		var (
			m           *ir.Meta
			kLo, kHi    int64
			step, scale = 1.0, 1.0
		)
		switch n := n.(type) {
		case *ir.Integer:
			m, kLo, kHi, step = &n.Meta, n.KLo, n.KHi, float64(n.Step)
		case *ir.Number:
			m, kLo, kHi, step, scale = &n.Meta, n.KLo, n.KHi, float64(n.Step), math.Pow10(int(n.Scale))
		case *ir.Enum: // exact values of a range beyond int64 or float64 (exactGrid)
			if _, ok := raw["x-distribution"]; ok {
				n.Notes = append(n.Notes, "ignored keyword x-distribution (the range is drawn from exact values)")
			}
			return n, nil
		default:
			return n, nil
		}
		if kLo == kHi {
			return n, nil
		}
		lo, hi := float64(kLo)*step/scale, float64(kHi)*step/scale
		d, kind, err := l.pickDist(s, raw, m, lo, hi)
		if err != nil || d == nil {
			return n, err
		}
		switch n := n.(type) {
		case *ir.Integer:
			n.Dist, n.Semantic, n.Locale, n.Now = d, kind, l.locale, l.opts.Now
		case *ir.Number:
			n.Dist, n.Semantic, n.Locale = d, kind, l.locale
		}
		return n, nil
	}
}

func (l *lowerer) pickDist(s *jsonschema.Schema, raw map[string]any, m *ir.Meta, lo, hi float64) (*runtime.Dist, runtime.Kind, error) {
	if x, ok := raw["x-distribution"]; ok {
		d, err := parseDist(x, lo, hi)
		if err != nil {
			return nil, 0, l.errf(diag.KindInvalid, s, "x-distribution", "%v", err)
		}
		m.Notes = append(m.Notes, "distribution: "+semantic.DescribeDist(*d)+" (x-distribution)")
		return d, runtime.KindNone, nil
	}
	if l.opts.Plain || isItem(m.Pointer) {
		// Skewed defaults crowd array items onto a few values, which
		// uniqueItems would then reject: items stay uniform.
		return nil, 0, nil
	}
	forced := runtime.KindNone
	if name, ok := raw["x-generator"].(string); ok {
		if k, ok := runtime.ParseKind(name); ok {
			forced = k
		}
	}
	name, parent := fieldContext(m.Pointer, l.root.Name)
	match, ok := semantic.Detect(semantic.Field{Name: name, Parent: parent, Numeric: true, Title: m.Title, Description: m.Description})
	kinds, why := match.Kinds, match.Why
	if forced != runtime.KindNone {
		kinds, why = []runtime.Kind{forced}, "x-generator"
	} else if !ok {
		return nil, 0, nil
	}
	for _, k := range kinds {
		d, ok := k.Dist(l.locale)
		if !ok {
			m.Notes = append(m.Notes, "semantic: rejected "+k.String()+": not a numeric kind")
			continue
		}
		center := distCenter(d)
		if center < lo || center > hi {
			m.Notes = append(m.Notes, fmt.Sprintf("semantic: rejected %s: its values centre on %g, outside [%g, %g]; uniform", k, center, lo, hi))
			continue
		}
		d.Lo, d.Hi = max(d.Lo, lo), min(d.Hi, hi)
		m.Notes = append(m.Notes, "semantic: kind "+k.String()+" ("+why+"): "+semantic.DescribeDist(d))
		return &d, k, nil
	}
	return nil, 0, nil
}

// distCenter is where most of a distribution's values fall.
func distCenter(d runtime.Dist) float64 {
	switch d.Kind {
	case runtime.DistNormal:
		return d.Mean
	case runtime.DistLogNormal:
		return math.Exp(d.Mean)
	case runtime.DistExponential, runtime.DistZipf:
		return d.Lo
	}
	return (d.Lo + d.Hi) / 2
}

// distParams are the parameters each x-distribution type takes.
var distParams = map[runtime.DistKind][]string{
	runtime.DistUniform:     nil,
	runtime.DistNormal:      {"mean", "sd"},
	runtime.DistLogNormal:   {"mu", "sigma", "median"},
	runtime.DistExponential: {"mean"},
	runtime.DistZipf:        {"s"},
}

// parseDist reads x-distribution: a type name, or {"type": …, params},
// over the field's range [lo, hi]. Parameters left out take defaults
// from the range; every one given is checked.
func parseDist(x any, lo, hi float64) (*runtime.Dist, error) {
	obj, ok := x.(map[string]any)
	if name, isStr := x.(string); isStr {
		obj, ok = map[string]any{"type": name}, true
	}
	if !ok {
		return nil, fmt.Errorf(`want a type name or {"type": …, parameters}`)
	}
	name, _ := obj["type"].(string)
	kind, ok := runtime.ParseDistKind(name)
	if !ok {
		return nil, fmt.Errorf("unknown type %q (want uniform, normal, lognormal, exponential or zipf)", name)
	}
	p := map[string]float64{}
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if k == "type" {
			continue
		}
		allowed := distParams[kind]
		if !contains(allowed, k) {
			return nil, fmt.Errorf("%s takes no parameter %q (it takes %s)", name, k, orNone(allowed))
		}
		v, ok := toFloat(obj[k])
		if !ok || math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, fmt.Errorf("parameter %q must be a number", k)
		}
		p[k] = v
	}
	d := &runtime.Dist{Kind: kind, Lo: lo, Hi: hi}
	get := func(k string, def float64) float64 {
		if v, ok := p[k]; ok {
			return v
		}
		return def
	}
	switch kind {
	case runtime.DistNormal:
		d.Mean, d.SD = get("mean", (lo+hi)/2), get("sd", (hi-lo)/6)
		if d.SD <= 0 {
			return nil, fmt.Errorf("normal: sd %g must be positive", d.SD)
		}
		if d.Mean < lo-3*d.SD || d.Mean > hi+3*d.SD {
			return nil, fmt.Errorf("normal: mean %g is too far outside [%g, %g] to draw from", d.Mean, lo, hi)
		}
	case runtime.DistLogNormal:
		if hi <= 0 {
			return nil, fmt.Errorf("lognormal: needs positive values, but the field's maximum is %g", hi)
		}
		mu := math.Log(math.Max((max(lo, 0)+hi)/4, 1e-9))
		if v, ok := p["median"]; ok {
			if v <= 0 {
				return nil, fmt.Errorf("lognormal: median %g must be positive", v)
			}
			mu = math.Log(v)
		}
		d.Mean, d.SD = get("mu", mu), get("sigma", 1)
		if d.SD <= 0 {
			return nil, fmt.Errorf("lognormal: sigma %g must be positive", d.SD)
		}
	case runtime.DistExponential:
		d.Mean = get("mean", (hi-lo)/5)
		if d.Mean <= 0 {
			return nil, fmt.Errorf("exponential: mean %g must be positive", d.Mean)
		}
	case runtime.DistZipf:
		d.S = get("s", 1.2)
		if d.S <= 0 {
			return nil, fmt.Errorf("zipf: s %g must be positive", d.S)
		}
		if hi-lo > 1e9 {
			return nil, fmt.Errorf("zipf: the range [%g, %g] is too wide to rank", lo, hi)
		}
	}
	return d, nil
}

// toFloat reads a JSON number however the document decoder held it.
func toFloat(v any) (float64, bool) {
	switch v := v.(type) {
	case float64:
		return v, true
	case int:
		return float64(v), true
	case int64:
		return float64(v), true
	case json.Number:
		f, err := v.Float64()
		return f, err == nil
	case fmt.Stringer:
		f, err := strconv.ParseFloat(v.String(), 64)
		return f, err == nil
	}
	return 0, false
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func orNone(list []string) string {
	if len(list) == 0 {
		return "none"
	}
	return strings.Join(list, ", ")
}
