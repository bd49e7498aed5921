package search_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
	"github.com/isnad-news/isnad/search"
	"github.com/isnad-news/isnad/store/sqlite"
)

func TestSnippet(t *testing.T) {
	tests := []struct {
		name  string
		body  string
		query string
		want  string
		spans int
	}{
		{
			name:  "stem forms marked",
			body:  "أبحرت العبارة فجرا. وقال القبطان إن للعبارة محركين، وإن عبارتهم لم تتعطل.",
			query: "عبارة",
			want:  "أبحرت [العبارة] فجرا. وقال القبطان إن [للعبارة] محركين، وإن [عبارتهم] لم تتعطل.",
			spans: 3,
		},
		{
			name:  "diacritics in the query",
			body:  "عبر الناس النهر على قوارب صغيرة.",
			query: "النَّهْرَ",
			want:  "عبر الناس [النهر] على قوارب صغيرة.",
			spans: 1,
		},
		{
			name:  "persian letters in the text",
			body:  "وصلت القوافل إلى البوکمال صباحا.",
			query: "البوكمال",
			want:  "وصلت القوافل إلى [البوکمال] صباحا.",
			spans: 1,
		},
		{
			name:  "paragraph breaks collapse",
			body:  "السطر الأول عن الجسر.\n\nالسطر الثاني عن الجسر أيضا.",
			query: "الجسر",
			want:  "السطر الأول عن [الجسر]. السطر الثاني عن [الجسر] أيضا.",
			spans: 2,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, spans := search.Snippet(tt.body, search.Terms(tt.query), 40)
			if got != tt.want {
				t.Errorf("Snippet =\n%+q\nwant\n%+q", got, tt.want)
			}
			if len(spans) != tt.spans {
				t.Errorf("spans = %d, want %d", len(spans), tt.spans)
			}
			for _, s := range spans {
				if s.Start < 0 || s.End > len(tt.body) || s.Start >= s.End {
					t.Errorf("span %v out of bounds", s)
				}
			}
		})
	}
}

func TestSnippetWindow(t *testing.T) {
	// The window with both query words wins over an earlier one with one.
	body := strings.Repeat("كلام عن الجسر فقط. ", 20) + "ثم وصلت العبارة إلى الجسر الجديد. " + strings.Repeat("حشو لا معنى له. ", 20)
	got, _ := search.Snippet(body, search.Terms("العبارة الجسر"), 12)
	if !strings.Contains(got, "[العبارة] إلى [الجسر]") {
		t.Errorf("snippet %+q does not show the passage with both words", got)
	}
	if !strings.HasPrefix(got, "… ") || !strings.HasSuffix(got, " …") {
		t.Errorf("snippet %+q is not marked as cut on both sides", got)
	}
}

func TestRun(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "isnad.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	d := &isnad.Document{Source: "a.txt", Format: isnad.FormatText, Outlet: "صحيفة الضفة", Title: "عبور النهر",
		Body: "عبرت العبارة النهر وعلى متنها نحو 300 راكب."}
	d.Tokens = arabic.Tokenize(d.Body)
	if _, err := st.Put(ctx, d); err != nil {
		t.Fatal(err)
	}
	hits, err := search.Run(ctx, st, search.Request{Query: "العبّارة"})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 || hits[0].File != "a.txt" || hits[0].Outlet != "صحيفة الضفة" || !strings.Contains(hits[0].Snippet, "[العبارة]") {
		t.Fatalf("hits = %+v", hits)
	}
	if _, err := search.Run(ctx, st, search.Request{Query: " ، . "}); !errors.Is(err, search.ErrEmptyQuery) {
		t.Errorf("punctuation-only query error = %v, want ErrEmptyQuery", err)
	}
}
