package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/spf13/cobra"

	"github.com/synthgen/synthgen/compiler"
)

func newValidateCmd(e *env) *cobra.Command {
	var (
		lf         loadFlags
		quiet      bool
		maxReports int
	)
	cmd := &cobra.Command{
		Use:   "validate SCHEMA|NAME DATA",
		Short: "Check records (NDJSON or a JSON array; - for stdin) against a schema with an independent validator",
		Long: `validate checks every record of DATA against the schema with an independent
JSON Schema validator (formats asserted), and reports each invalid record with
the failing instance pointer and keyword. DATA is NDJSON (one record a line),
or a JSON array of records; '-' reads standard input. Exit code 5 when any
record is invalid.`,
		Args: args(cobra.ExactArgs(2)),
		RunE: func(cmd *cobra.Command, a []string) error {
			opts, err := lf.options()
			if err != nil {
				return err
			}
			sch, err := compiler.LoadValidator(a[0], opts)
			if err != nil {
				return err
			}
			var in io.Reader = e.stdin
			name := "stdin"
			if a[1] != "-" {
				f, err := os.Open(a[1])
				if err != nil {
					return &ioError{err}
				}
				defer f.Close()
				in, name = f, a[1]
			}
			v := &validation{sch: sch, name: name, out: e.stderr, maxReports: maxReports}
			if err := v.run(bufio.NewReaderSize(in, 1<<20), strings.ToLower(filepath.Ext(name))); err != nil {
				return err
			}
			if v.invalid > 0 {
				return &invalidDataError{invalid: v.invalid, total: v.total}
			}
			if !quiet {
				fmt.Fprintf(e.stderr, "synthgen: %d records valid\n", v.total)
			}
			return nil
		},
	}
	cmd.Flags().BoolVarP(&quiet, "quiet", "q", false, "print only invalid records")
	cmd.Flags().IntVar(&maxReports, "max-reports", 0, "describe at most `N` invalid records (all are counted); 0 means every one")
	lf.register(cmd.Flags())
	return cmd
}

type validation struct {
	sch            *jsonschema.Schema
	name           string
	out            io.Writer
	maxReports     int
	total, invalid int
}

// run reads records: a JSON array (unless the file is named .ndjson or
// .jsonl) record by record, else one record a line.
func (v *validation) run(r *bufio.Reader, ext string) error {
	first, err := peekNonSpace(r)
	if err == io.EOF {
		return nil
	}
	if err != nil {
		return &ioError{err}
	}
	if first == '[' && ext != ".ndjson" && ext != ".jsonl" && !firstLineIsRecord(r) {
		return v.array(r)
	}
	return v.lines(r)
}

// firstLineIsRecord reports whether the input's first line is a whole JSON
// value with more lines after it: NDJSON whose records are arrays, rather
// than one JSON array of records (whose first line, pretty or compact, is
// either not a whole value or the only line).
func firstLineIsRecord(r *bufio.Reader) bool {
	buf, _ := r.Peek(r.Size())
	line, rest, ok := bytes.Cut(buf, []byte{'\n'})
	return ok && json.Valid(line) && len(bytes.TrimSpace(rest)) > 0
}

func peekNonSpace(r *bufio.Reader) (byte, error) {
	for {
		b, err := r.Peek(1)
		if err != nil {
			return 0, err
		}
		switch b[0] {
		case ' ', '\t', '\r', '\n':
			r.ReadByte()
		default:
			return b[0], nil
		}
	}
}

func (v *validation) lines(r *bufio.Reader) error {
	for line := 1; ; line++ {
		text, err := r.ReadBytes('\n')
		if len(bytes.TrimSpace(text)) > 0 {
			rec, perr := jsonschema.UnmarshalJSON(bytes.NewReader(text))
			where := fmt.Sprintf("%s:%d", v.name, line)
			if perr != nil {
				v.total++
				v.report(where, []string{"not JSON: " + perr.Error()})
			} else {
				v.check(where, rec)
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return &ioError{err}
		}
	}
}

func (v *validation) array(r io.Reader) error {
	dec := json.NewDecoder(r)
	dec.UseNumber()
	if _, err := dec.Token(); err != nil {
		return &ioError{fmt.Errorf("%s: %w", v.name, err)}
	}
	for i := 0; dec.More(); i++ {
		var rec any
		if err := dec.Decode(&rec); err != nil {
			return &ioError{fmt.Errorf("%s: record %d: not JSON: %w", v.name, i, err)}
		}
		v.check(fmt.Sprintf("%s: record %d", v.name, i), rec)
	}
	if _, err := dec.Token(); err != nil {
		return &ioError{fmt.Errorf("%s: %w", v.name, err)}
	}
	return nil
}

func (v *validation) check(where string, rec any) {
	v.total++
	err := v.sch.Validate(rec)
	if err == nil {
		return
	}
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		v.report(where, []string{err.Error()})
		return
	}
	var msgs []string
	for _, u := range ve.BasicOutput().Errors {
		if u.Error == nil {
			continue
		}
		loc := u.InstanceLocation
		if loc == "" {
			loc = "#"
		} else {
			loc = "#" + loc
		}
		msgs = append(msgs, fmt.Sprintf("%s: %s (keyword %s)", loc, u.Error, keywordOf(u.KeywordLocation)))
	}
	if len(msgs) == 0 {
		msgs = []string{ve.Error()}
	}
	v.report(where, msgs)
}

func keywordOf(loc string) string {
	if i := strings.LastIndexByte(loc, '/'); i >= 0 {
		return loc[i+1:]
	}
	return loc
}

func (v *validation) report(where string, msgs []string) {
	v.invalid++
	if v.maxReports > 0 && v.invalid > v.maxReports {
		if v.invalid == v.maxReports+1 {
			fmt.Fprintf(v.out, "%s: ... (further invalid records are counted, not shown)\n", v.name)
		}
		return
	}
	for _, m := range msgs {
		fmt.Fprintf(v.out, "%s: invalid: %s\n", where, m)
	}
}
