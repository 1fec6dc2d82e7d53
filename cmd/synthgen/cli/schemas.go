package cli

import (
	"encoding/json"
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/synthgen/synthgen/schemas"
)

func newSchemasCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "schemas",
		Short: "List or show the built-in schemas",
		Args:  args(cobra.NoArgs),
		RunE:  func(cmd *cobra.Command, _ []string) error { return listSchemas(e) },
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "list",
		Short: "List the built-in schemas",
		Args:  args(cobra.NoArgs),
		RunE:  func(cmd *cobra.Command, _ []string) error { return listSchemas(e) },
	}, &cobra.Command{
		Use:   "show NAME",
		Short: "Print a built-in schema's JSON",
		Args:  args(cobra.ExactArgs(1)),
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return schemas.Names(), cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, a []string) error {
			data, _, ok := schemas.Lookup(a[0])
			if !ok {
				return usagef("no built-in schema %q (see 'synthgen schemas list')", a[0])
			}
			if _, err := e.stdout.Write(data); err != nil {
				return &ioError{err}
			}
			return nil
		},
	})
	return cmd
}

func listSchemas(e *env) error {
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	for _, name := range schemas.Names() {
		data, _, _ := schemas.Lookup(name)
		var head struct{ Title, Description string }
		_ = json.Unmarshal(data, &head)
		fmt.Fprintf(tw, "%s\t%s\n", name, firstSentence(head.Description))
	}
	if err := tw.Flush(); err != nil {
		return &ioError{err}
	}
	return nil
}

func firstSentence(s string) string {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '.' && s[i+1] == ' ' {
			return s[:i+1]
		}
	}
	return s
}
