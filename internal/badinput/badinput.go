package badinput

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/isnad-news/isnad/internal/synth"
)

// Input is one malformed input.
type Input struct {
	// Name is a file name, unique within a Generate or Large call, whose
	// extension routes the input to a parser (.txt .html .xml .rss .jsonl
	// .json or none); it is what errors must name.
	Name string
	// ContentType is an HTTP Content-Type, often "" and sometimes wrong.
	ContentType string
	// Data is the input's bytes.
	Data []byte
	// Kind is one of Kinds or LargeKinds, for reporting.
	Kind string
}

// The kinds of damage Generate mixes, in the order it cycles through them.
const (
	// KindBinary: random bytes, some behind an image, archive, PDF or ELF
	// magic number.
	KindBinary = "binary"
	// KindTruncated: valid Arabic UTF-8 (text, HTML, feed or JSON Lines) cut
	// in the middle of a rune.
	KindTruncated = "truncated-utf8"
	// KindEncoding: UTF-8 with Windows-1256 bytes spliced in, UTF-16
	// without a byte order mark, a UTF-8 BOM followed by Latin-1, a wrong
	// declared charset.
	KindEncoding = "mixed-encoding"
	// KindEmpty: empty, white space only (including NBSP and U+3000), a
	// lone BOM, markup with no text.
	KindEmpty = "empty"
	// KindHTML: deep nesting, unclosed tags and comments, big scripts,
	// garbage attributes.
	KindHTML = "html"
	// KindFeed: truncated XML, wrong namespaces, items without titles, many
	// items, entity-expansion and external-entity attempts.
	KindFeed = "feed"
	// KindJSONL: bad lines among good ones, long lines, deep nesting, wrong
	// field types.
	KindJSONL = "jsonl"
	// KindNumbers: absurd dates and numbers in Arabic text.
	KindNumbers = "numbers"
	// KindControl: control characters, NUL, bidi overrides and isolates,
	// U+FEFF in the middle of words.
	KindControl = "control"
)

// Kinds lists the kinds Generate yields, in order.
var Kinds = []string{KindBinary, KindTruncated, KindEncoding, KindEmpty, KindHTML, KindFeed, KindJSONL, KindNumbers, KindControl}

// The kinds Large yields, once each.
const (
	// KindBigText: an Arabic text file of the size asked for.
	KindBigText = "big-text"
	// KindDeepHTML: 10^5 nested divs.
	KindDeepHTML = "deep-html"
	// KindScriptHTML: an article behind 4 MB of <script>.
	KindScriptHTML = "script-html"
	// KindBigFeed: an RSS feed of 10^4 items.
	KindBigFeed = "big-feed"
	// KindHugeLine: a JSON Lines file with one line as long as Large's big
	// text between good ones.
	KindHugeLine = "huge-line"
	// KindDeepJSON: JSON nested 10^5 deep.
	KindDeepJSON = "deep-json"
	// KindLongDigits: Arabic text with numbers of 10^4 and 10^5 digits.
	KindLongDigits = "long-digits"
)

// LargeKinds lists the kinds Large yields, in order.
var LargeKinds = []string{KindBigText, KindDeepHTML, KindScriptHTML, KindBigFeed, KindHugeLine, KindDeepJSON, KindLongDigits}

// exts are the extensions names get; "" routes to sniffing.
var exts = []string{".txt", ".html", ".xml", ".rss", ".jsonl", ".json", ""}

// contentTypes are the Content-Types inputs get, right, wrong or absurd.
var contentTypes = []string{"", "", "", "text/plain", "text/html", "text/html; charset=windows-1256",
	"application/rss+xml", "application/atom+xml", "application/x-ndjson", "text/plain; charset=utf-16",
	"text/html; charset=iso-8859-1", "x/y; charset=no-such-charset", "application/octet-stream", ";;;="}

// natural is the extension that suits each kind; names get it most of the
// time and a random one otherwise.
var natural = map[string][]string{
	KindBinary:    exts,
	KindTruncated: {".txt", ".html", ".rss", ".jsonl"},
	KindEncoding:  {".txt", ".html", ".xml", ".jsonl", ""},
	KindEmpty:     exts,
	KindHTML:      {".html", ""},
	KindFeed:      {".xml", ".rss", ""},
	KindJSONL:     {".jsonl", ".json", ""},
	KindNumbers:   {".txt", ".html", ".jsonl", ""},
	KindControl:   {".txt", ".html", ".jsonl", ".rss", ""},
}

