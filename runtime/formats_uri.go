package runtime

import "strconv"

// Reference formats: URI references, IRIs, URI templates and JSON
// pointers. Every absolute reference points at a reserved host
// (example.com/.org/.net, or a name under .example or .test); relative
// ones are the shapes links in real documents take. Values stay inside
// what both RFC 3986/3987/6570/6901 and Go's net/url accept, since the
// validator library judges them with net/url.

// appendURIReference appends a URI reference: an absolute URI a quarter of
// the time, else an absolute path, a relative path, a network-path
// reference or a bare fragment.
func appendURIReference(s *Stream, buf []byte) []byte {
	switch s.Uint64n(8) {
	case 0, 1:
		return appendURI(s, buf)
	case 2, 3, 4:
		return appendRefPath(s, buf, true)
	case 5:
		if s.Uint64n(2) == 0 {
			buf = append(buf, "../"...)
		}
		return appendRefPath(s, buf, false)
	case 6:
		buf = append(buf, "//"...)
		buf = append(buf, exampleDomains[s.Uint64n(3)]...)
		return appendRefPath(s, buf, true)
	}
	buf = append(buf, '#')
	return append(buf, pickWord(s, commonWords)...)
}

// appendRefPath appends one to three path segments (the last sometimes an
// id), leading with a slash when abs, and now and then a query or a
// fragment. A relative path's first segment is a word, never holding a
// colon, so it cannot read as a scheme.
func appendRefPath(s *Stream, buf []byte, abs bool) []byte {
	n := 1 + s.Uint64n(3)
	for i := uint64(0); i < n; i++ {
		if abs || i > 0 {
			buf = append(buf, '/')
		}
		if i > 0 && i == n-1 && s.Uint64n(3) == 0 {
			buf = strconv.AppendUint(buf, 1+s.Uint64n(9999), 10)
			continue
		}
		buf = append(buf, pickWord(s, commonWords)...)
	}
	switch s.Uint64n(6) {
	case 0:
		buf = append(buf, "?page="...)
		buf = strconv.AppendUint(buf, 1+s.Uint64n(20), 10)
	case 1:
		buf = append(buf, '#')
		buf = append(buf, pickWord(s, commonWords)...)
	}
	return buf
}

// appendIRI appends an absolute IRI: https on an IDN or example host with
// one or two path segments, some of them non-ASCII, now and then a query.
func appendIRI(s *Stream, buf []byte) []byte {
	buf = append(buf, "https://"...)
	if s.Uint64n(2) == 0 {
		buf = appendIDNHost(s, buf)
	} else {
		buf = append(buf, exampleDomains[s.Uint64n(3)]...)
	}
	return appendIRIPath(s, buf)
}

func appendIRIPath(s *Stream, buf []byte) []byte {
	for n := 1 + s.Uint64n(2); n > 0; n-- {
		buf = append(buf, '/')
		if s.Uint64n(2) == 0 {
			buf = append(buf, idnWords[s.Uint64n(uint64(len(idnWords)))]...)
		} else {
			buf = append(buf, pickWord(s, commonWords)...)
		}
	}
	switch s.Uint64n(5) {
	case 0:
		buf = append(buf, "?q="...)
		buf = append(buf, idnWords[s.Uint64n(uint64(len(idnWords)))]...)
	case 1:
		buf = append(buf, '#')
		buf = append(buf, idnWords[s.Uint64n(uint64(len(idnWords)))]...)
	}
	return buf
}

// appendIRIReference appends an IRI, an absolute or network-path reference
// with non-ASCII segments, or a non-ASCII fragment.
func appendIRIReference(s *Stream, buf []byte) []byte {
	switch s.Uint64n(6) {
	case 0, 1:
		return appendIRI(s, buf)
	case 2, 3:
		return appendIRIPath(s, buf)
	case 4:
		buf = append(buf, "//"...)
		buf = appendIDNHost(s, buf)
		return appendIRIPath(s, buf)
	}
	buf = append(buf, '#')
	return append(buf, idnWords[s.Uint64n(uint64(len(idnWords)))]...)
}

// templateVars are RFC 6570 variable names.
var templateVars = [...]string{"id", "user_id", "order_id", "page", "limit", "q", "lang", "term", "path", "version"}

// templateOps are the expression shapes used in path segments. The
// validator library checks brace balance per path segment of the parsed
// URL, so the operators that open a query, a fragment or a path segment
// ({?q}, {#f}, {/p}) are written only where they cannot be misparsed:
// never, here; queries use simple expansions after a literal '?'.
var templateOps = [...]string{"{", "{+", "{.", "{;"}

// appendURITemplate appends an RFC 6570 template on an example host:
// https://example.com/users/{user_id}/orders{.lang}?page={page}.
func appendURITemplate(s *Stream, buf []byte) []byte {
	if s.Uint64n(4) != 0 {
		buf = append(buf, "https://"...)
		buf = append(buf, exampleDomains[s.Uint64n(3)]...)
	}
	for n := 1 + s.Uint64n(3); n > 0; n-- {
		buf = append(buf, '/')
		buf = append(buf, pickWord(s, commonWords)...)
		if s.Uint64n(3) == 0 {
			continue
		}
		buf = append(buf, '/')
		k := s.Uint64n(uint64(len(templateOps) + 2))
		switch {
		case k < uint64(len(templateOps)):
			buf = append(buf, templateOps[k]...)
			buf = append(buf, templateVars[s.Uint64n(uint64(len(templateVars)))]...)
		case k == uint64(len(templateOps)): // a prefix modifier
			buf = append(buf, '{')
			buf = append(buf, templateVars[s.Uint64n(uint64(len(templateVars)))]...)
			buf = append(buf, ':')
			buf = strconv.AppendUint(buf, 1+s.Uint64n(8), 10)
		default: // an exploded list
			buf = append(buf, '{')
			buf = append(buf, templateVars[s.Uint64n(uint64(len(templateVars)))]...)
			buf = append(buf, '*')
		}
		buf = append(buf, '}')
	}
	if s.Uint64n(3) == 0 {
		buf = append(buf, "?page={page}&limit={limit}"...)
	}
	return buf
}

// pointerTokens are JSON pointer reference tokens as documents hold them,
// some needing the ~0 and ~1 escapes.
var pointerTokens = [...]string{
	"properties", "items", "definitions", "$defs", "components", "schemas",
	"paths", "~1users~1{id}", "~1orders", "a~0b", "name", "address", "tags",
	"metadata", "data", "attributes",
}

// appendJSONPointer appends an RFC 6901 pointer of one to four tokens,
// some of them array indices.
func appendJSONPointer(s *Stream, buf []byte) []byte {
	for n := 1 + s.Uint64n(4); n > 0; n-- {
		buf = append(buf, '/')
		switch s.Uint64n(4) {
		case 0:
			buf = strconv.AppendUint(buf, s.Uint64n(20), 10)
		case 1:
			buf = append(buf, pickWord(s, commonWords)...)
		default:
			buf = append(buf, pointerTokens[s.Uint64n(uint64(len(pointerTokens)))]...)
		}
	}
	return buf
}

// appendRelativeJSONPointer appends a relative JSON pointer: a number of
// levels up (0..3), then a pointer, "#" (the key or index) or nothing.
func appendRelativeJSONPointer(s *Stream, buf []byte) []byte {
	buf = strconv.AppendUint(buf, s.Uint64n(4), 10)
	switch s.Uint64n(6) {
	case 0:
		return append(buf, '#')
	case 1:
		return buf
	}
	return appendJSONPointer(s, buf)
}
