package plan

import (
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
	// Workers is how many goroutines generate records; 0 or 1 means one.
	// The output is the same bytes whatever the number: workers fill
	// chunks of consecutive records that are written in order.
	Workers int
	// Progress, if set, is called now and then with the number of records
	// written so far.
	Progress func(done uint64)
}

// ErrNotObject is returned for JSON-LD output of a schema whose records are
// not objects.
var ErrNotObject = errors.New("JSON-LD output needs records that are objects")

const (
	// flushSize is how much output a single worker gathers before writing.
	flushSize = 256 << 10
	// chunkRecords is how many consecutive records a parallel worker
	// makes at a time: enough to amortise the hand-over, few enough that
	// the chunks in flight (three buffers per worker) stay small.
	chunkRecords = 512
)

// Write streams opt.Count records to w. Memory stays bounded whatever the
// count: records are appended to reused buffers and flushed.
func (p *Plan) Write(w io.Writer, opt Options) error {
	enc, err := p.newEncoder(&opt)
	if err != nil {
		return err
	}
	// The records' buffers are large already (flushSize, or a chunk of
	// chunkRecords): they go to w as they are. A bufio.Writer between
	// would copy every byte once more, about 5 % of the run.
	if err := writeSome(w, enc.head()); err != nil {
		return err
	}
	if opt.Workers > 1 && opt.Count > chunkRecords {
		err = enc.writeParallel(w, opt.Workers)
	} else {
		err = enc.writeSerial(w)
	}
	if err != nil {
		return err
	}
	if err := writeSome(w, enc.tail()); err != nil {
		return err
	}
	if opt.Progress != nil {
		opt.Progress(opt.Count)
	}
	return nil
}

// writeSome writes b unless it is empty: no zero-length writes to the
// output.
func writeSome(w io.Writer, b []byte) error {
	if len(b) == 0 {
		return nil
	}
	_, err := w.Write(b)
	return err
}

// encoder turns records into the bytes of a format. It is shared by all
// workers and read-only; each worker brings its own encState.
type encoder struct {
	p        *Plan
	opt      *Options
	layout   *csvLayout
	ldPrefix []byte
}

// encState is one worker's generator and scratch space.
type encState struct {
	wk  *Worker
	rec []byte
	row csvRow
}

func (p *Plan) newEncoder(opt *Options) (*encoder, error) {
	e := &encoder{p: p, opt: opt}
	switch opt.Format {
	case CSV:
		e.layout = newCSVLayout(p.root)
	case JSONLD:
		if flattenable(p.root.Node, nil) == nil {
			return nil, ErrNotObject
		}
		e.ldPrefix = p.jsonLDPrefix()
	}
	return e, nil
}

func (e *encoder) newState() *encState { return &encState{wk: e.p.NewWorker()} }

// head is what precedes the records: the CSV header, the JSON array's
// opening bracket. Every output, whatever its Start, has its own.
func (e *encoder) head() []byte {
	switch e.opt.Format {
	case CSV:
		return e.layout.appendHeader(nil)
	case JSON:
		return []byte{'['}
	}
	return nil
}

// tail is what follows the records.
func (e *encoder) tail() []byte {
	if e.opt.Format != JSON {
		return nil
	}
	if e.opt.Count > 0 {
		return []byte("\n]\n")
	}
	return []byte("]\n")
}

// appendRecord appends the i-th record of the run (record Start+i) in the
// format. What it writes depends on i alone, so any worker may write any
// record.
func (e *encoder) appendRecord(st *encState, buf []byte, i uint64) []byte {
	opt := e.opt
	idx := opt.Start + i
	switch opt.Format {
	case NDJSON:
		buf = st.wk.AppendJSON(buf, opt.Seed, idx)
		return append(buf, '\n')
	case JSON:
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = append(buf, '\n')
		return st.wk.AppendJSON(buf, opt.Seed, idx)
	case JSONLD:
		st.rec = st.wk.AppendJSON(st.rec[:0], opt.Seed, idx)
		buf = append(buf, e.ldPrefix...)
		if len(st.rec) > 2 {
			buf = append(buf, ',')
		}
		buf = append(buf, st.rec[1:]...)
		return append(buf, '\n')
	case CSV:
		st.rec = st.wk.AppendJSON(st.rec[:0], opt.Seed, idx)
		return e.layout.appendRow(buf, st.rec, &st.row)
	}
	return buf
}

// stopped reports the context's error, if it is done.
func (e *encoder) stopped() error {
	if e.opt.Context != nil {
		return e.opt.Context.Err()
	}
	return nil
}

func (e *encoder) writeSerial(w io.Writer) error {
	st := e.newState()
	var buf []byte
	for i := uint64(0); i < e.opt.Count; i++ {
		buf = e.appendRecord(st, buf, i)
		if len(buf) >= flushSize {
			if _, err := w.Write(buf); err != nil {
				return err
			}
			buf = buf[:0]
			if err := e.stopped(); err != nil {
				return err
			}
			if e.opt.Progress != nil {
				e.opt.Progress(i + 1)
			}
		}
	}
	return writeSome(w, buf)
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