// Generate calls yield with n inputs made from seed, cycling through Kinds
// so that each kind comes n/len(Kinds) times, until yield returns false.
// makers make the inputs of each kind.
var makers = map[string]func(*gen) []byte{
	KindBinary:    (*gen).binary,
	KindTruncated: (*gen).truncated,
	KindEncoding:  (*gen).encoding,
	KindEmpty:     (*gen).empty,
	KindHTML:      (*gen).html,
	KindFeed:      (*gen).feed,
	KindJSONL:     (*gen).jsonl,
	KindNumbers:   (*gen).numbers,
	KindControl:   (*gen).control,
}

// Inputs are at most a few hundred KiB; Large has the big ones.
func Generate(seed uint64, n int, yield func(Input) bool) {
	r := rand.New(rand.NewPCG(seed, 0xbad1))
	g := &gen{r: r, seed: seed}
	for i := range n {
		kind := Kinds[i%len(Kinds)]
		data := makers[kind](g)
		ext := g.pick(natural[kind])
		if r.IntN(5) == 0 {
			ext = g.pick(exts)
		}
		in := Input{
			Name:        fmt.Sprintf("bad-%d-%05d-%s%s", seed, i, kind, ext),
			ContentType: g.pick(contentTypes),
			Data:        data,
			Kind:        kind,
		}
		if !yield(in) {
			return
		}
	}
}

// Large calls yield once for each of LargeKinds, in order, the big text and
// the huge JSON line being textSize bytes, until yield returns false.
// Each input is made only when its turn comes.
func Large(seed uint64, textSize int64, yield func(Input) bool) {
	g := &gen{r: rand.New(rand.NewPCG(seed, 0xb16)), seed: seed}
	for i, kind := range LargeKinds {
		var data []byte
		ext := ".txt"
		switch kind {
		case KindBigText:
			var b bytes.Buffer
			b.Grow(int(textSize))
			io.Copy(&b, Text(seed, textSize)) // cannot fail: Text's Read never does
			data = b.Bytes()
		case KindDeepHTML:
			data, ext = g.nestedHTML(100_000), ".html"
		case KindScriptHTML:
			data, ext = g.scriptHTML(4<<20), ".html"
		case KindBigFeed:
			data, ext = g.rss(10_000, false), ".rss"
		case KindHugeLine:
			data, ext = g.hugeLine(int(textSize)), ".jsonl"
		case KindDeepJSON:
			data, ext = g.deepJSON(100_000), ".jsonl"
		case KindLongDigits:
			data = g.longDigits()
		}
		in := Input{Name: fmt.Sprintf("large-%d-%d-%s%s", seed, i, kind, ext), Data: data, Kind: kind}
		if !yield(in) {
			return
		}
	}
}

// Text returns a reader of size bytes of Arabic news text made from seed,
// generated as it is read (it never holds more than one article), ending on
// a rune boundary (so possibly a few bytes short).
func Text(seed uint64, size int64) io.Reader {
	return &textReader{g: &gen{r: rand.New(rand.NewPCG(seed, 0x7e87)), seed: seed}, left: size}
}

type textReader struct {
	g    *gen
	left int64
	buf  []byte
}

func (t *textReader) Read(p []byte) (int, error) {
	if t.left <= 0 {
		return 0, io.EOF
	}
	if len(t.buf) == 0 {
		a := t.g.article()
		t.buf = append(t.buf[:0], a.Title+"\n\n"+a.Text+"\n\n"...)
	}
	n := copy(p, t.buf)
	if int64(n) >= t.left {
		n = int(t.left)
		for n > 0 && n < len(t.buf) && !utf8.RuneStart(t.buf[n]) {
			n--
		}
		t.left = 0
		copy(p, t.buf[:n])
		return n, nil
	}
	t.buf = t.buf[n:]
	t.left -= int64(n)
	return n, nil
}

// gen holds the random source of one Generate or Large call.
type gen struct {
	r    *rand.Rand
	seed uint64
	n    uint64
}

func (g *gen) pick(s []string) string { return s[g.r.IntN(len(s))] }

// article returns one valid synthetic article.
func (g *gen) article() synth.Record {
	g.n++
	var rec synth.Record
	synth.Articles(g.seed*1_000_003+g.n, 1, func(r synth.Record) bool { rec = r; return false })
	return rec
}

