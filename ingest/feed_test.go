package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"github.com/isnad-news/isnad"
)

// testRSS is an RSS 2.0 feed written for these tests.
const testRSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>قناة المدينة</title>
  <link>https://example.org/</link>
  <description>أخبار المدينة</description>
  <item>
    <title>افتتاح الجسر الجديد</title>
    <link>https://example.org/news/1</link>
    <guid isPermaLink="false">news-1</guid>
    <dc:creator>سلمى الراوي</dc:creator>
    <category>محليات</category>
    <category>نقل</category>
    <pubDate>Wed, 06 Sep 2023 23:30:00 +0300</pubDate>
    <description>ملخص قصير</description>
    <content:encoded><![CDATA[<p>أعلنت بلدية المدينة افتتاح الجسر.</p>]]></content:encoded>
  </item>
  <item>
    <title>خبر عاجل</title>
    <link>https://example.org/news/2</link>
    <source url="https://agency.example.org/rss">وكالة الأنباء المحلية</source>
    <pubDate>Thu, 07 Sep 2023 08:00:00 GMT</pubDate>
    <description>&lt;p&gt;بدأت الأعمال في الطريق الشرقي.&lt;/p&gt;</description>
  </item>
</channel>
</rss>
`

// testAtom is an Atom feed written for these tests.
const testAtom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>مرصد المدينة</title>
  <link rel="self" href="https://example.org/atom.xml"/>
  <id>urn:example:feed</id>
  <updated>2023-09-07T10:00:00Z</updated>
  <entry>
    <title>الأمطار تغمر الحي القديم</title>
    <link href="https://example.org/a/1"/>
    <id>urn:example:1</id>
    <updated>2023-09-07T09:00:00Z</updated>
    <published>2023-09-06T21:00:00-02:00</published>
    <author><name>نادر الحسيني</name></author>
    <content type="html">&lt;p&gt;غمرت الأمطار الحي القديم.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title></title>
    <id>urn:example:2</id>
    <updated>2023-09-07T09:00:00Z</updated>
  </entry>
  <entry>
    <title>خبر منقول</title>
    <id>urn:example:3</id>
    <updated>2023-09-07T11:00:00Z</updated>
    <source><title>صحيفة النهار المحلية</title></source>
    <summary>ملخص الخبر المنقول</summary>
  </entry>
</feed>
`

