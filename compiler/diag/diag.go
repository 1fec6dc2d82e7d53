package diag

import "strings"

// Kind says what is wrong with a schema; the CLI maps kinds to exit codes.
type Kind int

// The kinds of schema error.
const (
	// KindInvalid: the document is not a valid schema (malformed JSON or
	// YAML, rejected by the metaschema, a dangling reference).
	KindInvalid Kind = iota
	// KindUnsupported: a valid schema using something the generator cannot
	// honour yet.
	KindUnsupported
	// KindUnsatisfiable: no instance satisfies the schema.
	KindUnsatisfiable
	// KindRemoteRef: the schema refers to an http(s) document, which is
	// never fetched.
	KindRemoteRef
	// KindNotFound: the schema named on the command line is neither a file
	// nor a built-in schema.
	KindNotFound
)

var kindNames = [...]string{
	KindInvalid:       "invalid",
	KindUnsupported:   "unsupported",
	KindUnsatisfiable: "unsatisfiable",
	KindRemoteRef:     "remote ref",
	KindNotFound:      "not found",
}

// String returns the kind as printed after an error's message.
func (k Kind) String() string {
	if k >= 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "error"
}

// Error is a schema error with its position.
type Error struct {
	Kind Kind
	// File is the schema file as the user named it ("customer.json" for a
	// built-in schema).
	File string
	// Pointer is a JSON pointer into File such as "#/properties/age"; "" is
	// the document root. Errors about the file as a whole (not found,
	// malformed) have neither Pointer nor Keyword, and their Msg may start
	// with a line:col position.
	Pointer string
	// Keyword is the schema keyword at fault, such as "maximum".
	Keyword string
	Msg     string
	// Hint says what to do about it, when there is something to say.
	Hint string
}

// Error returns the error on one line:
//
//	customer.json#/properties/age: minimum 5 > maximum 1 (unsatisfiable)
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Where())
	b.WriteString(": ")
	b.WriteString(e.Msg)
	b.WriteString(" (")
	b.WriteString(e.Kind.String())
	b.WriteString(")")
	if e.Hint != "" {
		b.WriteString("; hint: ")
		b.WriteString(e.Hint)
	}
	return b.String()
}

// Where returns the error's position, "file#/pointer", or just the file
// for an error about the file as a whole.
func (e *Error) Where() string {
	ptr := e.Pointer
	if ptr == "" && e.Keyword != "" {
		ptr = "#"
	}
	return e.File + ptr
}

// New returns an error of kind k at file#ptr, about keyword.
func New(k Kind, file, ptr, keyword, msg string) *Error {
	return &Error{Kind: k, File: file, Pointer: ptr, Keyword: keyword, Msg: msg}
}

// WithHint sets e's hint and returns e.
func (e *Error) WithHint(hint string) *Error {
	e.Hint = hint
	return e
}
