// Package diag holds the one error type that every schema problem is
// reported with: a kind (invalid, unsupported, unsatisfiable, remote
// reference, not found), the file and JSON pointer it concerns, the keyword,
// a one-line message and a hint that says what to do.
//
// It imports only the standard library, so that every stage of the compiler
// and the CLI can share it; it must not import any other synthgen package.
package diag
