package cli

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/synthgen/synthgen/compiler"
	"github.com/synthgen/synthgen/compiler/plan"
	"github.com/synthgen/synthgen/templates"
)

func newK8sJobCmd(e *env) *cobra.Command {
	var (
		lf       loadFlags
		d        = templates.K8sJobData{Image: "synthgen:latest", CPU: "2", Memory: "256Mi", MountPath: "/data"}
		count    uint64
		seed     uint64
		format   string
		shards   uint64
		parallel uint64
	)
	cmd := &cobra.Command{
		Use:   "k8s-job SCHEMA|NAME",
		Short: "Print a Kubernetes Indexed Job that generates a dataset in shards",
		Long: `k8s-job prints a Kubernetes Indexed Job manifest: --shards pods, pod K running
'synthgen generate --shard auto/N' (Kubernetes gives it its index in
JOB_COMPLETION_INDEX) into part-KKKKK-of-NNNNN files on a volume. The parts
concatenate, in name order, to what one process would write. See
docs/SCALING.md.`,
		Example: `  synthgen k8s-job customer -n 1000000000 --seed 42 --shards 64 --claim datasets | kubectl apply -f -`,
		Args:    args(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, a []string) error {
			f, err := plan.ParseFormat(format)
			if err != nil {
				return &usageError{err}
			}
			if shards == 0 {
				return usagef("--shards must be at least 1")
			}
			opts, err := lf.options()
			if err != nil {
				return err
			}
			// Fail here, not in a thousand pods, when the schema does not load.
			if _, err := compiler.Load(a[0], opts); err != nil {
				return err
			}
			if !cmd.Flags().Changed("seed") {
				seed = drawSeed() // one seed for every pod, written into the manifest
			}
			if parallel == 0 || parallel > shards {
				parallel = shards
			}
			if d.Name == "" {
				d.Name = "synthgen-" + a[0]
			}
			d.Name = dnsLabel(d.Name)
			d.Shards, d.Parallelism = shards, parallel
			d.Workers = cpuWorkers(d.CPU)
			d.Args = []string{"generate", a[0], "-n", strconv.FormatUint(count, 10),
				"--seed", strconv.FormatUint(seed, 10), "--shard", fmt.Sprintf("auto/%d", shards),
				"-f", f.String(), "--workers", strconv.Itoa(d.Workers),
				"-o", strings.TrimSuffix(d.MountPath, "/") + "/out/", "-q"}
			if lf.maxDepth > 0 {
				d.Args = append(d.Args, "--max-depth", strconv.Itoa(lf.maxDepth))
			}
			if lf.draft != "" {
				d.Args = append(d.Args, "--draft", lf.draft)
			}
			return templates.K8sJob.Execute(e.stdout, d)
		},
	}
	fs := cmd.Flags()
	fs.Uint64VarP(&count, "count", "n", 1_000_000, "records in the whole dataset, across all shards")
	fs.Uint64Var(&seed, "seed", 0, "seed of the dataset (default: drawn once and written into the manifest)")
	fs.StringVarP(&format, "format", "f", "ndjson", "output format: ndjson, json, csv or jsonld")
	fs.Uint64Var(&shards, "shards", 16, "number of shards: the Job's completions, one pod each")
	fs.Uint64Var(&parallel, "parallelism", 0, "pods running at once (default: all shards)")
	fs.StringVar(&d.Name, "name", "", "the Job's name (default synthgen-SCHEMA)")
	fs.StringVar(&d.Image, "image", d.Image, "container image with the synthgen binary as its entrypoint")
	fs.StringVar(&d.CPU, "cpu", d.CPU, "CPU request and limit per pod; --workers follows it")
	fs.StringVar(&d.Memory, "memory", d.Memory, "memory request and limit per pod")
	fs.StringVar(&d.Claim, "claim", "", "PersistentVolumeClaim to write to (default: an emptyDir, lost with the pod)")
	fs.StringVar(&d.MountPath, "mount", d.MountPath, "where the volume is mounted; parts go to MOUNT/out/")
	lf.register(fs)
	return cmd
}

var notDNS = regexp.MustCompile(`[^a-z0-9-]+`)

// dnsLabel makes name a valid Kubernetes object name (RFC 1123 label).
func dnsLabel(name string) string {
	s := strings.Trim(notDNS.ReplaceAllString(strings.ToLower(name), "-"), "-")
	if len(s) > 63 {
		s = strings.TrimRight(s[:63], "-")
	}
	if s == "" {
		s = "synthgen"
	}
	return s
}

// cpuWorkers is the worker count for a CPU quantity: whole cores ("2",
// "2.5" → 2), millicores ("1500m" → 1), at least 1.
func cpuWorkers(cpu string) int {
	var cores float64
	if m, ok := strings.CutSuffix(cpu, "m"); ok {
		v, _ := strconv.ParseFloat(m, 64)
		cores = v / 1000
	} else {
		cores, _ = strconv.ParseFloat(cpu, 64)
	}
	return max(1, int(cores))
}
