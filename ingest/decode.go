package ingest

import (
	"bytes"
	"fmt"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	xunicode "golang.org/x/text/encoding/unicode"
)

// Byte order marks.
var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// magics are the leading bytes of common binary formats. Most binary files
// also hold NUL bytes; the magic number only gives the error a better name.
var magics = []struct {
	prefix string
	name   string
}{
	{"\x89PNG\r\n\x1a\n", "PNG image"},
	{"\xff\xd8\xff", "JPEG image"},
	{"GIF87a", "GIF image"},
	{"GIF89a", "GIF image"},
	{"II*\x00", "TIFF image"},
	{"MM\x00*", "TIFF image"},
	{"%PDF-", "PDF document"},
	{"PK\x03\x04", "ZIP archive (or an Office document)"},
	{"PK\x05\x06", "ZIP archive"},
	{"\x1f\x8b", "gzip archive"},
	{"\xfd7zXZ\x00", "xz archive"},
	{"7z\xbc\xaf\x27\x1c", "7-Zip archive"},
	{"Rar!\x1a\x07", "RAR archive"},
	{"\x28\xb5\x2f\xfd", "zstd archive"},
	{"\x7fELF", "ELF executable"},
	{"\xcf\xfa\xed\xfe", "Mach-O executable"},
	{"\xca\xfe\xba\xbe", "Java class or Mach-O file"},
	{"\x00asm", "WebAssembly module"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Office document"},
	{"SQLite format 3\x00", "SQLite database"},
	{"OggS", "Ogg media"},
	{"ID3", "MP3 audio"},
}

// legacyArabic are the single-byte Arabic encodings tried, in order of
// preference when they score the same, on input that is not UTF-8.
var legacyArabic = []struct {
	name string
	enc  *charmap.Charmap
}{
	{"windows-1256", charmap.Windows1256},
	{"iso-8859-6", charmap.ISO8859_6},
}

// decode returns data as UTF-8 without a byte order mark, and the name of
// the encoding it was decoded from ("" for UTF-8).
//
// In order: a byte order mark (UTF-8, UTF-16 LE or BE) decides; valid UTF-8
// is taken as UTF-8, whatever is declared; otherwise the charset declared by
// the transport (the HTTP Content-Type) or the document (<?xml encoding>,
// <meta charset>, <meta http-equiv>) is used; otherwise the bytes are decoded
// as Windows-1256 and as ISO-8859-6 and the one that reads as Arabic best is
// kept. Binary, empty and undecodable input are errors wrapping ErrBinary,
// ErrEmpty and ErrEncoding.
func decode(data []byte, declared string) ([]byte, string, error) {
	if len(data) == 0 {
		return nil, "", fmt.Errorf("%w: 0 bytes", ErrEmpty)
	}
	for _, m := range magics {
		if bytes.HasPrefix(data, []byte(m.prefix)) {
			return nil, "", fmt.Errorf("%w: %s", ErrBinary, m.name)
		}
	}
	var (
		text []byte
		enc  string
	)
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		text = data[len(bomUTF8):]
		if off := invalidAt(text); off >= 0 {
			return nil, "", fmt.Errorf("%w: invalid UTF-8 at byte %d after a UTF-8 byte order mark", ErrEncoding, off+len(bomUTF8))
		}
	case bytes.HasPrefix(data, bomUTF16LE):
		text, enc = decodeUTF16(data[2:], xunicode.LittleEndian), "utf-16le"
	case bytes.HasPrefix(data, bomUTF16BE):
		text, enc = decodeUTF16(data[2:], xunicode.BigEndian), "utf-16be"
	default:
		if i := bytes.IndexByte(data, 0); i >= 0 {
			return nil, "", fmt.Errorf("%w: NUL byte at offset %d", ErrBinary, i)
		}
		if utf8.Valid(data) {
			text = data
			break
		}
		var err error
		text, enc, err = decodeLegacy(data, declared)
		if err != nil {
			return nil, "", err
		}
	}
	if err := checkControls(text); err != nil {
		return nil, "", err
	}
	if len(bytes.TrimSpace(text)) == 0 {
		return nil, "", fmt.Errorf("%w: only white space", ErrEmpty)
	}
	return text, enc, nil
}

