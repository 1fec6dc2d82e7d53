package compiler

import (
	"errors"
	"fmt"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/synthgen/synthgen/compiler/ir"
	"github.com/synthgen/synthgen/compiler/lower"
	"github.com/synthgen/synthgen/compiler/schema"
)

// RefDir says that the documents under the URL Prefix are read from the
// local folder Dir (`--ref-dir PREFIX=DIR`): Prefix + "a/b.json" is
// Dir/a/b.json. Remote documents are never fetched.
type RefDir = schema.RefDir

// Options configure loading.
type Options struct {
	// Draft is the draft of documents without $schema: "" (2020-12), or
	// "4", "6", "7", "2019-09", "2020-12" (also "draft7", "draft-07", …).
	Draft   string
	RefDirs []RefDir
	// MaxDepth is the recursion budget; 0 means lower.DefaultMaxDepth.
	MaxDepth int
	// Locale ("en-GB", "en-US"; "" for the schema's x-locale) and Now
	// (unix seconds; 0 for runtime.DefaultNow) shape semantic values.
	Locale string
	Now    int64
}

// ErrUnknownDraft is wrapped by the error of an Options.Draft that names
// no draft: a usage error, not a schema error.
var ErrUnknownDraft = errors.New("unknown draft")

// Load reads src — a JSON or YAML file (by extension, else by content), or
// the name of a built-in schema when no such file exists — and lowers it to
// the IR. Schema problems are *diag.Error.
func Load(src string, opts Options) (*ir.Root, error) {
	so, err := schemaOptions(opts)
	if err != nil {
		return nil, err
	}
	set, err := schema.Load(src, so)
	if err != nil {
		return nil, err
	}
	return lower.Lower(set, lower.Options{MaxDepth: opts.MaxDepth, Locale: opts.Locale, Now: opts.Now})
}

// LoadValidator returns the compiled schema of src for validating data
// (formats asserted, patterns compiled by Go's regexp), for `synthgen
// validate`. Schema problems are *diag.Error.
func LoadValidator(src string, opts Options) (*jsonschema.Schema, error) {
	so, err := schemaOptions(opts)
	if err != nil {
		return nil, err
	}
	so.GoRegexp = true
	set, err := schema.Load(src, so)
	if err != nil {
		return nil, err
	}
	return set.Root, nil
}

func schemaOptions(opts Options) (schema.Options, error) {
	d, err := schema.ParseDraft(opts.Draft)
	if err != nil {
		return schema.Options{}, fmt.Errorf("--draft %q: %w", opts.Draft, ErrUnknownDraft)
	}
	return schema.Options{Draft: d, RefDirs: opts.RefDirs}, nil
}
