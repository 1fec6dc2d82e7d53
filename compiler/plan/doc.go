// Package plan is the in-process backend: it turns the IR into a tree of
// pre-built closures over runtime primitives and streams records from it,
// with no Go toolchain needed. It imports ir and runtime, never the schema
// front end, and must draw exactly what compiler/emit's generated code
// draws, in the same order, so both backends give the same bytes.
package plan
