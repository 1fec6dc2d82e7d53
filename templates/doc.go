// Package templates holds the text/template files of synthgen's
// fixed-shape outputs with few holes, embedded in the binary: the
// Kubernetes Indexed Job manifest of `synthgen k8s-job`, the main.go of the
// standalone generator `synthgen build` writes, and of the program
// `synthgen from-go` runs. Anything whose shape depends on a schema is
// emitted with jennifer in compiler/emit. It imports only the standard
// library.
package templates
