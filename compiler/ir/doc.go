// Package ir holds the typed, resolved and normalised tree that both
// backends (compiler/plan and compiler/emit) walk. Every node keeps the JSON
// pointer of the schema it came from, for errors and for `synthgen explain`.
//
// The IR is the contract between the schema front end and the backends: a
// backend never looks back at the schema document. It imports nothing of
// synthgen's but runtime (for the Format enumeration).
package ir
