// Package compiler is the front end's facade: Load reads a schema file (or
// a built-in schema) and lowers it to the IR that the backends walk, and
// LoadValidator compiles the same document for validation.
//
// The work is done by its sub-packages: schema (loading, $ref resolution,
// drafts, JSON/YAML), lower (schema to IR), ir (the tree) and diag (the
// error type). This package imports those, never the backends (plan, emit)
// or the CLI, which import it.
package compiler
