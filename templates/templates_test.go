package templates

import (
	"bytes"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

func TestK8sJobExecutesToYAML(t *testing.T) {
	var out bytes.Buffer
	d := K8sJobData{Name: "x", Image: "img", Args: []string{"generate", `a "b"`, "c\\d"}, Shards: 3, Parallelism: 2,
		CPU: "1", Memory: "64Mi", Workers: 1, MountPath: "/data"}
	if err := K8sJob.Execute(&out, d); err != nil {
		t.Fatal(err)
	}
	var m struct {
		Spec struct {
			Completions int
			Template    struct {
				Spec struct{ Containers []struct{ Args []string } }
			}
		}
	}
	if err := yaml.Unmarshal(out.Bytes(), &m); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if m.Spec.Completions != 3 || strings.Join(m.Spec.Template.Spec.Containers[0].Args, "|") != `generate|a "b"|c\d` {
		t.Errorf("decoded %+v", m)
	}
}
