package lower

import (
	"fmt"
	"math/big"
	"slices"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/synthgen/synthgen/compiler/diag"
	"github.com/synthgen/synthgen/runtime"
)

// merge intersects the keyword-only schemas of a flattened conjunction
// into one synthetic schema: types intersected, bounds and lengths
// tightened, multipleOf as the least common multiple, properties and item
// positions merged per name and index (recursively, as allOf schemas).
func (l *lowerer) merge(like *jsonschema.Schema, f *flat) (*jsonschema.Schema, error) {
	m := l.synth(f.pos[0])
	if len(f.pos) == 1 && f.pos[0].Title != "" {
		m.Title = f.pos[0].Title
	}
	var types typeSet = tAll | tInt
	typed := false
	for _, p := range f.pos {
		if p.Types == nil {
			continue
		}
		typed = true
		var t typeSet
		for _, n := range p.Types.ToStrings() {
			t |= typeOf(n)
		}
		if t&tNum != 0 {
			t |= tInt
		}
		if types&t == 0 {
			return nil, l.errf(diag.KindUnsatisfiable, p, "type",
				"type %s does not meet type %s required beside it (allOf, $ref or a combinator branch)", (t&^tInt)|(t&tInt&^(t>>1)), types)
		}
		types &= t
	}
	if typed {
		if types&tNum != 0 {
			types &^= tInt
		}
		m.Types = toTypes(types)
	}
	for _, p := range f.pos {
		m.Minimum = maxRat(m.Minimum, p.Minimum)
		m.ExclusiveMinimum = maxRat(m.ExclusiveMinimum, p.ExclusiveMinimum)
		m.Maximum = minRat(m.Maximum, p.Maximum)
		m.ExclusiveMaximum = minRat(m.ExclusiveMaximum, p.ExclusiveMaximum)
		if p.MultipleOf != nil {
			m.MultipleOf = lcm(m.MultipleOf, p.MultipleOf)
		}
		m.MinLength = maxInt(m.MinLength, p.MinLength)
		m.MaxLength = minInt(m.MaxLength, p.MaxLength)
		m.MinItems = maxInt(m.MinItems, p.MinItems)
		m.MaxItems = minInt(m.MaxItems, p.MaxItems)
		m.MinProperties = maxInt(m.MinProperties, p.MinProperties)
		m.MaxProperties = minInt(m.MaxProperties, p.MaxProperties)
		m.UniqueItems = m.UniqueItems || p.UniqueItems
		if p.Pattern != nil {
			switch src := l.patternOf(p); {
			case m.Pattern == nil:
				m.Pattern = p.Pattern
				l.patterns[m] = []string{src}
			case !slices.Contains(l.patterns[m], src):
				l.patterns[m] = append(l.patterns[m], src)
			}
		}
		if p.Format != nil {
			if m.Format != nil && m.Format.Name != p.Format.Name {
				return nil, l.errf(diag.KindUnsupported, p, "format", "two different formats on one string are not supported yet")
			}
			m.Format = p.Format
		}
		if p.ContentSchema != nil || len(p.Extensions) > 0 {
			m.ContentSchema, m.Extensions = p.ContentSchema, p.Extensions
		}
		for _, r := range p.Required {
			if !slices.Contains(m.Required, r) {
				m.Required = append(m.Required, r)
			}
		}
		// x-unique on any part holds for the whole (a synthetic schema has
		// no document to read it from).
		if raw, _ := l.raw(l.originOf(p)); raw != nil {
			if x, ok := raw["x-unique"]; ok && l.synUnique[m] != true {
				l.synUnique[m] = x
			}
		} else if x, ok := l.synUnique[p]; ok && l.synUnique[m] != true {
			l.synUnique[m] = x
		}
	}
	if m.MultipleOf != nil && m.MultipleOf.Sign() == 0 {
		return nil, l.errf(diag.KindUnsupported, like, "multipleOf", "multipleOf too large to merge")
	}
	l.mergeProperties(m, f)
	if err := l.mergeItems(m, f); err != nil {
		return nil, err
	}
	return m, nil
}

