package export

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/isnad-news/isnad/claim"
	"github.com/isnad-news/isnad/desk"
)

// BOM is the UTF-8 byte-order mark ClaimsCSV writes first, so spreadsheet
// tools read the file as UTF-8 and show the Arabic.
const BOM = "\uFEFF"

// ClaimsHeader is the header row of ClaimsCSV. The columns are:
//
//   - story_id, story_title: the story;
//   - claim, counted, subject: the claim's category ("people"), counted
//     lemma ("راكب") and subject (claim.Comparison);
//   - conflict ("true"/"false"), origins: whether some two answers of the
//     claim disagree, and how many independent origins stand behind them;
//   - article_id, outlet, published (YYYY-MM-DD or empty): the answering
//     article;
//   - text: the figure as the article writes it ("نحو 300 راكب");
//   - min, max, approx: the figure's range, min or max empty when unbounded;
//   - source_chain: who the figure comes from, in the order of
//     claim.Answer.SourceChain: nearest the figure first, ending at the
//     article's outlet, names joined by " ← " ("مديرية شرطة الأنهار ← وكالة
//     الوادي للأنباء");
//   - span_start, span_end: the figure's byte offsets in the article's body.
var ClaimsHeader = []string{
	"story_id", "story_title", "claim", "counted", "subject", "conflict", "origins",
	"article_id", "outlet", "published", "text", "min", "max", "approx",
	"source_chain", "span_start", "span_end",
}

// ClaimsCSV writes one CSV row (encoding/csv, after BOM and ClaimsHeader)
// per answer of every compared claim of every story of v: stories best
// ranked first, claims and answers in the story's order.
func ClaimsCSV(w io.Writer, v *desk.View) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(BOM)
	cw := csv.NewWriter(bw)
	if err := cw.Write(ClaimsHeader); err != nil {
		return fmt.Errorf("export claims-csv: %w", err)
	}
	for _, s := range v.Stories(desk.StoryFilter{}) {
		for _, c := range s.Comparisons {
			for _, a := range c.Answers {
				if err := cw.Write(claimRow(v, s, c, a)); err != nil {
					return fmt.Errorf("export claims-csv: %w", err)
				}
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("export claims-csv: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export claims-csv: %w", err)
	}
	return nil
}

// claimRow returns the row of one answer, in ClaimsHeader's order.
func claimRow(v *desk.View, s *desk.Story, c claim.Comparison, a claim.Answer) []string {
	outlet, published := "", ""
	if d := v.Article(a.DocID); d != nil {
		outlet, published = desk.OutletName(d), d.Published.String()
	}
	return []string{
		s.ID, inert(s.Title), c.Category, inert(c.Counted), inert(c.Subject),
		strconv.FormatBool(c.Conflict), strconv.Itoa(c.Origins),
		a.DocID, inert(outlet), published, inert(a.Text),
		number(a.Min), number(a.Max), strconv.FormatBool(a.Approx),
		inert(chainText(a.SourceChain)), strconv.Itoa(a.Span.Start), strconv.Itoa(a.Span.End),
	}
}

// number formats a bound in the shortest form that reads back the same, ""
// for nil.
func number(f *float64) string {
	if f == nil {
		return ""
	}
	return strconv.FormatFloat(*f, 'f', -1, 64)
}

// inert keeps a text cell from being read as a formula by spreadsheet
// tools: a cell starting with =, +, -, @, tab or carriage return gets a
// leading apostrophe (the usual CSV-injection guard).
func inert(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
