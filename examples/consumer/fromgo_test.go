package consumer_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"reflect"
	"testing"
)

// TestFromGoRoundTrip: the compiled Account type, reflected back with
// `synthgen from-go` from this module (whose replace of synthgen is
// relative), has the schema's properties, in order, and its required set.
func TestFromGoRoundTrip(t *testing.T) {
	out, err := exec.Command("go", "tool", "synthgen", "from-go", "example.com/consumer/fixtures.Account").Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			t.Fatalf("from-go: %v\n%s", err, ee.Stderr)
		}
		t.Fatal(err)
	}
	src, err := os.ReadFile("schemas/account.json")
	if err != nil {
		t.Fatal(err)
	}
	want, got := summary(t, src), summary(t, out)
	if len(want.Properties) != 9 || len(want.Required) != 6 {
		t.Fatalf("read %+v from schemas/account.json: want 9 properties, 6 required", want)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("from-go gave %+v, the schema says %+v", got, want)
	}
}

type schemaSummary struct {
	Properties []string
	Required   []string
}

// summary reads a schema's property names, in document order, and its
// required list.
func summary(t *testing.T, doc []byte) schemaSummary {
	var s struct {
		Properties json.RawMessage
		Required   []string
	}
	if err := json.Unmarshal(doc, &s); err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(s.Properties))
	var names []string
	depth := 0
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch v := tok.(type) {
		case json.Delim:
			if v == '{' || v == '[' {
				depth++
			} else {
				depth--
			}
		case string:
			if depth == 1 && dec.More() {
				names = append(names, v)
				var skip json.RawMessage
				if err := dec.Decode(&skip); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	return schemaSummary{Properties: names, Required: s.Required}
}
