// Package lower turns a loaded schema (compiler/schema's Set, built on the
// validator library's compiled *jsonschema.Schema graph) into the IR of
// compiler/ir: types resolved, enums filtered against their siblings,
// numeric ranges made exact integer grids, strings checked against the
// runtime's generators, references turned into named definitions, and
// recursion proved to terminate. Every problem is a *diag.Error naming the
// file, JSON pointer and keyword; constraint keywords the IR cannot express
// are refused, never ignored.
//
// It imports diag, schema, ir and runtime; it must not import the backends
// (plan, emit) or the CLI.
package lower
