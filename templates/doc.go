// Package templates holds the text/template files of fixed-shape outputs
// with few holes, embedded: the main.go of the standalone generator
// `synthgen build` writes and of the program `synthgen from-go` runs.
// Anything whose shape depends on a schema is emitted with jennifer
// (compiler/emit), not templated. It imports only the standard library.
package templates
