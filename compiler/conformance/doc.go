// Package conformance holds only tests: the run of synthgen over the
// official JSON-Schema-Test-Suite (../shared/corpus/json-schema-test-suite),
// judged by an independent validator, and its per-file table.
package conformance
