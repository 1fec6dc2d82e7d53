package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// document is one parsed schema document: its value as the validator
// library expects it (json.Number for numbers) and the order of the keys of
// each of its objects, by JSON pointer ("" for the root).
type document struct {
	url   string
	file  string
	value any
	order map[string][]string
}

// isYAML decides how to parse data: by extension, else by its first
// significant byte (JSON documents start with '{', '[' or '"').
func isYAML(name string, data []byte) bool {
	lower := strings.ToLower(name)
	switch {
	case strings.HasSuffix(lower, ".yaml"), strings.HasSuffix(lower, ".yml"):
		return true
	case strings.HasSuffix(lower, ".json"):
		return false
	}
	trimmed := bytes.TrimLeft(data, " \t\r\n\ufeff")
	return len(trimmed) == 0 || !bytes.ContainsAny(trimmed[:1], `{["`)
}

// parse decodes data as JSON or YAML. Its errors are messages for a
// *diag.Error about the whole file, with a line:col where known.
func parse(name string, data []byte) (any, map[string][]string, error) {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if isYAML(name, data) {
		return parseYAML(data)
	}
	return parseJSON(data)
}

type jsonParser struct {
	dec   *json.Decoder
	order map[string][]string
}

func parseJSON(data []byte) (any, map[string][]string, error) {
	p := &jsonParser{dec: json.NewDecoder(bytes.NewReader(data)), order: map[string][]string{}}
	p.dec.UseNumber()
	v, err := p.value("")
	if err == nil {
		end := p.dec.InputOffset()
		if _, terr := p.dec.Token(); terr != io.EOF {
			for end < int64(len(data)) && strings.IndexByte(" \t\r\n", data[end]) >= 0 {
				end++
			}
			return nil, nil, fmt.Errorf("%s: unexpected data after the top-level value", lineCol(data, end))
		}
		return v, p.order, nil
	}
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		return nil, nil, fmt.Errorf("%s: %s", lineCol(data, se.Offset), se.Error())
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		if len(bytes.TrimSpace(data)) == 0 {
			return nil, nil, errors.New("empty document")
		}
		return nil, nil, fmt.Errorf("%s: unexpected end of JSON input", lineCol(data, int64(len(data))))
	}
	return nil, nil, fmt.Errorf("%s: %v", lineCol(data, p.dec.InputOffset()), err)
}

func (p *jsonParser) value(ptr string) (any, error) {
	tok, err := p.dec.Token()
	if err != nil {
		return nil, err
	}
	d, ok := tok.(json.Delim)
	if !ok {
		return tok, nil // string, json.Number, bool or nil
	}
	switch d {
	case '{':
		obj := map[string]any{}
		var keys []string
		for p.dec.More() {
			kt, err := p.dec.Token()
			if err != nil {
				return nil, err
			}
			key := kt.(string)
			v, err := p.value(ptr + "/" + escapeToken(key))
			if err != nil {
				return nil, err
			}
			if _, dup := obj[key]; !dup {
				keys = append(keys, key)
			}
			obj[key] = v
		}
		p.order[ptr] = keys
		_, err := p.dec.Token()
		return obj, err
	case '[':
		arr := []any{}
		for p.dec.More() {
			v, err := p.value(ptr + "/" + strconv.Itoa(len(arr)))
			if err != nil {
				return nil, err
			}
			arr = append(arr, v)
		}
		_, err := p.dec.Token()
		return arr, err
	}
	return nil, fmt.Errorf("unexpected %q", d)
}

