package diag

import (
	"errors"
	"fmt"
	"testing"
)

func TestErrorPrintsOneLineWithPositionKindAndHint(t *testing.T) {
	tests := []struct {
		name string
		err  *Error
		want string
	}{
		{
			name: "an unsatisfiable keyword names file, pointer and kind",
			err:  New(KindUnsatisfiable, "customer.json", "#/properties/age", "maximum", "minimum 5 > maximum 1"),
			want: "customer.json#/properties/age: minimum 5 > maximum 1 (unsatisfiable)",
		},
		{
			name: "a keyword at the document root prints the root pointer",
			err:  New(KindUnsupported, "a.json", "", "allOf", "keyword allOf is not supported yet"),
			want: "a.json#: keyword allOf is not supported yet (unsupported)",
		},
		{
			name: "a hint is appended after the kind",
			err: New(KindRemoteRef, "a.json", "#/$ref", "$ref", `remote reference "http://x/y.json" is not fetched`).
				WithHint("use --ref-dir PREFIX=DIR"),
			want: `a.json#/$ref: remote reference "http://x/y.json" is not fetched (remote ref); hint: use --ref-dir PREFIX=DIR`,
		},
		{
			name: "an error about the whole file has no pointer",
			err:  New(KindInvalid, "bad.yaml", "", "", "line 3:5: mapping values are not allowed here"),
			want: "bad.yaml: line 3:5: mapping values are not allowed here (invalid)",
		},
		{
			name: "a missing file says not found",
			err:  New(KindNotFound, "nope", "", "", "no such file or built-in schema"),
			want: "nope: no such file or built-in schema (not found)",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.err.Error(); got != tt.want {
				t.Errorf("Error() =\n  %s\nwant\n  %s", got, tt.want)
			}
		})
	}
}

func TestErrorSurvivesWrapping(t *testing.T) {
	err := fmt.Errorf("generate: %w", New(KindInvalid, "a.json", "#", "type", "bad type"))
	var d *Error
	if !errors.As(err, &d) || d.Keyword != "type" {
		t.Fatalf("errors.As lost the *Error: %v", err)
	}
}

func TestKindStringNamesEveryKind(t *testing.T) {
	for k := KindInvalid; k <= KindNotFound; k++ {
		if s := k.String(); s == "" || s == "error" {
			t.Errorf("Kind(%d).String() = %q", k, s)
		}
	}
	if s := Kind(99).String(); s != "error" {
		t.Errorf("unknown kind prints %q", s)
	}
}
