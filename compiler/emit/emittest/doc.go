// Package emittest holds the differential test of the two backends, for
// tests only: it emits Go for a set of schemas into one temporary module,
// builds it once, runs it, and requires its NDJSON to equal the plan's
// byte for byte. It imports testing, ir, emit and plan and runs the go
// command; nothing but tests may import it.
package emittest
