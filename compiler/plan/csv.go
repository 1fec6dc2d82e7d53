package plan

import (
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

// csvRow turns one JSON record into a CSV row. cells and text are reused
// between records.
type csvRow struct {
	cells [][2]int
	text  []byte
}

func (l *csvLayout) appendRow(buf, record []byte, row *csvRow) []byte {
	if cap(row.cells) < len(l.header) {
		row.cells = make([][2]int, len(l.header))
	}
	row.cells = row.cells[:len(l.header)]
	for i := range row.cells {
		row.cells[i] = [2]int{}
	}
	row.text = row.text[:0]
	if l.root == nil {
		row.setCell(0, record)
	} else {
		row.fill(l.root, record)
	}
	for i, c := range row.cells {
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = runtime.AppendCSVField(buf, row.text[c[0]:c[1]])
	}
	return append(buf, '\n')
}

// fill walks the object obj (compact JSON) and records its leaf cells.
func (row *csvRow) fill(n *csvNode, obj []byte) {
	if len(obj) == 0 || obj[0] != '{' {
		return // null in place of a nullable object: its cells stay empty
	}
	next := 0 // members come in declared order: look there first
	for i := 1; i < len(obj) && obj[i] != '}'; {
		kEnd := skipString(obj, i)
		key := obj[i:kEnd]
		vStart := kEnd + 1
		vEnd := skipValue(obj, vStart)
		for k := range n.members {
			j := (next + k) % len(n.members)
			m := &n.members[j]
			if string(m.key) != string(key) {
				continue
			}
			if m.nested != nil {
				row.fill(m.nested, obj[vStart:vEnd])
			} else {
				row.setCell(m.column, obj[vStart:vEnd])
			}
			next = j + 1
			break
		}
		i = vEnd
		if i < len(obj) && obj[i] == ',' {
			i++
		}
	}
}

// setCell stores a value's cell text: strings unquoted, null empty, other
// values (numbers, booleans, arrays, objects) as their JSON text.
func (row *csvRow) setCell(col int, v []byte) {
	start := len(row.text)
	switch {
	case v[0] == '"':
		row.text = runtime.AppendUnquotedJSON(row.text, v)
	case string(v) == "null":
	default:
		row.text = append(row.text, v...)
	}
	row.cells[col] = [2]int{start, len(row.text)}
}