// text returns a valid Arabic article of a few hundred bytes to a few KiB.
func (g *gen) text() string {
	a := g.article()
	s := a.Title + "\n\n" + a.Text
	for g.r.IntN(3) == 0 {
		s += "\n\n" + g.article().Text
	}
	return s
}

// randBytes returns n random bytes.
func (g *gen) randBytes(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(g.r.UintN(256))
	}
	return b
}

var magics = [][]byte{
	[]byte("\x89PNG\r\n\x1a\n"), []byte("%PDF-1.7\n"), []byte("PK\x03\x04"), []byte("\x7fELF\x02\x01\x01"),
	[]byte("\xff\xd8\xff\xe0"), []byte("GIF89a"), []byte("\x1f\x8b\x08"), nil, nil,
}

func (g *gen) binary() []byte {
	n := []int{1, 2, 3, 16, 512, 4096, 70_000}[g.r.IntN(7)]
	b := append(append([]byte{}, magics[g.r.IntN(len(magics))]...), g.randBytes(n)...)
	if g.r.IntN(3) == 0 { // text that turns binary further on
		b = append([]byte(g.text()), b...)
	}
	return b
}

// cut cuts s inside a multi-byte rune, or at a random byte when it has none.
func (g *gen) cut(s []byte) []byte {
	if len(s) < 2 {
		return s
	}
	for range 64 {
		i := 1 + g.r.IntN(len(s)-1)
		if !utf8.RuneStart(s[i]) {
			return s[:i]
		}
	}
	return s[:1+g.r.IntN(len(s)-1)]
}

func (g *gen) truncated() []byte {
	var full []byte
	switch g.r.IntN(4) {
	case 0:
		full = []byte(g.text())
	case 1:
		full = g.page(g.text())
	case 2:
		full = g.rss(1+g.r.IntN(5), false)
	default:
		full = g.goodJSONL(1 + g.r.IntN(5))
	}
	b := g.cut(full)
	if g.r.IntN(4) == 0 { // cut mid-rune and go on with more text
		b = append(b, g.text()...)
	}
	return b
}

var (
	cp1256  = charmap.Windows1256.NewEncoder()
	latin1  = charmap.ISO8859_1.NewEncoder()
	utf16le = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder()
	utf16be = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewEncoder()
)

func encode(e interface{ Bytes([]byte) ([]byte, error) }, s string) []byte {
	b, err := e.Bytes([]byte(s))
	if err != nil { // a character the charset lacks: keep the UTF-8
		return []byte(s)
	}
	return b
}

func (g *gen) encoding() []byte {
	text := g.text()
	switch g.r.IntN(7) {
	case 0: // UTF-8 with a Windows-1256 passage spliced in
		other := encode(cp1256, g.article().Text)
		i := strings.Index(text, "\n")
		if i < 0 {
			i = len(text)
		}
		return append(append([]byte(text[:i]), other...), text[i:]...)
	case 1: // UTF-8 with single Windows-1256 bytes scattered over it
		b := []byte(text)
		for range 1 + g.r.IntN(20) {
			i := g.r.IntN(len(b) + 1)
			b = append(b[:i], append([]byte{0xC7 + byte(g.r.IntN(20))}, b[i:]...)...)
		}
		return b
	case 2:
		return encode(utf16le, text)
	case 3:
		return encode(utf16be, text)
	case 4: // a UTF-8 byte order mark, then Latin-1
		return append([]byte("\uFEFF"), encode(latin1, "Café à Montréal, señor — déjà vu ß ÿ «»")...)
	case 5: // Windows-1256 declared as UTF-8, or UTF-8 declared as Windows-1256
		if g.r.IntN(2) == 0 {
			return append([]byte(`<html><head><meta charset="utf-8"></head><body><p>`), encode(cp1256, text)...)
		}
		return []byte(`<?xml version="1.0" encoding="windows-1256"?><rss version="2.0"><channel><title>t</title><item><title>` + text + `</title></item></channel></rss>`)
	default: // a UTF-16 byte order mark with an odd number of bytes
		return append(append([]byte{0xFF, 0xFE}, encode(utf16le, text)...), 0x41)
	}
}

