// Package templates holds the text/template files of fixed-shape outputs
// with few holes, embedded: today the main.go of the standalone generator
// `synthgen build` writes. Anything whose shape depends on a schema is
// emitted with jennifer (compiler/emit), not templated. It imports only the
// standard library.
package templates
