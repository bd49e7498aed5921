package claim

import (
	"cmp"
	"slices"
	"strings"

	"github.com/isnad-news/isnad"
)

// DefaultTolerance is the relative margin by which an approximate figure is
// widened on each side before ranges are compared: "نحو 300" is 270–330.
const DefaultTolerance = 0.10

// Options tune Compare. The zero Options are ready to use.
type Options struct {
	// Tolerance is the relative margin for approximate figures; 0 means
	// DefaultTolerance. A negative value means no margin.
	Tolerance float64
	// Reposts maps a document's id (see Answer.DocID) to the id of the
	// original it reposts, as the dedup package finds them. A repost and
	// its original are one origin.
	Reposts map[string]string
}

func (o Options) tolerance() float64 {
	switch {
	case o.Tolerance < 0:
		return 0
	case o.Tolerance == 0:
		return DefaultTolerance
	}
	return o.Tolerance
}

// Comparison is one claim of a story: the answers its articles give to
// "how many of this thing, of this subject".
type Comparison struct {
	// Category is the counted thing's category ("fighters", "buses"), or
	// the group ("people") for totals built from parts.
	Category string `json:"category"`
	// Counted is the counted lemma most answers use ("مقاتل"); "" for totals.
	Counted string `json:"counted"`
	// Subject says whose or which: the organization named with the figure
	// and the event it undergoes, joined by " / " ("داعش / turned back");
	// "" when neither is said.
	Subject string `json:"subject"`
	// Answers are the articles' figures, in input order.
	Answers []Answer `json:"answers"`
	// Conflict is set when some two answers disagree (see Agree).
	Conflict bool `json:"conflict"`
	// Origins is the number of independent origins behind the answers.
	Origins int `json:"origins"`
}

// Answer is one article's figure for a claim.
type Answer struct {
	// DocID is the document's ID, or its Source when ID is empty.
	DocID string `json:"id"`
	// File is the document's Source.
	File string `json:"file"`
	// Text is the body text of the figure (for a total built from two
	// figures, from the first to the second).
	Text string `json:"text"`
	// Min, Max and Approx are the figure's range, as in isnad.Quantity.
	Min    *float64 `json:"min"`
	Max    *float64 `json:"max"`
	Approx bool     `json:"approx"`
	// SourceChain is who the figure comes from, nearest the figure first,
	// ending at the article's outlet.
	SourceChain []isnad.Source `json:"source_chain"`
	// Span is the figure's span in the document's body.
	Span isnad.Span `json:"span"`
}

// DocID returns the id Compare uses for d: d.ID, or d.Source when ID is
// empty.
func DocID(d *isnad.Document) string {
	if d.ID != "" {
		return d.ID
	}
	return d.Source
}

// candidate is one comparable figure with its grouping key.
type candidate struct {
	category string
	counted  string
	org      string // entity id, "" when none named
	orgName  string
	event    string // event class name, "" when none
	answer   Answer
}

// Compare groups the figures of docs (the articles of one story, analysed
// through the quantity, entity and quote stages) into comparable claims and
// decides for each whether the answers agree and how many independent
// origins stand behind them. Comparisons are ordered by category, counted
// lemma and subject; Compare never modifies docs and is safe for concurrent
// use.
func Compare(docs []*isnad.Document, opt Options) []Comparison {
	var cands []candidate
	known := countedForms(docs)
	for _, d := range docs {
		cands = append(cands, candidates(d, known)...)
	}
	// An unnamed subject joins the only named one of its category and
	// event; with several named subjects it stays apart.
	type ce struct{ cat, event string }
	named := map[ce]map[string]string{}
	for _, c := range cands {
		if c.org != "" {
			k := ce{c.category, c.event}
			if named[k] == nil {
				named[k] = map[string]string{}
			}
			named[k][c.org] = c.orgName
		}
	}
	for i, c := range cands {
		if c.org == "" {
			if m := named[ce{c.category, c.event}]; len(m) == 1 {
				for id, name := range m {
					cands[i].org, cands[i].orgName = id, name
				}
			}
		}
	}
	type key struct{ cat, org, event string }
	groups := map[key][]candidate{}
	var order []key
	for _, c := range cands {
		k := key{c.category, c.org, c.event}
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], c)
	}
	tol := opt.tolerance()
	out := make([]Comparison, 0, len(order))
	for _, k := range order {
		g := groups[k]
		c := Comparison{Category: k.cat, Counted: commonCounted(g), Subject: subject(g[0].orgName, k.event)}
		for _, a := range g {
			c.Answers = append(c.Answers, a.answer)
		}
		c.Conflict = conflict(c.Answers, tol)
		c.Origins = Origins(c.Answers, opt.Reposts)
		out = append(out, c)
	}
	slices.SortStableFunc(out, func(a, b Comparison) int {
		return cmp.Or(cmp.Compare(a.Category, b.Category), cmp.Compare(a.Counted, b.Counted), cmp.Compare(a.Subject, b.Subject))
	})
	return out
}

func subject(org, event string) string {
	var parts []string
	if org != "" {
		parts = append(parts, org)
	}
	if event != "" {
		parts = append(parts, event)
	}
	return strings.Join(parts, " / ")
}

// commonCounted returns the lemma most answers count, the first on a tie.
func commonCounted(g []candidate) string {
	n := map[string]int{}
	best := ""
	for _, c := range g {
		if c.counted == "" {
			continue
		}
		n[c.counted]++
		if best == "" || n[c.counted] > n[best] {
			best = c.counted
		}
	}
	return best
}

// conflict reports whether some two answers disagree.
func conflict(as []Answer, tol float64) bool {
	for i := range as {
		for j := i + 1; j < len(as); j++ {
			if !Agree(as[i], as[j], tol) {
				return true
			}
		}
	}
	return false
}