func (g *gen) empty() []byte {
	switch g.r.IntN(8) {
	case 0:
		return nil
	case 1:
		return []byte{}
	case 2:
		return []byte(strings.Repeat(" ", 1+g.r.IntN(10_000)))
	case 3:
		return []byte(strings.Repeat(" \t\r\n\u00a0\u3000\u200b", 1+g.r.IntN(500)))
	case 4:
		return []byte("\uFEFF")
	case 5:
		return []byte("\uFEFF \n\t")
	case 6:
		return []byte(g.pick([]string{"<html><body></body></html>", "<rss version=\"2.0\"><channel></channel></rss>",
			"{}", "{}\n{}\n", "[]", "null", "<feed xmlns=\"http://www.w3.org/2005/Atom\"/>", "<p>   </p>"}))
	default:
		return []byte(strings.Repeat("\n", 1+g.r.IntN(100_000)))
	}
}

// page wraps body in an HTML page.
func (g *gen) page(body string) []byte {
	var b strings.Builder
	b.WriteString("<!doctype html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>")
	b.WriteString(g.article().Title)
	b.WriteString("</title></head><body><article>")
	for _, p := range strings.Split(body, "\n\n") {
		b.WriteString("<p>" + p + "</p>\n")
	}
	b.WriteString("</article></body></html>")
	return []byte(b.String())
}

func (g *gen) nestedHTML(depth int) []byte {
	var b bytes.Buffer
	b.WriteString("<!doctype html><html><body>")
	for range depth {
		b.WriteString("<div>")
	}
	b.WriteString("<p>" + g.text() + "</p>")
	if g.r.IntN(2) == 0 {
		for range depth {
			b.WriteString("</div>")
		}
	}
	b.WriteString("</body></html>")
	return b.Bytes()
}

func (g *gen) scriptHTML(size int) []byte {
	var b bytes.Buffer
	b.WriteString("<!doctype html><html><head><script>")
	for b.Len() < size {
		b.WriteString(`var x="<p>ليس نصا</p>"; document.write("</scr"+"ipt>"); if (a < b && c > d) { f(); }` + "\n")
	}
	b.WriteString("</script></head><body><article><p>" + g.text() + "</p></article>")
	if g.r.IntN(2) == 0 {
		b.WriteString("<script>" + strings.Repeat("x", size/4)) // never closed
	}
	return b.Bytes()
}

func (g *gen) html() []byte {
	text := g.text()
	switch g.r.IntN(8) {
	case 0:
		return g.nestedHTML(1 + g.r.IntN(3000))
	case 1: // unclosed everything
		return []byte("<html><body><div><p><b><i><table><tr><td>" + text + "<p><li><a href=\"")
	case 2:
		return g.scriptHTML(1 + g.r.IntN(64<<10))
	case 3: // an unclosed comment swallows the article
		return []byte("<html><body><!-- " + text)
	case 4: // garbage attributes and entities
		return []byte(`<html><body><p a="` + strings.Repeat(`"'<>`, 500) + `" =x ==y>` + text +
			`&#0; &#xD800; &#x110000; &#99999999999; &bogus; &amp &` + "\x00</p></body></html>")
	case 5: // tags that never close, deep
		return []byte(strings.Repeat("<p><span><b>", 1+g.r.IntN(5000)) + text)
	case 6: // a style block and a huge attribute, then the article
		return append([]byte("<html><head><style>"+strings.Repeat("a{b:c}", 10_000)+"</style></head><body data-x=\""+
			strings.Repeat("ي", 50_000)+"\">"), g.page(text)...)
	default:
		return []byte("<" + strings.Repeat("<", 1000) + "html>" + text + strings.Repeat(">", 1000))
	}
}

// rss returns an RSS feed of n items; untitled leaves every other item
// without a title.
func (g *gen) rss(n int, untitled bool) []byte {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>موقع الخبر</title><link>https://example.org/</link>`)
	for i := range n {
		a := g.article()
		b.WriteString("<item>")
		if !untitled || i%2 == 0 {
			b.WriteString("<title>" + a.Title + "</title>")
		}
		fmt.Fprintf(&b, "<link>https://example.org/%d</link><pubDate>Mon, 02 Jan 2006 15:04:05 +0000</pubDate><description><![CDATA[<p>%s</p>]]></description></item>", i, a.Text)
	}
	b.WriteString("</channel></rss>")
	return b.Bytes()
}

