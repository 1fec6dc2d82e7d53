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
