package lower

import (
	"encoding/json"
	"math/big"
	"sort"
	"strconv"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/synthgen/synthgen/compiler/diag"
	"github.com/synthgen/synthgen/compiler/ir"
	"github.com/synthgen/synthgen/runtime"
)

// enum lowers enum and const: the listed values that the whole schema
// accepts (so `type` and every sibling keyword, whatever it is, filters
// them exactly), as canonical JSON, without duplicates.
func (l *lowerer) enum(s *jsonschema.Schema, m ir.Meta) (ir.Node, error) {
	kw, values := "enum", []any(nil)
	if s.Const != nil {
		kw, values = "const", []any{*s.Const}
	} else {
		values = s.Enum.Values
	}
	e := &ir.Enum{Meta: m}
	seen := map[string]bool{}
	dropped := 0
	for _, v := range values {
		if err := s.Validate(v); err != nil {
			dropped++
			continue
		}
		b := canonical(nil, v)
		if !seen[string(b)] {
			seen[string(b)] = true
			e.Values = append(e.Values, b)
		}
	}
	if len(e.Values) == 0 {
		if len(values) == 0 {
			return nil, l.errf(diag.KindUnsatisfiable, s, kw, "enum has no values")
		}
		if kw == "const" {
			return nil, l.errf(diag.KindUnsatisfiable, s, kw, "the const value fails the schema's other keywords")
		}
		return nil, l.errf(diag.KindUnsatisfiable, s, kw, "no enum value satisfies the schema's other keywords")
	}
	if dropped > 0 {
		e.Notes = append(e.Notes, strconv.Itoa(dropped)+" "+kw+" value(s) dropped: they fail the schema's other keywords")
	}
	if err := l.weights(s, e, values); err != nil {
		return nil, err
	}
	return e, nil
}

// canonical appends v as canonical JSON: object keys sorted, numbers in
// their shortest exact decimal form (1.0 is 1, 1e2 is 100), strings as the
// runtime writes them.
func canonical(buf []byte, v any) []byte {
	switch v := v.(type) {
	case nil:
		return append(buf, "null"...)
	case bool:
		return strconv.AppendBool(buf, v)
	case string:
		return runtime.AppendJSONString(buf, v)
	case json.Number:
		return append(buf, canonicalNumber(string(v))...)
	case []any:
		buf = append(buf, '[')
		for i, e := range v {
			if i > 0 {
				buf = append(buf, ',')
			}
			buf = canonical(buf, e)
		}
		return append(buf, ']')
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		buf = append(buf, '{')
		for i, k := range keys {
			if i > 0 {
				buf = append(buf, ',')
			}
			buf = runtime.AppendJSONString(buf, k)
			buf = append(buf, ':')
			buf = canonical(buf, v[k])
		}
		return append(buf, '}')
	}
	b, _ := json.Marshal(v) // not produced by the loader
	return append(buf, b...)
}

// canonicalNumber rewrites a JSON number literal exactly, without exponent
// where the value is modest; huge exponents keep their literal.
func canonicalNumber(lit string) string {
	if i := strings.IndexAny(lit, "eE"); i >= 0 {
		if exp, err := strconv.Atoi(strings.TrimPrefix(lit[i+1:], "+")); err != nil || exp > 400 || exp < -400 {
			return lit
		}
	}
	r, ok := new(big.Rat).SetString(lit)
	if !ok {
		return lit
	}
	return decimal(r)
}
