package plan

import (
	"bytes"
	"strings"

	"github.com/synthgen/synthgen/compiler/ir"
	"github.com/synthgen/synthgen/runtime"
)

// csvNode maps the members of one flattened object to columns.
type csvNode struct {
	members []csvMember
}

type csvMember struct {
	key    []byte   // the member's key as it appears in the JSON, quoted
	column int      // the column of a leaf, or -1
	nested *csvNode // a flattened nested object
}

// csvLayout is the column set of a schema: nested objects flatten to
// dotted names; arrays, unions and map-like objects are one cell of JSON
// text.
type csvLayout struct {
	header []string
	root   *csvNode // nil: the record is one "value" column
}

func newCSVLayout(root *ir.Root) *csvLayout {
	l := &csvLayout{}
	obj := flattenable(root.Node, map[*ir.Def]bool{})
	if obj == nil {
		l.header = []string{"value"}
		return l
	}
	l.root = l.flatten(obj, nil, map[*ir.Def]bool{})
	return l
}

// flattenable returns the object n stands for when it can be flattened.
func flattenable(n ir.Node, seen map[*ir.Def]bool) *ir.Object {
	if ref, ok := n.(*ir.Ref); ok {
		if seen[ref.Def] {
			return nil
		}
		seen[ref.Def] = true
		return flattenable(ref.Def.Node, seen)
	}
	if obj, ok := n.(*ir.Object); ok && obj.Extra == nil {
		return obj
	}
	return nil
}

func (l *csvLayout) flatten(obj *ir.Object, path []string, seen map[*ir.Def]bool) *csvNode {
	node := &csvNode{}
	for _, f := range obj.Fields {
		key := runtime.AppendJSONString(nil, f.Name)
		p := append(path[:len(path):len(path)], f.Name)
		inner := copySeen(seen)
		if sub := flattenable(f.Node, inner); sub != nil {
			node.members = append(node.members, csvMember{key: key, column: -1, nested: l.flatten(sub, p, inner)})
			continue
		}
		node.members = append(node.members, csvMember{key: key, column: len(l.header)})
		l.header = append(l.header, strings.Join(p, "."))
	}
	return node
}

func copySeen(m map[*ir.Def]bool) map[*ir.Def]bool {
	c := make(map[*ir.Def]bool, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}

// appendHeader appends the header row.
func (l *csvLayout) appendHeader(buf []byte) []byte {
	for i, h := range l.header {
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = runtime.AppendCSVField(buf, []byte(h))
	}
	return append(buf, '\n')
}

// csvRow turns one JSON record into a CSV row; text is scratch for a
// string cell with escapes, reused between records.
type csvRow struct {
	text []byte
}

// appendRow writes the row of one record, walking its JSON once: a
// flattenable object's members come in declared order, which is the
// columns' order, so each member is either the next one in the JSON or
// absent (an empty cell).
func (l *csvLayout) appendRow(buf, record []byte, row *csvRow) []byte {
	if l.root == nil {
		buf = row.appendCell(buf, record)
	} else {
		first := true
		buf = row.appendObject(buf, l.root, record, &first)
	}
	return append(buf, '\n')
}

// appendObject writes the cells of node n from obj (compact JSON; anything
// but an object, such as null in place of a nullable object, leaves them
// empty). first says no cell of the row has been written yet.
func (row *csvRow) appendObject(buf []byte, n *csvNode, obj []byte, first *bool) []byte {
	isObj := len(obj) > 0 && obj[0] == '{'
	i := 1
	for k := range n.members {
		m := &n.members[k]
		var v []byte
		plain := false // v is a string whose text is its cell as it stands
		// The member is next when its quoted key and a colon are: the
		// keys are this package's own compact JSON.
		if isObj && bytes.HasPrefix(obj[i:], m.key) && i+len(m.key) < len(obj) && obj[i+len(m.key)] == ':' {
			vStart := i + len(m.key) + 1
			var vEnd int
			if obj[vStart] == '"' && m.nested == nil {
				// Most cells are strings: find the end and whether the
				// text can be written as it is in one scan.
				vEnd, plain = scanCSVString(obj, vStart)
			} else {
				vEnd = skipValue(obj, vStart)
			}
			v = obj[vStart:vEnd]
			i = vEnd
			if i < len(obj) && obj[i] == ',' {
				i++
			}
		}
		if m.nested != nil {
			buf = row.appendObject(buf, m.nested, v, first)
			continue
		}
		if !*first {
			buf = append(buf, ',')
		}
		*first = false
		switch {
		case plain:
			buf = append(buf, v[1:len(v)-1]...)
		case v != nil:
			buf = row.appendCell(buf, v)
		}
	}
	return buf
}

// appendCell writes a value's cell: strings unquoted, null empty, other
// values (numbers, booleans, arrays, objects) as their JSON text.
func (row *csvRow) appendCell(buf, v []byte) []byte {
	switch {
	case v[0] == '"':
		if bytes.IndexByte(v, '\\') < 0 { // nothing escaped: the text between the quotes
			return runtime.AppendCSVField(buf, v[1:len(v)-1])
		}
		row.text = runtime.AppendUnquotedJSON(row.text[:0], v)
		return runtime.AppendCSVField(buf, row.text)
	case string(v) == "null":
		return buf
	}
	return runtime.AppendCSVField(buf, v)
}
