package schemas

import (
	"embed"
	"io/fs"
	"path"
	"sort"
	"strings"
)

//go:embed *.json
var files embed.FS

// Names lists the built-in schemas, sorted.
func Names() []string {
	entries, _ := fs.ReadDir(files, ".")
	var names []string
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".json") {
			names = append(names, strings.TrimSuffix(e.Name(), ".json"))
		}
	}
	sort.Strings(names)
	return names
}

// Lookup returns the JSON text of the built-in schema name, and its file
// name ("customer.json").
func Lookup(name string) (data []byte, file string, ok bool) {
	file = path.Base(name) + ".json"
	if path.Base(name) != name {
		return nil, "", false
	}
	data, err := files.ReadFile(file)
	if err != nil {
		return nil, "", false
	}
	return data, file, true
}
