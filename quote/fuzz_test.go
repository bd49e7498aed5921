package quote

import (
	"testing"
	"unicode/utf8"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
)

// FuzzFind runs Find on any text, with tokens but no entities, and checks
// that it does not panic and that every span is in bounds, ordered and
// under its text.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"وقال الجيش اللبناني إن الطريق أعيد فتحه.",
		`وقال ديلون: "إذا ابتعدوا نضربهم". بحسب “خط تماس”.`,
		"«لم «تنته» بعد، قال",
		"قال: \"\n\"",
		"ونقلت الصحيفة عن مسؤول قوله إن",
		"، حسبما أوردت وكالة",
		"وأضافت الصحيفة أن\n\nوتشير الصحيفة إلى أن 308 مقاتلين",
		"\xff«\"'„",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		doc := &isnad.Document{Body: body, Tokens: arabic.Tokenize(body)}
		Find(doc)
		if doc.Quotes == nil || doc.Citations == nil {
			t.Fatal("nil quotes or citations")
		}
		inBounds := func(s isnad.Span) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= len(body) }
		last := -1
		for _, q := range doc.Quotes {
			if !inBounds(q.Span) || q.Text != body[q.Start:q.End] || q.Start < last {
				t.Fatalf("quote %d-%d out of bounds or order (last %d)", q.Start, q.End, last)
			}
			if utf8.ValidString(body) && !utf8.ValidString(q.Text) {
				t.Fatalf("quote text %+q is not valid UTF-8", q.Text)
			}
			last = q.Start
		}
		last = -1
		for _, c := range doc.Citations {
			if !inBounds(c.Span) || !inBounds(c.Scope) || c.Text != body[c.Start:c.End] || c.Start < last {
				t.Fatalf("citation %d-%d (scope %d-%d) out of bounds or order", c.Start, c.End, c.Scope.Start, c.Scope.End)
			}
			last = c.Start
		}
	})
}
