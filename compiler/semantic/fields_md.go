package semantic

import (
	"fmt"
	"math"
	"strings"

	"github.com/synthgen/synthgen/runtime"
)

// FieldsMarkdown renders docs/FIELDS.md from the detection table: every
// kind, the phrases that detect it, its safe range and an example value
// per locale. TestFieldsDocIsFresh keeps the file in step.
func FieldsMarkdown() string {
	var b strings.Builder
	b.WriteString(`# Semantic fields

<!-- Code generated from compiler/semantic/rules.go by TestFieldsDocIsFresh (go test ./compiler/semantic -update). DO NOT EDIT. -->

synthgen reads each string field's name (split at ` + "`_`, `-`, `.`" + ` and camelCase humps),
its parent object's name, its title, its format and, last, its description, and
picks a **kind** below. The longest matching phrase wins; a phrase marked
*(under …)* counts only inside an object of that name. The first candidate kind
whose sampled values all meet the field's type, lengths, format and pattern is
used; otherwise the field is generated from its constraints alone and
` + "`synthgen explain`" + ` says why. ` + "`x-generator`" + ` forces a kind by its name.

Kinds marked *shared* draw from one person, place or timeline per object, so a
record's names, e-mail, user name and date of birth agree, its city, region and
postcode are one place, ` + "`updated_at ≥ created_at`" + ` and ` + "`end ≥ start`" + `.

Examples are the first sample values in en-GB and en-US, counting back from
2026-01-01 (` + "`--now`" + `).

Integer and number fields whose name matches a rule marked *(numbers)* get the
kind's distribution, clipped to the field's bounds; when the bounds exclude the
distribution's centre, the field stays uniform. Array items always stay uniform
(skew would starve ` + "`uniqueItems`" + `). ` + "`x-distribution`" + ` overrides it:
` + "`\"normal\"`" + ` or ` + "`{\"type\": \"normal\", \"mean\": 40, \"sd\": 10}`" + `; types and
parameters: ` + "`uniform`" + `; ` + "`normal`" + ` (mean, sd); ` + "`lognormal`" + ` (mu, sigma, or median);
` + "`exponential`" + ` (mean, above the minimum); ` + "`zipf`" + ` (s). Parameters left out
take defaults from the bounds; bad ones are schema errors. ` + "`x-weights`" + ` beside
` + "`enum`" + ` gives each value a non-negative weight.

Locales: ` + "`--locale en-GB|en-US`" + `, else the root schema's ` + "`x-locale`" + `, else en-GB; a
field's own ` + "`x-locale`" + ` wins for that field. Times count back from ` + "`--now`" + `.

| kind | detected from | shared | safe range | numbers | example (en-GB) | example (en-US) |
|---|---|---|---|---|---|---|
`)
	for _, k := range runtime.Kinds() {
		shared := ""
		if k.Shared() {
			shared = "yes"
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s | %s | %s | %s |\n", k, phrases(k), shared, cell(k.Safe()),
			distCell(k), example(k, runtime.LocaleENGB), example(k, runtime.LocaleENUS))
	}
	fmt.Fprintf(&b, "\n%d kinds.\n", len(runtime.Kinds()))
	return b.String()
}

// phrases lists the names that detect k: as the first candidate, then as
// a fallback.
func phrases(k runtime.Kind) string {
	var first, later []string
	for _, r := range Rules {
		for i, rk := range r.Kinds {
			if rk != k {
				continue
			}
			names := strings.Join(r.Names, ", ")
			if r.Numeric {
				names = "*(numbers)* " + names
			}
			if r.Under != nil {
				names += " *(under " + strings.Join(r.Under[:min(4, len(r.Under))], ", ") + ", …)*"
			}
			if i == 0 {
				first = append(first, names)
			} else {
				later = append(later, names)
			}
		}
	}
	for _, fr := range FormatRules {
		if fr.Kind == k {
			first = append(first, "format "+fr.Format.String())
		}
	}
	s := strings.Join(first, "; ")
	if len(later) > 0 {
		s += "; falls back from: " + strings.Join(later, "; ")
	}
	return cell(s)
}

func example(k runtime.Kind, loc runtime.Locale) string {
	g := runtime.Str{MaxLen: -1, Semantic: k, Locale: loc}
	return "`" + strings.ReplaceAll(g.Example(0), "|", `\|`) + "`"
}

func cell(s string) string {
	if s == "" {
		return "—"
	}
	return strings.ReplaceAll(s, "|", `\|`)
}

func distCell(k runtime.Kind) string {
	d, ok := k.Dist(runtime.LocaleENGB)
	if !ok {
		return "—"
	}
	return DescribeDist(d)
}

// DescribeDist says what a distribution draws, for FIELDS.md and explain.
func DescribeDist(d runtime.Dist) string {
	r := fmt.Sprintf("in [%g, %g]", d.Lo, d.Hi)
	switch d.Kind {
	case runtime.DistNormal:
		return fmt.Sprintf("normal, mean %g, sd %g, %s", d.Mean, d.SD, r)
	case runtime.DistLogNormal:
		return fmt.Sprintf("log-normal, median %.4g, sigma %g, %s", math.Exp(d.Mean), d.SD, r)
	case runtime.DistExponential:
		return fmt.Sprintf("exponential, mean %g above the low end, %s", d.Mean, r)
	case runtime.DistZipf:
		return fmt.Sprintf("zipf, exponent %g, %s", d.S, r)
	}
	return "uniform " + r
}
