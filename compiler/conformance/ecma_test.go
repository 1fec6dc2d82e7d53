package conformance

import (
	"regexp"

	"github.com/dlclark/regexp2"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// The judge reads patterns (and "format": "regex" values) as ECMA-262 does,
// as the drafts say, with dlclark/regexp2: Go's regexp has no \c, no
// lookaround and no back references. regexp2 in turn lacks the long
// Unicode property names (\p{Letter}, \p{digit}) that Go's regexp reads,
// so a pattern it refuses goes to Go's.

type ecmaRegexp regexp2.Regexp

func (re *ecmaRegexp) MatchString(s string) bool {
	matched, err := (*regexp2.Regexp)(re).MatchString(s)
	return err == nil && matched
}

func (re *ecmaRegexp) String() string { return (*regexp2.Regexp)(re).String() }

func compileECMA(s string) (jsonschema.Regexp, error) {
	re, err := regexp2.Compile(s, regexp2.ECMAScript)
	if err != nil {
		return regexp.Compile(s)
	}
	return (*ecmaRegexp)(re), nil
}