// mergeProperties gives m every property any schema declares or requires,
// each the allOf of what every schema says of that name: its property
// schema, else its matching patternProperties, else its
// additionalProperties — and unevaluatedProperties for names no schema
// declares. Names that fail a propertyNames are never present.
func (l *lowerer) mergeProperties(m *jsonschema.Schema, f *flat) {
	var names []string
	for _, p := range f.pos {
		for _, k := range l.keys(p) {
			if !slices.Contains(names, k) {
				names = append(names, k)
			}
		}
	}
	for _, k := range m.Required {
		if !slices.Contains(names, k) {
			names = append(names, k)
		}
	}
	var aps []*jsonschema.Schema
	apFalseSeen := false
	for _, p := range f.pos {
		switch ap := p.AdditionalProperties.(type) {
		case bool:
			apFalseSeen = apFalseSeen || !ap
		case *jsonschema.Schema:
			aps = append(aps, ap)
		}
	}
	if len(names) == 0 && !apFalseSeen && !f.noExtra {
		if len(aps) > 0 {
			m.AdditionalProperties = l.allOf(m, aps)
		}
		return
	}
	if len(names) == 0 {
		m.AdditionalProperties = false
		l.noExtra[m] = true
		if keys, subs := l.safeKeys(f); keys != nil {
			m.AdditionalProperties = l.allOf(m, subs)
			l.extraKeys[m] = keys
		}
		return
	}
	m.Properties = map[string]*jsonschema.Schema{}
	for _, k := range names {
		subs := l.memberSchemas(f, k)
		m.Properties[k] = l.allOf(m, subs)
	}
	l.order[m] = names
	if apFalseSeen || f.noExtra {
		l.noExtra[m] = true
	}
}

// patternKeySamples is how many names safeKeys draws from each
// patternProperties or propertyNames pattern.
const patternKeySamples = 16

// safeKeys returns the names generated members of an object with no
// declared or required property may have when names are constrained
// (f.noExtra): the words of runtime.KeyWords and the strings a
// propertyNames enum or const lists and names drawn from the patterns
// of patternProperties and propertyNames, kept when no propertyNames rejects
// them, no dependency is triggered by them and their member schemas
// (patternProperties, additionalProperties, unevaluatedProperties) are
// the same list — the largest such group, its first name winning ties.
func (l *lowerer) safeKeys(f *flat) ([]string, []*jsonschema.Schema) {
	cands := runtime.KeyWords()
	trigger := map[string]bool{}
	var patterns []string
	for _, p := range f.pos {
		for re := range p.PatternProperties {
			patterns = append(patterns, re.String())
		}
		if pn := p.PropertyNames; pn != nil && pn.Pattern != nil {
			patterns = append(patterns, pn.Pattern.String())
		}
	}
	slices.Sort(patterns)
	for _, pat := range slices.Compact(patterns) {
		// The pattern's own strings, then longer ones that its search
		// also matches (`^x` gives "x" alone): candidates, which the
		// checks below keep only when every rule allows them.
		for _, p := range []string{pat, "(?:" + pat + ")" + widenSuffix} {
			re, err := runtime.CompileRegex(p)
			if err != nil {
				continue
			}
			for j := range patternKeySamples {
				st := runtime.RecordStream(0, 0, uint64(j))
				cands = append(cands, string(re.Append(&st, nil)))
			}
		}
	}
	for _, p := range f.pos {
		if pn := p.PropertyNames; pn != nil {
			if pn.Const != nil {
				if s, ok := (*pn.Const).(string); ok {
					cands = append(cands, s)
				}
			}
			if pn.Enum != nil {
				for _, v := range pn.Enum.Values {
					if s, ok := v.(string); ok {
						cands = append(cands, s)
					}
				}
			}
		}
		for k := range p.Dependencies {
			trigger[k] = true
		}
		for k := range p.DependentRequired {
			trigger[k] = true
		}
		for k := range p.DependentSchemas {
			trigger[k] = true
		}
	}
	type group struct {
		keys []string
		subs []*jsonschema.Schema
	}
	var groups []*group
	byID := map[string]*group{}
	seen := map[string]bool{}
next:
	for _, k := range cands {
		if seen[k] || trigger[k] {
			continue
		}
		seen[k] = true
		subs := l.memberSchemas(f, k)
		id := ""
		for _, s := range subs {
			if s.Bool != nil && !*s.Bool {
				continue next
			}
			id += fmt.Sprintf("%p,", s)
		}
		g := byID[id]
		if g == nil {
			g = &group{subs: subs}
			byID[id] = g
			groups = append(groups, g)
		}
		g.keys = append(g.keys, k)
	}
	var best *group
	for _, g := range groups {
		if best == nil || len(g.keys) > len(best.keys) {
			best = g
		}
	}
	if best == nil {
		return nil, nil
	}
	return best.keys, best.subs
}