func TestFeed(t *testing.T) {
	cp1256RSS := strings.Replace(testRSS, `encoding="UTF-8"`, `encoding="windows-1256"`, 1)
	dir := writeFiles(t, map[string][]byte{
		"city.rss":      []byte(testRSS),
		"city.atom":     []byte(testAtom),
		"city-1256.xml": mustEncode(t, charmap.Windows1256, cp1256RSS),
		"sniffed":       []byte(testAtom),
	})
	type want struct {
		source, title, url, author, outlet, publisher, published, raw string
		meta                                                          map[string]string
		problems                                                      int
	}
	rss := []want{
		{source: "city.rss#1", title: "افتتاح الجسر الجديد", url: "https://example.org/news/1", author: "سلمى الراوي",
			outlet: "قناة المدينة", published: "2023-09-06", raw: "<p>أعلنت بلدية المدينة افتتاح الجسر.</p>",
			meta: map[string]string{"categories": "محليات, نقل", "guid": "news-1"}},
		{source: "city.rss#2", title: "خبر عاجل", url: "https://example.org/news/2",
			outlet: "وكالة الأنباء المحلية", publisher: "قناة المدينة", published: "2023-09-07", raw: "<p>بدأت الأعمال في الطريق الشرقي.</p>"},
	}
	tests := []struct {
		name  string
		file  string
		want  []want
		error string // the one error expected, with DIR for the directory
	}{
		{name: "rss", file: "city.rss", want: rss},
		{name: "rss in windows-1256", file: "city-1256.xml", want: rss},
		{name: "atom", file: "city.atom", want: []want{
			{source: "city.atom#1", title: "الأمطار تغمر الحي القديم", url: "https://example.org/a/1", author: "نادر الحسيني",
				outlet: "مرصد المدينة", published: "2023-09-06", raw: "<p>غمرت الأمطار الحي القديم.</p>",
				meta: map[string]string{"guid": "urn:example:1", "feed_url": "https://example.org/atom.xml"}},
			{source: "city.atom#3", title: "خبر منقول", outlet: "صحيفة النهار المحلية", publisher: "مرصد المدينة",
				published: "2023-09-07", raw: "ملخص الخبر المنقول",
				meta: map[string]string{"guid": "urn:example:3", "feed_url": "https://example.org/atom.xml"}},
		}, error: "ingest DIR/city.atom#2: empty input: item has no title and no content"},
		{name: "atom sniffed", file: "sniffed", want: []want{{source: "sniffed#1"}, {source: "sniffed#3"}},
			error: "ingest DIR/sniffed#2: empty input: item has no title and no content"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := collect(t, NewReader(Options{}), filepath.Join(dir, tt.file))
			switch {
			case tt.error == "" && len(errs) > 0:
				t.Errorf("errors: %v", errs)
			case tt.error != "":
				if len(errs) != 1 || strings.ReplaceAll(errs[0].Error(), dir, "DIR") != tt.error {
					t.Errorf("errors %v, want %q", errs, tt.error)
				} else if ie, _ := errors.AsType[*InputError](errs[0]); ie.Item != 2 || !errors.Is(ie, ErrEmpty) {
					t.Errorf("error %#v: want Item 2 and ErrEmpty", ie)
				}
			}
			if len(docs) != len(tt.want) {
				t.Fatalf("got %d docs, want %d", len(docs), len(tt.want))
			}
			for i, w := range tt.want {
				d := docs[i]
				src := strings.TrimPrefix(d.Source, dir+string(os.PathSeparator))
				if d.Format != isnad.FormatFeedItem || src != strings.Replace(w.source, "city.rss", tt.file, 1) {
					t.Errorf("doc %d: Source, Format = %q, %q", i, src, d.Format)
				}
				if w.title == "" { // only the sources are checked
					continue
				}
				got := want{source: w.source, title: d.Title, url: d.URL, author: d.Author, outlet: d.Outlet,
					publisher: d.Publisher, published: d.Published.String(), raw: string(d.Raw), problems: len(d.Problems)}
				w.meta = withEncoding(w.meta, d.Meta["encoding"])
				if d.Meta["encoding"] != "" && tt.file != "city-1256.xml" {
					t.Errorf("doc %d: unexpected encoding %q", i, d.Meta["encoding"])
				}
				got.meta = d.Meta
				if !equalWant(got.meta, w.meta) || got.title != w.title || got.url != w.url || got.author != w.author ||
					got.outlet != w.outlet || got.publisher != w.publisher || got.published != w.published ||
					got.raw != w.raw || got.problems != w.problems {
					t.Errorf("doc %d:\n got %+v\nwant %+v", i, got, w)
				}
			}
		})
	}
}

func withEncoding(m map[string]string, enc string) map[string]string {
	if enc == "" {
		return m
	}
	out := map[string]string{"encoding": enc}
	for k, v := range m {
		out[k] = v
	}
	return out
}

func equalWant(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestFeedItemWithoutContent(t *testing.T) {
	feed := `<rss version="2.0"><channel><title>ق</title><item><title>عنوان &amp; فقط</title><pubDate>not a date</pubDate></item></channel></rss>`
	docs, errs := collect(t, NewReader(Options{}), writeFile(t, "t.rss", feed))
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatalf("docs %d, errors %v", len(docs), errs)
	}
	d := docs[0]
	if string(d.Raw) != "عنوان &amp; فقط" || d.Title != "عنوان & فقط" {
		t.Errorf("Raw %+q, Title %+q", d.Raw, d.Title)
	}
	if len(d.Problems) != 2 || d.Problems[0].Stage != "ingest" {
		t.Errorf("problems %+v, want 2 from ingest", d.Problems)
	}
}

func writeFile(t testing.TB, name, content string) string {
	t.Helper()
	return filepath.Join(writeFiles(t, map[string][]byte{name: []byte(content)}), name)
}
