package fromgo

import (
	"encoding/json"
	"reflect"
	"strings"

	"github.com/invopop/jsonschema"

	"github.com/synthgen/synthgen/runtime"
)

var (
	rawJSONType = reflect.TypeOf(runtime.RawJSON(nil))
	runtimePkg  = rawJSONType.PkgPath()
)

// Schema returns the JSON Schema (draft 2020-12) of v's type, indented,
// titled with the type's name. Structs are objects with their fields in
// declaration order; a field without omitempty is required;
// runtime.Nullable[T] is T or null, and runtime.RawJSON any value.
func Schema(v any) ([]byte, error) {
	s := reflector().Reflect(v)
	t := reflect.TypeOf(v)
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	s.Title = t.Name()
	return json.MarshalIndent(s, "", "  ")
}

func reflector() *jsonschema.Reflector {
	r := &jsonschema.Reflector{
		DoNotReference: true,
		ExpandedStruct: true,
		Anonymous:      true,
	}
	r.Mapper = func(t reflect.Type) *jsonschema.Schema {
		if t == rawJSONType {
			return &jsonschema.Schema{}
		}
		if t.PkgPath() == runtimePkg && strings.HasPrefix(t.Name(), "Nullable[") {
			inner := reflector().ReflectFromType(t.Field(0).Type)
			inner.Version, inner.ID = "", ""
			return &jsonschema.Schema{AnyOf: []*jsonschema.Schema{inner, {Type: "null"}}}
		}
		return nil
	}
	return r
}