func decodeUTF16(data []byte, order xunicode.Endianness) []byte {
	// The UTF-16 decoder replaces unpaired surrogates and a trailing odd
	// byte with U+FFFD; it does not fail.
	text, err := xunicode.UTF16(order, xunicode.IgnoreBOM).NewDecoder().Bytes(data)
	if err != nil {
		return bytes.ToValidUTF8(data, []byte("\uFFFD"))
	}
	return text
}

// decodeLegacy decodes data, which is not valid UTF-8, with its declared
// charset or else the legacy Arabic encoding it reads best in. A declared
// charset is overruled only when its text does not read as Arabic and a
// legacy Arabic encoding's does: Arabic pages mislabelled as ISO-8859-1 or
// Windows-1252 are common.
func decodeLegacy(data []byte, declared string) ([]byte, string, error) {
	// Scoring a sample is enough to tell the encodings apart, and keeps
	// large inputs from being decoded more than twice.
	sample := data[:min(len(data), scoreSample)]
	var (
		fallback     encoding.Encoding
		fallbackName string
	)
	for _, label := range []string{declared, declaredCharset(data)} {
		if label == "" {
			continue
		}
		enc, err := htmlindex.Get(label)
		if err != nil {
			continue // an unknown label: sniff instead
		}
		name, _ := htmlindex.Name(enc)
		if name == "utf-8" {
			continue // declared UTF-8 but is not: sniff instead
		}
		if text, ok := decodeWith(enc, sample); ok {
			if _, plausible := arabicScore(text); plausible {
				return decodeAll(enc, name, data)
			}
			fallback, fallbackName = enc, name
			break
		}
	}
	var (
		best      encoding.Encoding
		bestName  string
		bestScore float64
	)
	for _, c := range legacyArabic {
		text, ok := decodeWith(c.enc, sample)
		if !ok {
			continue
		}
		score, plausible := arabicScore(text)
		if plausible && (best == nil || score > bestScore) {
			best, bestName, bestScore = c.enc, c.name, score
		}
	}
	switch {
	case best != nil:
		return decodeAll(best, bestName, data)
	case fallback != nil:
		return decodeAll(fallback, fallbackName, data)
	}
	return nil, "", fmt.Errorf("%w: invalid UTF-8 at byte %d, and not Windows-1256 or ISO-8859-6 Arabic text either", ErrEncoding, invalidAt(data))
}

// scoreSample is how many bytes of a legacy-encoded input are scored.
const scoreSample = 32 << 10

func decodeAll(enc encoding.Encoding, name string, data []byte) ([]byte, string, error) {
	text, ok := decodeWith(enc, data)
	if !ok {
		return nil, "", fmt.Errorf("%w: cannot decode as %s", ErrEncoding, name)
	}
	return text, name, nil
}

func decodeWith(enc encoding.Encoding, data []byte) ([]byte, bool) {
	text, err := enc.NewDecoder().Bytes(data)
	if err != nil || !utf8.Valid(text) {
		return nil, false
	}
	return text, true
}

