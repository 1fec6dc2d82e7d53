package emit

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dave/jennifer/jen"

	"github.com/synthgen/synthgen/compiler/ir"
)

// commentWidth is where doc comments wrap.
const commentWidth = 76

// docOf returns the doc comment paragraphs of a declaration from a schema
// node's title and description; fallback when it has neither. A title that
// only repeats the type's name is left out.
func docOf(m *ir.Meta, name, fallback string) []string {
	var paras []string
	if t := cleanText(m.Title); t != "" && exportedName(t) != name {
		paras = append(paras, t)
	}
	for _, p := range strings.Split(cleanText(m.Description), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			paras = append(paras, p)
		}
	}
	if len(paras) == 0 && fallback != "" {
		paras = []string{fallback}
	}
	return paras
}

// cleanText makes schema text safe inside // comments: valid UTF-8, no
// control characters but line breaks, spaces for tabs.
func cleanText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u2028", "\n", "\u2029", "\n\n", "\t", " ").Replace(s)
	return strings.Map(func(r rune) rune {
		if r == '\n' || !unicode.IsControl(r) && r != '\uFEFF' {
			return r
		}
		return -1
	}, strings.TrimSpace(s))
}

// comments renders paragraphs as // lines wrapped at commentWidth, with an
// empty // line between paragraphs. Lines that look like list items keep
// their own line.
func comments(paras []string) []jen.Code {
	var out []jen.Code
	for i, p := range paras {
		if i > 0 {
			out = append(out, jen.Comment("//"))
		}
		for _, line := range wrap(p) {
			out = append(out, jen.Comment("// "+line))
		}
	}
	return out
}

func wrap(p string) []string {
	var lines []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			lines = append(lines, cur.String())
			cur.Reset()
		}
	}
	for _, src := range strings.Split(p, "\n") {
		src = strings.TrimSpace(src)
		if isListItem(src) {
			flush()
		}
		for _, w := range strings.Fields(src) {
			if cur.Len() > 0 && utf8.RuneCountInString(cur.String())+1+utf8.RuneCountInString(w) > commentWidth {
				flush()
			}
			if cur.Len() > 0 {
				cur.WriteByte(' ')
			}
			cur.WriteString(w)
		}
	}
	flush()
	return lines
}

func isListItem(line string) bool {
	return strings.HasPrefix(line, "- ") || strings.HasPrefix(line, "* ") || strings.HasPrefix(line, "• ")
}