// memberSchemas lists what every schema of f says of member k: its
// property schema, else its matching patternProperties, else its
// additionalProperties — and unevaluatedProperties when no schema
// evaluates k; false when a propertyNames rejects k.
func (l *lowerer) memberSchemas(f *flat, k string) []*jsonschema.Schema {
	var subs []*jsonschema.Schema
	for _, p := range f.pos {
		if ps, ok := p.Properties[k]; ok {
			subs = append(subs, ps)
		}
		pats := anyPattern(p.PatternProperties, k)
		subs = append(subs, pats...)
		if _, ok := p.Properties[k]; ok || len(pats) > 0 {
			continue
		}
		switch ap := p.AdditionalProperties.(type) {
		case bool:
			if !ap {
				subs = append(subs, l.boolSchema(p, false))
			}
		case *jsonschema.Schema:
			subs = append(subs, ap)
		}
		if up := p.UnevaluatedProperties; up != nil && !isTrueSchema(up) && !l.evaluatesProperty(f, p, k) {
			subs = append(subs, up)
		}
	}
	for _, p := range f.pos {
		if pn := p.PropertyNames; pn != nil && !l.valid(pn, k) {
			subs = append(subs, l.boolSchema(p, false))
		}
	}
	return subs
}

// itemsOf returns p's item schemas by position: the prefix, then the
// schema of every later item (nil: any).
func itemsOf(p *jsonschema.Schema) (prefix []*jsonschema.Schema, rest *jsonschema.Schema) {
	if p.DraftVersion >= 2020 {
		return p.PrefixItems, p.Items2020
	}
	switch it := p.Items.(type) {
	case *jsonschema.Schema:
		return nil, it
	case []*jsonschema.Schema:
		switch ai := p.AdditionalItems.(type) {
		case bool:
			if !ai {
				f := false
				return it, &jsonschema.Schema{Bool: &f}
			}
		case *jsonschema.Schema:
			return it, ai
		}
		return it, nil
	}
	return nil, nil
}

// mergeItems merges item schemas position by position, then meets
// contains by making its first minContains items match it, and
// unevaluatedItems by constraining items no schema evaluates.
//
// A contains with maxContains is met by making every other item fail it,
// so the array may be longer than maxContains. Whether such items exist is
// known only when they are lowered: the array capped at the forced items
// is kept in l.capped for array() to fall back on.
func (l *lowerer) mergeItems(m *jsonschema.Schema, f *flat) error {
	bounded := false
	for _, p := range f.pos {
		bounded = bounded || (p.Contains != nil && p.MaxContains != nil)
	}
	if !bounded {
		return l.placeItems(m, f, false)
	}
	c := *m
	errCapped := l.placeItems(&c, f, true)
	if err := l.placeItems(m, f, false); err != nil {
		return err
	}
	l.capped[m] = cappedItems{&c, errCapped}
	return nil
}

// cappedItems is what array() falls back on when the items failing a
// contains with maxContains cannot be generated: the array capped at the
// items contains forces, or why that cannot be either.
type cappedItems struct {
	schema *jsonschema.Schema
	err    error
}