// invalidAt returns the offset of the first byte of data that is not part of
// valid UTF-8, or -1.
func invalidAt(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// checkControls fails on text holding NUL or more than 5% control bytes
// (other than tab, newline, vertical tab, form feed and carriage return).
func checkControls(text []byte) error {
	ctrl := 0
	for i, b := range text {
		switch {
		case b == 0:
			return fmt.Errorf("%w: NUL character at offset %d of the decoded text", ErrBinary, i)
		case b < 0x20 && (b < '\t' || b > '\r'), b == 0x7f:
			ctrl++
		}
	}
	if ctrl > 0 && ctrl*20 > len(text) {
		return fmt.Errorf("%w: %d of %d bytes are control characters", ErrBinary, ctrl, len(text))
	}
	return nil
}

// commonWords are frequent Arabic function words, used to tell which
// legacy encoding a text reads as. Written by the isnad authors.
var commonWords = map[string]bool{
	"في": true, "من": true, "على": true, "إلى": true, "الى": true, "أن": true,
	"ان": true, "إن": true, "عن": true, "ما": true, "مع": true, "قد": true,
	"هذا": true, "هذه": true, "التي": true, "الذي": true, "كان": true,
	"كانت": true, "بعد": true, "قبل": true, "لا": true, "لم": true, "لن": true,
	"أو": true, "او": true, "ثم": true, "حتى": true, "بين": true, "عند": true,
	"كما": true, "قال": true, "هو": true, "هي": true, "منذ": true, "نحو": true,
	"و": true, "يوم": true, "وقال": true, "وفي": true, "ومن": true,
}

// definitePrefixes mark a word with the article al-, alone or after a
// one-letter proclitic.
var definitePrefixes = []string{"ال", "وال", "بال", "فال", "كال", "لل"}

// arabicScore rates how much text reads as Arabic: the share of Arabic
// words that are common function words or carry the article, less penalties
// for words that mix Arabic and Latin letters, marks that begin a word,
// replacement characters and C1 controls (what a wrong single-byte code page
// produces). plausible is false when the text does not read as Arabic at all:
// no common word, more than one word in ten mixed, or more than one
// non-ASCII character in fifty wrong.
func arabicScore(text []byte) (score float64, plausible bool) {
	var arabic, hits, mixed, bad, nonASCII int
	var (
		start                       = -1 // start of the current word, or -1
		hasArabic, hasLatin, marked bool
	)
	flush := func(end int) {
		if start < 0 {
			return
		}
		switch {
		case hasArabic && hasLatin:
			mixed++
		case hasArabic:
			arabic++
			if marked {
				bad++
			}
			if isCommon(text[start:end]) {
				hits++
			}
		}
		start, hasArabic, hasLatin, marked = -1, false, false, false
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRune(text[i:])
		class := classify(r)
		if r >= 0x80 {
			nonASCII++
		}
		switch class {
		case classBad:
			bad++
			flush(i)
		case classOther:
			flush(i)
		default:
			if start < 0 {
				start = i
				marked = class == classMark
			}
			hasArabic = hasArabic || class == classArabic
			hasLatin = hasLatin || class == classLatin
		}
		i += size
	}
	flush(len(text))
	if arabic == 0 {
		return 0, false
	}
	plausible = hits > 0 && mixed*10 <= arabic && bad*50 <= nonASCII && (arabic < 10 || hits*10 >= arabic)
	return float64(hits-3*mixed-3*bad) / float64(arabic+mixed), plausible
}

// Rune classes for arabicScore.
const (
	classOther  = iota // not part of a word: space, punctuation, digits
	classArabic        // a letter of the Arabic block
	classLatin         // a Latin letter
	classLetter        // another letter
	classMark          // a combining mark
	classBad           // U+FFFD or a C1 control: a sign of the wrong code page
)

// classify puts r in a class, with fast paths for ASCII, Latin-1 and the
// Arabic block, which are all a single-byte code page decodes to.
func classify(r rune) int {
	switch {
	case r < 0x80:
		if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
			return classLatin
		}
		return classOther
	case r <= 0x9F:
		return classBad
	case r <= 0xFF:
		if r >= 0xC0 && r != 0xD7 && r != 0xF7 || r == 0xAA || r == 0xBA {
			return classLatin
		}
		return classOther
	case r >= 0x0600 && r <= 0x06FF:
		switch {
		case r >= 0x0610 && r <= 0x061A, r >= 0x064B && r <= 0x065F, r == 0x0670, r >= 0x06D6 && r <= 0x06ED && r != 0x06DD && r != 0x06DE && r != 0x06E5 && r != 0x06E6 && r != 0x06E9:
			return classMark
		case r >= 0x0620 && r <= 0x064A, r >= 0x066E && r <= 0x06D3 && r != 0x06D4, r == 0x06D5, r == 0x06E5, r == 0x06E6, r >= 0x06EE && r <= 0x06EF, r >= 0x06FA && r <= 0x06FC, r == 0x06FF:
			return classArabic
		}
		return classOther
	case r == utf8.RuneError:
		return classBad
	case unicode.Is(unicode.Mn, r):
		return classMark
	case unicode.Is(unicode.Latin, r):
		return classLatin
	case unicode.IsLetter(r):
		return classLetter
	}
	return classOther
}

func isCommon(w []byte) bool {
	if commonWords[string(w)] {
		return true
	}
	if utf8.RuneCount(w) < 3 {
		return false
	}
	for _, p := range definitePrefixes {
		if len(w) > len(p) && string(w[:len(p)]) == p {
			return true
		}
	}
	// One proclitic before a function word: وفي، ومن، فقد.
	if r, size := utf8.DecodeRune(w); r == 'و' || r == 'ف' || r == 'ب' || r == 'ل' {
		return commonWords[string(w[size:])]
	}
	return false
}

