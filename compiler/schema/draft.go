package schema

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// ParseDraft reads a draft name as users write it ("7", "draft7",
// "draft-07", "2019-09", "2020-12", "draft2020-12") and returns its number:
// 4, 6, 7, 2019 or 2020. "" gives 0, the default (2020-12).
func ParseDraft(s string) (int, error) {
	n := strings.ToLower(strings.TrimSpace(s))
	n = strings.TrimPrefix(n, "draft")
	n = strings.Trim(strings.NewReplacer("-", "", "_", "").Replace(n), " ")
	n = strings.TrimLeft(n, "0")
	switch n {
	case "":
		if s == "" {
			return 0, nil
		}
	case "4":
		return 4, nil
	case "6":
		return 6, nil
	case "7":
		return 7, nil
	case "201909", "2019":
		return 2019, nil
	case "202012", "2020":
		return 2020, nil
	}
	return 0, fmt.Errorf("unknown draft %q (want 4, 6, 7, 2019-09 or 2020-12)", s)
}

func draftOf(n int) (*jsonschema.Draft, bool) {
	switch n {
	case 0, 2020:
		return jsonschema.Draft2020, true
	case 2019:
		return jsonschema.Draft2019, true
	case 7:
		return jsonschema.Draft7, true
	case 6:
		return jsonschema.Draft6, true
	case 4:
		return jsonschema.Draft4, true
	}
	return nil, false
}

func goRegexp(s string) (jsonschema.Regexp, error) { return regexp.Compile(s) }
