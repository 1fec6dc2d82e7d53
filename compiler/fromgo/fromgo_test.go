package fromgo

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/synthgen/synthgen/runtime"
)

type sample struct {
	ID    string                  `json:"id"`
	Note  *string                 `json:"note,omitempty"`
	Score runtime.Nullable[int64] `json:"score"`
	Extra runtime.RawJSON         `json:"extra"`
	Tags  *[]string               `json:"tags,omitempty"`
	Maybe *runtime.Nullable[bool] `json:"maybe,omitempty"`
}

func TestSchemaMapsSynthgensRuntimeTypes(t *testing.T) {
	b, err := Schema(&sample{})
	if err != nil {
		t.Fatal(err)
	}
	var s struct {
		Title      string
		Required   []string
		Properties map[string]json.RawMessage
	}
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatal(err)
	}
	if s.Title != "sample" {
		t.Errorf("title %q, want the type's name", s.Title)
	}
	if want := []string{"id", "score", "extra"}; !reflect.DeepEqual(s.Required, want) {
		t.Errorf("required %q, want %q (the fields without omitempty)", s.Required, want)
	}
	score := compact(t, s.Properties["score"])
	if score != `{"anyOf":[{"type":"integer"},{"type":"null"}]}` {
		t.Errorf("Nullable[int64] is %s, want integer or null", score)
	}
	if extra := compact(t, s.Properties["extra"]); extra != "true" && extra != "{}" {
		t.Errorf("RawJSON is %s, want the schema of any value", extra)
	}
}

func compact(t *testing.T, m json.RawMessage) string {
	var b bytes.Buffer
	if err := json.Compact(&b, m); err != nil {
		t.Fatal(err)
	}
	return b.String()
}
