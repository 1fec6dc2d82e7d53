// Package schema loads JSON Schema documents: it reads JSON and YAML files
// and the built-in library, resolves `$ref`, `$id` and drafts through
// github.com/santhosh-tekuri/jsonschema/v6, never fetches remote documents
// (an http(s) document is read from a local folder only when a RefDir maps
// its prefix), keeps each document's raw value with the order of its object
// keys, and translates the library's errors into *diag.Error.
//
// It imports diag and the schemas library, never ir, lower or the backends.
package schema