// placeItems writes f's merged item schemas into m. capped: a contains
// with maxContains caps the length instead of making other items fail it.
func (l *lowerer) placeItems(m *jsonschema.Schema, f *flat, capped bool) error {
	n := 0
	// Each contains forces the next minContains positions.
	type forcing struct {
		schema, part *jsonschema.Schema
		from, to     int
		max          *int
	}
	var forced []forcing
	total := 0
	restSeen := false
	for _, p := range f.pos {
		prefix, rest := itemsOf(p)
		n = max(n, len(prefix))
		restSeen = restSeen || rest != nil
		if p.Contains != nil {
			mc := 1
			if p.MinContains != nil {
				mc = *p.MinContains
			}
			if p.MaxContains != nil && *p.MaxContains < mc {
				return l.errf(diag.KindUnsatisfiable, p, "maxContains", "minContains %d > maxContains %d", mc, *p.MaxContains)
			}
			forced = append(forced, forcing{p.Contains, p, total, total + mc, p.MaxContains})
			total += mc
		}
	}
	at := func(i int) *jsonschema.Schema {
		var subs []*jsonschema.Schema
		for _, p := range f.pos {
			prefix, rest := itemsOf(p)
			switch {
			case i >= 0 && i < len(prefix):
				subs = append(subs, prefix[i])
			case rest != nil:
				if rest.Bool != nil && !*rest.Bool {
					rest = l.boolSchema(p, false)
				}
				subs = append(subs, rest)
			}
		}
		for _, p := range f.pos {
			ui := p.UnevaluatedItems
			if ui == nil || isTrueSchema(ui) || l.evaluatesItem(f, p, i) {
				continue
			}
			byContains := false // a forced item is evaluated by its contains
			// From 2020-12 on, an item that matches a contains of p's
			// parts is evaluated: unless a maxContains bounds how many
			// may match, it may match one instead of meeting ui.
			var either []*jsonschema.Schema
			if ui.Bool == nil {
				either = append(either, ui) // not the false schema
			}
			for _, fc := range forced {
				if p.DraftVersion < 2020 || !l.descends(fc.part, p) {
					continue // before 2020-12, contains evaluates no item
				}
				byContains = byContains || (i >= fc.from && i < fc.to)
				if fc.max == nil {
					either = append(either, fc.schema)
				}
			}
			switch {
			case byContains:
			case len(either) == 0:
				subs = append(subs, ui)
			case len(either) == 1:
				subs = append(subs, either[0])
			default:
				s := l.synth(m)
				s.AnyOf = either
				subs = append(subs, s)
			}
		}
		closed := slices.ContainsFunc(subs, func(s *jsonschema.Schema) bool { return s.Bool != nil && !*s.Bool })
		if !capped && !closed {
			// An item no contains with maxContains forces fails it, so that
			// at most minContains items match.
			for _, fc := range forced {
				if fc.max != nil && (i < fc.from || i >= fc.to) {
					subs = append(subs, l.notOf(fc.schema))
				}
			}
		}
		return l.allOf(m, subs)
	}
	var prefix []*jsonschema.Schema
	for i := 0; i < max(n, total); i++ {
		prefix = append(prefix, at(i))
	}
	rest := at(-1)
	for _, fc := range forced {
		for i := fc.from; i < fc.to; i++ {
			prefix[i] = l.allOf(m, []*jsonschema.Schema{prefix[i], fc.schema})
		}
		if capped {
			m.MaxItems = minInt(m.MaxItems, fc.max)
		}
	}
	if len(forced) > 0 {
		m.MinItems = maxInt(m.MinItems, &total)
		if m.MaxItems != nil && *m.MinItems > *m.MaxItems {
			return l.errf(diag.KindUnsupported, forced[0].part, "maxContains",
				"contains needing %d items beside maxItems or maxContains %d is not supported yet", *m.MinItems, *m.MaxItems)
		}
	}
	if len(prefix) == 0 && isTrueSchema(rest) && !restSeen {
		return nil
	}
	if m.DraftVersion >= 2020 {
		m.PrefixItems, m.Items2020 = prefix, rest
		return nil
	}
	if len(prefix) == 0 {
		m.Items = rest
		return nil
	}
	m.Items, m.AdditionalItems = prefix, rest
	return nil
}

func maxRat(a, b *big.Rat) *big.Rat {
	if a == nil || (b != nil && b.Cmp(a) > 0) {
		return b
	}
	return a
}

func minRat(a, b *big.Rat) *big.Rat {
	if a == nil || (b != nil && b.Cmp(a) < 0) {
		return b
	}
	return a
}

func maxInt(a, b *int) *int {
	if a == nil || (b != nil && *b > *a) {
		return b
	}
	return a
}

func minInt(a, b *int) *int {
	if a == nil || (b != nil && *b < *a) {
		return b
	}
	return a
}

// lcm is the least common multiple of two positive rationals:
// lcm(p1,p2)/gcd(q1,q2) in lowest terms.
func lcm(a, b *big.Rat) *big.Rat {
	if a == nil {
		return b
	}
	g := new(big.Int).GCD(nil, nil, a.Num(), b.Num())
	num := new(big.Int).Mul(a.Num(), b.Num())
	num.Quo(num, g)
	den := new(big.Int).GCD(nil, nil, a.Denom(), b.Denom())
	return new(big.Rat).SetFrac(num, den)
}

