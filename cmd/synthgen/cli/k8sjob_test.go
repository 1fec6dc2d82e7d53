package cli

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// run runs synthgen in process and returns its exit code and outputs.
func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Run(context.Background(), &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errOut}, args)
	return code, out.String(), errOut.String()
}

type manifest struct {
	APIVersion string `yaml:"apiVersion"`
	Kind       string
	Metadata   struct{ Name string }
	Spec       struct {
		CompletionMode string `yaml:"completionMode"`
		Completions    int
		Parallelism    int
		Template       struct {
			Spec struct {
				RestartPolicy string `yaml:"restartPolicy"`
				Containers    []struct {
					Image string
					Args  []string
					Env   []struct{ Name, Value string }
				}
				Volumes []struct {
					Name                  string
					PersistentVolumeClaim *struct {
						ClaimName string `yaml:"claimName"`
					} `yaml:"persistentVolumeClaim"`
					EmptyDir *struct{} `yaml:"emptyDir"`
				}
			}
		}
	}
}

func decode(t *testing.T, text string) manifest {
	t.Helper()
	var m manifest
	if err := yaml.Unmarshal([]byte(text), &m); err != nil {
		t.Fatalf("manifest is not YAML: %v\n%s", err, text)
	}
	return m
}

func TestK8sJobIsAnIndexedJobOfShardedGenerateRuns(t *testing.T) {
	code, out, errOut := run(t, "k8s-job", "customer", "-n", "1000000000", "--seed", "42",
		"--shards", "64", "--parallelism", "16", "--claim", "datasets", "--image", "registry.test/synthgen:v1", "-f", "csv")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	m := decode(t, out)
	if m.APIVersion != "batch/v1" || m.Kind != "Job" || m.Metadata.Name != "synthgen-customer" {
		t.Errorf("header: %s %s %s", m.APIVersion, m.Kind, m.Metadata.Name)
	}
	s := m.Spec
	if s.CompletionMode != "Indexed" || s.Completions != 64 || s.Parallelism != 16 {
		t.Errorf("spec: mode %q completions %d parallelism %d", s.CompletionMode, s.Completions, s.Parallelism)
	}
	if s.Template.Spec.RestartPolicy != "Never" || len(s.Template.Spec.Containers) != 1 {
		t.Fatalf("pod spec: %+v", s.Template.Spec)
	}
	c := s.Template.Spec.Containers[0]
	if c.Image != "registry.test/synthgen:v1" {
		t.Errorf("image %q", c.Image)
	}
	args := strings.Join(c.Args, " ")
	want := "generate customer -n 1000000000 --seed 42 --shard auto/64 -f csv --workers 2 -o /data/out/ -q"
	if args != want {
		t.Errorf("args\n got %s\nwant %s", args, want)
	}
	if v := s.Template.Spec.Volumes; len(v) != 1 || v[0].PersistentVolumeClaim == nil || v[0].PersistentVolumeClaim.ClaimName != "datasets" {
		t.Errorf("volumes: %+v", v)
	}
}

func TestK8sJobWithoutClaimOrSeedStillHasOneSeedAndAVolume(t *testing.T) {
	code, out, errOut := run(t, "k8s-job", "order", "--name", "Orders_2026!", "--cpu", "4")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	m := decode(t, out)
	if m.Metadata.Name != "orders-2026" {
		t.Errorf("name %q is not a DNS label", m.Metadata.Name)
	}
	c := m.Spec.Template.Spec.Containers[0]
	args := strings.Join(c.Args, " ")
	if !strings.Contains(args, "--seed ") || !strings.Contains(args, "--workers 4") {
		t.Errorf("args %s: want a fixed seed and 4 workers", args)
	}
	if v := m.Spec.Template.Spec.Volumes; len(v) != 1 || v[0].EmptyDir == nil {
		t.Errorf("volumes: %+v", v)
	}
}

func TestK8sJobRejectsBadInput(t *testing.T) {
	if code, _, _ := run(t, "k8s-job", "customer", "--shards", "0"); code != ExitUsage {
		t.Errorf("--shards 0: exit %d, want %d", code, ExitUsage)
	}
	if code, _, _ := run(t, "k8s-job", "no-such-schema"); code != ExitUsage && code != ExitSchema {
		t.Errorf("unknown schema: exit %d", code)
	}
}

func TestQuotedArgumentsCannotBreakTheManifest(t *testing.T) {
	code, out, errOut := run(t, "k8s-job", "customer", "--image", "evil\"\n  x: 1", "--seed", "1")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if got := decode(t, out).Spec.Template.Spec.Containers[0].Image; got != "evil\"\n  x: 1" {
		t.Errorf("image round-trips as %q", got)
	}
}

func TestBenchPrintsARowPerRun(t *testing.T) {
	code, out, errOut := run(t, "bench", "customer", "-n", "2000", "--workers", "2")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "records/s") || strings.Count(out, "customer") != 2 {
		t.Errorf("output:\n%s", out)
	}
}