// declaredCharset returns the encoding declared inside data: the XML
// declaration's encoding, or else the charset of a <meta> tag in the first
// 4 KiB. It returns "" when none is declared.
func declaredCharset(data []byte) string {
	head := asciiLower(data[:min(len(data), 4096)])
	if start, end := xmlEncoding(head); start >= 0 {
		return string(head[start:end])
	}
	if spans := metaCharsets(head); len(spans) > 0 {
		return string(head[spans[0][0]:spans[0][1]])
	}
	return ""
}

// asciiLower returns a copy of b with ASCII letters lowered and every other
// byte kept, so offsets stay the same.
func asciiLower(b []byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		out[i] = c
	}
	return out
}

// xmlEncoding returns the span of the encoding label in an XML declaration
// at the start of lower, or -1, -1.
func xmlEncoding(lower []byte) (start, end int) {
	t := bytes.TrimLeft(lower, " \t\r\n")
	skip := len(lower) - len(t)
	if !bytes.HasPrefix(t, []byte("<?xml")) {
		return -1, -1
	}
	decl := t
	if i := bytes.Index(t, []byte("?>")); i >= 0 {
		decl = t[:i]
	}
	i := bytes.Index(decl, []byte("encoding"))
	if i < 0 {
		return -1, -1
	}
	s, e := attrValue(decl, i+len("encoding"))
	if s < 0 {
		return -1, -1
	}
	return skip + s, skip + e
}

// metaCharsets returns the spans of the charset labels in the <meta> tags of
// lower: <meta charset="x"> and <meta http-equiv content="text/html;
// charset=x">.
func metaCharsets(lower []byte) [][2]int {
	var spans [][2]int
	for off := 0; off < len(lower); {
		i := bytes.Index(lower[off:], []byte("<meta"))
		if i < 0 {
			break
		}
		tagStart := off + i
		tagEnd := len(lower)
		if j := bytes.IndexByte(lower[tagStart:], '>'); j >= 0 {
			tagEnd = tagStart + j
		}
		tag := lower[tagStart:tagEnd]
		if k := bytes.Index(tag, []byte("charset")); k >= 0 {
			if s, e := attrValue(tag, k+len("charset")); s >= 0 {
				spans = append(spans, [2]int{tagStart + s, tagStart + e})
			}
		}
		off = tagEnd
		if off == tagStart {
			off++
		}
	}
	return spans
}

// attrValue reads `= "value"` (quotes optional) starting at b[i] and returns
// the span of value, or -1, -1.
func attrValue(b []byte, i int) (start, end int) {
	for i < len(b) && isSpace(b[i]) {
		i++
	}
	if i >= len(b) || b[i] != '=' {
		return -1, -1
	}
	i++
	for i < len(b) && (isSpace(b[i]) || b[i] == '"' || b[i] == '\'') {
		i++
	}
	start = i
	for i < len(b) && isLabelByte(b[i]) {
		i++
	}
	if i == start {
		return -1, -1
	}
	return start, i
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' }

func isLabelByte(c byte) bool {
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' || c == '_' || c == '.' || c == ':'
}

// relabelHTML returns text, now UTF-8, with the charset of its <meta> tags
// set to utf-8 so that later parsers do not decode it a second time.
func relabelHTML(text []byte) []byte {
	head := asciiLower(text[:min(len(text), 4096)])
	return replaceSpans(text, metaCharsets(head), "utf-8")
}

// relabelXML returns text, now UTF-8, with the encoding of its XML
// declaration set to UTF-8, so that the XML parser does not decode it a
// second time.
func relabelXML(text []byte) []byte {
	head := asciiLower(text[:min(len(text), 4096)])
	start, end := xmlEncoding(head)
	if start < 0 {
		return text
	}
	return replaceSpans(text, [][2]int{{start, end}}, "UTF-8")
}

// replaceSpans returns a copy of text with each of the ordered spans
// replaced by with.
func replaceSpans(text []byte, spans [][2]int, with string) []byte {
	if len(spans) == 0 {
		return text
	}
	out := make([]byte, 0, len(text)+len(spans)*len(with))
	last := 0
	for _, s := range spans {
		out = append(out, text[last:s[0]]...)
		out = append(out, with...)
		last = s[1]
	}
	return append(out, text[last:]...)
}