func (l *lowerer) originOf(p *jsonschema.Schema) *jsonschema.Schema {
	if o, ok := l.origin[p]; ok {
		return o
	}
	return p
}

// unsupportedSchema is a schema whose lowering is refused with msg.
func (l *lowerer) unsupportedSchema(like *jsonschema.Schema, msg string) *jsonschema.Schema {
	s := l.synth(like)
	l.unsup[s] = msg
	return s
}

// evaluatesProperty reports whether s surely evaluates property k of every
// valid instance (properties, patternProperties, additionalProperties,
// through allOf and $ref), and whether it maybe does (through anyOf,
// oneOf, if/then/else, dependentSchemas).
func evaluatesProperty(s *jsonschema.Schema, k string, depth int) (surely, maybe bool) {
	if s == nil || s.Bool != nil || depth > 16 {
		return false, false
	}
	if _, ok := s.Properties[k]; ok || len(anyPattern(s.PatternProperties, k)) > 0 || s.AdditionalProperties != nil {
		return true, true
	}
	if s.UnevaluatedProperties != nil && depth > 0 {
		return true, true
	}
	for _, b := range append(slices.Clone(s.AllOf), s.Ref) {
		if sure, may := evaluatesProperty(b, k, depth+1); sure {
			return true, true
		} else if may {
			maybe = true
		}
	}
	cond := slices.Concat(s.AnyOf, s.OneOf, []*jsonschema.Schema{s.If, s.Then, s.Else})
	for _, b := range s.DependentSchemas {
		cond = append(cond, b)
	}
	if s.DynamicRef != nil || s.RecursiveRef != nil {
		maybe = true
	}
	for _, b := range cond {
		if sure, may := evaluatesProperty(b, k, depth+1); sure || may {
			maybe = true
		}
	}
	return false, maybe
}

// evaluatedItems returns how many leading items s surely evaluates (all:
// every item), and whether conditional applicators may evaluate more.
func evaluatedItems(s *jsonschema.Schema, depth int) (n int, all, maybe bool) {
	if s == nil || s.Bool != nil || depth > 16 {
		return 0, false, false
	}
	prefix, rest := itemsOf(s)
	n = len(prefix)
	if rest != nil || (s.UnevaluatedItems != nil && depth > 0) {
		return n, true, true
	}
	if s.Contains != nil {
		maybe = true
	}
	for _, b := range append(slices.Clone(s.AllOf), s.Ref) {
		bn, ball, bmay := evaluatedItems(b, depth+1)
		if ball {
			return n, true, true
		}
		n, maybe = max(n, bn), maybe || bmay
	}
	if s.DynamicRef != nil || s.RecursiveRef != nil {
		maybe = true
	}
	for _, b := range slices.Concat(s.AnyOf, s.OneOf, []*jsonschema.Schema{s.If, s.Then, s.Else}) {
		if bn, ball, bmay := evaluatedItems(b, depth+1); bn > n || ball || bmay {
			maybe = true
		}
	}
	return n, false, maybe
}

// evaluatesProperty reports whether part p of f, or a part applied in
// place below it, surely evaluates property k. Only the alternatives
// chosen for this conjunction count: conservative for anyOf, exact for
// oneOf and if.
func (l *lowerer) evaluatesProperty(f *flat, p *jsonschema.Schema, k string) bool {
	for _, c := range f.pos {
		if l.descends(c, p) {
			if sure, _ := evaluatesProperty(l.originOf(c), k, 0); sure {
				return true
			}
		}
	}
	return false
}

// evaluatesItem is evaluatesProperty for item i (-1: every item beyond
// the prefix).
func (l *lowerer) evaluatesItem(f *flat, p *jsonschema.Schema, i int) bool {
	for _, c := range f.pos {
		if l.descends(c, p) {
			if n, all, _ := evaluatedItems(l.originOf(c), 0); all || (i >= 0 && i < n) {
				return true
			}
		}
	}
	return false
}

// patternOf returns p's pattern as written.
func (l *lowerer) patternOf(p *jsonschema.Schema) string {
	if pats, ok := l.patterns[p]; ok {
		return pats[0]
	}
	if raw, _ := l.raw(p); raw != nil {
		if src, ok := raw["pattern"].(string); ok {
			return src
		}
	}
	return p.Pattern.String()
}
