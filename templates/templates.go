package templates

import (
	"embed"
	"text/template"
)

//go:embed *.tmpl
var files embed.FS

// K8sJob is the Kubernetes Indexed Job manifest of `synthgen k8s-job`; it
// executes with a K8sJobData.
var K8sJob = template.Must(template.New("k8s-job.yaml.tmpl").Funcs(template.FuncMap{
	"quote": quote,
}).ParseFS(files, "k8s-job.yaml.tmpl"))

// K8sJobData fills K8sJob.
type K8sJobData struct {
	Name        string   // the Job's name (a DNS label)
	Image       string   // the container image holding the synthgen binary
	Args        []string // synthgen's arguments, one per list item
	Shards      uint64   // completions: one pod per shard
	Parallelism uint64   // pods at once
	CPU         string   // CPU request and limit per pod, e.g. "2"
	Memory      string   // memory request and limit per pod, e.g. "256Mi"
	Workers     int      // --workers, matching the CPU limit
	Claim       string   // PersistentVolumeClaim mounted at MountPath; "" for an emptyDir
	MountPath   string
}

// quote writes s as a YAML double-quoted scalar (JSON string syntax is a
// subset of it), so no argument can change the manifest's structure.
func quote(s string) string {
	b := []byte{'"'}
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b = append(b, '\\', byte(r))
		case r < 0x20:
			b = append(b, []byte(`\u00`)...)
			b = append(b, "0123456789abcdef"[r>>4], "0123456789abcdef"[r&0xf])
		default:
			b = append(b, string(r)...)
		}
	}
	return string(append(b, '"'))
}

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
