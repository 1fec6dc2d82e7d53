package templates

import (
	"embed"
	"text/template"
)

//go:embed *.tmpl
var files embed.FS

// StandaloneMain is the main.go of a standalone generator. Its data:
//
//	Source  the schema argument, for messages
//	Import  the import path of the compiled package
//	Type    the root's Go type; NewGen its generator's constructor
//	Header  the CSV header function, "" when the root has no CSV encoder
var StandaloneMain = template.Must(template.ParseFS(files, "standalone_main.go.tmpl"))

// StandaloneData is the data StandaloneMain takes.
type StandaloneData struct {
	Source, Import, Type, NewGen, Header string
}

// FromGoMain is the main.go of the program `synthgen from-go` runs: it
// prints the JSON Schema of the type Type of the package Import.
var FromGoMain = template.Must(template.ParseFS(files, "fromgo_main.go.tmpl"))

// FromGoData is the data FromGoMain takes.
type FromGoData struct {
	Import, Type string
}
