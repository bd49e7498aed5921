package claim

import (
	"cmp"
	"slices"
	"strings"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
)

// Event is one dated event of a story: a resolved date written in its
// articles and the sentences that tell what happened then.
type Event struct {
	// Date is the resolved date, "YYYY-MM-DD", "YYYY-MM" or "YYYY" by the
	// grain; for an interval, its start.
	Date string `json:"date"`
	// To is the exclusive end of an interval, "" otherwise.
	To string `json:"to,omitempty"`
	// Text is the sentence of the first report.
	Text string `json:"text"`
	// Reports are the mentions of the event, in input order.
	Reports []Report `json:"reports"`
}

// Report is one article's mention of an event.
type Report struct {
	DocID  string `json:"id"`
	File   string `json:"file"`
	Outlet string `json:"outlet"`
	// Sentence is the body sentence around the date, trimmed.
	Sentence string `json:"sentence"`
	// Span is the date mention's span.
	Span isnad.Span `json:"span"`
	// SourceChain is who the date comes from, as on the DateMention.
	SourceChain []isnad.Source `json:"source_chain,omitempty"`
}

// Outlets returns the distinct outlets reporting e, in report order
// (an article without an outlet counts by its id).
func (e Event) Outlets() []string {
	var out []string
	for _, r := range e.Reports {
		o := cmp.Or(r.Outlet, r.DocID)
		if !slices.Contains(out, o) {
			out = append(out, o)
		}
	}
	return out
}

// SimilarSentences is the least share of shared words (Jaccard index of
// the light stems of words of three letters or more) at which two
// sentences with the same date tell the same event.
const SimilarSentences = 0.2

// Timeline returns the dated events of docs, ordered by date and then by
// first mention. Every resolved DateMention (Value set, or an interval's
// From) is a report; reports with the same date at the same grain whose
// sentences are similar (SimilarSentences) with a report already in an
// event, in any document, are one event. Unresolved mentions are left out.
func Timeline(docs []*isnad.Document) []Event {
	type ev struct {
		Event
		words []map[string]bool
	}
	var evs []*ev
	for _, d := range docs {
		outlet := cmp.Or(d.Outlet, d.Publisher)
		for _, m := range d.Dates {
			date, to := m.Value, ""
			if date == "" {
				date, to = m.From, m.To
			}
			if date == "" || m.Unresolved != "" {
				continue
			}
			if len(date) > len("2006-01-02") {
				date = date[:len("2006-01-02")]
			}
			s := sentenceAt(d.Body, m.Span)
			w := stems(s)
			r := Report{DocID: DocID(d), File: d.Source, Outlet: outlet, Sentence: s, Span: m.Span, SourceChain: m.SourceChain}
			var into *ev
			for _, e := range evs {
				if e.Date != date || e.To != to {
					continue
				}
				for _, ew := range e.words {
					if jaccard(w, ew) >= SimilarSentences {
						into = e
						break
					}
				}
				if into != nil {
					break
				}
			}
			if into == nil {
				into = &ev{Event: Event{Date: date, To: to, Text: s}}
				evs = append(evs, into)
			}
			into.Reports = append(into.Reports, r)
			into.words = append(into.words, w)
		}
	}
	out := make([]Event, len(evs))
	for i, e := range evs {
		out[i] = e.Event
	}
	slices.SortStableFunc(out, func(a, b Event) int { return cmp.Compare(a.Date, b.Date) })
	return out
}

// sentenceAt returns the trimmed sentence of body around s.
func sentenceAt(body string, s isnad.Span) string {
	if s.Start < 0 || s.End > len(body) || s.Start > s.End {
		return ""
	}
	const ends = ".!?؟؛\n"
	start := strings.LastIndexAny(body[:s.Start], ends) + 1
	end := strings.IndexAny(body[s.End:], ends)
	if end < 0 {
		end = len(body)
	} else {
		end += s.End + 1 // keep the full stop
		if body[end-1] == '\n' {
			end--
		}
	}
	return strings.TrimSpace(body[start:end])
}

// stems returns the set of light stems of the words of s with three
// letters or more.
func stems(s string) map[string]bool {
	m := map[string]bool{}
	for _, t := range arabic.Tokenize(s) {
		if len([]rune(t.Stem)) >= 3 {
			m[t.Stem] = true
		}
	}
	return m
}

func jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return float64(n) / float64(len(a)+len(b)-n)
}
