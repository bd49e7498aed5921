package export

import (
	"fmt"
	"io"
	"strings"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/claim"
	"github.com/isnad-news/isnad/desk"
)

// Review is one schema.org ClaimReview (https://schema.org/ClaimReview) in
// JSON-LD: a conflicting claim of a story.
type Review struct {
	Context string `json:"@context"` // "https://schema.org"
	Type    string `json:"@type"`    // "ClaimReview"
	// URL is the story's page, when Options.BaseURL is set.
	URL string `json:"url,omitempty"`
	// ClaimReviewed is an Arabic sentence naming the claim and the figures
	// reported for it.
	ClaimReviewed string       `json:"claimReviewed"`
	ReviewRating  Rating       `json:"reviewRating"`
	ItemReviewed  Claim        `json:"itemReviewed"`
	Author        Organization `json:"author"`
	// DatePublished is Options.Date, YYYY-MM-DD.
	DatePublished string `json:"datePublished,omitempty"`
	InLanguage    string `json:"inLanguage"` // "ar"
}

// Rating is the review's verdict.
type Rating struct {
	Type string `json:"@type"` // "Rating"
	// AlternateName is the verdict: "متعارض" (conflicting).
	AlternateName string `json:"alternateName"`
	// Description says what conflicts and how many independent origins
	// stand behind the figures.
	Description string `json:"description"`
	// RatingExplanation lists each outlet's figure and its chain.
	RatingExplanation string `json:"ratingExplanation"`
}

// Claim is the claim reviewed: where it appears and who it comes from.
type Claim struct {
	Type string `json:"@type"` // "Claim"
	// Appearance are the articles that give a figure for it, in answer
	// order.
	Appearance []Work `json:"appearance"`
	// Author are the named origins of the figures (the first link of a
	// chain that goes beyond the article's outlet); unnamed sources are
	// left out.
	Author []Agent `json:"author,omitempty"`
}

// Work is one article.
type Work struct {
	Type          string        `json:"@type"` // "CreativeWork"
	URL           string        `json:"url,omitempty"`
	Headline      string        `json:"headline,omitempty"`
	Publisher     *Organization `json:"publisher,omitempty"`
	DatePublished string        `json:"datePublished,omitempty"`
}

// Organization is a schema.org Organization.
type Organization struct {
	Type string `json:"@type"` // "Organization"
	Name string `json:"name"`
}

// Agent is a schema.org Person or Organization.
type Agent struct {
	Type string `json:"@type"` // "Person" or "Organization"
	Name string `json:"name"`
}

// Reviews returns one Review for each conflicting claim of each story of v,
// stories best ranked first, claims in the story's order.
func Reviews(v *desk.View, opt Options) []Review {
	out := []Review{}
	for _, s := range v.Stories(desk.StoryFilter{}) {
		for _, c := range s.Comparisons {
			if c.Conflict {
				out = append(out, review(v, s, c, opt))
			}
		}
	}
	return out
}

// ClaimReview writes Reviews(v, opt) as one JSON array.
func ClaimReview(w io.Writer, v *desk.View, opt Options) error {
	if err := writeJSON(w, Reviews(v, opt)); err != nil {
		return fmt.Errorf("export claimreview: %w", err)
	}
	return nil
}

// review builds the review of one conflicting claim.
func review(v *desk.View, s *desk.Story, c claim.Comparison, opt Options) Review {
	r := Review{
		Context: "https://schema.org", Type: "ClaimReview",
		URL:           opt.storyURL(s.ID),
		Author:        Organization{Type: "Organization", Name: opt.publisher()},
		DatePublished: opt.Date.String(),
		InLanguage:    "ar",
		ItemReviewed:  Claim{Type: "Claim", Appearance: []Work{}},
	}
	var figures, explained []string
	seenDoc, seenAuthor := map[string]bool{}, map[string]bool{}
	for _, a := range c.Answers {
		d := v.Article(a.DocID)
		outlet := ""
		if d != nil {
			outlet = desk.OutletName(d)
		}
		text := oneLine(a.Text)
		if outlet != "" {
			figures = append(figures, fmt.Sprintf("«%s» (%s)", text, outlet))
		} else {
			figures = append(figures, fmt.Sprintf("«%s»", text))
		}
		line := fmt.Sprintf("%s: «%s»", orDash(outlet), text)
		if rng := rangeText(a); rng != "" {
			line += " (" + rng + ")"
		}
		if ch := chainText(a.SourceChain); ch != "" {
			line += "، المصدر: " + ch
		}
		explained = append(explained, line)
		if d != nil && !seenDoc[a.DocID] {
			seenDoc[a.DocID] = true
			wk := Work{Type: "CreativeWork", URL: d.URL, Headline: d.Title, DatePublished: d.Published.String()}
			if outlet != "" {
				wk.Publisher = &Organization{Type: "Organization", Name: outlet}
			}
			r.ItemReviewed.Appearance = append(r.ItemReviewed.Appearance, wk)
		}
		if ag, ok := origin(a.SourceChain); ok && !seenAuthor[ag.Name] {
			seenAuthor[ag.Name] = true
			r.ItemReviewed.Author = append(r.ItemReviewed.Author, ag)
		}
	}
	what := claimName(c)
	r.ClaimReviewed = fmt.Sprintf("الأرقام المنشورة عن %s في قصة «%s»: %s.", what, s.Title, strings.Join(figures, "، "))
	r.ReviewRating = Rating{
		Type:              "Rating",
		AlternateName:     "متعارض",
		Description:       fmt.Sprintf("أرقام متعارضة عن %s لا يمكن أن تصح كلها معا؛ عدد المصادر المستقلة وراءها: %d.", what, c.Origins),
		RatingExplanation: strings.Join(explained, "؛ ") + ".",
	}
	return r
}

// claimName names a claim in Arabic: "عدد «راكب»" or "عدد «أشخاص —
// المجموع مع العائلات»" (claim.Label, with the counted word when the label
// has none).
func claimName(c claim.Comparison) string {
	label := claim.Label(c)
	if c.Counted != "" && !strings.Contains(label, c.Counted) {
		return "عدد «" + c.Counted + "» (" + label + ")"
	}
	return "عدد «" + label + "»"
}

// origin returns the agent a figure comes from: the first link of a chain
// that reaches beyond the article's own outlet, when it is named.
func origin(chain []isnad.Source) (Agent, bool) {
	if len(chain) < 2 {
		return Agent{}, false
	}
	src := chain[0]
	if src.Type == "UNNAMED" || src.Type == "OUTLET" || strings.TrimSpace(src.Name) == "" {
		return Agent{}, false
	}
	typ := "Organization"
	if src.Type == "PER" {
		typ = "Person"
	}
	return Agent{Type: typ, Name: src.Name}, true
}

// rangeText says a figure's range in Arabic: "312", "250–400", "120 أو
// أكثر", "حتى 50", with "تقريبا" when approximate; "" when unbounded.
func rangeText(a claim.Answer) string {
	lo, hi := number(a.Min), number(a.Max)
	var s string
	switch {
	case lo != "" && hi != "" && lo == hi:
		s = lo
	case lo != "" && hi != "":
		s = lo + "–" + hi
	case lo != "":
		s = lo + " أو أكثر"
	case hi != "":
		s = "حتى " + hi
	default:
		return ""
	}
	if a.Approx {
		s += " تقريبا"
	}
	return s
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