const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title><description>&lol9; نص</description></item></channel></rss>`

const externalEntity = `<?xml version="1.0"?>
<!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> <!ENTITY net SYSTEM "http://127.0.0.1:1/x"> ]>
<rss version="2.0"><channel><title>&xxe;</title><item><title>&net;</title><description>&xxe;</description></item></channel></rss>`

func (g *gen) feed() []byte {
	switch g.r.IntN(10) {
	case 0:
		return g.cut(g.rss(1+g.r.IntN(10), false))
	case 1: // truncated at a random byte, maybe inside a tag
		b := g.rss(1+g.r.IntN(10), false)
		return b[:g.r.IntN(len(b))]
	case 2:
		return g.rss(1+g.r.IntN(20), true)
	case 3:
		return g.rss(100+g.r.IntN(200), g.r.IntN(2) == 0)
	case 4:
		return []byte(billionLaughs)
	case 5:
		return []byte(externalEntity)
	case 6: // Atom elements in a wrong namespace
		a := g.article()
		return []byte(`<?xml version="1.0"?><feed xmlns="http://example.org/not-atom" xmlns:a="http://www.w3.org/2005/Atom"><title>x</title><a:entry><title>` +
			a.Title + `</title><content type="html">` + a.Text + `</content></a:entry><entry><a:title>t</a:title><summary>` + a.Text + `</summary></entry></feed>`)
	case 7: // RSS 1.0 without its namespace, items outside the channel
		a := g.article()
		return []byte(`<rdf:RDF><channel><title>x</title></channel><item><title>` + a.Title + `</title><description>` + a.Text + `</description></item></rdf:RDF>`)
	case 8: // items with nothing at all, bad dates and links
		return []byte(`<rss version="2.0"><channel><item/><item></item><item><pubDate>يوم 99 من الشهر 77</pubDate><link>:::</link></item>` +
			`<item><title></title><description><![CDATA[]]></description></item><item><description><![CDATA[` + g.text() + `]]]]><![CDATA[>` +
			`</description><pubDate>Mon, 99 Foo 99999999 99:99:99 +9999</pubDate></item></channel></rss>`)
	default: // an unclosed CDATA section and mismatched tags
		return []byte(`<rss version="2.0"><channel><title>t</title><item><title>` + g.article().Title + `</item></title><description><![CDATA[` + g.text())
	}
}

// goodJSONL returns n valid JSON Lines records.
func (g *gen) goodJSONL(n int) []byte {
	var b bytes.Buffer
	for range n {
		a := g.article()
		fmt.Fprintf(&b, "{\"title\":%q,\"outlet\":%q,\"date\":%q,\"text\":%q}\n", a.Title, a.Outlet, a.Published, a.Text)
	}
	return b.Bytes()
}

var badLines = []string{
	`{`, `}`, `{"text":`, `{"text": 5}`, `{"text": null}`, `{"title": "لا نص"}`, `[1,2,3]`, `"just a string"`,
	`{"text": "نص", "date": "99999999-99-99"}`, `{"text": "نص", "date": {"nested": true}}`, `{"text": "\ud800 lone surrogate"}`,
	`{"text": "\u0000 NUL escape"}`, `{"text": "نص", "text": "مكرر"}`, `{"text": "نص",}`, `{'text': 'single quotes'}`,
	"{\"text\": \"raw \x01 control\"}", `{"text": "نص", "url": "javascript:alert(1)"}`, `{"text": "نص"} trailing garbage`,
	`{"text": "` + strings.Repeat(`\\`, 1001) + `"}`, "\xff\xfe{\"text\":\"x\"}", `{"text": 1e999}`, `{"outlet": ["a", "b"], "text": "نص"}`,
}

func (g *gen) deepJSON(depth int) []byte {
	var b bytes.Buffer
	b.WriteString(`{"text":"نص قصير","meta":`)
	for range depth {
		b.WriteString(`{"a":[`)
	}
	b.WriteString("1")
	for range depth {
		b.WriteString("]}")
	}
	b.WriteString("}\n")
	b.Write(g.goodJSONL(1))
	b.WriteString(strings.Repeat("[", depth) + "\n")
	return b.Bytes()
}

func (g *gen) hugeLine(size int) []byte {
	var b bytes.Buffer
	b.Write(g.goodJSONL(2))
	b.WriteString(`{"title":"سطر طويل","text":"`)
	for b.Len() < size {
		t, _ := json.Marshal(g.article().Text + "\n\n") // cannot fail for a string
		b.Write(t[1 : len(t)-1])
	}
	b.WriteString("\"}\n")
	b.Write(g.goodJSONL(2))
	return b.Bytes()
}

func (g *gen) jsonl() []byte {
	switch g.r.IntN(5) {
	case 0:
		return g.deepJSON(1 + g.r.IntN(5000))
	case 1:
		return g.hugeLine(1 + g.r.IntN(200<<10))
	case 2: // no newline at the end, CRLF endings, blank lines
		return bytes.ReplaceAll(bytes.TrimSuffix(g.goodJSONL(3), []byte("\n")), []byte("\n"), []byte("\r\n\r\n\n"))
	default: // bad lines among good ones
		var b bytes.Buffer
		for range 2 + g.r.IntN(20) {
			if g.r.IntN(2) == 0 {
				b.Write(g.goodJSONL(1))
			} else {
				b.WriteString(g.pick(badLines) + "\n")
			}
		}
		return b.Bytes()
	}
}

var absurd = []string{
	"يوم 99 من الشهر 77 عام 99999999", "في 31 شباط 2024", "يوم 0 من كانون الثاني عام 0", "في 32/13/2024", "عام -5",
	"في 29 شباط 1900", "قبل 99999999999999999999 سنة", "منذ 1e308 يوما", "بين 5 و 3", "بين 3 و 3", "من 10 إلى -10",
	"1/0 من السكان", "0/0 بالمئة", "٥/٠ المصابين", "ثلث صفر", "نحو ٠٫٠٠٠٠٠٠٠١ قتيلا", "أكثر من -3 قتلى",
	"١٬٢٣٤٬٥٦٧٬٨٩٠٬١٢٣٬٤٥٦٬٧٨٩ دولار", "9,99,9.9.9 شخصا", "١.٢.٣.٤ جريحا", "٪٪٪ 100%% ٢٠٠٪", "الساعة 25:61", "الساعة ٩٩:٩٩:٩٩",
	"قبل 1000000 ساعة", "خلال 0 أيام", "ألف مليون مليار ترليون قتيل", "مليار مليار مليار مليار شخص", "عام ١٤٥٠٠٠ هجري",
	"في 12 ربيع الأول 99999 هـ", "عام 2024 2025 2026 2027", "2024-99-99", "9999-12-31T25:00:00Z",
}

func (g *gen) longDigits() []byte {
	var b strings.Builder
	b.WriteString("قتل " + strings.Repeat("9", 10_000) + " شخصا في عام " + strings.Repeat("1", 10_000) + ".\n\n")
	b.WriteString("وأصيب " + strings.Repeat("١٢٣٤٥٦٧٨٩٠", 10_000) + " آخرون.\n\n")
	b.WriteString("بلغت الخسائر " + strings.Repeat("1,000,", 10_000) + " دولار و" + strings.Repeat("٫٥", 5_000) + " بالمئة.\n\n")
	b.WriteString(g.text())
	return []byte(b.String())
}

func (g *gen) numbers() []byte {
	var b strings.Builder
	for range 1 + g.r.IntN(12) {
		switch g.r.IntN(4) {
		case 0:
			b.WriteString("قتل " + strings.Repeat(g.pick([]string{"9", "٩", "0", "٠"}), 1+g.r.IntN(10_000)) + " شخصا. ")
		case 1:
			b.WriteString("وأصيب " + strings.Repeat("١٢٣٤٥٦٧٨٩٠", 1+g.r.IntN(1000)) + " آخرون. ")
		default:
			b.WriteString("وقال مسؤول إن الحادث وقع " + g.pick(absurd) + "، وإن " + g.pick(absurd) + ". ")
		}
		if g.r.IntN(3) == 0 {
			b.WriteString("\n\n" + g.article().Text + "\n\n")
		}
	}
	return []byte(b.String())
}

var controls = []string{"\u202E", "\u202D", "\u202A", "\u202B", "\u202C", "\u2066", "\u2067", "\u2068", "\u2069",
	"\u200E", "\u200F", "\u061C", "\x00", "\uFEFF", "\u200B", "\u200D", "\u00AD", "\x01", "\x07", "\x08", "\x0B", "\x0C",
	"\x1B[31m", "\x7F", "\u0085", "\u2028", "\u2029", "\uFFFD", "\uFFFF", "\U0010FFFF", "\u0640\u0640\u0640", "\u064B\u064C\u064D\u0651\u0652"}

func (g *gen) control() []byte {
	s := []rune(g.text())
	var b strings.Builder
	dense := g.r.IntN(4) == 0
	for _, c := range s {
		b.WriteRune(c)
		if dense || g.r.IntN(20) == 0 {
			b.WriteString(g.pick(controls))
		}
	}
	if g.r.IntN(3) == 0 {
		return []byte(strings.Repeat(g.pick(controls), 1+g.r.IntN(5000)) + b.String())
	}
	return []byte(b.String())
}
