package ingest

import (
	"errors"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Arabic texts written by the isnad authors for the encoding tests.
var encodingTexts = []struct {
	name, text string
}{
	{"article", article},
	{"headline", "وزير النقل يفتتح الجسر الجديد"},
	{"one sentence", "قال المتحدث إن الحافلات وصلت إلى البلدة مساء الخميس."},
	{"with digits and latin", "بلغت الكلفة 20 مليون دولار بحسب تقرير Reuters الصادر يوم 5 أيلول."},
	{"persian letters windows-1256 has", "زار الوفد مدينة گرگان وقرية چالوس وقال پرویز إن الطريق مفتوح."},
	{"with diacritics", "وَقَالَ الْمُتَحَدِّثُ إِنَّ الْعَمَلَ سَيَبْدَأُ غَدًا فِي الْمَدِينَةِ."},
}

func TestDecodeLegacyArabic(t *testing.T) {
	for _, tt := range encodingTexts {
		for _, enc := range legacyArabic {
			data, err := enc.enc.NewEncoder().Bytes([]byte(tt.text))
			if err != nil {
				continue // the encoding lacks a letter of this text (Persian letters in ISO-8859-6)
			}
			t.Run(tt.name+"/"+enc.name, func(t *testing.T) {
				got, name, err := decode(data, "")
				if err != nil {
					t.Fatalf("decode: %v", err)
				}
				if name != enc.name || string(got) != tt.text {
					t.Errorf("decode = %+q, %q\nwant %+q, %q", got, name, tt.text, enc.name)
				}
			})
		}
	}
}

func TestDecode(t *testing.T) {
	cp1256 := func(s string) []byte { return mustEncode(t, charmap.Windows1256, s) }
	iso := func(s string) []byte { return mustEncode(t, charmap.ISO8859_6, s) }
	tests := []struct {
		name     string
		data     []byte
		declared string
		want     string
		enc      string
		err      error
	}{
		{name: "ascii", data: []byte("hello"), want: "hello"},
		{name: "utf-8 wins over a wrong declaration", data: []byte(sentence1), declared: "windows-1256", want: sentence1},
		{name: "declared iso-8859-6 over sniffing", data: iso(sentence1), declared: "ISO-8859-6", want: sentence1, enc: "iso-8859-6"},
		{name: "declared cp1256 alias", data: cp1256(sentence1), declared: "cp1256", want: sentence1, enc: "windows-1256"},
		{name: "declared utf-8 but is not: sniffed", data: cp1256(sentence1), declared: "utf-8", want: sentence1, enc: "windows-1256"},
		{name: "unknown label: sniffed", data: cp1256(sentence1), declared: "x-no-such", want: sentence1, enc: "windows-1256"},
		{name: "wrong xml declaration: sniffed", data: cp1256(`<?xml version="1.0" encoding="ISO-8859-6"?><rss>` + sentence1), want: `<?xml version="1.0" encoding="ISO-8859-6"?><rss>` + sentence1, enc: "windows-1256"},
		{name: "mislabelled windows-1252: sniffed", data: cp1256(sentence2), declared: "iso-8859-1", want: sentence2, enc: "windows-1256"},
		{name: "declared windows-1252 kept for latin text", data: []byte("caf\xe9 cr\xe8me"), declared: "windows-1252", want: "café crème", enc: "windows-1252"},
		{name: "meta http-equiv", data: cp1256(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">` + sentence2), want: `<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">` + sentence2, enc: "windows-1256"},
		{name: "utf-16le odd length", data: []byte{0xFF, 0xFE, 'a', 0, 'b'}, want: "a\uFFFD", enc: "utf-16le"},
		{name: "utf-32 is binary", data: []byte{0xFF, 0xFE, 0, 0, 'a', 0, 0, 0}, err: ErrBinary},
		{name: "gzip", data: []byte{0x1f, 0x8b, 8, 0}, err: ErrBinary},
		{name: "pdf", data: []byte("%PDF-1.7\n"), err: ErrBinary},
		{name: "random high bytes", data: []byte{0xC3, 0x28, 0xA0, 0xA1, 0xFF, 0x80, 0x81}, err: ErrEncoding},
		{name: "BOM only", data: []byte{0xEF, 0xBB, 0xBF}, err: ErrEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc, err := decode(tt.data, tt.declared)
			if !errors.Is(err, tt.err) || (tt.err == nil) != (err == nil) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
			if string(got) != tt.want || enc != tt.enc {
				t.Errorf("decode = %+q, %q; want %+q, %q", got, enc, tt.want, tt.enc)
			}
		})
	}
}

func TestDecodeDeclaredWins(t *testing.T) {
	// The page says ISO-8859-6 in its XML declaration; bytes are decoded
	// with it even though Windows-1256 would read too.
	data := mustEncode(t, charmap.ISO8859_6, `<?xml version="1.0" encoding="iso-8859-6"?><rss>`+sentence1)
	got, enc, err := decode(data, "")
	if err != nil || enc != "iso-8859-6" || !utf8.Valid(got) {
		t.Fatalf("decode = %+q, %q, %v", got, enc, err)
	}
}

func TestDeclaredCharset(t *testing.T) {
	tests := []struct {
		name, head, want string
	}{
		{name: "meta charset", head: `<html><head><META CHARSET="Windows-1256"><title>`, want: "windows-1256"},
		{name: "meta charset unquoted", head: `<meta charset=iso-8859-6>`, want: "iso-8859-6"},
		{name: "http-equiv", head: `<meta http-equiv="content-type" content="text/html;charset=windows-1256" />`, want: "windows-1256"},
		{name: "xml declaration", head: "  <?xml version='1.0' encoding='windows-1256'?>\n<rss>", want: "windows-1256"},
		{name: "xml declaration without encoding", head: `<?xml version="1.0"?><rss>`, want: ""},
		{name: "charset outside a meta tag", head: `<p>charset=windows-1256</p>`, want: ""},
		{name: "nothing", head: `plain text`, want: ""},
		{name: "unterminated meta", head: `<meta charset="cp1256`, want: "cp1256"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := declaredCharset([]byte(tt.head)); got != tt.want {
				t.Errorf("declaredCharset(%q) = %q, want %q", tt.head, got, tt.want)
			}
		})
	}
}

