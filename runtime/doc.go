// Package runtime holds everything that generated code and the in-process
// plan call per value: seedable counter-based streams, value primitives,
// regex programs, formats, and JSON/CSV appenders.
//
// It imports only the standard library and never imports synthgen's
// compiler. Functions on the per-record path take a *Stream and an output
// buffer and return the extended buffer (strconv.AppendInt style): no
// allocation, no interface boxing, no maps.
package runtime
