// Package schemas holds synthgen's built-in schema library, embedded in the
// binary so that `synthgen generate customer` works with no files of the
// user's. It imports only the standard library.
package schemas
