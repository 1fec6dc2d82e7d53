package semantic

import (
	"strings"
	"unicode"

	"github.com/synthgen/synthgen/runtime"
)

// Field is what detection reads of one field.
type Field struct {
	// Name is the property name ("billingCity"); for array items, the
	// array's property name.
	Name string
	// Parent is the enclosing object's property name, $defs key or title.
	Parent string
	// Numeric is true for integer and number fields.
	Numeric     bool
	Format      runtime.Format
	Title       string
	Description string
}

// Match is a detection: the rule that matched, how, and its candidates.
type Match struct {
	Kinds []runtime.Kind
	// Why says which rule matched, for `synthgen explain`:
	// `name "billing_city" ends with "city"`.
	Why string
}

// Detect returns the kinds the field may mean, or ok == false.
func Detect(f Field) (m Match, ok bool) {
	name := Tokens(f.Name)
	parent := Tokens(f.Parent)
	if r, phrase, ok := best(name, parent, f.Numeric); ok {
		return Match{Kinds: r.Kinds, Why: whyName("name", f.Name, phrase, r, parent)}, true
	}
	if f.Title != "" {
		if r, phrase, ok := best(Tokens(f.Title), parent, f.Numeric); ok {
			return Match{Kinds: r.Kinds, Why: whyName("title", f.Title, phrase, r, parent)}, true
		}
	}
	if !f.Numeric {
		for _, fr := range FormatRules {
			if fr.Format == f.Format {
				return Match{Kinds: []runtime.Kind{fr.Kind}, Why: "format " + f.Format.String()}, true
			}
		}
	}
	if f.Description != "" {
		if r, phrase, ok := inText(Tokens(f.Description), f.Numeric); ok {
			return Match{Kinds: r.Kinds, Why: "description mentions " + quote(phrase)}, true
		}
	}
	return Match{}, false
}

func whyName(what, v, phrase string, r *Rule, parent []string) string {
	s := what + " " + quote(v) + " ends with " + quote(phrase)
	if r.Under != nil {
		s += " under " + quote(strings.Join(parent, " "))
	}
	return s
}

func quote(s string) string { return `"` + s + `"` }

// best returns the rule whose phrase is the longest tail of parent+name;
// a rule whose Under condition holds wins a tie.
func best(name, parent []string, numeric bool) (*Rule, string, bool) {
	if len(name) == 0 {
		return nil, "", false
	}
	full := append(append([]string(nil), parent...), name...)
	var (
		bestRule   *Rule
		bestPhrase string
		bestScore  int
	)
	for i := range Rules {
		r := &Rules[i]
		if r.Numeric != numeric {
			continue
		}
		if r.Under != nil && !containsAny(parent, r.Under) {
			continue
		}
		for _, p := range r.Names {
			pt := strings.Fields(p)
			covered := tailMatch(full, pt)
			if covered == 0 {
				continue
			}
			score := 2 * covered
			if r.Under != nil {
				score++
			}
			if score > bestScore {
				bestRule, bestPhrase, bestScore = r, p, score
			}
		}
	}
	return bestRule, bestPhrase, bestRule != nil
}

// tailMatch returns how many tokens of full the phrase covers as its
// tail (the last one possibly plural: "emails"), or 1 when the phrase
// written together is the last token ("zipcode"), or 0.
func tailMatch(full []string, phrase []string) int {
	last := full[len(full)-1]
	if len(phrase) > 1 {
		joined := strings.Join(phrase, "")
		if last == joined || singular(last) == joined {
			return 1
		}
	}
	if len(phrase) > len(full) {
		return 0
	}
	tail := full[len(full)-len(phrase):]
	for i, t := range phrase {
		w := tail[i]
		if i == len(phrase)-1 {
			if w != t && singular(w) != t {
				return 0
			}
			continue
		}
		if w != t {
			return 0
		}
	}
	return len(phrase)
}

// inText finds a rule phrase of two or more tokens anywhere in a title or
// description; single words in prose say too little.
func inText(words []string, numeric bool) (*Rule, string, bool) {
	var (
		bestRule   *Rule
		bestPhrase string
		bestLen    int
	)
	for i := range Rules {
		r := &Rules[i]
		if r.Numeric != numeric || r.Under != nil {
			continue
		}
		for _, p := range r.Names {
			pt := strings.Fields(p)
			if len(pt) < 2 || len(pt) <= bestLen || !containsSeq(words, pt) {
				continue
			}
			bestRule, bestPhrase, bestLen = r, p, len(pt)
		}
	}
	return bestRule, bestPhrase, bestRule != nil
}

func containsSeq(words, seq []string) bool {
	for i := 0; i+len(seq) <= len(words); i++ {
		ok := true
		for j, t := range seq {
			if words[i+j] != t {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func containsAny(tokens, set []string) bool {
	for _, t := range tokens {
		for _, s := range set {
			if t == s || singular(t) == s {
				return true
			}
		}
	}
	return false
}

// singular strips a plural ending: emails → email, addresses → address,
// categories → category; status and address stay.
func singular(w string) string {
	switch {
	case len(w) <= 3:
		return w
	case strings.HasSuffix(w, "sses"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}

// Tokens splits a name into lowercase words at separators and camelCase
// humps: "billingCity" → [billing city], "IPAddress" → [ip address],
// "date_of_birth" → [date of birth], "addressLine1" → [address line1].
func Tokens(s string) []string {
	var out []string
	rs := []rune(s)
	start := -1
	flush := func(i int) {
		if start >= 0 {
			out = append(out, strings.ToLower(string(rs[start:i])))
			start = -1
		}
	}
	for i, r := range rs {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush(i)
			continue
		}
		if start >= 0 && unicode.IsUpper(r) {
			prev := rs[i-1]
			nextLower := i+1 < len(rs) && unicode.IsLower(rs[i+1])
			if unicode.IsLower(prev) || unicode.IsDigit(prev) || unicode.IsUpper(prev) && nextLower {
				flush(i)
			}
		}
		if start < 0 {
			start = i
		}
	}
	flush(len(rs))
	return out
}
