// Package emit is the compile-mode backend: it turns the IR of one or more
// schemas into Go source (with github.com/dave/jennifer) — a named type per
// object, a generator per root and reflection-free JSON encoders — that
// imports only synthgen's runtime.
//
// The generated code must draw exactly what compiler/plan draws, in the same
// order and from the same streams, so that both backends write the same
// bytes for the same (schema, seed, record). plan is the specification: each
// generated function says which plan closure it mirrors. The differential
// test in emittest enforces it.
//
// emit imports ir, runtime, diag and jennifer. It never imports plan, the schema front
// end or the lowering: backends do not look back at the schema document.
package emit
