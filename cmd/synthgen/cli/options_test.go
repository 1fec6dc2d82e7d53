package cli

import (
	"bytes"
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/synthgen/synthgen/compiler/emit/emittest/provided"
)

// TestWithProviderDrawsTheSchemasValues: a synthgen built with
// WithProvider calls the function wherever a schema names it in
// x-go-generator; without it, the schema is generated as usual.
func TestWithProviderDrawsTheSchemasValues(t *testing.T) {
	schema := "../../../compiler/emit/testdata/provided.json"
	run := func(opts ...Option) string {
		var out, errb bytes.Buffer
		e := &env{stdout: &out, stderr: &errb}
		for _, o := range opts {
			o(e)
		}
		if code := Run(context.Background(), e, []string{"generate", schema, "-n", "20", "--seed", "1"}); code != ExitOK {
			t.Fatalf("exit %d: %s", code, errb.String())
		}
		return out.String()
	}
	with := run(WithProvider(provided.Path+".Half", provided.Half), WithProvider(provided.Path+".Heads", provided.Heads))
	if n := len(regexp.MustCompile(`"heads":true`).FindAllString(with, -1)); n != 20 {
		t.Errorf("%d of 20 records have heads true with the provider registered", n)
	}
	if !regexp.MustCompile(`"ratio":[01]\.5[,}]`).MatchString(with) {
		t.Errorf("no ratio drawn by provided.Half:\n%s", with)
	}
	without := run()
	if n := len(regexp.MustCompile(`"heads":true`).FindAllString(without, -1)); n == 20 {
		t.Error("without the provider every record still has heads true")
	}
}

func TestWithProviderOfTheWrongTypeIsAnError(t *testing.T) {
	var out, errb bytes.Buffer
	e := &env{stdout: &out, stderr: &errb}
	WithProvider(provided.Path+".Heads", provided.Dice)(e)
	code := Run(context.Background(), e, []string{"generate", "../../../compiler/emit/testdata/provided.json", "-n", "1"})
	if code != ExitSchema || !bytes.Contains(errb.Bytes(), []byte("provided.json#/properties/heads: ")) ||
		!bytes.Contains(errb.Bytes(), []byte("want a func(*runtime.Stream) bool")) {
		t.Errorf("exit %d, stderr %q: want exit %d naming the property and the signature", code, errb.String(), ExitSchema)
	}
}

func TestExplainSaysWhetherAProviderIsRegistered(t *testing.T) {
	explain := func(opts ...Option) string {
		var out bytes.Buffer
		e := &env{stdout: &out, stderr: &bytes.Buffer{}}
		for _, o := range opts {
			o(e)
		}
		if code := Run(context.Background(), e, []string{"explain", "../../../compiler/emit/testdata/provided.json"}); code != ExitOK {
			t.Fatalf("explain: exit %d", code)
		}
		return out.String()
	}
	heads := "x-go-generator " + provided.Path + ".Heads: "
	if out := explain(); !strings.Contains(out, heads+"compiled code calls that function; this synthgen has no provider") {
		t.Errorf("without the provider, explain says:\n%s", out)
	}
	if out := explain(WithProvider(provided.Path+".Heads", provided.Heads)); !strings.Contains(out, heads+"drawn by that function") {
		t.Errorf("with the provider, explain says:\n%s", out)
	}
}
