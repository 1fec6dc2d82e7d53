package semantic

import (
	"fmt"
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

| kind | detected from | shared | safe range | example (en-GB) | example (en-US) |
|---|---|---|---|---|---|
`)
	for _, k := range runtime.Kinds() {
		shared := ""
		if k.Shared() {
			shared = "yes"
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s | %s | %s |\n", k, phrases(k), shared, cell(k.Safe()),
			example(k, runtime.LocaleENGB), example(k, runtime.LocaleENUS))
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
