package emit

import (
	"go/token"
	"strconv"
	"strings"
	"unicode"
)

// initialisms are the words Go spells in capitals (golint's list, plus a
// few that schemas of people, products and money use), keyed by their lower
// case.
var initialisms = map[string]string{
	"acl": "ACL", "api": "API", "ascii": "ASCII", "bic": "BIC", "cpu": "CPU",
	"css": "CSS", "csv": "CSV", "dns": "DNS", "eof": "EOF", "eu": "EU",
	"gb": "GB", "guid": "GUID", "html": "HTML", "http": "HTTP", "https": "HTTPS",
	"iban": "IBAN", "id": "ID", "ids": "IDs", "ip": "IP", "ips": "IPs",
	"ipv4": "IPv4", "ipv6": "IPv6", "iso": "ISO", "json": "JSON", "jwt": "JWT",
	"lhs": "LHS", "pdf": "PDF", "qps": "QPS", "ram": "RAM", "rhs": "RHS",
	"rpc": "RPC", "sku": "SKU", "skus": "SKUs", "sla": "SLA", "smtp": "SMTP",
	"sql": "SQL", "ssh": "SSH", "tcp": "TCP", "tls": "TLS", "ttl": "TTL",
	"udp": "UDP", "ui": "UI", "uid": "UID", "uk": "UK", "uri": "URI",
	"url": "URL", "urls": "URLs", "urn": "URN", "us": "US", "utc": "UTC",
	"utf8": "UTF8", "uuid": "UUID", "uuids": "UUIDs", "vat": "VAT", "vm": "VM",
	"xml": "XML", "xmpp": "XMPP", "xsrf": "XSRF", "xss": "XSS",
}

// mixedInitialisms are the initialisms with a lower-case letter, which
// unexportedName must recognise whole.
var mixedInitialisms = []string{"IDs", "IPs", "IPv4", "IPv6", "SKUs", "URLs", "UUIDs"}

// exportedName turns arbitrary schema text (a property name, a title, a
// $defs key) into an exported Go identifier: words split at anything that
// is not a letter or digit and at camel-case humps, each capitalised or
// spelled as an initialism ("customer_id" → "CustomerID", "@type" → "Type",
// "2fa" → "X2fa"). It returns "" when s holds no letter or digit.
func exportedName(s string) string {
	var b strings.Builder
	for _, w := range splitWords(s) {
		if init, ok := initialisms[strings.ToLower(w)]; ok {
			b.WriteString(init)
			continue
		}
		rs := []rune(w)
		allUpper := len(rs) > 1
		for _, r := range rs {
			allUpper = allUpper && !unicode.IsLower(r)
		}
		if allUpper {
			// CUSTOMER_NAME reads as CustomerName, not CUSTOMERNAME.
			rs = []rune(strings.ToLower(w))
		}
		rs[0] = unicode.ToUpper(rs[0])
		b.WriteString(string(rs))
	}
	name := b.String()
	if name == "" {
		return ""
	}
	// A digit, or a letter without case (CJK), cannot start an exported
	// name.
	if r := []rune(name)[0]; !unicode.IsUpper(r) {
		name = "X" + name
	}
	if !token.IsIdentifier(name) {
		return ""
	}
	return name
}

// splitWords splits s at every rune that cannot be part of a Go identifier
// and at case humps: "customerID" → customer, ID; "HTTPServer" → HTTP,
// Server; "ipv4Address" → ipv4, Address.
func splitWords(s string) []string {
	var words []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			words = append(words, string(cur))
			cur = cur[:0]
		}
	}
	rs := []rune(s)
	for i, r := range rs {
		if r == '_' || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush()
			continue
		}
		if len(cur) > 0 && unicode.IsUpper(r) {
			prev := cur[len(cur)-1]
			nextLower := i+1 < len(rs) && unicode.IsLower(rs[i+1])
			if unicode.IsLower(prev) || unicode.IsDigit(prev) || unicode.IsUpper(prev) && nextLower {
				flush()
			}
		}
		cur = append(cur, r)
	}
	flush()
	return words
}

// unexportedName turns an exported name made by exportedName into the
// unexported name of the same words: "Customer" → "customer", "UKPerson" →
// "ukPerson", "ID" → "id", "IPv4Address" → "ipv4Address".
func unexportedName(name string) string {
	for _, init := range mixedInitialisms {
		if strings.HasPrefix(name, init) {
			rest := name[len(init):]
			if rest == "" || !unicode.IsLower([]rune(rest)[0]) {
				return strings.ToLower(init) + rest
			}
		}
	}
	rs := []rune(name)
	n := 0
	for n < len(rs) && unicode.IsUpper(rs[n]) {
		n++
	}
	if n > 1 && n < len(rs) && unicode.IsLower(rs[n]) {
		n-- // the last capital starts the next word: UKPerson → ukPerson
	}
	for i := 0; i < n; i++ {
		rs[i] = unicode.ToLower(rs[i])
	}
	return string(rs)
}

// scope hands out identifiers that are unique within it: the first claim
// of a name gets it, later ones get numeric suffixes in claim order (Name,
// Name2, Name3; Line1, Line1_2), so the same input always gives the same
// names.
type scope struct{ used map[string]bool }

func newScope(reserved ...string) *scope {
	s := &scope{used: map[string]bool{}}
	for _, r := range reserved {
		s.used[r] = true
	}
	return s
}

// claim returns base, or base with the smallest free suffix.
func (s *scope) claim(base string) string {
	name := base
	sep := ""
	if last := base[len(base)-1]; last >= '0' && last <= '9' {
		sep = "_"
	}
	for i := 2; s.used[name]; i++ {
		name = base + sep + strconv.Itoa(i)
	}
	s.used[name] = true
	return name
}