func TestRelabel(t *testing.T) {
	tests := []struct {
		name, in, want string
		fn             func([]byte) []byte
	}{
		{name: "meta charset", fn: relabelHTML, in: `<meta charset="windows-1256"><p>نص</p>`, want: `<meta charset="utf-8"><p>نص</p>`},
		{name: "two metas", fn: relabelHTML, in: `<meta charset=cp1256><meta http-equiv="Content-Type" content="text/html; charset=Windows-1256">`,
			want: `<meta charset=utf-8><meta http-equiv="Content-Type" content="text/html; charset=utf-8">`},
		{name: "xml", fn: relabelXML, in: `<?xml version="1.0" encoding="windows-1256"?><rss/>`, want: `<?xml version="1.0" encoding="UTF-8"?><rss/>`},
		{name: "xml without encoding", fn: relabelXML, in: `<?xml version="1.0"?><rss/>`, want: `<?xml version="1.0"?><rss/>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(tt.fn([]byte(tt.in))); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		name, in string
		want     kind
	}{
		{name: "rss with declaration", in: `<?xml version="1.0"?><rss version="2.0">`, want: kindFeed},
		{name: "atom", in: "\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", want: kindFeed},
		{name: "rdf", in: `<?xml version="1.0"?><rdf:RDF>`, want: kindFeed},
		{name: "feedback is not a feed", in: `<feedback>نص</feedback>`, want: kindText},
		{name: "doctype", in: `<!DOCTYPE html><title>`, want: kindHTML},
		{name: "html", in: `<html dir="rtl">`, want: kindHTML},
		{name: "xhtml", in: `<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"><html xmlns="http://www.w3.org/1999/xhtml">`, want: kindHTML},
		{name: "comment then html", in: `<!-- saved page --><html>`, want: kindHTML},
		{name: "jsonl", in: "{\"text\":\"نص\"}\n{\"text\":\"نص\"}", want: kindJSONL},
		{name: "broken json first line", in: "{\"text\":\n\"نص\"}", want: kindText},
		{name: "text", in: "عنوان الخبر\n\nنص الخبر", want: kindText},
		{name: "xml that is not a feed", in: `<?xml version="1.0"?><urlset>`, want: kindText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sniff([]byte(tt.in)); got != tt.want {
				t.Errorf("sniff(%+q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}
