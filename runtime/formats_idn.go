package runtime

// Internationalised formats (RFC 6531 e-mail, IDNA 2008 host names). The
// validator library does not assert them; the values are still the ones
// the official suite calls valid: NFC-normalised lowercase labels of
// PVALID code points, left-to-right scripts only, each label far below 63
// octets in its A-label form.

// idnLocalParts are e-mail local parts outside ASCII (RFC 6531 UTF8-non-
// ascii is atext).
var idnLocalParts = [...]string{
	"zoë", "josé", "jürgen", "françois", "søren", "łukasz", "ñico", "chloé",
	"δοκιμή", "ελένη", "иван", "мария", "用户", "李华", "さくら", "たろう", "민준", "서연",
}

// idnWords are lowercase, NFC-normalised words outside ASCII that IDNA 2008
// allows as labels (no joiners, no context rules, left-to-right scripts
// only, so no label trips the bidi rule): "example", "test", "shop",
// "book" and everyday words in Latin, Greek, Cyrillic, Chinese, Japanese
// and Korean.
var idnWords = [...]string{
	"bücher", "café", "crème", "müller", "señor", "smörgås", "fjörd", "élan",
	"garçon", "łódź", "naïve", "résumé", "jürgen", "zoë", "josé", "añejo",
	"παράδειγμα", "δοκιμή", "βιβλίο", "пример", "испытание", "книга", "магазин",
	"例子", "测试", "书店", "商店", "テスト", "ほん", "実例", "실례", "테스트", "서점",
}

// idnHostSuffixes are the reserved names IRIs and IDN host names live
// under.
var idnHostSuffixes = [...]string{".example", ".test", ".example.com", ".example.org"}

// appendIDNHost appends an internationalised host name (idn-hostname): an
// IDN label, sometimes after a service label, under a reserved name:
// bücher.example, shop.例子.test.
func appendIDNHost(s *Stream, buf []byte) []byte {
	if s.Uint64n(4) == 0 {
		buf = append(buf, pickWord(s, hostWords)...)
		buf = append(buf, '.')
	}
	buf = append(buf, idnWords[s.Uint64n(uint64(len(idnWords)))]...)
	return append(buf, idnHostSuffixes[s.Uint64n(uint64(len(idnHostSuffixes)))]...)
}

// appendIDNEmail appends name@host with a non-ASCII local part or host
// (or both), the host under a reserved name.
func appendIDNEmail(s *Stream, buf []byte) []byte {
	switch s.Uint64n(3) {
	case 0: // ASCII name, IDN host
		buf = append(buf, pickWord(s, firstNames)...)
		buf = append(buf, '@')
		return appendIDNHost(s, buf)
	case 1: // IDN name, example host
		buf = append(buf, idnLocalParts[s.Uint64n(uint64(len(idnLocalParts)))]...)
		if s.Uint64n(2) == 0 {
			buf = append(buf, '.')
			buf = append(buf, pickWord(s, lastNames)...)
		}
		buf = append(buf, '@')
		return appendMailDomain(s, buf)
	}
	buf = append(buf, idnLocalParts[s.Uint64n(uint64(len(idnLocalParts)))]...)
	buf = append(buf, '@')
	return appendIDNHost(s, buf)
}