// lineCol renders the position of the byte at offset off as "line L:C"
// (1-based; C counts bytes).
func lineCol(data []byte, off int64) string {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	before := data[:off]
	line := bytes.Count(before, []byte("\n")) + 1
	col := off - int64(bytes.LastIndexByte(before, '\n'))
	return fmt.Sprintf("line %d:%d", line, col)
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): `)

func parseYAML(data []byte) (any, map[string][]string, error) {
	var n yaml.Node
	if err := yaml.Unmarshal(data, &n); err != nil {
		msg := err.Error()
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			msg = "line " + m[1] + ": " + msg[len(m[0]):]
		} else {
			msg = strings.TrimPrefix(msg, "yaml: ")
		}
		return nil, nil, errors.New(msg)
	}
	if n.Kind == 0 || len(n.Content) == 0 {
		return nil, nil, errors.New("empty document")
	}
	c := &yamlConv{order: map[string][]string{}}
	v, err := c.value(n.Content[0], "")
	if err != nil {
		return nil, nil, err
	}
	return v, c.order, nil
}

type yamlConv struct {
	order   map[string][]string
	aliases int
}

func (c *yamlConv) value(n *yaml.Node, ptr string) (any, error) {
	switch n.Kind {
	case yaml.DocumentNode:
		return c.value(n.Content[0], ptr)
	case yaml.AliasNode:
		if c.aliases++; c.aliases > 10000 {
			return nil, fmt.Errorf("line %d:%d: too many alias expansions", n.Line, n.Column)
		}
		return c.value(n.Alias, ptr)
	case yaml.SequenceNode:
		arr := []any{}
		for _, item := range n.Content {
			v, err := c.value(item, ptr+"/"+strconv.Itoa(len(arr)))
			if err != nil {
				return nil, err
			}
			arr = append(arr, v)
		}
		return arr, nil
	case yaml.MappingNode:
		obj := map[string]any{}
		var keys []string
		if err := c.mapping(n, ptr, obj, &keys); err != nil {
			return nil, err
		}
		c.order[ptr] = keys
		return obj, nil
	case yaml.ScalarNode:
		return scalar(n)
	}
	return nil, fmt.Errorf("line %d:%d: unexpected YAML node", n.Line, n.Column)
}

// mapping adds n's members to obj; merge keys (<<) add the members of the
// merged mappings that obj does not already have.
func (c *yamlConv) mapping(n *yaml.Node, ptr string, obj map[string]any, keys *[]string) error {
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		for k.Kind == yaml.AliasNode {
			k = k.Alias
		}
		if k.Kind != yaml.ScalarNode {
			return fmt.Errorf("line %d:%d: object keys must be strings", k.Line, k.Column)
		}
		if k.Tag == "!!merge" {
			if err := c.merge(v, ptr, obj, keys); err != nil {
				return err
			}
			continue
		}
		val, err := c.value(v, ptr+"/"+escapeToken(k.Value))
		if err != nil {
			return err
		}
		if _, dup := obj[k.Value]; !dup {
			*keys = append(*keys, k.Value)
		}
		obj[k.Value] = val
	}
	return nil
}

func (c *yamlConv) merge(v *yaml.Node, ptr string, obj map[string]any, keys *[]string) error {
	for v.Kind == yaml.AliasNode {
		v = v.Alias
	}
	srcs := []*yaml.Node{v}
	if v.Kind == yaml.SequenceNode {
		srcs = v.Content
	}
	for _, src := range srcs {
		for src.Kind == yaml.AliasNode {
			src = src.Alias
		}
		if src.Kind != yaml.MappingNode {
			return fmt.Errorf("line %d:%d: merge key needs a mapping", src.Line, src.Column)
		}
		merged := map[string]any{}
		var mkeys []string
		if err := c.mapping(src, ptr, merged, &mkeys); err != nil {
			return err
		}
		for _, k := range mkeys {
			if _, ok := obj[k]; !ok {
				obj[k] = merged[k]
				*keys = append(*keys, k)
			}
		}
	}
	return nil
}

var jsonNumber = regexp.MustCompile(`^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$`)

// scalar converts a YAML scalar to its JSON value, numbers as json.Number.
// Timestamps and other non-JSON tags stay strings, as written.
func scalar(n *yaml.Node) (any, error) {
	switch n.ShortTag() {
	case "!!null":
		return nil, nil
	case "!!bool":
		var b bool
		if err := n.Decode(&b); err != nil {
			return nil, fmt.Errorf("line %d:%d: %v", n.Line, n.Column, err)
		}
		return b, nil
	case "!!int":
		s := strings.ReplaceAll(n.Value, "_", "")
		if jsonNumber.MatchString(s) {
			return json.Number(s), nil
		}
		neg := strings.HasPrefix(s, "-")
		digits := strings.TrimLeft(s, "+-")
		base := 10
		if len(digits) > 1 && digits[0] == '0' && strings.ContainsAny(digits[1:2], "xXoObB") {
			base = 0
		}
		i, ok := new(big.Int).SetString(digits, base)
		if !ok {
			return nil, fmt.Errorf("line %d:%d: bad integer %q", n.Line, n.Column, n.Value)
		}
		if neg {
			i.Neg(i)
		}
		return json.Number(i.String()), nil
	case "!!float":
		s := strings.ReplaceAll(n.Value, "_", "")
		if jsonNumber.MatchString(s) {
			return json.Number(s), nil
		}
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return nil, fmt.Errorf("line %d:%d: %q is not a JSON number", n.Line, n.Column, n.Value)
		}
		return json.Number(strconv.FormatFloat(f, 'g', -1, 64)), nil
	}
	return n.Value, nil
}

// escapeToken escapes one JSON pointer token (RFC 6901).
func escapeToken(tok string) string {
	tok = strings.ReplaceAll(tok, "~", "~0")
	return strings.ReplaceAll(tok, "/", "~1")
}

// unescapeToken undoes escapeToken.
func unescapeToken(tok string) string {
	tok = strings.ReplaceAll(tok, "~1", "/")
	return strings.ReplaceAll(tok, "~0", "~")
}

// splitPointer returns the unescaped tokens of a JSON pointer ("" or
// "/a/b").
func splitPointer(ptr string) []string {
	if ptr == "" {
		return nil
	}
	toks := strings.Split(strings.TrimPrefix(ptr, "/"), "/")
	for i, t := range toks {
		toks[i] = unescapeToken(t)
	}
	return toks
}

// joinPointer escapes and joins tokens into a JSON pointer.
func joinPointer(toks []string) string {
	var b strings.Builder
	for _, t := range toks {
		b.WriteByte('/')
		b.WriteString(escapeToken(t))
	}
	return b.String()
}

// lookup returns the value at ptr in v.
func lookup(v any, ptr string) (any, bool) {
	for _, tok := range splitPointer(ptr) {
		switch x := v.(type) {
		case map[string]any:
			var ok bool
			if v, ok = x[tok]; !ok {
				return nil, false
			}
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(x) {
				return nil, false
			}
			v = x[i]
		default:
			return nil, false
		}
	}
	return v, true
}
