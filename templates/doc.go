// Package templates holds the text/template files of synthgen's
// fixed-shape outputs (manifests, scaffolds), embedded in the binary. The
// templates know nothing of schemas: anything whose shape depends on a
// schema is emitted with jennifer in compiler/emit. It imports only the
// standard library.
package templates
