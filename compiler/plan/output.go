package plan

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/synthgen/synthgen/runtime"
)

// Format is an output format.
type Format int

// The output formats.
const (
	NDJSON Format = iota
	JSON
	CSV
	JSONLD
)

var formatNames = []string{"ndjson", "json", "csv", "jsonld"}

// Formats lists the names ParseFormat accepts.
func Formats() []string { return append([]string(nil), formatNames...) }

// ParseFormat returns the format called name.
func ParseFormat(name string) (Format, error) {
	for i, n := range formatNames {
		if strings.EqualFold(name, n) {
			return Format(i), nil
		}
	}
	return 0, fmt.Errorf("unknown format %q (want one of %s)", name, strings.Join(formatNames, ", "))
}

func (f Format) String() string { return formatNames[f] }

// Options says what Write writes.
type Options struct {
	// Context, if set, stops the run early with its error.
	Context context.Context
	Format  Format
	Seed    uint64
	Start   uint64 // index of the first record
	Count   uint64
	// Progress, if set, is called now and then with the number of records
	// written so far.
	Progress func(done uint64)
}

// ErrNotObject is returned for JSON-LD output of a schema whose records are
// not objects.
var ErrNotObject = errors.New("JSON-LD output needs records that are objects")

// Write streams opt.Count records to w. Memory stays bounded whatever the
// count: each record is appended to a reused buffer and flushed.
func (p *Plan) Write(w io.Writer, opt Options) error {
	bw := bufio.NewWriterSize(w, 256<<10)
	wk := p.NewWorker()
	var (
		buf, rec []byte
		layout   *csvLayout
		row      csvRow
		ldPrefix []byte
	)
	switch opt.Format {
	case CSV:
		layout = newCSVLayout(p.root)
		buf = layout.appendHeader(buf)
	case JSON:
		buf = append(buf, '[')
	case JSONLD:
		if flattenable(p.root.Node, nil) == nil {
			return ErrNotObject
		}
		ldPrefix = p.jsonLDPrefix()
	}
	for i := uint64(0); i < opt.Count; i++ {
		idx := opt.Start + i
		switch opt.Format {
		case NDJSON:
			buf = wk.AppendJSON(buf, opt.Seed, idx)
			buf = append(buf, '\n')
		case JSON:
			if i > 0 {
				buf = append(buf, ',')
			}
			buf = append(buf, '\n')
			buf = wk.AppendJSON(buf, opt.Seed, idx)
		case JSONLD:
			rec = wk.AppendJSON(rec[:0], opt.Seed, idx)
			buf = append(buf, ldPrefix...)
			if len(rec) > 2 {
				buf = append(buf, ',')
			}
			buf = append(buf, rec[1:]...)
			buf = append(buf, '\n')
		case CSV:
			rec = wk.AppendJSON(rec[:0], opt.Seed, idx)
			buf = layout.appendRow(buf, rec, &row)
		}
		if len(buf) >= 64<<10 {
			if _, err := bw.Write(buf); err != nil {
				return err
			}
			buf = buf[:0]
			if opt.Context != nil && opt.Context.Err() != nil {
				return opt.Context.Err()
			}
			if opt.Progress != nil {
				opt.Progress(i + 1)
			}
		}
	}
	if opt.Format == JSON {
		if opt.Count > 0 {
			buf = append(buf, '\n')
		}
		buf = append(buf, "]\n"...)
	}
	if _, err := bw.Write(buf); err != nil {
		return err
	}
	if opt.Progress != nil {
		opt.Progress(opt.Count)
	}
	return bw.Flush()
}

// jsonLDPrefix is the start of every JSON-LD record: the opening brace,
// @context and @type. The context makes the schema's $id the vocabulary,
// so each property is an IRI under it.
func (p *Plan) jsonLDPrefix() []byte {
	ctx := p.root.ID
	typ := p.root.Type
	if typ == "" {
		typ = p.root.Name
	}
	b := []byte(`{"@context":`)
	switch {
	case p.root.JSONLDContext != "":
		b = append(b, p.root.JSONLDContext...)
	case ctx == "":
		b = append(b, `{"@vocab":"https://schema.org/"}`...)
	default:
		if !strings.HasSuffix(ctx, "#") && !strings.HasSuffix(ctx, "/") {
			ctx += "#"
		}
		b = append(b, `{"@vocab":`...)
		b = runtime.AppendJSONString(b, ctx)
		b = append(b, '}')
	}
	b = append(b, `,"@type":`...)
	return runtime.AppendJSONString(b, typ)
}
