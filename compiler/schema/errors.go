package schema

import (
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
	"github.com/synthgen/synthgen/compiler/diag"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// RefDirHint is the hint of every refused remote reference.
const RefDirHint = "use --ref-dir PREFIX=DIR to read documents under PREFIX from a local folder, e.g. --ref-dir http://localhost:1234/=remotes"

// remoteError refuses to fetch an http(s) document.
type remoteError struct{ url string }

func (e *remoteError) Error() string { return "remote reference " + e.url + " is not fetched" }

// missingError is a referenced document that cannot be read.
type missingError struct {
	url, file string
	err       error
}

func (e *missingError) Error() string { return "cannot read " + e.file }

// metaError is a $schema under json-schema.org that names no known draft.
type metaError struct{ url string }

func (e *metaError) Error() string { return "unknown metaschema " + e.url }

// translate turns an error of the validator library into a *diag.Error
// that names the file, pointer and keyword at fault.
func (l *loader) translate(err error) error {
	var lue *jsonschema.LoadURLError
	if errors.As(err, &lue) && lue.Err != nil {
		err = lue.Err
	}
	var (
		de  *diag.Error
		re  *remoteError
		me  *missingError
		mt  *metaError
		sve *jsonschema.SchemaValidationError
		ire *jsonschema.InvalidRegexError
		pnf *jsonschema.JSONPointerNotFoundError
		anf *jsonschema.AnchorNotFoundError
		ude *jsonschema.UnsupportedDraftError
		uve *jsonschema.UnsupportedVocabularyError
	)
	switch {
	case errors.As(err, &de):
		return de
	case errors.As(err, &re):
		s := l.refSite(re.url)
		what := fmt.Sprintf("%q", s.orValue(re.url))
		if base, _ := splitRef(s.value); s.value != "" && base != re.url {
			what += " (" + re.url + ")" // relative to an http(s) $id
		}
		return diag.New(diag.KindRemoteRef, s.file, s.ptr, s.keyword,
			"remote reference "+what+" is not fetched").WithHint(RefDirHint)
	case errors.As(err, &me):
		s := l.refSite(me.url)
		why := "no such file"
		if me.err != nil {
			why = pathErr(me.err)
		}
		return diag.New(diag.KindInvalid, s.file, s.ptr, s.keyword,
			fmt.Sprintf("%s %q: cannot read %s: %s", s.keyword, s.orValue(me.url), me.file, why))
	case errors.As(err, &mt):
		s := l.refSite(mt.url)
		return diag.New(diag.KindUnsupported, s.file, s.ptr, s.keyword,
			fmt.Sprintf("%s %q names no supported draft (4, 6, 7, 2019-09, 2020-12)", s.keyword, s.orValue(mt.url)))
	case errors.As(err, &ude):
		s := l.refSite(ude.URL)
		return diag.New(diag.KindUnsupported, s.file, s.ptr, "$schema",
			fmt.Sprintf("$schema %q names no supported draft", ude.URL))
	case errors.As(err, &sve):
		return l.metaschemaError(sve)
	case errors.As(err, &ire):
		file, toks := l.split(ire.URL)
		kw := ""
		if len(toks) > 0 {
			kw, toks = toks[len(toks)-1], toks[:len(toks)-1]
		}
		return diag.New(diag.KindUnsupported, file, "#"+joinPointer(toks), kw,
			fmt.Sprintf("%s %q: %v", kw, ire.Regex, ire.Err))
	case errors.As(err, &pnf):
		s := l.refSite(pnf.URL)
		return diag.New(diag.KindInvalid, s.file, s.ptr, s.keyword,
			fmt.Sprintf("%s %q: no such location", s.keyword, s.orValue(pnf.URL)))
	case errors.As(err, &anf):
		s := l.refSite(anf.Reference)
		return diag.New(diag.KindInvalid, s.file, s.ptr, s.keyword,
			fmt.Sprintf("%s %q: no such anchor", s.keyword, s.orValue(anf.Reference)))
	case errors.As(err, &uve):
		file, toks := l.split(uve.URL)
		return diag.New(diag.KindUnsupported, file, "#"+joinPointer(toks), "$vocabulary",
			fmt.Sprintf("vocabulary %q is not supported", uve.Vocabulary))
	}
	return diag.New(diag.KindInvalid, l.rootFile, "", "", l.humanise(err.Error()))
}

// humanise replaces the URLs of loaded documents in msg by their file
// names.
func (l *loader) humanise(msg string) string {
	for _, u := range l.loaded {
		msg = strings.ReplaceAll(msg, u, l.docs[u].file)
	}
	return msg
}

// split turns an absolute location "url#/a/b" into the file's name and the
// pointer's tokens.
func (l *loader) split(loc string) (string, []string) {
	base, frag, _ := strings.Cut(loc, "#")
	if p, err := url.PathUnescape(frag); err == nil {
		frag = p
	}
	file := base
	if d, ok := l.docs[base]; ok {
		file = d.file
	}
	return file, splitPointer(frag)
}

// site is where a document refers to another.
type site struct {
	file, ptr, keyword string
	value              string // the reference as written
}

func (s site) orValue(u string) string {
	if s.value != "" {
		return s.value
	}
	return u
}

var refKeywords = []string{"$ref", "$schema", "$dynamicRef", "$recursiveRef"}

// refSite finds the first reference, in load order, that resolves to
// target (a URL, with or without fragment). Failing that, it blames the
// root document's $ref.
func (l *loader) refSite(target string) site {
	tbase, tfrag := splitRef(target)
	for _, u := range l.loaded {
		d := l.docs[u]
		base, err := url.Parse(u)
		if err != nil {
			continue
		}
		if s, ok := d.findRef(d.value, base, "", tbase, tfrag); ok {
			s.file = d.file
			return s
		}
	}
	return site{file: l.rootFile, keyword: "$ref"}
}

// skipped are keywords whose values are data, not schemas.
var skipped = map[string]bool{"enum": true, "const": true, "default": true, "examples": true}

func (d *document) findRef(v any, base *url.URL, ptr, tbase, tfrag string) (site, bool) {
	switch x := v.(type) {
	case map[string]any:
		for _, idKey := range []string{"$id", "id"} {
			if id, ok := x[idKey].(string); ok {
				if ref, err := url.Parse(id); err == nil {
					base = base.ResolveReference(ref)
					break
				}
			}
		}
		for _, kw := range refKeywords {
			s, ok := x[kw].(string)
			if !ok {
				continue
			}
			ref, err := url.Parse(s)
			if err != nil {
				continue
			}
			rbase, rfrag := splitRef(base.ResolveReference(ref).String())
			if rbase == tbase && (tfrag == "" || rfrag == tfrag) {
				return site{ptr: "#" + ptr, keyword: kw, value: s}, true
			}
		}
		for _, k := range d.keys(ptr, x) {
			if skipped[k] {
				continue
			}
			if s, ok := d.findRef(x[k], base, ptr+"/"+escapeToken(k), tbase, tfrag); ok {
				return s, true
			}
		}
	case []any:
		for i, e := range x {
			if s, ok := d.findRef(e, base, fmt.Sprintf("%s/%d", ptr, i), tbase, tfrag); ok {
				return s, true
			}
		}
	}
	return site{}, false
}

func splitRef(u string) (base, frag string) {
	base, frag, _ = strings.Cut(u, "#")
	if p, err := url.PathUnescape(frag); err == nil {
		frag = p
	}
	return base, frag
}

// metaschemaError reports the deepest cause of a metaschema rejection at
// the schema and keyword it concerns.
func (l *loader) metaschemaError(e *jsonschema.SchemaValidationError) error {
	file, toks := l.split(e.URL)
	ve, ok := e.Err.(*jsonschema.ValidationError)
	if !ok {
		return diag.New(diag.KindInvalid, file, "#"+joinPointer(toks), "", l.humanise(e.Err.Error()))
	}
	leaf := deepest(ve)
	toks = append(toks, leaf.InstanceLocation...)
	base, _, _ := strings.Cut(e.URL, "#")
	var doc any
	if d, ok := l.docs[base]; ok {
		doc = d.value
	}
	schemaToks, kw := splitKeyword(doc, toks)
	msg := leaf.ErrorKind.LocalizedString(message.NewPrinter(language.English))
	if kw != "" {
		msg = kw + ": " + msg
	}
	k := diag.KindInvalid
	if f, ok := leaf.ErrorKind.(*kind.Format); ok && f.Want == "regex" {
		// A valid ECMA-262 pattern that Go's regexp (the validator's
		// engine) cannot compile.
		k = diag.KindUnsupported
	}
	return diag.New(k, file, "#"+joinPointer(schemaToks), kw, msg)
}

// deepest returns the first leaf cause with the longest instance location.
func deepest(e *jsonschema.ValidationError) *jsonschema.ValidationError {
	if len(e.Causes) == 0 {
		return e
	}
	var best *jsonschema.ValidationError
	for _, c := range e.Causes {
		if d := deepest(c); best == nil || len(d.InstanceLocation) > len(best.InstanceLocation) {
			best = d
		}
	}
	return best
}

// Keyword shapes: which keywords hold one schema, a map or an array of
// schemas.
var (
	oneSchema = map[string]bool{"not": true, "additionalProperties": true, "additionalItems": true,
		"contains": true, "propertyNames": true, "if": true, "then": true, "else": true,
		"unevaluatedItems": true, "unevaluatedProperties": true, "contentSchema": true, "items": true}
	schemaMap = map[string]bool{"properties": true, "patternProperties": true, "$defs": true,
		"definitions": true, "dependentSchemas": true, "dependencies": true}
	schemaList = map[string]bool{"allOf": true, "anyOf": true, "oneOf": true, "prefixItems": true}
)

// splitKeyword splits the tokens of a location inside a schema document
// into the deepest schema's tokens and the keyword of that schema the
// location lies in ("" when it is the schema itself).
func splitKeyword(doc any, toks []string) ([]string, string) {
	end, kw := 0, ""
	cur := doc
	container := false
	for i, tok := range toks {
		next := child(cur, tok)
		switch {
		case container:
			end, kw, container = i+1, "", false
		case tok == "items" && isArray(next), schemaList[tok], schemaMap[tok]:
			kw, container = tok, true
		case oneSchema[tok]:
			end, kw = i+1, ""
		default:
			return toks[:end], tok
		}
		cur = next
	}
	return toks[:end], kw
}

func child(v any, tok string) any {
	next, _ := lookup(v, "/"+escapeToken(tok))
	return next
}

func isArray(v any) bool {
	_, ok := v.([]any)
	return ok
}
