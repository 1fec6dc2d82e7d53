// Package fromgo reflects Go types into JSON Schemas with
// github.com/invopop/jsonschema, for `synthgen from-go`: the command runs a
// small program, importing this package and the user's, that prints the
// schema. It knows synthgen's runtime types (Nullable, RawJSON); it must
// not be imported by anything generation uses.
package fromgo
